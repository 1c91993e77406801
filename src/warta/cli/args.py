"""Argument types the subcommands share: each rejects a bad value with a one-line reason
(argparse then exits 2) instead of letting it reach the engine or the store."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

MAX_COUNT = 1_000_000  # no listing, page or batch is larger; beyond this a number is a typo


def add_command(sub: argparse._SubParsersAction, name: str, help: str, doc: str | None) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` text is its module docstring less the first paragraph (the
    one-line title, which ``help`` already says)."""
    return sub.add_parser(name, help=help, description=doc.split("\n\n", 1)[1] if doc else None)


def count(lo: int = 0, hi: int = MAX_COUNT) -> Callable[[str], int]:
    """An integer in [lo, hi] (``-n``, ``--offset``, ``--batch``, ``-j``…)."""

    def parse(s: str) -> int:
        try:
            v = int(s)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {s!r}") from None
        if not lo <= v <= hi:
            raise argparse.ArgumentTypeError(f"must be between {lo:,} and {hi:,}, not {s}")
        return v

    parse.__name__ = "count"
    return parse


def seconds(lo: float, hi: float) -> Callable[[str], float]:
    """A duration in seconds, ``lo`` < value <= ``hi`` (``--read-budget``); nan and inf are refused."""

    def parse(s: str) -> float:
        try:
            v = float(s)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number of seconds, not {s!r}") from None
        if v != v:
            raise argparse.ArgumentTypeError(f"expected a number of seconds, not {s!r}")
        if not lo < v <= hi:
            raise argparse.ArgumentTypeError(f"must be between {lo:g} (excluded) and {hi:g} seconds, not {s}")
        return v

    parse.__name__ = "seconds"
    return parse


def add_record_budget(p: argparse.ArgumentParser, parse: Callable[[str], float], help: str) -> None:
    """``--record-budget SECONDS`` (default 300), the one option ingest and Spark share: how long one
    record may read before it is stopped and reported, so one slow record never stalls a batch."""
    p.add_argument("--record-budget", type=parse, default=parse("300"), metavar="SECONDS", help=help)


def port(s: str) -> int:
    """A TCP port, 0 (any free port) to 65535."""
    return count(0, 65535)(s)


def day(s: str) -> str:
    """A calendar day, month or year: YYYY-MM-DD, YYYY-MM or YYYY (``--since``, ``--until``)."""
    reason = bad_day(s)
    if reason:
        raise argparse.ArgumentTypeError(reason)
    return s


def bad_day(s: str) -> str | None:
    """Why ``s`` is not a real YYYY[-MM[-DD]] date, or None when it is one."""
    parts = s.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() and p.isascii() for p in parts)):
        return f"must be YYYY-MM-DD (or YYYY-MM, YYYY), not {s!r}"
    if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
        return f"must be YYYY-MM-DD (or YYYY-MM, YYYY), not {s!r}"
    y, m, d = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
    try:
        date(y, m, d)
    except ValueError as e:
        return f"{s!r} is not a real date ({e})"
    return None


def none_exists(paths: Sequence[Path | None]) -> str | None:
    """The one-line reason to stop before any store or output is made when no input named exists
    (a typo must leave no empty corpus), else None: then each absent one (a typo beside real files,
    a broken link) is a failed record in its own words and the run goes on, in `warta ingest` and
    `warta spark read` alike. ``None`` stands for a remote path (not checked here)."""
    if any(p is None or p.exists() for p in paths):
        return None
    from warta.sources import BROKEN_LINK

    first = paths[0]
    assert first is not None
    return f"{first}: {BROKEN_LINK}" if first.is_symlink() else f"no such file or folder: {first}"
