"""Print the story clusterer's wrong pairs on the hand-grouped windows, with titles and view cosines.

    python scripts/story_wrong_pairs.py [GOLD.json ...] [--news detik_2025.jsonl]

Why: a figure says how much is wrong, not what; the next change should follow a class of error
that holds across windows, not one window's accident. Each window is clustered on its own with
the shipped model (as the fit and the regression guard do); a false join is a pair put in one
story that the gold keeps apart, a false split a gold pair kept apart. Reads only the gold
windows' articles.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_story_weights import GOLD, NEWS, by_window, load  # noqa: E402

from warta.stories.cluster import cluster  # noqa: E402
from warta.stories.features import VIEWS  # noqa: E402
from warta.stories.similarity import same_story, vectors, view_similarities, weights  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, default=GOLD)
    ap.add_argument("--news", type=Path, default=NEWS)
    args = ap.parse_args()
    arts, gold = load(args.gold, args.news)
    w = weights()
    for gp, win in zip(args.gold, by_window(arts, gold), strict=True):
        pred = {a: k for k, g in enumerate(cluster(win, w).values()) for a in g}
        vecs = {a.id: vectors(a) for a in win}
        byid = {a.id: a for a in win}
        wrong: list[tuple[str, str, str]] = []
        for a, b in itertools.combinations(sorted(byid), 2):
            g, p = gold[a] == gold[b], pred.get(a, a) == pred.get(b, b)
            if g != p:
                wrong.append(("split" if g else "join", a, b))
        print(
            f"== {gp.name}: {sum(k == 'join' for k, *_ in wrong)} false joins, "
            f"{sum(k == 'split' for k, *_ in wrong)} false splits"
        )
        for kind, a, b in sorted(wrong):
            sims = view_similarities(vecs[a], vecs[b])
            chance = same_story(vecs[a], vecs[b], w)
            views = " ".join(f"{k[:3]} {sims[k]:.2f}" for k in VIEWS if sims[k] >= 0.05)
            print(f"{kind:5} p={chance:.2f} [{views}]")
            for x in (a, b):
                print(f"      {byid[x].day} {x}: {byid[x].title[:110]}")


if __name__ == "__main__":
    main()
