"""Pieces the corpus subcommands share: the ``--db`` option, opening a corpus, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from warta.cli.args import count
from warta.corpus.store import StoreError, default_db

DB_HELP = "corpus database: a SQLite file or postgresql://… URL (default: $WARTA_DB, else ./warta.db)"
BOLD, RESET = "\033[1m", "\033[0m"


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, metavar="DB", help=DB_HELP)


def add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after this day")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before this day")
    parser.add_argument("--outlet", help="only this outlet (e.g. detik.com)")


def open_corpus(args: argparse.Namespace, create: bool = False) -> Any:
    """The corpus named by ``--db``, or None after printing why it cannot be opened."""
    from warta.corpus import Corpus

    try:
        return Corpus(args.db or default_db(), create=create)
    except StoreError as e:
        print(f"warta: {e}", file=sys.stderr)
        return None


def marks(stream: Any = None) -> tuple[str, str]:
    """How to show matched words: bold on a terminal, [brackets] otherwise."""
    stream = stream or sys.stdout
    return (BOLD, RESET) if stream.isatty() else ("[", "]")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def open_filtered(args: argparse.Namespace) -> Any:
    """The corpus of ``--db`` once ``--since``/``--until`` are checked; None after printing why not."""
    if msg := bad_days(args):
        print(msg, file=sys.stderr)
        return None
    return open_corpus(args)


def bad_days(args: argparse.Namespace) -> str | None:
    """A one-line complaint about a malformed --since/--until, or None when they are fine."""
    from warta.cli.args import bad_day

    for name in ("since", "until"):
        v = getattr(args, name, None)
        if v is not None and (reason := bad_day(v)):
            return f"warta: error: --{name} {reason}"
    return None


# -- corpus mode of `warta quotes` ---------------------------------------------------
def add_quote_arguments(p: argparse.ArgumentParser) -> None:
    """The corpus options of ``warta quotes`` (its file mode is in warta.cli.quotes)."""
    g = p.add_argument_group("corpus mode (with --db, --speaker or --about)")
    g.add_argument("--db", default=None, metavar="DB", help=DB_HELP)
    g.add_argument("--speaker", metavar="NAME", help="quotes by this speaker (whole words of the name match)")
    g.add_argument("--about", metavar="QUERY", help="quotes whose text matches this search query")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="published on or after this day")
    g.add_argument("--until", metavar="YYYY-MM-DD", help="published on or before this day")
    g.add_argument("--outlet", help="only this outlet")
    g.add_argument("-n", "--limit", type=count(1), default=50, help="quotes to show (default 50)")


def quotes_wanted(args: argparse.Namespace) -> bool:
    """Corpus mode when a corpus option is given and no files are."""
    return not getattr(args, "paths", None) and any(getattr(args, k, None) for k in ("db", "speaker", "about"))


def run_quotes(args: argparse.Namespace) -> int:
    """Who said what in a corpus, with date, outlet and link."""
    corpus = open_filtered(args)
    if corpus is None:
        return 2
    with corpus:
        hits = corpus.quotes(
            args.speaker, about=args.about, since=args.since, until=args.until, outlet=args.outlet, limit=args.limit
        )
    if getattr(args, "kind", None):
        hits = [h for h in hits if h.kind == args.kind]
    fmt = getattr(args, "format", "table")
    if fmt == "jsonl":
        for h in hits:
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        return 0
    if not hits:
        print("no quotes found", file=sys.stderr)
        return 0
    full = getattr(args, "full", False)
    for h in hits:
        text = h.text if full or len(h.text) <= 300 else h.text[:299].rstrip() + "…"
        mark = '"' if h.kind == "direct" else "~"
        src = ", ".join(x for x in (h.published, h.outlet) if x)
        copies = f"  (carried {h.copies}×)" if h.copies > 1 else ""
        sys.stdout.write(
            f"{h.speaker or '?'} — {h.cue or '—'} — {mark}{text}\n    {src}  {h.url or h.article}{copies}\n"
        )
    return 0
