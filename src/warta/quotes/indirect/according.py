"""The source before the statement: `Menurut X, …`, `Dikutip dari X, …`, `Berdasarkan keterangan X, …`,
a di- verb of saying opening the sentence (`Dijelaskan Nadine, …`), a passive with its agent
(`dinilai Jokowi penting …`), and `menurut X` closing or inside a sentence."""

from __future__ import annotations

from warta.quotes.attribution import (
    DAY_OR_MONTH,
    cue_of,
    find_via,
    is_pronoun,
    is_when,
    medium_after,
    np_after,
    strip_connectives,
)
from warta.quotes.indirect.active import _active
from warta.quotes.indirect.clause import _is_clause
from warta.quotes.indirect.closing import SOURCE_TAIL_LEADS
from warta.quotes.indirect.start import _candidate, _trim_end
from warta.quotes.indirect.words import (
    _ACCOUNT_WORDS,
    ACCOUNT_MARKERS,
    ACCOUNT_NOUNS,
    AGENT_PASSIVES,
    FIRST_PERSON,
    MIN_WORDS,
    NOT_STATED,
    SOURCE_LINKS,
    SPLIT_CLITICS,
)
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import DEMONSTRATIVES, Candidate, Word, is_cap, words


def _via_start(
    norm: str, rs: int, re_: int, para: int
) -> tuple[Candidate | None, tuple[str, tuple[int, int]] | None, int]:
    """`Dikutip dari X, …`: a quote from X, or only a medium for the statement that follows."""
    lex = lexicon()
    s = strip_connectives(norm, rs, re_)
    m = lex.via_re.match(norm, s, re_)  # type: ignore[union-attr]
    if not m:
        return None, None, rs
    comma = norm.find(",", m.end(), re_)
    if comma == -1:
        return None, None, rs
    med = medium_after(norm, m.end(), comma)
    if med is None or len(words(norm, m.end(), comma)) > 7:
        return None, None, rs
    via = (med[2], (med[0], med[1]))
    rest = comma + 1
    ws = words(norm, rest, re_)
    if len(ws) > 2 and ws[0].low in DAY_OR_MONTH and norm[ws[0].end : ws[1].start].strip() == "(":
        # `Dilansir AFP, Senin (7/7/2025), Elon Musk meluncurkan …`: a dated lead reports the
        # news taken from the medium, not a statement of it; only the medium is kept
        close = norm.find("),", ws[0].end, re_)
        if close != -1 and close - ws[0].end <= 16:
            return None, via, close + 2
    marker = norm[m.start() : m.end()].strip()
    marker_words = marker.split()
    cue_text = " ".join(marker_words[:2]) if marker_words[0].lower().startswith("di") else marker_words[0]
    if lex.via_only_re.match(marker) or ws[0].low in LISTING_OPENERS or not _is_clause(ws, vp=False, directive=False):  # type: ignore[union-attr]
        return None, via, rest
    c = Candidate("indirect", [(ws[0].start, re_)], para)
    c.cue, c.cue_lemma = cue_text, "kutip" if "kutip" in marker.lower() else "lansir"
    c.cue_span = (m.start(), m.start() + len(cue_text))
    c.speaker_span = (med[0], med[1])
    c.via, c.via_span = via
    c.attribution = (m.start(), comma)
    c.extra["medium_speaker"] = med[2]
    return c, via, rest


