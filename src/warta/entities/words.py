"""Tests on tokens that the rules share: is this run a person's name, a title, an office word,
a known organisation or place, a contraction of a name. One job: reading words, no decisions
about spans."""

from __future__ import annotations

import re
from functools import cache

from warta.entities import gazetteer as gz
from warta.entities.patterns import (
    ARABIC_ARTICLE,
    HEADED_CONNECTORS,
    SENTENCE_END,
    Lexicon,
    Tok,
    first_words,
    is_initials,
    match_phrase,
)
from warta.resources import word_set

# offices named after the region they serve: the one word after them is that region (`Polres Garut`)
REGIONAL_OFFICES = frozenset(
    ["polsek", "polres", "polresta", "polrestabes", "polda", "kodim", "koramil", "korem", "kodam", "kejari", "kejati"]
)
# An affixed verb (`menangguhkan`, `ditambahkan`, `bersikukuh` is not caught): no name has this shape
VERB_SHAPE = re.compile(r"^(?:me|di|ber|ter|per|memper|diper)[a-z]{2,}kan(?:nya|lah)?$")
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
MEDIA_PREFIXES = ("detik", "kumparan", "tribun", "okezone", "liputan6", "kompas")
MEDIA_BRAND = re.compile(r"^(detik|kumparan|tribun|okezone|liputan6|kompas)(com|[A-Z]\w*)$")
ORDINAL = re.compile(r"^ke-?\d+$|^pertama$|^kedua$|^ketiga$", re.I)
# Abstract nouns of offices (`Penyuluhan`, `Pelayanan`, `Keuangan`): never part of a person's name.
OFFICE_NOUN = re.compile(r"^(pe|per|pen|pem|peng|peny|ke)[a-z]{3,}(an)$")


def whole_word_spans(text: str, name: str, before: str = "-", after: str = "-") -> list[tuple[int, int]]:
    """Where ``text`` writes ``name`` with no word character (nor one of ``before``) right before it
    and none (nor one of ``after``) right after it: the spans ``re.finditer(r"(?<![\\w<before>])" +
    re.escape(name) + r"(?![\\w<after>])", text)`` gives (left to right, not overlapping), found with
    ``str.find``. The names asked for differ in every article, so a pattern built per name was
    compiled on every call (a few hundred compiles per 80 articles, the re cache holds none of
    them). ``name`` is not empty; ``\\w`` is ``str.isalnum`` or ``_``, as in ``re``."""
    out: list[tuple[int, int]] = []
    size = len(name)
    if not size:
        return out
    find, end = text.find, len(text)
    k = find(name)
    while k >= 0:
        e = k + size
        c = text[k - 1] if k else " "
        free = not (c.isalnum() or c == "_" or c in before)
        if free and e < end:
            c = text[e]
            free = not (c.isalnum() or c == "_" or c in after)
        if free:
            out.append((k, e))
            k = find(name, e)
        else:
            k = find(name, k + 1)
    return out


def span_text(norm: str, toks: list[Tok]) -> str:
    return " ".join(norm[toks[0].start : toks[-1].end].split()) if toks else ""


def lower_org(toks: list[Tok], i: int) -> int:
    """Length of an organisation written in lower case (`bank bjb`) or a media brand
    (`detikFinance`, `detikcom`) starting at ``toks[i]``; 0 if none."""
    if MEDIA_BRAND.match(toks[i].text):
        return 1
    table = lower_org_table()
    first = toks[i].text
    for n in table.get(first, ()):
        if " ".join(t.text for t in toks[i : i + n]) in gz.organisations():
            return n
    return 0


def lower_org_table() -> dict[str, list[int]]:
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


def is_sentence_start(toks: list[Tok], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].text in "\"'(“‘":
        j -= 1
    return j < 0 or toks[j].text in SENTENCE_END


def place_of(text: str) -> gz.Place | None:
    p = gz.places().get(text)
    if p is None and text.isupper() and " " in text:
        p = gz.places().get(text.title())
    return p


def org_of(text: str) -> str | None:
    orgs = gz.organisations()
    if text in orgs:
        return orgs[text] or text
    if text.isupper() and " " in text and text.title() in orgs:
        return orgs[text.title()] or text.title()
    return None


@cache
def full_body_names() -> frozenset[str]:
    """The full names the organisation list gives its short forms (`Kemenkes` → `Kementerian
    Kesehatan`), built once."""
    return frozenset(v for v in gz.organisations().values() if v)


def listed_body(text: str) -> bool:
    """``text`` is an organisation the list knows: one of its surface forms (`org_of`) or the full
    name it gives a short form. ``org_of`` reads the surface forms alone, so a ministry written in
    full (`Kementerian Dalam Negeri`, listed as what `Kemendagri` stands for) went unknown."""
    return org_of(text) is not None or text in full_body_names()


