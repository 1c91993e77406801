"""`others_inside` looks only at the people named between ``start`` and ``end`` (issue #16: it
walked every later person); the result must be the one the full walk gives."""

from __future__ import annotations

import random

from warta.entities.roles.inside import others_inside
from warta.entities.spans import Cand, Cluster


def _full_walk(people: list[tuple[int, Cluster]], cl: Cluster, start: int, end: int) -> bool:
    return any(owner is not cl for at, owner in people if start <= at < end)


def test_names_inside_matches_the_full_walk() -> None:
    rng = random.Random(16)
    names = ["Budi", "Ani Lestari", "Joko", "Siti"]
    clusters = [Cluster("PER", n.lower(), [Cand(0, len(n), "PER", 1, n)]) for n in names]
    for _ in range(300):
        people = sorted(
            ((rng.randint(0, 200), rng.choice(clusters)) for _ in range(rng.randint(0, 8))), key=lambda p: p[0]
        )
        cl = rng.choice(clusters)
        start = rng.randint(0, 200)
        end = start + rng.randint(0, 60)
        # the owners' names are no country nor numeral: only the positions decide
        assert others_inside(people, cl, start, end) == _full_walk(people, cl, start, end)