def _account(norm: str, ws: list[Word], k: int, rs: int, re_: int) -> bool:
    """`Berdasarkan keterangan penyelidik, …`, `Berdasar pengakuannya di akun Instagram …, dia …`:
    the marker at ``k`` opens its sentence before a person's account (a noun of account with its
    source, or with `-nya`) and its comma, so what follows is attributed as after `Menurut`; an
    account with no source (`Berdasarkan keterangan, …`), received by the writer (`keterangan yang
    kami terima`) or read in data (`Berdasarkan data …`) is not."""
    if strip_connectives(norm, rs, ws[k].start) < ws[k].start or k + 2 >= len(ws):
        return False
    noun = ws[k + 1].low
    own = noun.endswith("nya") and noun[:-3] in ACCOUNT_NOUNS
    if noun not in ACCOUNT_NOUNS and not own:
        return False
    comma = norm.find(",", ws[k].end, re_)
    phrase = [x for x in ws[k + 1 : k + 1 + _ACCOUNT_WORDS] if comma != -1 and x.end <= comma]
    if not phrase or len(phrase) == _ACCOUNT_WORDS or (len(phrase) == 1 and not own):
        return False
    if any(x.low == "yang" or x.low in FIRST_PERSON for x in phrase):
        return False
    # (`Berdasarkan keterangan ketua rombongan, Lia, Agus mengatakan …`: the account relayed by
    # someone who speaks in the sentence is theirs to attribute)
    return not any(cue_of(x) is not None for x in ws[k + 1 + len(phrase) :])


