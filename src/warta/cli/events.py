"""``warta events``: who did what to whom (PLOVER types plus CRIME).

File mode (``warta events PATH|-|--example``) reads articles and lists their events as
``ACTOR —TYPE→ RECIPIENT (trigger)`` lines, or one JSON object per event (``--format jsonl``).
Corpus mode (``--db``) lists the stored events, filtered by ``--type``, ``--actor``,
``--recipient``, ``--since``/``--until`` (the day the event happened), as a table, PLOVER-style
JSON lines (``--format jsonl``) or a GDELT-style event TSV (``--format tsv``); ``--counts``
prints events by type and by day instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from warta.cli.args import add_command, count, day
from warta.document import Article, Event
from warta.events.lexicon import TYPES


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "events", "list who did what to whom (PLOVER events)", __doc__)
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt, .html, .json, .jsonl file, folder, or - for stdin")
    p.add_argument("--example", action="store_true", help="use the bundled Liputan6 example article")
    p.add_argument("--db", default=None, metavar="DB", help="list the events stored in this corpus")
    p.add_argument("--format", choices=("table", "jsonl", "tsv"), default="table")
    p.add_argument("--type", type=str.upper, choices=TYPES, default=None, help="only events of this type")
    p.add_argument("--actor", help="only events with this actor (a name as stored)")
    p.add_argument("--recipient", help="only events with this recipient")
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="corpus: events on or after this day")
    p.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="corpus: events on or before this day")
    p.add_argument("--counts", action="store_true", help="corpus: counts by type and by day")
    p.add_argument("-n", "--limit", type=count(1), default=None, help="corpus: at most this many events")
    p.set_defaults(func=run)


def arrow(actor: str | None, type: str, recipient: str | None, trigger: str, mutual: bool = False) -> str:
    """`ACTOR —TYPE→ RECIPIENT (trigger)`; a two-way act gets a double arrow."""
    head = "←" if mutual else "—"
    return f"{actor or '?'} {head}{type}→ {recipient or '·'} ({trigger})"


def event_arrow(e: Event) -> str:
    """:func:`arrow` for an article's event."""
    return arrow(
        e.actor.name if e.actor else None, e.type, e.recipient.name if e.recipient else None, e.trigger, e.mutual
    )


def event_record(article: Article, e: Event) -> dict[str, Any]:
    """One event as a flat JSON object, with the article it comes from."""
    date = article.dates[e.date].value if e.date is not None and 0 <= e.date < len(article.dates) else None
    place = (
        article.entities[e.place].canonical if e.place is not None and 0 <= e.place < len(article.entities) else None
    )
    return {
        "article": article.id,
        "type": e.type,
        "mode": e.mode,
        "mutual": e.mutual,
        "trigger": e.trigger,
        "actor": e.actor.name if e.actor else None,
        "actor_entity": e.actor.entity if e.actor else None,
        "recipient": e.recipient.name if e.recipient else None,
        "recipient_entity": e.recipient.entity if e.recipient else None,
        "date": date,
        "place": place,
        "text": article.norm_text(e.start, e.end),
        "start": e.start,
        "end": e.end,
    }


def _wanted(e: Event, args: argparse.Namespace) -> bool:
    if args.type and e.type != args.type:
        return False
    for key in ("actor", "recipient"):
        want = getattr(args, key)
        sp = getattr(e, key)
        if want and (sp is None or want.lower() not in sp.name.lower()):
            return False
    return True


def run(args: argparse.Namespace) -> int:
    if args.db is not None or args.counts:
        return _run_corpus(args)
    if not args.paths and not args.example:
        print("warta events: give a PATH, - for standard input, --example, or --db", file=sys.stderr)
        return 2
    if args.format == "tsv":
        print("warta events: --format tsv is for a corpus (--db)", file=sys.stderr)
        return 2
    from warta.cli.read import each_article

    def show(article: Article) -> None:
        evs = [e for e in article.events if _wanted(e, args)]
        if args.format == "jsonl":
            for e in evs:
                sys.stdout.write(json.dumps(event_record(article, e), ensure_ascii=False) + "\n")
            return
        sys.stdout.write(f"# {article.id}\n")
        for e in evs:
            sys.stdout.write(event_arrow(e) + (f"  [{e.mode}]" if e.mode else "") + "\n")

    return each_article(args, "events", ["entities", "places", "dates", "quotes", "events"], show)


def _run_corpus(args: argparse.Namespace) -> int:
    from warta.corpus import events as stored
    from warta.corpus.cli import bad_days, open_corpus

    if msg := bad_days(args):
        print(msg, file=sys.stderr)
        return 2
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    with corpus:
        _say_unread(corpus.store)
        if args.counts:
            c = stored.counts(corpus.store, since=args.since, until=args.until)
            if args.format == "jsonl":
                sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
                return 0
            sys.stdout.write(f"events {c['events']:,}\n\nby type:\n")
            sys.stdout.write("".join(f"  {t:<12} {n:>8,}\n" for t, n in c["by_type"]))
            sys.stdout.write("\nby day:\n" + "".join(f"  {d or '?':<12} {t:<12} {n:>6,}\n" for d, t, n in c["by_day"]))
            return 0
        rows = stored.find(
            corpus.store,
            type=args.type,
            actor=args.actor,
            recipient=args.recipient,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
        if args.format == "jsonl":
            n = stored.write_jsonl(rows, sys.stdout)
        elif args.format == "tsv":
            n = stored.write_tsv(rows, sys.stdout)
        else:
            n = 0
            for r in rows:
                n += 1
                sys.stdout.write(f"{r.date or '?'}  {arrow(r.actor, r.type, r.recipient, r.trigger or '', r.mutual)}\n")
                sys.stdout.write(f"    {r.outlet or ''}  {r.url or r.article}\n")
    print(f"{n:,} event{'s' if n != 1 else ''}", file=sys.stderr)
    return 0


def _say_unread(store: Any) -> None:
    """One line when the corpus holds articles stored before events were kept."""
    from warta.corpus.events import stored_before_notice

    if notice := stored_before_notice(store):
        print(f"warta: {notice}", file=sys.stderr)
