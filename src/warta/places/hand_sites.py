"""Sites of the hand-written lists read at run time beside the built gazetteer (``data/sites_abroad.tsv``:
landmarks, physical features and race circuits abroad that lie in one country; and the ``site``
rows of ``data/places_hand.tsv``): a name on them is that site, whatever town of the same name
the gazetteer knows (`Sirkuit Sepang` is Malaysia's circuit, not a place in Indonesia). Read at
run time because rebuilding the gazetteer needs the GeoNames release it was built from."""

from __future__ import annotations

from functools import cache

from warta.places.names import name_key
from warta.resources import data, open_text


@cache
def hand_sites() -> dict[str, tuple[str, str, float | None, float | None]]:
    """Folded name or alias -> (site's name, ISO country, lat, lon), for sites with one country."""
    out: dict[str, tuple[str, str, float | None, float | None]] = {}
    for fname in ("sites_abroad.tsv", "places_hand.tsv"):
        with open_text(data("warta.places", "data", fname)) as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                row = line.rstrip("\n").split("\t") + [""] * 7
                name, feature, cc, _prov, lat, lon, aliases = row[:7]
                if feature != "site" or not cc:
                    continue
                value = (name, cc, float(lat) if lat else None, float(lon) if lon else None)
                for n in (name, *filter(None, aliases.split("|"))):
                    out.setdefault(name_key(n), value)
    return out


def hand_site(keys: list[str]) -> tuple[str, str, float | None, float | None] | None:
    """The hand-listed site one of the entity's name keys names, if any."""
    sites = hand_sites()
    return next((sites[k] for k in keys if k in sites), None)
