"""What the rule layers hand on: candidate spans (``Cand``), body regions of tokens
(``Region``) and entities under construction (``Cluster``), with the strengths that decide
which candidate wins an overlap."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.entities.patterns import Tok

# Strength of a candidate: who wins an overlap.
STRONG, CONTEXT, TAGGER, WEAK, TENTATIVE = 5, 4, 3, 2, 1
UNTYPED = "?"


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    label: str
    strength: int
    text: str
    role: str | None = None
    acronym_of: tuple[int, int] | None = None  # span of the name this acronym abbreviates
    country: str | None = None


@dataclass(slots=True)
class Region:
    toks: list[Tok]
    titlecase: bool = False  # a heading-like line: capitals say nothing about names
    _at: dict[int, int] | None = None  # token start → index, built on first use

    def index_at(self, start: int) -> int | None:
        """The index of the token that starts at ``start`` (a lookup, not a scan: regions can be long)."""
        if self._at is None:
            self._at = {}
            for i, t in enumerate(self.toks):
                self._at.setdefault(t.start, i)
        return self._at.get(start)


@dataclass
class Cluster:
    label: str
    key: str
    mentions: list[Cand] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    names: set[str] = field(default_factory=set)  # PER: name words
