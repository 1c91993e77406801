"""Records for the identity tests: a few articles naming a person or a body two ways, so that a
rule is tested on the names alone (as tests/stories/storydata builds the records)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import record  # noqa: E402


def persons(a: str, b: str, more: int = 2) -> list[dict[str, Any]]:
    """``more`` articles naming the person ``a``, then one naming ``b``."""
    out = [
        record(f"{a}-{i}", "Rapat", f"{a} hadir dalam rapat ke-{i} di gedung itu.", entities=[(a, "PER", [])])
        for i in range(more)
    ]
    out.append(record(f"{b}-t", "Rapat", f"{b} juga hadir dalam rapat itu.", entities=[(b, "PER", [])]))
    return out


def bodies(a: str, b: str, more: int = 2) -> list[dict[str, Any]]:
    """``more`` articles naming the body ``a``, then one naming ``b``."""
    out = [
        record(f"{a}-{i}", "Rapat", f"{a} menggelar rapat ke-{i} di kantornya.", entities=[(a, "ORG", [])])
        for i in range(more)
    ]
    out.append(record(f"{b}-t", "Rapat", f"{b} juga menggelar rapat itu.", entities=[(b, "ORG", [])]))
    return out


def story(rid: str, body: str, *names: str) -> dict[str, Any]:
    """One article naming the bodies ``names``."""
    return record(rid, "Berita", body, entities=[(n, "ORG", []) for n in names])
