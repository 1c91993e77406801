"""Role + organisation + name runs: `Kepala Otorita IKN Basuki Hadimuljono`, `Kasubdit Harda
Ditreskrimum Polda Kaltim AKBP Harun Purwoko`, `Ketua Dewan Ekonomi Nasional (DEN), Luhut Binsar
Pandjaitan`. Title words, then office words (which may name organisations and places), then
maybe the person, whose role the title and office words are."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.entities.gazetteer import country_of
from warta.entities.patterns import Tok, is_initials, match_phrase
from warta.entities.ranks import rank_lists
from warta.entities.spans import STRONG, Region
from warta.entities.words import (
    ORDINAL,
    REGIONAL_OFFICES,
    complement_word,
    full_body_len,
    known_len,
    listed_body,
    month_first_name,
    month_words,
    name_like,
    org_of,
    place_of,
    span_text,
    strong_complement,
    title_len,
    weak_complement,
)
from warta.resources import word_lists, word_set

if TYPE_CHECKING:
    from warta.entities.candidates import Extractor

_CONNECTORS = frozenset(("dan", "serta", "&", "atau"))
# words after which a post names its field (`Deputi Bidang Protokol`), never a person
_FIELD_WORDS = frozenset(("bidang", "urusan"))
# a lower-case word closing a sentence inside a title run (`tersangka. Kapolres Bogor`): what
# comes before it is the sentence before (capitalised abbreviations, `Prov.`, are not matched)
_SENTENCE_BEFORE = re.compile(r".*(?:^|\s)[a-z]{2,}[.!?]\s+(?=[A-Z])")
ROLE_TAIL = re.compile(r"(\s+(dan|di|untuk|&|/))+$|[\s,/(]+$")


def _plain_name_word(ex: Extractor, t: Tok) -> bool:
    """A capitalised word that can only be part of a person's name here: no office, head, place,
    organisation or common word."""
    lex = ex.lex
    return (
        t.is_cap
        and t.is_word
        and not t.is_acronym
        and t.lower not in lex.common
        and not complement_word(lex, t)
        and (t.lower,) not in lex.org_start
        and (t.lower,) not in lex.loc_start
        and not title_len(lex, [t], 0)[0]
        and place_of(t.text) is None
        and org_of(t.text) is None
    )


def _initials_before(ex: Extractor, t: Tok) -> bool:
    """Two capitals that no list knows (`ST`, `HM`): a person's initials, not a body."""
    return _bare_capitals(ex.lex, t)


def _bare_capitals(lex, t: Tok) -> bool:
    """Two capitals no list knows as a body, a place or a common word."""
    return (
        len(t.text) == 2
        and t.text.isalpha()
        and t.text.isupper()
        and org_of(t.text) is None
        and place_of(t.text) is None
        and t.lower not in lex.nonentities
    )


def _body_word_of_article(ex: Extractor, t: Tok) -> bool:
    """``t`` opens an organisation's name the article wrote before (`Indikator Politik Indonesia`
    … `Direktur Eksekutif Indikator Burhanuddin`) and is no given name."""
    if not t.is_cap or t.text in ex.lex.given:
        return False
    return any(c.label == "ORG" and c.text.split(" ", 1)[0] == t.text for c in ex.cands if c.end <= t.start)


def party_bodies() -> frozenset[str]:
    """Boards of parties and mass organisations (`DPP`, `DPN`): what follows names the organisation."""
    return word_set("warta.entities", "party_bodies.txt", lower=True)


def _first_name_not_district(before: Tok, word: Tok) -> bool:
    """``word`` reads as a district only by the lists, but follows a place of another country:
    a district of Indonesia does not follow a foreign country's name, a person's first name does."""
    a, b = place_of(before.text), place_of(word.text)
    return a is not None and b is not None and b.kind == "district" and a.country != b.country


_FORMER = frozenset(("mantan", "eks", "almarhum", "mendiang"))