def _according(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Menurut X, …`, `Menurutnya …`, `Tambahnya, …`, `Berdasarkan keterangan X, …`: a marker of the
    source and its source before (or around) the statement, the first of the segment that holds."""
    lex = lexicon()
    for k, w in enumerate(ws):
        low = w.low
        if low == "menurutnya":
            c = _menurutnya(norm, ws, k, rs, re_, para)
            if c is not None:
                return c
            continue
        if k == 0 and low.endswith("nya") and norm[w.end : w.end + 1] == ",":
            c = _opening_post_cue(norm, ws, re_, para)
            if c is not None:
                return c
        if low in ACCOUNT_MARKERS and not _account(norm, ws, k, rs, re_):
            continue
        if (low in lex.according or low in ACCOUNT_MARKERS) and not (k and ws[k - 1].low == "yang"):
            c = _source_marker(norm, ws, k, rs, re_, para)
            if c is not None:
                return c
    return None


def _menurutnya(norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int) -> Candidate | None:
    """`Menurutnya persoalan kualitas udara …`, `Menurutnya, banyak barang ilegal lolos.`: the
    clause after `menurutnya` (not in a relative clause, nor an aside in a statement already
    attributed: `X mengatakan selama setahun … menurutnya ekonomi stabil`)."""
    w = ws[k]
    if k and ws[k - 1].low == "yang":
        return None
    if _said_before(ws, k):
        return None
    ci = k + 1
    # (opening its sentence, with or without its comma)
    opening = strip_connectives(norm, rs, w.start) >= w.start
    if ci >= len(ws) or not (
        _is_clause(ws[ci:], vp=False, directive=False, topic_check=False) or (opening and len(ws) - ci >= MIN_WORDS)
    ):
        return None
    c = _candidate(norm, ws, ci, re_, para, w, w.text[:7], "menurut")
    c.pronoun = "any"
    c.attribution = (w.start, w.end)
    return c


def _opening_post_cue(norm: str, ws: list[Word], re_: int, para: int) -> Candidate | None:
    """`Tambahnya, armada akan disiagakan …`: a post cue with its clitic opening the sentence."""
    w = ws[0]
    cn = cue_of(w)
    if cn is None or not cn[1] or "post" not in cn[0].uses or len(ws) - 1 < MIN_WORDS:
        return None
    c = _candidate(norm, ws, 1, re_, para, w, w.text[:-3], cn[0].lemma)
    c.pronoun = "any"
    c.attribution = (w.start, w.end)
    return c


def _source_marker(norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int) -> Candidate | None:
    """The statement after `menurut`/`kata`/an account marker at ``ws[k]`` and its source: the
    source up to its comma (or a name with no comma), past an apposed name, a time, a medium
    aside; a relaying attribution after it (`Menurut perhitungan ahli, kata Donal, …`) speaks."""
    w = ws[k]
    low = w.low
    # `Walau hanya diperiksa sebagai saksi, menurut Sandi peran …`: a clause set off by a comma
    # before `menurut` leaves it at the head of the statement
    opens = strip_connectives(norm, rs, w.start) >= w.start
    first = opens or (low == "menurut" and k > 1 and norm[ws[k - 1].end : w.start].strip() == ",")
    if low == "kata" and not first:
        return None
    comma = norm.find(",", w.end, re_)
    np_ws = [x for x in ws[k + 1 :] if x.end <= comma] if comma != -1 else []
    if not np_ws or len(np_ws) > 12:
        got = _source_without_comma(norm, ws, k, rs, re_, para, opens, first)
        if got is None or isinstance(got, Candidate):
            return got
        np_ws, comma = got, got[-1].end
    if low == "kata" and not (is_cap(np_ws[0].text) or is_pronoun(np_ws[0].text)):
        return None
    comma = _apposed_name(norm, ws, np_ws, comma, re_)
    np_ws = [x for x in ws[k + 1 :] if x.end <= comma]
    rest = [x for x in ws if x.start > comma]
    if low == "menurut" and _sourceless(norm, np_ws):
        return None  # `Menurut keterangan pers yang diterima di Padang, …`: nobody is named
    nxt = norm.find(",", comma + 1, re_)
    when = [x for x in rest if x.end <= nxt] if nxt != -1 else []
    if when and is_when(when):
        rest = [x for x in rest if x.start > nxt]  # `Menurut X di Padang, Selasa, BNPB …`
    via = _via_aside(norm, rest, re_)  # `Menurut laporan X, seperti dilansir dari Y, …`
    if via is not None:
        rest = [x for x in rest if x.start > via[1][1]]
    inner = _inner_attribution(norm, rest, re_)
    if inner is not None:
        # `Menurut perhitungan ahli, kata Donal, nilai rumah …`: the person relaying it speaks
        cue_w, sp, rest = inner
        return _relayed(norm, cue_w, rest, re_, para, sp, is_pronoun(norm[sp[0] : sp[1]]), (cue_w.start, sp[1]))
    if is_pronoun(norm[np_ws[0].start : np_ws[-1].end]) is not None:
        inner = _named_aside(norm, rest)  # `Menurut dia, Arya menjelaskan, pemerintah …`
        if inner is not None:
            cue_w, sp, rest = inner
            return _relayed(norm, cue_w, rest, re_, para, sp, None, (sp[0], cue_w.end))
    if not rest or not (
        _is_clause(rest, vp=False, directive=False, topic_check=False) or _said_after_comma(ws, k, rest, first)
    ):
        return None
    if (
        low == "menurut"
        and not is_cap(np_ws[0].text)
        and is_pronoun(norm[np_ws[0].start : np_ws[-1].end]) is None
        and (told := _told_by(norm, rest, re_, para)) is not None
    ):
        return told
    return _sourced(norm, w, np_ws, rest, comma, via, re_, para)


def _source_without_comma(
    norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int, opens: bool, first: bool
) -> Candidate | list[Word] | None:
    """`menurut` with no comma closing its source within twelve words: the statement around or
    before a `menurut X` inside or closing the sentence (a candidate), the capitalised name to read
    as the source (`Menurut Prabowo selama 10 bulan pihaknya …`: its words), or None."""
    low = ws[k].low
    lead = _source_lead(ws, k + 1) if low == "menurut" else 0
    run = list(ws[k + 1 : k + 1 + lead])
    for x in ws[k + 1 + lead : k + 5 + lead]:
        if not is_cap(x.text) or x.low in DAY_OR_MONTH:
            break
        run.append(x)
    if len(run) == lead:
        run = []
    if run and low == "menurut" and not opens and run[-1] is ws[-1] and len(run) - lead <= 4:
        # `Pandemi global juga masuk daftar ancaman menurut Hawking.`, `…, menurut riset YouGov.`
        return _closing_according(norm, ws, k, run, rs, para)
    if not run and low == "menurut" and not first:
        run = _pointing_back(ws, k + 1)  # `… menurut dia adalah …`, `… menurut mantan presiden itu …`
        if run:
            c = _inner_according(norm, ws, k, run, rs, re_, para)
            if c is not None:
                c.pronoun = is_pronoun(norm[run[0].start : run[-1].end])
            return c
    if run and low == "menurut" and not first and len(run) <= 3:
        # `Program itu menurut Rina jadi andalan …`: the statement around `menurut X`
        return _inner_according(norm, ws, k, run, rs, re_, para)
    if not run or len(run) >= len(ws) - k - 3 or not first:
        return None
    return run


def _relayed(
    norm: str,
    cue_w: Word,
    rest: list[Word],
    re_: int,
    para: int,
    sp: tuple[int, int],
    pronoun: str | None,
    attribution: tuple[int, int],
) -> Candidate:
    """The statement ``rest`` given to the attribution right after the source (`kata Donal,`,
    `Arya menjelaskan,`): its cue ``cue_w`` and speaker ``sp``."""
    c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
    cn = cue_of(cue_w)
    c.cue, c.cue_lemma, c.cue_span = cue_w.text, cn[0].lemma if cn else cue_w.low, (cue_w.start, cue_w.end)
    c.speaker_span, c.pronoun = sp, pronoun
    c.attribution = attribution
    return c


def _sourced(
    norm: str,
    w: Word,
    np_ws: list[Word],
    rest: list[Word],
    comma: int,
    via: tuple[str, tuple[int, int]] | None,
    re_: int,
    para: int,
) -> Candidate:
    """The statement ``rest`` after the marker ``w`` and its source ``np_ws``: the source as
    speaker (`Menurut ya, …`: `Menurutnya` typed apart; after an account noun, the source past its
    links, a handle, or the person whose account it is)."""
    low = w.low
    c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
    c.cue, c.cue_lemma, c.cue_span = (
        w.text,
        "menurut" if low in ("menurut", *ACCOUNT_MARKERS) else low,
        (w.start, w.end),
    )
    sp = (np_ws[0].start, np_ws[-1].end)
    c.speaker_span = sp
    c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
    if low == "menurut" and len(np_ws) == 1 and np_ws[0].low in SPLIT_CLITICS:
        c.speaker_span, c.pronoun = None, "any"  # `Menurut ya, …`: `Menurutnya` typed apart
    if low in ACCOUNT_MARKERS:
        # the source after its account noun and links (`keterangan dari penyelidik`), or the one
        # just named (`Berdasar pengakuannya …`)
        src = next((x for x in np_ws[1:] if x.low not in SOURCE_LINKS), None)
        handle = next((x for x in np_ws if norm[x.start - 1 : x.start] == "@"), None)
        if np_ws[0].low.endswith("nya"):
            c.speaker_span, c.pronoun = None, "person"  # an account is a person's
        elif handle is not None:
            c.speaker_span = (handle.start, handle.end)  # `keterangan Twitter resmi @PTJASAMARGA`
        elif src is not None:
            c.speaker_span = (src.start, np_ws[-1].end)
    c.attribution = (w.start, comma)
    if via is not None:
        c.via, c.via_span = via
    return c


def _via_aside(norm: str, rest: list[Word], re_: int) -> tuple[str, tuple[int, int]] | None:
    """`seperti dilansir dari Well and Good,` opening what follows a source: the medium the
    statement was taken from, set off by its comma (the content starts after it)."""
    if not rest or lexicon().via_re.match(norm, rest[0].start, re_) is None:  # type: ignore[union-attr]
        return None
    comma = norm.find(",", rest[0].end, re_)
    via = find_via(norm, rest[0].start, comma) if comma != -1 else None
    if via is None or norm[via[1][1] : comma].strip():
        return None
    return via[0], (via[1][0], comma)


def _said_before(ws: list[Word], k: int) -> bool:
    """Whether an active verb of saying after a subject comes before word ``k`` of the segment:
    a `menurutnya` after it only repeats who speaks, inside that verb's statement."""
    for w in ws[1:k]:
        cn = cue_of(w)
        if cn is not None and not cn[1] and "active" in cn[0].uses:
            return True
    return False


def _named_aside(norm: str, rest: list[Word]) -> tuple[Word, tuple[int, int], list[Word]] | None:
    """`Menurut dia, Arya menjelaskan, pemerintah …`: after `Menurut` and a pronoun, a name and a
    verb of saying set off by commas name who `dia` is; the content follows the second comma."""
    for k in range(1, min(5, len(rest) - MIN_WORDS)):
        if not is_cap(rest[k - 1].text) or norm[rest[k - 1].end : rest[k].start].strip():
            return None
        cn = cue_of(rest[k])
        if cn is not None and not cn[1] and norm[rest[k].end : rest[k + 1].start].strip() == ",":
            return rest[k], (rest[0].start, rest[k - 1].end), rest[k + 1 :]
    return None


def _told_by(norm: str, rest: list[Word], re_: int, para: int) -> Candidate | None:
    """`Menurut keterangan sang istri, Agus mengatakan Atim …`: after `Menurut` and a source that
    is no one (a statement, a record), a named subject with a verb of saying of its own relays
    the statement, so that subject is the speaker and `Menurut …` only says where it came from.
    (`Menurut dia, KPK menduga …` stays the pronoun's.)"""
    act = _active(norm, rest, rest[0].start, re_, para)
    if act is None or act.speaker_span is None or act.pronoun is not None:
        return None
    if act.speaker_span[0] != rest[0].start or not is_cap(rest[0].text):
        return None
    return act


def _said_after_comma(ws: list[Word], k: int, rest: list[Word], first: bool) -> bool:
    """`Menurut dia, kliennya selalu kooperatif.`: after `Menurut X,` opening its sentence, what
    follows is what X holds even where its predicate is an adjective no word list names; only a
    phrase too short to say anything (`Menurut dia, begitu.`) is passed over."""
    return first and ws[k].low == "menurut" and len(rest) >= MIN_WORDS


def _passive_lead(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Dijelaskan Nadine, hutan itu …`, `Ditambahkannya, …`: a di- verb of saying opens the
    sentence, then its agent (or a -nya clitic), a comma and the reported content."""
    lex = lexicon()
    s = strip_connectives(norm, rs, re_)
    k = next((i for i, w in enumerate(ws) if w.start >= s), None)
    if k is None or k + 2 >= len(ws):
        return None
    w = ws[k]
    clitic = w.low.endswith("nya") and w.low[:-3] in lex.cues
    cue = lex.cues.get(w.low[:-3] if clitic else w.low)
    if cue is None or "passive" not in cue.uses:
        return None
    comma = norm.find(",", w.end, re_)
    if comma == -1:
        return None
    sp = None
    if clitic:
        if norm[w.end : comma].strip():
            return None
    else:
        sp = np_after(norm, ws, k + 1, max_words=8)
        if sp is None or norm[sp[1] : comma].strip():
            return None
        text = norm[sp[0] : sp[1]]
        if not (is_cap(text) or is_pronoun(text)):
            return None
    rest = [x for x in ws if x.start > comma]
    # a named agent and its comma leave no doubt that a statement follows (`… unik dan cantik`)
    if not rest or not (_is_clause(rest, vp=False, directive=False, topic_check=False) or (sp and len(rest) >= 4)):
        return None
    c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
    c.cue, c.cue_lemma, c.cue_span = w.text, cue.lemma, (w.start, w.end)
    if sp is None:
        c.pronoun = "any"
    else:
        c.speaker_span, c.pronoun = sp, is_pronoun(norm[sp[0] : sp[1]])
    c.attribution = (w.start, comma)
    return c


MAX_AGENT_WORDS = 10  # a role and a name after a passive (`Kepala Subdirektorat Warisan Benda … Yunus Arby`)


def _agent_passive(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Kebijakan itu pun dinilai Jokowi penting untuk …`, `Pemeriksaan ini dinilainya penting …`:
    a judgement verb in the di- passive inside the sentence, its agent (a name or -nya) right
    after it, then what was judged of the subject. The text is that predicate."""
    for k, w in enumerate(ws[1:-MIN_WORDS], 1):
        clitic = w.low.endswith("nya") and w.low[:-3] in AGENT_PASSIVES
        if not clitic and w.low not in AGENT_PASSIVES:
            continue
        if ws[k - 1].low in NOT_STATED or ws[k - 1].low == "yang":
            continue
        j = k + 1
        if not clitic:
            a = j + (j < len(ws) and ws[j].low == "oleh")  # `dinilai oleh Setara Institute lebih …`
            j = a
            # a role and a name may run long, an acronym in brackets inside (`Koordinator Indonesian
            # Corruptor Watch (ICW) Adnan Topan Husodo`)
            while j < len(ws) and j - a < MAX_AGENT_WORDS and is_cap(ws[j].text) and ws[j].low not in DAY_OR_MONTH:
                j += 1
            if j == a or any(c in norm[w.end : ws[j - 1].end] for c in ",;:"):
                continue
            agent = (ws[a].start, ws[j - 1].end)
        rest = ws[j:]
        if len(rest) < MIN_WORDS or "," in norm[ws[j - 1].end : rest[0].start]:
            continue
        if rest[0].low in SOURCE_TAIL_LEADS:
            continue  # `Hal itu diakui oleh Dosen Hukum Tata Negara dari Universitas …`: the agent goes on, no claim
        if not _is_clause(rest, vp=True, directive=False, topic_check=False):
            continue
        c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
        form = w.low[:-3] if clitic else w.low
        cue = lexicon().cues.get(form)
        c.cue, c.cue_lemma, c.cue_span = w.text, cue.lemma if cue else form[2:], (w.start, w.end)
        if clitic:
            c.pronoun = "person"
            c.attribution = (w.start, w.end)
        else:
            c.speaker_span, c.pronoun = agent, is_pronoun(norm[agent[0] : agent[1]])
            c.attribution = (w.start, agent[1])
        return c
    return None


def _inner_attribution(norm: str, rest: list[Word], re_: int) -> tuple[Word, tuple[int, int], list[Word]] | None:
    """`kata Donal, <content>` right after `Menurut X,`: the cue word, the name's span and the
    content words, or None."""
    if len(rest) < 4:
        return None
    cn = cue_of(rest[0])
    if cn is None or cn[1] or "post" not in cn[0].uses:
        return None
    sp = np_after(norm, rest, 1, max_words=6)
    if sp is None:
        return None
    np_text = norm[sp[0] : sp[1]]
    if not (is_cap(np_text) or is_pronoun(np_text)):
        return None
    after = [x for x in rest if x.start >= sp[1]]
    if not after or "," not in norm[sp[1] : after[0].start]:
        return None
    if not _is_clause(after, vp=False, directive=False, topic_check=False):
        return None
    return rest[0], sp, after


def _closing_according(norm: str, ws: list[Word], k: int, name: list[Word], rs: int, para: int) -> Candidate | None:
    """The statement before a sentence-final ``menurut X``."""
    s = strip_connectives(norm, rs, ws[k].start)
    content = [x for x in ws[:k] if x.start >= s]
    if not content or content[0].low in LISTING_OPENERS:
        return None  # `Berikut daftar … menurut survei X.`: a list announced, nothing stated
    if not _is_clause(content, vp=False, directive=False, topic_check=False):
        return None
    c = Candidate("indirect", [(content[0].start, _trim_end(norm, content[0].start, ws[k].start))], para)
    c.cue, c.cue_lemma, c.cue_span = ws[k].text, "menurut", (ws[k].start, ws[k].end)
    c.speaker_span = (name[0].start, name[-1].end)
    c.attribution = (ws[k].start, name[-1].end)
    return c


SOURCELESS = wordset("sourceless")


# words that announce a list the writer gives next (`Berikut daftar …`, `Inilah …`): no statement
LISTING_OPENERS = frozenset(("berikut", "inilah"))


SOURCE_LEADS = wordset("source_nouns") | wordset("source_noun_links")


def _source_lead(ws: list[Word], i: int) -> int:
    """How many lower-case words of a report or medium (`riset`, `laporan terbaru dari`, `warta
    laman`) stand between `menurut` at ``i - 1`` and the capitalised name of their source."""
    j = i
    while j < len(ws) and j - i < 4 and ws[j].text[:1].islower() and ws[j].low in SOURCE_LEADS:
        j += 1
    return j - i if j < len(ws) and is_cap(ws[j].text) else 0


def _sourceless(norm: str, np_ws: list[Word]) -> bool:
    """`keterangan pers yang diterima …`: a statement noun and no capitalised name of its holder."""
    head = []
    for w in np_ws:
        if w.low == "yang":
            break
        head.append(w)
    if head and head[0].low in ("sebuah", "suatu", "satu"):
        head = head[1:]  # `Menurut sebuah pernyataan, …`
    if not head or any(is_cap(w.text) for w in head):
        return False
    text = " ".join(w.low for w in head)
    return text in SOURCELESS or " ".join(w.low for w in head[:2]) in SOURCELESS and len(head) <= 2


def _pointing_back(ws: list[Word], i: int) -> list[Word]:
    """A pronoun (`dia`, `beliau`) or a description closed by `itu`/`tersebut`/`ini` (at most
    eight words: `mantan Presiden RI yang kelima itu`) starting at ``ws[i]``; else nothing."""
    if i >= len(ws):
        return []
    if is_pronoun(ws[i].text) and ws[i].low not in ("kami", "kita", "saya", "aku"):
        return [ws[i]]
    lex = lexicon()
    head = ws[i].low.strip(".")
    if head not in lex.titles and head not in lex.speaker_nouns and head not in ("mantan", "sang"):
        return []
    for j in range(i + 1, min(len(ws), i + 8)):
        if ws[j].low in DEMONSTRATIVES:
            return ws[i : j + 1]
    return []


def _inner_according(
    norm: str, ws: list[Word], k: int, name: list[Word], rs: int, re_: int, para: int
) -> Candidate | None:
    """The statement a mid-sentence ``menurut X`` sits in: its subject before, its predicate
    after, as two pieces (`Smart city menurut Sandi jadi program …`)."""
    s = strip_connectives(norm, rs, ws[k].start)
    before = [x for x in ws[:k] if x.start >= s]
    after = [x for x in ws if x.start >= name[-1].end]
    if not before or len(after) < 3 or any(c in norm[before[-1].end : ws[k].start] for c in ",;:"):
        return None
    if any(c in norm[name[-1].end : after[0].start] for c in ",;:(") or after[0].text[:1].isdigit():
        return None  # `menurut Pasal 5 …`, `menurut Rina, …` (another reading)
    if not _is_clause(before + after, vp=False, directive=False, topic_check=False):
        return None
    c = Candidate(
        "indirect", [(before[0].start, before[-1].end), (after[0].start, _trim_end(norm, after[0].start, re_))], para
    )
    c.cue, c.cue_lemma, c.cue_span = ws[k].text, "menurut", (ws[k].start, ws[k].end)
    c.speaker_span = (name[0].start, name[-1].end)
    c.attribution = (ws[k].start, name[-1].end)
    return c


def _apposed_name(norm: str, ws: list[Word], np_ws: list[Word], comma: int, end: int) -> int:
    """`Menurut pengamat otomotif dari ITB, Yannes Pasaribu, …`: a role phrase led by a common noun
    or a title, then the name set off by commas. Returns the comma that closes the name (or
    ``comma`` unchanged when no name follows)."""
    lead = np_ws[0]
    if not (lead.text[:1].islower() or lead.low.strip(".") in lexicon().titles):
        return comma
    nxt = norm.find(",", comma + 1, end)
    if nxt == -1:
        return comma
    name = [x for x in ws if comma < x.start and x.end <= nxt]
    if not 1 <= len(name) <= 5 or not all(is_cap(x.text) and x.low not in DAY_OR_MONTH for x in name):
        return comma
    if is_pronoun(name[0].text) or any(lexicon().cue(x.text) for x in name):
        return comma
    return nxt
