"""`X mengatakan (bahwa) …`: an active verb of saying after its subject, then the statement; a request
cut at its contrast, a statement in a relative clause, `kata X` with no comma."""

from __future__ import annotations

from warta.quotes.attribution import (
    ADJUNCT_PREPOSITIONS,
    ADVERBS,
    DAY_OR_MONTH,
    NOT_SUBJECT_START,
    cue_of,
    find_via,
    is_pronoun,
    subject_before,
)
from warta.quotes.indirect.clause import _clause_follows, _equated, _is_clause, _modified_noun, _opens_clause
from warta.quotes.indirect.not_statements import _judged_as, _lodged, _urged_addressee, _urged_group, _urged_passive
from warta.quotes.indirect.start import (
    _appeal,
    _by_means,
    _candidate,
    _content_start,
    _ensured,
    _goes_on,
    _set_off,
    _trim_end,
)
from warta.quotes.indirect.words import (
    ADDED_THINGS,
    CAUSING_SUBJECTS,
    CLAUSE_MARKERS,
    CONTRASTS,
    CORRELATIVE_CONTRASTS,
    CORRELATIVE_LEADS,
    EXAMPLE_CUES,
    EXPRESSIVE,
    MIN_WORDS,
    NOT_STATED,
    NOUN_KATA_BEFORE,
    REQUESTED_OBJECTS,
    SCENE_OPENERS,
)
from warta.quotes.lexicon import Cue
from warta.quotes.text import Candidate, Word, is_cap, is_verbish


