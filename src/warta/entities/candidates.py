"""Candidate spans from the rules: each body region's capitalised runs are cut and typed
(titles, heads such as ``Kementerian``/``Kota``, gazetteers, verbs of saying, the tagger's
label as a fallback). Runs that open with a title go to :mod:`warta.entities.role_runs`."""

from __future__ import annotations

import bisect
import re

from warta.entities import gazetteer as gz
from warta.entities.patterns import (
    CITED_MEDIUM,
    HEADED_CONNECTORS,
    INNER_CONNECTORS,
    LOCATIVE,
    Tok,
    first_words,
    is_initials,
    lexicon,
    match_phrase,
)
from warta.entities.ranks import rank_lists
from warta.entities.roles import runs as role_runs
from warta.entities.shapes import degree_word
from warta.entities.sites import facility_heads
from warta.entities.spans import CONTEXT, STRONG, TAGGER, TENTATIVE, UNTYPED, WEAK, Cand, Region
from warta.entities.words import (
    MEDIA_PREFIXES,
    OFFICE_NOUN,
    ORDINAL,
    ORG_ANY,
    REGIONAL_OFFICES,
    after_number_words,
    age_follows,
    balinese_name,
    bare_bodies,
    complement_word,
    contraction,
    event_heads,
    head_first_words,
    head_len,
    headline_verbs,
    is_sentence_start,
    known_len,
    listed_body,
    looks_org,
    lower_org,
    lower_org_table,
    lower_written,
    name_like,
    name_particles,
    org_of,
    particle_word,
    place_of,
    product_nouns,
    span_text,
    strong_complement,
    title_first_words,
    title_len,
)
from warta.resources import word_set

# a wire's desk code, its reporter's or editor's (`T.C003`, `U.B018`): letters, a dot, letters and digits
DESK_CODE = re.compile(r"[A-Z]{1,2}\. ?[A-Z]{1,4}\d{2,4}")

# A capitalised word that opens a reference, not a name (`KPU Nomor 731 Tahun 2025`).
# `cq`/`qq` (casu quo, qualitate qua) hand an office over to another: `Kementerian X Cq. Y` is two names.
# `RT`/`RW` (neighbourhood units) open an address, not a name: `Dusun X RT 06 RW 03` is `Dusun X`.
# `Rp` opens a sum: a ranked list glued by the scrape (`… triliun2. Kabupaten X Rp 4,1 triliun`) is `Kabupaten X`.
RUN_BREAK = frozenset(
    {"nomor", "no", "tahun", "pasal", "ayat", "huruf", "angka", "bab", "nomer", "cq", "qq", "rt", "rw", "rp"}
)
# `berinisial AVD`: the words that introduce a person by initials, and what initials look like
INITIALS_CUES = frozenset({"inisial", "berinisial", "inisialnya", "insial"})
INITIALS_CUE = re.compile(r"ini?sial", re.I)  # one scan of the article before any region's
# (`berinisial Ar`: regional desks write a two-letter first name's short form in mixed case)
INITIALS = re.compile(r"^[A-Z]{1,5}$|^(?:[A-Z]\.){1,5}$|^[A-Z][a-z]$")
STREET_HEADS = frozenset({"jalan", "jl", "jln"})
# verbs of passing through a place (`melintasi Pekayon`, `memasuki Cikarang`)
ROUTE_VERBS = frozenset({"melintasi", "melewati", "memasuki", "menyusuri", "menyeberangi", "melintas"})
# words that frame a site as where something happens (`di kompleks Istana Kepresidenan`, `depan Balai Kota`)
SITE_FRAMES = frozenset({"kompleks", "komplek", "depan", "halaman", "lingkungan", "gerbang"})
WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"})
# Portals of the big Indonesian news sites (`detikFinance`, `detikcom`, `kumparanBISNIS`).
# `daridetikFinance`: scraped text that lost the space before a portal's name
# a medium glued to the words around it where a scraper dropped the spaces around a link:
# `kepadadetikJateng`, `PantauandetikJatengdi`, `Dilansirdetiksport`
GLUED_BRAND = re.compile(
    r"^([A-Za-z]{2,}?)(detik(?:com|[A-Z][a-z]+?|[a-z]{3,}?)|kumparan(?:com|[A-Z][A-Za-z]+?))(di|ke|dari|pada)?$"
)
# lower-case particles inside a person's name, never inside an Indonesian place's (`Jovial da Lopez`,
# `Ahmad bin Said`); a known place that has one (`Rio de Janeiro`) is typed before the tagger's label counts
PERSON_PARTICLES = frozenset({"bin", "binti", "da", "dos", "van", "von"})
# Legal forms of a company: always followed by its name (`PT First Travel` is one name)
COMPANY_FORMS = frozenset(("pt", "pt.", "cv", "cv.", "ud", "pd", "tbk", "persero", "perum"))
# `Kantor (Pusat) X`: words for the building an organisation works from
BUILDING_WORDS = frozenset(("kantor", "gedung"))
BUILDING_QUALIFIERS = frozenset(("pusat", "wilayah", "cabang", "utama"))
_TOWN_KINDS = frozenset(("city", "regency"))  # a town whose word a smaller place may share (`Lebak Bulus`)


def title_adjectives() -> frozenset[str]:
    """Words of fame between a trade and a name (`kondang`), read from data."""
    return word_set("warta.entities", "title_adjectives.txt", lower=True)


def _paired_connector(toks: list[Tok], j: int) -> bool:
    """Two lower-case particles in a row at ``j`` inside a name, a capitalised word after them
    (`de la`, `van der`, `van den`)."""
    return (
        j + 2 < len(toks)
        and toks[j].text in name_particles()
        and toks[j + 1].text in INNER_CONNECTORS
        and toks[j + 1].text.isalpha()
        and toks[j + 2].is_cap
    )