def _body_openers() -> frozenset[str]:
    """Words that open a body's name and need a name after them (data/body_openers.txt)."""
    return word_set("warta.entities", "body_openers.txt", lower=True)


def _name_finals() -> frozenset[str]:
    """Common words that may close a person's name after a title (data/name_final_words.txt)."""
    return word_set("warta.entities", "name_final_words.txt", lower=True)


_PARTICLES = frozenset(("bin", "binti", "van", "von", "da", "dos", "de", "al", "el"))


def _names_a_party(role: str) -> bool:
    """`kuasa hukum terdakwa Axel …`: a post closing with a standing in a case (roles.json
    `legal_status`) is someone else's, toward the one named; that one is the party."""
    last = role.split()[-1:]
    return bool(last) and last[0].lower() in word_lists("warta.entities", "roles.json")["legal_status"]


def _name_like(lex, toks: list[Tok], common_ok: bool = False) -> bool:
    """``name_like``, with a family particle inside the name read past (`Faisal bin Farhan`,
    `Mohammed bin Salman`): after a title the run is a person's name with its particle."""
    if name_like(lex, toks, common_ok=common_ok):
        return True
    inner = [
        t
        for x, t in enumerate(toks)
        if not (0 < x < len(toks) - 1 and t.lower in _PARTICLES and t.text.islower())
        and not _title_in_name(lex, toks, x)
    ]
    # (`Ketua DPRD Banten Fahmi Hakim`: a name's title word may close the name, one word before it)
    if len(inner) < len(toks) and len(inner) >= 1 and name_like(lex, inner, common_ok=common_ok):
        return True
    # `Menko Polhukam Mahfud MD`: two capitals no list knows close the name
    return len(toks) >= 2 and _initials_after(lex, toks[-1], toks[-2]) and name_like(lex, toks[:-1])


# (read by ``before`` too: the roles readers import no span finder, since ``candidates`` imports this module)
WEEKDAYS = frozenset(("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"))
_NOT_AFTER_NAME = frozenset(("lalu", "ini", "itu", "mendatang", "kemarin", "nanti", "tahun", "depan", "silam", "nanti"))


def _month_closes(ex: Extractor, toks: list[Tok], name: list[Tok], j: int) -> bool:
    """`mantan Kepala Dinas PUPR Kota Padangsidimpuan Ahmad Juni sebesar …`: a month's name closes
    a person's name that opens with a known given name, when no date goes on after it (a number,
    `lalu`, `mendatang`)."""
    if len(name) < 2 or name[-1].lower not in month_words() or name[0].text not in ex.lex.given:
        return False
    if j < len(toks) and (toks[j].text[:1].isdigit() or toks[j].lower in _NOT_AFTER_NAME):
        return False
    return name_like(ex.lex, name[:-1])


_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _initials_after(lex, t: Tok, before: Tok) -> bool:
    """Two capitals that close a name (`MD`), not a known body, place or degree; or a king's or a
    pope's numeral after a known given name (`Charles III`, `Leo XIV`; not `Subdirektorat II`)."""
    if _REGNAL.fullmatch(t.text):
        return before.text in lex.given
    return _bare_capitals(lex, t) and not _degree(t)


def _rank_opens_name(ex: Extractor, toks: list[Tok], m: int, j: int) -> int | None:
    """Where the name starts after a police or military rank inside the office words (the rank's
    end), when the words after it read as a name; else None."""
    ranks = rank_lists()[0]
    for x in range(m + 1, j - 1):
        if toks[x].lower in _CONNECTORS and title_len(ex.lex, toks, x + 1)[0] and toks[x + 1].lower not in ranks:
            # `Kapolres Bogor AKBP Rudi dan Dandim Bogor Letkol Andi`: a second post opens after the
            # connector; the rank after it is the second person's, not the end of one office
            return None
        n = title_len(ex.lex, toks, x)[0]
        if toks[x].lower in ranks and n and x + n < j and _name_like(ex.lex, toks[x + n : j]):
            return x + n
    return None


