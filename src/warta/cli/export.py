"""``export``: write a corpus out as jsonl, parquet, csv or gkg (GDELT GKG 2.1-style rows).

``warta export --format jsonl|parquet|csv|gkg [-o FILE] [--since D] [--until D] [--outlet O]``.
jsonl holds each full stored record; csv and parquet one flat row per article (a csv text cell
that would start a spreadsheet formula gets a leading apostrophe); gkg is
tab-separated GKG 2.1 columns plus a WARTA_SPEAKERS column (see ``warta/corpus/README.md``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.cli.args import add_command
from warta.corpus.cli import add_db, add_filters, bad_days, open_corpus
from warta.corpus.store import default_db, is_postgres


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "export", "write a corpus out (jsonl, parquet, csv, gkg)", __doc__)
    add_db(p)
    p.add_argument("--format", choices=("jsonl", "parquet", "csv", "gkg"), default="jsonl")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="output file (default: standard output; parquet needs a file)"
    )
    add_filters(p)
    p.add_argument("--with-text", action="store_true", help="jsonl: include the original input text")
    p.add_argument("--unique", action="store_true", help="one article per near-duplicate group (the first stored)")
    p.set_defaults(func=run)


def _is_corpus(target: Path, db: str) -> bool:
    """Is ``target`` the SQLite corpus or one of its side files? Written over, the corpus is lost."""
    if is_postgres(db):
        return False
    base = Path(db).expanduser().resolve()
    return target in {base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))}


def run(args: argparse.Namespace) -> int:
    if msg := bad_days(args):
        print(msg, file=sys.stderr)
        return 2
    if args.with_text and args.format != "jsonl":  # ignored, it gave a file without the text and no word why
        print(
            f"warta: error: --with-text keeps the input text in --format jsonl only, not {args.format}", file=sys.stderr
        )
        return 2
    if args.format == "parquet" and not args.output:
        print("warta: error: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    if args.output:
        target = Path(args.output).expanduser().resolve()
        if not target.parent.is_dir():
            print(f"warta: error: -o: folder {target.parent} does not exist", file=sys.stderr)
            return 2
        if _is_corpus(target, args.db or default_db()):
            print(f"warta: error: -o: {args.output} is the corpus itself (--db); give another file", file=sys.stderr)
            return 2
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    damaged: list[str] = []
    with corpus:
        out = args.output or sys.stdout
        try:
            n = corpus.export(
                out,
                args.format,
                since=args.since,
                until=args.until,
                outlet=args.outlet,
                with_text=args.with_text,
                unique=args.unique,
                damaged=damaged,
            )
        except OSError as e:
            where = e.filename or args.output or "standard output"
            print(f"warta: error: cannot write {where}: {e.strerror or e}", file=sys.stderr)
            return 2
    for line in damaged:
        print(f"warta: {line}", file=sys.stderr)
    print(
        f"exported {n:,} article{'s' if n != 1 else ''}"
        + (f" to {args.output}" if args.output else "")
        + (f"; {len(damaged):,} damaged stored record(s) skipped" if damaged else ""),
        file=sys.stderr,
    )
    return 1 if damaged else 0