class Extractor:
    """Runs the rules over one article's regions and collects candidates."""

    def __init__(self, norm: str, regions: list[Region]):
        self.norm = norm
        self.regions = regions
        self.lex = lexicon()
        self.cands: list[Cand] = []
        # capitalised words opening a run: a name used again on its own is a name
        self.cap_alone: dict[str, int] = {}  # (`ujar Rosmauli`)
        self.located: set[str] = set()  # … standing alone after `di`/`ke`/`dari` (`di Madina,`)
        self._runs: set[str] | None = None
        # words the article also writes in lower case (`sarang`): a common word, whatever a
        # capital at a sentence start makes it look like
        self.lower_words: set[str] = set()
        alone = self.cap_alone
        for reg in regions:
            toks = reg.toks
            prev = None
            for x, t in enumerate(toks):
                if t.is_word and t.text.islower() and x:
                    self.lower_words.add(t.text)
                if t.is_cap and (prev is None or not prev.is_cap):
                    alone[t.text] = alone.get(t.text, 0) + 1
                    if prev is not None and prev.lower in ("di", "ke", "dari"):
                        nxt = toks[x + 1] if x + 1 < len(toks) else None
                        if not (nxt and nxt.is_cap):
                            self.located.add(t.text)
                prev = t

    def _evidenced(self, start: int) -> bool:
        """Whether the rules' titled name at ``start`` opens with a known given name or a word
        the article uses on its own (`Riva mengatakan`)."""
        first = self.norm[start : start + 40].split(maxsplit=1)[0] if start < len(self.norm) else ""
        return first in self.lex.given or self.cap_alone.get(first, 0) > 0

    @property
    def runs(self) -> set[str]:
        """Every capitalised run as written (`First Travel`), built on first use."""
        if self._runs is None:
            self._runs = set()
            for reg in self.regions:
                run: list[str] = []
                for t in reg.toks:
                    if t.is_cap and t.is_word:
                        run.append(t.text)
                    elif run:
                        self._runs.add(" ".join(run))
                        run = []
                if run:
                    self._runs.add(" ".join(run))
        return self._runs

    # -- public
    def run(self) -> list[Cand]:
        initials = INITIALS_CUE.search(self.norm) is not None
        for reg in self.regions:
            self._region(reg)
            if initials and any(t.lower in INITIALS_CUES for t in reg.toks):
                self._initials(reg)
        return self.cands

    def _initials(self, reg: Region) -> None:
        """`tersangka berinisial AVD, MJ, dan SM (DPO)`, `Inisial RN (30)`: every set of initials
        listed after the word is a person (ages and `(DPO)` brackets between them)."""
        toks = reg.toks
        for i, t in enumerate(toks):
            if t.lower not in INITIALS_CUES:
                continue
            x = i + 1
            while x < len(toks):
                u = toks[x]
                if u.text == "(":  # `(30)`, `(DPO)`
                    close = next((y for y in range(x + 1, min(x + 4, len(toks))) if toks[y].text == ")"), None)
                    if close is None:
                        break
                    x = close + 1
                elif u.text == "," or u.lower in ("dan", "serta"):
                    x += 1
                elif u.is_word and INITIALS.match(u.text):
                    self._emit([u], "PER", STRONG)
                    x += 1
                else:
                    break

    def add_tagged(self, spans: list[tuple[int, int, str]]) -> None:
        """Tagger spans: same boundary fixes as rule chunks; the tagger's label is the fallback.
        A span that cuts across a titled person the rules found (`Kasi Penkum Kejati Jabar |
        Nurcahyo`, `Wakil Ketua Wahid Institute Darma …`) is dropped: the title and office words
        have already said where the name starts."""
        titled = sorted((c.start, c.end) for c in self.cands if c.label == "PER" and c.role and c.strength == STRONG)
        if titled:
            firsts = [a for a, _ in titled]

            def crossed(s: int, e: int) -> int | None:
                """Where the titled name starts, when the span runs on into it from before."""
                k = bisect.bisect_left(firsts, e)
                return next((a for a, b in titled[max(0, k - 2) : k] if s < a < e == b), None)

            # a span that runs on from the office words into the name keeps only the office
            # words, unless it opens with an organisation's head (`Direktur PT Rona Namora`)
            heads = first_words(self.lex.org_start)
            kept = []
            for s, e, label in spans:
                a = crossed(s, e)
                if a is not None and (
                    self.norm[s:e].split()[0].lower() not in heads
                    or self._evidenced(a)
                    or role_runs.office_closed(self.norm, s, a)
                ):
                    e = a - 1
                kept.append((s, e, label))
            spans = kept
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
                r0 = a
                while r0 > 0 and reg.toks[r0 - 1].is_cap and reg.toks[r0 - 1].is_word:
                    r0 -= 1
                if label[-3:].upper() == "LOC" and any(reg.toks[y].lower in event_heads() for y in range(r0, a)):
                    continue  # `Festival Film | Indonesia`: a place inside an event's name
                if label[-3:].upper() == "ORG" and self._joined_org(reg, a, b):
                    self._emit(reg.toks[a:b], "ORG", TAGGER)
                    continue
                if label[-3:].upper() == "PER":
                    x = a = _initials_before(reg.toks, a)
                while x < b:
                    if not (reg.toks[x].is_cap and reg.toks[x].is_word):
                        x += 1
                        continue
                    y = min(self._run_end(reg, x), b)
                    # `Bareskrim Polri Brigjend | Nunung`: a rank closing the span opens the name
                    # after it, it does not belong to the organisation
                    if y - x > 1 and y < len(reg.toks) and reg.toks[y].is_cap:
                        k, _ = title_len(self.lex, reg.toks, y - 1)
                        if k == 1:
                            y -= 1
                    hint = label[-3:].upper()
                    if hint == "ORG" and x > a and not reg.toks[x - 1].is_cap and self._place_run(reg.toks[x:y]):
                        # `ASDP cabang Bakauheni`: a known place after a common word inside an
                        # organisation span is where the branch is, not the organisation
                        hint = "LOC"
                    self._chunk(reg, x, y, hint=hint)
                    x = max(y, x + 1)

    def _joined_org(self, reg: Region, a: int, b: int) -> bool:
        """`Bidang Profesi dan Pengamanan (Propam)`: an organisation span of the tagger's that
        runs across `dan` between capitalised words, opens with an organisation's head word or is
        defined by a short form, and overlaps nothing the rules typed firmly, is one name (the
        rules' runs stop at `dan`)."""
        toks = reg.toks
        if reg.titlecase or b - a < 3 or not (toks[a].is_cap and toks[b - 1].is_cap):
            return False
        inner = toks[a + 1 : b - 1]
        if not any(t.lower in ("dan", "&") for t in inner):
            return False
        if not all((t.is_cap and t.is_word) or t.lower in ("dan", "&") for t in inner):
            return False
        defined = b + 2 < len(toks) and toks[b].text == "(" and toks[b + 1].is_cap and toks[b + 2].text == ")"
        if not (match_phrase(toks, a, self.lex.org_start) or defined):
            return False  # a head word (`Kementerian`) or a short form in brackets after it
        s, e = toks[a].start, toks[b - 1].end
        return not any(c.start < e and s < c.end and c.strength >= CONTEXT for c in self.cands)

    # -- regions and chunks
    def _region(self, reg: Region) -> None:
        toks, lex = reg.toks, self.lex
        title_firsts = title_first_words(lex)
        lower_orgs = lower_org_table()
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
                k = lower_org(toks, i)
                if k:
                    self._emit(toks[i : i + k], "ORG", STRONG)
                    i += k
                    continue
            if not t.is_cap or self._opening_trade(reg, i):
                # a lower-case title before a capitalised run: `juru bicara Kremlin Dmitry Peskov`
                # (or one that opens the sentence: `Juru bicara Kemenkes Widyawati mengatakan`)
                k = title_len(lex, toks, i)[0] if t.lower in title_firsts else 0
                if k and i + k + 1 < n and toks[i + k].lower in title_adjectives() and toks[i + k + 1].is_cap:
                    k += 1  # `motivator kondang Ari Wibowo`: a word of fame between the trade and the name
                if k and i + k < n and toks[i + k].is_cap and not reg.titlecase:
                    j = self._run_end(reg, i + k)
                    while _bracketed_short_form(toks, j):
                        # `juru bicara Otoritas Jasa Keuangan (OJK) Hendra`: the body's short form in
                        # brackets, and the run goes on after it (a titled run reads it so in `_run_end`)
                        j = self._run_end(reg, j + 3)
                    if j + 1 < n and toks[j].lower == "dan" and toks[j + 1].is_cap:
                        # `pemilik First Travel Andika Surachman dan Anniesa Hasibuan`: one title, two people
                        j2 = self._run_end(reg, j + 1)
                        if role_runs.shared_role(self, reg, i, i + k, j2):
                            i = j2
                            continue
                    if j < n and toks[j].lower in ("tersebut", "itu", "ini") and j - (i + k) == 1:
                        # `klaim manajer Martin tersebut`: the manager of Martin, someone else
                        self._chunk(reg, i + k, j)
                    else:
                        role_runs.role_chunk(self, reg, i, i + k, j)
                    i = j
                    continue
                i += 1
                continue
            if not title_len(lex, toks, i)[0] and self._lower_opener(toks, i):
                # `Lulusan Institut Sains dan Teknologi Nasional ...`: a word capitalised only
                # because it opens the sentence is no part of the body's name after it
                i += 1
                continue
            j = self._run_end(reg, i)
            self._chunk(reg, i, j)
            i = j

    def _opening_trade(self, reg: Region, i: int) -> bool:
        """A trade written in lower case but for its first letter, which opens the sentence
        (`Juru bicara`, `Kuasa hukum`, `Guru besar`) before a capitalised run: read as the
        lower-case trade is, not as a title whose run stops at its own lower-case word."""
        toks = reg.toks
        if reg.titlecase or toks[i].lower not in title_first_words(self.lex):
            return False
        k = title_len(self.lex, toks, i)[0]
        return k >= 2 and i + k < len(toks) and toks[i + k - 1].text.islower() and toks[i + k].is_cap

    def _run_end(self, reg: Region, i: int) -> int:
        """End of the capitalised run starting at ``i`` (connectors allowed inside headed names)."""
        toks, lex = reg.toks, self.lex
        titled = bool(title_len(lex, toks, i)[0])
        placed = toks[i].lower in head_first_words(lex) and bool(
            match_phrase(toks, i, lex.org_start) or match_phrase(toks, i, lex.loc_start)
        )
        headed = placed or titled
        site_only = placed and not titled and not match_phrase(toks, i, lex.org_start)
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if titled and ORDINAL.match(t.text) and j + 1 < len(toks) and toks[j + 1].is_cap:
                j += 1  # `Presiden ke-7 Joko Widodo`
                continue
            if t.is_cap and t.is_word:
                if t.lower in RUN_BREAK and not reg.titlecase:
                    break
                if t.lower in WEEKDAYS and j + 1 < len(toks) and toks[j + 1].text == "(":
                    break  # `rapat di Istana Senin (20/10)`: the day the dateline gives, not the name
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
                # `Russia 1`, `Densus 88`, `Komisi II` — but not `Putin 2019`, nor a list's
                # next number glued to the word (`Bangka Belitung14. …`, see patterns.from_tokens)
                if t.start == toks[j - 1].end:
                    break
                if len(t.text) <= 2:
                    if j + 1 < len(toks) and toks[j + 1].lower in after_number_words():
                        break  # `di Genuk 22 tahun`, `di Kota Padang 20 hingga 23 Oktober`: a quantity or a date
                    j += 1
                    if toks[j - 2].lower in ("rt", "rw"):
                        break  # `RT 3 | Kelurahan X`: the unit's number closes it
                    continue
                break
            if t.text == "." and j + 1 < len(toks) and len(toks[j - 1].text) <= 4 and toks[j - 1].is_cap:
                # initials and abbreviations inside a name: `Jl. Sudirman`, `H. Agus`, `Prof. Dr.`
                low = toks[j - 1].lower
                abbrev = (
                    (low,) in lex.honorifics
                    or (low,) in lex.roles
                    or ((low,) in lex.loc_start and len(low) <= 3)  # `Jl.`, `Kec.`; not `Medan Kota. Saat`
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
            if joins and site_only and t.lower in ("dan", "&"):
                joins = False  # `Pantai Kuta dan Seminyak`: a place's name holds no `dan`, a body's does
            if t.lower in INNER_CONNECTORS or (headed and joins and t.lower != "di"):
                if _paired_connector(toks, j):
                    j += 1  # `Stade de la Beaujoire`, `Rafael van der Vaart`: two particles in a row
                    t = toks[j]
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                # an all-caps run does not go on through a lower-case `dan` (`POLDA METRO JAYA dan LP`)
                same_case = nxt is not None and (toks[j - 1].text.isupper() == nxt.text.isupper() or len(nxt.text) < 2)
                if toks[j - 1].text.isupper() and len(toks[j - 1].text) > 1 and t.text.islower():
                    same_case = False
                if nxt is not None and nxt.lower in lex.nonentities:
                    same_case = False  # `SMK Negeri 1 Cisarua pada Rabu`
                if (
                    nxt is not None
                    and nxt.lower in head_first_words(lex)
                    and (match_phrase(toks, j + 1, lex.org_start) or match_phrase(toks, j + 1, lex.loc_start))
                ):
                    same_case = False  # `Kota Bandung dan Kabupaten Bandung`: two names
                if titled and not placed and self._post_field_acronym(toks, i, j):
                    same_case = True  # `Menteri Hukum dan HAM Yasonna Laoly`: the post's field in short
                elif not same_case and nxt is not None and t.lower == "dan" and self._listed_across(toks, i, j):
                    same_case = True  # `Kementerian Hukum dan HAM Sri Puguh`: a listed body's own `dan`
                if nxt is not None and nxt.is_cap and same_case and not reg.titlecase:
                    j += 1
                    continue
            break
        return j

    def _listed_across(self, toks: list[Tok], i: int, j: int) -> bool:
        """The words up to the word after `dan` at ``j`` close a listed body's full name
        (`Kementerian Hukum dan HAM`, `Badan Pengawas Obat dan Makanan`), opening at most
        six words back inside the run: the run goes on across the change of case."""
        if j + 1 >= len(toks) or not toks[j + 1].is_word:
            return False
        return any(listed_body(span_text(self.norm, toks[s : j + 2])) for s in range(max(i, j - 6), j))

    def _post_field_acronym(self, toks: list[Tok], i: int, j: int) -> bool:
        """`Menteri Hukum dan HAM Yasonna Laoly`, `Kabid Humas dan IT Polda Bali …`: `dan` at ``j``
        joins the post's field (one capitalised word, in the title or right after it) to a field
        written as an acronym, with more capitalised words after it. The run from the title would
        otherwise stop at the change of case and leave the post with no holder."""
        k, _ = title_len(self.lex, toks, i)
        if not k or j <= i + 1 or j - (i + k) > 1 or j + 2 >= len(toks) or toks[j].lower != "dan":
            return False
        field, short, after = toks[j - 1], toks[j + 1], toks[j + 2]
        return (
            field.is_cap
            and field.is_word
            and not field.text.isupper()
            and short.is_acronym
            and 2 <= len(short.text) <= 5
            and after.is_cap
            and after.is_word
        )

    def _emit(self, toks: list[Tok], label: str, strength: int, **kw) -> int:
        # trailing punctuation and joiners never end a name (`Kementerian Haji dan`); a particle
        # written capitalised is a name's own word there (`SMAS Unggul Del`, `Kim Woo Bin`)
        while toks and (
            not toks[-1].is_word
            or toks[-1].lower in INNER_CONNECTORS
            and not (toks[-1].is_cap and toks[-1].lower in name_particles())
            or toks[-1].lower in HEADED_CONNECTORS
        ):
            toks = toks[:-1]
        if not toks:
            return -1
        text = span_text(self.norm, toks)
        if text.lower() in self.lex.nonentities or (len(toks) == 1 and particle_word(self.lex, toks[0].lower)):
            return -1
        if DESK_CODE.fullmatch(text):
            return -1  # `(T.C003)`: a wire's desk code closing the story, no name
        self.cands.append(Cand(toks[0].start, toks[-1].end, label, strength, text, **kw))
        return len(self.cands) - 1

    def _chunk(self, reg: Region, i: int, j: int, hint: str | None = None) -> None:
        toks, lex = reg.toks, self.lex
        # drop capitalised function words and non-entities at the front (`Sementara Putin`)
        while i < j:
            t = toks[i]
            k, _ = title_len(lex, toks, i)
            if k or (
                t.lower in head_first_words(lex)
                and (
                    match_phrase(toks, i, lex.org_start)
                    or match_phrase(toks, i, lex.loc_start) > 1
                    # `Istana Negara`: a place head opening a capitalised run names a place
                    or (match_phrase(toks, i, lex.loc_start) and j - i >= 2 and toks[i + 1].is_word)
                )
            ):
                break
            if self._opener_before_site(toks, i, j):
                i += 1  # `Kapasitas Bandara Sultan Aji Balikpapan pun …`: the sentence's first word
                continue
            if t.lower in lex.stopwords or t.lower in lex.nonentities or (t.lower,) in lex.cue_after:
                if j - i >= 2 and known_len(self.norm, toks, i, j):
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
        k, _ = title_len(lex, toks, i)
        if k and i + k == j and org_of(span_text(self.norm, toks[i:j])) is not None:
            # `perwakilan dari Kadin,`: a short form that is both a title and a listed body,
            # standing alone, names the body (a title goes on with the office or the person)
            self._emit(toks[i:j], "ORG", STRONG)
            return
        if k:
            role_runs.role_chunk(self, reg, i, i + k, j, hint=hint)
            return
        # `Showroom Honda Jalan Dewi Sartika`: a street head inside a run opens the address
        inner_street = next(
            (m for m in range(i + 1, j - 1) if toks[m].lower in STREET_HEADS and toks[m].is_cap and toks[m + 1].is_cap),
            None,
        )
        if (
            inner_street is None
            and j - i >= 3
            and not reg.titlecase
            # not an English-order name (`Surabaya Plaza Hotel`)
            and (toks[j - 1].lower,) not in lex.loc_start
            and toks[j - 1].lower not in lex.loc_end
        ):
            # `di Kampar Pasar Inpres Bangkinang`: a known place, then a site's head opening a name
            inner_street = next(
                (
                    m
                    for m in range(i + 1, j - 1)
                    if (toks[m].lower,) in lex.loc_start
                    and toks[m].lower not in gz.ADMIN_HEADS
                    and toks[m].is_cap
                    and toks[m + 1].is_cap
                    and not toks[m + 1].is_acronym
                    and not match_phrase(toks, i, lex.loc_start)  # `Taman Hutan Raya …` is one head
                    and place_of(span_text(self.norm, toks[i:m])) is not None
                ),
                None,
            )
        if inner_street is not None and not reg.titlecase:
            self._chunk(reg, i, inner_street, hint=hint)
            self._chunk(reg, inner_street, j, hint=hint)
            return
        if self._locality_then_unit(reg, i, j):
            return
        # a title inside the run starts a new person: `Polda Kaltim AKBP Harun Purwoko`
        headed = toks[i].lower in head_first_words(lex) and bool(
            match_phrase(toks, i, lex.org_start) or match_phrase(toks, i, lex.loc_start)
        )
        street = bool(match_phrase(toks, i, lex.loc_start))  # `Jalan Kapten Tendean`: named after a person
        title_firsts = title_first_words(lex)
        # a title word inside the head itself opens no person (`Direktorat Jenderal Pajak`)
        first = i + max(1, match_phrase(toks, i, lex.org_start)) if headed else i + 1
        for m in range(first, j - 1 if not street else i + 1):
            if toks[m].lower not in title_firsts:
                continue
            k, is_role = title_len(lex, toks, m)
            # `Kementerian Haji dan Umrah`: an honorific inside a headed name is part of the name
            if k and (headed and not is_role or m + k < j and not toks[m + k].is_cap):
                continue
            if k and m + k < j and toks[m].is_cap:
                rest = toks[m + k : j]
                # `Presiden` inside a run closes a body's name (`Sekretariat Presiden`), unless a
                # plain word that opens the sentence stands before it (`Hadir Presiden Prabowo …`)
                opener = (
                    m == i + 1 and not headed and toks[i].lower in lex.common and self._sentence_start(toks[i].start)
                )
                if not all(complement_word(lex, t) for t in rest) and (
                    toks[m].lower not in ("presiden", "negara") or opener and toks[m].lower == "presiden"
                ):
                    self._chunk(reg, i, m, hint=hint)
                    role_runs.role_chunk(self, reg, m, m + k, j, hint=hint)
                    return
                if k == 1 and headed and m > i and self._named_after_body(rest):
                    # `Sekretariat Presiden Ahmad Fauzi`: `Presiden` closes the body's name and
                    # a person the article names on his own follows
                    self._typed(reg, i, m + 1, hint=None)
                    self._emit(rest, "PER", STRONG)
                    return
        self._typed(reg, i, j, hint)

    def _opener_before_site(self, toks: list[Tok], i: int, j: int) -> bool:
        """A common word opening the sentence, then a site's head and its name: the word is
        capitalised only because the sentence starts there, and the place starts after it."""
        lex = self.lex
        return (
            j - i >= 3
            and toks[i].lower in lex.common
            and toks[i].lower not in head_first_words(lex)
            and toks[i + 1].is_cap
            and bool(match_phrase(toks, i + 1, lex.loc_start))
            and not match_phrase(toks, i, lex.org_start)
            and toks[i + 1].lower not in gz.ADMIN_HEADS
            and self._sentence_start(toks[i].start)
        )

    def _lower_opener(self, toks: list[Tok], i: int) -> bool:
        """The token at ``i`` opens a sentence, writers mostly put it in lower case, and a body's
        head follows it (`Lulusan Institut ...`, `Kemarin Badan ...`)."""
        if i + 1 >= len(toks) or not toks[i + 1].is_cap or toks[i].lower in head_first_words(self.lex):
            return False
        if not match_phrase(toks, i + 1, self.lex.org_start) or match_phrase(toks, i, self.lex.org_start):
            return False
        return lower_written(toks[i].lower) and self._sentence_start(toks[i].start)

    def _common_surname(self, run: list[Tok]) -> bool:
        """`Brigjen Eka Satri Bakti`, `Taat Pribadi`: a tagger person of two words or more whose
        last word only is a common word, one the article never writes in lower case, keeps it (a
        family name is often a common word; a phrase would show its words in lower case too)."""
        lex = self.lex
        return (
            len(run) >= 2
            and run[-1].lower in lex.common
            and run[-1].lower not in self.lower_words
            and not any(t.lower in lex.common for t in run[:-1])
        )

    def _sentence_start(self, at: int) -> bool:
        """Whether a sentence (or the text after a dateline's dash) opens at ``at``."""
        before = self.norm[max(0, at - 4) : at].rstrip(" ")
        return not before or before[-1] in '.!?\n"”-–—'

    def _named_after_body(self, rest: list[Tok]) -> bool:
        """``rest`` reads as a person's full name: two to four name words opening with a known
        given name or a word the article writes alone (`kata Bey`)."""
        first = rest[0].text if rest else ""
        return (
            2 <= len(rest) <= 4
            and name_like(self.lex, rest)
            and (first in self.lex.given or self.cap_alone.get(first, 0) > 0)
            and not any(place_of(t.text) or org_of(t.text) for t in rest)
        )

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
        while hint == "PER" and len(run) > 1 and run[-1].is_word and degree_word(run[-1].text):
            run = run[:-1]  # `Wali Kota Pekanbaru, Firdaus MT,`: a degree after the name is no word of it
        cut = self._headline_verb(run)
        if cut:
            # `Polda Metro Larang Takbir Keliling`: the name ends where the headline's verb starts
            self._typed(reg, i, i + cut, hint, inner)
            if cut + 1 < len(run):
                self._typed(reg, i + cut + 1, i + len(run), None, inner)
            return
        if run[0].lower in BUILDING_WORDS and len(run) > 2:
            # `Kantor Pusat Direktorat Jenderal Pajak`: the office building of an organisation
            # names the organisation; the building words are not part of its name
            x = 1 + (run[1].lower in BUILDING_QUALIFIERS)
            if x < len(run) - 1 and run[x].lower not in BUILDING_WORDS and match_phrase(run, x, lex.org_start):
                self._typed(reg, i + x, j, hint, inner)
                return
        text = span_text(norm, run)
        low = text.lower()
        if low in lex.nonentities or (len(run) == 1 and (run[0].lower in lex.stopwords)):
            return
        before = toks[i - 1].lower if i > 0 else ""
        before2 = toks[i - 2].lower if i > 1 else ""
        after = toks[j].lower if j < len(toks) else ""
        if age_follows(toks, j) and not reg.titlecase:
            # `Vatikan (27), pengendara asal Demak`: an age in brackets follows only a person
            self._emit(run, "PER", STRONG)
            return
        board = role_runs.party_bodies()
        if (before in board or before == ")" and before2 in board) and len(run) >= 2 and place_of(text) is None:
            # `Dewan Pimpinan Nasional (DPN) Tani Makmur`: what a party's board leads is an organisation
            self._emit(run, "ORG", STRONG)
            return
        if low in bare_bodies() and not reg.titlecase and not (j < len(toks) and ORDINAL.match(toks[j].text)):
            # `disahkan Kongres`, `kursi DPR dan Senat`: a chamber named bare (not `Kongres ke-5`)
            self._emit(run, "ORG", STRONG)
            return
        org = org_of(text)
        place = place_of(text)
        if org is not None:
            self._emit(run, "ORG", STRONG)
            return
        if place is not None and (place.kind != "district" or before in LOCATIVE or self._address_tail(toks, i, j)):
            self._emit(run, "LOC", STRONG, country=place.country)
            return
        if self._known_body_then_person(reg, run, i, j, hint, inner):
            return
        oh = head_len(run, lex.org_start)
        lh = head_len(run, lex.loc_start)
        if hint != "CUE" and (oh == len(run) or lh == len(run)):
            # a head alone: `Pengadilan Negeri (PN) Kendari` is a name, `Universitas` is not
            if oh == len(run) > 1:
                self._emit(run, "ORG", CONTEXT)
            elif lh == len(run) > 1 and not reg.titlecase and (before in LOCATIVE or before in SITE_FRAMES):
                # `di kompleks Istana Kepresidenan`, `ke Balai Kota`: a two-word site head written
                # capitalised where a place is named is the site itself
                self._emit(run, "LOC", CONTEXT)
            return
        if oh and len(run) > oh:
            self._emit_org(run, oh, STRONG)
            return
        if not oh and not lh and len(run) > 2:
            # `Asisten Administrasi Sekretariat Daerah Provinsi Jawa Tengah`: the organisation
            # starts at its head word
            cut = next(
                (
                    x
                    for x in range(1, len(run) - 1)
                    if match_phrase(run, x, lex.org_start)
                    and not run[x].is_acronym
                    # not inside a listed name (`Amerika Serikat Kim Darroch`: `Serikat` heads no body)
                    and not any(y + known_len(norm, run, y, len(run)) > x for y in range(max(0, x - 3), x))
                ),
                None,
            )
            while cut is not None and cut > 1 and run[cut - 1].is_acronym and (run[cut - 1].lower,) in lex.org_start:
                cut -= 1  # `Ketua DPD Partai Golkar`: a board named by acronym opens the body's name
            if cut is not None and (inner or not name_like(lex, run[:cut])):
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
            and (
                not (run[lh].lower in lex.complement or OFFICE_NOUN.match(run[lh].lower))
                # `Jalan Raya Bogor`, `Jalan Lintas Sumatera`: a street's name may open with a
                # common word when a name follows it; `Hotel Indonesia Kempinski`: a site's name
                # with a place in it
                or (
                    len(run) > lh + 1
                    and run[lh + 1].is_cap
                    and (
                        run[0].lower in STREET_HEADS
                        or (run[0].lower not in gz.ADMIN_HEADS and place_of(run[lh].text) is not None)
                    )
                )
                # `Lapas Perempuan Semarang`, `Masjid Raya Baiturrahman Banda Aceh`: a site's name
                # closing with the town it stands in is a name, whatever common word opens it
                or _site_closing_town(run, lh)
                # `Monumen Nasional, Jakarta Pusat`, `Monumen Nasional (Monas)`: a site head and a
                # common word, named where a place is or defined by a short form, is a name
                or (
                    len(run) == lh + 1
                    and not match_phrase(run, 0, lex.org_start)
                    and run[0].lower not in gz.ADMIN_HEADS
                    and j + 1 < len(toks)
                    and (toks[j].text == "(" or toks[j].text == "," and place_of(toks[j + 1].text) is not None)
                    and not is_sentence_start(toks, i)
                )
            )
        ):
            rest = span_text(norm, run[lh:])
            p = place_of(rest)
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
        ) and (not name_like(lex, run) or len(run) == 1):
            self._emit(run, "ORG", CONTEXT)
            return
        # `melaju melintasi Pekayon`: what a verb of passing through names is a place
        if (
            before in ROUTE_VERBS
            and len(run) <= 2
            and not any(t.is_acronym or t.lower in lex.common for t in run)
            and run[0].text not in lex.given  # `melewati Budi`: a person
            and not reg.titlecase
        ):
            self._emit(run, "LOC", WEAK)
            return
        # `tersangka berinisial AR`: a person's initials
        if before in ("inisial", "berinisial", "inisialnya") and len(run) == 1 and INITIALS.match(run[0].text):
            self._emit(run, "PER", CONTEXT)
            return
        cue = hint == "CUE" or (before,) in lex.cue_after or after in lex.cue_before
        if cue and not inner:
            if run[0].is_acronym and len(run) == 1:
                self._emit(run, "ORG", CONTEXT)
                return
            # `ucap Agung`: one common word the tagger reads as a person after a verb of saying
            # names one when the article never writes it in lower case and uses it alone again
            alone = (
                len(run) == 1
                and run[0].text.lower() not in self.lower_words
                and self.cap_alone.get(run[0].text, 0) >= 2
            )
            if name_like(lex, run, common_ok=hint == "PER" and (len(run) > 1 or alone)):
                self._emit(run, "PER", CONTEXT)
                return
        product = before in product_nouns() and toks[i - 1].text.islower()  # not `Astra Motor Henry`
        if hint == "PER" and product and not reg.titlecase:
            return  # `mobil Mitsubishi Pajero`, `kopi Bajawa`: a product or a work, not a person
        # the tagger's guess, unless it is a common word opening a sentence
        common_opener = (
            len(run) == 1
            and (run[0].lower in lex.common or run[0].text.lower() in self.lower_words)
            and is_sentence_start(toks, i)
        )
        # a tagger person must read as a name (not `Sentral`, `Family Office`, `I`)
        balinese = balinese_name(run)
        bad_person = hint == "PER" and (
            not name_like(lex, run, common_ok=balinese or _post_after(lex, toks, j, run) or self._common_surname(run))
            or (len(run[0].text) < 2 and not balinese)
            or any(c.isdigit() for t in run for c in t.text)
        )  # `#RushMoney2511`: a name has no digits
        if hint in ("PER", "ORG", "LOC") and run[0].is_cap and not common_opener and not bad_person:
            if (
                hint == "LOC"
                and len(run) >= 3
                and any(t.lower in PERSON_PARTICLES for t in run[1:-1])
                and name_like(lex, [t for t in run if t.is_cap])
            ):
                hint = "PER"  # `hingga Jovial da Lopez`: a name particle inside names a person, not a place
            elif hint == "PER" and before == "di" and len(run) == 1 and run[0].text in self.located:
                hint = "LOC"  # `tanah di Madina`: a single word after `di` is where, not who
            elif (
                hint == "PER"
                and len(run) <= 3
                and run[0].text not in lex.given
                and self._place_follows(toks, i)
                and (gz.town_abroad(text) or place is not None)
            ):
                # `di Khan Younis`: a town abroad the tagger took for a person; `ke Guntur,
                # Karangawen`: a listed district named where places are
                hint = "LOC"
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
                and not name_like(lex, run)
                and contraction(short, text)
                and looks_org(lex, text)
                and short.lower() not in lex.nonentities
            ):
                self._emit(run, "ORG", CONTEXT)
                return
        if inner and self._branch_of_acronym(run):
            # `Ketua PGRI Kendari`: an unlisted body's acronym and the region of its branch, in
            # a person's office words, name the body (as `KPU Bandung` does)
            self._emit(run, "ORG", CONTEXT)
            return
        # nothing typed the whole run: look for known names inside it
        if len(run) > 1 and any(t.lower in event_heads() for t in run[:-1]):
            self._scan_known(run, places=False)  # `Festival Film Indonesia`: an event's name
            return
        if self._scan_known(run, located=before in ("di", "ke", "dari") and not reg.titlecase and not inner):
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
        if product:
            return
        if 2 <= len(run) <= 4 and name_like(lex, run) and (not is_sentence_start(toks, i) or run[0].text in lex.given):
            self._emit(run, "PER", WEAK)
            return
        if 2 <= len(run) <= 4 and name_like(lex, run) and after in lex.cue_before:
            self._emit(run, "PER", WEAK)
            return
        if len(run) <= 4 and not is_sentence_start(toks, i) and after != "/":
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
        if run[0].lower in COMPANY_FORMS:
            first = max(first, oh)  # `PT First Travel`: a company form never stands alone
        for x in range(first, len(run) - 1):
            rest = run[x + 1 :]
            if len(rest) > 1 and not run[x].text[:1].isupper():
                # `Balai Besar Pengawas Obat dan | Makanan Bandarlampung`: after the body's own
                # `dan` come more words of its field, not a person (a lone letter, `Kemensos dan
                # K/L`, is no name either way: the body is cut before it)
                continue
            if not name_like(lex, rest) or not (run[x].is_acronym or x < oh or strong_complement(lex, run[x])):
                continue
            if any(place_of(t.text) or org_of(t.text) for t in rest):
                continue
            if len(rest) == 1 and run[x].lower in REGIONAL_OFFICES:
                continue  # `Satreskrim Polres Polman`: the word after a regional office is its region
            whole = span_text(self.norm, rest)
            if place_of(whole) or org_of(whole):
                continue  # `Departemen Kepolisian New York`: the body's city, not a person
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

    def _scan_known(self, run: list[Tok], located: bool = False, places: bool = True) -> bool:
        """Longest gazetteer matches inside a run (`Kim Jong Un Undang Putin ke Korea Utara`).
        ``located`` (the run follows `di`/`ke`/`dari`): unknown words right before the first known
        place are a smaller place in it (`di Cilincing Jakut`). ``places``: False inside an event's
        name, where only organisations count."""
        found = False
        i, n, longest = 0, len(run), min(gz.max_words(), 6)
        # `Hotman Paris Hutapea`: a city abroad wedged between two plain name words is part of a name
        person = n >= 3 and name_like(self.lex, run) and not place_of(run[0].text) and not place_of(run[-1].text)
        named = self._named_after_town(run) if located else None
        if named is not None:
            self._emit(run, "LOC", CONTEXT, country=named.country)
            return True
        while i < n:
            if (
                located
                and 0 < i <= 2
                and not found
                and (p := self._place_at(run, i)) is not None
                and self._plain(run[:i])
            ):
                self._emit(run[:i], "LOC", WEAK, country=p.country)
            hit = 0
            for k in range(min(longest, n - i), 0, -1):
                text = span_text(self.norm, run[i : i + k])
                org = org_of(text)
                place = place_of(text)
                if org is not None:
                    self._emit(run[i : i + k], "ORG", CONTEXT)
                    hit = k
                    break
                if place is not None and place.kind != "district":
                    if not places or (person and i > 0 and i + k < n and place.country != "ID"):
                        break
                    self._emit(run[i : i + k], "LOC", CONTEXT, country=place.country)
                    hit = k
                    break
            found |= bool(hit)
            i += hit or 1
        return found

    def _plain(self, toks: list[Tok]) -> bool:
        """Capitalised words no list knows: no acronym, common word, head of a body or a site."""
        return all(
            t.is_word
            and t.is_cap
            and not t.is_acronym
            and t.lower not in self.lex.common
            and (t.lower,) not in self.lex.org_start
            and (t.lower,) not in self.lex.loc_start
            and t.lower not in facility_heads()
            for t in toks
        )

    def _named_after_town(self, run: list[Tok]) -> gz.Place | None:
        """`di Lebak Bulus`, `ke Batang Ayumi Julu`: after `di`/`ke`/`dari`, a known town (not a
        province or a country) followed by plain capitalised words that name no place of their own is
        one smaller place sharing the town's word, not the town and a person; the town, or None."""
        if not 2 <= len(run) <= 3:
            return None
        p = place_of(run[0].text)
        if p is None or p.kind not in _TOWN_KINDS:
            return None
        rest = run[1:]
        if not self._plain(rest) or any(self._place_at(run, k) is not None for k in range(1, len(run))):
            return None
        return p

    def _branch_of_acronym(self, run: list[Tok]) -> bool:
        """An acronym that no list knows, then a known region (not a country): a body's branch."""
        if len(run) < 2 or not run[0].is_acronym or len(run[0].text) < 3 or not run[0].text.isalpha():
            return False
        acr = run[0]
        ranks, _corps = rank_lists()
        if org_of(acr.text) or place_of(acr.text) or acr.lower in ranks or acr.lower in title_first_words(self.lex):
            return False
        p = place_of(span_text(self.norm, run[1:]))
        return p is not None and p.kind not in ("district", "country")

    def _address_tail(self, toks: list[Tok], i: int, j: int) -> bool:
        """`RSUD Damanhuri, Barabai.`: a name closing an address after a site or a body's name
        (a capitalised run opened by a head word, then a comma) and closing the clause."""
        if i < 2 or toks[i - 1].text != "," or not toks[i - 2].is_cap:
            return False
        if j < len(toks) and toks[j].text not in (".", ",", ";", ")"):
            return False
        k = i - 2
        # back over the name, its numbers included (`SMA Negeri 72 Jakarta, Kelapa Gading.`)
        while k > 0 and (toks[k - 1].is_cap or toks[k - 1].text.isdigit()) and i - k < 6:
            k -= 1
        return bool(match_phrase(toks, k, self.lex.loc_start) or match_phrase(toks, k, self.lex.org_start))

    def _place_follows(self, toks: list[Tok], i: int) -> bool:
        """``toks[i]`` stands where a place is named: after `di`/`ke`/`dari`/`menuju`, where one comes
        from or was born (`asal`, `kelahiran`), or next in a list (`, ` or `dan`) right after a place
        the rules found."""
        before = toks[i - 1].lower if i > 0 else ""
        if before in ("di", "ke", "dari", "menuju", "asal", "kelahiran"):
            return True
        if before in ("dan", ",", "serta") and self.cands and i > 1:
            # any place found there, by the rules or from another tagger span (in either order)
            end = toks[i - 2].end
            return any(c.label == "LOC" and c.end == end for c in reversed(self.cands))
        return False

    def _known_body_then_person(
        self, reg: Region, run: list[Tok], i: int, j: int, hint: str | None, inner: bool
    ) -> bool:
        """`Juru bicara Kemlu Rolliansyah Soemirat`: a listed organisation's short name (`Kemlu`,
        `Kemenlu`, `BNPB`) opening a run, then a full person's name: two entities."""
        if len(run) < 3 or reg.titlecase:
            return False
        k = next((k for k in range(min(4, len(run) - 2), 0, -1) if org_of(span_text(self.norm, run[:k]))), 0)
        if not k:
            return False
        rest = run[k:]
        if len(rest) > 4 or not name_like(self.lex, rest) or any(place_of(t.text) or org_of(t.text) for t in rest):
            return False
        self._emit(run[:k], "ORG", STRONG)
        self._emit(rest, "PER", CONTEXT)
        return True

    def _headline_verb(self, run: list[Tok]) -> int:
        """Index of a headline verb (data/headline_verbs.txt) inside a run that opens with a head
        word or a listed name; 0 when there is none."""
        verbs = headline_verbs()
        cut = next((x for x in range(1, len(run)) if run[x].lower in verbs and run[x].is_cap), 0)
        if not cut:
            return 0
        lex = self.lex
        opened = (
            head_len(run, lex.org_start)
            or head_len(run, lex.loc_start)
            or org_of(run[0].text)
            or place_of(run[0].text)
            or known_len(self.norm, run, 0, cut)
        )
        return cut if opened else 0

    def _place_run(self, run: list[Tok]) -> bool:
        """The whole run is a known place and no organisation."""
        text = span_text(self.norm, run)
        return place_of(text) is not None and org_of(text) is None

    def _locality_then_unit(self, reg: Region, i: int, j: int) -> bool:
        """`wilayah Pintu Angin Arousuka Kabupaten Solok`: after a word of place, one to three
        capitalised words no list knows, then an administrative unit's name, are a locality in
        that unit: two places (emitted here; True), not one name or the unit alone."""
        toks, lex = reg.toks, self.lex
        if reg.titlecase or i == 0 or toks[i - 1].lower not in LOCATIVE or j - i < 3:
            return False
        cut = next(
            (m for m in range(i + 1, min(j - 1, i + 4)) if toks[m].lower in gz.ADMIN_HEADS and toks[m + 1].is_cap),
            None,
        )
        if cut is None:
            return False
        lead = toks[i:cut]
        if not all(t.is_word and t.is_cap and not t.is_acronym for t in lead):
            return False
        if any((t.lower,) in lex.org_start or (t.lower,) in lex.loc_start or t.lower in lex.stopwords for t in lead):
            return False
        if all(t.lower in lex.common for t in lead) or place_of(span_text(self.norm, lead)) is not None:
            return False  # `di wilayah Barat Kabupaten X`; a known place before the unit is left as it was
        self._emit(lead, "LOC", WEAK)
        self._chunk(reg, cut, j)
        return True

    def _place_at(self, run: list[Tok], i: int) -> gz.Place | None:
        """A known place (not a district) that starts at ``run[i]``."""
        for k in range(min(4, len(run) - i), 0, -1):
            p = place_of(span_text(self.norm, run[i : i + k]))
            if p is not None and p.kind != "district":
                return p
        return None


