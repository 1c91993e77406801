"""From raw spans to canonical entities: the candidates (this module), then
:mod:`warta.entities.acronyms` and :mod:`warta.entities.clusters`.

1. ``candidates``: capitalised runs of each body region are split and typed by rules (titles,
   heads such as ``Kementerian``/``Kota``, gazetteers, verbs of saying, acronym definitions);
   tagger spans go through the same boundary fixes.
2. ``select``: overlapping candidates are resolved by strength, then length.
3. ``cluster``: candidates become entities — people by shared name words (`Putin` → `Vladimir
   Putin`), organisations by full name / acronym (`BPS` → `Badan Pusat Statistik`), places by
   gazetteer canonical (`AS` → `Amerika Serikat`). The fullest mention is canonical.
4. ``propagate``: every other occurrence of a known name becomes a mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from warta.entities import gazetteer as gz
from warta.entities.patterns import (
    CITED_MEDIUM,
    HEADED_CONNECTORS,
    INNER_CONNECTORS,
    LOCATIVE,
    SENTENCE_END,
    Lexicon,
    Tok,
    first_words,
    is_initials,
    lexicon,
    match_phrase,
)

# Strength of a candidate: who wins an overlap.
STRONG, CONTEXT, TAGGER, WEAK, TENTATIVE = 5, 4, 3, 2, 1
UNTYPED = "?"
LIST_SEP = re.compile(r"^\s*(,|,?\s*(dan|serta|atau|maupun|hingga))\s*$")
# A capitalised word that opens a reference, not a name (`KPU Nomor 731 Tahun 2025`).
# `cq`/`qq` (casu quo, qualitate qua) hand an office over to another: `Kementerian X Cq. Y` is two names.
RUN_BREAK = frozenset({"nomor", "no", "tahun", "pasal", "ayat", "huruf", "angka", "bab", "nomer", "cq", "qq"})
# Words that make a run an organisation wherever they stand (`The University of Chicago`).
ORG_ANY = frozenset(
    {
        "university",
        "universitas",
        "institute",
        "institut",
        "college",
        "center",
        "centre",
        "foundation",
        "association",
        "council",
        "commission",
        "committee",
        "ministry",
        "department",
        "agency",
        "authority",
        "organization",
        "organisation",
        "federation",
        "corporation",
    }
)
# Portals of the big Indonesian news sites (`detikFinance`, `detikcom`, `kumparanBISNIS`).
# `daridetikFinance`: scraped text that lost the space before a portal's name
# a medium glued to the words around it where a scraper dropped the spaces around a link:
# `kepadadetikJateng`, `PantauandetikJatengdi`, `Dilansirdetiksport`
GLUED_BRAND = re.compile(
    r"^([A-Za-z]{2,}?)(detik(?:com|[A-Z][a-z]+?|[a-z]{3,}?)|kumparan(?:com|[A-Z][A-Za-z]+?))(di|ke|dari|pada)?$"
)
MEDIA_PREFIXES = ("detik", "kumparan", "tribun", "okezone", "liputan6", "kompas")
MEDIA_BRAND = re.compile(r"^(detik|kumparan|tribun|okezone|liputan6|kompas)(com|[A-Z]\w*)$")
# `Kantor (Pusat) X`: words for the building an organisation works from
BUILDING_WORDS = frozenset(("kantor", "gedung"))
BUILDING_QUALIFIERS = frozenset(("pusat", "wilayah", "cabang", "utama"))
ORG_KEY_DROP = frozenset({"kantor", "kabupaten", "kota", "provinsi", "kab.", "the", "metro"})
ORDINAL = re.compile(r"^ke-?\d+$|^pertama$|^kedua$|^ketiga$", re.I)
# Abstract nouns of offices (`Penyuluhan`, `Pelayanan`, `Keuangan`): never part of a person's name.
OFFICE_NOUN = re.compile(r"^(pe|per|pen|pem|peng|peny|ke)[a-z]{3,}(an)$")
ROLE_TAIL = re.compile(r"(\s+(dan|di|untuk|&|/))+$|[\s,/(]+$")
TRAILING_RI = re.compile(r"\s+(RI|Republik Indonesia|Indonesia)$")


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    label: str
    strength: int
    text: str
    role: str | None = None
    acronym_of: tuple[int, int] | None = None  # span of the name this acronym abbreviates
    country: str | None = None


@dataclass(slots=True)
class Region:
    toks: list[Tok]
    titlecase: bool = False  # a heading-like line: capitals say nothing about names
    _at: dict[int, int] | None = None  # token start → index, built on first use

    def index_at(self, start: int) -> int | None:
        """The index of the token that starts at ``start`` (a lookup, not a scan: regions can be long)."""
        if self._at is None:
            self._at = {}
            for i, t in enumerate(self.toks):
                self._at.setdefault(t.start, i)
        return self._at.get(start)


@dataclass
class Cluster:
    label: str
    key: str
    mentions: list[Cand] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    names: set[str] = field(default_factory=set)  # PER: name words


# --------------------------------------------------------------------------- helpers


def _span_text(norm: str, toks: list[Tok]) -> str:
    return " ".join(norm[toks[0].start : toks[-1].end].split()) if toks else ""


def _lower_org(toks: list[Tok], i: int) -> int:
    """Length of an organisation written in lower case (`bank bjb`) or a media brand
    (`detikFinance`, `detikcom`) starting at ``toks[i]``; 0 if none."""
    if MEDIA_BRAND.match(toks[i].text):
        return 1
    table = _lower_orgs()
    first = toks[i].text
    for n in table.get(first, ()):
        if " ".join(t.text for t in toks[i : i + n]) in gz.organisations():
            return n
    return 0


def _lower_orgs() -> dict[str, list[int]]:
    if "lower" not in _CACHE_LOWER:
        table: dict[str, list[int]] = {}
        for k in gz.organisations():
            if k[0].islower():
                table.setdefault(k.split()[0], []).append(len(k.split()))
        for v in table.values():
            v.sort(reverse=True)
        _CACHE_LOWER["lower"] = table
    return _CACHE_LOWER["lower"]


_CACHE_LOWER: dict[str, dict[str, list[int]]] = {}


def _is_sentence_start(toks: list[Tok], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].text in "\"'(“‘":
        j -= 1
    return j < 0 or toks[j].text in SENTENCE_END


def _place_of(text: str) -> gz.Place | None:
    p = gz.places().get(text)
    if p is None and text.isupper() and " " in text:
        p = gz.places().get(text.title())
    return p


def _org_of(text: str) -> str | None:
    orgs = gz.organisations()
    if text in orgs:
        return orgs[text] or text
    if text.isupper() and " " in text and text.title() in orgs:
        return orgs[text.title()] or text.title()
    return None


def _head_len(toks: list[Tok], table: frozenset[tuple[str, ...]]) -> int:
    return match_phrase(toks, 0, table, 4) if toks else 0


def _title_len(lex: Lexicon, toks: list[Tok], i: int) -> tuple[int, bool]:
    """Length of a run of titles at ``i`` (`Wakil Ketua Umum`, `Plt Kepala`) and whether any is a role."""
    n, role = 0, False
    firsts = _title_firsts(lex)
    while i + n < len(toks):
        if toks[i + n].lower not in firsts:
            break
        k = match_phrase(toks, i + n, lex.roles, lex.max_title)
        h = match_phrase(toks, i + n, lex.honorifics, lex.max_title)
        if not k and not h:
            break
        if h > k:
            # `Menteri Haji dan Umrah`: an honorific must be followed by a name
            nxt = toks[i + n + h] if i + n + h < len(toks) else None
            if nxt is None or not (nxt.is_cap and nxt.is_word):
                break
        role |= k >= h
        n += max(k, h)
        # `Presiden ke-7 Joko Widodo`
        if i + n < len(toks) and ORDINAL.match(toks[i + n].text):
            n += 1
    return n, role


def _complement_word(lex: Lexicon, t: Tok) -> bool:
    low = t.lower
    return (
        low in lex.complement
        or bool(OFFICE_NOUN.match(low))
        or low in HEADED_CONNECTORS
        or t.is_acronym
        or t.text in gz.places()
        or t.text in gz.organisations()
        or (low,) in lex.org_start
        or (low,) in lex.loc_start
        or low in _org_words()
        or low in _place_words()
    )


_CACHE: dict[str, frozenset[str]] = {}


def _head_firsts(lex: Lexicon) -> frozenset[str]:
    """First words of organisation and place heads (a cheap test before a phrase match)."""
    if "head_firsts" not in _CACHE:
        _CACHE["head_firsts"] = first_words(lex.org_start) | first_words(lex.loc_start)
    return _CACHE["head_firsts"]


def _title_firsts(lex: Lexicon) -> frozenset[str]:
    """First words of every title and honorific (a cheap test before a phrase match)."""
    if "title_firsts" not in _CACHE:
        _CACHE["title_firsts"] = first_words(lex.roles) | first_words(lex.honorifics)
    return _CACHE["title_firsts"]


def _known_len(norm: str, toks: list[Tok], m: int, j: int) -> int:
    """Length of a listed multi-word organisation or place starting at ``toks[m]`` (before ``j``)."""
    for k in range(min(4, j - m), 1, -1):
        text = _span_text(norm, toks[m : m + k])
        place = _place_of(text)
        if _org_of(text) is not None or (place is not None and place.kind != "district"):
            return k
    return 0


def _strong_complement(lex: Lexicon, t: Tok) -> bool:
    """An office word in its own right (not only as part of some known name)."""
    return _complement_word(lex, t) and not _weak_complement(lex, t)


def _weak_complement(lex: Lexicon, t: Tok) -> bool:
    """An office word only because some listed organisation or place has it (`Agung`, `Jaya`)."""
    low = t.lower
    if low in lex.complement or low in HEADED_CONNECTORS or t.is_acronym or not t.text[0].isupper():
        return False
    known = t.text in gz.places() or t.text in gz.organisations()
    return not (known or (low,) in lex.org_start or (low,) in lex.loc_start)


def _org_words() -> frozenset[str]:
    if "org" not in _CACHE:
        words = set()
        for k, v in gz.organisations().items():
            for w in (k + " " + v).split():
                words.add(w.lower())
        _CACHE["org"] = frozenset(words)
    return _CACHE["org"]


def _place_words() -> frozenset[str]:
    """Words of multi-word places that are not districts (`Jawa`, `Tengah`, `Jaya`)."""
    if "place" not in _CACHE:
        words = set()
        for k, v in gz.places().items():
            if v.kind in ("country", "province", "city", "regency", "region") and " " in k:
                words.update(w.lower() for w in k.split())
        _CACHE["place"] = frozenset(words)
    return _CACHE["place"]


def _name_like(lex: Lexicon, toks: list[Tok]) -> bool:
    """A run that reads as a person's name: capitalised words, none a function word, office
    word or head, and the last (the family name) not a common word (`Agung Nugroho` yes,
    `Makan Bergizi Gratis` no)."""
    if toks and len(toks) > 2:
        # the dots of initials inside a name (`Maria S.W. Sumardjono`)
        toks = [
            t
            for k, t in enumerate(toks)
            if not (t.text == "." and 0 < k < len(toks) - 1 and is_initials(toks[k - 1].text))
        ]
    if not toks or len(toks) > 5:
        return False
    for t in toks:
        low = t.lower
        if not t.is_word or not t.text[0].isupper() or t.text.isupper() and len(t.text) > 1 and "." not in t.text:
            return False
        if low in lex.stopwords or low in lex.nonentities or low in lex.complement or low in ORG_ANY:
            return False
        if OFFICE_NOUN.match(low):
            return False
        if (low,) in lex.org_start or (low,) in lex.loc_start or low in lex.org_end or low in lex.loc_end:
            return False
        if (low,) in lex.roles or (low,) in lex.honorifics:
            return False
        if "-" in low and low.split("-")[0] in lex.common | lex.stopwords | {h[0] for h in lex.honorifics}:
            return False  # `Bapak-bapak`, `Ibu-ibu`
    if toks[-1].lower in lex.common:
        return False
    return sum(t.lower in lex.common for t in toks) * 2 <= len(toks)


# --------------------------------------------------------------------------- candidates


class Extractor:
    """Runs the rules over one article's regions and collects candidates."""

    def __init__(self, norm: str, regions: list[Region]):
        self.norm = norm
        self.regions = regions
        self.lex = lexicon()
        self.cands: list[Cand] = []
        # how often each capitalised word occurs: a name used again on its own is a name
        self.cap_counts: dict[str, int] = {}
        self.cap_alone: dict[str, int] = {}  # … opening a capitalised run (`ujar Rosmauli`)
        for reg in regions:
            prev = None
            for t in reg.toks:
                if t.is_cap:
                    self.cap_counts[t.text] = self.cap_counts.get(t.text, 0) + 1
                    if prev is None or not prev.is_cap:
                        self.cap_alone[t.text] = self.cap_alone.get(t.text, 0) + 1
                prev = t

    # -- public
    def run(self) -> list[Cand]:
        for reg in self.regions:
            self._region(reg)
        return self.cands

    def add_tagged(self, spans: list[tuple[int, int, str]]) -> None:
        """Tagger spans: same boundary fixes as rule chunks; the tagger's label is the fallback."""
        spans = sorted(spans)
        span_starts = [s for s, _, _ in spans]
        for reg in self.regions:
            if not reg.toks:
                continue
            lo, hi = reg.toks[0].start, reg.toks[-1].end
            starts = ends = None
            # only the spans that start inside the region: linear over the article, not regions × spans
            for s, e, label in spans[bisect.bisect_left(span_starts, lo) : bisect.bisect_right(span_starts, hi)]:
                if e > hi:
                    continue
                if starts is None:
                    starts = [t.start for t in reg.toks]
                    ends = [t.end for t in reg.toks]
                # tokens inside the span: starts and ends both rise with the index
                a = bisect.bisect_left(starts, s)
                b = bisect.bisect_right(ends, e)
                if b <= a:
                    continue
                # only the capitalised runs inside the span (`Kim Jong Un senapan` → `Kim Jong Un`)
                x = a
                while x < b:
                    if not (reg.toks[x].is_cap and reg.toks[x].is_word):
                        x += 1
                        continue
                    y = min(self._run_end(reg, x), b)
                    # `Bareskrim Polri Brigjend | Nunung`: a rank closing the span opens the name
                    # after it, it does not belong to the organisation
                    if y - x > 1 and y < len(reg.toks) and reg.toks[y].is_cap:
                        k, _ = _title_len(self.lex, reg.toks, y - 1)
                        if k == 1:
                            y -= 1
                    self._chunk(reg, x, y, hint=label[-3:].upper())
                    x = max(y, x + 1)

    # -- regions and chunks
    def _region(self, reg: Region) -> None:
        toks, lex = reg.toks, self.lex
        title_firsts = _title_firsts(lex)
        lower_orgs = _lower_orgs()
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not t.is_word:
                i += 1
                continue
            text = t.text
            glued = GLUED_BRAND.match(text) if "detik" in text[1:] or "kumparan" in text[1:] else None
            if glued:
                self._emit([Tok(t.start + glued.start(2), t.start + glued.end(2), glued.group(2))], "ORG", STRONG)
                i += 1
                continue
            if text[0].islower() and (text in lower_orgs or t.lower.startswith(MEDIA_PREFIXES)):
                k = _lower_org(toks, i)
                if k:
                    self._emit(toks[i : i + k], "ORG", STRONG)
                    i += k
                    continue
            if not t.is_cap:
                # a lower-case title before a capitalised run: `juru bicara Kremlin Dmitry Peskov`
                k = _title_len(lex, toks, i)[0] if t.lower in title_firsts else 0
                if k and i + k < n and toks[i + k].is_cap and not reg.titlecase:
                    j = self._run_end(reg, i + k)
                    self._role_chunk(reg, i, i + k, j)
                    i = j
                    continue
                i += 1
                continue
            j = self._run_end(reg, i)
            self._chunk(reg, i, j)
            i = j

    def _run_end(self, reg: Region, i: int) -> int:
        """End of the capitalised run starting at ``i`` (connectors allowed inside headed names)."""
        toks, lex = reg.toks, self.lex
        titled = bool(_title_len(lex, toks, i)[0])
        placed = toks[i].lower in _head_firsts(lex) and bool(
            match_phrase(toks, i, lex.org_start) or match_phrase(toks, i, lex.loc_start)
        )
        headed = placed or titled
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if titled and ORDINAL.match(t.text) and j + 1 < len(toks) and toks[j + 1].is_cap:
                j += 1  # `Presiden ke-7 Joko Widodo`
                continue
            if t.is_cap and t.is_word:
                if t.lower in RUN_BREAK and not reg.titlecase:
                    break
                j += 1
                continue
            if (
                t.text == "("
                and titled
                and j + 2 < len(toks)
                and toks[j + 1].is_word
                and toks[j + 2].text == ")"
                and j + 3 < len(toks)
                and toks[j + 3].is_cap
            ):
                # `Wali Kota (Walkot) Pekanbaru Agung Nugroho`: an abbreviated title in brackets
                j += 3
                continue
            if t.is_word and t.text[0].isdigit() and toks[j - 1].is_cap and not reg.titlecase:
                # `Russia 1`, `Densus 88`, `Komisi II` — but not `Putin 2019`
                if len(t.text) <= 2:
                    j += 1
                    continue
                break
            if t.text == "." and j + 1 < len(toks) and len(toks[j - 1].text) <= 4 and toks[j - 1].is_cap:
                # initials and abbreviations inside a name: `Jl. Sudirman`, `H. Agus`, `Prof. Dr.`
                low = toks[j - 1].lower
                abbrev = (
                    (low,) in lex.honorifics
                    or (low,) in lex.roles
                    or (low,) in lex.loc_start
                    or is_initials(toks[j - 1].text)
                    or len(low) == 1
                )
                if abbrev and toks[j + 1].is_cap:
                    j += 1
                    continue
                break
            if t.text == "/" and titled and j + 1 < len(toks) and toks[j + 1].is_cap:
                j += 1
                continue
            joins = t.lower in ("dan", "&") if titled and not placed else t.lower in HEADED_CONNECTORS
            if t.lower in INNER_CONNECTORS or (headed and joins and t.lower != "di"):
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                # an all-caps run does not go on through a lower-case `dan` (`POLDA METRO JAYA dan LP`)
                same_case = nxt is not None and (toks[j - 1].text.isupper() == nxt.text.isupper() or len(nxt.text) < 2)
                if toks[j - 1].text.isupper() and len(toks[j - 1].text) > 1 and t.text.islower():
                    same_case = False
                if nxt is not None and nxt.lower in lex.nonentities:
                    same_case = False  # `SMK Negeri 1 Cisarua pada Rabu`
                if (
                    nxt is not None
                    and nxt.lower in _head_firsts(lex)
                    and (match_phrase(toks, j + 1, lex.org_start) or match_phrase(toks, j + 1, lex.loc_start))
                ):
                    same_case = False  # `Kota Bandung dan Kabupaten Bandung`: two names
                if nxt is not None and nxt.is_cap and same_case and not reg.titlecase:
                    j += 1
                    continue
            break
        return j

    def _emit(self, toks: list[Tok], label: str, strength: int, **kw) -> int:
        # trailing punctuation and joiners never end a name (`Kementerian Haji dan`)
        while toks and (
            not toks[-1].is_word or toks[-1].lower in INNER_CONNECTORS or toks[-1].lower in HEADED_CONNECTORS
        ):
            toks = toks[:-1]
        if not toks:
            return -1
        text = _span_text(self.norm, toks)
        if text.lower() in self.lex.nonentities:
            return -1
        self.cands.append(Cand(toks[0].start, toks[-1].end, label, strength, text, **kw))
        return len(self.cands) - 1

    def _chunk(self, reg: Region, i: int, j: int, hint: str | None = None) -> None:
        toks, lex = reg.toks, self.lex
        # drop capitalised function words and non-entities at the front (`Sementara Putin`)
        while i < j:
            t = toks[i]
            k, _ = _title_len(lex, toks, i)
            if k or (
                t.lower in _head_firsts(lex)
                and (
                    match_phrase(toks, i, lex.org_start)
                    or match_phrase(toks, i, lex.loc_start) > 1
                    # `Istana Negara`: a place head opening a capitalised run names a place
                    or (match_phrase(toks, i, lex.loc_start) and j - i >= 2 and toks[i + 1].is_word)
                )
            ):
                break
            if t.lower in lex.stopwords or t.lower in lex.nonentities or (t.lower,) in lex.cue_after:
                if j - i >= 2 and _known_len(self.norm, toks, i, j):
                    break  # `BPJS Kesehatan`: a listed name that opens with a word dropped alone
                if (t.lower,) in lex.cue_after and i + 1 < j:
                    i += 1
                    self._chunk(reg, i, j, hint="CUE")
                    return
                i += 1
                continue
            break
        if i >= j:
            return
        k, _ = _title_len(lex, toks, i)
        if k:
            self._role_chunk(reg, i, i + k, j, hint=hint)
            return
        # a title inside the run starts a new person: `Polda Kaltim AKBP Harun Purwoko`
        headed = toks[i].lower in _head_firsts(lex) and bool(
            match_phrase(toks, i, lex.org_start) or match_phrase(toks, i, lex.loc_start)
        )
        street = bool(match_phrase(toks, i, lex.loc_start))  # `Jalan Kapten Tendean`: named after a person
        title_firsts = _title_firsts(lex)
        for m in range(i + 1, j - 1 if not street else i + 1):
            if toks[m].lower not in title_firsts:
                continue
            k, is_role = _title_len(lex, toks, m)
            # `Kementerian Haji dan Umrah`: an honorific inside a headed name is part of the name
            if k and (headed and not is_role or m + k < j and not toks[m + k].is_cap):
                continue
            if k and m + k < j and toks[m].is_cap:
                rest = toks[m + k : j]
                if not all(_complement_word(lex, t) for t in rest) and toks[m].lower not in ("presiden", "negara"):
                    self._chunk(reg, i, m, hint=hint)
                    self._role_chunk(reg, m, m + k, j, hint=hint)
                    return
        self._typed(reg, i, j, hint)

    def _role_chunk(self, reg: Region, i: int, k: int, j: int, hint: str | None = None) -> None:
        """Title words toks[i:k], then office words, then (maybe) a person's name up to ``j``."""
        toks, lex = reg.toks, self.lex
        m, depth, known_end = k, 0, k
        while m < j:
            t = toks[m]
            if t.text == "(":
                depth += 1
                m += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
                m += 1
            elif depth or t.text == "/" or _strong_complement(lex, t):
                m += 1
            elif kl := _known_len(self.norm, toks, m, j):
                m += kl  # `Ketua The Fed Jerome Powell`
                known_end = m
            elif (
                _complement_word(lex, t)
                and m + 1 < j
                and (_complement_word(lex, toks[m + 1]) or _title_len(lex, toks, m + 1)[0] or not toks[m + 1].is_word)
            ):
                # `Metro Jaya`: a word of a known name counts when more office words follow
                m += 1
            elif _complement_word(lex, t) and m + 1 == j:
                m += 1
            elif _title_len(lex, toks, m)[0] and (toks[m - 1].text == "/" or m + _title_len(lex, toks, m)[0] < j):
                m += _title_len(lex, toks, m)[0]
            else:
                break
        if m == j:
            # `Walkot Agung`: a name word that is also a word of some organisation's name
            b = m
            while b > known_end and toks[b - 1].is_word and _weak_complement(lex, toks[b - 1]):
                b -= 1
            if b < m and _name_like(lex, toks[b:m]):
                m = b
        if m < j and not _name_like(lex, toks[m:j]):
            # `Kasubdit Harda Ditreskrimum Polda Kaltim AKBP Harun Purwoko`: another title
            # further on starts the person; else the longest name-like tail is the name
            for x in range(m + 1, j - 1):
                if toks[x].is_cap and _title_len(lex, toks, x)[0] and x + _title_len(lex, toks, x)[0] < j:
                    self._typed(reg, k, x, None, inner=True)
                    self._role_chunk(reg, x, x + _title_len(lex, toks, x)[0], j, hint=hint)
                    return
            for x in range(m + 1, j - 1):
                if _name_like(lex, toks[x:j]) and _complement_word(lex, toks[x - 1]):
                    m = x
                    break
        for x in range(j - 1, m, -1):
            p = _place_of(toks[x - 1].text)
            if p is not None and p.kind != "district" and _name_like(lex, toks[x:j]):
                m = x
                break
        name = toks[m:j]
        while name and not name[0].is_word:
            name = name[1:]
        title_is_honorific = not _title_len(lex, toks, i)[1]
        # a rank right before the name is not part of the office (`… Polda Jabar Kombes Pol Hendra`)
        r = m
        for x in range(k, m):
            if _title_len(lex, toks, x)[0] and x + _title_len(lex, toks, x)[0] == m:
                r = x
                break
        role = None if title_is_honorific else _span_text(self.norm, toks[i:r]).strip(" ,")
        if role:
            role = ROLE_TAIL.sub("", role) or None
        if role and toks[i].lower in ("mantan", "eks", "almarhum", "mendiang") and m == k:
            role = None
        # the office words may name organisations and places (`Kepala Otorita IKN`); brackets
        # and slashes separate them (`Menteri Investasi dan Hilirisasi/Kepala BKPM`)
        a = k
        for b in range(k, r + 1):
            if b == r or toks[b].text in "()/":
                if a < b:
                    self._typed(reg, a, b, None, inner=True)
                a = b + 1
        if name and _name_like(lex, name) or name and hint == "PER":
            self._emit(name, "PER", STRONG, role=role)
        elif not name and role:
            self._pending_role(reg, m, role)

    def _pending_role(self, reg: Region, m: int, role: str) -> None:
        """`Ketua Dewan Ekonomi Nasional (DEN), Luhut Binsar Pandjaitan`: the name after the comma."""
        toks = reg.toks
        p = m
        if p < len(toks) and toks[p].text == "(":
            while p < len(toks) and toks[p].text != ")" and p - m < 6:
                p += 1
            p += 1
        if p < len(toks) and toks[p].text == ",":
            p += 1
            if p < len(toks) and toks[p].is_cap:
                j = self._run_end(reg, p)
                name = toks[p:j]
                if _name_like(self.lex, name):
                    self._emit(name, "PER", STRONG, role=role)

    def _typed(self, reg: Region, i: int, j: int, hint: str | None, inner: bool = False) -> None:
        """Give a cleaned capitalised run a label, or split it around known names."""
        toks, lex, norm = reg.toks, self.lex, self.norm
        run = toks[i:j]
        while run and not run[-1].is_word:
            run = run[:-1]
        if not run:
            return
        if run[0].text.endswith("$"):
            return  # a currency (`US$ 77`), not a name
        if run[0].lower in BUILDING_WORDS and len(run) > 2:
            # `Kantor Pusat Direktorat Jenderal Pajak`: the office building of an organisation
            # names the organisation; the building words are not part of its name
            x = 1 + (run[1].lower in BUILDING_QUALIFIERS)
            if x < len(run) - 1 and run[x].lower not in BUILDING_WORDS and match_phrase(run, x, lex.org_start):
                self._typed(reg, i + x, j, hint, inner)
                return
        text = _span_text(norm, run)
        low = text.lower()
        if low in lex.nonentities or (len(run) == 1 and (run[0].lower in lex.stopwords)):
            return
        before = toks[i - 1].lower if i > 0 else ""
        before2 = toks[i - 2].lower if i > 1 else ""
        after = toks[j].lower if j < len(toks) else ""
        if _age_follows(toks, j) and not reg.titlecase:
            # `Vatikan (27), pengendara asal Demak`: an age in brackets follows only a person
            self._emit(run, "PER", STRONG)
            return
        org = _org_of(text)
        place = _place_of(text)
        if org is not None:
            self._emit(run, "ORG", STRONG)
            return
        if place is not None and (place.kind != "district" or before in LOCATIVE):
            self._emit(run, "LOC", STRONG, country=place.country)
            return
        oh = _head_len(run, lex.org_start)
        lh = _head_len(run, lex.loc_start)
        if hint != "CUE" and (oh == len(run) or lh == len(run)):
            # a head alone: `Pengadilan Negeri (PN) Kendari` is a name, `Universitas` is not
            if oh == len(run) > 1:
                self._emit(run, "ORG", CONTEXT)
            return
        if oh and len(run) > oh:
            self._emit_org(run, oh, STRONG)
            return
        if not oh and not lh and len(run) > 2:
            # `Asisten Administrasi Sekretariat Daerah Provinsi Jawa Tengah`: the organisation
            # starts at its head word
            cut = next(
                (x for x in range(1, len(run) - 1) if match_phrase(run, x, lex.org_start) and not run[x].is_acronym),
                None,
            )
            if cut is not None and (inner or not _name_like(lex, run[:cut])):
                self._typed_tokens(reg, run[:cut], hint)
                self._emit_org(run[cut:], match_phrase(run, cut, lex.org_start), CONTEXT)
                return
        if len(run) > 1 and any(t.lower in ORG_ANY for t in run) and not reg.titlecase:
            self._emit(run, "ORG", CONTEXT)
            return
        if (
            lh
            and len(run) > lh
            and not reg.titlecase
            and run[lh].is_cap
            and not (run[lh].lower in lex.complement or OFFICE_NOUN.match(run[lh].lower))
        ):
            rest = _span_text(norm, run[lh:])
            p = _place_of(rest)
            self._emit(run, "LOC", STRONG, country=p.country if p else None)
            return
        if len(run) > 1 and run[-1].lower.rstrip(".") in lex.org_end and not reg.titlecase:
            self._emit(run, "ORG", CONTEXT)
            return
        if len(run) > 1 and run[-1].lower in lex.loc_end and not reg.titlecase:
            self._emit(run, "LOC", CONTEXT)
            return
        # context: a cited medium (`media Russia 1`, `dilansir CNN`)
        prev_words = (before2, before) if before2 else (before,)
        if (
            (before,) in lex.media_start
            or prev_words in lex.media_start
            or before in CITED_MEDIUM
            or (before == "dari" and before2 in CITED_MEDIUM)
            or (before == "dari" and any(t.lower in CITED_MEDIUM for t in toks[max(0, i - 4) : i - 1]))
        ) and (not _name_like(lex, run) or len(run) == 1):
            self._emit(run, "ORG", CONTEXT)
            return
        # `tersangka berinisial AR`: a person's initials
        if before in ("inisial", "berinisial", "inisialnya") and len(run) == 1 and run[0].text.isupper():
            self._emit(run, "PER", CONTEXT)
            return
        cue = hint == "CUE" or (before,) in lex.cue_after or after in lex.cue_before
        if cue and not inner:
            if run[0].is_acronym and len(run) == 1:
                self._emit(run, "ORG", CONTEXT)
                return
            if _name_like(lex, run):
                self._emit(run, "PER", CONTEXT)
                return
        # the tagger's guess, unless it is a common word opening a sentence
        common_opener = len(run) == 1 and run[0].lower in lex.common and _is_sentence_start(toks, i)
        # a tagger person must read as a name (not `Sentral`, `Family Office`, `I`)
        bad_person = hint == "PER" and (not _name_like(lex, run) or len(run[0].text) < 2)
        if hint in ("PER", "ORG", "LOC") and run[0].is_cap and not common_opener and not bad_person:
            self._emit(run, hint, TAGGER)
            return
        if len(run) == 1 and run[0].is_acronym and j < len(toks) and toks[j].text == "(":
            return  # `BPS (Badan Pusat Statistik)`: typed through the definition
        # `Daya Anagata Nusantara (Danantara)`: a run defined by its contraction is an organisation
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and len(run) > 1:
            short = toks[j + 1].text
            if (
                toks[j + 1].is_cap
                and not short.isupper()
                and not _name_like(lex, run)
                and _contraction(short, text)
                and _looks_org(lex, text)
                and short.lower() not in lex.nonentities
            ):
                self._emit(run, "ORG", CONTEXT)
                return
        # nothing typed the whole run: look for known names inside it
        if self._scan_known(run):
            return
        if reg.titlecase or inner:
            return
        if place is not None and place.kind == "district":
            self._emit(run, "LOC", TENTATIVE, country=place.country)
            return
        head_only = len(run) == 1 and (
            (run[0].lower,) in lex.org_start or (run[0].lower,) in lex.loc_start or run[0].lower in lex.common
        )
        if before in ("di", "ke") and not (run[0].is_acronym and len(run) == 1) and len(run) <= 3 and not head_only:
            self._emit(run, "LOC", WEAK)
            return
        if (
            2 <= len(run) <= 4
            and _name_like(lex, run)
            and (not _is_sentence_start(toks, i) or run[0].text in lex.given)
        ):
            self._emit(run, "PER", WEAK)
            return
        if 2 <= len(run) <= 4 and _name_like(lex, run) and after in lex.cue_before:
            self._emit(run, "PER", WEAK)
            return
        if len(run) <= 4 and not _is_sentence_start(toks, i) and after != "/":
            self._emit(run, UNTYPED, TENTATIVE)

    def _emit_org(self, run: list[Tok], oh: int, strength: int) -> None:
        """An organisation run after its head word(s); it may carry a faction or a person."""
        lex = self.lex
        # `Komisi II DPR Fraksi PDIP`: a faction is another organisation
        cut = next((x for x in range(oh, len(run) - 1) if run[x].lower == "fraksi"), None)
        if cut is not None:
            self._emit(run[:cut], "ORG", strength)
            self._emit(run[cut:], "ORG", strength)
            return
        # `Kemenhub Risal Wasal`: the head may be the whole (known) name
        first = oh - 1 if oh == 1 and (run[0].is_acronym or run[0].text in gz.organisations()) else oh
        for x in range(first, len(run) - 1):
            rest = run[x + 1 :]
            if not _name_like(lex, rest) or not (run[x].is_acronym or x < oh or _strong_complement(lex, run[x])):
                continue
            if any(_place_of(t.text) or _org_of(t.text) for t in rest):
                continue
            # `Fraksi PAN Eddy Soeparno`, `Kementerian Keuangan Rosmauli`: a known given name,
            # or a name the article uses again on its own
            again = self.cap_alone.get(rest[0].text, 0) > 0
            if rest[0].text in lex.given or again:
                self._emit(run[: x + 1], "ORG", strength)
                self._emit(rest, "PER", CONTEXT if again else WEAK)
                return
        self._emit(run, "ORG", strength)

    def _typed_tokens(self, reg: Region, run: list[Tok], hint: str | None) -> None:
        if run:
            i = reg.index_at(run[0].start)
            if i is None or reg.toks[i] is not run[0]:
                i = reg.toks.index(run[0])
            self._typed(reg, i, i + len(run), hint, inner=True)

    def _scan_known(self, run: list[Tok]) -> bool:
        """Longest gazetteer matches inside a run (`Kim Jong Un Undang Putin ke Korea Utara`)."""
        found = False
        i, n, longest = 0, len(run), min(gz.max_words(), 6)
        while i < n:
            hit = 0
            for k in range(min(longest, n - i), 0, -1):
                text = _span_text(self.norm, run[i : i + k])
                org = _org_of(text)
                place = _place_of(text)
                if org is not None:
                    self._emit(run[i : i + k], "ORG", CONTEXT)
                    hit = k
                    break
                if place is not None and place.kind != "district":
                    self._emit(run[i : i + k], "LOC", CONTEXT, country=place.country)
                    hit = k
                    break
            found |= bool(hit)
            i += hit or 1
        return found


