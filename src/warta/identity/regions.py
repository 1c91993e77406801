"""Regions and their bodies: one region's body under two names ('Pemprov Jatim', 'Pemerintah
Provinsi Jawa Timur'), a province's short name, the level of a place ('Kota Bekasi' or 'Kabupaten Bekasi'),
and people whose posts lie in other regions.
"""

from __future__ import annotations

from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity import names
from warta.identity.merges import link_sure, link_to_host, members, root
from warta.identity.name_words import (
    CONTINENT_WORDS,
    FACILITY_LEADING,
    FEATURE_LEADING,
    FEATURE_TRAILING,
    STATE_WORDS,
    SUB_REGENCY,
    VENUE_LEADING,
    VENUE_TRAILING,
    kind_variants,
    region_names,
)
from warta.identity.venues import one_venue, written_as_venue

PROVINCE_REASON = "the places list names one province"  # 'Kaltim' and 'Kalimantan Timur'


def regional_name(norm: str) -> bool:
    """A regional office or unit ('Dinas …', 'Komisi …'), or a body named for its region ('Baznas Jawa Barat')."""
    words = norm.split()
    if words[0] in names.regional_offices() or words[0] in names.unit_heads():
        return True
    known = names.province_names()
    regencies = names.regencies()
    return any(" ".join(words[i:]) in known or " ".join(words[i:]) in regencies for i in range(1, len(words)))


REGION_REASON = "one region's body in two names:"


def regional_mates(store: Store, norm: str) -> list[tuple[int, str]]:
    """The stored organisations that are this region's body under another name ('Pemprov Jatim',
    'Pemerintah Provinsi Jawa Timur', 'Pemerintah Jawa Timur')."""
    forms = names.regional_forms(norm)
    if not forms:
        return []
    marks = ",".join("?" * len(forms))
    rows = store.query(f"SELECT num, norm FROM entities WHERE key IN ({marks})", [f"ORG:{f}" for f in forms])
    return [(int(n), str(m)) for n, m in rows]


def link_regional_body(store: Store, short: int, form: str, current: Any) -> bool:
    """A region's body written with its government's short head or another name of its province
    is one body: an article's 'Pemprov Jatim' is 'Pemerintah Provinsi Jawa Timur'."""
    return link_to_host(store, short, form, regional_mates(store, form), current, REGION_REASON)


def _role_regions(roles: list[str]) -> set[str]:
    """The regencies, cities and provinces (the places package's lists) that roles name."""
    places = region_names()
    out: set[str] = set()
    for r in roles:
        words = normalize_name(r).split()
        out.update(
            " ".join(words[i : i + n])
            for n in (1, 2, 3)
            for i in range(len(words))
            if " ".join(words[i : i + n]) in places
        )
    return out


def roles_in_other_regions(store: Store, short: int, target: int) -> bool:
    """Whether a short name's own articles make it an official of one region and the identity's of
    others only ('Plt Sekretaris DPRD Bantaeng' against 'Ketua TAPD Pemkab Bone'): a regional post is
    held by someone of that region, so the two are namesakes; roles naming no region decide nothing."""

    def roles(ents: list[int]) -> list[str]:
        marks = ",".join("?" * len(ents))
        sql = f"SELECT DISTINCT role FROM mentions WHERE entity IN ({marks}) AND role IS NOT NULL AND role <> ''"
        return [str(r) for (r,) in store.query(sql, ents)]

    mine = roles([short])
    if not mine or not all(_role_regions([r]) for r in mine):
        return False  # (most short names: no role of their own, or one naming no region)
    theirs = roles([e for e in members(store, target) if e not in members(store, short)] or [target])
    a, b = _role_regions(mine), _role_regions(theirs)
    # every role of the short name names a region, and none of them is one of the identity's regions
    return bool(a and b) and not a & b


