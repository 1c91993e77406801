"""The mining pool: unannotated articles on which a change's reach is counted and read.

Errors mined from annotated sets stop reaching unseen articles, so every change is also run on
articles nobody annotated, and each changed item is read by hand (right / wrong). The pool is
fixed by hashing ids, so it is the same on any machine with ../shared beside the repo:

- every detik_2025 record that no set in eval/ annotates and whose id hashes into the pool half
  (the other half is the *reserve*: articles kept unread for new blind annotated sets);
- 400 IndoSum articles (ten outlets), detokenised as scripts/make_indosum_corpus.py does, chosen
  the same way (the rest are reserve too).

    python scripts/mining_pool.py build /tmp/pool.jsonl [--reserve /tmp/reserve.jsonl]
    python scripts/mining_pool.py run /tmp/pool.jsonl /tmp/out_start      # one JSON per record
    python scripts/mining_pool.py diff /tmp/out_start /tmp/out_mine --layer entities [--show 40]

``diff`` prints, per changed article, what was removed (-) and added (+) in one layer (entities,
roles, quotes, events, places, dates, dateline, summary), then the count of changed articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
LAYERS = ("entities", "roles", "quotes", "events", "places", "dates", "dateline", "summary")


def _bucket(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100


def _annotated_ids() -> set[str]:
    ids = set()
    for gold in (REPO / "eval").glob("**/*.gold.json"):
        try:
            ids.add(json.loads(gold.read_text("utf-8"))["id"])
        except (ValueError, KeyError):
            continue
    return ids


def build(out: Path, reserve: Path | None) -> None:
    """Write the pool (and optionally the reserve) as JSON lines; print their sizes."""
    sys.path.insert(0, str(REPO / "scripts"))
    from make_indosum_corpus import SOURCE as INDOSUM  # noqa: PLC0415
    from make_indosum_corpus import record  # noqa: PLC0415

    taken = _annotated_ids()
    pool, spare = [], []
    with (SHARED / "news" / "detik_2025.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in taken:
                continue
            (pool if _bucket(rec["id"]) < 55 else spare).append(rec)
    n_detik = len(pool)
    with INDOSUM.open(encoding="utf-8") as f:
        indosum = [record(i, json.loads(line)) for i, line in enumerate(f)]
    for rec in indosum:
        (pool if _bucket(rec["id"]) < 40 else spare).append(rec)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pool), "utf-8")
    if reserve:
        reserve.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in spare), "utf-8")
    print(f"pool {len(pool)} records ({n_detik} detik, {len(pool) - n_detik} IndoSum) -> {out}")
    if reserve:
        print(f"reserve {len(spare)} records -> {reserve}")


def _read_one(line: str) -> tuple[str, dict]:
    import warta  # noqa: PLC0415

    rec = json.loads(line)
    try:
        return rec["id"], warta.read(rec).to_dict()
    except Exception as exc:  # a pool run lists failures instead of stopping
        return rec["id"], {"error": repr(exc)}


def run(pool: Path, outdir: Path, workers: int) -> None:
    """Read every pool record with the installed warta; one JSON file per record."""
    outdir.mkdir(parents=True, exist_ok=True)
    lines = [ln for ln in pool.read_text("utf-8").split("\n") if ln.strip()]
    failed = 0
    with ProcessPoolExecutor(workers) as ex:
        for rid, d in ex.map(_read_one, lines, chunksize=8):
            failed += "error" in d
            (outdir / f"{rid}.json").write_text(json.dumps(d, ensure_ascii=False, sort_keys=True), "utf-8")
    print(f"{len(lines)} records read into {outdir}, {failed} failed")


def _items(d: dict, layer: str) -> list[str]:
    """One line per item of a layer, in a form where a change shows and offsets do not."""
    if "error" in d:
        return [f"ERROR {d['error']}"]
    ents = d.get("entities", [])
    if layer == "entities":
        return sorted(f"{e['label']} {e['canonical']} ~ {len(e['mentions'])}" for e in ents)
    if layer == "roles":
        return sorted(f"{e['canonical']} = {e['role']}" for e in ents if e.get("role"))
    if layer == "places":
        return sorted(
            f"{e['canonical']} {e.get('country')} {(e.get('geo') or {}).get('name')}"
            for e in ents
            if e["label"] == "LOC"
        )
    if layer == "quotes":
        return [
            f"{q['kind']} [{q['speaker']}] {q.get('cue')} via={q.get('via')} «{q['text'][:70]}…{q['text'][-25:]}»"
            for q in d.get("quotes", [])
        ]
    if layer == "events":
        return [
            f"{e['type']}/{e.get('mode')} {e['trigger']}: {(e.get('actor') or {}).get('name')} -> "
            f"{(e.get('recipient') or {}).get('name')} | {e['text'][:90]}"
            for e in d.get("events", [])
        ]
    if layer == "dates":
        return [f"{x['text']} = {x['value']}..{x.get('end_value')}" for x in d.get("dates", [])]
    if layer == "dateline":
        return [json.dumps(d.get("dateline"), ensure_ascii=False, sort_keys=True)]
    if layer == "summary":
        return [json.dumps(d.get("summary"), ensure_ascii=False, sort_keys=True)[:300]]
    raise SystemExit(f"unknown layer {layer!r}; one of {', '.join(LAYERS)}")


def diff(old: Path, new: Path, layer: str, show: int) -> None:
    """Print what changed in one layer, article by article, and how many articles changed."""
    changed = 0
    for path in sorted(old.glob("*.json")):
        other = new / path.name
        if not other.exists():
            print(f"== {path.stem}: missing in {new}")
            changed += 1
            continue
        a = _items(json.loads(path.read_text("utf-8")), layer)
        b = _items(json.loads(other.read_text("utf-8")), layer)
        if a == b:
            continue
        changed += 1
        if changed <= show:
            print(f"== {path.stem}")
            for line in a:
                if line not in b:
                    print(f"  - {line}")
            for line in b:
                if line not in a:
                    print(f"  + {line}")
    print(f"{layer}: {changed} articles changed")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("out", type=Path)
    b.add_argument("--reserve", type=Path)
    r = sub.add_parser("run")
    r.add_argument("pool", type=Path)
    r.add_argument("outdir", type=Path)
    r.add_argument("--workers", type=int, default=2)
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--layer", choices=LAYERS, required=True)
    d.add_argument("--show", type=int, default=1000)
    args = p.parse_args(argv)
    if args.cmd == "build":
        build(args.out, args.reserve)
    elif args.cmd == "run":
        run(args.pool, args.outdir, args.workers)
    else:
        diff(args.old, args.new, args.layer, args.show)


if __name__ == "__main__":
    main()
