"""Every trigger candidate of the mining pool (or of the events MINE half) with its fate, and for the
`incomplete` veto the line of ``events._complete`` that dropped it: where detection's party veto bites.

Round 40 (issue #12, tag evinc): the `incomplete` veto drops MINE candidates of which a quarter are
real acts whose parties the reader did not find; to weigh a fix, its reach is counted on the whole
pool first. ``extract(article, trace=…)`` already gives each candidate's fate; this adds the veto's
clause (its source line, so the count says which rule: both parties missing, an act noun with no
party written, a demand of no one, a `needs_party` verb with no one acted on …).

    python scripts/events_veto_trace.py pool /work/pool/pool.jsonl --out /tmp/trace.jsonl [--cache /tmp/pool.pkl]
    python scripts/events_veto_trace.py mine --out /tmp/mine.jsonl          # MINE half, with the gold of each sentence
    python scripts/events_veto_trace.py count /tmp/trace.jsonl              # fates, then `incomplete` by clause

One JSON line a candidate: id, fate, type, trigger, voice, actor, recipient, clause (line and text of
``_complete``'s veto, `incomplete` only), sentence; with ``mine`` also the gold events of its type in
its sentence (token F1 >= 0.6, as score.py matches). Development data only: the pool and the MINE half.
"""

from __future__ import annotations

import argparse
import collections
import json
import linecache
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))


def _tokens(text: str | None) -> set[str]:
    return set((text or "").lower().split())


def _same_sentence(a: str, b: str) -> bool:
    """score.py's sentence match: token F1 of the two texts at least 0.6."""
    x, y = _tokens(a), _tokens(b)
    return bool(x and y) and 2 * len(x & y) / (len(x) + len(y)) >= 0.6


class VetoWatch:
    """Wraps ``events._complete`` while it runs, keeping the line each call returned False from."""

    def __init__(self) -> None:
        import warta.events as events

        self.events = events
        self.original = events._complete
        self.lines: list[int] = []
        self._last = 0

    def _trace(self, frame, event, _arg):
        if frame.f_code is not self.original.__code__:
            return None

        def local(fr, ev, _a):
            if ev == "line":
                self._last = fr.f_lineno
            return local

        return local

    def _wrapped(self, *args, **kwargs) -> bool:
        sys.settrace(self._trace)
        try:
            ok = self.original(*args, **kwargs)
        finally:
            sys.settrace(None)
        if not ok:
            self.lines.append(self._last)
        return ok

    def __enter__(self) -> VetoWatch:
        self.events._complete = self._wrapped
        return self

    def __exit__(self, *_exc) -> None:
        self.events._complete = self.original

    def rows(self, aid: str, article) -> Iterator[dict]:
        """The article's candidates, each `incomplete` one with the veto line it fell to (in order)."""
        self.lines = []
        trace: list = []
        self.events.extract(article, trace=trace)
        vetoes = iter(self.lines)
        path = self.original.__code__.co_filename
        for c in trace:
            ev = c.event
            row = {
                "id": aid,
                "fate": c.fate,
                "type": c.trigger.type,
                "trigger": " ".join(w.text for w in c.ws[c.trigger.first : c.trigger.last + 1]),
                "voice": ev.voice if ev else None,
                "actor": ev.actor.name if ev and ev.actor else None,
                "recipient": ev.recipient.name if ev and ev.recipient else None,
                "sentence": article.norm[c.ss : c.se],
            }
            if c.fate == "incomplete":
                row["clause"] = _clause(path, next(vetoes, 0))
            yield row


def _clause(path: str, line: int) -> str:
    """The veto's line with the condition it answers (`if …:` above a bare `return False`)."""
    text = linecache.getline(path, line).strip()
    k = line
    while text.startswith("return") and not text.startswith("return not") and k > line - 8:
        k -= 1
        cond = linecache.getline(path, k).strip()
        if cond.startswith("if "):
            return f"{line}: {cond} {text}"
    return f"{line}: {text}"


def _pool_articles(pool: Path, cache: Path | None) -> list[tuple[str, object]]:
    """The pool's records read up to events (cached: the earlier layers do not read events)."""
    import warta

    have = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    recs = [json.loads(ln) for ln in pool.read_text("utf-8").split("\n") if ln.strip()]
    todo = [r for r in recs if r["id"] not in have]
    for r in todo:
        have[r["id"]] = warta.read(r, exclude=["summary", "tone", "themes", "events"])
    if cache and todo:
        cache.write_bytes(pickle.dumps(have))
    return [(r["id"], have[r["id"]]) for r in recs]


def trace_pool(pool: Path, cache: Path | None) -> Iterator[dict]:
    with VetoWatch() as watch:
        for aid, art in _pool_articles(pool, cache):
            yield from watch.rows(aid, art)


def trace_mine(cache: Path | None) -> Iterator[dict]:
    import train_event_detector as ted

    data = ted.load(ted.SETS, cache, "mine")
    with VetoWatch() as watch:
        for _set, items in data.items():
            for gold, art in items:
                for row in watch.rows(gold["id"], art):
                    row["gold"] = [
                        [g.get("trigger"), g.get("actor"), g.get("recipient")]
                        for g in gold["events"]
                        if g["type"] == row["type"] and _same_sentence(g["text"], row["sentence"])
                    ]
                    yield row


def count(rows: list[dict]) -> str:
    """Fates, then the `incomplete` vetoes by clause (with how many carry a gold event, MINE only)."""
    out = [f"{k:16} {v}" for k, v in collections.Counter(r["fate"] for r in rows).most_common()]
    inc = [r for r in rows if r["fate"] == "incomplete"]
    by = collections.Counter(r["clause"] for r in inc)
    gold = collections.Counter(r["clause"] for r in inc if r.get("gold"))
    arts = collections.defaultdict(set)
    for r in inc:
        arts[r["clause"]].add(r["id"])
    out.append(f"\nincomplete {len(inc)} in {len({r['id'] for r in inc})} articles, by clause (n, articles, gold):")
    out += [f"{n:5} {len(arts[k]):4} {gold[k]:4}  {k[:110]}" for k, n in by.most_common()]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("pool", "mine", "count"))
    ap.add_argument("path", nargs="?", help="the pool (pool) or a trace to count (count)")
    ap.add_argument("--out", help="write the trace here (JSON lines)")
    ap.add_argument("--cache", help="pickle of the articles read before events")
    args = ap.parse_args()
    cache = Path(args.cache) if args.cache else None
    if args.what == "count":
        print(count([json.loads(ln) for ln in Path(args.path).read_text("utf-8").split("\n") if ln.strip()]))
        return
    rows = list(trace_pool(Path(args.path), cache) if args.what == "pool" else trace_mine(cache))
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(count(rows))


if __name__ == "__main__":
    main()