def _active(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`X mengatakan (bahwa) …`: the first active verb of saying after a subject whose words after
    it are a statement, as a candidate with its speaker, attribution and medium."""
    for k, w in enumerate(ws):
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if clitic or not (cue.uses & {"active", "directive", "vp"}):
            continue
        if w.text[:1].isupper() and k == 0:
            continue
        named = (
            _named_before_yang(norm, ws, k - 1)
            if k and ws[k - 1].low == "yang" and not cue.uses & _ACTING_USES
            else None
        )
        if k and ws[k - 1].low in NOT_STATED and named is None:
            continue
        if k and ws[k - 1].low in SCENE_OPENERS and any(cue_of(x) for x in ws[k + 1 : k + 30]):
            continue  # `X ketika menyampaikan rilis di Jakarta, Senin, menyebutkan …`: the scene
        sp = named or subject_before(norm, rs, w.start) or _name_before_cue(norm, ws, k)
        if sp is None:
            continue
        directive = "directive" in cue.uses and "active" not in cue.uses
        if cue.form == "mendorong":
            directive = True
        ci = _content_start(norm, ws, k + 1, directive or "directive" in cue.uses)
        if ci is None or ci >= len(ws):
            continue
        content = ws[ci:]
        if _an_act(norm, w, cue, ci == k + 1, content):
            continue
        if cue.lemma in EXAMPLE_CUES and len(content) >= MIN_WORDS:
            c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
            c.speaker_span, c.pronoun, c.attribution = sp, is_pronoun(norm[sp[0] : sp[1]]), (sp[0], w.end)
            return c  # `Ia mencontohkan kasus korupsi simulator SIM …`: the example is what was said
        if _not_urged(norm, cue, sp, content):
            continue
        said_that = ci > 0 and ws[ci - 1].low in ("bahwa", "bahwasanya")
        equated = not said_that and _equated(norm, content)
        if _acting_use(norm, ws, k, cue, sp, content, said_that, equated):
            continue
        if not _states(norm, w, cue, content, said_that, equated, directive, ci == k + 1):
            continue
        c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
        _trim_request(norm, c, content, directive)
        c.speaker_span = sp
        c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (sp[0], w.end)
        if named is not None:
            _embed(norm, c)
        via = find_via(norm, rs, w.start)  # `X, seperti dilansir AFP, menyebut …`
        if via is None and content[0].start > w.end:
            via = find_via(norm, w.end, content[0].start)  # `X mengatakan kepada Reuters bahwa …`
        if via is not None:
            c.via, c.via_span = via
        return c
    return None


def _name_before_cue(norm: str, ws: list[Word], k: int) -> tuple[int, int] | None:
    """The subject of the verb of saying ``ws[k]`` when :func:`subject_before` finds no plain noun
    phrase, read from the clause's last comma part: a name with a relative clause after it
    (:func:`_name_before_relative`), else the proper name written right before the verb
    (:func:`_name_right_before`)."""
    start = k
    while start > 0 and "," not in norm[ws[start - 1].end : ws[start].start]:
        start -= 1
    part = ws[start:k]
    rel = next((m for m, w in enumerate(part) if w.text == "yang"), None)  # not the name `Yang Liwei`
    if rel is not None:
        return _name_before_relative(norm, part, rel)
    return _name_right_before(ws, start, k)


def _name_before_relative(norm: str, part: list[Word], rel: int) -> tuple[int, int] | None:
    """`Andri (23) yang juga kakak dari salah satu penerima … mengatakan`, `Jolie yang saat itu
    bertugas sebagai utusan khusus PBB … menyerukan`: the name (its age in brackets aside) that
    opens the comma part ``part`` before its relative clause's `yang` (``part[rel]``), when the
    clause holds no verb of saying of its own (it would be the relative clause's statement)."""
    name = part[:rel]
    if len(name) > 1 and name[-1].text.isdigit() and "(" in norm[name[-2].end : name[-1].start]:
        name = name[:-1]  # `Andri (23) yang …`: the age in brackets
    if (
        0 < len(name) <= 4
        and all(is_cap(w.text) for w in name)
        and not _day_or_pronoun(name)
        and not any(cue_of(w) is not None for w in part[rel + 1 :])
    ):
        return name[0].start, name[-1].end
    return None


def _name_right_before(ws: list[Word], start: int, k: int) -> tuple[int, int] | None:
    """The proper name (up to four capitalised words) written right before the verb ``ws[k]``
    (adverbs aside), whatever opens its comma part (from ``ws[start]``) with no comma: an adjunct
    (`Namun, dalam prosesnya Ferry menyebut …`), a connective phrase (`Oleh karena itulah bos Real
    Madrid Zinedine Zidane mengaku …`). Not a name after a verb or a preposition of its part
    (`menemui Menteri X mengatakan`, `di Jakarta Budi …`: an object or a place), nor a day, a
    month, a pronoun or the clause's first word."""
    j = k
    while j > start and ws[j - 1].low in ADVERBS:
        j -= 1
    end = j
    while j > start and end - j < 4 and is_cap(ws[j - 1].text):
        j -= 1
    if j == 0 or j == end or _day_or_pronoun(ws[j:end]):
        return None  # (the clause's first word capitalised is no name: `Termasuk mengajak …`)
    before = ws[start:j]
    if before and (before[-1].low in NOT_SUBJECT_START or before[-1].low in ADJUNCT_PREPOSITIONS):
        return None
    if any(is_verbish(w.text) or cue_of(w) is not None for w in before):
        return None
    return ws[j].start, ws[end - 1].end


def _day_or_pronoun(words: list[Word]) -> bool:
    """A day's or month's name or a pronoun among capitalised words: no name of a speaker."""
    return any(w.low in DAY_OR_MONTH or is_pronoun(w.text) for w in words)


def _an_act(norm: str, w: Word, cue: Cue, right_after: bool, content: list[Word]) -> bool:
    """What follows the cue ``w`` shows an act, not a statement: the subject committing itself
    (`memastikan diri akan …`), a second verb after a comma carrying the statement, a report
    lodged, a thing requested or added (``right_after``: the content starts right after the cue)."""
    if content[0].low == "diri":
        return True  # `memastikan diri akan ikut serta`: the subject commits itself, says nothing
    if cue_of(content[0]) is not None and "," in norm[w.end : content[0].start]:
        return True  # `X membantah, menegaskan bahwa …`: the second verb carries the statement
    if cue.lemma == "lapor" and _lodged(content):
        return True
    if cue.lemma == "minta" and content[0].low in REQUESTED_OBJECTS:
        return True  # `meminta keterangan rekan bisnis Sandi`, `meminta maaf`, `meminta Rp 2 miliar`: an act
    # `menambahkan fitur GO-BILLS …`: a thing added, nothing said
    return cue.lemma == "tambah" and right_after and content[0].low in ADDED_THINGS and not _set_off(norm, w, content)


def _not_urged(norm: str, cue: Cue, sp: tuple[int, int], content: list[Word]) -> bool:
    """`mendorong` that urges nobody to act: no `agar`/`untuk`, no passive of what is urged, no
    addressee or group told to act (or a subject that causes rather than speaks)."""
    return (
        cue.form == "mendorong"
        and content[0].low not in ("agar", "supaya", "untuk")
        and not _urged_passive(content)
        and not (
            (_urged_addressee(content) or _urged_group(content))
            and norm[sp[0] : sp[1]].split()[0].lower() not in CAUSING_SUBJECTS
        )
    )


def _acting_use(
    norm: str,
    ws: list[Word],
    k: int,
    cue: Cue,
    sp: tuple[int, int],
    content: list[Word],
    said_that: bool,
    equated: bool,
) -> bool:
    """A cue with a use of acting (cues.tsv: object, means, appeal, goes_on, ensure, an expressive
    verb's feeling) whose words after it are that act (all but an appeal only with no `bahwa`)."""
    w = ws[k]
    if "appeal" in cue.uses and not _appeal(content):
        return True  # `mengajak penonton menikmati lagu …`: an invitation to join in, no appeal made
    if said_that:
        return False
    if "object" in cue.uses and not _set_off(norm, w, content) and not _opens_clause(content) and not equated:
        return True  # `mengunggah foto mereka …`, `mengungkap kasus tersebut …`: a thing, not a statement
    if "means" in cue.uses and not _set_off(norm, w, content) and _by_means(content):
        return True  # `menulis dengan gaya …`, `mengancam Spurs lewat serangan balik`: an act, nothing said
    if "goes_on" in cue.uses and not _set_off(norm, w, content) and not _goes_on(norm, sp, content):
        return True  # `ONE OK ROCK melanjutkan penampilan dengan …`: an act continued, nothing said
    if "ensure" in cue.uses and _ensured(norm, ws, k, sp, content):
        return True  # `Kemenangan ini memastikan Roma …`, `… dan memastikan rantai pasok tetap lancar`
    return (
        "," not in norm[w.end : content[0].start]  # `menyampaikan, keputusan itu …`: a clause
        and cue.form in EXPRESSIVE
        and content[0].low.startswith("ke")
        and content[0].low.endswith("an")
        and not _clause_follows(content)
        and not equated
    )  # `menyampaikan keresahan …`, `mengungkapkan kekecewaan …`


def _states(
    norm: str,
    w: Word,
    cue: Cue,
    content: list[Word],
    said_that: bool,
    equated: bool,
    directive: bool,
    right_after: bool,
) -> bool:
    """Whether the words after the cue ``w`` are a statement: after `bahwa` at least a few words;
    otherwise a clause (or a judgement, a clause set off by a comma, an equation) that is not a
    topic noun with its modifier (`menjelaskan mekanisme pengaduan jika …`)."""
    vp = "vp" in cue.uses or "directive" in cue.uses
    if (
        said_that
        and len(content) < MIN_WORDS
        or not said_that
        and not _is_clause(content, vp=vp, directive=directive)
        and not _judged_as(cue.lemma, content)
        and not _set_off(norm, w, content)
        and not equated
    ):
        return False
    return not (
        not said_that
        and "topic" in cue.uses
        and right_after
        and not _set_off(norm, w, content)
        and _modified_noun(content)
        and not equated
    )


def _trim_request(norm: str, c: Candidate, content: list[Word], directive: bool) -> None:
    """A request's pieces: what follows `agar` (`meminta agar X …`: the request is X …), the advice
    after a person addressed by name (`menasihati Rina agar menjaga …`; a group addressed is part
    of the appeal, `mengimbau semua pihak agar …`), cut at a contrast that opens a clause of its
    own subject (`Luhut minta Susi menghentikan …, tapi Susi tetap …`)."""
    if content[0].low in ("agar", "supaya"):
        c.pieces = [(content[1].start, c.end)] if len(content) > 1 else c.pieces
    elif directive:
        a = next((m for m, x in enumerate(content[1:5], 1) if x.low in ("agar", "supaya")), None)
        if (
            a is not None
            and a + 1 < len(content)
            and any(is_cap(x.text) for x in content[:a])
            and not any(is_verbish(x.text) for x in content[:a])
        ):
            c.pieces = [(content[a + 1].start, c.end)]
    if not directive:
        return
    ps = c.pieces[0][0]
    cut = next(
        (
            x
            for m, x in enumerate(content[1:], 1)
            if x.start > ps
            and x.low in CONTRASTS
            and norm[: x.start].rstrip().endswith(",")
            and not _open_correlative(content[:m])
            and _new_subject(content[m + 1 : m + 3])
        ),
        None,
    )
    if cut is not None:
        c.pieces = [(ps, _trim_end(norm, ps, cut.start))]


def _new_subject(ws: list[Word]) -> bool:
    """After a contrast in a request, does a clause with its own subject begin (`…, tapi Susi tetap
    …`)? Not when the request goes on with no subject (`agar tidak panik …, tapi harus tetap
    waspada`, `…, tetapi juga menyiapkan …`): an auxiliary, `juga`, `tetap` or a verb follows."""
    if not ws:
        return True
    first = ws[0]
    return not (first.low in CLAUSE_MARKERS or first.low in ("juga", "tetap") or is_verbish(first.text))


def _open_correlative(ws: list[Word]) -> bool:
    """Whether the words hold the first half of `tidak hanya … tetapi (juga) …` with no contrast
    after it (`kepala daerah tidak hanya reaktif terhadap kenaikan harga`): not yet complete."""
    open_ = False
    for k, w in enumerate(ws):
        if k + 1 < len(ws) and f"{w.low} {ws[k + 1].low.rstrip(',')}" in CORRELATIVE_LEADS:
            open_ = True
        elif w.low.rstrip(",") in CORRELATIVE_CONTRASTS:
            open_ = False
    return open_


# uses of cues that as often describe what the noun before `yang` does as what it says
# (`UU Hutan Adat yang mengakui …`, `fitur yang memastikan …`, `arahan Presiden yang mendorong …`)
_ACTING_USES = frozenset(("vp", "ensure", "directive", "appeal", "goes_on", "object"))


def _named_before_yang(norm: str, ws: list[Word], y: int) -> tuple[int, int] | None:
    """`… membantah pernyataan Kabid Humas Polda Sumut Ferry Walintukan yang menyebut …`,
    `… menanggapi laporan Bank Dunia (World Bank) yang memproyeksikan …`: a name (a run of
    capitalised words, an alias in brackets, an apposition's commas) right before `yang` and
    after the clause's first word is the source of the statement the relative clause reports;
    a common noun there (`warga yang meminta …`, `pihak yang bisa melaporkan …`) names no one."""
    j = y
    while j > 0 and is_cap(ws[j - 1].text):
        if j < y and "," in norm[ws[j - 1].end : ws[j].start]:
            break  # `pengacara Departemen Kehakiman AS, Elizabeth Hedges, yang`: the apposed name
        j -= 1
    if j == y or j == 0 or not is_cap(ws[y - 1].text.strip("()")):
        return None
    return ws[j].start, ws[y - 1].end


def _embed(norm: str, c: Candidate) -> None:
    """A statement reported in a relative clause of the writer's sentence (`… Sadiq Khan yang
    mengatakan pemilu tidak perlu ditunda, menyusul serangan …`) ends at the clause's first
    comma, where the writer's sentence goes on, and its source is not the one the story follows
    (``extra["embedded"]``: no later `katanya` or unattributed quote points back to it)."""
    c.extra["embedded"] = True
    ps = c.pieces[0][0]
    comma = norm.find(",", ps, c.end)
    if comma > ps:
        c.pieces = [(ps, _trim_end(norm, ps, comma))]


def _kata_without_comma(ws: list[Word], k: int) -> bool:
    """`Perubahan kata dia, tidak perlu …`, `Dengan teknologi ini kata Wapres Jusuf Kalla, …`: an
    interjected `kata` whose comma before it the writer left out, known by the speaker after it
    (a name or a pronoun, closed by a comma below); not the noun `kata` (`mengutip kata Bung
    Karno`, `dengan kata lain`, `dua kata`): after a verb, a preposition or a number it is a word."""
    if ws[k].low != "kata" or k == 0 or k + 1 >= len(ws):
        return False
    nxt, before = ws[k + 1], ws[k - 1]
    if not (is_cap(nxt.text) or is_pronoun(nxt.low) is not None):
        return False
    return not is_verbish(before.text) and before.low not in NOUN_KATA_BEFORE and not before.low.isdigit()
