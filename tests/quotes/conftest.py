"""Helpers for the quotes tests: read a small text with the core layers and the quotes layer."""

from __future__ import annotations

from pathlib import Path

import pytest

import warta
from warta.document import Article, Entity, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def read(text: str) -> Article:
    """Core layers + quotes only, so these tests do not depend on the entities model."""
    return warta.read(text, layers=["quotes"])


def with_entities(text: str, names: list[tuple[str, str, list[str]]]) -> Article:
    """Core layers, the given entities (canonical, label, mention strings found by search), then quotes."""
    import warta.quotes

    a = warta.read(text, layers=[])
    for canonical, label, forms in names:
        ent = Entity(canonical, label)
        for f in forms:
            pos = a.norm.find(f)
            while pos != -1:
                ent.mentions.append(Mention(pos, pos + len(f), f))
                pos = a.norm.find(f, pos + len(f))
        a.entities.append(ent)
    warta.quotes.annotate(a)
    return a


def read_with(text: str, names: list[tuple[str, str, list[str]]] | None = None) -> Article:
    """`read` when no entities are given, else `with_entities`: lets a table row say which."""
    return read(text) if names is None else with_entities(text, names)


def check(q, expected: dict) -> None:
    """`speaker` is compared by name, `start`/`end` as how the text begins/ends, anything else by value."""
    for key, want in expected.items():
        if key == "speaker":
            assert q.speaker.name == want
        elif key == "start":
            assert q.text.startswith(want), q.text
        elif key == "end":
            assert q.text.endswith(want), q.text
        else:
            assert getattr(q, key) == want, (key, getattr(q, key))


def shared(path: str) -> Path:
    p = SHARED / path
    if not p.exists():
        pytest.skip(f"shared data not available: {p}")
    return p


def summary(a: Article) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in a.quotes]


class Helpers:
    read = staticmethod(read)
    with_entities = staticmethod(with_entities)
    read_with = staticmethod(read_with)
    check = staticmethod(check)
    shared = staticmethod(shared)
    summary = staticmethod(summary)


@pytest.fixture
def h() -> Helpers:
    """The helpers above (test modules are imported by path, so they cannot import conftest)."""
    return Helpers()