def _site_closing_town(run: list[Tok], lh: int) -> bool:
    """A site's head (not an administrative unit's), then capitalised words closing with a
    town, regency or province (one word or two): the site's full name."""
    if run[0].lower in gz.ADMIN_HEADS or len(run) < lh + 2 or not all(t.is_cap for t in run[lh:]):
        return False
    for n in (1, 2):
        if len(run) - n > lh:
            p = place_of(" ".join(t.text for t in run[-n:]))
            if p is not None and p.kind in ("city", "regency", "province"):
                return True
    return False


def _bracketed_short_form(toks: list[Tok], j: int) -> bool:
    """``toks[j:j+3]`` is a short form in brackets (`(OJK)`, `(Persero)`) with a capitalised word after it."""
    return (
        j + 3 < len(toks)
        and toks[j].text == "("
        and toks[j + 1].is_word
        and toks[j + 1].text[:1].isupper()
        and toks[j + 2].text == ")"
        and toks[j + 3].is_cap
    )


def _initials_before(toks: list[Tok], a: int) -> int:
    """`M. Fanshurullah Asa`: a person's span that the tagger opens after an initial and its dot
    starts at the initial."""
    while a >= 2 and toks[a - 1].text == "." and is_initials(toks[a - 2].text) and toks[a - 2].is_cap:
        if a >= 3 and toks[a - 3].text in (".", "!", "?"):
            break
        a -= 2
    return a


def _post_after(lex, toks: list[Tok], j: int, run: list[Tok]) -> bool:
    """`oleh Maya Hari, Managing Director Twitter …`: a name of two words or more set off by a
    comma right before a post names a person, even when its last word is also a common word."""
    return len(run) >= 2 and j + 1 < len(toks) and toks[j].text == "," and bool(title_len(lex, toks, j + 1)[0])
