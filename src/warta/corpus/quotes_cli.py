"""Corpus mode of ``warta quotes`` (``--db``, ``--speaker``, ``--about``): who said what in a
corpus, with date, outlet and link. Picked up by :mod:`warta.cli.quotes` (its CORPUS_MODULE)."""

from __future__ import annotations

import argparse

from warta.corpus.cli import add_quote_arguments, quotes_wanted, run_quotes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_quote_arguments(parser)


def run(args: argparse.Namespace) -> int | None:
    """The exit code in corpus mode; None (file mode) when no corpus option and files are given."""
    return run_quotes(args) if quotes_wanted(args) else None
