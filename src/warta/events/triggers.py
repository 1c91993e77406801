"""Finding the words that name an act in a sentence, and dropping the acts that did not happen
(negated, hypothetical, only planned, asked about) or that are only the background of another."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from warta.events.lexicon import Pattern, grouped_alternation, lexicon
from warta.quotes.text import Word, is_cap, is_verbish

# a word of reporting to someone (`lapor`, `melaporkan`, `dilaporkan`, `pelaporan`)
_REPORT_WORD = re.compile(r"\b(?:me|di|pe)?lapor\w*", re.I)

GAP = 4  # words a `*` in a pattern may stand for
_ASK_LINKS = frozenset(("agar", "supaya", "untuk"))  # what links the one asked to what they are asked
WIDE_GAP = 7  # words a `**` may stand for: a titled name (`Wali Kota Madiun Bambang Irianto sebagai`)
REL_GAP = 12  # words of one asked with a relative clause on them, before `agar`/`untuk` (`_asked_at_length`)
# pattern words `_word_ok` reads as a class of words, not as the word itself
_SPECIAL = frozenset(("*", "**", "@", "&", "!", "^", "$", "%"))


@dataclass(slots=True)
class Trigger:
    pattern: Pattern
    first: int  # index of the first word of the match in the sentence's words
    last: int  # index of the last word
    gap: tuple[int, int] | None = None  # word indices [a, b) a `*` matched
    # the pattern's event type, copied once: the rules read it many times per trigger
    type: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.type = self.pattern.type


def _base(w: str) -> str:
    return w[:-3] if w.endswith("nya") and len(w) > 5 else w


def _word_ok(pat: str, w: Word) -> bool:
    if pat == "@":
        return is_cap(w.text)
    if pat == "&":  # a body one may ask (`meminta pemerintah segera …`)
        return w.low in lexicon().words["asked_bodies"]
    if pat == "!":  # a word that finds fault (`menilai langkah itu keliru`)
        return w.low in lexicon().words["faulting_words"]
    if pat == "^":  # a word of propriety, after a negation (`menilai tindakan itu tak pantas`)
        return w.low in lexicon().words["propriety_words"]
    if pat == "$":  # a step asked for (`meminta penertiban`, `mendesak adanya forum`)
        return step_word(w.low)
    if pat == "%":  # a verb: what is asked (`meminta para penegak hukum serius menangani`, `… bersikap`)
        return w.low.startswith(("me", "ber", "di")) and is_verbish(w.text)
    return w.low == pat or _base(w.low) == pat


def step_word(low: str) -> bool:
    """Does ``low`` name a step one may ask for: a step noun (`kebijakan`, `langkah`), an act named
    by its peN-an or per-an noun (`penertiban`, `percepatan`), by a loan noun of an act (`evaluasi`,
    `audit`: words.json asked_acts), or `adanya` (`mendesak adanya forum`)? Not a request made of
    someone (`permintaan`, `permohonan`)."""
    W = lexicon().words
    if low in W["step_nouns"] or low in W["asked_acts"] or low in ("adanya", "dilakukannya"):
        return low not in W["not_asked_steps"]
    nominal = low.startswith("pe") and low.endswith("an") and len(low) > 7
    return nominal and low not in W["not_asked_steps"]


def _named_party(w: Word) -> bool:
    """A word that may stand inside a long name of the one asked (`meminta pimpinan Universitas
    Indonesia dan SIL UI menunda …`, `mendorong Polresta Denpasar dan pihak terkait untuk …`): no
    verb, relative, negation, adverb or clause opener, which would begin a clause of its own
    (`mendorong regulasi yang belum selaras … agar`, `meminta warga tetap tenang setelah …`)."""
    if w.low in _clause_words():
        return False
    return not (is_verbish(w.text) and w.low.startswith(("me", "ber", "di", "ter")))


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """Words that begin a clause or modify a verb, never part of a name (`setelah`, `tetap`, `yang`)."""
    W = lexicon().words
    extra = {"yang", "karena", "sehingga", "bahwa", "agar", "supaya", "untuk"}
    return W["circumstance"] | W["complementisers"] | W["trailing_adverbs"] | W["negation"] | extra


def _asked_at_length(gap: list[Word], linked: bool) -> bool:
    """Is a long gap of a demand the one asked, named at length: the words of a name (`pimpinan
    Universitas Indonesia dan SIL UI`), or, where `agar`/`supaya`/`untuk` closes it, such words with a
    relative clause on them (`sejumlah badan dan lembaga di bawah Kemenkeu yang hadir untuk`, `para
    pedagang yang berjualan di trotoar agar`): the link marks where the one asked ends, so what
    `yang` adds is theirs, not the act asked."""
    if all(map(_named_party, gap)):
        return len(gap) <= WIDE_GAP
    rel = next((x for x, w in enumerate(gap) if w.low == "yang"), 0)
    if not linked or rel == 0 or not all(map(_named_party, gap[:rel])):
        return False
    lead = lexicon().words["agent_determiners"] | _TO
    head = next((w for w in gap[:rel] if w.low not in lead), None)
    return head is not None and _people_word(head)


_TO = frozenset(("kepada", "pada", "ke"))  # `berpesan kepada wakilnya, …, (yang …), agar`


def _people_word(w: Word) -> bool:
    """A head that names someone one may ask: a capitalised name, a pronoun or a noun of people
    (`badan`, `penggemar`, `wakilnya`, `orang-orang`), not a thing (`mendorong regulasi yang … agar`,
    `peraturan gubernur yang …`)."""
    W = lexicon().words
    low = _base(w.low).split("-")[0]
    return is_cap(w.text) or w.low in W["speaker_pronouns"] or low in W["person_nouns"]


def _match(p: Pattern, ws: list[Word], i: int) -> Trigger | None:
    """Match ``p`` from word ``i``; a gap takes as few words as it can."""
    k = i
    gap = None
    j = 0
    pw = p.words
    while j < len(pw):
        if pw[j] in ("*", "**"):
            nxt = pw[j + 1] if j + 1 < len(pw) else None
            if nxt is None:
                return None
            wide = pw[j] == "**" or p.type == "DEMAND"
            linked = p.type == "DEMAND" and pw[j] == "*" and nxt in _ASK_LINKS  # the one asked ends at `agar`/…
            for g in range(0, (REL_GAP if linked else WIDE_GAP if wide else GAP) + 1):
                if g > GAP and pw[j] == "*" and (k + g >= len(ws) or not _asked_at_length(ws[k : k + g], linked)):
                    return None  # a long gap in a demand is one asked, named at length, not a clause
                if nxt == "%" and k + g < len(ws) and ws[k + g].low in ("yang", "maaf"):
                    return None  # `meminta maaf kepada warganya yang menjadi …`: no one asked to act
                if p.type == "DEMAND" and k + g < len(ws) and ws[k + g].low in _ASK_LINKS and nxt != ws[k + g].low:
                    return None  # `mendorong strategi … agar bisa diperkuat`: the one asked ends at `agar`
                if k + g < len(ws) and ws[k + g].low == "bahwa" and nxt != "bahwa":
                    return None  # `mengingatkan bahwa pemerintah … untuk`: a gap ends at the clause it introduces
                if k + g < len(ws) and _word_ok(nxt, ws[k + g]):
                    gap = (k, k + g)
                    k += g
                    break
            else:
                return None
            j += 1
            continue
        if k >= len(ws) or not _word_ok(pw[j], ws[k]):
            return None
        k += 1
        j += 1
    return Trigger(p, i, k - 1, gap)


def find(ws: list[Word]) -> list[Trigger]:
    """Every pattern match in a sentence's words, longest first, no word in two triggers."""
    lex = lexicon()
    by_first = lex.by_first
    pronouns = lex.words["speaker_pronouns"]
    found: list[Trigger] = []
    used: set[int] = set()
    for i, w in enumerate(ws):
        low = w.low
        pats = by_first.get(low)
        if low.endswith("nya") and len(low) > 5:  # `_base`: the word without its -nya
            more = by_first.get(low[:-3])
            if more:
                pats = pats + more if pats else more
        if not pats and i > 0 and ws[i - 1].low in pronouns:
            pats = lex.agent_passives.get(low)  # `masih kami dalami`
        if not pats or i in used:
            continue
        nxt = ws[i + 1].low if i + 1 < len(ws) else None
        nxt_base = _base(nxt) if nxt is not None else None
        for p in pats:
            second = p.words[1] if len(p.words) > 1 else None
            if second is not None and second not in _SPECIAL and second != nxt and second != nxt_base:
                continue  # a plain second word the next word is not: `_match` would fail there
            t = _match(p, ws, i)
            if t is None:
                continue
            own = set(range(t.first, t.last + 1)) - (set(range(*t.gap)) if t.gap else set())
            if own & used:
                continue
            found.append(t)
            used |= own
            break
    found.sort(key=lambda t: t.first)
    return found


