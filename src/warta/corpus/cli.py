"""Pieces the corpus subcommands share: the ``--db`` option, opening a corpus, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

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


def bad_days(args: argparse.Namespace) -> str | None:
    """A one-line complaint about a malformed --since/--until, or None when they are fine."""
    import re

    for name in ("since", "until"):
        v = getattr(args, name, None)
        if v is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
            return f"warta: error: --{name} must be YYYY-MM-DD (or YYYY-MM, YYYY), not {v!r}"
    return None
