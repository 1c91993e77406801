"""A date expression as found, before its year and reference day are known."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass(slots=True)
class Candidate:
    """A date expression found in the text, before years and relative days are resolved."""

    start: int
    end: int
    kind: str  # full | dm | my | mo | year | rel_day | rel_weekday | rel_unit | rel_month | time | feast
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None  # weekday as written (Monday = 0)
    y2: int | None = None  # end of a range
    m2: int | None = None
    d2: int | None = None
    n: int = 0  # relative: how many units
    unit: str | None = None  # relative: day | week | month | year
    direction: int = 0  # -1 past, 0 this, +1 future
    period: str | None = None  # awal | akhir | pertengahan …
    hh: int | None = None
    mi: int | None = None
    tz: int | None = None  # hours east of UTC
    reporting: bool = False  # "Senin (20/10/2025)": the wire-style day a statement was made
    region: int = 0  # index of the paragraph/heading it was found in
    flags: list[str] = field(default_factory=list)


# a finder's view of one paragraph: the matches of a named pattern at its trigger words, and where a candidate goes
Hits = Callable[[str], Iterator[re.Match[str]]]
Add = Callable[[Candidate], None]
Step = Callable[[str, Hits, Add, int], None]