def _asked_clause(t: Trigger) -> bool:
    """Is the gap of a demand the one asked and the start of what they are to do (`meminta * %`:
    `meminta produsen bisa memastikan`, `meminta Tisha harus siap`)? Then a modal of ability or duty
    in it (words.json `asked_modals`) is the asked act's, not a plan of the one asking."""
    pw = t.pattern.words
    if t.type != "DEMAND" or "*" not in pw:
        return False
    after = pw[pw.index("*") + 1 :]
    return bool(after) and after[0] == "%"


def _left_undone(ws: list[Word], t: Trigger) -> str | None:
    """Does the verb before an act leave it undone, as `batal` and `gagal` do: a refusal of a verb
    (`enggan mengabulkan`, `menolak menandatangani`, `ogah memberikan`; words.json `refusal_verbs`) or a
    postponement (`menunda penyaluran bantuan`: `postponing_verbs`) — `negated` —, or a dependence
    (`tergantung dengan persetujuan Tucker`: `dependence_words`) — `hypothetical`? A refusal denied
    (`tak enggan mengkritik`) leaves the act done (words.json `hesitation`)."""
    W = lexicon().words
    k = t.first - 1
    if k >= 0 and ws[k].low == "untuk":
        k -= 1  # `menolak untuk diperiksa`
    if k < 0:
        return None
    prev = ws[k].low
    denied = k > 0 and ws[k - 1].low in W["negation"]
    verb = ws[t.first].low.startswith(("me", "di", "ber", "ter"))
    if not denied and ((prev in W["refusal_verbs"] and verb) or prev in W["postponing_verbs"]):
        return "negated"
    for j in range(max(0, t.first - 3), t.first - 1):
        if ws[j].low in W["dependence_words"] and ws[j + 1].low in W["dependence_links"]:
            return "hypothetical"
    return None


