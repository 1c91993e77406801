"""Every place error on the development sets at once, grouped by class, for development.

Usage: python scripts/place_errors.py [--sentences] [--pred-dir DIR] [--quiet] [SET ...]
       python scripts/place_errors.py --coverage

Reads each development set's articles with Warta (detik inputs are taken from
../shared/data/news/detik_2025.jsonl in memory, by the ids of those sets only) and lists, with the
sentence it stands in:
  * wrong     a gold place matched, but the predicted ISO country differs
  * missing   a gold place matched, but no country predicted
  * unfound   a gold place with a country that no predicted entity names
  * extra     a predicted LOC that is no gold entity (nor optional, nor a gold name under another label)
  * missed    a gold LOC no predicted LOC names
then per-set and pooled ``place_country`` and ``entities_LOC`` as ../shared/eval/score.py counts them
(``entities_LOC`` only on sets whose gold annotates entities), ``place_country`` pooled by source
too (detik articles apart from the other outlets', a mixed set's articles each under its own), and
how often each way of finding a country (``geo.method``) was right on the matched gold places. ``--sentences`` also resolves every
gold place from its sentence alone, with that sentence's gold places as the only entities (the
places layer without NER errors and with little context, nearer to an unseen article's hard
cases than the whole development article it was tuned on).
With ``--pred-dir`` it also writes each article's JSON record to DIR/<set>/<id>.json, so that
``score.py --pred DIR/<set> eval/<set>`` gives every other figure. Only development sets are
listed here (eval/README.md); never add an untouched set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import warta
from warta.sources import iter_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

SHARED = devsets.SHARED
DEV_SETS = devsets.named(
    "examples",
    "dev",
    "entities_dev2",
    "dates_dev2",
    *devsets.HELDOUT,
    *devsets.HELDOUT_MORE,
    *devsets.OUTLETS,
    *devsets.OUTLETS_MORE,
    "quotes_dev2",
    "quotes_dev3",
    "quotes_outlets9",
)
# the classes of a lost place_country point (issue #16): not found at all, found under another
# name (a boundary), found as ORG/PER without the right country, found as LOC without a country,
# found with a wrong country
SPLIT = ("notfound", "boundary", "org/per", "nocountry", "wrong")


def _inputs(golds: list[tuple[str, Path, dict]]) -> dict[str, dict]:
    """Input records by gold path: beside the gold, else the detik line of that id."""
    out, wanted = {}, {}
    for _s, gp, gold in golds:
        src = gp.parent / (gold.get("file") or f"{gold['id']}.json")
        if src.exists():  # as `warta read FILE` reads it (an .html file as a page)
            item = next(iter_file(src))
            if item.record is not None:
                out[str(gp)] = item.record
        elif gold["id"].startswith("detik_"):
            wanted.setdefault(gold["id"], []).append(str(gp))
    if wanted:
        for i, rec in devsets.detik_records(set(wanted)).items():
            for gp in wanted[i]:
                out[gp] = rec
    return out


def _sentence(body: str, name: str) -> str:
    i = body.find(name) if name else -1
    if i < 0:
        return ""
    a = max(body.rfind(". ", 0, i) + 2, body.rfind("\n", 0, i) + 1, 0)
    b = min(x for x in (body.find(". ", i), body.find("\n", i), len(body)) if x >= 0)
    return re.sub(r"\s+", " ", body[a : b + 1])[:240]


def sentence_only(golds: list[tuple[str, Path, dict]], preds: dict[str, dict]) -> None:
    """Each gold place resolved from its sentence alone, with the sentence's gold places as the
    only entities: the places layer without the NER's errors and with little context, as on a
    short or unusual article. Prints the misses and the share right."""
    from warta import places
    from warta.document import Entity, Mention

    right = total = 0
    for s, gp, gold in golds:
        pred = preds.get(str(gp))
        if pred is None:
            continue
        locs = [g for g in gold.get("entities", []) if g["label"] == "LOC"]
        for sent in pred.get("sentences") or []:
            text = sent["text"] if isinstance(sent, dict) else sent
            art = warta.read(text, layers=[])
            ents = []
            for g in locs:
                names = {g.get("canonical") or g.get("text")} | {
                    m if isinstance(m, str) else m["text"] for m in g.get("mentions") or []
                }
                ms = [
                    Mention(x.start(), x.end(), n)
                    for n in names
                    if n
                    for x in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", art.norm)
                ]
                keep: list[Mention] = []
                for mm in sorted(ms, key=lambda mm: (mm.start, -mm.end)):
                    if not any(k.start <= mm.start < k.end for k in keep):
                        keep.append(mm)
                if keep:
                    ents.append((g, Entity(g.get("canonical") or g.get("text"), "LOC", keep)))
            if not ents:
                continue
            art.entities = [e for _g, e in ents]
            places.annotate(art)
            for g, e in ents:
                if not g.get("country"):
                    continue
                total += 1
                if (e.country or "") == g["country"]:
                    right += 1
                else:
                    how = (e.geo or {}).get("method", "-")
                    print(
                        f"{s}/{gold['id']}\t{e.canonical} [{g['country']}] got {e.country or '-'} ({how})\t| {text[:200]}"
                    )
    print(f"sentence-only place_country {right}/{total} = {right / max(total, 1):.3f}")


def coverage() -> None:
    """Share of Indonesia's kecamatan whose name the gazetteer knows as Indonesian, without and
    with the weak places. Measured against ../shared/data/gazetteers/regions_id_with_coords.csv,
    which may not ship: it is only read here, nothing is built from it."""
    import csv

    from warta.places import gazetteer

    gaz = gazetteer.get()
    n = strong = any_ = 0
    with (SHARED / "data/gazetteers/regions_id_with_coords.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] != "kecamatan":
                continue
            n += 1
            found = [p for p, _c in gaz.lookup(row["name"].title()) if p.country == "ID"]
            strong += any(not gaz.is_weak(p) for p in found)
            any_ += bool(found)
    print(f"kecamatan names known as Indonesian: {strong / n:.3f} without weak places, {any_ / n:.3f} with ({n})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help=f"default: all of {', '.join(DEV_SETS)}")
    ap.add_argument("--pred-dir", type=Path)
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ap.add_argument("--sentences", action="store_true", help="also resolve each gold place from its sentence alone")
    ap.add_argument("--coverage", action="store_true", help="only the gazetteer's coverage of Indonesia's kecamatan")
    args = ap.parse_args()
    if args.coverage:
        coverage()
        return
    sc = devsets.scorer()
    names = args.sets or list(DEV_SETS)
    golds = []
    for s in names:
        if s not in DEV_SETS:
            raise SystemExit(f"{s}: not a development set ({', '.join(DEV_SETS)})")
        for gp in sorted(DEV_SETS[s].glob("*.gold.json")):
            golds.append((s, gp, json.loads(gp.read_text(encoding="utf-8"))))
    inputs = _inputs(golds)
    errors: dict[str, list[str]] = defaultdict(list)
    preds: dict[str, dict] = {}
    by_method: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # geo.method → right, matched
    tally: dict[str, list[int]] = defaultdict(lambda: [0] * 5)  # pc right, pc gold, loc tp, loc pred, loc gold
    split: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SPLIT, 0))
    by_source = {"detik": [0, 0], "outlets": [0, 0]}  # place_country right, gold: each article by its source
    for s, gp, gold in golds:
        rec = inputs.get(str(gp))
        if rec is None:
            print(f"! {s}/{gold['id']}: no input")
            continue
        pred = warta.read(rec).to_dict()
        preds[str(gp)] = pred
        if args.pred_dir:
            (args.pred_dir / s).mkdir(parents=True, exist_ok=True)
            (args.pred_dir / s / f"{gold['id']}.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
        body = pred.get("body") or ""
        ge = gold.get("entities", [])
        pe = [e for e in pred.get("entities") or [] if sc.LABELS.get(str(e.get("label", "")).upper())]
        where = f"{s}/{gold['id']}"
        # place_country, as score.py counts it (any predicted entity may carry the name)
        gl = [g for g in ge if g["label"] == "LOC" and g.get("country")]
        m = sc.match(gl, pe, lambda g, p: 1 if sc.entity_names(g) & sc.entity_names(p) else None)
        t = tally[s]
        src = by_source["detik" if gold["id"].startswith("detik_") else "outlets"]
        t[1] += len(gl)
        src[1] += len(gl)
        for i, g in enumerate(gl):
            name = g.get("canonical") or g.get("text")
            if i not in m:
                cls = "boundary" if _overlaps(sc, g, pe) else "notfound"
                split[s][cls] += 1
                errors["unfound"].append(f"{where}\t{name} [{g['country']}] ({cls})\t| {_sentence(body, name)}")
                continue
            p = pe[m[i]]
            got = str(p.get("country") or "").upper()
            how = (p.get("geo") or {}).get("method", "")
            by_method[how or "-"][1] += 1
            if got == g["country"].upper():
                t[0] += 1
                src[0] += 1
                by_method[how or "-"][0] += 1
                continue
            cls = "wrong" if got else "missing"
            lab = sc.LABELS.get(str(p.get("label", "")).upper())
            split[s]["org/per" if lab != "LOC" else "wrong" if got else "nocountry"] += 1
            label = f"{p.get('label')}" + (f" {how}" if how else "")
            errors[cls].append(
                f"{where}\t{name} [{g['country']}] got {got or '-'} ({label})\t| {_sentence(body, name)}"
            )
        if "entities" not in gold:  # a quotes-only set: its entities are not annotated
            continue
        # entities_LOC
        gL = [g for g in ge if g["label"] == "LOC"]
        pL = [p for p in pe if sc.LABELS[str(p["label"]).upper()] == "LOC"]
        m = sc.match(gL, pL, lambda g, p: 1 if sc.entity_names(g) & sc.entity_names(p) else None)
        optional = {sc.fold(x) for x in gold.get("entities_optional", [])}
        all_names = set().union(*[sc.entity_names(g) for g in ge]) if ge else set()
        extra = [p for j, p in enumerate(pL) if j not in m.values()]
        neutral = [p for p in extra if sc.entity_names(p) & (optional | all_names)]
        t[2] += len(m)
        t[3] += len(pL) - len(neutral)
        t[4] += len(gL)
        for p in extra:
            if p not in neutral:
                errors["extra"].append(
                    f"{where}\t{p['canonical']} ({p.get('country')})\t| {_sentence(body, p['canonical'])}"
                )
        for i, g in enumerate(gL):
            if i not in m:
                name = g.get("canonical") or g.get("text")
                errors["missed"].append(f"{where}\t{name}\t| {_sentence(body, name)}")
    if not args.quiet:
        for cls in ("wrong", "missing", "unfound", "extra", "missed"):
            print(f"\n== {cls} ({len(errors[cls])})")
            for line in errors[cls]:
                print(line)
    print(f"\n{'set':18} {'place_country':>18} {'LOC P':>7} {'LOC R':>7} {'LOC F1':>7}")
    pooled = [0] * 5
    for s in names:
        t = tally[s]
        pooled = [a + b for a, b in zip(pooled, t, strict=True)]
        _row(s, t, sc)
    _row("POOLED", pooled, sc)
    for source, (right, n) in by_source.items():
        print(f"place_country {source:8} {right / max(n, 1):.3f} ({right}/{n})")
    print(f"\nlost place_country points by class\n{'set':18} " + " ".join(f"{c:>9}" for c in SPLIT))
    for s in [*names, "POOLED"]:
        row = [sum(split[x][c] for x in names) for c in SPLIT] if s == "POOLED" else [split[s][c] for c in SPLIT]
        print(f"{s:18} " + " ".join(f"{n:>9}" for n in row))
    if args.sentences:
        print("\nsentence-only misses:")
        sentence_only(golds, preds)
    print("\nmatched gold places by how their country was found (right/matched):")
    for how, (right, n) in sorted(by_method.items(), key=lambda kv: -kv[1][1]):
        print(f"  {how:16} {right:>4}/{n:<4} {right / n:.3f}")


def _overlaps(sc, g: dict, pe: list[dict]) -> bool:
    """Whether some predicted entity names the gold place in part (one name inside the other,
    word for word): the place was found, under a different span than gold's."""
    gold = {f" {n} " for n in sc.entity_names(g)}
    for p in pe:
        for n in sc.entity_names(p):
            n = f" {n} "
            if any(n in x or x in n for x in gold):
                return True
    return False


def _row(name: str, t: list[int], sc) -> None:
    pc = t[0] / t[1] if t[1] else 1.0
    f = sc.prf(t[2], t[3], t[4])
    print(f"{name:18} {pc:7.3f} ({t[0]:>3}/{t[1]:>3}) {f['p']:7.3f} {f['r']:7.3f} {f['f1']:7.3f}")


if __name__ == "__main__":
    main()
