"""``ingest``: read files and folders into a corpus (SQLite or PostgreSQL).

``warta ingest PATH… [--db warta.db | --db postgresql://…] [-j N]`` reads .jsonl, .json,
.csv/.tsv (``--column text=NAME`` maps columns), .parquet, .txt/.html folders and WARC files,
runs every layer on each record in N worker processes and stores the results. Reruns skip
what is stored; a killed run can simply be run again. Exit code 1 when some records failed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from warta.cli.args import add_command, add_record_budget, count, none_exists
from warta.corpus.cli import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "ingest", "read files into a corpus database", __doc__)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    add_db(p)
    p.add_argument(
        "-j", "--jobs", type=count(0, 256), default=None, metavar="N", help="worker processes (default: CPU count)"
    )
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=NAME",
        help="CSV/Parquet column for a record field (id, text, html, title, url, published, outlet); repeatable",
    )
    p.add_argument("--exclude", default="", metavar="LAYER,…", help="layers to skip (e.g. summary,tone)")
    p.add_argument(
        "--batch", type=count(1, 100_000), default=200, metavar="N", help="records per transaction (default 200)"
    )
    add_record_budget(
        p,
        count(1, 86_400),
        "with -j 1 or more: a record still reading after this long is stopped and reported (default 300)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from warta.corpus.ingest import ingest
    from warta.corpus.store import StoreError, StoreGone, default_db

    columns: dict[str, str] = {}
    for spec in args.column:
        field, sep, name = spec.partition("=")
        if not sep or not field.strip() or not name.strip():
            print(f"warta: error: --column wants FIELD=NAME, not {spec!r}", file=sys.stderr)
            return 2
        columns[field.strip()] = name.strip()
    if args.jobs is not None and args.jobs < 0:
        print("warta: error: -j must be 0 or more", file=sys.stderr)
        return 2
    if args.batch < 1:
        print("warta: error: --batch must be at least 1", file=sys.stderr)
        return 2
    from warta.errors import UsageError
    from warta.pipeline import check_layers

    try:
        exclude = check_layers(x.strip() for x in args.exclude.split(",") if x.strip())
    except UsageError as e:
        print(f"warta: error: --exclude: {e}", file=sys.stderr)
        return 2
    if absent := none_exists([Path(p) for p in args.paths]):  # before the store is opened
        print(f"warta: error: {absent}", file=sys.stderr)
        return 2
    db = args.db or default_db()
    try:
        summary = ingest(
            args.paths,
            db,
            jobs=args.jobs,
            columns=columns or None,
            exclude=exclude,
            batch_size=args.batch,
            progress=False if args.quiet else None,
            record_budget=float(args.record_budget),
        )
    except StoreGone as e:  # input was fine; the run's writes were lost: 1, and a rerun redoes them
        print(f"warta: {e}", file=sys.stderr)
        return 1
    except StoreError as e:
        print(f"warta: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the database failed mid-run (disk full, server gone): one line, not a traceback
        if not type(e).__module__.startswith(("sqlite3", "psycopg")):
            raise
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"warta: database error, stopped (stored batches are kept; rerun to continue): {first}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary.text(), file=sys.stderr)
        report(
            db,
            summary.failed,
            summary.failures,
            summary.reused_ids,
            summary.unlinked,
            summary.ignored_fields,
            summary.n_ignored,
        )
    return 1 if summary.failed else 0


def report(
    db: str,
    failed: int,
    failures: list[tuple[str, str]],
    reused_ids: list[tuple[str, str]],
    unlinked: list[str],
    ignored: Sequence[tuple[str, str]] = (),
    n_ignored: int = 0,
) -> None:
    """The first failures, reused ids, articles stored without their story or identity links and
    fields ignored of a run under its summary line (``warta ingest`` and ``warta spark load``
    alike), on stderr: such an article is stored, but a story list or an alias would miss it, or
    its own id be gone, without a word."""
    _first_ten("failed", [f"{o}: {r}" for o, r in failures[:10]], failed, f" (see `warta stats --errors --db {db}`)")
    _first_ten("id reused", [f"{o}: {w}" for o, w in reused_ids[:10]], len(reused_ids), " ids reused")
    _first_ten("stored without its story or identity links", unlinked, len(unlinked), " stored without links")
    _first_ten("field ignored", [f"{o}: {w}" for o, w in ignored[:10]], n_ignored, " fields ignored")


def _first_ten(head: str, lines: list[str], total: int, more: str) -> None:
    """The first ten ``lines`` under ``head``, then how many more of ``total`` were not shown."""
    for line in lines[:10]:
        print(f"  {head}: {line}", file=sys.stderr)
    if total > 10:
        print(f"  … and {total - 10:,} more{more}", file=sys.stderr)
