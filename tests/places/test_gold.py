"""Place countries on the shared example and dev articles, with the gold LOC entities given
(so that this measures the places layer alone, not entity recognition)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

import warta
from warta import places
from warta.document import Entity, Mention


def _gold_articles(shared: Path):
    for gold_path in sorted([*shared.glob("examples/*.gold.json"), *shared.glob("eval/dev/*.gold.json")]):
        base = str(gold_path)[: -len(".gold.json")]
        src = Path(base + ".txt") if Path(base + ".txt").exists() else Path(base + ".json")
        raw = src.read_text(encoding="utf-8")
        yield (
            gold_path.name,
            json.loads(gold_path.read_text(encoding="utf-8")),
            json.loads(raw) if src.suffix == ".json" else raw,
        )


def _with_gold_locs(x, gold):
    a = warta.read(x, layers=[])
    a.entities = []
    golds = [g for g in gold["entities"] if g["label"] == "LOC"]
    for g in golds:
        ms = []
        for name in {g["canonical"], *g.get("mentions", [])}:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", a.norm):
                ms.append(Mention(m.start(), m.end(), name))
        a.entities.append(Entity(g["canonical"], "LOC", sorted(ms, key=lambda m: m.start)))
    places.annotate(a)
    return a, golds


def test_gold_place_countries(shared: Path) -> None:
    right = total = 0
    wrong = []
    for name, gold, x in _gold_articles(shared):
        a, golds = _with_gold_locs(x, gold)
        for g, e in zip(golds, a.entities, strict=True):
            if not g.get("country"):
                continue
            total += 1
            if e.country == g["country"]:
                right += 1
            else:
                wrong.append((name, g["canonical"], g["country"], e.country))
    assert total >= 30
    assert right / total >= 0.98, wrong


def test_liputan6_coordinates(shared: Path) -> None:
    path = shared / "examples" / "liputan6_kim_putin.gold.json"
    if not path.exists():
        pytest.skip("no Liputan6 example")
    raw = (shared / "examples" / "liputan6_kim_putin.txt").read_text(encoding="utf-8")
    a, _ = _with_gold_locs(raw, json.loads(path.read_text(encoding="utf-8")))
    for name, (lat, lon) in {
        "Moskow": (55.76, 37.62),
        "Vladivostok": (43.12, 131.89),
        "Pyongyang": (39.03, 125.75),
    }.items():
        g = next(e for e in a.entities if e.canonical == name).geo
        d = 6371 * math.radians(math.hypot(g["lat"] - lat, (g["lon"] - lon) * math.cos(math.radians(lat))))
        assert d <= 25, (name, g)