def _title_in_name(lex, toks: list[Tok], x: int) -> bool:
    """``toks[x]`` is a title word that is also a name's (`Hakim`) right after a known given name
    (`Abdul Hakim Mahfudz`): part of the name (data/name_titles.txt)."""
    return (
        x > 0
        and toks[x].lower in word_set("warta.entities", "name_titles.txt", lower=True)
        and toks[x - 1].is_cap
        and (toks[x - 1].text in lex.given or _unknown_word(lex, toks[x - 1]))
    )


def _name_title_after_office(lex, toks: list[Tok], k: int, m: int, j: int) -> bool:
    """``toks[m]`` is a title word that is also a name's (`Ratu`, `Raja`; data/name_titles.txt) after
    the office's own words and before a name (`Wali Kota Palembang Ratu Dewa`): no king or queen
    holds a town's office, so the word opens the holder's name, not a second title."""
    return (
        m > k
        and toks[m].lower in word_set("warta.entities", "name_titles.txt", lower=True)
        and not title_len(lex, toks, m - 1)[0]
        and m + 1 < j
        and _name_like(lex, toks[m + 1 : j])
    )


def _unknown_word(lex, t: Tok) -> bool:
    """A capitalised word no list knows (not a common word, a title, an acronym, a place): a name's word."""
    return (
        t.is_word
        and not t.is_acronym
        and t.lower not in lex.common
        and not title_len(lex, [t], 0)[0]
        and country_of(t.text) is None
    )


def _degree(t: Tok) -> bool:
    """An academic degree written after a name (`SH`, `M.Si`; data/degrees.txt)."""
    return (
        t.is_word
        and t.text[:1].isupper()
        and t.text.replace(".", "").lower() in word_set("warta.entities", "degrees.txt", lower=True)
    )


def office_closed(norm: str, s: int, a: int) -> bool:
    """The words ``norm[s:a]`` before a titled name end with a listed place or are a listed
    organisation (`Pengadilan Negeri Jakarta Pusat`), so a tagger's span that runs on from them
    into the name (`… Jakarta Pusat Rios Rahmanto`) is the body's name and then the person's."""
    words = norm[s:a].split()
    if not words:
        return False
    if listed_body(" ".join(words)):
        return True
    for n in (3, 2, 1):
        if len(words) > n:
            p = place_of(" ".join(words[-n:]))
            if p is not None and p.kind != "district":
                return True
    return False


def _prefix_start(toks: list[Tok], i: int) -> int:
    """Where the words of standing right before the title at ``i`` start (`Calon`, `Pelaksana
    tugas`; data/role_prefixes.txt), or ``i`` when there are none."""
    for phrase in sorted(word_set("warta.entities", "role_prefixes.txt", lower=True), key=len, reverse=True):
        ws = phrase.split()
        p = i - len(ws)
        if p >= 0 and [t.lower for t in toks[p:i]] == ws and toks[p].is_word:
            return p
    return i


def _unnamed_body(ex: Extractor, toks: list[Tok], k: int, m: int, j: int) -> bool:
    """The office words end on a word that opens a body's name (`Universitas`, `PT`, `Yayasan`)
    with no name after it, so the first word read as the person's is the body's name; true
    only when a known given name opens the rest and the rest reads as a name."""
    lex = ex.lex
    if m <= k or j - m < 3 or toks[m - 1].lower not in _body_openers() or title_len(lex, toks, m - 1)[0]:
        return False
    nxt = toks[m + 1]
    return (
        toks[m].text not in lex.given
        and not ex.cap_alone.get(toks[m].text, 0)
        and nxt.text in lex.given
        and name_like(lex, toks[m + 1 : j])
    )


