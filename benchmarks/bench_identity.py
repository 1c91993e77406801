"""What linking identities costs at ingest: replay a corpus's stored records into a fresh store.

    python benchmarks/bench_identity.py --db /tmp/d.db [--reverse]

The records an ingest stored (``warta ingest … --db /tmp/d.db``) are written again, in batches as
ingest writes them, to a fresh SQLite corpus, so no reading is timed: it prints the seconds spent
writing, linking identities (``warta.identity.record_aliases``, and from round 36 the whole-corpus
decision an ingest ends with, ``settle_ingest``) and clustering stories, and the identities' share of
the writing. Compare two checkouts on one stored corpus (``PYTHONPATH=…/src``).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from warta.corpus import dedup
from warta.corpus.store import Processed, Store, unpack

BATCH = 200


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a corpus an ingest made")
    ap.add_argument("--reverse", action="store_true", help="write the records in reverse order")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        raise SystemExit(f"no corpus at {args.db}: make it with `warta ingest FILE --db {args.db}`")
    src = Store(args.db)
    items = []
    for key, sid, rec, body in src.query(
        "SELECT id, source_id, record, body FROM articles WHERE dup_of IS NULL ORDER BY num"
    ):
        sig = dedup.signature(body or "")
        items.append(
            Processed(
                key, "replay", sid, unpack(rec), body, sig.to_bytes() if sig else None, sig.n_shingles if sig else 0
            )
        )
    src.close()
    if args.reverse:
        items.reverse()
    store = Store(os.path.join(tempfile.mkdtemp(), "replay.db"))
    from warta import identity

    begin = getattr(identity, "begin_ingest", None)  # what an ingest runs first and last (round 36 on)
    settle = getattr(identity, "settle_ingest", None)
    t0 = time.perf_counter()
    if begin is not None:
        begin(store)
    for i in range(0, len(items), BATCH):
        store.write_batch(items[i : i + BATCH])
    linked = store.identity_seconds
    if settle is not None:
        settle(store, len(items))
    dt = time.perf_counter() - t0
    ident, story = store.identity_seconds, store.story_seconds
    print(
        f"{len(items)} articles: writing {dt:.1f}s, identities {ident:.1f}s ({ident / len(items) * 1000:.1f} ms/article, "
        f"{ident / dt:.1%} of writing; settling at the end {ident - linked:.1f}s), stories {story:.1f}s"
    )
    store.close()


if __name__ == "__main__":
    main()