def _cap_after(ws: list[Word], t: Trigger) -> bool:
    return t.last + 1 < len(ws) and is_cap(ws[t.last + 1].text)


def nxt_is(ws: list[Word], t: Trigger, word: str) -> bool:
    return t.last + 1 < len(ws) and ws[t.last + 1].low == word


def _complementiser(ws: list[Word], i: int) -> bool:
    """Is ``ws[i]`` a `kalau`/`jika` that means `that` after a verb of saying or knowing
    (`terungkap kalau X sudah ditetapkan`, `mengatakan jika pelaku ditangkap`), not `if`?"""
    W = lexicon().words
    return i > 0 and ws[i].low in W["complementisers"] and ws[i - 1].low in W["complement_verbs"]


def _not_negating(ws: list[Word], i: int) -> bool:
    """Does the negation ``ws[i]`` open a fixed phrase that denies nothing (`Pemberhentian Tidak
    Dengan Hormat`: a dismissal, not a denied one)? words.json `negation_idioms`."""
    return any([w.low for w in ws[i : i + len(parts)]] == parts for parts in _negation_idioms().get(ws[i].low, ()))


@lru_cache(maxsize=1)
def _negation_idioms() -> dict[str, list[list[str]]]:
    """The negation idioms as word lists by their first word (asked for every word before a trigger)."""
    out: dict[str, list[list[str]]] = {}
    for idiom in lexicon().words["negation_idioms"]:
        parts = idiom.split()
        if parts:
            out.setdefault(parts[0], []).append(parts)
    return out


def _goes_on(ws: list[Word], t: Trigger) -> bool:
    """Is a named process told as going on or done (`penyelidikan berlanjut`, `pencabulan ini
    terjadi`, `penyidikan saat ini sedang berjalan`)?"""
    W = lexicon().words
    for w in ws[t.last + 1 : t.last + 5]:
        if w.low in W["light_after"]:
            return True
        if w.low not in W["trailing_adverbs"] and w.low not in ("ini", "itu", "tersebut", "saat"):
            return False
    return False


def _conceded(norm: str, ws: list[Word], t: Trigger) -> bool:
    """Is the act inside a concessive clause (`meski`, `walau` … before it, no comma between)? What a
    clause concedes is the background of the main one (GUIDELINES.md: an act named as background)."""
    W = lexicon().words
    for k in range(t.first - 1, -1, -1):
        if "," in norm[ws[k].end : ws[k + 1].start] or ws[k].low in W["concession_ends"]:
            return False  # the clause began after the concession (`Meski ramai, demo tersebut …`)
        if ws[k].low in W["complement_verbs"]:
            return False  # `kendati pejabat Israel mengatakan 300 tahanan menyerah`: a report of its own
        if ws[k].low in W["concessives"]:
            return True
    return False


def circumstance(ws: list[Word], i: int) -> bool:
    """Does ``ws[i]`` open a circumstance clause (`saat ditemui`), not a time adverb (`saat ini`,
    `setelah itu`)?"""
    if i < 0 or ws[i].low not in lexicon().words["circumstance"]:
        return False
    return not (i + 1 < len(ws) and ws[i + 1].low in ("ini", "itu"))


def _permit_near(ws: list[Word], t: Trigger) -> bool:
    """Is a permit named just before or after a bare `dicabut` (`IUP-nya dicabut`, `dicabut
    izinnya`, `izin penambangannya dikatakan dicabut`)?"""
    permits = lexicon().words["permit_words"]
    near = ws[max(0, t.first - 8) : t.first] + ws[t.last + 1 : t.last + 2]
    return any(w.low.removesuffix("nya").rstrip("-") in permits for w in near)


def _promise_only(norm: str, ws: list[Word], t: Trigger) -> bool:
    """Is a word of promising only a promise (what will be done: `berjanji akan …`, `berjanji
    memberangkatkan …`) or the adjective `promising` (`sangat menjanjikan`, `komisi yang menjanjikan,`)?
    Not a thing promised to someone (`menjanjikan sejumlah proyek kepada Wilhelmus`)."""
    W = lexicon().words
    nxt = ws[t.last + 1] if t.last + 1 < len(ws) else None
    closed = norm[ws[t.last].end : ws[t.last].end + 2].lstrip()[:1] in tuple(',.;:!?"”)')
    if nxt is None or closed or (t.first > 0 and ws[t.first - 1].low in W["degree_words"]):
        return True
    verb = is_verbish(nxt.text) and nxt.low.startswith(("me", "ber"))
    return nxt.low in W["promise_after"] or verb