def _named_body_word(ex: Extractor, toks: list[Tok], k: int, m: int, j: int) -> bool:
    """The office words are only the common-noun head of a body's or site's name (`Masjid`,
    `Bandara`), and one capitalised word follows: it names that body (`Imam Besar Masjid Istiqlal`,
    `Kapolres Bandara Soetta`), not a person, unless it is a known given name or the article writes
    it on its own."""
    lex = ex.lex
    if j - m != 1 or m <= k or toks[k].is_acronym or toks[m].is_acronym:
        return False
    word = toks[m].text
    if word in lex.given or ex.cap_alone.get(word, 0):
        return False
    if listed_body(span_text(ex.norm, toks[k:m])):
        # `Sekjen Kemenkes Syarifuddin`: the office words already name a whole body; the word is the holder's
        return False
    head = max(match_phrase(toks, k, lex.org_start), match_phrase(toks, k, lex.loc_start))
    # (the head right before the word: after more words, `Ditjen Pemasyarakatan Wahyudi`, the body has its name)
    return bool(head) and k + head == m


def role_chunk(ex: Extractor, reg: Region, i: int, k: int, j: int, hint: str | None = None) -> None:
    """Title words toks[i:k], then office words, then (maybe) a person's name up to ``j``."""
    toks, lex = reg.toks, ex.lex
    while (
        j - 2 > k
        and _degree(toks[j - 1])
        and toks[j - 2].is_cap
        and toks[j - 2].is_word
        and (not toks[j - 2].is_acronym or _degree(toks[j - 2]))
    ):
        j -= 1  # `Camat Cibinong Budi Santoso SH`: a degree after the name is no word of it
    if (
        j - 2 > k
        and (toks[j - 1].lower in month_words() or toks[j - 1].lower in WEEKDAYS)
        and j < len(toks)
        and (toks[j].text[:1].isdigit() or toks[j].lower in _NOT_AFTER_NAME)
    ):
        j -= 1  # `Presiden Joko Widodo Juni lalu`, `… Senin lalu`: the month or day opens a date after the name
    if shared_role(ex, reg, i, k, j, hint) or _place_after_name(ex, reg, i, k, j, hint):
        return
    m, depth, known_end = k, 0, k
    while m < j:
        t = toks[m]
        if t.text == "(":
            depth += 1
            m += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
            m += 1
        elif not depth and (kl := max(known_len(ex.norm, toks, m, j), full_body_len(ex.norm, toks, m, j))):
            m += kl  # `Ketua The Fed Jerome Powell`, `Komisaris Utama PT Bank Mandiri Kartika …`
            known_end = m
        elif depth or t.text == "/" or strong_complement(lex, t) or ORDINAL.match(t.text):
            m += 1  # (`Presiden RI ke-6 Susilo …`: an ordinal is part of the post)
        elif (
            complement_word(lex, t)
            and m + 1 < j
            and (complement_word(lex, toks[m + 1]) or title_len(lex, toks, m + 1)[0] or not toks[m + 1].is_word)
        ):
            # `Metro Jaya`: a word of a known name counts when more office words follow
            m += 1
        elif complement_word(lex, t) and m + 1 == j:
            m += 1
        elif (
            title_len(lex, toks, m)[0]
            and (toks[m - 1].text == "/" or m + title_len(lex, toks, m)[0] < j)
            and not _name_title_after_office(lex, toks, k, m, j)
        ):
            m += title_len(lex, toks, m)[0]
        elif m > k and m + 1 < j and t.is_cap and (toks[m - 1].lower,) in lex.loc_start and toks[m + 1].is_cap:
            m += 1  # `Kepala Dinas PUPR Kota Padangsidimpuan Ahmad Juni`: the place a head names
        elif m > k and m + 1 < j and t.text in ex.located and toks[m + 1].is_cap and toks[m + 1].is_word:
            m += 1  # `Kadis PUPR Madina Elpi Yanti Harahap`: a word the article uses as a place (`di Madina`)
        else:
            break
    if m - 2 >= k and m < j and _first_name_not_district(toks[m - 2], toks[m - 1]):
        m -= 1  # `Presiden Nauru Baron Waqa`: an Indonesian district's name after a foreign country is a first name
    if m == j:
        # `Walkot Agung`: a name word that is also a word of some organisation's name
        b = m
        while b > known_end and toks[b - 1].is_word and weak_complement(lex, toks[b - 1]):
            b -= 1
        if b < m and _name_like(lex, toks[b:m]):
            m = b
    if m < j and not _name_like(lex, toks[m:j]) and (x := _rank_opens_name(ex, toks, m, j)) is not None:
        m = x  # `Deputi Gakkum KLH Irjen Rizal Irawan`: a rank ends the office words, the name follows it
    if m < j and not _name_like(lex, toks[m:j]):
        # `Kasubdit Harda Ditreskrimum Polda Kaltim AKBP Harun Purwoko`: another title
        # further on starts the person; else the longest name-like tail is the name
        for x in range(m + 1, j - 1):
            if (
                toks[x].is_cap
                and title_len(lex, toks, x)[0]
                and x + title_len(lex, toks, x)[0] < j
                and not _title_in_name(lex, toks, x)
            ):
                # `Gubernur DKI Anies Baswedan dan Wagub Sandiaga Uno`: two people joined by a
                # connector, each with a title; the first keeps the office words before it
                y = x
                while y > m and toks[y - 1].lower in ("dan", "serta", "&", ","):
                    y -= 1
                if y < x and y > m:
                    role_chunk(ex, reg, i, k, y, hint=hint)
                else:
                    ex._typed(reg, k, x, None, inner=True)
                role_chunk(ex, reg, x, x + title_len(lex, toks, x)[0], j, hint=hint)
                return
        for x in range(m + 1, j - 1):
            # `Dirjen Integrasi Transportasi dan Multimoda`: after a connector the office goes on
            if toks[x - 1].lower in _CONNECTORS:
                continue
            if _name_like(lex, toks[x:j]) and complement_word(lex, toks[x - 1]):
                m = x
                break
        else:
            # `Direktur Riset Setara Institute Ismail Hasani`: an organisation of common words
            # between the title and the name; the name opens at a known given name or at a word
            # the article uses on its own (`kata Ismail`)
            for x in range(m + 1, j):
                rest = toks[x:j]
                first = rest[0]
                if toks[x - 1].lower in _CONNECTORS or is_initials(first.text):
                    continue
                if not (first.text in lex.given or ex.cap_alone.get(first.text, 0)):
                    continue
                known = any(place_of(t.text) or org_of(t.text) or strong_complement(lex, t) for t in rest)
                if len(rest) <= 4 and _name_like(lex, rest) and not known:
                    m = x
                    break
    if m < j and _unnamed_body(ex, toks, k, m, j):
        m += 1  # `Peneliti Universitas Andalas Charles Simabura`: a body's opening word needs its name
    if m < j and _name_like(lex, toks[m:j]):
        # `pemilik First Travel Andika Surachman`: the first words are a name the article also
        # writes on its own (`kasus FT (First Travel)`), the rest is the person
        # (or the words before it end a run written elsewhere: `survei Index Politica` before
        # `Direktur Riset Index Politica Fadhly Alimin Hasyim`)
        cut_at = next(
            (
                x
                for x in range(m + 1, j - 1)
                if j - x >= 2
                and any(
                    span_text(ex.norm, toks[y:x]) in ex.runs
                    for y in range(k, m + 1)
                    # a run that reaches into the office words, or one written as a body's name
                    # (`(First Travel)`) — not a person's first names alone (`Ade Ary mengatakan`)
                    if x - y >= 2 and (y < m or _body_like(ex, toks[y:x]))
                )
            ),
            None,
        )
        if cut_at is not None:
            ex._typed(reg, m, cut_at, None, inner=True)
            m = cut_at
        else:
            # `Direktur Utama PT Pertamina Patra Niaga Riva Siahaan … Riva mengatakan`: the person
            # starts at the word the article uses on its own, the words before it are the body's
            alone = [x for x in range(m, j) if ex.cap_alone.get(toks[x].text, 0) and not is_initials(toks[x].text)]
            cut = alone[0] if alone else m
            # … only when the words cut off read as a body's (`Niaga`), not as a person's first names
            bodily = any(t.lower in lex.common for t in toks[m:cut])
            if m > k and m < cut and j - cut >= 2 and bodily and not ex.cap_alone.get(toks[m].text, 0):
                ex._typed(reg, k, cut, None, inner=True)
                m = cut
    opened = False
    for x in range(k + 1, j - 1):
        # two places in a row after the title that are not one place's name: the first is the
        # office's region, the second opens the name (`Wali Kota Bogor Bima Arya`, `Bima` being
        # a regency too)
        a, b = place_of(toks[x - 1].text), place_of(toks[x].text)
        if (
            a is not None
            and b is not None
            and (toks[x - 1].lower,) not in lex.loc_start
            and a.kind != "district"
            and b.kind != "district"
            and b.kind != "country"
            and place_of(f"{toks[x - 1].text} {toks[x].text}") is None
            and _name_like(lex, toks[x:j])
        ):
            m, opened = x, True
            break
    for x in range(j - 1, m, -1) if not opened else ():
        p = place_of(toks[x - 1].text)
        if p is not None and p.kind != "district" and _name_like(lex, toks[x:j]):
            if p.country != "ID" and x - 2 >= m and _plain_name_word(ex, toks[x - 2]):
                break  # `Pengacara Hotman Paris Hutapea`: a city abroad between name words is a name's
            m = x
            break
    if (
        m < j
        and j + 1 < len(toks)
        and toks[j].text == ","
        and toks[j + 1].is_cap
        and (any(t.lower in lex.common and t.is_cap for t in toks[m:j]) or toks[m - 1].lower in party_bodies())
        and toks[m].text not in lex.given
        and ex._run_end(reg, j + 1) - (j + 1) >= 2
        and _name_like(lex, toks[j + 1 : ex._run_end(reg, j + 1)])
    ):
        m = j  # `Ketua Unit Komunikasi Publik Unud, Ni Nyoman Dewi Pascarani`: the name follows the comma
    if (
        j - m == 1
        and m > k
        and ((toks[m - 1].lower,) in lex.org_start or (toks[m - 1].lower,) in lex.loc_start)
        and j + 1 < len(toks)
        and toks[j].text == ","
        and toks[j + 1].is_cap
    ):
        m = j  # `Kasat Reskrim Polres Polman, AKP Budi Adi`: the place of the head; the person follows
    if j - m >= 3 and _body_word_of_article(ex, toks[m]) and _name_like(lex, toks[m + 1 : j]):
        m += 1  # `Direktur Eksekutif Indikator Burhanuddin Muhtadi`: the body's short name
    if m > k and m < j and _initials_before(ex, toks[m - 1]) and not title_len(lex, toks, m - 1)[0]:
        m -= 1  # `Jaksa Agung ST Burhanuddin`: a person's initials open the name
    while m < j and toks[m].text in ("I", "II") and toks[m - 1].lower in party_bodies():
        m += 1  # `ketua DPD I Golkar …`: the numeral ranks the board, it is no initial of a name
        while m < j and (strong_complement(lex, toks[m]) or known_len(ex.norm, toks, m, j) or org_of(toks[m].text)):
            m += max(1, known_len(ex.norm, toks, m, j))
    if _named_body_word(ex, toks, k, m, j):
        m = j  # `Imam Besar Masjid Istiqlal`, `Kapolres Bandara Soetta`: the word names the body, no person
    if m < j and toks[m - 1].lower in _FIELD_WORDS and toks[m].is_cap:
        m = j  # `Deputi Bidang Protokol, Pers …`: the words after `Bidang` name a field, not a person
    month_named = m - 1 > k and month_first_name(lex, toks, m - 1, j)
    if month_named:
        m -= 1  # `Direktur … BI Juli Budi Winantya`: a month before a given name is a first name
    name = toks[m:j]
    while name and not name[0].is_word:
        name = name[1:]
    ranks, corps = rank_lists()
    while len(name) > 1 and name[0].lower in corps and m > 0 and toks[m - 1].lower in ranks | corps:
        name, m = name[1:], m + 1  # `Dandim 0621 Letkol Inf Andi Saputra`: the corps after the rank
    title_is_honorific = not title_len(lex, toks, i)[1]
    # a rank right before the name is not part of the office (`… Polda Jabar Kombes Pol Hendra`)
    r = m
    for x in range(k, m):
        if title_len(lex, toks, x)[0] and x + title_len(lex, toks, x)[0] == m:
            r = x
            break
    role = None if title_is_honorific else span_text(ex.norm, toks[i:r]).strip(" ,")
    if role:
        role = ROLE_TAIL.sub("", role) or None
    if role and (cut := _SENTENCE_BEFORE.match(role)):
        role = role[cut.end() :] or None  # `… sebagai tersangka. Kapolres Bogor`: the sentence before is no post
    if role and (p := _prefix_start(toks, i)) < i:
        role = span_text(ex.norm, toks[p:i]) + " " + role  # `Calon Wali Kota Bandung`
    if role and toks[i].lower in _FORMER and m == k and k - i == 1:
        role = None  # `mantan Joko Widodo`: the prefix alone is no post (`Mantan Presiden` is one)
    # the office words may name organisations and places (`Kepala Otorita IKN`); brackets
    # and slashes separate them (`Menteri Investasi dan Hilirisasi/Kepala BKPM`)
    a = k
    for b in range(k, r + 1):
        if b == r or toks[b].text in "()/":
            # `Direktur Riset Setara Institute`: a department word before a body the article
            # names on its own elsewhere is part of the post, not of the body's name
            # (an organisation's own head stays: `anggota DPRD Jawa Timur` where `Jawa Timur`
            # is also written alone is the DPRD of that province, not a bare place)
            while (
                b - a > 2
                and toks[a].lower in lex.common
                and not toks[a].is_acronym
                and (toks[a].lower,) not in lex.org_start
                and span_text(ex.norm, toks[a + 1 : b]) in ex.runs
            ):
                a += 1
            if b - a > 2 and (toks[a].lower,) in lex.org_start and toks[a + 1].lower in REGIONAL_OFFICES:
                a += 1  # `Kasat Reskrim Polres Polman`: the unit is the post's (`Kasat Reskrim`), the body the Polres
            if a < b:
                ex._typed(reg, a, b, None, inner=True)
            a = b + 1
    # `kuasa hukum terdakwa Dimas …`: the post is the lawyer's; Dimas is the party, with no role
    party = role is not None and _names_a_party(role)
    # after a person's title, common words may open a name that a plain word closes
    # (`Penyanyi Bunga Citra Lestari`): the title already says a person follows
    titled_person = (
        role is not None
        and 2 <= len(name) <= 4
        and (name[-1].lower not in lex.common or name[-1].lower in _name_finals() or ex._common_surname(name))
        and not party
        and _name_like(lex, name, common_ok=True)
        and not any(place_of(t.text) or org_of(t.text) for t in name)
    )
    # initials opening the name (`ST Burhanuddin`) are read past
    core = name[1:] if len(name) > 1 and (_initials_before(ex, name[0]) or month_named) else name
    if name and _name_like(lex, core) or name and hint == "PER" or titled_person or _month_closes(ex, toks, name, j):
        ex._emit(name, "PER", STRONG, role=None if party else role)
    elif not name and role:
        pending_role(ex, reg, m, role)
    elif name and any((t.lower,) in lex.org_start for t in name[1:]):
        # `Komandan Pasukan Pelopor Korps Brimob Polri`: no person, more office words that hold a body
        ex._typed(reg, m, j, None, inner=True)


