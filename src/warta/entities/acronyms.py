"""Acronym definitions: `Badan Pusat Statistik (BPS)`, `BPS (Badan Pusat Statistik)` and a name
with a list inside (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`): the acronym joins
the name it abbreviates. Works on the candidates of :mod:`warta.entities.candidates`."""

from __future__ import annotations

import re
from dataclasses import replace

from warta.document.model import Entity
from warta.entities.gazetteer import country_of, known_place, place
from warta.entities.patterns import Lexicon, Tok, lexicon, match_phrase
from warta.entities.spans import CONTEXT, STRONG, UNTYPED, Cand, Region
from warta.entities.words import contraction, looks_org, span_text


def acronym_definitions(norm: str, regions: list[Region], cands: list[Cand]) -> list[Cand]:
    """`Badan Pusat Statistik (BPS)` and `BPS (Badan Pusat Statistik)`: the acronym joins the name."""
    by_end = {c.end: i for i, c in enumerate(cands)}
    by_start = {c.start: i for i, c in enumerate(cands)}
    out = []
    lex = lexicon()
    for reg in regions:
        toks = reg.toks
        for p, t in enumerate(toks):
            if t.text != "(":
                continue
            q = p + 1
            while q < len(toks) and toks[q].text != ")" and q - p <= 8:
                q += 1
            if q >= len(toks) or toks[q].text != ")" or q == p + 1:
                continue
            inner = toks[p + 1 : q]
            # `Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`: one name with its commas;
            # `Divisi Profesi dan Pengamanan (Divpropam)`: the short form spells words on both
            # sides of the body's own `dan`, so the name runs back over it
            first = _listed_name(toks, p, inner)
            if first is None:
                first = _joined_name(lex, norm, toks, p, inner)
            if first is not None:
                full = Cand(toks[first].start, toks[p - 1].end, "ORG", STRONG + 1, span_text(norm, toks[first:p]))
                out += _defined(full, inner[0])
                continue
            spelled = _spelled_out(norm, toks, p, inner)
            if spelled is not None and _place_in_body(lex, norm, spelled, cands):
                # `Koordinator Masyarakat Anti Korupsi Indonesia (MAKI)`: the words whose initials
                # spell the acronym are the body's name, even when a post runs into them
                a, b = spelled if _a_place(norm, spelled, cands) else _with_head(lex, norm, toks, spelled)
                label = "LOC" if _site_name(lex, norm[a:b].split()) else "ORG"
                out += _defined(Cand(a, b, label, STRONG + 1, norm[a:b]), inner[0])
                continue
            # `Full Name (ACR)`
            if (
                p > 0
                and toks[p - 1].end in by_end
                and len(inner) <= 3
                and inner[0].is_acronym
                or (
                    p > 0
                    and toks[p - 1].end in by_end
                    and len(inner) == 1
                    and contraction(inner[0].text, cands[by_end[toks[p - 1].end]].text)
                    and inner[0].is_cap
                    and inner[0].text[0].isupper()
                    and inner[0].lower not in lex.stopwords
                )
            ):
                src = cands[by_end[toks[p - 1].end]]
                # the name must be the whole capitalised run before the bracket (not `China` of
                # `Kereta Cepat Indonesia China (KCIC)`)
                first = reg.index_at(src.start)
                first = first if first is not None and first < p else None
                if (
                    first is None
                    or first > 0
                    and toks[first - 1].is_cap
                    and toks[first - 1].is_word
                    and src.label == "LOC"
                ):
                    continue
                if src.label == UNTYPED:
                    if (
                        len(inner) == 1
                        and not inner[0].text.isupper()
                        and contraction(inner[0].text, src.text)
                        and looks_org(lex, src.text)
                    ):
                        src.label, src.strength = "ORG", CONTEXT
                    else:
                        continue
                if all(x.is_word and x.is_cap for x in inner) and src.label in ("ORG", "PER", "LOC"):
                    text = span_text(norm, inner)
                    # `Bradley Smith (KTM Racing)`, `Isak Jenie (JAS Kapital)`: a person's short form is
                    # one word; an acronym opening more words is the person's body
                    if text.lower() not in lex.nonentities and not (
                        src.label == "PER"
                        and (not inner[0].is_acronym or len(inner) > 1)
                        and not contraction(text, src.text)
                    ):
                        out.append(
                            Cand(
                                inner[0].start,
                                inner[-1].end,
                                src.label,
                                STRONG + 1,
                                text,
                                acronym_of=(src.start, src.end),
                                country=src.country,
                            )
                        )
                continue
            # `ACR (Full Name)`
            if p > 0 and toks[p - 1].is_acronym and inner[0].start in by_start:
                full = cands[by_start[inner[0].start]]
                acr = toks[p - 1]
                if full.end == inner[-1].end and full.label in ("ORG", "PER") and contraction(acr.text, full.text):
                    out.append(
                        Cand(
                            acr.start,
                            acr.end,
                            full.label,
                            STRONG + 1,
                            acr.text,
                            acronym_of=(full.start, full.end),
                            country=full.country,
                        )
                    )
    return out