def _no_captive(norm: str, ws: list[Word], t: Trigger) -> bool:
    """Is a word of freeing (`membebaskan`, `dibebaskan`, `melepas`) no captive set free? What is
    freed from or let go, within the next four words of its clause, is a cost, a tax, a debt, a
    record or land (`dibebaskan dari pajak-pajak`, `membebaskan mereka dari catatan buruk`,
    `membebaskan lahan`), or a thing or a party sent off (`melepas anak panah`, `melepas
    keberangkatan jemaah`: words.json `release_not_captive`); or a word of feeling comes before it
    (`berat melepas Neymar`, `rela melepas`: a player or a loved one let go, `release_feelings`)."""
    W = lexicon().words
    if ws[t.first].low not in W["release_forms"]:
        return False
    if t.first > 0 and ws[t.first - 1].low in W["release_feelings"]:
        return True
    for k in range(t.last + 1, min(len(ws), t.last + 5)):
        if any(c in norm[ws[k - 1].end : ws[k].start] for c in ',.;:"“”()'):
            break
        if ws[k].low.split("-")[0] in W["release_not_captive"]:
            return True
    return False


def _closed_relative(norm: str, ws: list[Word], k: int, first: int) -> bool:
    """Does ``ws[k]`` stand in a `, yang …,` clause that a comma closes before ``first``? The
    subject's relative clause (and its aim) is not the main verb's."""
    comma = [i for i in range(max(0, k - 12), first) if "," in norm[ws[i].end : ws[i + 1].start]]
    before = [i for i in comma if i < k]
    after = [i for i in comma if i >= k]
    return bool(before and after) and ws[before[-1] + 1].low == "yang"


def _in_play(ws: list[Word]) -> bool:
    """Does the sentence tell a ball game (`bola`, `gawang`, `sundulan`)? Not `sepak bola` as a
    sport's name (`suporter sepak bola menyerang polisi` is an assault, `pesepak bola` a player)."""
    play = lexicon().words["play_words"]
    return any(w.low in play and not (i and ws[i - 1].low.endswith("sepak")) for i, w in enumerate(ws))


def _complaint(ws: list[Word], t: Trigger) -> bool:
    """Is a report (`melaporkan`, `dilaporkan`, `melapor`) a complaint: made to the police,
    prosecutors, a court or an oversight body, or of an offence or a case (`melaporkan
    penganiayaan`, `terkait dugaan pencemaran nama baik`), or by a victim? Not a report of news or
    figures (`Media lokal melaporkan …`, `data yang dilaporkan perbankan`, `melaporkan bahwa …`)."""
    lex = lexicon()
    W = lex.words
    after = ws[t.last + 1 : t.last + 13]

    def grave(w: Word) -> bool:
        return any(p.type in W["grave_types"] for p in lex.by_first.get(w.low, ()))

    if (
        after and after[0].low == "bahwa"
    ):  # what is reported: news, unless an offence done (`… bahwa dia telah dilecehkan`)
        return any(grave(w) and w.low.startswith(("me", "di")) for w in after)
    to_law = lexicon().union("law_enforcers", "court_words", "report_addressees")
    if any(_base(w.low) in to_law or w.low.startswith(("polres", "polda", "polsek", "mapol")) for w in after):
        return True

    def offence(w: Word) -> bool:
        suspect = w.low in W["role_nouns"] and w.low not in ("korban", "saksi")  # `berujung … tersangka`
        return w.low in W["reported_offences"] or suspect or (grave(w) and w.low.startswith("pe"))

    victim = any(_base(w.low) == "korban" for w in ws[max(0, t.first - 6) : t.first])
    people = lexicon().union("person_nouns", "described_person_heads")
    accuser = (
        t.first > 1 and ws[t.first - 1].low == "yang" and _base(ws[t.first - 2].low) in people
    )  # `wanita yang melaporkan`
    return victim or accuser or any(offence(w) for w in after)


@lru_cache(maxsize=8)
def _complaint_story(norm: str) -> bool:
    """Does the article tell a complaint made to the police, prosecutors, a court or an oversight
    body (`melaporkan … ke Polres Boyolali`)? Then `Pelaporan itu dilakukan …` and `3 orang yang
    dilaporkan` are that complaint told again."""
    law = lexicon().union("law_enforcers", "court_words", "report_addressees")
    for m in _REPORT_WORD.finditer(norm):
        words = re.findall(r"[\w-]+", norm[m.end() : m.end() + 160].lower())[:14]
        if any(w in ("ke", "kepada") for w in words) and any(
            w in law or w.startswith(("polres", "polda", "mapol")) for w in words
        ):
            return True
    return False


def _someone_after(ws: list[Word], t: Trigger) -> bool:
    """Is a person named right after an attack (`menyerang dua polisi`, `serangan terhadap wasit`)?
    In a match report an attack on no one in particular, or on a side's defence, is play; one on
    people (referees, police, supporters) is an assault."""
    people = lexicon().words["person_nouns"] | lexicon().words["described_person_heads"]
    return any(w.low in people for w in ws[t.last + 1 : t.last + 5])


# a score as a match report writes it (`2 - 2`, `4-1`), not a date, a range of years or a count of pages
_SCORE = re.compile(r"(?<![\d/.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d/.,%])")


