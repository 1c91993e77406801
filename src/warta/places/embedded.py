"""Places named at the end of a longer name: ``Lembaga Pemasyarakatan Arga Makmur Kabupaten
Bengkulu Utara`` (an ORG) names the regency ``Kabupaten Bengkulu Utara``; ``Komplek Ruko Mangga
Dua Jakarta Utara`` names ``Jakarta Utara``. A reader lists those districts and regencies as
places of the story; the entity layer keeps the whole name as one entity, so this module adds
the place inside it as a LOC entity of its own (same offsets, nothing else changed). Only after a
site's name: in ``Pemerintah Kota Bekasi`` or ``Polres Tangerang Selatan`` the place is part of
what the body is called."""

from __future__ import annotations

import re

from warta.document import Article, Entity, Mention
from warta.places.gazetteer import Gazetteer
from warta.places.name_shapes import strip_prefix
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.scores import HOME

# Indonesian administrative words that open a unit's name inside a longer one
_UNIT_WORDS = frozenset(["kabupaten", "kota", "kecamatan", "provinsi", "desa", "kelurahan", "kota administrasi"])
_WORD = re.compile(r"\S+")
# a site head that holds a unit word (`Balai Kota DKI` is the city hall, not the city `Kota DKI`;
# `Taman Hutan Kota Srengreng` a city forest, not the city `Kota Srengreng`)
_TOWN_HALLS = frozenset(["balai kota", "balaikota", "hutan kota", "taman kota", "alun-alun kota", "pusat kota"])
_ADMIN_FEATURES = frozenset(["admin1", "admin2", "district", "city"])


def _known_unit(gaz: Gazetteer, key: str) -> bool:
    """A district, regency or province of Indonesia the gazetteer knows by this very name."""
    return any(p.country == HOME and p.feature in _ADMIN_FEATURES and c >= 1.0 for p, c in gaz.lookup_key(key))


def _site_before(head: str) -> bool:
    """The name before the place is a site's (`Komplek Ruko Mangga Dua`, `Lembaga Pemasyarakatan
    Arga Makmur`, `Bank BCA Kantor Cabang`), not an office's jurisdiction (`Pemerintah Kota X`,
    `Polres X`, `Dinas PUPR Kota X`), where the place is part of what the body is called."""
    toks = name_key(head).split()
    grams = set(toks) | {" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)}
    return bool(grams & words().site_words)


def _tail_place(text: str, gaz: Gazetteer) -> tuple[int, str] | None:
    """(offset in ``text``, name) of the place that closes a longer name, if any."""
    if text.count(" ") < 2:
        return None
    mods = words().region_modifiers | {"pusat"}  # `Jakarta Pusat`
    low = text.lower()
    last = low.rsplit(" ", 1)[-1]
    if last not in mods and not any(w in low for w in _UNIT_WORDS):
        return None  # the common case, decided without folding any name
    toks = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    for size in (4, 3, 2):  # the longest unit first: `Kota Administrasi Jakarta Utara`
        if size >= len(toks):
            continue
        tail = toks[-size:]
        name = text[tail[0][0] :]
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for _s, w in tail):
            continue
        if not _site_before(text[: tail[0][0]]):
            continue
        before = toks[-size - 1][1].lower()
        if before + tail[0][1].lower() in _TOWN_HALLS or f"{before} {tail[0][1].lower()}" in _TOWN_HALLS:
            continue  # `Balai Kota DKI`: the city hall, `Kota` is not a unit here
        key = name_key(name)
        first = name_key(tail[0][1])
        if first in _UNIT_WORDS or name_key(" ".join(w for _s, w in tail[:2])) in _UNIT_WORDS:
            if size >= 2 and name_key(tail[-1][1]) not in _UNIT_WORDS:
                return tail[0][0], name
        elif size >= 2 and name_key(tail[-1][1]) in mods and _known_unit(gaz, key):
            return tail[0][0], name  # `Jakarta Utara`, `Bengkulu Utara`: a unit whose name ends in a direction
    return None


def add_embedded_places(article: Article, gaz: Gazetteer) -> None:
    """Append a LOC entity for each place closing an ORG or LOC name, unless one by that name exists."""
    tails = [
        (m, found)
        for e in article.entities
        if e.label in ("ORG", "LOC")
        for m in e.mentions
        if (found := _tail_place(m.text, gaz)) is not None
    ]
    if not tails:
        return
    known = {name_key(n) for e in article.entities for n in (e.canonical, *(m.text for m in e.mentions))}
    # `Kota Bengkulu` inside a name where `Bengkulu` is already a place: one more mention of it
    bare = {strip_prefix(name_key(m.text))[0]: e for e in article.entities if e.label == "LOC" for m in e.mentions}
    added: dict[str, Entity] = {}
    for m, (off, name) in tails:
        key = name_key(name)
        mention = Mention(m.start + off, m.end, name)
        if key in added:
            added[key].mentions.append(mention)
        elif key in known:
            continue
        elif strip_prefix(key)[0] in bare:
            bare[strip_prefix(key)[0]].mentions.append(mention)
            known.add(key)
        else:
            added[key] = Entity(name, "LOC", [mention])
    article.entities.extend(added.values())


