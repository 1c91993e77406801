"""Where an entity ends, fixed after grouping: a place run into a second place, an organisation
run into the person who speaks, a rank inside a body's name starting a person, and capitalised
words that are not what they were taken for (initials, degrees, the region of a `Kapolsek`)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from warta.document import Article
from warta.entities.clusters import loc_key
from warta.entities.gazetteer import ADMIN_HEADS, country_of, place
from warta.entities.named_after import person_named_heads
from warta.entities.patterns import lexicon
from warta.entities.ranks import rank_lists
from warta.entities.roles.words import kinship
from warta.entities.spans import Cand, Cluster
from warta.entities.words import balinese_words, listed_body, org_of, org_words, place_words, truecase
from warta.resources import word_set

# Heads that open a new place inside a run of capitalised words (`Jalan Cipendawa Kecamatan
# Rawalumbu`, `Jalan Perimeter Selatan Bandara Soekarno Hatta`): two places, not one.
_INNER_PLACE_HEADS = frozenset(
    ("kecamatan", "kelurahan", "desa", "kabupaten", "kab.", "kota", "provinsi", "bandara", "pelabuhan", "jalan", "jl.")
)

# a site's common name with `kota` in it (`Taman Hutan Kota Srengreng`: a city forest, not a city)
_TOWN_COMPOUNDS = frozenset(
    (("hutan", "kota"), ("taman", "kota"), ("balai", "kota"), ("alun-alun", "kota"), ("pusat", "kota"))
)


def split_places(clusters: list[Cluster]) -> list[Cluster]:
    """A place name that runs into a second one is cut before the second one's head, and a
    site's name of its own before the region written after it."""
    out: list[Cluster] = []
    extra: list[Cand] = []
    for cl in clusters:
        if cl.label != "LOC":
            out.append(cl)
            continue
        kept = []
        todo = list(cl.mentions)
        while todo:  # a piece cut off may itself close with a region (`… Cikande Serang | Provinsi Banten`)
            m = todo.pop(0)
            words = m.text.split()
            cut = next(
                (
                    k
                    for k in range(2, len(words) - 1)
                    if words[k].lower() in _INNER_PLACE_HEADS
                    and words[k][0].isupper()
                    and (words[k - 1].lower(), words[k].lower()) not in _TOWN_COMPOUNDS
                ),
                None,
            )
            if cut is None:
                cut = _trailing_region(words)
                if cut is not None and _generic_site(words, cut):
                    cut = None  # `Stadion Olimpiade London`: the town is part of the site's name
            if cut is None:
                kept.append(m)
                continue
            left = " ".join(words[:cut])
            right_at = m.start + m.text.index(words[cut], len(left))
            todo.append(Cand(m.start, m.start + len(left), "LOC", m.strength, left))
            extra.append(Cand(right_at, m.end, "LOC", m.strength, m.text[right_at - m.start :]))
        cl.mentions = sorted(kept, key=lambda m: m.start)
        out.append(cl)
    by_key = {cl.key: cl for cl in out if cl.label == "LOC"}
    for cand in extra:
        key, country = loc_key(cand.text)
        home = by_key.get(key)
        if home is None:
            home = Cluster("LOC", key, [], country=country)
            by_key[key] = home
            out.append(home)
        home.mentions.append(cand)
        home.mentions.sort(key=lambda m: m.start)
    return out


def _generic_site(words: list[str], cut: int) -> bool:
    """Whether the words between a site's head and the town closing it are generic ones
    (`Stadion Olimpiade | London`, `Lapas Perempuan | Bandung`): such a name needs its town, so the
    town stays in it; a name of its own (`Bandara Ngurah Rai | Bali`, `Benteng Rotterdam |
    Makassar`, `Komplek Ruko Mangga Dua | Jakarta Utara`) is followed by where it stands."""
    middle = [w.lower() for w in words[1:cut]]
    if not 0 < len(middle) <= 2 or _names_a_place(" ".join(words[1:cut])):
        return False
    generic = lexicon().common | _generic_site_words()
    return all(w in generic for w in middle) and not any(_names_a_place(w) for w in words[1:cut])


def _names_a_place(name: str) -> bool:
    """A town, regency, province or country by that name (a district's name may be a common word)."""
    p = place(name)
    return p is not None and p.kind != "district"


@lru_cache(maxsize=1)
def _generic_site_words() -> frozenset[str]:
    return word_set("warta.entities", "generic_site_words.txt", lower=True)


# heads of a transport or sports site whose name a writer often follows with its region
# (`Bandara Ngurah Rai Bali`, `Pelabuhan Tanjung Priok Jakarta`)
_SITE_HEADS = frozenset(("bandara", "pelabuhan", "stadion", "stasiun", "terminal", "kawasan"))
# sites whose two-word name may close with the city they stand in (`Benteng Rotterdam | Makassar`)
_CITY_SITE_HEADS = _SITE_HEADS | frozenset(
    ("benteng", "candi", "gedung", "hotel", "masjid", "museum", "pantai", "pasar")
    + ("lapangan", "taman", "gereja", "pura", "monumen", "tugu", "bundaran", "rutan", "lapas")
)


# a generic word between a site's head and a place makes the place part of the name
# (`Bandara Internasional Yogyakarta`, `Masjid Agung Semarang`, `Pasar Besar Malang`)
_NAME_QUALIFIERS = frozenset(
    ("internasional", "international", "utama", "umum", "raya", "baru", "lama", "besar", "agung", "nasional")
    + ("negeri", "induk", "pusat", "sentral")
)


def _names_person(word: str) -> bool:
    """A title or honorific right before a name: the site is named after a person (`Stadion
    Gelora Bung Tomo`, `Bandara Sultan Hasanuddin`), so the next word is no region."""
    low = (word.lower().rstrip("."),)
    lex = lexicon()
    return low in lex.honorifics or low in lex.roles or low[0] in _PERSON_WORDS


# words that open a person's name inside a site's name and no list of titles holds
_PERSON_WORDS = frozenset(("bung", "mbah", "sunan", "syekh", "pangeran", "raden", "teuku", "cut"))