def head_len(toks: list[Tok], table: frozenset[tuple[str, ...]]) -> int:
    return match_phrase(toks, 0, table, 4) if toks else 0


def title_len(lex: Lexicon, toks: list[Tok], i: int) -> tuple[int, bool]:
    """Length of a run of titles at ``i`` (`Wakil Ketua Umum`, `Plt Kepala`) and whether any is a role."""
    n, role = 0, False
    firsts = title_first_words(lex)
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


def complement_word(lex: Lexicon, t: Tok) -> bool:
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
        or low in org_words()
        or low in place_words()
        or low in ORG_ANY  # `Setara Institute`, `Harvard University`
    )


_CACHE: dict[str, frozenset[str]] = {}


def head_first_words(lex: Lexicon) -> frozenset[str]:
    """First words of organisation and place heads (a cheap test before a phrase match)."""
    if "head_firsts" not in _CACHE:
        _CACHE["head_firsts"] = first_words(lex.org_start) | first_words(lex.loc_start)
    return _CACHE["head_firsts"]


def title_first_words(lex: Lexicon) -> frozenset[str]:
    """First words of every title and honorific (a cheap test before a phrase match)."""
    if "title_firsts" not in _CACHE:
        _CACHE["title_firsts"] = first_words(lex.roles) | first_words(lex.honorifics)
    return _CACHE["title_firsts"]


def known_len(norm: str, toks: list[Tok], m: int, j: int) -> int:
    """Length of a listed multi-word organisation or place starting at ``toks[m]`` (before ``j``)."""
    for k in range(min(4, j - m), 1, -1):
        text = span_text(norm, toks[m : m + k])
        place = place_of(text)
        if org_of(text) is not None or (place is not None and place.kind != "district"):
            return k
    return 0


_FULL_BODY_WORDS = 8  # `Kementerian Pendidikan Dasar dan Menengah` is longer than known_len's 4 words


def full_body_len(norm: str, toks: list[Tok], m: int, j: int) -> int:
    """Length of a body's full name as the list gives it (`Kementerian Pendidikan Dasar dan
    Menengah`) starting at ``toks[m]`` and ending before ``j``; 0 when none does. Apart from
    :func:`known_len`, which reads surface forms up to four words: a full name runs longer."""
    names = full_body_names()
    for n in range(min(_FULL_BODY_WORDS, j - m), 1, -1):
        if span_text(norm, toks[m : m + n]) in names:
            return n
    return 0


def strong_complement(lex: Lexicon, t: Tok) -> bool:
    """An office word in its own right (not only as part of some known name)."""
    return complement_word(lex, t) and not weak_complement(lex, t)


def weak_complement(lex: Lexicon, t: Tok) -> bool:
    """An office word only because some listed organisation or place has it (`Agung`, `Jaya`)."""
    low = t.lower
    if low in lex.complement or low in HEADED_CONNECTORS or t.is_acronym or not t.text[0].isupper():
        return False
    place = gz.places().get(t.text)
    # a village or district that is also a common given name (`Bambang`) is a name word first
    district_name = place is not None and place.kind == "district" and t.text in lex.given
    known = (place is not None and not district_name) or t.text in gz.organisations()
    return not (known or (low,) in lex.org_start or (low,) in lex.loc_start)


def org_words() -> frozenset[str]:
    if "org" not in _CACHE:
        words = set()
        for k, v in gz.organisations().items():
            for w in (k + " " + v).split():
                words.add(w.lower())
        _CACHE["org"] = frozenset(words)
    return _CACHE["org"]


def place_words() -> frozenset[str]:
    """Words of multi-word places that are not districts (`Jawa`, `Tengah`, `Jaya`)."""
    if "place" not in _CACHE:
        words = set()
        for k, v in gz.places().items():
            if v.kind in ("country", "province", "city", "regency", "region") and " " in k:
                words.update(w.lower() for w in k.split())
        _CACHE["place"] = frozenset(words)
    return _CACHE["place"]


def balinese_birth_order() -> frozenset[str]:
    """The birth-order names of a Balinese name (`Putu`, `Made`, `Ketut`; data/balinese_birth_order.txt)."""
    return word_set("warta.entities", "balinese_birth_order.txt", lower=True)


@cache
def balinese_words() -> frozenset[str]:
    """Birth-order names and caste titles that follow `I` / `Ni` in a Balinese name."""
    return balinese_birth_order() | word_set("warta.entities", "balinese_titles.txt", lower=True)


def balinese_name(toks: list[Tok]) -> bool:
    """`I Gusti Ngurah Putra`, `Ni Luh Sari`: the marker `I`/`Ni`, a birth-order name or caste
    title, and at least one more capitalised word read as a person's name."""
    return (
        len(toks) >= 3
        and toks[0].text in ("I", "Ni")
        and toks[1].lower in balinese_words()
        and all(t.is_word and t.text[:1].isupper() for t in toks[1:])
    )


