"""``warta quotes``: who said what in one article or a file of records.

File mode (``warta quotes PATH|-``) reads the articles and lists their quotes as a table
(speaker — cue — quote) or, with ``--format jsonl``, one JSON object per quote.

Corpus mode (``--db``, ``--speaker``, ``--about``) plugs in without editing this file: a module
:data:`CORPUS_MODULE` with ``add_arguments(parser)`` (adds its options) and ``run(args) -> int |
None`` (answers when its options are given; None falls back to file mode) is picked up when it
exists. It should print with :func:`print_quotes`, which takes quote records as
:func:`quote_record` makes them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterable
from importlib import import_module
from types import ModuleType
from typing import Any, TextIO

from warta.document import Article, Quote

CORPUS_MODULE = "warta.corpus.quotes_cli"  # the hook for `--db/--speaker/--about` (see above)

QUOTE_WIDTH = 100


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "quotes",
        help="list who said what in articles",
        description=(
            "List the quotes of one article or a file of records as: speaker — verb of saying (via medium) — "
            'quote. A direct quote is in "quotation marks"; ~ marks an indirect (reported) quote, '
            "· a quote with no verb of saying."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt, .html, .json, .jsonl file, folder, or - for stdin")
    p.add_argument("--example", action="store_true", help="use the bundled Liputan6 example article")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--kind", choices=("direct", "indirect"), default=None, help="only quotes of this kind")
    p.add_argument("--full", action="store_true", help="do not shorten long quotes in the table")
    corpus = _corpus_mode()
    if corpus is not None:
        corpus.add_arguments(p)
    p.set_defaults(func=run)


def _corpus_mode() -> ModuleType | None:
    """The corpus-mode module, when the corpus command set provides it."""
    try:
        return import_module(CORPUS_MODULE)
    except ModuleNotFoundError as e:
        if e.name in (CORPUS_MODULE, CORPUS_MODULE.rsplit(".", 1)[0]):
            return None
        raise


def quote_record(article: Article, q: Quote) -> dict[str, Any]:
    """One quote as a flat JSON object (with the article it comes from)."""
    return {
        "article": article.id,
        "kind": q.kind,
        "speaker": q.speaker.name if q.speaker else None,
        "speaker_entity": q.speaker.entity if q.speaker else None,
        "cue": q.cue,
        "cue_lemma": q.cue_lemma,
        "via": q.via,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "attribution": list(q.attribution) if q.attribution else None,
    }


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def print_quotes(
    rows: Iterable[tuple[Article, Quote]] | Iterable[dict[str, Any]],
    fmt: str = "table",
    out: TextIO | None = None,
    full: bool = False,
) -> int:
    """Print quotes as a table or JSON lines; rows are (article, quote) pairs or quote records
    (as :func:`quote_record` makes them, e.g. from a corpus). Returns how many were printed."""
    out = out or sys.stdout
    n = 0
    width = max(40, shutil.get_terminal_size((140, 20)).columns - 50) if not full else 10**9
    last_article: object = object()
    for row in rows:
        rec = quote_record(*row) if isinstance(row, tuple) else row
        n += 1
        if fmt == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        if rec.get("article") != last_article:
            last_article = rec.get("article")
            if last_article is not None:
                out.write(f"# {last_article}\n")
        speaker = rec.get("speaker") or "?"
        cue = rec.get("cue") or "·"  # no verb of saying
        via = f" (via {rec['via']})" if rec.get("via") else ""
        mark = '"' if rec.get("kind") == "direct" else "~"
        out.write(f"{speaker} — {cue}{via} — {mark}{_shorten(rec.get('text') or '', width)}\n")
    return n


def run(args: argparse.Namespace) -> int:
    corpus = _corpus_mode()
    if corpus is not None:
        code = corpus.run(args)  # corpus mode answers when its options were given
        if code is not None:
            return int(code)
    if not args.paths and not args.example:
        print("warta quotes: give a PATH, - for standard input, or --example", file=sys.stderr)
        return 2
    from warta.cli.read import each_article

    def show(article: Article) -> None:
        qs = [q for q in article.quotes if args.kind is None or q.kind == args.kind]
        print_quotes(((article, q) for q in qs), args.format, full=args.full)

    return each_article(args, "quotes", ["entities", "quotes"], show)