def _trailing_region(words: list[str]) -> int | None:
    """Where the region written after a site's name of two words or more starts (`Bandara Ngurah
    Rai | Bali`); not `Bandara Internasional Lombok`, where the place is the name."""
    if len(words) >= 4 and words[0].lower() in _SITE_HEADS:
        for n in (2, 1):
            tail = words[-n:]
            if (
                len(words) - n >= 3
                and all(w[:1].isupper() for w in tail)
                and country_of(" ".join(tail)) is not None
                and not _names_person(words[-n - 1])
            ):
                return len(words) - n
    if (
        len(words) == 3
        and words[0].lower() in _CITY_SITE_HEADS
        and words[2][:1].isupper()
        and words[1].lower() not in _NAME_QUALIFIERS
    ):
        p = place(words[2])
        if p is not None and p.kind in ("city", "regency"):
            return 2
    # `Mall Taman Palem Jakarta Barat`: a two-word city or province closing any longer place
    # that is not itself known (`Kota Jakarta Barat`, `Bandung Barat` are)
    if len(words) >= 4 and words[0].lower() not in ADMIN_HEADS and country_of(" ".join(words)) is None:
        tail = " ".join(words[-2:])
        p = place(tail)
        if p is not None and p.kind in ("city", "province", "regency") and all(w[:1].isupper() for w in words[-2:]):
            return len(words) - 2
    return None


