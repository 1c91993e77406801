"""Dates and dateline figures on every development set at once, read in one process with only the
layers those facts need (fast enough to run after each change):

    python scripts/dates_dev_figures.py            # a table per set and the total
    python scripts/dates_dev_figures.py -v         # … and every miss, wrong value and extra
    python scripts/dates_dev_figures.py --all-layers   # as `warta read` runs (entities trim event names)
    python scripts/dates_dev_figures.py --time     # … and the dates layer's own time on these articles

The sets are named explicitly (eval/README.md says which are development); the untouched held-out
sets are never listed or read. detik inputs (not ship-ok) are written beside the gold of these
sets only, from ../shared/data/news/detik_2025.jsonl, as scripts/make_heldout_inputs.py does.
Scoring is ../shared/eval/score.py's own (``--pred``), so the figures are the scorer's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

SHARED = devsets.SHARED
DEV_SETS = devsets.sets(
    "examples", "dev", "dates_dev2", *devsets.HELDOUT, *devsets.HELDOUT_MORE, *devsets.OUTLETS, *devsets.OUTLETS_MORE
)


def _write_detik_inputs() -> None:
    wanted: dict[str, list[Path]] = {}
    for folder in DEV_SETS:
        for gold in sorted(folder.glob("*.gold.json")):
            g = json.loads(gold.read_text("utf-8"))
            if g["id"].startswith("detik_") and not (folder / g["file"]).exists():
                wanted.setdefault(g["id"], []).append(folder)
    if not wanted:
        return
    with (SHARED / "data/news/detik_2025.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for folder in wanted.pop(rec["id"], []):
                (folder / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")


def _predict(folder: Path, out: Path, layers: list[str] | None = ["dates"]) -> None:  # noqa: B006
    for gold in sorted(folder.glob("*.gold.json")):
        g = json.loads(gold.read_text("utf-8"))
        src = folder / g["file"]
        if src.suffix == ".json":
            rec = json.loads(src.read_text("utf-8"))
        elif src.suffix in (".html", ".htm"):
            rec = {"id": g["id"], "html": src.read_text("utf-8")}
        else:
            rec = {"id": g["id"], "text": src.read_text("utf-8")}
        art = warta.read(rec, layers=layers)
        (out / f"{g['id']}.json").write_text(json.dumps(art.to_dict(), ensure_ascii=False), encoding="utf-8")


def _time_dates() -> None:
    """The dates layer alone (``find_dates``) over every article of the sets, read once without it:
    the best of five passes, so a busy machine does not count."""
    import time

    from warta.dates import find_dates

    arts = []
    for folder in DEV_SETS:
        for gold in sorted(folder.glob("*.gold.json")):
            g = json.loads(gold.read_text("utf-8"))
            src = folder / g["file"]
            if src.suffix == ".json":
                rec = json.loads(src.read_text("utf-8"))
            elif src.suffix in (".html", ".htm"):
                rec = {"id": g["id"], "html": src.read_text("utf-8")}
            else:
                rec = {"id": g["id"], "text": src.read_text("utf-8")}
            arts.append(warta.read(rec, layers=[]))
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for art in arts:
            find_dates(art)
        best = min(best, time.perf_counter() - t0)
    print(f"dates layer: {len(arts)} articles in {best * 1000:.0f} ms, {best * 1000 / len(arts):.2f} ms an article")


def _explain(folder: Path, pred: Path) -> None:
    """Print each article's missed gold dates, wrong values and extra predictions (paired as the
    scorer pairs them) and a wrong dateline."""
    sc = devsets.scorer()
    for gold_path in sorted(folder.glob("*.gold.json")):
        g = json.loads(gold_path.read_text("utf-8"))
        p = json.loads((pred / f"{g['id']}.json").read_text("utf-8"))
        gds, pds = g.get("dates", []), p.get("dates") or []

        def ok(a, b):
            s = sc.token_f1(a["text"], b.get("text", ""))
            return s + (str(b.get("value")) == str(a["value"])) if s >= 0.5 else None

        m = sc.match(gds, pds, ok)
        for i, j in m.items():
            if str(pds[j]["value"]) != str(gds[i]["value"]):
                print(f"   {g['id']} WRONG {gds[i]['text']!r} gold {gds[i]['value']} pred {pds[j]['value']}")
        for i, d in enumerate(gds):
            if i not in m:
                print(f"   {g['id']} MISSED {d['text']!r} {d['value']}")
        for j, d in enumerate(pds):
            if j not in m.values():
                print(f"   {g['id']} EXTRA {d['text']!r} {d['value']}")
        gd, pd = g.get("dateline") or {}, p.get("dateline") or {}
        if any(sc.fold(gd.get(k)) != sc.fold(pd.get(k)) for k in ("outlet", "place")):
            print(
                f"   {g['id']} DATELINE gold {gd.get('outlet')!r}/{gd.get('place')!r} pred {pd.get('outlet')!r}/{pd.get('place')!r}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--all-layers", action="store_true", help="run every layer, not only those dates need")
    ap.add_argument("--time", action="store_true", help="time the dates layer alone on the same articles")
    args = ap.parse_args()
    _write_detik_inputs()
    total = {
        "dates": [0, 0, 0],
        "dateline_outlet": [0, 0, 0],
        "dateline_place": [0, 0, 0],
        "boilerplate_removed": [0, 0, 0],
        "content_kept": [0, 0, 0],
    }
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'set':22} {'n':>3} {'dates':>7} {'outlet':>7} {'place':>7} {'bp_rem':>7} {'kept':>7}")
        for folder in DEV_SETS:
            pred = Path(tmp) / folder.name
            pred.mkdir()
            _predict(folder, pred, None if args.all_layers else ["dates"])
            js = pred / "_scores.json"
            subprocess.run(
                [sys.executable, str(SHARED / "eval/score.py"), "--pred", str(pred), str(folder), "--json", str(js)],
                check=False,
                capture_output=True,
            )
            res = json.loads(js.read_text("utf-8"))
            sc = res["scores"]
            row = []
            for key in total:
                s = sc.get(key, {"tp": 0, "pred": 0, "gold": 0, "f1": 1.0, "r": 1.0})
                total[key] = [a + b for a, b in zip(total[key], (s["tp"], s["pred"], s["gold"]), strict=True)]
                row.append(s["f1"] if key == "dates" else s.get("r", 0.0))
            print(f"{folder.name:22} {res['articles']:>3} " + " ".join(f"{v:7.3f}" for v in row))
            if args.verbose:
                _explain(folder, pred)
    tp, p, g = total["dates"]
    f1 = 2 * tp / (p + g) if p + g else 1.0
    rest = " ".join(f"{total[k][0] / max(1, total[k][2]):7.3f}" for k in list(total)[1:])
    print(f"{'ALL':22}     {f1:7.3f} {rest}   dates tp/pred/gold {tp}/{p}/{g}")
    if args.time:
        _time_dates()


if __name__ == "__main__":
    main()
