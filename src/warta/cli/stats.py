"""``stats``: counts of a corpus — articles, near-duplicates, entities, quotes, errors, and
articles by outlet, day and theme; events by type and by day. ``--errors`` lists the records that could not be stored."""

from __future__ import annotations

import argparse
import sys

from warta.cli.args import count
from warta.corpus.cli import add_db, open_corpus, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="counts of a corpus", description=__doc__)
    add_db(p)
    p.add_argument("--errors", action="store_true", help="list the records that failed, with reasons")
    p.add_argument("-n", "--top", type=count(1), default=20, help="rows per table (default 20)")
    p.add_argument(
        "--format", choices=("text", "json", "tsv"), default="text", help="tsv: with --errors, tab-separated rows"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "tsv" and not args.errors:
        print("warta stats: --format tsv goes with --errors (the counts are text or json)", file=sys.stderr)
        return 2
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    with corpus:
        if args.errors:
            errs = corpus.errors(limit=100_000)
            if args.format == "json":
                print_json(errs)
            else:
                _write_errors(errs, tsv=args.format == "tsv")
                print(f"{len(errs):,} failed record{'s' if len(errs) != 1 else ''}", file=sys.stderr)
            return 0
        st = corpus.stats(top=args.top)
        from warta.corpus.events import counts

        st["events"] = counts(corpus.store)
    if args.format == "json":
        print_json(st)
        return 0
    w = sys.stdout.write
    w(f"corpus {st['db']} ({st['backend']}, schema {st['schema_version']})\n")
    w(f"  articles    {st['articles']:>10,}")
    if st["first_day"]:
        w(f"   ({st['first_day']} … {st['last_day']})")
    w("\n")
    w(f"  duplicates  {st['duplicates']:>10,}   (in {st['duplicate_groups']:,} groups)\n")
    w(f"  entities    {st['entities']:>10,}\n  quotes      {st['quotes']:>10,}\n  errors      {st['errors']:>10,}\n")
    for title, key in (("by outlet", "by_outlet"), ("by theme", "by_theme")):
        if st[key]:
            w(f"\n{title}:\n" + "".join(f"  {k:<30} {n:>8,}\n" for k, n in st[key]))
    ev = st["events"]
    if ev["events"]:
        w(f"\nevents {ev['events']:,} by type:\n" + "".join(f"  {t:<30} {n:>8,}\n" for t, n in ev["by_type"]))
        per_day: dict[str, int] = {}
        for d, _t, n in ev["by_day"]:
            per_day[d or "?"] = per_day.get(d or "?", 0) + n
        shown_ev = sorted(per_day.items())[-args.top :]
        w("events by day:\n" + "".join(f"  {d:<12} {n:>8,}\n" for d, n in shown_ev))
    if st["by_day"]:
        days = st["by_day"]
        shown = days[-args.top :]
        w("\nby day" + (f" (last {len(shown)} of {len(days)})" if len(shown) < len(days) else "") + ":\n")
        w("".join(f"  {d:<12} {n:>8,}\n" for d, n in shown))
    return 0


def _write_errors(errs: list[dict[str, str]], tsv: bool) -> None:
    """The failed records as a table: aligned for a person, tab-separated (with a header row) when
    asked. Each cell is one line without tabs: a reason quotes the record's id, which may hold them."""
    from warta.corpus.events import CELL_BREAKS

    rows = [(CELL_BREAKS.sub(" ", e["origin"]), CELL_BREAKS.sub(" ", e["reason"])) for e in errs]
    if tsv:
        sys.stdout.write("".join(f"{o}\t{r}\n" for o, r in [("origin", "reason"), *rows]))
        return
    width = min(max((len(o) for o, _ in rows), default=0), 60)
    sys.stdout.write("".join(f"{o:<{width}}  {r}\n" for o, r in [("record", "reason"), *rows]))