@lru_cache(maxsize=1)
def _seat_heads() -> frozenset[tuple[str, ...]]:
    raw = resources.files("warta.entities").joinpath("data/seat_heads.txt").read_text("utf-8")
    return frozenset(tuple(ln.split()) for ln in raw.lower().splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _seat_firsts() -> frozenset[str]:
    """First words of the seats' heads, to rule most mentions out at once."""
    return frozenset(h[0] for h in _seat_heads())


_THEN_CITY = re.compile(r"\s*,\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _locality_cut(norm: str, m: Cand) -> int | None:
    """Where the locality starts in `Mabes TNI Cilangkap` (followed by `, Jakarta Timur`):
    after the seat's head and one word (or a listed body's name), when one or two unknown
    capitalised words and then a comma and a known city or province follow."""
    words = m.text.split()
    if not words or words[0].lower() not in _seat_firsts():
        return None  # no seat's head opens it (most mentions): the heads need not be tried
    low = tuple(w.lower() for w in words)
    head = next((len(h) for h in _seat_heads() if low[: len(h)] == h), 0)
    if not head or len(words) < head + 2:
        return None
    after = _THEN_CITY.match(norm, m.end)
    if after is None:
        return None
    city = place(after.group(1)) or place(after.group(1).split()[0])
    if city is None or city.kind not in ("city", "province", "regency"):
        return None
    org = org_words()
    for cut in range(len(words) - 1, head, -1):
        tail = words[cut:]
        if len(tail) > 2:
            break
        known_left = org_of(" ".join(words[:cut])) is not None
        if cut != head + 1 and not known_left:
            continue
        tail_ok = all(w[:1].isupper() and w.isalpha() and not w.isupper() and w.lower() not in org for w in tail)
        p = place(" ".join(tail))
        if tail_ok and (p is None or p.kind not in ("city", "province", "regency", "country")):
            return cut
    return None


def _halves(norm: str, m: Cand, cut: int, left_label: str, right_label: str) -> tuple[Cand, Cand]:
    """A mention cut before its word ``cut`` into two mentions: the left one named by its words
    single-spaced (as the lists name them), the right one as the article writes it."""
    words = m.text.split()
    left = " ".join(words[:cut])
    at = m.start + m.text.index(words[cut], len(left))
    head = Cand(m.start, m.start + len(left), left_label, m.strength, left)
    return head, Cand(at, m.end, right_label, m.strength, norm[at : m.end])


def split_localities(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A body's seat written with its locality (`Kementerian Sosial Bambu Apus, Jakarta Timur`)
    is the body and a place, not one longer name; the place lies in the city's country."""
    norm = article.norm
    extra: list[tuple[Cand, str | None]] = []
    for cl in clusters:
        if cl.label not in ("ORG", "LOC"):
            continue
        kept = []
        for m in cl.mentions:
            cut = _locality_cut(norm, m)
            if cut is None:
                kept.append(m)
                continue
            body, locality = _halves(norm, m, cut, cl.label, "LOC")
            kept.append(body)
            after = _THEN_CITY.match(norm, m.end)
            extra.append((locality, country_of(after.group(1))))
        cl.mentions = kept
    by_key = {cl.key: cl for cl in clusters if cl.label == "LOC"}
    for cand, country in extra:
        key, known = loc_key(cand.text)
        home = by_key.get(key)
        if home is None:
            home = Cluster("LOC", key, [], country=known or country)
            by_key[key] = home
            clusters.append(home)
        home.mentions.append(cand)
        home.mentions.sort(key=lambda x: x.start)
    return clusters


def _org_head(words: list[str]) -> bool:
    """A known organisation, or a name opened by an organisation's head (`Kementerian …`)."""
    if org_of(" ".join(words)):
        return True
    heads = lexicon().org_start
    low = tuple(w.lower() for w in words)
    return any(low[: len(h)] == h for h in heads) and len(words) >= 2


def _headed(words: list[str]) -> bool:
    """A name opened by a body's, a place's or a facility's head word (`Universitas`, `Wisma`)."""
    lex = lexicon()
    low = tuple(w.lower() for w in words)
    if low[:1] and low[0] in word_set("warta.entities", "facility_heads.txt", lower=True):
        return True
    return any(low[: len(h)] == h and len(words) > len(h) for h in lex.org_start | lex.loc_start)


def _name_word(w: str) -> bool:
    """A word shaped as a part of a person's name: capitalised letters, not an acronym."""
    return w[:1].isupper() and w.isalpha() and not w.isupper()


def _person_words(words: list[str]) -> bool:
    """Capitalised words that could be a person's name: none of them an office, organisation
    or place word."""
    org, place = org_words(), place_words()
    return 1 <= len(words) <= 3 and all(
        _name_word(w) and w.lower() not in org and w.lower() not in place and country_of(w) is None for w in words
    )


def _loose_person(words: list[str]) -> bool:
    """A known given name and then surnames that are also common words of bodies (`Dharma
    Putra`, `Eka Jaya`): capitalised, but no head of a body or a place unit, nor a country."""
    heads = {h[0] for h in lexicon().org_start if len(h) == 1} | set(ADMIN_HEADS)
    return 1 <= len(words) <= 3 and all(
        _name_word(w) and w.lower() not in heads and country_of(w) is None for w in words
    )


_VERB_PREFIX = re.compile(r"(?:me|ber)[a-z]{3,}$")


def _posted_name(norm: str, m: Cand, tail: list[str], person_ends: dict[int, int]) -> bool:
    """The words cut off a posted body are the holder's name: none of them a post, rank, honorific
    or a body's closing word (`… Korupsi Brigjen (Pol) Aris`, `Pertamina Arden Team`), no person set
    off after a comma next (`Head Engineering Pertamina Arden Team, Gaetan Jego`), and, unless a
    listed given name opens them, the clause goes on after them (a comma, a verb, `dalam`, `di` …)."""
    lex = lexicon()
    ranks, corps = rank_lists()
    for w in tail:
        low = w.lower()
        if (low,) in lex.roles or (low,) in lex.honorifics or low in ranks or low in corps or low in lex.org_end:
            return False
    end = person_ends.get(m.end + 1, m.end) if norm[m.end : m.end + 1] == " " else m.end  # the surname read apart
    after = norm[end : end + 40]
    comma = re.match(r",\s*", after)
    if comma and end + comma.end() in person_ends:
        return False
    if tail[0] in lex.given:
        return True
    nxt = after.split()[:1]
    if comma or after[:1] in ".;:" or not nxt:
        return True
    word = nxt[0].strip(",.").lower()
    return word in lex.cue_before or word in _posted_name_ends() or bool(_VERB_PREFIX.match(word))


def _posted_name_ends() -> frozenset[str]:
    return word_set("warta.entities", "posted_name_ends.txt", lower=True)


def _given_led(words: list[str]) -> bool:
    """A name opened by a known given name that is also a village's (`Bambang Sugiarto`): after a
    post and its body the words are a person's unless one is a body's word or a country."""
    org = org_words()
    return 1 <= len(words) <= 3 and all(
        _name_word(w) and w.lower() not in org and getattr(place(w), "kind", None) != "country" for w in words
    )


def _place_head(words: list[str]) -> bool:
    """A place unit named after its head (`Kelurahan Pademangan`, `Kecamatan Tebet`) or a country."""
    if len(words) >= 2 and words[0].lower() in ADMIN_HEADS:
        return True
    return country_of(" ".join(words)) is not None and len(words) <= 2


def _uncommon(words: list[str]) -> bool:
    """None of the words is one a writer mostly puts in lower case (`Statistik`, `Bidang`): a
    name's words, not the last words of a body's own name."""
    tc = truecase()
    return bool(tc) and all(tc.get(w.lower()) not in ("0", "1") for w in words)


def _named_after_head(words: list[str]) -> bool:
    """The name opens with a head of sites often named after a person (`Universitas`, `RSUD`)."""
    heads = person_named_heads()
    low = [w.lower() for w in words]
    return low[0] in heads or " ".join(low[:2]) in heads


def _titled_before(norm: str, start: int) -> bool:
    """A post right before the name, perhaps with its unit between (`Kepala`, `Kabag Humas`,
    `Direktur Jenderal`): a role phrase within the last four words, on the same line."""
    roles = lexicon().roles
    line = norm[max(0, start - 50) : start].rsplit("\n", 1)[-1]
    low = tuple(w.lower() for w in re.findall(r"[\w.]+", line))[-4:]
    return norm[start - 1 : start] == " " and any(
        low[i : i + n] in roles for i in range(len(low)) for n in (1, 2, 3) if i + n <= len(low)
    )


# words that join a post's run without ending it: `Anggota Komisi III DPR dari Fraksi Golkar`
_RUN_JOINERS = frozenset({"dan", "dari", "&"})
_RUN_WORDS = 12  # how far back a post may open the run: a unit, its body, its place and a bracket


def _posted_run(norm: str, start: int) -> bool:
    """A post or trade opens the run of capitalised words the mention closes, or stands in the
    four words before that run (`juru bicara`, `pakar hukum pidana`, `Anggota Komisi IX DPR dari
    Fraksi …`): the writer's `Title Body Name` construction, in which a name follows the body."""
    roles = lexicon().roles
    line = norm[max(0, start - 160) : start].rsplit("\n", 1)[-1]
    words = line.split()
    a = len(words)
    while a > 0 and len(words) - a < _RUN_WORDS:
        w = words[a - 1]
        if w[-1] in ",.;:\"”'" or not (w[0].isupper() or w[0] == "(" or w.lower() in _RUN_JOINERS):
            break
        a -= 1
    while a < len(words) and words[a].lower() in _RUN_JOINERS:
        a += 1
    low = [re.sub(r"[^\w-]", "", w).lower() for w in words]
    # before the run, or among its first words (`Menurut Ketua Komisi IX DPR …`: the sentence's opener)
    return any(
        i + n <= len(low) and (i + n <= a or i >= a) and tuple(low[i : i + n]) in roles
        for i in range(max(0, a - 4), min(a + 2, len(low)))
        for n in (1, 2, 3)
    )


def _closed_body(words: list[str]) -> bool:
    """The body's own name is whole: a listed body (a short form or the full name it stands for),
    a body's head then a known place (`Pengadilan Negeri Jakarta Selatan`), a company's legal
    form (`PT … Tbk`, `(Persero)`), an acronym, or a faction of a listed party (`Fraksi PKS`)."""
    text = " ".join(words)
    if (
        listed_body(text)
        or words[-1].lower() in word_set("warta.entities", "company_closings.txt", lower=True)
        or (len(words) == 1 and _acronym(words[0]))
    ):
        return True
    if len(words) >= 2 and words[0] == "Fraksi" and listed_body(" ".join(words[1:])):
        return True
    if not _org_head(words):
        return False
    return any(
        len(words) > n and getattr(place(" ".join(words[-n:])), "kind", "country") != "country" for n in (1, 2, 3)
    )


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _said_after(norm: str, m: Cand, cues: frozenset[str]) -> bool:
    """A verb of saying right after the mention (`… Sutrisno Hadi mengatakan`)."""
    nxt = norm[m.end : m.end + 30].split()
    return bool(nxt) and nxt[0].strip(",.").lower() in cues


def _known_left(label: str, words: list[str]) -> bool:
    """The words before the cut are a known body or place in full: the body keeps its own words."""
    text = " ".join(words)
    if label == "ORG":
        return org_of(text) is not None
    return place(" ".join(words[1:])) is not None or country_of(text) is not None


def _name_end(norm: str, end: int, clusters: list[Cluster]) -> int:
    """Where the person cut off a body's name ends: the tagger may have read the body up to the
    first name and the surname as a person of its own (`Kementerian Kesehatan Teguh | Prasetyo`);
    that person, right after, is the rest of the name and leaves its cluster."""
    if norm[end : end + 1] != " ":
        return end
    for cl in clusters:
        if cl.label != "PER":
            continue
        for x in cl.mentions:
            if x.start == end + 1:
                cl.mentions.remove(x)
                return x.end
    return end


_AND = re.compile(r",?\s+(?:dan|serta)\s+")


def _joined_to_person(norm: str, end: int, person_starts: set[int]) -> bool:
    """`… Irman dan Sugiharto`: the mention is joined by `dan`/`serta` to a person's name."""
    m = _AND.match(norm, end)
    return m is not None and m.end() in person_starts


def split_org_person(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Pejabat Kementerian Dalam Negeri Josue Boji mengatakan`, `Lurah Kelurahan Pademangan
    Sutrisno Hadi mengatakan`: a body's or a place unit's name run on into the capitalised name of
    the person who speaks is a body or place and a person. The body keeps its own words: a cut
    after a known body or place wins, then one before a known given name, then the earliest."""
    norm = article.norm
    cues = lexicon().cue_before
    out: list[Cluster] = []
    people: list[Cluster] = []
    given = lexicon().given
    person_words = {w for cl in clusters if cl.label == "PER" for m in cl.mentions for w in m.text.split()}
    # people the article names by one word alone (`Bey mengatakan`)
    alone_people = {m.text for cl in clusters if cl.label == "PER" for m in cl.mentions if " " not in m.text}
    person_starts = {m.start for cl in clusters if cl.label == "PER" for m in cl.mentions}
    person_ends = {m.start: m.end for cl in clusters if cl.label == "PER" for m in cl.mentions}
    for cl in clusters:
        # one name, written once or the same way each time (a heading and the body)
        if cl.label not in ("ORG", "LOC") or len({x.text for x in cl.mentions}) != 1:
            out.append(cl)
            continue
        said = [x for x in cl.mentions if _said_after(norm, x, cues)]
        m = (said or cl.mentions)[0]
        words = m.text.split()
        cued = bool(said)
        head = _org_head if cl.label == "ORG" else _place_head
        # a verb of saying after a name no head names a site after (`Universitas … Sunan Kalijaga`),
        # and, for an unknown body, a post before it (`Kepala Badan … Amalia … memaparkan`)
        plain = cued and not _named_after_head(words)
        titled = _titled_before(norm, m.start)
        # a post or trade before the body, at the head of the run it closes (`Juru bicara
        # Kementerian Kesehatan Teguh Prasetyo, …`, `anggota Badan … (Bapemperda) DPRD DKI Jakarta Bestari Barus`)
        posted = cl.label == "ORG" and _posted_run(norm, m.start)
        if len(words) < (2 if posted else 3):
            out.append(cl)
            continue
        cuts = [
            k
            for k in range(max(1 if posted else 2 if cl.label == "ORG" else 1, len(words) - 3), len(words))
            if head(words[:k])
            and (
                _person_words(words[k:])
                or (cued and words[k] in given and _loose_person(words[k:]))
                or (posted and words[k] in given and _given_led(words[k:]))
            )
            # a person: a known given name, or named alone elsewhere (`Boji mengatakan`);
            # without a verb of saying after it, the person's first name must come back
            # alone (`Sekretariat Presiden Bey Machmudin` … `Bey mengatakan`); a verb of
            # saying after words no writer puts in lower case will do when the body or place
            # before them is known in full (`Badan Pusat Statistik Amalia … memaparkan`)
            and (
                (cued and (words[k] in given or words[-1] in person_words))
                # `dua eks pejabat Kementerian Dalam Negeri Irman dan Sugiharto`: joined to a person
                or (_person_words(words[k:]) and _joined_to_person(norm, m.end, person_starts))
                or (len(words) - k >= 2 and words[k] in alone_people)
                or (plain and _known_left(cl.label, words[:k]) and _uncommon(words[k:]))
                # a place unit known in full and then a full name with a known given name
                # (`Guru SMA di Kabupaten Sampang Ahmad Budi Cahyono menjadi …`)
                or (
                    cl.label == "LOC"
                    and words[k] in given
                    and len(words) - k >= 2
                    and _known_left(cl.label, words[:k])
                    and _uncommon(words[k:])
                )
                or (plain and titled and cl.label == "ORG" and len(words) - k >= 2 and _uncommon(words[k:]))
                # one name right after a body's acronym, a post before (`Kabag Humas Ditjen PAS Syarpani`)
                or (plain and titled and cl.label == "ORG" and _acronym(words[k - 1]) and _uncommon(words[k:]))
                # a posted body whose own name is closed (listed, ending with its place, its company
                # form or an acronym) and then a name (`Sekjen Kemenkes Suparman, Jumat (1/3), …`)
                or (
                    posted
                    and _closed_body(words[:k])
                    and _uncommon(words[k:])
                    and _posted_name(norm, m, words[k:], person_ends)
                )
            )
        ]
        if not cuts:
            out.append(cl)
            continue
        cut = next(
            (k for k in cuts if _known_left(cl.label, words[:k])),
            next((k for k in cuts if words[k] in given), cuts[0]),
        )
        left = " ".join(words[:cut])
        at = m.text.index(words[cut], len(left))
        whole = list(cl.mentions)
        cl.mentions = [Cand(x.start, x.start + len(left), cl.label, x.strength, left) for x in cl.mentions]
        if cl.label == "LOC":
            cl.key, cl.country = loc_key(left)
        out.append(cl)
        named = []
        for x in whole:
            end = _name_end(norm, x.end, clusters)  # (a surname read apart leaves its cluster)
            named.append(Cand(x.start + at, end, "PER", x.strength, norm[x.start + at : end]))
        people.append(Cluster("PER", "P:" + named[0].text.casefold(), named, names=set(named[0].text.split())))
    for p in people:  # the person may be named again later (`Boji mengatakan`)
        first, last = p.mentions[0].text.split()[0], p.mentions[0].text.split()[-1]
        for cl in out:
            if cl.label == "PER" and all(x.text in (first, last, p.mentions[0].text) for x in cl.mentions):
                p.mentions.extend(cl.mentions)
                cl.mentions = []
        p.mentions.sort(key=lambda x: x.start)
        out.append(p)
    return [cl for cl in out if cl.mentions]


_INITIALS_CUE = re.compile(r"\b(?:ber)?inisial\s+$", re.IGNORECASE)


# an academic degree after a name and a comma (`M. Ali Nurdin, S.H.,`)
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Z]?[A-Za-z]{0,3}\.?")


def _region_titles() -> frozenset[str]:
    return word_set("warta.entities", "region_titles.txt", lower=True)


def _law_words() -> frozenset[str]:
    return word_set("warta.entities", "law_words.txt", lower=True)


def _legal_or_class(text: str, laws: frozenset[str]) -> bool:
    words = text.lower().split()
    if len(words) < 2:
        return False
    return words[0] in laws or " ".join(words[:2]) in laws or words[-1] == "lainnya"


def not_names(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """Capitalised words that are not what they were taken for: titles of laws and classes of
    bodies are no organisation (`Peraturan Pemerintah …`, `… Lainnya`), initials after `berinisial`
    are no place or body (`pelaku berinisial AS`), a degree after a name is no person (`, S.H.`),
    and the word between `Kapolsek` and a rank is the region (`Kapolsek Cilandak Kompol …`)."""
    norm = article.norm
    ranks, _corps = rank_lists()
    titles = _region_titles()
    laws = _law_words()
    for cl in clusters:
        if cl.label in ("LOC", "ORG"):
            # `Peraturan Pemerintah Pengganti Undang-undang`, `Lembaga Jasa Keuangan Lainnya`: a
            # legal text, or a class of bodies (`… lainnya`, the others), is named by no one
            cl.mentions = [m for m in cl.mentions if not _legal_or_class(m.text, laws)]
            initials = {m.text for m in cl.mentions if _INITIALS_CUE.search(norm[max(0, m.start - 12) : m.start])}
            cl.mentions = [m for m in cl.mentions if m.text not in initials]  # `AS` again later is the same person
        elif cl.label == "PER":
            cl.mentions = [
                m
                for m in cl.mentions
                if not (_DEGREE.fullmatch(m.text) and norm[max(0, m.start - 2) : m.start].strip() == ",")
            ]
            before = [norm[max(0, m.start - 20) : m.start].split()[-1:] for m in cl.mentions]
            after = [norm[m.end : m.end + 20].split()[:1] for m in cl.mentions]
            if cl.mentions and all(
                b and b[0].lower() in titles and a and a[0].strip(".,").lower() in ranks
                for b, a in zip(before, after, strict=True)
            ):
                cl.label, cl.role = "LOC", None
    return [cl for cl in clusters if cl.mentions]


def _trailing_rank(words: list[str], ranks: frozenset[str], corps: frozenset[str]) -> int | None:
    """Where a rank (and its corps or grade) closing a name of two words or more starts."""
    cut = len(words)
    while cut > 2 and words[cut - 1].strip("().").lower() in corps:
        cut -= 1
    if cut >= 3 and words[cut - 1].strip("().").lower() in ranks and words[cut - 1][:1].isupper():
        return cut - 1
    return None


def split_ranked(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Komandan Kodim 0733/Kota Semarang Letkol Inf Yoyon Nugroho` read as one place: a rank
    inside a place's or a body's name ends it, and the capitalised words after the rank (and its
    corps) are a person."""
    ranks, corps = rank_lists()
    out: list[Cluster] = []
    people: list[Cand] = []
    trimmed: list[tuple[Cluster, Cand]] = []
    for cl in clusters:
        if cl.label not in ("LOC", "ORG"):
            out.append(cl)
            continue
        kept = []
        todo = list(cl.mentions)
        while todo:  # a piece cut off may itself close with a region (`… Cikande Serang | Provinsi Banten`)
            m = todo.pop(0)
            words = m.text.split()
            k = next((k for k in range(1, len(words) - 1) if words[k].strip("().").lower() in ranks), None)
            j = k + 1 if k is not None else 0
            while k is not None and j < len(words) and words[j].strip("().").lower() in corps:
                j += 1
            name = words[j:] if k is not None else []
            if not name and (cut := _trailing_rank(words, ranks, corps)) is not None:
                # `Kementerian Pertahanan Laksamana Madya` + `Widodo`: the rank is the title of
                # the person named after the body, not a word of its name
                left = " ".join(words[:cut])
                trimmed.append((cl, Cand(m.start, m.start + len(left), cl.label, m.strength, left)))
                continue
            # `Jalan Kapten P Tendean`: a street named after a ranked person is one name
            named_after = k is not None and " ".join(words[:k]).lower() in person_named_heads()
            if named_after or not name or not all(w[:1].isupper() and w.isalpha() for w in name):
                kept.append(m)
                continue
            left = " ".join(words[:k])
            kept.append(Cand(m.start, m.start + len(left), cl.label, m.strength, left))
            at = m.start + m.text.index(name[0], len(" ".join(words[:j])))
            people.append(Cand(at, m.end, "PER", m.strength, article.norm[at : m.end]))
        cl.mentions = kept
        out.append(cl)
    for cl, cand in trimmed:  # the body named again elsewhere is the same body
        home = next((o for o in out if o.label == cl.label and any(x.text == cand.text for x in o.mentions)), cl)
        home.mentions.append(cand)
        home.mentions.sort(key=lambda x: x.start)
    for person in people:
        words = {w.casefold() for w in person.text.split()}
        home = next((cl for cl in out if cl.label == "PER" and words <= cl.names), None)
        if home is None:
            home = Cluster("PER", "P:" + person.text.casefold(), [], names=words)
            out.append(home)
        home.mentions.append(person)
        home.mentions.sort(key=lambda x: x.start)
    return [cl for cl in out if cl.mentions]


def split_region_person(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Camat Tebet Dharma Putra mengatakan`: after the title of a region's head the region's
    name comes first, so a known place opening the "person" right after such a title is a place
    and the rest the person (`Tebet` | `Dharma Putra`); so too a place after `di` or a country
    after a post (`_place_person_cut`), where the person keeps no role."""
    norm = article.norm
    titles = _region_titles()
    places: list[Cand] = []
    people_cut: set[int] = set()
    for cl in clusters:
        if cl.label != "PER":
            continue
        kept = []
        for m in cl.mentions:
            words = m.text.split()
            before = norm[max(0, m.start - 20) : m.start].split()[-1:]
            spaced = bool(before) and norm[m.start - 1 : m.start] == " "
            cut = None
            if spaced and before[0].lower() in titles:
                cut = _place_person_cut(words, "region")
            elif spaced and (before[0] == "di" or _titled_before(norm, m.start)):
                cut = _place_person_cut(words, "di" if before[0] == "di" else "post")
                if cut is not None:
                    people_cut.add(id(cl))
            if cut is None:
                kept.append(m)
                continue
            loc, per = _halves(norm, m, cut, "LOC", "PER")
            places.append(loc)
            kept.append(per)
            if id(cl) not in people_cut:
                cl.role = f"{before[0]} {loc.text}"  # the head of that region: `Camat Tebet`
        if kept != cl.mentions:
            cl.mentions = kept
            cl.names = {w for x in kept for w in x.text.split()}
    _file_places(clusters, places)
    return clusters


def _file_places(clusters: list[Cluster], places: list[Cand]) -> None:
    """Each place cut off a name joins the LOC entity of its key (made when there is none yet),
    once: a mention already there at the same start is not added again."""
    by_key = {cl.key: cl for cl in clusters if cl.label == "LOC"}
    for cand in places:
        key, country = loc_key(cand.text)
        home = by_key.get(key)
        if home is None:
            home = by_key[key] = Cluster("LOC", key, [], country=country)
            clusters.append(home)
        if all(x.start != cand.start for x in home.mentions):
            home.mentions.append(cand)
            home.mentions.sort(key=lambda x: x.start)


def _opens_sentence(norm: str, at: int) -> bool:
    """A sentence (or a paragraph) opens at ``at``: its capital says nothing of a name."""
    before = norm[max(0, at - 4) : at].rstrip(" ")
    return not before or before[-1] in '.!?\n"”'


def trim_sentence_openers(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Pembentukan America Party terjadi setelah …`: a word writers mostly put in lower case,
    capitalised only because it opens the sentence, is not part of the name after it when the
    article names that rest elsewhere on its own (`bernama America Party`): the mention is cut
    to the rest and joins that entity."""
    norm = article.norm
    tc = truecase()
    if not tc:
        return clusters
    heads = {h[0] for h in lexicon().org_start} | set(ADMIN_HEADS) | _region_titles()
    by_text: dict[str, Cluster] = {}
    for cl in clusters:
        for m in cl.mentions:
            by_text.setdefault(m.text, cl)
    for cl in clusters:
        kept = []
        for m in cl.mentions:
            first, _, rest = m.text.partition(" ")
            home = by_text.get(rest) if rest else None
            if (
                home is not None
                and home is not cl
                and tc.get(first.lower()) == "0"
                and first.lower() not in heads
                and first.isalpha()
                and _opens_sentence(norm, m.start)
            ):
                at = m.start + len(first) + 1
                home.mentions.append(Cand(at, m.end, home.label, m.strength, norm[at : m.end]))
                home.mentions.sort(key=lambda x: x.start)
                continue
            kept.append(m)
        cl.mentions = kept
    return [cl for cl in clusters if cl.mentions]


def split_coordinated(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`dominasi Partai Republik dan Demokrat`, `RS Universitas Udayana dan Wisma Atlet`: two
    names joined by `dan` read as one. Split when the part after `dan` is a body or place the
    lists know or the article names on its own elsewhere, so a body's own `dan` (`Kementerian
    Energi dan Sumber Daya Mineral`) stays whole; the part after `dan` joins its entity."""
    norm = article.norm
    alone: dict[str, Cluster] = {}
    for cl in clusters:
        for m in cl.mentions:
            alone.setdefault(m.text, cl)
    added: list[Cluster] = []
    for cl in clusters:
        if cl.label not in ("ORG", "LOC"):
            continue
        kept = []
        for m in cl.mentions:
            left, sep, right = m.text.partition(" dan ")
            rw = right.split()
            if (
                not sep
                or " dan " in right
                or len(left.split()) < 2
                or not 1 <= len(rw) <= 3
                or not all(w[:1].isupper() for w in rw)
                or org_of(m.text) is not None
                or place(m.text) is not None
            ):
                kept.append(m)
                continue
            if any(x.acronym_of == (m.start, m.end) for x in cl.mentions):
                kept.append(m)  # `… Jawa Barat dan Banten (BJB)`: the short form spells the whole
                continue
            home = alone.get(right)
            # an acronym the lists know may be a body's own last word (`Kementerian Hukum dan HAM`)
            known = not _acronym(right) and (org_of(right) is not None or place(right) is not None)
            # or both sides open with a head of their own (`Universitas Udayana dan Wisma Atlet`)
            known = known or (_headed(left.split()) and _headed(rw) and len(rw) >= 2)
            if (home is None or home is cl) and not known:
                kept.append(m)
                continue
            kept.append(Cand(m.start, m.start + len(left), cl.label, m.strength, left))
            at = m.start + len(left) + len(sep)
            if home is None or home is cl:
                label = "ORG" if org_of(right) is not None else "LOC"
                key = loc_key(right)[0] if label == "LOC" else "O:" + right.casefold()
                home = Cluster(label, key, [], country=loc_key(right)[1] if label == "LOC" else None)
                added.append(home)
                alone[right] = home
            home.mentions.append(Cand(at, m.end, home.label, m.strength, norm[at : m.end]))
            home.mentions.sort(key=lambda x: x.start)
        cl.mentions = kept
    return [cl for cl in clusters + added if cl.mentions]


_LOCATIVE_BEFORE = re.compile(r"\b(?:di|ke|dari|asal)\s+$")


def _place_person_cut(words: list[str], after: str) -> int | None:
    """Where the person starts in a name run from a place into a person, or None. What stands
    before the name (``after``) says how sure the place must be and how the person must read:

    - ``region``, the title of a region's head (`Camat Tebet | Dharma Putra`): the region's name
      comes first, so any known place but a country, then person's words or a given name;
    - ``di`` (`di Kuranji | Hasan Basri Ibrahim`): any known place, then a full name (two words
      at least, a known given name first) of person's words only;
    - ``post`` (`Presiden Afghanistan | Ashraf Ghani`): the post is the country's, so a country,
      then person's words only, given name or not;
    - ``locative`` (after `di`, `ke`, `dari`, `asal`) or ``""``: a country, a unit named with its
      head word (`Kabupaten Sampang | Ahmad Budi Cahyono`) or, after a preposition, any known
      place, then a known given name and words read loosely (`Arab Saudi | Agus Maftuh`).
    The first three follow a cue and try the longest place first; the last two try the shortest
    of up to three words first. The orders stay apart: one in place of the other cuts some
    development names elsewhere."""
    given = lexicon().given
    cued = after in ("region", "di", "post")
    for k in range(len(words) - 1, 0, -1) if cued else range(1, min(len(words) - 1, 3) + 1):
        rest = words[k:]
        p = place(" ".join(words[:k]))
        if p is None:
            continue
        if after == "region":
            if p.kind != "country" and (_person_words(rest) or (rest[0] in given and _loose_person(rest))):
                return k
        elif after == "di":
            if rest[0] in given and len(rest) >= 2 and _person_words(rest):
                return k
        elif after == "post":
            if p.kind == "country" and _person_words(rest):
                return k
        elif rest[0] in given and _loose_person(rest):
            headed = k >= 2 and words[0].lower() in ADMIN_HEADS
            if p.kind == "country" or headed or after == "locative":
                return k
    return None


def split_place_person(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A place written right before a person's name and run into it is cut off: the place joins
    (or makes) its LOC entity and the person stays (or becomes) a PER mention."""
    norm = article.norm
    cuts: list[tuple[Cand, Cand]] = []
    for cl in clusters:
        if cl.label not in ("PER", "LOC"):
            continue
        kept = []
        for m in cl.mentions:
            locative = _LOCATIVE_BEFORE.search(norm[max(0, m.start - 8) : m.start])
            k = _place_person_cut(m.text.split(), "locative" if locative else "")
            if k is None:
                kept.append(m)
                continue
            loc, per = _halves(norm, m, k, "LOC", "PER")
            cuts.append((loc, per))
            kept.append(per if cl.label == "PER" else loc)
        if kept != cl.mentions:
            cl.mentions = kept
            if cl.label == "PER":
                cl.names = {w for x in kept for w in x.text.split()}
            else:
                cl.key, cl.country = loc_key(kept[0].text) if len(kept) == 1 else (cl.key, cl.country)
    if not cuts:
        return clusters
    _file_places(clusters, [loc for loc, _ in cuts])
    people = {m.text: cl for cl in clusters if cl.label == "PER" for m in cl.mentions}
    for _, per in cuts:
        person = people.get(per.text)
        if person is None:
            person = people[per.text] = Cluster("PER", "P:" + per.text.casefold(), [], names=set(per.text.split()))
            clusters.append(person)
        if all(x.start != per.start for x in person.mentions):
            person.mentions.append(per)
            person.mentions.sort(key=lambda x: x.start)
    return [cl for cl in clusters if cl.mentions]


_TIE_BEFORE = re.compile(r"(?:^|\s)(?P<tie>[a-z]+) $")


@lru_cache(maxsize=1)
def _ties() -> frozenset[str]:
    """Family ties of one word (`putri`, `istri`): the person named after `tie Title Name` is the relative."""
    return frozenset(w for w in kinship() if " " not in w)


def split_relative(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`putri Presiden Joko Widodo Kahiyang Ayu`: a family tie and a post, then two names run
    together, the second of which the article uses alone (`Kahiyang`): two people, the first
    holding the post, the second the tie to the first."""
    norm = article.norm
    out: list[Cluster] = []
    for cl in clusters:
        out.append(cl)
        if cl.label != "PER" or not cl.role:
            continue
        alone = {x.text for x in cl.mentions if " " not in x.text}
        m = next((x for x in cl.mentions if len(x.text.split()) >= 4), None)
        if m is None or not norm.endswith(cl.role + " ", 0, m.start):
            continue
        words = m.text.split()
        k = next((k for k in range(2, len(words)) if words[k] in alone), None)
        role_start = m.start - len(cl.role) - 1
        tie = _TIE_BEFORE.search(norm, max(0, role_start - 20), role_start)
        if k is None or tie is None or tie.group("tie") not in _ties():
            continue
        first = " ".join(words[:k])
        at = m.start + m.text.index(words[k], len(first))
        second = Cand(at, m.end, "PER", m.strength, norm[at : m.end])
        own = {first, *words[:k]}  # `Joko Widodo`, `Widodo`: the first person's own mentions
        rest = [x for x in cl.mentions if x is not m and x.text in own]
        moved = [second, *(x for x in cl.mentions if x is not m and x.text not in own)]
        relative = Cluster("PER", "P:" + second.text.casefold(), sorted(moved, key=lambda x: x.start))
        relative.names = set(second.text.split())
        relative.role = f"{tie.group('tie')} {cl.role} {first}"
        cl.mentions = sorted(
            [Cand(m.start, m.start + len(first), "PER", m.strength, first), *rest], key=lambda x: x.start
        )
        cl.names = set(first.split())
        cl.key = "P:" + first.casefold()
        out.append(relative)
    return out


def _name_rest(words: list[str]) -> bool:
    """Two to four capitalised words that can be a person's whole name (`Carolyn Clark`, `I Wayan
    Sudirta`): no office, body or place word, no country."""
    org, places = org_words(), place_words()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper()
        and w.isalpha()
        and (not w.isupper() or len(w) == 1)
        and w.lower() not in org
        and w.lower() not in places
        and country_of(w) is None
        for w in words
    )


def _times_apart(norm: str, prefix: str, nxt: str, before: int) -> tuple[int, bool]:
    """How often the words are written earlier in the article without the name that follows them
    here (`(Gaprindo) mengaku …` before `Ketua Umum Gaprindo Muhaimin Moeftie`): a name of their
    own. And whether they are a person's there, alone after an honorific or a post (`Lapor Pak
    Purbaya`). A person's first name used alone comes after the full name (`Bernad mengatakan`)."""
    n, person = 0, False
    for m in re.compile(r"(?<![\w-])" + re.escape(prefix) + r"(?![\w-])").finditer(norm, 0, before):
        after = norm[m.end() :].lstrip(" ")
        if after.startswith(nxt):
            continue
        n += 1
        word = norm[max(0, m.start() - 20) : m.start()].split()[-1:]
        person = person or (bool(word) and not after[:1].isupper() and _names_person(word[0]))
    return n, person


def _known_or_lower(prefix: list[str]) -> bool:
    """The words name a known body or place, or are words writers mostly put in lower case
    (`Kabid Promosi Wisata Alam`): no part of a person's name."""
    text = " ".join(prefix)
    if org_of(text) is not None or place(text) is not None or country_of(text) is not None:
        return True
    tc = truecase()
    return bool(tc) and all(tc.get(w.lower()) == "0" for w in prefix)


def _body_cut(norm: str, cl: Cluster, m: Cand) -> int | None:
    """Where a titled person's mention `juru bicara Yahoo Carolyn Clark` turns from the body the
    post belongs to into the person: the body known or written apart before, and the person named
    again by a word of the name alone (`Clark`) or the body written apart more than once (`Advan
    siap bersaing …`, `Marketing Director Advan Tjandra Lianto`); the longest body wins. A given
    name, an initial or a Balinese person marker (`I Ketut …`, `Ni Putu …`) opens a person."""
    words = m.text.split()
    if len(words) < 3 or len(words[0]) < 2 or words[0] in lexicon().given or not _titled_before(norm, m.start):
        return None
    if words[0] == "Ni" and words[1].lower() in balinese_words():
        return None
    alone = {x.text for x in cl.mentions if " " not in x.text}
    texts = {x.text for x in cl.mentions}
    for k in range(len(words) - 2, 0, -1):
        rest = words[k:]
        if not _name_rest(rest):
            continue
        body = " ".join(words[:k])
        apart, person = _times_apart(norm, body, rest[0], m.start)
        again = rest[0] in alone or rest[-1] in alone
        # the body written apart and already taken for a mention of this person (`Yacademy` …
        # `CEO Yacademy Arne Van Looveren`): the grouping went wrong, not the writer
        merged = apart and body in texts
        # a person before the name (`kuasa hukum Ahok I Wayan Sudirta`) only when the holder is
        # named again: a person's first name may be written alone before the full name too
        if (again and (apart or _known_or_lower(words[:k]))) or ((apart >= 2 or merged) and not person):
            return k
    return None


def split_body_person(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`juru bicara Yahoo Carolyn Clark`, `Ketua Umum Gaprindo Muhaimin Moeftie`, `kuasa hukum
    Ahok I Wayan Sudirta`: after a post, the body (or the person) the post belongs to may run on
    into the name of the one who holds it. The person is the name; the words before it go back
    to the entity that writes them alone, else become a body (or a place) of their own."""
    norm = article.norm
    people: list[Cluster] = []
    bodies: list[tuple[Cand, list[Cand]]] = []
    for cl in clusters:
        if cl.label != "PER":
            continue
        for m in list(cl.mentions):
            cut = _body_cut(norm, cl, m)
            if cut is None:
                continue
            head, person = _halves(norm, m, cut, "ORG", "PER")
            rest = person.text.split()
            parts = {person.text, rest[0], rest[-1], " ".join(rest[1:])}
            own = [x for x in cl.mentions if x is not m and x.text in parts]
            cl.mentions = [x for x in cl.mentions if x is not m and x.text not in parts]
            named = sorted([person, *own], key=lambda x: x.start)
            role = _posted_role(norm, m.start, cl.role, head.text)
            people.append(Cluster("PER", "P:" + person.text.casefold(), named, role=role, names=set(rest)))
            if all(x.text in head.text for x in cl.mentions):
                bodies.append((head, [*cl.mentions, head]))  # the cluster was the body all along (`Yahoo`)
                cl.mentions = []
            else:
                cl.mentions = sorted([*cl.mentions, head], key=lambda x: x.start)
                cl.names = {w for x in cl.mentions for w in x.text.split()}
            break
    for head, mentions in bodies:
        _file_body(norm, clusters, head, mentions)
    return [cl for cl in clusters if cl.mentions] + people


def _posted_role(norm: str, start: int, role: str | None, body: str) -> str | None:
    """The post written right before the run keeps the body cut off it (`Manajer` + `MU`): the
    role was read off the glued run, before the body was known to be the post's."""
    if not role or not " ".join(norm[:start].split()).casefold().endswith(" ".join(role.split()).casefold()):
        return role
    return f"{role} {body}"


def _file_body(norm: str, clusters: list[Cluster], head: Cand, mentions: list[Cand]) -> None:
    """A body cut off a person's name, with its other mentions, joins the entity that names it
    so or whose name it shortens in brackets (`Gabungan Produsen Rokok Putih Indonesia
    (Gaprindo)`), or a new one (a place if the gazetteer knows it, else an organisation)."""
    home = next((cl for cl in clusters if cl.label != "PER" and any(x.text == head.text for x in cl.mentions)), None)
    if home is None:
        ends = {x.start - 2 for x in mentions if x.text == head.text and norm[x.start - 2 : x.start] == " ("}
        ends = {e for e in ends if norm[e + 2 + len(head.text) : e + 3 + len(head.text)] == ")"}
        home = next((cl for cl in clusters if cl.label != "PER" and any(x.end in ends for x in cl.mentions)), None)
    if home is None:
        if place(head.text) is not None or country_of(head.text) is not None:
            key, country = loc_key(head.text)
            home = Cluster("LOC", key, [], country=country)
        else:
            home = Cluster("ORG", "O:" + head.text.casefold(), [])
        clusters.append(home)
    home.mentions.extend(Cand(x.start, x.end, home.label, x.strength, x.text) for x in mentions)
    home.mentions.sort(key=lambda x: x.start)
