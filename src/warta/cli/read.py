"""``warta read``: read articles from files or standard input and print their records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from warta.cli.args import count
from warta.errors import UsageError, WartaError
from warta.pipeline import check_layers, read
from warta.sources import Item, iter_paths, iter_stream

EXAMPLE = "liputan6_kim_putin.txt"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("read", help="read articles into structured records", description=__doc__)
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt, .html, .json, .jsonl file, folder, or - for stdin")
    p.add_argument("--example", action="store_true", help="read the bundled Liputan6 example article")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument(
        "--summary-sentences", type=count(1, 1000), default=None, metavar="N", help="sentences in the summary"
    )
    p.add_argument(
        "--layers", default=None, metavar="LAYER,…", help=f"layers to run (default: all): {', '.join(_layer_names())}"
    )
    p.set_defaults(func=run)


def _layer_names() -> list[str]:
    from warta.pipeline import CORE_LAYERS, LAYERS

    return [n for n, _ in LAYERS if n not in CORE_LAYERS]


def example_record() -> dict[str, Any]:
    text = resources.files("warta").joinpath(f"data/{EXAMPLE}").read_text("utf-8")
    return {"id": Path(EXAMPLE).stem, "text": text}


def items_for(paths: list[str], example: bool = False) -> Iterator[Item]:
    """The input items a command was given: the example, stdin (``-``), files and folders."""
    if example:
        yield Item(f"example:{EXAMPLE}", record=example_record())
    for p in paths:
        if p == "-":
            yield from iter_stream(sys.stdin.buffer)
        else:
            yield from iter_paths([p])


def read_items(items: Iterator[Item], **kwargs: Any) -> Iterator[tuple[Item, Any, str | None]]:
    """Run ``read`` on each item; yield (item, article or None, error or None). Never raises
    for a bad record: one broken record must not stop a batch."""
    for item in items:
        if item.error:
            yield item, None, item.error
            continue
        try:
            yield item, read(item.record, **kwargs), None
        except WartaError as e:
            yield item, None, str(e)
        except Exception as e:  # a bug on one record is reported, and the batch goes on
            yield item, None, f"internal error: {type(e).__name__}: {e}"


def each_article(args: argparse.Namespace, command: str, layers: list[str], show: Callable[[Any], None]) -> int:
    """Read a command's inputs (``args.paths``, ``args.example``) with ``layers`` and ``show`` each
    article, its id defaulting to where it came from; a record that fails is reported in one
    line on stderr and the batch goes on. Returns the exit code: 1 if any record failed."""
    failed = 0
    for item, article, error in read_items(items_for(args.paths, args.example), layers=layers):
        if error:
            failed += 1
            print(f"warta {command}: {item.origin}: {error}", file=sys.stderr)
            continue
        if article.id is None:
            article.id = item.origin
        show(article)
    return 1 if failed else 0


def error_record(item: Item, error: str) -> dict[str, Any]:
    rid = item.record.get("id") if isinstance(item.record, dict) else None
    return {"id": rid, "origin": item.origin, "error": error}


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.example:
        print("warta read: give a PATH, - for standard input, or --example", file=sys.stderr)
        return 2
    kwargs: dict[str, Any] = {}
    if args.layers:
        try:
            kwargs["layers"] = check_layers(x.strip() for x in args.layers.split(",") if x.strip())
        except UsageError as e:
            print(f"warta read: error: --layers: {e}", file=sys.stderr)
            return 2
    if args.summary_sentences is not None:
        if args.summary_sentences < 1:
            print("warta read: --summary-sentences must be at least 1", file=sys.stderr)
            return 2
        kwargs["options"] = {"summary_sentences": args.summary_sentences}
    items = list(items_for(args.paths, args.example)) if _single(args) else items_for(args.paths, args.example)
    many = not _single(args) or (isinstance(items, list) and len(items) > 1)
    failed = 0
    out = sys.stdout
    color = out.isatty()
    for item, article, error in read_items(iter(items), **kwargs):
        if error:
            failed += 1
            print(f"warta read: {item.origin}: {error}", file=sys.stderr)
            rec = error_record(item, error)
            if args.format == "json":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        if args.format == "text":
            from warta.cli.show import render

            out.write(render(article, color=color) + "\n")
        elif many:
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=1) + "\n")
    return 1 if failed else 0


def _single(args: argparse.Namespace) -> bool:
    """One file that is not a batch format: its record is printed as indented JSON."""
    if args.example and not args.paths:
        return True
    if len(args.paths) != 1 or args.example:
        return False
    p = Path(args.paths[0])
    return args.paths[0] == "-" or (p.is_file() and p.suffix.lower() in {".txt", ".html", ".htm", ".json"})
