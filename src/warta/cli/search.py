"""``search``: full-text search over a corpus, ranked, with highlighted snippets.

``warta search QUERY [--since D] [--until D] [--outlet O] [--entity NAME] [--theme T]``. The
query takes words (all must match), "a phrase", OR and -word. Near-duplicates are collapsed
into their best-ranked copy unless ``--all`` is given.
"""

from __future__ import annotations

import argparse
import sys

from warta.cli.args import add_command, count
from warta.corpus.cli import add_db, add_filters, marks, open_filtered, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "search", "search a corpus", __doc__)
    p.add_argument("query", metavar="QUERY")
    add_db(p)
    add_filters(p)
    p.add_argument("--entity", metavar="NAME", help="only articles that mention this entity")
    p.add_argument("--theme", help=f"only articles with this theme: {'; '.join(_theme_names())}")
    p.add_argument("-n", "--limit", type=count(1), default=10, help="results to show (default 10)")
    p.add_argument("--offset", type=count(0), default=0, help="skip this many results (paging)")
    p.add_argument("--all", action="store_true", help="show near-duplicates as separate results")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def _theme_names() -> list[str]:
    from warta.themes import lexicon

    return [t.name for t in lexicon().themes]


def run(args: argparse.Namespace) -> int:
    if args.theme:
        from warta.identity import resolve_choice, theme_choices

        theme, note = resolve_choice(args.theme, theme_choices(), "theme")
        if theme is None:
            print(f"warta: {note}", file=sys.stderr)
            return 2
        if note:
            print(f"warta: {note}", file=sys.stderr)
        args.theme = theme
    corpus = open_filtered(args)
    if corpus is None:
        return 2
    with corpus:
        mark = marks() if args.format == "text" else ("[", "]")
        hits = corpus.search(
            args.query,
            since=args.since,
            until=args.until,
            outlet=args.outlet,
            entity=args.entity,
            theme=args.theme,
            limit=args.limit,
            offset=args.offset,
            collapse=not args.all,
            mark=mark,
        )
    if args.format == "json":
        print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("no matches", file=sys.stderr)
        return 0
    out = sys.stdout
    for i, h in enumerate(hits, args.offset + 1):
        where = ", ".join(x for x in (h.outlet, h.published) if x)
        copies = f"  [+{h.copies - 1} near-duplicate{'s' if h.copies > 2 else ''}]" if h.copies > 1 else ""
        out.write(f"{i}. {h.title or h.id}" + (f"  ({where})" if where else "") + copies + "\n")
        out.write(f"   {h.url or h.id}\n")
        if h.snippet:
            out.write(f"   {h.snippet}\n")
        out.write("\n")
    return 0
