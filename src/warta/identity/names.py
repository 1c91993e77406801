"""Whether two stored names can be one identity: place levels, one name in other words, an
acronym an article defines. Pure checks on folded names (and article text), no decisions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

from warta.corpus.store import normalize_name
from warta.places import gazetteer
from warta.places.names import name_key
from warta.resources import word_set

# size tiers of Indonesian administrative kind words: a bare name is the largest unit of that name
TIER = {
    "pulau": 4,
    "provinsi": 4,
    "prov": 4,
    "dki": 4,
    "dk": 4,
    "kabupaten": 3,
    "kab": 3,
    "kota": 3,
    "kecamatan": 2,
    "kec": 2,
    "kapanewon": 2,
    "kelurahan": 1,
    "desa": 1,
}
# spellings of one kind ('kab' is 'kabupaten'); 'kapanewon' is Yogyakarta's 'kecamatan', 'desa' and
# 'kelurahan' are one tier (a village is one or the other)
SAME_KIND = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "dki": "provinsi",
    "dk": "provinsi",
    "kec": "kecamatan",
    "kapanewon": "kecamatan",
}
SAME_KIND["kelurahan"] = "desa"
# an island and the province of its name are one place in the news ('Bali', 'Pulau Bali', 'Provinsi Bali')
NOT_RIVALS = frozenset({frozenset(("pulau", "provinsi"))})


def kind_of(word: str) -> str:
    return SAME_KIND.get(word, word)


def rivals(kind: str, other: str) -> bool:
    """Two kind words of one tier that name different places of one name: a city and a regency
    ('Kota Bogor', 'Kabupaten Bogor'). A province is larger than the city of its name ('Bengkulu'
    is the province), and an island and a province of one name are one place."""
    a, b = kind_of(kind), kind_of(other)
    return a != b and frozenset((a, b)) not in NOT_RIVALS


@lru_cache(maxsize=1)
def regencies() -> frozenset[str]:
    """Folded names of Indonesia's regencies and cities (the places package's hand-written list;
    read once: the place-level rules ask for it several times an article)."""
    text = (files("warta.places") / "data" / "regencies_id.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            out.update(normalize_name(n) for n in line.split("\t", 1)[1].split("|") if n.strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """Folded names and aliases of Indonesia's provinces, without the word 'Provinsi' or 'DKI'."""
    text = (files("warta.places") / "data" / "provinces_id.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        for n in [cols[1], *(cols[3].split("|") if len(cols) > 3 else [])]:
            f = _without_province_words(normalize_name(n), special=n == cols[1])
            if f:
                out.add(f)
    return frozenset(out)


def _without_province_words(f: str, special: bool = True) -> str:
    """'provinsi dki jakarta' → 'jakarta'; with ``special`` (the list's own name of the province, not
    another spelling) 'daerah istimewa yogyakarta' → 'yogyakarta'."""
    while f.split(" ", 1)[0] in ("provinsi", "dki", "dk") and " " in f:
        f = f.split(" ", 1)[1]
    if special and f.startswith("daerah istimewa ") and f != "daerah istimewa":
        f = f[len("daerah istimewa ") :]
    return f


@lru_cache(maxsize=1)
def province_names() -> dict[str, tuple[str, ...]]:
    """Every folded name of a province as the list writes it ('kaltim', 'sumatra utara', 'dk
    jakarta') → all the folded names of that province, its display name first."""
    text = (files("warta.places") / "data" / "provinces_id.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        group: list[str] = []
        for n in [cols[1], *(cols[3].split("|") if len(cols) > 3 else [])]:
            f = normalize_name(n)
            if f and f not in group:
                group.append(f)
        # the bare name of a 'Daerah Istimewa' as the list names it ('Yogyakarta'), as 'Jambi' of its
        # province (not of its other spellings: 'Kota Jogja' is the city, not the province)
        bare = _without_province_words(group[0]) if group else ""
        if group and group[0].startswith("daerah istimewa ") and bare not in group:
            group.append(bare)
        for f in group:
            out.setdefault(f, tuple(group))
    return out


def city_province(base: str) -> bool:
    """Whether the province of this bare name is a city in itself ('Daerah Khusus Ibukota Jakarta'):
    then 'Kota X' is no smaller unit inside it but the province."""
    known = province_names()
    group = known.get(base) or known.get(f"dki {base}") or known.get(f"provinsi {base}") or ()
    return any(n.startswith(("dki ", "daerah khusus ibu")) for n in group)


def real_unit(kind: str, base: str) -> bool:
    """Whether ``kind base`` is a unit that exists at that level, so that it can rival another:
    'Kota Jakarta' or a garbled 'Provinsi Kalimantan' is a loose wording of the bare name, not a
    second place. Districts and villages have no list here, so they always count."""
    k = kind_of(kind)
    if k == "provinsi":
        return base in provinces()
    if k == "kota" and base in regencies():
        return base in cities()  # 'Kota Gresik': the regency's town written loosely, no city of its own
    if k in ("kota", "kabupaten"):
        return base in regencies() or _big_place(base)
    return True


BIG_TOWN = 200_000  # a town of the gazetteer this large is a city (a large district town such as Lembang is not)


@lru_cache(maxsize=4096)
def _big_place(base: str) -> bool:
    """A regency (GeoNames admin2) or a large town of Indonesia by this name in the gazetteer."""
    return any(
        p.country == "ID" and (p.feature == "admin2" or (p.feature == "city" and p.population >= BIG_TOWN))
        for p, _ in gazetteer.get().lookup_key(name_key(base))
    )


@lru_cache(maxsize=4096)
def foreign_region(base: str) -> bool:
    """Whether a bare name outside Indonesia's lists is a country or first-level region in the
    gazetteer ('Gaza', 'Meksiko', 'Tokyo'): then the bare name is that larger unit and 'Kota X' its
    city, two places, as a province is larger than the city of its name at home."""
    if base in regencies() or base in provinces():
        return False
    return any(
        p.country != "ID" and p.feature in ("country", "admin1") for p, _ in gazetteer.get().lookup_key(name_key(base))
    )


@lru_cache(maxsize=4096)
def known_place(base: str) -> bool:
    """Whether the gazetteer knows ``base`` as a place of any kind ('Gambir', a district): then a
    station or hotel named so is named after the place, not the place."""
    return bool(gazetteer.get().lookup_key(name_key(base)))


def two_places(a: str, b: str) -> bool:
    """Whether the gazetteer knows both folded place names, their kind words aside, and no place by
    both ('Ciganjur', a village of Jakarta, and 'Cianjur', a regency of West Java: two places one letter
    apart; 'Sumatra' and 'Sumatera' name one island)."""
    found = [{p.idx for p, _ in gazetteer.get().lookup_key(name_key(n))} for n in (a, b)]
    return bool(found[0]) and bool(found[1]) and not found[0] & found[1]


@lru_cache(maxsize=4096)
def world_unit(base: str, feature: str) -> bool:
    """Whether the gazetteer knows ``base`` as a country or a continent (``feature``)."""
    return any(p.feature == feature for p, _ in gazetteer.get().lookup_key(name_key(base)))


def part_words() -> frozenset[str]:
    return word_set("warta.identity", "part_words.txt")


@lru_cache(maxsize=1)
def known_expansions() -> dict[str, str]:
    """Folded short form → folded full name, from the entities layer's shipped list of organisations
    ('polri' → 'kepolisian negara republik indonesia'): the meaning a reader knows an acronym by, which
    no article of a small corpus may write out."""
    from warta.entities.gazetteer import organisations

    out: dict[str, str] = {}
    for surface, full in organisations().items():
        short, long = normalize_name(surface), normalize_name(full)
        if short and long and long != short:
            out.setdefault(short, long)
    return out


@lru_cache(maxsize=1)
def known_acronyms() -> dict[str, list[str]]:
    """Folded full name → the folded short forms :func:`known_expansions` gives it."""
    out: dict[str, list[str]] = {}
    for short, long in known_expansions().items():
        out.setdefault(long, []).append(short)
    return out


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """Words naming a currency before its country ('dolar Australia (AUD)'): identity/data/currency_words.txt."""
    return word_set("warta.identity", "currency_words.txt")


@lru_cache(maxsize=1)
def unit_heads() -> frozenset[str]:
    """Head words of a unit named before its parent: part words and identity/data/unit_heads.txt."""
    return part_words() | word_set("warta.identity", "unit_heads.txt")


def sister_words() -> frozenset[str]:
    """Words that after a name make another body or place of it: identity/data/sister_words.txt."""
    return word_set("warta.identity", "sister_words.txt")


def cities() -> frozenset[str]:
    """Indonesia's cities (kota), which the regency list does not tell apart: identity/data/cities_id.txt."""
    return word_set("warta.identity", "cities_id.txt")


@lru_cache(maxsize=1)
def city_and_regency() -> frozenset[str]:
    """Names of both a city and a regency ('Bogor'), whose bare name stays ambiguous: identity/data/city_and_regency.txt."""
    return word_set("warta.identity", "city_and_regency.txt")


def regional_offices() -> frozenset[str]:
    """Head words of an office every region has ('Polda', 'Dinas'): identity/data/regional_offices.txt."""
    return word_set("warta.identity", "regional_offices.txt")


@lru_cache(maxsize=1)
def shared_unit_acronyms() -> dict[str, str]:
    """Acronyms of a unit every party or association has ('dpp' → 'dewan pimpinan pusat'), folded:
    identity/data/shared_unit_acronyms.txt."""
    return _short_to_long("shared_unit_acronyms.txt")


def unit_tails() -> frozenset[str]:
    """Words that after an acronym name its own unit ('KAI Daop'): identity/data/unit_tails.txt."""
    return word_set("warta.identity", "unit_tails.txt")


CLASS_CODE = re.compile(r"^(?:i{1,3}|iv|[1-4])[abc]?$")  # a prison's class: 'I', 'IIA', 'IIB', '1A'
CLASS_WORDS = frozenset(("kelas", "klas"))


@lru_cache(maxsize=1)
def filler_words() -> frozenset[tuple[str, str]]:
    """(word before, word left out) pairs of identity/data/filler_words.txt ('*': any word before)."""
    return frozenset(tuple(ln.split()) for ln in word_set("warta.identity", "filler_words.txt"))  # type: ignore[misc]


def without_fillers(norm: str, known: Callable[[str], bool]) -> list[str]:
    """``norm`` (folded) with one filler of :func:`filler_words` left out, never its first or last word:
    'kota administrasi jakarta selatan' → 'kota jakarta selatan'. A class word takes its code along and,
    when ``known`` calls them a city, regency or province, the longest such run after the code
    ('lapas kelas i medan tanjung gusta' → 'lapas medan tanjung gusta', 'lapas tanjung gusta')."""
    words = norm.split()
    pairs = filler_words()
    out: list[str] = []
    for i in range(1, len(words) - 1):
        if (words[i - 1], words[i]) not in pairs and ("*", words[i]) not in pairs:
            continue
        if words[i] not in CLASS_WORDS:
            out.append(" ".join(words[:i] + words[i + 1 :]))
            continue
        if i + 2 >= len(words) or not CLASS_CODE.match(words[i + 1]):
            continue
        out.append(" ".join(words[:i] + words[i + 2 :]))
        for j in range(len(words) - 1, i + 2, -1):  # the longest place: 'jakarta pusat', not 'jakarta'
            if known(" ".join(words[i + 2 : j])):
                out.append(" ".join(words[:i] + words[j:]))
                break
    return out


def place_named_after() -> frozenset[str]:
    return word_set("warta.identity", "place_named_after.txt")


def subsequence(short: list[str], long: list[str]) -> list[int] | None:
    """Positions in ``long`` of the words of ``short`` in order, or None."""
    out, i = [], 0
    for w in short:
        while i < len(long) and long[i] != w:
            i += 1
        if i == len(long):
            return None
        out.append(i)
        i += 1
    return out


def inserted_word(form: str, full: str) -> str | None:
    """The one word ``form`` has inside ``full``'s words, neither first nor last, or None: the
    article's own acronym written into the name ('Kejaksaan Negeri (Kejari) Jember', folded
    'kejaksaan negeri kejari jember'). A word added at either end may be a unit or a region instead."""
    wf, wg = form.split(), full.split()
    if len(wg) < 2 or len(wf) != len(wg) + 1:
        return None
    for i in range(1, len(wf) - 1):
        if wf[:i] + wf[i + 1 :] == wg:
            return wf[i]
    return None


def _glued(x: str, y: str) -> bool:
    """One word is the other with a word of the text glued on: 'sadewabuka' and 'sadewa'."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and len(long) - len(short) >= 3 and long.startswith(short)


def one_name(a: str, b: str, label: str) -> bool:
    """Whether two folded full names the corpus writes one short form for are one name in other
    words: a person's shorter name inside the longer one or a spelling of it ('Djarot Saiful
    Hidayat', 'Djarot Syaiful Hidayat'); an organisation's name with descriptive words added
    ('Badan Pengelola Investasi Daya Anagata Nusantara'), but not a unit of it ('Komisi III DPR
    RI') nor a regional office ('Kementerian Agama Kota Bogor': words after the name)."""
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if len(wa) < 2 or a == b:
        return False
    if label == "PER":
        pos = subsequence(wa, wb)
        if pos is not None and (wa[0] == wb[0] or pos == list(range(pos[0], pos[0] + len(wa)))):
            return True  # 'Gibran Rakabuming' in 'Gibran Rakabuming Raka', 'Amran Sulaiman' in 'Andi Amran Sulaiman'
        if len(wa) != len(wb) or wa[0] != wb[0]:
            return False
        # a spelling of the same words ('Saiful', 'Syaiful'), or a word glued to the next one in the
        # text ('Lahadaliamengatakan' for 'Lahadalia mengatakan'); the first word must be the same
        return all(
            x == y or _glued(x, y) or (x[0] == y[0] and difflib.SequenceMatcher(None, x, y).ratio() >= 0.8)
            for x, y in zip(wa, wb, strict=True)
        ) and (wa[-1] == wb[-1] or _glued(wa[-1], wb[-1]))
    if label in ("ORG", "LOC") and (_one_spelling(wa, wb) or (label == "ORG" and _national(wa, wb))):
        return True  # 'Badan Pusat Statistika', 'Sumatra Utara', 'Kementerian Sosial RI'
    if label != "ORG" or len(wa) < 3:
        return False  # a two-word name is too short to check: 'Bank Indonesia' in 'Bank Rakyat Indonesia'
    pos = subsequence(wa, wb)
    if pos is None or pos[-1] != len(wb) - 1:
        return False
    extra = [w for i, w in enumerate(wb) if i not in pos]
    parts = part_words()
    pairs = [f"{x} {y}" for x, y in zip(extra, extra[1:], strict=False)]
    return not any(w in parts for w in [*extra, *pairs])


# words after a national body's name that only say whose it is: 'Kementerian Sosial RI'
NATIONAL_TAILS = (("ri",), ("republik", "indonesia"))


def _national(short: list[str], long: list[str]) -> bool:
    """'Kementerian Sosial Republik Indonesia' is 'Kementerian Sosial' (two words at least)."""
    if len(short) >= 3 and long == [*short, "indonesia"]:
        return True  # 'Kamar Dagang dan Industri Indonesia' (a two-word name may be a brand's national arm)
    return any(long == short + list(t) for t in NATIONAL_TAILS)


def national_of(form: str, full: str) -> bool:
    """Whether a one-word form with only a national tail after it is the full name ('Kejaksaan'
    of 'Kejaksaan Republik Indonesia', 'Polri' of 'Polri RI'): the same body, said to be the nation's."""
    words = full.split()
    return " " not in form and any(words == [form, *t] for t in NATIONAL_TAILS)


def _one_spelling(wa: list[str], wb: list[str]) -> bool:
    """The same words but one spelt otherwise: a letter more or less inside ('Sumatra', 'Sumatera')
    or cut short at the end ('Kementeri', 'Statistika'). Words of four letters or more only, so
    numbered units ('Komisi I', 'Komisi II') never match."""
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = sorted(diff[0], key=len)
    if len(x) < 4 or x[0] != y[0] or not y.isalpha() or not x.isalpha():
        return False
    if len(y) == len(x) + 1:
        return any(y[:i] + y[i + 1 :] == x for i in range(1, len(y)))
    return len(x) >= 6 and len(y) - len(x) == 2 and y.startswith(x)


def _initials_of(folded: str, words: list[str]) -> bool:
    return "".join(w[0] for w in words) == folded


_CAP = re.compile(r"[A-Z]")


def flex(name: str) -> str:
    """A pattern for a name as written (any case, any spaces or punctuation between its words)."""
    return _flex(name)


def _flex(name: str) -> str:
    """A pattern for a name as written: any case, any run of spaces or punctuation between words."""
    return r"[\W_]+".join(re.escape(w) for w in re.findall(r"\w+", name))


def defines(body: str, name: str, form: str) -> bool:
    """Whether an article's text defines ``form`` as ``name``: 'Badan Antariksa Amerika Serikat
    (NASA)', 'Bank Sentral Inggris (Bank of England/BoE)' or 'NASA (Badan Antariksa …)'. A name that
    is the tail of a longer one whose initials are the form ('Kawasan Inti Pusat Pemerintahan
    (KIPP)' read as 'Pusat Pemerintahan') defines nothing."""
    if not name or not form or len(body) > 2_000_000:
        return False
    n, f = _flex(name), _flex(form)
    if not n or not f:
        return False
    folded = normalize_name(form).replace(" ", "")
    words = normalize_name(name).split()
    if words[0] in part_words() and not _initials_of(folded, words):
        return False  # 'Satgas Pencegahan dan Penanganan Kekerasan (PPK)': the form names what the unit is for
    for m in re.finditer(rf"(?<!\w)({n})\s*\(\s*(?:[^()]{{0,60}}?/\s*)?{f}\s*[)/,;]", body, re.IGNORECASE):
        before = re.findall(r"\w+", body[max(0, m.start() - 80) : m.start()])
        run = list(words)
        tail = False
        for w in reversed(before[-4:]):
            if w.lower() in _JOINING:
                continue  # 'Islamic State in Iraq and Syria (ISIS)' read as 'Iraq and Syria'
            if not _CAP.match(w):
                break
            run.insert(0, normalize_name(w))
            if "".join(x[0] for x in run if x not in _JOINING) == folded:
                tail = True
                break
        if not tail:
            return True
    return re.search(rf"(?<!\w){f}\s*\(\s*{n}\s*[)/,;]", body, re.IGNORECASE) is not None


CONNECTORS = frozenset(("dan", "and", "of", "untuk", "the", "de", "&", "bagi", "pada"))


def defined_as(body: str, form: str, limit: int = 2_000_000) -> list[str]:
    """The names an article's text defines ``form`` as, folded: 'Program Indonesia Pintar (PIP)' →
    ['program indonesia pintar']. The capitalised words just before '(FORM)' whose initials (or, for
    a contraction, letters in order from the first) spell the form."""
    if not form or len(body) > limit:
        return []
    folded = normalize_name(form).replace(" ", "")
    out: list[str] = []
    for m in re.finditer(rf"\(\s*{_flex(form)}\s*\)", body, re.IGNORECASE):
        words = re.findall(r"[\w&'-]+", body[max(0, m.start() - 120) : m.start()])[-8:]
        run: list[str] = []
        for w in reversed(words):  # the capitalised run (connectors inside it) right before the bracket
            if _CAP.match(w) or (run and w.lower() in CONNECTORS):
                run.insert(0, w)
            else:
                break
        while run and run[0].lower() in CONNECTORS:
            run = run[1:]
        for i in range(len(run)):
            # a hyphenated word gives each part's initial: 'Public-Private Partnership (PPP)'
            tail = [x for w in run[i:] for x in normalize_name(w).split()]
            caps = [w for w in tail if w not in CONNECTORS]
            joined = "".join(tail)
            if "".join(w[0] for w in caps) == folded or (
                len(folded) > 4 and joined.startswith(folded[0]) and _in_order(folded, joined) and i == 0
            ):
                out.append(" ".join(tail))
                break
    return out


# words that join the words of a defined name ('Kekerasan di Perguruan Tinggi (PPKPT)'), in English too
# ('Islamic State in Iraq and Syria (ISIS)', 'Mobility as a Service (MaaS)': read as their tails)
_RUN_JOINERS = frozenset(
    ("di", "ke", "dari", "atas", "dalam", "terhadap", "antar", *("in", "as", "a", "an", "on", "for", "to", "at", "by"))
)
_JOINING = CONNECTORS | _RUN_JOINERS  # words a defined name's initials pass over


def defined_longer(body: str, name: str, form: str) -> str | None:
    """The longer name an article defines ``form`` as, of which ``name`` is only the tail, or None:
    'Perkumpulan Doktor Ilmu Kepolisian Indonesia (DIKPI)' read as 'Kepolisian Indonesia', 'Badan
    Pemberdayaan Perempuan dan Keluarga Berencana (BPPKB)' read as 'Keluarga Berencana'. The form is
    spelled out of the capitalised run before the bracket from a word before the name, and not out of
    the name itself: it names the whole, and the entities layer read a part of it."""
    words = normalize_name(name).split()
    folded = normalize_name(form).replace(" ", "")
    if not words or not folded or len(body) > 2_000_000 or spelled_from_first(folded, "".join(words)):
        return None
    for m in re.finditer(rf"\(\s*{_flex(form)}\s*[)/,;]", body, re.IGNORECASE):
        found = re.findall(r"[\w&'-]+", body[max(0, m.start() - 160) : m.start()])[-12:]
        run: list[str] = []
        for w in reversed(found):
            if _CAP.match(w) or (run and w.lower() in _JOINING):
                run.insert(0, w)
            else:
                break
        tail = [x for w in run for x in normalize_name(w).split()]
        if len(tail) <= len(words) or tail[-len(words) :] != words:
            continue
        for i in range(len(tail) - len(words)):
            part = [w for w in tail[i:] if w not in _JOINING]
            if len(part) > len(folded) + 1 or tail[i] in _JOINING:
                continue
            if "".join(w[0] for w in part) == folded or spelled_from_first(folded, "".join(tail[i:])):
                return " ".join(tail[i:])
    return None


def spelled_from_first(form: str, joined: str) -> bool:
    """The letters of ``form`` in order in ``joined``, the first letters equal."""
    return bool(form) and bool(joined) and form[0] == joined[0] and _in_order(form, joined)


def defined_as_phrase(body: str, form: str, limit: int = 2_000_000) -> list[str]:
    """The common-noun phrases an article defines ``form`` as, folded: 'alat pelindung diri (APD)'
    → ['alat pelindung diri']. The words just before '(FORM)', in any case, whose initials spell it:
    a thing the acronym stands for there, which :func:`defined_as` (capitalised names) misses."""
    if not form or len(body) > limit:
        return []
    folded = normalize_name(form).replace(" ", "")
    out: list[str] = []
    for m in re.finditer(rf"\(\s*{_flex(form)}\s*\)", body, re.IGNORECASE):
        found = [normalize_name(w) for w in re.findall(r"[\w&'-]+", body[max(0, m.start() - 120) : m.start()])[-8:]]
        for i in range(len(found)):
            part = [w for w in found[i:] if w not in CONNECTORS]
            if found[i] not in CONNECTORS and "".join(w[0] for w in part if w) == folded:
                out.append(" ".join(found[i:]))
                break
    return out


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def same_body(a: str, b: str) -> bool:
    """Whether two folded names of an organisation are one name for this purpose: equal, one in
    the other's words, or one spelling ('Metereologi', 'Meteorologi')."""
    if a == b or one_name(a, b, "ORG"):
        return True
    wa, wb = a.split(), b.split()
    short, long = sorted((wa, wb), key=len)
    if any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=1)
def government_short() -> dict[str, str]:
    """A regional government's short head → its long form ('pemkab' → 'pemerintah kabupaten'):
    identity/data/government_short.txt."""
    return _short_to_long("government_short.txt")


def _short_to_long(filename: str) -> dict[str, str]:
    """A data file of ``short<TAB>long`` lines (``#`` comments) as a dict."""
    text = (files("warta.identity") / "data" / filename).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {short: long for short, long in rows}


def _long_head(words: list[str]) -> list[str]:
    short = government_short()
    return short[words[0]].split() + words[1:] if words and words[0] in short else words


@lru_cache(maxsize=8192)
def regional_forms(norm: str) -> tuple[str, ...]:
    """The other folded names one region's body goes by: its head spelt long or short ('Pemkab X',
    'Pemerintah Kabupaten X'), and for a province any name of it the list knows, with or without
    'Provinsi' ('Polda Jatim', 'Polda Jawa Timur'; 'Pemprov Banten', 'Pemerintah Banten'). Empty when
    the name ends in no province and has no short head, or is a region's name alone."""
    words = _long_head(norm.split())
    known = province_names()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in known:
            head = [w for w in words[:i] if w != "provinsi"]
            if not head:
                return ()
            heads = {" ".join(head), " ".join([*head, "provinsi"])}
            heads |= {s for s, long in government_short().items() if long.split() == [*head, "provinsi"]}
            out = {f"{h} {t}" for h in heads for t in known[tail]}
            return tuple(sorted(out - {norm}))
    short = government_short()
    inverse = {long: s for s, long in short.items()}
    if norm.split()[0] in short:
        return (" ".join(words),)
    for long, s in inverse.items():
        if norm.startswith(long + " "):
            return (f"{s} {norm[len(long) + 1 :]}",)
    return ()


@lru_cache(maxsize=4096)
def _country_of(name: str) -> str | None:
    """The country a name is the name of in the gazetteer ('burma' → MM), when that is all it names."""
    found = {(p.country, p.feature) for p, _ in gazetteer.get().lookup_key(name_key(name))}
    return next(iter(found))[0] if len(found) == 1 and next(iter(found))[1] == "country" else None


def same_country(a: str, b: str) -> bool:
    """Whether two folded place names are one country's names ('brazil' and 'brasil', 'burma' and
    'myanmar'): a country has one identity whatever the article calls it."""
    country = _country_of(a)
    return country is not None and country == _country_of(b)


@lru_cache(maxsize=1)
def club_words() -> frozenset[str]:
    """Folded words that mark a football club's name ('fc', 'city', 'united', 'hotspur': the entities
    layer's data/club_words.txt, its marks and its football words): a body's name closed by them is a
    club's, and a word among them names no one club ('United')."""
    from warta.entities.patterns import sections

    lists = sections("club_words.txt")
    return frozenset(normalize_name(w) for key in ("marks", "football") for w in lists.get(key, ()))


@lru_cache(maxsize=1)
def listed_clubs() -> frozenset[str]:
    """Folded names the entities layer's organisations.tsv lists under a heading about clubs
    ('Persija Jakarta', 'Ajax Amsterdam'): the clubs a reader knows, home town and all."""
    out: set[str] = set()
    heading, clubs, after_entry = "", False, True
    with files("warta.entities").joinpath("data", "organisations.tsv").open(encoding="utf-8") as f:
        for ln in f:
            ln = ln.strip()
            if ln.startswith("#"):
                heading = ln if after_entry else f"{heading} {ln}"
                clubs, after_entry = "club" in heading.lower(), False
            elif ln:
                after_entry = True
                if clubs:
                    out.add(normalize_name(ln.split("\t")[0]))
    return frozenset(out)


def club_of(form: str, full: str) -> bool:
    """Whether ``full`` is a football club's name that opens with the one word ``form`` and goes on
    with club words ('Bologna FC', 'Hull City') or is a listed club ('Persela Lamongan'): what news
    names bare ('Persela menang'), not a thing named after it ('Kantor DPR')."""
    words = full.split()
    if " " in form or len(words) < 2 or words[0] != form or form in club_words():
        return False
    return all(w in club_words() for w in words[1:]) or full in listed_clubs()


def club_nickname(form: str, full: str) -> bool:
    """Whether ``form`` (folded) is a club's nickname the entities layer lists ('the citizens', 'setan
    merah', 'juku eja') and ``full`` that club's name: it holds the listed words and not the word of
    another club ('AC Milan' is 'Rossoneri', 'Inter Milan' is not)."""
    from warta.entities.clubs import nickname

    found = nickname(form)
    if found is None:
        return False
    words, other = found
    return _holds(full, words) and not (other and _holds(full, other))


def _holds(full: str, words: str) -> bool:
    """Whether the folded name holds ``words`` whole ('west ham' in 'west ham united')."""
    return re.search(rf"(?<!\w){re.escape(normalize_name(words))}(?!\w)", full) is not None