# `Raya` too: `Malang Raya`, `Bandung Raya` (a city with the towns around it)
_DIRECTION_AFTER = re.compile(
    r" (Timur|Barat|Utara|Selatan|Tengah|Tenggara|Timur Laut|Barat Daya|Barat Laut|Raya)(?![\w-])"
)
_UNIT_FEATURES = frozenset(["admin1", "admin2", "city", "district"])
# a continent's or a country's part named by a capitalised direction (`Eropa Selatan`, `Lebanon
# Selatan`) is a region of its own, whether or not the gazetteer lists it
_WIDE_FEATURES = frozenset(["continent", "country"])


_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w'-]*)(?![\w-])")


def _name_after(norm: str, m: Mention, gaz: Gazetteer) -> re.Match[str] | None:
    """`Johor` cut from `Johor Bahru`: the capitalised word after a place mention, when the two
    words are, as written, the name of a town or unit the gazetteer knows for sure (not a village
    of a name list): the entity lists cut the name where their own list of places ends."""
    d = _WORD_AFTER.match(norm, m.end)
    if d is None or m.text.count(" ") > 2:
        return None
    longer = [
        p
        for p, c in gaz.lookup_key(name_key(norm[m.start : d.end()]))
        if c >= 1.0 and not gaz.is_weak(p) and p.feature in _UNIT_FEATURES
    ]
    if not longer:
        return None
    return d


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z][\w'-]*) $")


def _name_before(norm: str, m: Mention, gaz: Gazetteer, ends: set[int], spans: list[tuple[int, int]]) -> int | None:
    """`Kapuas` cut from `Kuala Kapuas`, `Bungo` from `Muara Bungo`: the entity lists drop a
    common word opening a name (`Kuala`, `Muara`); the capitalised word before a place mention,
    closing no other name, is taken back when the two words are a town or unit the gazetteer
    knows for sure. Where the longer place starts, or None."""
    b = _WORD_BEFORE.search(norm, max(0, m.start - 24), m.start)
    if b is None or b.end(1) in ends or m.text.count(" ") > 2:
        return None
    word = name_key(b.group(1))
    if word in words().admin_prefixes or word in words().site_words:
        return None  # `Provinsi Jawa Tengah`: the unit's word, which the entities layer placed
    if any(a <= b.start(1) < e for a, e in spans):
        return None  # inside another name (`Pemerintah Kuala …`)
    if not any(
        c >= 1.0 and not gaz.is_weak(p) and p.feature in _UNIT_FEATURES
        for p, c in gaz.lookup_key(name_key(norm[b.start(1) : m.end]))
    ):
        return None
    return b.start(1)


def extend_directional(article: Article, gaz: Gazetteer) -> None:
    """``Karawang`` cut from ``Karawang Timur``: a place mention followed by a capitalised direction
    that names a district or region of its own (`Karawang Timur`, `Bekasi Selatan`, `Eropa
    Selatan`) takes the direction back, when the gazetteer knows the longer name or the shorter
    one is an Indonesian unit, a continent or a country. Mentions move to an entity of the longer name; no entity is removed."""
    norm = article.norm
    starts = {m.start for e in article.entities for m in e.mentions}
    ends = {m.end for e in article.entities for m in e.mentions}
    spans = [(m.start, m.end) for e in article.entities for m in e.mentions]
    by_name: dict[str, Entity] | None = None  # folded only when a mention moves
    for e in list(article.entities):
        if e.label != "LOC":
            continue
        moved: list[Mention] = []
        was: set[int] = set()  # the starts of the mentions moved
        for m in e.mentions:
            a = _name_before(norm, m, gaz, ends, spans)
            if a is not None:
                moved.append(Mention(a, m.end, article.text[a : m.end]))
                was.add(m.start)
                continue
            if m.end + 1 in starts:
                continue
            d = _DIRECTION_AFTER.match(norm, m.end)
            if d is None or m.text.split()[-1].lower() in words().region_modifiers:
                d = _name_after(norm, m, gaz)
                if d is None:
                    continue
                name = norm[m.start : d.end()]
            else:
                name = norm[m.start : d.end()]
                key, base = name_key(name), name_key(m.text)
                if not gaz.lookup_key(key) and not any(
                    (p.country == HOME and p.feature in _UNIT_FEATURES) or p.feature in _WIDE_FEATURES
                    for p, _c in gaz.lookup_key(base)
                ):
                    continue
            moved.append(Mention(m.start, d.end(), article.text[m.start : d.end()]))
            was.add(m.start)
        if not moved:
            continue
        keep = [m for m in e.mentions if m.start not in was]
        # each longer name is a place of its own: `Australia Utara` and `Australia Selatan`,
        # `Denpasar Utara` and `Denpasar Barat` are different places
        groups: dict[str, list[Mention]] = {}
        for m in moved:
            groups.setdefault(name_key(m.text), []).append(m)
        if not keep:  # every mention was cut: the entity is the first longer place
            first = groups.pop(name_key(moved[0].text))
            e.mentions, e.canonical = first, first[0].text
        else:
            e.mentions = keep
        if not groups:
            continue
        if by_name is None:
            by_name = {name_key(x.canonical): x for x in article.entities if x.label == "LOC"}
        for key, ms in groups.items():
            target = by_name.get(key)
            if target is None:
                target = Entity(ms[0].text, "LOC", [])
                article.entities.append(target)
                by_name[key] = target
            target.mentions.extend(ms)