def _match_moment(norm: str, ws: list[Word]) -> bool:
    """In a match report, does the sentence tell a moment of play in words that elsewhere mean
    something else (`melepaskan 18 tembakan`, `ditahan imbang`) or by a score (`ditahan Chelsea 2 -
    2`)? Gunfire and a detention are read as such outside a match report."""
    if not ws or not _match_report(norm):
        return False
    moments = lexicon().words["match_moments"]
    return any(w.low in moments for w in ws) or bool(_SCORE.search(norm, ws[0].start, ws[-1].end))


@lru_cache(maxsize=8)
def _match_report(norm: str) -> bool:
    """Is the article a match report (six or more words of competition: `laga`, `klasemen`)?"""
    found = _match_words().finditer(norm.lower())
    return sum(1 for _ in islice(found, 6)) >= 6


@lru_cache(maxsize=1)
def _match_words() -> re.Pattern[str]:
    """A whole word (a run of ``\\w``) of competition, as one pattern grouped by first letter: one
    pass of the engine over the article, stopped at the sixth, instead of a list of all its words."""
    # (a phrase with a space is never one run)
    words = [w for w in sorted(lexicon().words["match_words"]) if re.fullmatch(r"\w+", w)]
    return re.compile(r"\b(?:" + grouped_alternation(words) + r")\b")


