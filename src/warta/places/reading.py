"""A reading: what one LOC entity was resolved to (its place, country, province, point and how)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.places.gazetteer import Gazetteer, Place


@dataclass
class Reading:
    """What one entity was resolved to."""

    place: Place | None = None
    country: str | None = None
    province: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    confidence: float = 0.0
    how: str = ""
    within: str | None = None  # the containing place, when the reading came from one
    weak: bool = False  # the best candidate is a weak place (see Gazetteer.is_weak)
    candidates: list[tuple[Place, float, float]] = field(default_factory=list)  # (place, score, name conf)

    def geo(self, gaz: Gazetteer) -> dict[str, Any]:
        p = self.place
        prov = self.province
        g: dict[str, Any] = {
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": p.geonames_id if p and self.how == "gazetteer" else None,
            "province": gaz.provinces.get(prov) if prov else None,
            "province_code": prov or None,
            "feature": self.feature,
            "name": p.name if p and self.how == "gazetteer" else None,
            "confidence": round(self.confidence, 2),
            "method": self.how,
        }
        if self.within:
            g["within"] = self.within
        return g


# fallback readings whose country the text itself shows (`Jalan Kaligawe` holds a known place,
# `Hotel X, Jakarta Selatan` is placed by one, `Kelurahan Y` is an Indonesian unit): they tell the
# story's country to the sites and unknown names resolved after them, as the gazetteer's do
VOUCHING = frozenset(("contains", "address", "admin-word"))
# readings a place's own name or its text gives, not the story's prior
EVIDENCE = frozenset(("gazetteer", "hand-site", "contains", "address", "admin-word", "nearby-abroad"))


def gazetteer_reading(p: Place, confidence: float, candidates: list[tuple[Place, float, float]]) -> Reading:
    """A gazetteer place chosen among a reading's candidates, as the reading."""
    return Reading(
        place=p,
        country=p.country,
        province=p.province or None,
        lat=p.lat,
        lon=p.lon,
        feature=p.feature,
        confidence=confidence,
        how="gazetteer",
        candidates=candidates,
    )
