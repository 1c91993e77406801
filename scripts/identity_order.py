"""Whether a store's identities depend on the order its articles arrived in (issue 13: "repeatable").

    python scripts/identity_order.py --db /tmp/detik.db [--orders forward,reverse,halves,relink] [--keep DIR]

The records an ingest stored (``warta ingest FILE --db …``) are written again into fresh SQLite stores, no
reading, in batches as ingest writes them: ``forward`` (the ingest's order), ``reverse``, ``halves`` (the
odd-numbered records as one ingest, then the even-numbered as a second), ``bigsmall`` (all but the last
:data:`SMALL` × :data:`SMALLS` records as one ingest, then the rest as :data:`SMALLS` small ingests of
:data:`SMALL`, each too small to settle the store: issue 13's second wave), ``bigsmall_rev`` (the same on
the reversed records), and ``relink`` (``forward``, then
:func:`warta.identity.relink_all`). Each store's link table is compared with the first order's: the names
whose live link (target) differs, the identity groups that differ, and the link rows whose reason differs.
Exit code 1 when some order differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from typing import Any

from warta.corpus import dedup
from warta.corpus.store import Processed, Store, unpack

BATCH = 200
SMALL = 10
SMALLS = 3


def load(db: str) -> list[Processed]:
    """The stored records of a corpus, in the order they were written, ready to be written again."""
    src = Store(db)
    items = []
    for key, sid, rec, body in src.query("SELECT id, source_id, record, body FROM articles ORDER BY num"):
        sig = dedup.signature(body or "")
        items.append(
            Processed(
                key, "replay", sid, unpack(rec), body, sig.to_bytes() if sig else None, sig.n_shingles if sig else 0
            )
        )
    src.close()
    return items


def write(path: str, runs: list[list[Processed]], relink: bool = False) -> float:
    """Write ``runs`` (each one ingest) into a fresh store; seconds spent linking identities."""
    from warta import identity
    from warta.identity import relink_all

    begin = getattr(identity, "begin_ingest", None)  # (absent before round 36)
    settle = getattr(identity, "settle_ingest", None)
    store = Store(path)
    for run in runs:
        if begin is not None:
            begin(store)  # what an ingest runs before its first record
        for i in range(0, len(run), BATCH):
            store.write_batch(run[i : i + BATCH])
        if settle is not None:
            settle(store, len(run))  # what an ingest runs once its records are written
    if relink:
        relink_all(store)
    seconds = store.identity_seconds
    store.close()
    return seconds


def big_small(items: list[Processed]) -> list[list[Processed]]:
    """One big ingest, then :data:`SMALLS` ingests of :data:`SMALL` records each."""
    cut = len(items) - SMALL * SMALLS
    return [items[:cut]] + [items[i : i + SMALL] for i in range(cut, len(items), SMALL)]


def snapshot(path: str) -> dict[str, Any]:
    """The link table by entity keys: live targets, identity groups, and every row with its reason."""
    from compare_stores import snapshot as by_keys  # (this folder: run as a script)

    s = Store(path)
    snap = by_keys(s)
    s.close()
    rows = {e: (t, undone, manual, reason) for e, t, reason, undone, manual in snap["entity_links"]}
    live = {e: t for e, (t, undone, _, _) in rows.items() if undone == 0}
    return {"live": live, "groups": snap["identity_groups"], "rows": rows}


def differ(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """How two snapshots differ: names whose live link differs, groups on one side only, reasons."""
    names = sorted(k for k in set(a["live"]) | set(b["live"]) if a["live"].get(k) != b["live"].get(k))
    rows = sorted(k for k in set(a["rows"]) | set(b["rows"]) if a["rows"].get(k) != b["rows"].get(k))
    return {"links": names, "groups": len(a["groups"] ^ b["groups"]), "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a corpus an ingest made")
    ap.add_argument("--orders", default="forward,reverse,halves,relink")
    ap.add_argument("--keep", help="write the stores here (<order>.db) instead of a temporary folder")
    ap.add_argument("--show", type=int, default=10, help="differing links to list per order")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        raise SystemExit(f"no corpus at {args.db}: make it with `warta ingest FILE --db {args.db}`")
    items = load(args.db)
    plans = {
        "forward": ([items], False),
        "reverse": ([items[::-1]], False),
        "halves": ([items[1::2], items[0::2]], False),
        "relink": ([items], True),
        "bigsmall": (big_small(items), False),
        "bigsmall_rev": (big_small(items[::-1]), False),
    }
    out = args.keep or tempfile.mkdtemp()
    os.makedirs(out, exist_ok=True)
    snaps: dict[str, dict[str, Any]] = {}
    same = True
    for order in args.orders.split(","):
        runs, relink = plans[order]
        path = os.path.join(out, f"{order}.db")
        for f in (path, path + "-wal", path + "-shm"):
            if os.path.exists(f):
                os.remove(f)
        seconds = write(path, runs, relink)
        snaps[order] = snapshot(path)
        first = next(iter(snaps))
        d = differ(snaps[first], snaps[order])
        same = same and not d["links"] and not d["rows"]
        print(
            f"{order}: {len(snaps[order]['live'])} live links, identities {seconds:.1f}s; against {first}: "
            f"{len(d['links'])} links differ, {d['groups']} groups, {len(d['rows'])} rows (reasons included)"
        )
        for k in d["links"][: args.show]:
            print(f"    {k}: {snaps[first]['live'].get(k)} | {snaps[order]['live'].get(k)}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