def blocked(norm: str, ws: list[Word], t: Trigger, sentence_end: int) -> str | None:
    """Why an act did not happen as reported, or None: `tidak ditahan`, `akan memanggil`,
    `jika …`, a question; or why it is only background (`dalam pertemuan sebelumnya`)."""
    lex = lexicon()
    W = lex.words
    lo0 = max(0, t.first - lex.modal_window)
    before = [
        "" if _complementiser(ws, i) or _not_negating(ws, i) else w.low for i, w in enumerate(ws[lo0 : t.first], lo0)
    ]
    cut = [i for i, b in enumerate(before) if b in W["clause_openers"]]
    if cut:  # `tak langsung kabur setelah membunuh`: the main clause's `tak` is not this act's
        before = before[cut[-1] :]
    first = ws[t.first].low
    lo = max(0, t.first - len(before))
    commas = [i - lo + 1 for i in range(lo, t.first) if "," in norm[ws[i].end : ws[i + 1].start]]
    neg = before[commas[-1] :] if commas else before  # `Jika tidak, Israel akan membayar mahal`: not this clause's
    if t.pattern.words[0] in W["negation"]:
        pass  # `tidak sependapat` is itself the act
    elif any(
        b in W["negation"] and nb not in W["not_only"] and nb not in W["hesitation"]
        for b, nb in zip(neg, [*neg[1:], first][: len(neg)], strict=True)
    ):
        return "negated"  # (but `Tak hanya itu, bantuan … diberikan`: not only; `tak segan meminta maaf`: not hesitant)
    undone = _left_undone(ws, t)
    if undone is not None:
        return undone  # `enggan mengabulkan`, `menunda penyaluran bantuan`, `tergantung dengan persetujuan Tucker`
    in_gap = [i for i in range(*t.gap) if ws[i].low in W["negation"] and not _not_negating(ws, i)] if t.gap else []
    if t.gap and t.type != "DEMAND" and in_gap:
        return "negated"  # `menilai Betty tidak terbukti melanggar` (but `meminta X tak mengorbankan` asks it)
    modal = [
        b
        for k, b in enumerate(before)
        if b in W["modal"] and not (b in W["efforts"] and k and before[k - 1] in W["ongoing"])
    ]  # (but `masih terus berupaya mengumpulkan alat bukti` is being done)
    if t.type == "THREATEN":  # `Jika tidak, Israel akan membayar mahal`: a threat is conditional
        modal = [b for b in modal if b not in W["clause_modal"]]
    if t.gap:  # `tuntutan itu akan disampaikan`: the plan is inside the pattern
        asked = W["asked_modals"] if _asked_clause(t) else frozenset()  # (but `meminta produsen bisa memastikan`)
        modal += [w.low for w in ws[t.gap[0] : t.gap[1]] if w.low in W["modal"] and w.low not in asked]
    if t.type == "DISAPPROVE":
        modal = [b for b in modal if b not in W["judgement_modals"]]  # `perlu dipertanyakan` is the criticism
    if t.type == "SUPPORT" and ("kasih" in t.pattern.words or t.pattern.words[-1] == "kepada"):
        modal = [b for b in modal if b not in ("ingin", "mau")]  # `Saya ingin berterima kasih kepada …` thanks
    if modal:
        return "modal"
    for k in range(max(0, t.first - lex.modal_window), t.first):
        if ws[k].low in W["purpose"] and (k == 0 or ws[k - 1].low not in W["realised_before_purpose"]):
            if _closed_relative(norm, ws, k, t.first):
                continue  # `Jawawdeh, yang diizinkan masuk untuk memasang furnitur, menikam …`: the aim was the clause's
            return "purpose"  # `untuk mendukung …`: an aim, not an act (but `memutuskan untuk membatalkan`)
    lo10 = max(0, t.first - 10)
    clause = ["" if _complementiser(ws, i) else w.low for i, w in enumerate(ws[lo10 : t.first], lo10)]
    if any(c in W["clause_modal"] for c in clause) and t.type != "THREATEN":  # (a threat is conditional)
        return "hypothetical"  # `Harapan kami cepat dipanggil dan diperiksa`, `jika …`
    if norm[ws[t.last].end : sentence_end].rstrip(" \"'”)").endswith("?"):
        return "asked"
    prev = ws[t.first - 1].low if t.first > 0 else ""
    acronym = (
        ws[t.first].text.isupper() and t.first == 1
    )  # `Kegiatan OTT dilakukan`: the first word is capitalised anyway
    # an abbreviation in brackets after its spelled-out form (`Pemberhentian Tidak Dengan Hormat (PTDH)`)
    # is no word of the name before it
    bracketed = t.first > 0 and "(" in norm[ws[t.first - 1].end : ws[t.first].start]
    if (
        t.first > 0
        and is_cap(ws[t.first].text)
        and ((is_cap(ws[t.first - 1].text) and not acronym and not bracketed) or _cap_after(ws, t))
    ):
        return "name"  # `Satuan Audit Internal Baznas`: a word of a name, not an act
    if any(w.low in W["question_words"] for w in ws[max(0, t.first - 6) : t.first]):
        return "asked"  # `belum menjelaskan siapa saja pihak yang terjaring OTT`: who, not that
    done_before = (
        prev in W["clause_openers"] and prev != "sebelum" and t.type in W["grave_types"] and first.startswith("me")
    )
    if prev in W["clause_openers"] and prev != "sebelum" and t.type in W["grave_types"] and t.first > 1:
        done_before = done_before or ws[t.first - 2].low in W["hearsay_states"]  # `tewas setelah ditembak`
    met = t.type == "CONSULT" and t.pattern.voice == "mut" and prev in W["after_meeting"]
    if t.type == "CONSULT" and t.pattern.voice in ("act", "recv", "mut") and prev in ("saat", "ketika", "sewaktu"):
        # (a two-way talk with a reporter, `kata X saat berbincang dengan detikcom`, is the interview: `_interview`)
        said = {w.low for w in ws[: t.first - 1]} & W["said_at_meeting"]
        met = met or bool(said)  # `Hal itu diungkapkan Pigai saat menerima Bupati …`: the meeting is told
    if _conceded(norm, ws, t):
        return "background"  # `Meski banyak kritik yang diarahkan kepada Menkeu, …`: conceded, not reported
    if circumstance(ws, t.first - 1) and not done_before and not met:  # (but `kabur setelah membunuh istrinya`)
        return "background"  # `saat ditemui`, `usai penangkapan`; but `kata X usai bertemu Prabowo` is the meeting
    if prev in W["light_verbs"] and t.first > 1 and circumstance(ws, t.first - 2):
        return "background"  # `setelah melakukan pembunuhan itu, …`
    if prev in W["light_verbs"] and any(circumstance(ws, i) for i in range(max(0, t.first - 4), t.first - 2)):
        gap = norm[ws[max(0, t.first - 4)].start : ws[t.first - 1].start]
        if "," not in gap:
            return "background"  # `saat Fahri melakukan kunjungan kerjanya`
    if first in W["case_verbs"] and prev == "yang":
        return "described"  # `kasus narkotika yang menjeratnya`: the case he is in, not a charge brought
    if t.pattern.voice == "stat" and prev == "yang":
        return "described"  # `RSS yang menjadi tersangka`: who he is, not an act reported
    k = t.first - 1
    while k > 0 and ws[k].low in ("telah", "sudah", "pernah"):
        k -= 1
    charge = ws[k].low if k >= 0 else ""
    if t.type in W["grave_types"] and (
        charge in W["charge_words"] or (t.type == "CRIME" and charge in ("kasus", "perkara"))
    ):
        return "background"  # `atas dugaan memperjualbelikan satwa`, `yang dianggap telah membunuh`: the charge
    bare = not ws[t.first].low.startswith(("me", "di", "ber", "ter", "pe"))  # `audit`, `demo`, `korupsi`
    if (t.pattern.voice == "noun" or bare) and t.first > 0:
        going = prev in ("proses", "dugaan") and _goes_on(ws, t)  # `Proses penyidikan sedang berjalan`
        if (prev in W["background"] and not going) or prev in W["negation"]:
            return "background"
        if prev == "ada" and t.first > 1 and ws[t.first - 2].low in ("apakah", "tanpa", "tidak", "tak"):
            return "asked"
    nxt0 = ws[t.last + 1] if t.last + 1 < len(ws) else None
    hearsay = t.pattern.voice == "pass" and first in W["hearsay"] and nxt0 is not None
    if hearsay and (nxt0.low in W["hearsay_states"] or (is_verbish(nxt0.text) and not nxt0.low.startswith("di"))):
        return "hearsay"  # `97 WNI dilaporkan kabur`: reportedly, not reported to anyone
    if t.pattern.mode == "allege" and prev in W["attribution_before"]:
        return "attribution"  # `demikian dilaporkan Reuters`: where the news came from, not a complaint
    if t.pattern.mode == "permit" and not _permit_near(ws, t):
        return "other sense"  # `gugatan dicabut`: only a permit taken away is a sanction
    if t.type == "DEMAND" and first == "mendesak" and prev in W["urgent_heads"]:
        return "other sense"  # `kebutuhan mendesak Indonesia`: urgent, no one pressed
    cancel = lex.not_after.get(ws[t.last].low)
    if cancel and t.last + 1 < len(ws) and ws[t.last + 1].low in cancel:
        return "other sense"  # `pemeriksaan kesehatan`: a check-up, not an investigation
    if t.type == "RETREAT" and _no_captive(norm, ws, t):
        return "other sense"  # `dibebaskan dari pajak`, `melepas anak panah`, `berat melepas Neymar`: no captive freed
    if t.pattern.source == "AGREE:janji" and _promise_only(norm, ws, t):
        return "other sense"  # `berjanji akan menuntaskan …`: a plan; `prospek yang sangat menjanjikan`: promising
    if t.pattern.source == "DISAPPROVE:lapor" and not _complaint(ws, t) and not _complaint_story(norm):
        return "other sense"  # `data yang dilaporkan perbankan`, `Media lokal melaporkan …`: news, not a complaint
    if t.pattern.source == "AGREE:teken" and _signed_paper(ws, t):
        return "other sense"  # `meneken Peraturan Presiden`, `aturan yang diteken oleh Purbaya`: no one agreed with
    if t.pattern.source == "COERCE:larang" and _rule_ban(ws, t):
        return "other sense"  # `dilarang sesuai dengan Perda yang berlaku`: the rule's ban, no one's act
    if t.type == "SUPPORT" and first in ("mendukung", "didukung") and _thing_supports(norm, ws, t):
        return "other sense"  # `printer yang mendukung konektivitas Wi-Fi`, `didukung oleh mesin 500 cc`: enabling
    if t.pattern.source in W["match_roots"] and _match_report(norm):
        return "other sense"  # `membela Milan`, `pertemuan Federer dan Del Potro`: playing, not backing or meeting
    if t.pattern.source == "ASSAULT:serang" and _match_report(norm) and not _someone_after(ws, t):
        return "other sense"  # `Serangan bertubi-tubi yang dilancarkan Persipura`: a team attacking in a match
    if (t.type in W["play_types"] or t.pattern.mode == "visit") and (_in_play(ws) or _match_moment(norm, ws)):
        return "other sense"  # `melepaskan tendangan ke pojok gawang`, `umpan … disambut Mofu`: a move in a match
    k2 = t.last + 2 if nxt_is(ws, t, "untuk") else t.last + 1  # `enggan untuk menjelaskan`
    after2 = " ".join(w.low for w in ws[k2 : k2 + 2])
    if t.type == "REJECT" and any(after2 == c or after2.split(" ")[0] == c for c in W["no_comment"]):
        return "other sense"  # `enggan memberikan keterangan lebih rinci`: declining to talk rejects no one
    if t.pattern.mode == "sentence" and any(w.low in ("bebas", "lepas") for w in ws[t.last + 1 : t.last + 5]):
        return "acquitted"  # `memvonis Henry bebas`: no one was sentenced
    if t.type == "THREATEN" and any(w.low in W["penalty_words"] for w in ws[t.last + 1 : t.last + 4]):
        return "penalty"  # `diancam dengan hukuman penjara`: what the law provides, not a threat
    if nxt_is(ws, t, "diri") and t.pattern.words[-1] not in ("diri", "%"):
        return "reflexive"  # `massa membubarkan diri`: they left, no one dispersed them
    bare_crime = t.type == "CRIME" and not ws[t.first].low.startswith(("me", "di"))
    if bare_crime and t.pattern.voice != "noun" and not (t.first > 0 and is_cap(ws[t.first - 1].text)):
        near = {w.low for w in ws[max(0, t.first - 2) : t.first]}
        if not near & (W["crime_context"] | {"dia", "ia", "mereka", "diduga"}):
            return "generic"  # `korupsi di sini seperti lingkaran setan`
    if t.type == "CRIME" and t.pattern.voice == "noun":
        near = {w.low for w in ws[max(0, t.first - 2) : t.first]}
        if not near & W["crime_context"]:
            return "generic"  # `penipuan meningkat`: an offence in general, not one committed
    nxt = ws[t.last + 1] if t.last + 1 < len(ws) else None
    if t.pattern.voice == "noun" and any(w.low in W["planned_after"] for w in ws[t.last + 1 : t.last + 5]):
        return "planned"  # `aksi unjuk rasa itu rencananya akan digelar`
    if t.pattern.voice == "noun" and any(w.low in W["permitted_after"] for w in ws[t.last + 1 : t.last + 4]):
        return "talked about"  # `unjuk rasa boleh saja dilakukan`, `demo tak bisa dilarang`: the kind, not one held
    one_word = len(t.pattern.words) == 1  # (`menyerahkan bantuan 10 ton obat-obatan` is a gift)
    if (
        t.type == "AID"
        and one_word
        and nxt is not None
        and (nxt.text[:1].isdigit() or nxt.low in ("sebesar", "sekitar"))
    ):
        return "share"  # `Bali menyumbang 44 persen devisa`: a share, not a gift
    bare_give = first in ("memberikan", "memberi") and t.pattern.words == (first,)
    if bare_give and (nxt is None or not (is_cap(nxt.text) or nxt.low in W["gift_nouns"])):
        return "not a gift"  # `memberikan keterangan`: a gift is a thing, or is given to someone named
    if t.pattern.words in (("sepakat",), ("bersepakat",)):
        after = norm[ws[t.last].end : nxt.start] if nxt is not None else ""
        if "," in after or (nxt is not None and nxt.low in W["opinion_after"]):
            return "opinion"  # `kami sepakat, data itu …`: agreeing with a view, not an agreement
    return None