def _age_follows(toks: list[Tok], j: int) -> bool:
    """``( 27 )`` or ``( 27 tahun )`` right after a name: the person's age, as news gives it."""
    if j + 2 >= len(toks) or toks[j].text != "(":
        return False
    num = toks[j + 1].text
    if not (num.isdigit() and 1 <= len(num) <= 2 and num != "0"):
        return False
    close = j + 2 if toks[j + 2].text == ")" else j + 3
    return close < len(toks) and toks[close].text == ")" and (close == j + 2 or toks[j + 2].lower == "tahun")


def _contraction(short: str, full: str) -> bool:
    """`DEN` of `Dewan Ekonomi Nasional`, `Danantara` of `Daya Anagata Nusantara`: the short
    form's letters appear in order in the full name, starting with its first letter."""
    short, full = short.casefold(), "".join(full.split()).casefold()
    if not short or not full or short[0] != full[0]:
        return False
    k = 0
    for ch in full:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _looks_org(lex: Lexicon, text: str) -> bool:
    """Not a phrase of common words only (`Penanaman Modal Asing (PMA)` is no organisation)."""
    words = [w.lower() for w in text.split()]
    return (
        any(w not in lex.common and w not in lex.complement for w in words)
        or len(words) >= 3
        and text.split()[0][0].isupper()
        and False
    )