def _arabic_article(word: str) -> bool:
    """`Al-Ghufais`, `El-Sisi`: an Arabic article, then a capitalised name."""
    head, _, rest = word.partition("-")
    return bool(rest[:1].isupper() and ARABIC_ARTICLE.match(f"{head.lower()}-{rest}"))


def name_like(lex: Lexicon, toks: list[Tok], common_ok: bool = False) -> bool:
    """A run that reads as a person's name: capitalised words, none a function word, office
    word or head, and the last (the family name) not a common word (`Agung Nugroho` yes,
    `Makan Bergizi Gratis` no). ``common_ok``: where the context already says a person is
    named (a verb of saying beside a tagger person: `kata Abu Bakar`), common words may name."""
    if toks and len(toks) > 2:
        # the dots of initials inside a name (`Maria S.W. Sumardjono`)
        toks = [
            t
            for k, t in enumerate(toks)
            if not (t.text == "." and 0 < k < len(toks) - 1 and is_initials(toks[k - 1].text))
        ]
    if len(toks) > 2:
        # `Mohammed bin Hammam`, `Juan Martin del Potro`: a family particle between name words
        toks = _without_particles(toks)
    if not toks or len(toks) > 5:
        return False
    closing = _closing_family_name(lex, toks)
    for k, t in enumerate(toks):
        if closing and k == len(toks) - 1:
            break  # `Lukman Hakim`, `Benny Tanjung`: a family name that is also a common word
        low = t.lower
        capital = t.text[0].isupper() or bool(ARABIC_ARTICLE.match(t.text))
        # initials without dots inside a name (`George HW Bush`, `Mohammad AS Hikam`) are part of it
        initials = 0 < k < len(toks) - 1 and len(t.text) == 2 and t.text.isalpha()
        if not t.is_word or not capital or t.text.isupper() and len(t.text) > 1 and "." not in t.text and not initials:
            return False
        if low in lex.stopwords or low in lex.nonentities or low in lex.complement or low in ORG_ANY:
            return False
        if OFFICE_NOUN.match(low):
            return False
        if (low,) in lex.org_start or (low,) in lex.loc_start or low in lex.org_end or low in lex.loc_end:
            return False
        if (low,) in lex.roles or (low,) in lex.honorifics:
            return False
        if VERB_SHAPE.match(low):
            return False  # `Menangguhkan`, `Ditambahkan` opening a sentence: a verb, not a name
        if (
            "-" in low
            and low.split("-")[0] in lex.common | lex.stopwords | {h[0] for h in lex.honorifics}
            and not _arabic_article(t.text)
        ):
            return False  # `Bapak-bapak`, `Ibu-ibu` (not `Al-Ghufais`: the article before a name)
    if common_ok or closing:
        return True
    if toks[-1].lower in lex.common:
        return False
    last = gz.places().get(toks[-1].text)
    if last is not None and last.kind == "country" and len(toks) > 1:
        return False  # `Pengungsi Burundi`, `Warga Palestina`: people of a country, not a name
    return sum(t.lower in lex.common for t in toks) * 2 <= len(toks)


def name_closing_words() -> frozenset[str]:
    """Common, title or place words that often close a person's name (data/name_closing_words.txt)."""
    return word_set("warta.entities", "name_closing_words.txt", lower=True)


def _closing_family_name(lex: Lexicon, toks: list[Tok]) -> bool:
    """``toks`` end in a word that closes many persons' names (`Hakim`, `Ramadhan`, `Tanjung`)
    after name words that are no common word and no place (`Lukman Hakim`, `Frans Lebu Raya`;
    not `Hari Raya`, `Bogor Raya`, `Raja Salman`): the word is the family name, not a title or a
    head. Three words or more open with a known given name (not a region after a post). The name
    words themselves still pass every check of ``name_like``."""
    if len(toks) < 2 or toks[-1].lower not in name_closing_words():
        return False
    front = toks[:-1]
    if len(front) > 1 and front[0].text not in lex.given:
        return False  # `Camat Tebet Dharma Putra`: a longer run must open with a given name
    return all(t.lower not in lex.common for t in front) and place_of(front[0].text) is None