def _defined(full: Cand, acr: Tok) -> list[Cand]:
    """A long name and the short form in brackets after it, which abbreviates it."""
    return [full, Cand(acr.start, acr.end, full.label, STRONG + 1, acr.text, acronym_of=(full.start, full.end))]


def _listed_name(toks: list[Tok], p: int, inner: list[Tok]) -> int | None:
    """The first token of a name with a list inside (`Badan Meteorologi, Klimatologi, dan
    Geofisika`) right before the bracket at ``p`` whose acronym (``inner``) its initials spell."""
    if len(inner) != 1 or not inner[0].is_acronym or p < 5:
        return None
    acr = inner[0].text.upper()
    k = p - 1
    initials: list[str] = []
    saw_list = False
    while k >= 0 and p - k <= 12:
        t = toks[k]
        if t.is_word and t.is_cap:
            initials.insert(0, t.text[0].upper())
        elif t.lower in ("dan", "&") or t.text == ",":
            saw_list = True
        else:
            break
        k -= 1
    first = k + 1
    while first < p and not (toks[first].is_word and toks[first].is_cap):
        first += 1
    extra = len(initials) - len(acr)
    if extra > 0 and "".join(initials[extra:]) == acr:
        # capitalised words before the name are not in it (`Kepala Dinas Ketahanan Pangan, …`)
        initials = initials[extra:]
        while extra and first < p:
            extra -= toks[first].is_word and toks[first].is_cap
            first += 1
        while first < p and not (toks[first].is_word and toks[first].is_cap):
            first += 1
    if not saw_list or first >= p or "".join(initials) != acr or len(initials) < 3:
        return None
    # the list must open with the name's head (`Badan …`), not with a list of separate names
    if not any(toks[j].text == "," for j in range(first, p)) or toks[first + 1].text == ",":
        return None
    return first


def _site_name(lex: Lexicon, words: list[str]) -> bool:
    """A spelled-out name that opens with a place's head or closes with a site's word and with
    no body's (`Jakarta International Stadium (JIS)`, `Gelora Bung Karno (GBK)`) names a site."""
    first, last = (words[0].lower(),), words[-1].lower()
    if first in lex.org_start or last in lex.org_end:
        return False
    return first in lex.loc_start or last in lex.loc_end


def _a_place(norm: str, span: tuple[int, int], cands: list[Cand]) -> bool:
    """The spelled words name a place (`Daerah Istimewa Yogyakarta (DIY)`, `Ibu Kota Nusantara
    (IKN)`): a body's head before them is the body there, and the acronym is the place's."""
    a, b = span
    return known_place(norm[a:b]) or any(c.label == "LOC" and (c.start, c.end) == span for c in cands)


