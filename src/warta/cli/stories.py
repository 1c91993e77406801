"""``stories`` and ``story``: articles grouped by the happening they report.

``warta stories PATH… [--format json]`` groups the records of files at once and prints
``{"stories": [{"id", "label", "ids", …}, …]}`` (largest first). ``warta stories --db DB
[--since DAY] [--until DAY] [--entity NAME]`` lists the stories a corpus kept up to date at
ingest; ``warta story ID --db DB`` shows one story with its timeline, entities and quotes.
A corpus whose stories were made with other story features (an older Warta) is re-clustered
first, saying so on stderr, or refused when large (then ``--rebuild`` does it).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from warta.corpus.cli import add_db, bad_days, open_corpus, print_json


def register(sub: argparse._SubParsersAction) -> None:
    doc = __doc__.split("\n\n", 1)[1] if __doc__ else None
    p = sub.add_parser("stories", help="group articles into stories (files, or a corpus with --db)", description=doc)
    p.add_argument("paths", nargs="*", metavar="PATH", help="records to group at once (jsonl, json, txt, folders, -)")
    add_db(p)
    p.add_argument("--since", metavar="YYYY-MM-DD", help="stories seen on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="stories seen on or before this day")
    p.add_argument("--entity", metavar="NAME", help="stories that mention this entity (any alias)")
    p.add_argument("--min-size", type=int, default=None, help="only stories of at least this many articles")
    p.add_argument("-n", "--limit", type=int, default=50, help="stories to list from a corpus (default 50)")
    p.add_argument("--format", choices=("text", "json"), default=None, help="default: json for files, text for --db")
    p.add_argument("--rebuild", action="store_true", help="re-cluster every stored article (after an upgrade)")
    p.set_defaults(func=run_stories)
    q = sub.add_parser("story", help="one story of a corpus: timeline, outlets, entities, quotes", description=doc)
    q.add_argument("story_id", metavar="ID")
    add_db(q)
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(func=run_story)


def _read_paths(paths: list[str]) -> tuple[list[dict[str, Any]], int]:
    """Read the records for stories; a bad record is reported on stderr and skipped."""
    from warta.errors import WartaError
    from warta.sources import iter_paths
    from warta.stories import read_for_stories

    out: list[dict[str, Any]] = []
    failed = 0
    for n, item in enumerate(iter_paths(paths)):
        if item.error is not None or item.record is None:
            failed += 1
            print(f"warta: {item.origin}: {item.error or 'no record'}", file=sys.stderr)
            continue
        rec = dict(item.record)
        if rec.get("id") is None:
            rec["id"] = item.origin if len(paths) > 1 else f"record-{n + 1}"
        try:
            out.append(read_for_stories(rec))
        except WartaError as e:  # a bad record: its reason, as warta read says it
            failed += 1
            print(f"warta: {item.origin}: {e}", file=sys.stderr)
        except Exception as e:  # noqa: BLE001 - one bad record must not stop the batch
            failed += 1
            print(f"warta: {item.origin}: internal error: {type(e).__name__}: {e}", file=sys.stderr)
    return out, failed


def run_stories(args: argparse.Namespace) -> int:
    if msg := bad_days(args):
        print(msg, file=sys.stderr)
        return 2
    if args.paths:
        return _one_shot(args)
    return _from_corpus(args)


def _one_shot(args: argparse.Namespace) -> int:
    from warta.stories import cluster_records

    records, failed = _read_paths(args.paths)
    stories = cluster_records(records)
    if args.min_size:
        stories = [s for s in stories if s.size >= args.min_size]
    if (args.format or "json") == "json":
        sys.stdout.write(json.dumps({"stories": [s.to_dict() for s in stories]}, ensure_ascii=False) + "\n")
    else:
        _print_list([s.to_dict() for s in stories])
    return 1 if failed else 0


def _from_corpus(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    close: list[str] = []
    with corpus:
        if args.rebuild:
            from warta.stories.store import rebuild

            print(f"{rebuild(corpus.store):,} stories", file=sys.stderr)
        else:
            from warta.corpus.store import StoreError
            from warta.stories.store import ensure_current

            try:
                ensure_current(corpus.store, sys.stderr)  # stories made with other features: re-cluster
            except StoreError as e:
                print(f"warta: {e}", file=sys.stderr)
                return 2
        rows = corpus.stories(
            since=args.since, until=args.until, entity=args.entity, min_size=args.min_size or 1, limit=args.limit
        )
        if args.entity and rows is None and corpus.store.stories:
            from warta.identity import close_matches

            close = close_matches(corpus.store, args.entity)
    if args.entity and rows is None:
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        print(f"warta: no entity named {args.entity!r} in the corpus{hint}", file=sys.stderr)
        return 1
    rows = rows or []
    if (args.format or "text") == "json":
        print_json({"stories": rows})
    else:
        _print_list(rows)
    return 0


def _print_list(rows: list[dict[str, Any]]) -> None:
    w = sys.stdout.write
    if not rows:
        print("no stories found", file=sys.stderr)
    for s in rows:
        span = s.get("first_seen") or "?"
        if s.get("last_seen") and s["last_seen"] != s.get("first_seen"):
            span += f" … {s['last_seen']}"
        outlets = ", ".join(o["outlet"] for o in s.get("outlets") or [])
        w(f"{s['id']}  {s['size']:>3} article(s)  {span}  {s['label']}\n")
        if outlets:
            w(f"    {outlets}\n")


def run_story(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    with corpus:
        s = corpus.story(args.story_id)
    if s is None:
        print(f"warta: no story {args.story_id!r} in the corpus", file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(s)
        return 0
    w = sys.stdout.write
    w(f"{s['label']}\n{s['id']}: {s['size']} article(s), {s.get('first_seen')} … {s.get('last_seen')}\n")
    if s.get("outlets"):
        w("outlets: " + ", ".join(f"{o['outlet']} ({o['articles']})" for o in s["outlets"]) + "\n")
    if s.get("entities"):
        w("\nentities:\n" + "".join(f"  {e['name']} ({e['label']}): {e['articles']}\n" for e in s["entities"]))
    if s.get("timeline"):
        w("\ntimeline:\n")
        for a in s.get("articles") or []:
            w(f"  {a.get('day') or '?':<10}  {a.get('outlet') or '':<14} {a.get('title') or a['id']}\n")
    if s.get("quotes"):
        w("\nkey quotes:\n" + "".join(f'  {q["speaker"]}: "{q["text"]}"\n' for q in s["quotes"]))
    if s.get("merges"):
        w("\nmerged from: " + ", ".join(f"{m['from']} ({m['score']})" for m in s["merges"]) + "\n")
    return 0
