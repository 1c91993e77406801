"""Print the story clusterer's wrong pairs on the hand-grouped windows, grouped by class, with
titles and view cosines.

    python scripts/story_wrong_pairs.py [GOLD.json ...] [--news detik_2025.jsonl] [--summary]

Why: a figure says how much is wrong, not what; the next change should follow a class of error
that holds across windows, not one window's accident. Each window is clustered on its own with
the shipped model (as the fit and the regression guard do); a false join is a pair put in one
story that the gold keeps apart, a false split a gold pair kept apart. Each wrong pair gets the
class of the recorded failures it looks like (read from its raw view cosines, before the scene
gate), and the table at the end counts them per window. Since pairwise F1 counts pairs, a
large story split in two costs many pairs at once: the second table names the gold stories
(and the wrongly joined ones) that cost the most pairs, with their classes, so a change is
aimed at what weighs. Reads only the gold windows' articles.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_story_weights import GOLD, NEWS, by_window, load  # noqa: E402

from warta.stories.cluster import cluster  # noqa: E402
from warta.stories.features import VIEWS  # noqa: E402
from warta.stories.similarity import same_story, vectors, view_similarities, weights  # noqa: E402

CONTENT = 0.2  # a title or topic cosine from here on: the two are about the same matter
SCENE = 0.3  # a setting or occasion cosine from here on: the same room on the same day
NAMES = 0.3  # a names cosine from here on: the same people or bodies

JOINS = ("shared scene", "one programme, two happenings", "same actor, other matter", "other join")
SPLITS = ("different words", "same actor, different words", "near the threshold", "other split")


def classify(kind: str, sims: dict[str, float], chance: float, threshold: float) -> str:
    """The failure class of one wrong pair, from its raw view cosines."""
    content = max(sims["title"], sims["topic"])
    scene = max(sims["setting"], sims["occasion"])
    if kind == "join":
        if scene >= SCENE and content < CONTENT:
            return "shared scene"
        if content >= CONTENT:
            return "one programme, two happenings"
        if sims["names"] >= NAMES:
            return "same actor, other matter"
        return "other join"
    if chance >= threshold / 2:
        return "near the threshold"
    if content < CONTENT:
        return "same actor, different words" if sims["names"] >= NAMES else "different words"
    return "other split"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, default=GOLD)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--summary", action="store_true", help="print only the table of classes")
    args = ap.parse_args()
    arts, gold = load(args.gold, args.news)
    w = weights()
    table: dict[str, Counter[str]] = {}
    costs: list[tuple[int, str, str, Counter[str]]] = []  # pairs cost, window, story, classes
    labels = {
        gi * 10_000 + k: s.get("label") or ",".join(s["ids"][:3])
        for gi, gp in enumerate(args.gold)
        for k, s in enumerate(json.loads(gp.read_text(encoding="utf-8"))["stories"])
    }
    for gp, win in zip(args.gold, by_window(arts, gold), strict=True):
        pred = {a: k for k, g in enumerate(cluster(win, w).values()) for a in g}
        vecs = {a.id: vectors(a) for a in win}
        byid = {a.id: a for a in win}
        wrong: list[tuple[str, str, str, str, dict[str, float], float]] = []
        for a, b in itertools.combinations(sorted(byid), 2):
            g, p = gold[a] == gold[b], pred.get(a, a) == pred.get(b, b)
            if g != p:
                kind = "split" if g else "join"
                sims = view_similarities(vecs[a], vecs[b])
                chance = same_story(vecs[a], vecs[b], w)
                wrong.append((classify(kind, sims, chance, w.threshold), kind, a, b, sims, chance))
        table[gp.name] = Counter(c for c, *_ in wrong)
        per_story: dict[str, Counter[str]] = {}
        for cls, kind, a, b, *_ in wrong:
            # a false split is charged to its gold story, a false join to the gold story of its
            # older article (the one the other was wrongly added to)
            key = f"{kind}: {labels[gold[a]] if kind == 'split' else labels[gold[min(a, b)]]}"
            per_story.setdefault(key, Counter())[cls] += 1
        name = gp.name.removeprefix("stories_").removesuffix(".json")
        costs += [(sum(c.values()), name, k, c) for k, c in per_story.items()]
        if args.summary:
            continue
        print(
            f"== {gp.name}: {sum(k == 'join' for _, k, *_ in wrong)} false joins, "
            f"{sum(k == 'split' for _, k, *_ in wrong)} false splits"
        )
        for cls, kind, a, b, sims, chance in sorted(wrong, key=lambda x: (x[1], x[0], x[2], x[3])):
            views = " ".join(f"{k[:3]} {sims[k]:.2f}" for k in VIEWS if sims[k] >= 0.05)
            print(f"{kind:5} p={chance:.2f} {cls} [{views}]")
            for x in (a, b):
                print(f"      {byid[x].day} {x}: {byid[x].title[:110]}")
    names = [n.removeprefix("stories_").removesuffix(".json") for n in table]
    print("\nwrong pairs by class (raw view cosines; joins then splits)")
    print(f"{'class':32}" + "".join(f"{n:>14}" for n in names) + f"{'all':>7}")
    for cls in JOINS + SPLITS:
        row = [table[n][cls] for n in table]
        print(f"{cls:32}" + "".join(f"{x:>14}" for x in row) + f"{sum(row):>7}")
    total = sum(c for c, *_ in costs)
    print(f"\nthe gold stories that cost most pairs ({total} wrong pairs in all; pairs, share, window, classes)")
    for n, win, key, c in sorted(costs, key=lambda x: (-x[0], x[1], x[2]))[:15]:
        classes = ", ".join(f"{k} {v}" for k, v in c.most_common())
        print(f"{n:5} {n / total:5.0%}  {win:12} {key[:70]}  [{classes}]")


if __name__ == "__main__":
    main()