def _without_particles(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the lower-case name particles inside it (never its first or last word)."""
    parts = name_particles()
    return [t for k, t in enumerate(toks) if not (0 < k < len(toks) - 1 and t.text in parts)]


# particles written glued to the word before (`Iapun`, `Dialah`, `Siapakah`)
_PARTICLES = ("pun", "lah", "kah")


def particle_word(lex: Lexicon, low: str) -> bool:
    """A function word with a glued particle (`iapun`, `merekalah`): capitalised at a sentence
    start it looks like a name, but it never is one."""
    for p in _PARTICLES:
        if low.endswith(p) and len(low) > len(p):
            stem = low[: -len(p)]
            if stem in lex.stopwords or stem in lex.nonentities:
                return True
    return possessive_word(lex, low)


def possessive_word(lex: Lexicon, low: str) -> bool:
    """A common word with the glued possessive `-nya` (`Strukturnya`, `Pasalnya`, `BAPnya`):
    capitalised at a sentence start it looks like a name, but a name never carries it. The stem
    must be a known common word of three letters or more, so `Kenya` or `Sonya` stay names."""
    if not low.endswith("nya") or len(low) < 6:
        return False
    stem = low[:-3]
    return stem in lex.stopwords or stem in lex.nonentities or stem in lex.common


def age_follows(toks: list[Tok], j: int) -> bool:
    """``( 27 )`` or ``( 27 tahun )`` right after a name: the person's age, as news gives it."""
    if j + 2 >= len(toks) or toks[j].text != "(":
        return False
    num = toks[j + 1].text
    if not (num.isdigit() and 1 <= len(num) <= 2 and num != "0"):
        return False
    close = j + 2 if toks[j + 2].text == ")" else j + 3
    return close < len(toks) and toks[close].text == ")" and (close == j + 2 or toks[j + 2].lower == "tahun")


def contraction(short: str, full: str) -> bool:
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


def looks_org(lex: Lexicon, text: str) -> bool:
    """Not a phrase of common words only (`Penanaman Modal Asing (PMA)` is no organisation)."""
    words = [w.lower() for w in text.split()]
    return (
        any(w not in lex.common and w not in lex.complement for w in words)
        or len(words) >= 3
        and text.split()[0][0].isupper()
        and False
    )


def bare_bodies() -> frozenset[str]:
    """Chambers and forces written bare (`disahkan Kongres`), lower-cased (data/bodies.txt)."""
    return word_set("warta.entities", "bodies.txt", lower=True)


def name_particles() -> frozenset[str]:
    """Lower-case particles inside a person's name (`bin`, `van`, `del`; data/name_particles.txt)."""
    return word_set("warta.entities", "name_particles.txt")


def product_nouns() -> frozenset[str]:
    """Nouns before a product's or a work's name (`mobil Pajero`), lower-cased (data/product_nouns.txt)."""
    return word_set("warta.entities", "product_nouns.txt")


def headline_verbs() -> frozenset[str]:
    """Verbs a headline writes capitalised after a name (`Polda Metro Larang …`), lower-cased
    (data/headline_verbs.txt)."""
    return word_set("warta.entities", "headline_verbs.txt", lower=True)


def event_heads() -> frozenset[str]:
    """First words of events' names (`Festival`, `KTT`), lower-cased (data/event_heads.txt)."""
    return word_set("warta.entities", "event_heads.txt", lower=True)


def after_number_words() -> frozenset[str]:
    """Words after a number that make it a quantity or a date, month names included (data/after_number.txt)."""
    return word_set("warta.entities", "after_number.txt", lower=True) | month_words()


def month_words() -> frozenset[str]:
    """Month names, read from data so the list is not code."""
    return word_set("warta.entities", "month_words.txt")


# words before a month that make it a date, never a first name (`pada Juli`, `bulan Juni`)
_DATE_BEFORE = frozenset(
    ["pada", "sejak", "hingga", "sampai", "bulan", "akhir", "awal", "pertengahan", "medio", "jelang"]
)


def month_first_name(lex: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """`BI Juli Budi Winantya`: a month opening a run of a listed given name and a surname is a name.

    Only inside a capitalised run (after the office words): a date stands after a lower-case
    word (`pada Juli`) or before a number (`Juli 2025`); a name goes on with a known first name
    and one more capitalised word.
    """
    if toks[i].lower not in month_words() or j - i < 3 or not toks[i].is_cap:
        return False
    if i == 0 or not toks[i - 1].is_cap or toks[i - 1].lower in _DATE_BEFORE:
        return False  # only inside a capitalised run (the office words before the name)
    nxt = toks[i + 1 : j]
    return (
        nxt[0].text in lex.given
        and all(t.is_cap and t.is_word and t.lower not in lex.nonentities for t in nxt[:2])
        and not any(t.text[:1].isdigit() for t in nxt)
    )


@cache
def truecase() -> dict[str, str]:
    """The tagger's case table (lower word -> bucket, "0"/"1": mostly written lower case)."""
    try:
        from warta.entities.features import default_extractor

        return default_extractor().lex.truecase
    except Exception:  # the tagger's assets are optional
        return {}


def lower_written(low: str) -> bool:
    """Writers mostly put this word in lower case (the tagger's case table, bucket "0"): capitalised,
    it only opens a sentence."""
    return truecase().get(low) == "0"