def pending_role(ex: Extractor, reg: Region, m: int, role: str) -> None:
    """`Ketua Dewan Ekonomi Nasional (DEN), Luhut Binsar Pandjaitan`: the name after the comma."""
    toks = reg.toks
    p = m
    # `Menteri Koordinator Bidang Perekonomian (Menko Perekonomian) Airlangga …`: the short form
    # of the post in brackets, then the name with no comma
    short_title = p + 1 < len(toks) and toks[p].text == "(" and bool(title_len(ex.lex, toks, p + 1)[0])
    if p < len(toks) and toks[p].text == "(":
        while p < len(toks) and toks[p].text != ")" and p - m < 6:
            p += 1
        p += 1
    if p < len(toks) and (toks[p].text == "," or short_title and toks[p - 1].text == ")"):
        p += toks[p].text == ","
        if p < len(toks) and toks[p].is_cap:
            j = ex._run_end(reg, p)
            name = toks[p:j]
            if name_like(ex.lex, name):
                ex._emit(name, "PER", STRONG, role=role)


def shared_role(ex: Extractor, reg: Region, i: int, k: int, j: int, hint: str | None = None) -> bool:
    """`pemilik First Travel Andika Surachman dan Anniesa Hasibuan`: two people after one title,
    joined by `dan`, share its role. True when the run was read so."""
    toks, lex = reg.toks, ex.lex
    d = next((x for x in range(j - 3, k, -1) if toks[x].lower == "dan"), None)
    if d is None or d + 3 > j:
        return False
    second = toks[d + 1 : j]
    if not name_like(lex, second) or title_len(lex, toks, d + 1)[0] or complement_word(lex, second[0]):
        return False
    before = len(ex.cands)
    role_chunk(ex, reg, i, k, d, hint=hint)
    first = next((c for c in ex.cands[before:] if c.label == "PER" and c.role and c.end == toks[d - 1].end), None)
    if first is None or len(first.text.split()) < 2:
        del ex.cands[before:]
        return False
    ex._emit(second, "PER", STRONG, role=first.role)
    return True


