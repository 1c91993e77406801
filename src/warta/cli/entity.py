"""``entity``: what a corpus knows about one person, organisation or place.

``warta entity NAME [--label PER|ORG|LOC]`` prints mentions over time, roles seen,
co-occurring entities and the top quotes (by how often they were carried).
"""

from __future__ import annotations

import argparse
import sys

from warta.cli.args import add_command, count
from warta.corpus.cli import add_db, open_corpus, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "entity", "profile one entity in a corpus", __doc__)
    p.add_argument("name", metavar="NAME")
    add_db(p)
    p.add_argument("--label", choices=("PER", "ORG", "LOC"), help="only entities of this type")
    p.add_argument("-n", "--top", type=count(1), default=10, help="rows per section (default 10)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--unlink", action="store_true", help="undo the merge of NAME into another name (kept undone)")
    p.add_argument("--merge-into", metavar="OTHER", help="merge NAME into OTHER by hand (kept on later ingests)")
    p.set_defaults(func=run)


def _bars(timeline: list[tuple[str, int]], width: int = 40) -> list[str]:
    if not timeline:
        return []
    if len(timeline) > 62:  # many days: by month
        months: dict[str, int] = {}
        for d, n in timeline:
            months[d[:7]] = months.get(d[:7], 0) + n
        timeline = list(months.items())
    top = max(n for _, n in timeline)
    return [f"  {d:<10} {'#' * max(1, round(n / top * width)):<{width}} {n}" for d, n in timeline]


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    if corpus is None:
        return 2
    with corpus:
        if args.unlink or args.merge_into:
            from warta.identity import link, unlink

            names = [args.name] + ([args.merge_into] if args.merge_into and not args.unlink else [])
            if why := _not_found(corpus, names, args.label):
                print(f"warta: {why}", file=sys.stderr)
                return 1
            if args.unlink:
                n = unlink(corpus.store, args.name, args.label)
                none = f" ({args.name!r} is merged into no other name)" if not n else ""
                print(f"{n} merge(s) of {args.name!r} undone{none}", file=sys.stderr)
                return 0 if n else 1
            ok = link(corpus.store, args.name, args.merge_into, args.label)
            why = "" if ok else " (they are already one identity)"
            print(
                f"{args.name!r} {'merged into' if ok else 'not merged into'} {args.merge_into!r}{why}", file=sys.stderr
            )
            return 0 if ok else 1
        prof = corpus.entity(args.name, label=args.label, top=args.top)
        close = [] if prof is not None or not corpus.store.stories else _close(corpus, args)
    if prof is None:
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        print(f"warta: no entity named {args.name!r} in the corpus{hint}", file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(prof.to_dict())
        return 0
    w = sys.stdout.write
    span = f", {prof.first_seen} … {prof.last_seen}" if prof.first_seen else ""
    w(f"{prof.name} ({prof.label}): {prof.mentions:,} mentions in {prof.articles:,} articles{span}\n")
    if prof.aliases:
        w("  also named: " + "; ".join(prof.aliases) + "\n")
    if prof.other_matches:
        w("  also matching: " + "; ".join(f"{n} ({lab}, {c})" for n, lab, c in prof.other_matches) + "\n")
    if prof.tone is not None:
        w(f"  tone of the articles that mention it: {prof.tone:+.2f}\n")
    if prof.timeline:
        w("\nmentions over time (articles):\n" + "\n".join(_bars(prof.timeline)) + "\n")
    if prof.role_history:
        w("\nroles seen:\n")
        for r in prof.role_history:
            span = r["from"] if r["from"] == r["to"] else f"{r['from']} … {r['to']}"
            w(f"  {r['role']} ({r['articles']}; {span})\n")
    elif prof.roles:
        w("\nroles seen:\n" + "".join(f"  {r} ({n})\n" for r, n in prof.roles))
    if prof.co_occurring:
        w("\nmentioned together with:\n" + "".join(f"  {n} ({lab}): {c}\n" for n, lab, c in prof.co_occurring))
    if prof.quotes:
        w("\ntop quotes:\n")
        for q in prof.quotes:
            src = ", ".join(x for x in (q.outlet, q.published) if x)
            times = f" ×{q.copies}" if q.copies > 1 else ""
            w(f'  "{q.text}"{times}\n    — {q.speaker or prof.name} ({src}) {q.url or q.article}\n')
    if prof.stories:
        w("\nstories:\n")
        for st in prof.stories:
            w(f"  {st['id']}  {st['size']:>3}  {st['first_seen']}  {st['label']}\n")
    if prof.merges:
        w("\nnames merged:\n")
        for m in prof.merges:
            flag = " (undone)" if m["undone"] else ""
            w(f"  {m['name']} → {m['into']}: {m['reason']}{flag}\n")
    return 0


def _not_found(corpus: object, names: list[str], label: str | None) -> str | None:
    """Why a merge or unlink cannot be done because a name is not stored (with close names), or None."""
    from warta.identity import close_matches, find

    store = corpus.store  # type: ignore[attr-defined]
    missing = [n for n in names if not find(store, n, label)]
    if not missing:
        return None
    kind = f" {label}" if label else ""
    said = " or ".join(repr(n) for n in missing)
    close = [c for n in missing for c in close_matches(store, n, label=label)]
    hint = f"; did you mean: {', '.join(dict.fromkeys(close))}?" if close else ""
    verb = "unlinked" if len(names) == 1 else "merged"
    return f"not {verb}: no{kind} entity named {said} in the corpus{hint}"


def _close(corpus: object, args: argparse.Namespace) -> list[str]:
    from warta.identity import close_matches

    return close_matches(corpus.store, args.name, label=args.label)  # type: ignore[attr-defined]
