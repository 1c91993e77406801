"""The party chooser's fills: every actor or recipient the learned chooser (src/warta/events/ranker.py)
gives an event whose rules left that role empty, with what the chooser saw (its margin over "none",
the candidate's kind and place) — to judge the fills by hand on the mining pool and against the gold
on the development sets (a fill there is right when named as the gold party is).

    python scripts/event_party_fills.py --pool /work/pool/pool.jsonl > /tmp/fills_pool.tsv    # unannotated
    python scripts/event_party_fills.py --dev --cache /tmp/evfill.pkl > /tmp/fills_dev.tsv

The development run reuses scripts/events_party_errors.py's ``--cache`` (the layers before events).
Development sets only (events_recall_loso.DEV_SETS).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import warta
import warta.events as events_layer
from warta import ranking
from warta.events import ranker

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_party_errors as epe  # noqa: E402
from events_recall_loso import DEV_SETS  # noqa: E402

FILLS: list[dict] = []


def _score(role: str, c: ranker.Cand) -> float:
    m = ranker.model()
    w = ranking.by_name(ranker.FEATURES, m.actor if role == "actor" else m.recipient)
    return sum(w.get(n, 0.0) * float(x) for n, x in c.f.items())


def _watch(article, evs, chosen=None) -> None:
    """ranker.rerank, noting each role it fills that the rules left empty."""
    before = [(ev.actor, ev.recipient) for ev in evs]
    groups = [ranker.candidates(article, ev, evs[k - 1] if k else None) for k, ev in enumerate(evs)]
    ranker_rerank(article, evs, chosen)
    for ev, (a0, r0), cands in zip(evs, before, groups, strict=True):
        for role, old in (("actor", a0), ("recipient", r0)):
            new = getattr(ev, role)
            if old is not None or new is None:
                continue
            key = ranker._key(article, new)
            c = next(c for c in cands[role] if c.key == key)
            none = next(c for c in cands[role] if c.key is None)
            FILLS.append({"ev": ev, "role": role, "sp": new, "margin": _score(role, c) - _score(role, none), "f": c.f})


ranker_rerank = ranker.rerank
events_layer.rerank = _watch


def _row(art, fill: dict, extra: str = "") -> str:
    ev, sp, f = fill["ev"], fill["sp"], fill["f"]
    kind = next((k for k in ("per", "org", "loc", "phrase") if f.get(k)), "?")
    where = "before" if f.get("before") else "after" if f.get("after") else "prev" if f.get("prev_sentence") else "out"
    tags = ",".join(t for t in ("speaker", "prev_actor", "prev_recipient", "subject_np", "object_np") if f.get(t))
    sent = " ".join(art.norm[ev.start : ev.end].split())[:220]
    name = ranker.party_name(art, sp)
    ctx = ""
    if sp.start is not None and ev.start <= sp.start < ev.end:
        ctx = " ".join(art.norm[max(ev.start, sp.start - 30) : sp.start].split()[-2:]) + " _ "
        ctx += " ".join(art.norm[sp.end : sp.end + 30].split()[:2])
    feats = json.dumps({k: round(v, 2) for k, v in f.items() if v}, sort_keys=True)
    return "\t".join(
        [
            extra,
            fill["role"],
            ev.type,
            ev.voice,
            f"{fill['margin']:.2f}",
            kind,
            where,
            tags,
            ev.trigger,
            name,
            sent,
            ctx,
            feats,
        ]
    )


def _final(art) -> list[dict]:
    """The fills that survive to the record (the filters after the chooser may drop the event or the party)."""
    kept = {id(e) for e in art.events}
    return [x for x in FILLS if id(x["ev"]) in kept and getattr(x["ev"], x["role"]) is x["sp"]]


def _pool_records(root: Path) -> list[tuple[str, dict]]:
    """(name, record) of the mining pool: a JSON-lines file (scripts/mining_pool.py build) or the old folder
    of detik/ and indosum/ records."""
    if root.is_file():
        recs = [json.loads(ln) for ln in root.read_text("utf-8").split("\n") if ln.strip()]
        return [(r["id"], r) for r in recs]
    return [
        (f"{sub}/{p.stem}", json.loads(p.read_text(encoding="utf-8")))
        for sub in ("detik", "indosum")
        for p in sorted((root / sub).glob("*.json"))
    ]


def pool(root: Path) -> None:
    for name, rec in _pool_records(root):
        FILLS.clear()
        art = warta.read(rec)
        for x in _final(art):
            print(_row(art, x, name))


def dev(cache_path: Path | None) -> None:
    S = epe._score()
    cache = pickle.loads(cache_path.read_bytes()) if cache_path and cache_path.exists() else {}
    for d in DEV_SETS:
        folder = Path(d) if Path(d).is_absolute() else epe.devsets.REPO / d
        for f in sorted(folder.glob("*.gold.json")):
            gold = json.loads(f.read_text("utf-8"))
            if "events" not in gold:
                continue
            FILLS.clear()
            epe._predict(S, f, gold, cache)
            art = cache[str(f.resolve())]
            names_of: dict[str, set[str]] = {}
            for ent in gold.get("entities", []):
                for n in S.entity_names(ent):
                    names_of.setdefault(n, set()).update(S.entity_names(ent))
            from warta.document.record import article_to_dict

            pe = article_to_dict(art).get("events") or []
            ge = gold["events"]
            match = S.match(ge, pe, lambda g, p: epe._close(S, g, p))
            by_ev = {j: i for i, j in match.items()}
            for x in _final(art):
                j = art.events.index(x["ev"])
                if j not in by_ev:
                    verdict = "unmatched"
                else:
                    verdict = "right" if epe._right(S, ge[by_ev[j]], pe[j], x["role"], names_of) else "wrong"
                print(_row(art, x, f"{Path(d).name}/{gold['id']}\t{verdict}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--pool", default="", help="the mining pool: its JSON-lines file, or a folder of detik/ and indosum/ records"
    )
    ap.add_argument("--dev", action="store_true", help="the development sets, judged against the gold")
    ap.add_argument("--cache", default="", help="events_party_errors.py's pickle of the layers before events")
    args = ap.parse_args()
    if args.pool:
        pool(Path(args.pool))
    if args.dev:
        dev(Path(args.cache) if args.cache else None)


if __name__ == "__main__":
    main()