def obliged_after(norm: str, ws: list[Word], t: Trigger) -> int | None:
    """`Seharusnya pihak RSUD menyediakan …`, `Sudah sepantasnya pemerintah menunda …`: a modal of
    obligation that opens its clause, the one obliged after it, then what they must do (an active
    verb, one to four words on, no punctuation between). The index of the one obliged, or None."""
    i = t.last + 1
    if i >= len(ws) or is_verbish(ws[i].text) or ws[i].low in ("ada", "bahwa", "untuk", "tidak", "tak"):
        return None
    for k in range(i + 1, min(len(ws), i + 5)):
        if any(c in norm[ws[k - 1].end : ws[k].start] for c in ',.;:"“”()'):
            return None
        if is_verbish(ws[k].text):
            return i if ws[k].low.startswith(("me", "ber")) else None
    return None


def _signed_paper(ws: list[Word], t: Trigger) -> bool:
    """`meneken`/`diteken` of a rule or a letter one issues, no pact with anyone: a rule word or a paper
    of office (words.json `rule_words`, `signed_papers`) as what is signed — after the active verb
    (`meneken Peraturan Presiden`), before the passive (`Beleid itu diteken`, `aturan yang diteken
    oleh Purbaya`, `surat nomor … yang diteken Sri Mulyani`) — and no word of a pact there (`surat
    perjanjian`, `nota kesepahaman`: words.json `pact_words`)."""
    W = lexicon().words
    signed = ws[t.last + 1 : t.last + 4] if t.pattern.voice == "act" else ws[max(0, t.first - 8) : t.first]
    said = {w.low for w in signed}
    return bool(said & (W["rule_words"] | W["signed_papers"])) and not said & W["pact_words"]