def link_province(store: Store, ent: int, norm: str, current: Any) -> bool:
    """Link 'Kaltim' or 'Sumatra Utara' to 'Kalimantan Timur' / 'Sumatera Utara': names the places
    package lists for one province are one place even when no article writes them side by side.
    The host is the first stored name in the list's order, so arrival order does not matter."""
    group = names.province_names().get(norm)
    if not group:
        return False
    host = None
    for f in group:
        row = store.execute("SELECT num FROM entities WHERE key = ?", (f"LOC:{f}",)).fetchone()
        if row is not None:
            host = int(row[0])
            break
    if host is None or host == ent:
        return False
    target = root(store, host)
    if target == ent:
        return False
    return link_sure(store, ent, target, current, lambda: f"'{norm}' and '{group[0]}': {PROVINCE_REASON}")


def place_level_ok(store: Store, kind: str, base: str) -> bool:
    """Whether ``kind base`` is what the bare name ``base`` means. A bare place name is the largest
    unit of that name ('Jembrana' the regency, not the district; 'Panawangan' the district, not the
    village); a city and a regency of one name ('Bogor') leave it ambiguous; a district named after
    its regency never takes the regency's name; a loose wording that names no real unit ('Kota
    Jakarta', a garbled 'Provinsi Kalimantan') is the bare name. Decided from the stored names only,
    so the order in which articles arrive does not matter."""
    if kind in STATE_WORDS:
        return names.world_unit(base, "country")
    if kind in CONTINENT_WORDS:
        return names.world_unit(base, "continent")
    if kind in FACILITY_LEADING:
        return not names.known_place(base) and not kind_variants(store, base, "LOC", admin_only=True)
    if kind in VENUE_LEADING or kind in VENUE_TRAILING:
        if names.known_place(base) or kind_variants(store, base, "LOC", admin_only=True):
            return False  # 'Stadion Mandala' is not the place 'Mandala', 'Sirkuit Assen' not the town
        return one_venue(store, base) and written_as_venue(store, base)
    if kind in FEATURE_LEADING or kind in FEATURE_TRAILING:
        if names.real_unit("kabupaten", base) or base in names.provinces():
            return False  # 'Danau Toba' is not the regency 'Toba'
        return not kind_variants(store, base, "LOC", admin_only=True)
    if kind == "pulau" and names.real_unit("kabupaten", base):
        return False  # 'Pulau Nias' and the regency 'Nias': the bare name may be either
    if kind in SUB_REGENCY and names.real_unit("kabupaten", base):
        return False  # 'Kecamatan Kediri' is a district inside, not the city or regency 'Kediri'
    if names.kind_of(kind) == "kota" and names.foreign_region(base):
        return False  # 'Kota Gaza' is the city, 'Gaza' the territory ('Kota Meksiko', 'Meksiko' the country)
    if not names.real_unit(kind, base):
        return True
    tier = names.TIER[kind]
    if names.city_province(base) and names.kind_of(kind) == "kota":
        return True  # 'Kota Jakarta': the capital province is itself the city
    if names.kind_of(kind) in ("kota", "kabupaten") and base in names.city_and_regency():
        return False  # 'Kota Bekasi' and 'Kabupaten Bekasi' both exist: the bare name may be either, stored or not
    if base in names.provinces() and tier < names.TIER["provinsi"]:
        return False  # 'Jambi' is the province, larger than the city 'Kota Jambi', stored or not
    for v in kind_variants(store, base, "LOC"):
        other = v.split(" ", 1)[0]
        if other not in names.TIER:
            if v.rsplit(" ", 1)[-1] in FEATURE_TRAILING or other in FEATURE_LEADING:
                return False  # 'Danau Poso' and 'Kabupaten Poso': the bare name may be either
            continue
        if other == kind or not names.real_unit(other, base):
            continue
        if other == "pulau" and names.real_unit("kabupaten", base):
            continue  # 'Pulau Sumbawa' never takes the regency's bare name, so it is no rival for it
        if names.TIER[other] > tier or (names.TIER[other] == tier and names.rivals(kind, other)):
            return False
    return True
