"""``entity``: what a corpus knows about one person, organisation or place.

``warta entity NAME [--label PER|ORG|LOC]`` prints mentions over time, roles seen,
co-occurring entities and the top quotes (by how often they were carried).
"""

from __future__ import annotations

import argparse
import sys

from warta.cli.args import count
from warta.corpus.cli import add_db, open_corpus, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "entity", help="profile one entity in a corpus", description=__doc__.split("\n\n", 1)[1] if __doc__ else None
    )
    p.add_argument("name", metavar="NAME")
    add_db(p)
    p.add_argument("--label", choices=("PER", "ORG", "LOC"), help="only entities of this type")
    p.add_argument("-n", "--top", type=count(1), default=10, help="rows per section (default 10)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def _bars(timeline: list[tuple[str, int]], width: int = 40) -> list[str]:
    if not timeline:
        return []
    if len(timeline) > 62:  # many days: by month
        months: dict[str, int] = {}
        for d, n in timeline:
            months[d[:7]] = months.get(d[:7], 0) + n
        timeline = list(months.items())
    top = max(n for _, n in timeline)
    return [f"  {d:<10} {'#' * max(1, round(n / top * width)):<{width}} {n}" for d, n in timeline]


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    with corpus:
        prof = corpus.entity(args.name, label=args.label, top=args.top)
    if prof is None:
        print(f"warta: no entity named {args.name!r} in the corpus", file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(prof.to_dict())
        return 0
    w = sys.stdout.write
    span = f", {prof.first_seen} … {prof.last_seen}" if prof.first_seen else ""
    w(f"{prof.name} ({prof.label}): {prof.mentions:,} mentions in {prof.articles:,} articles{span}\n")
    if prof.other_matches:
        w("  also matching: " + "; ".join(f"{n} ({lab}, {c})" for n, lab, c in prof.other_matches) + "\n")
    if prof.timeline:
        w("\nmentions over time (articles):\n" + "\n".join(_bars(prof.timeline)) + "\n")
    if prof.roles:
        w("\nroles seen:\n" + "".join(f"  {r} ({n})\n" for r, n in prof.roles))
    if prof.co_occurring:
        w("\nmentioned together with:\n" + "".join(f"  {n} ({lab}): {c}\n" for n, lab, c in prof.co_occurring))
    if prof.quotes:
        w("\ntop quotes:\n")
        for q in prof.quotes:
            src = ", ".join(x for x in (q.outlet, q.published) if x)
            times = f" ×{q.copies}" if q.copies > 1 else ""
            w(f'  "{q.text}"{times}\n    — {q.speaker or prof.name} ({src}) {q.url or q.article}\n')
    return 0