def _rule_ban(ws: list[Word], t: Trigger) -> bool:
    """A ban that is a rule, not anyone's act in the news: a rule named near it (`dilarang sesuai
    dengan Perda`), a ban on anyone at all (`setiap orang dilarang merusak rupiah`, `siapa pun
    dilarang`), or what is forbidden described by it (`bisnis judi yang dilarang di Indonesia`,
    `bukanlah hal yang dilarang oleh Islam`)."""
    W = lexicon().words
    if any(w.low in W["rule_words"] for w in ws[max(0, t.first - 4) : t.last + 16]):
        return True
    before = [w.low for w in ws[max(0, t.first - 3) : t.first]]
    # only the passive bans anyone (`setiap orang dilarang`): `Setiap hari polisi melarang …` is an act
    passive = ws[t.first].low.startswith("di")
    return passive and (any(b in W["ban_anyone"] for b in before) or before[-1:] == ["yang"])


def _thing_supports(norm: str, ws: list[Word], t: Trigger) -> bool:
    """`mendukung` in its sense of enabling, no party backing another: a thing (a product, a device
    or a part, a bill: words.json `enabling_things`) its subject in the clause before it (`printer
    yang mendukung`, `RUU Sistranas mendukung`) or the agent of `didukung` (`didukung oleh mesin`),
    or what it enables a feature or a way of living (`mendukung konektivitas Wi-Fi`, `mendukung
    gaya hidup aktif`)."""
    W = lexicon().words
    things = W["enabling_things"]

    def thing(k: int, kinds: set[str] | list[str]) -> bool:
        # a machine or a network of people is a group that backs (`mesin partai`, `jaringan teroris`)
        nxt = ws[k + 1].low if k + 1 < len(ws) else ""
        return ws[k].low in kinds and nxt not in W["group_tails"]

    first = t.last + 1
    if ws[t.first].low.startswith("di"):
        # the agent of `didukung`; its subject is what is backed (`RUU itu didukung seluruh fraksi`)
        if first < len(ws) and ws[first].low == "oleh":
            first += 1
        return any(thing(k, things) or thing(k, W["enabled_things"]) for k in range(first, min(first + 2, len(ws))))
    for k in range(t.first - 1, max(-1, t.first - 4), -1):
        if any(c in norm[ws[k].end : ws[k + 1].start] for c in ",;:\"'"):
            break  # the clause before it only
        if thing(k, things):
            return True
    # the object of `mendukung` enables only as a feature (`mendukung konektivitas`): a bill or a product
    # is backed (`Fraksi Demokrat mendukung RUU Perampasan Aset`)
    return any(thing(k, W["enabled_things"]) for k in range(first, min(first + 2, len(ws))))