def _with_head(lex: Lexicon, norm: str, toks: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
    """`Satuan Kerja | Pembangunan Jalan Nasional (PJN)`: a body's head word(s) opening the
    capitalised run right before the spelled words belong to the name the acronym leaves out."""
    a, b = span
    k = next(i for i, t in enumerate(toks) if t.start == a)
    for n in (2, 1):
        h = k - n
        if h < 0 or norm[toks[k - 1].end : a] != " ":
            continue
        opens = not (h > 0 and toks[h - 1].is_cap and toks[h - 1].is_word)
        if opens and all(t.is_cap for t in toks[h:k]) and match_phrase(toks, h, lex.org_start) == n:
            return toks[h].start, b
    return span


def _place_in_body(lex: Lexicon, norm: str, span: tuple[int, int], cands: list[Cand]) -> bool:
    """A spelled-out name that a candidate reads as a place inside (`Indonesia Corruption Watch
    (ICW)`) or as this very body, that opens or closes like a body, or that nothing read and that
    ends in a country (`Masyarakat Anti Korupsi Indonesia (MAKI)`); never one a candidate reads as
    a person (`Susilo Bambang Yudhoyono (SBY)`)."""
    a, b = span
    inside = [c for c in cands if a <= c.start and c.end <= b]
    if any(c.label == "PER" for c in inside):
        return False
    words = norm[a:b].split()
    return (
        any(c.start == a and c.end == b and c.label == "ORG" for c in inside)  # made to outweigh the place
        or any(c.label == "LOC" and (c.start == a or c.end == b) for c in inside)
        or words[0].lower() in lex.org_start
        or words[-1].lower() in lex.org_end
        or len(words) >= 3
        and not inside
        and country_of(words[-1]) is not None
    )


_LINKS = frozenset(("dan", "of", "for", "the", "and", "&"))
# words joining the parts of one body's name (`Kementerian Hukum dan HAM`, `Ernst & Young`)
_JOINS = _LINKS - {"the"}


def _joined_name(lex: Lexicon, norm: str, toks: list[Tok], p: int, inner: list[Tok]) -> int | None:
    """The first token of a body's name with a joining word inside, right before its short form at
    ``p`` (`PT Bank Pembangunan Daerah Jawa Barat dan Banten (BJB)`, `Kementerian Hukum dan HAM
    (Kemenkumham)`), when the short form's letters run through words before the join and cannot
    come from the words after it alone: the rules' runs stop at `dan`, and the part after it is
    often a name of its own (`Banten`), so the short form is what says the name is one."""
    acr = inner[0].text if len(inner) == 1 else ""
    if len(acr) < 3 or not acr.isalpha() or not acr[0].isupper():
        return None
    starts: list[int] = []
    join = None
    k = p - 1
    while k >= 0 and p - k <= 12 and not norm[toks[k].end : toks[k + 1].start].strip():
        t = toks[k]
        if t.lower in _JOINS and not t.text[:1].isupper():
            if join is None:
                join = k
        elif not (t.is_word and t.text[:1].isupper()):
            break
        elif join is not None and contraction(acr, norm[t.start : toks[p - 1].end]):
            starts.append(k)
        k -= 1
    if join is None or join == p - 1 or contraction(acr, norm[toks[join + 1].start : toks[p - 1].end]):
        return None
    headed = [k for k in starts if match_phrase(toks, k, lex.org_start)]
    if headed:
        k = headed[-1]  # the longest name that opens with a body's head (`Kantor …`, `PT …`)
    elif starts and starts[-1] == k + 1:
        # the whole capitalised run is spelled, and its short form is written as a word
        # (`Divisi Profesi dan Pengamanan (Divpropam)`) or its first part ends with a body's
        # closing word (`Economic Research Institute for ASEAN …`); not `Tim Monitoring dan
        # Evaluasi (Monev)`, `Activity of Daily Living (ADL)`
        k = starts[-1]
        first_join = next(j for j in range(k, p) if toks[j].lower in _JOINS)
        if acr.isupper() and toks[first_join - 1].lower not in lex.org_end:
            return None
    else:
        return None
    if (toks[k].lower,) in lex.roles or (toks[k].lower,) in lex.honorifics:
        return None  # `Menteri Hukum dan HAM (Menkumham)`: a post, not a body
    before = toks[k - 1] if k else None
    if before is not None and before.is_acronym and match_phrase(toks, k - 1, lex.org_start) == 1:
        k -= 1  # `PT | Bank …`: a company's form before the spelled words (not `Kantor`, its building)
    return k


def _spelled_out(norm: str, toks: list[Tok], p: int, inner: list[Tok]) -> tuple[int, int] | None:
    """The capitalised words right before `(ACR)` whose initials are exactly the acronym's letters
    (`Indonesia Corruption Watch (ICW)`, not `Divisi Hukum … Indonesia Corruption Watch`)."""
    if len(inner) != 1 or not inner[0].is_acronym or not inner[0].text.isalpha() or not 3 <= len(inner[0].text) <= 8:
        return None
    letters = inner[0].text.lower()
    initials: list[str] = []
    k = p - 1
    while k >= 0 and len(initials) < len(letters):
        t = toks[k]
        if not t.is_word or norm[t.end : toks[k + 1].start].strip():
            return None  # punctuation, or a line break in the run
        if t.lower in _LINKS and initials:
            k -= 1
            continue
        if not t.text[:1].isupper() or t.is_acronym:
            return None
        initials.append(t.lower[0])
        k -= 1
    if "".join(reversed(initials)) != letters or toks[k + 1].lower in _LINKS:
        return None
    return toks[k + 1].start, toks[p - 1].end


_BRACKETED_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _fits(acronym: str, names: list[str]) -> bool:
    """``acronym`` may abbreviate one of ``names``: its first letter is an initial of the name, or of
    a head word left out of it (`Jalan Tol Trans Sumatera` … `JTSS`), and its letters stand in the
    name in order (`Nusa Tenggara Timur` … `NTT`, `Korea Selatan` … `Korsel`)."""
    for name in names:
        initials = [p[0].upper() for w in name.split() for p in w.split("-") if p]
        for a in (acronym, acronym[1:]):
            letters = iter(name.upper())
            if a and a[0] in initials and all(c in letters for c in a):
                return True
    return False


def detach_unfit_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """A place's or a person's mention that is an acronym written in brackets right after one of its
    names, whose letters do not fit any of its names and which no place list gives as this place's
    short form, abbreviates something else written before the bracket: a body (`federasi sepak bola
    Italia (FIGC)`, `asosiasi pemain profesional Indonesia (APPI)`), a currency (`dolar Australia
    (AUD)`), a team (`Oliver Rowland (DAMS)`). Its mentions leave the entity (and an entity left with
    none goes); a place no list knows is left whole; an acronym that fits stays (`Negara Kesatuan Republik Indonesia (NKRI)`, `Agus
    Harimurti Yudhoyono (AHY)`)."""
    out = []
    for e in entities:
        # a place no list knows may be a misread body (`Perguruan Tinggi (PPKPT)`): the acronym is
        # then the body's, and the whole entity is the error, so it is left as it is
        if e.label not in ("LOC", "PER") or (e.label == "LOC" and place(e.canonical) is None):
            out.append(e)
            continue
        names = [m.text for m in e.mentions if not _BRACKETED_ACRONYM.fullmatch(m.text)] + [e.canonical]
        unfit = set()
        for m in e.mentions:
            a = m.text
            if a in unfit or not _BRACKETED_ACRONYM.fullmatch(a) or a == e.canonical:
                continue
            bracketed = text[max(0, m.start - 2) : m.start] in (" (", "(") and text[m.end : m.end + 1] == ")"
            if not bracketed or _fits(a, names):
                continue
            listed = place(a)
            if listed is None or listed.canonical != e.canonical:
                unfit.add(a)
        if unfit:
            e = replace(e, mentions=[m for m in e.mentions if m.text not in unfit])
            if not e.mentions:
                continue
        out.append(e)
    return out