def _place_after_name(ex: Extractor, reg: Region, i: int, k: int, j: int, hint: str | None = None) -> bool:
    """`Presiden Donald Trump dan Amerika siap …`: a person after the title, then `dan` and a known
    place or body, which is no word of the post nor of the name. True when the run was read so."""
    toks, lex = reg.toks, ex.lex
    d = next((x for x in range(j - 2, k + 1, -1) if toks[x].lower in ("dan", "serta")), None)
    if d is None or d + 1 >= j:
        return False
    tail = span_text(ex.norm, toks[d + 1 : j])
    place = place_of(tail)
    if org_of(tail) is None and (place is None or place.kind == "district"):
        return False
    if not _name_like(lex, toks[k:d]) or any(title_len(lex, toks, x)[0] for x in range(k, d)):
        return False  # `Menteri Investasi dan Hilirisasi`: office words joined, no person before `dan`
    role_chunk(ex, reg, i, k, d, hint=hint)
    ex._typed(reg, d + 1, j, None, inner=True)
    return True


def _body_like(ex: Extractor, run: list) -> bool:
    """Words the article writes as a body's name (`kasus FT (First Travel)`, `survei Indo
    Barometer turut …`), not as a person's short name (`Ade Ary mengatakan`): nowhere else is
    it the subject of a verb of saying."""
    text = span_text(ex.norm, run)
    at = ex.norm.find(text)
    while at != -1:
        if at != run[0].start:
            nxt = ex.norm[at + len(text) : at + len(text) + 30].split()[:1]
            if nxt and nxt[0].strip(",.").lower() in ex.lex.cue_before:
                return False
        at = ex.norm.find(text, at + 1)
    return True
