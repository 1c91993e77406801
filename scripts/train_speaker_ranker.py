"""Train the speaker ranker of the quotes layer (src/warta/quotes/ranker.py) from annotated quotes.

For every quote of the development sets whose speaker the rules have to guess (a pronoun, a
`-nya` clitic, an epithet, a quote with no attribution of its own), the quotes layer lists the
candidate referents with their features; the gold speaker says which are right. A conditional
logit model (softmax over each quote's candidates, L2-penalised, plain gradient descent from
zero: deterministic) is fitted with numpy. Accuracy is cross-validated by article folds and
compared with the rules alone, then the model is fitted on every development set and written to
src/warta/quotes/data/speaker_ranker.json. Judge a change by ``--loso`` (leave one set out), not
by the article folds: a set is an outlet mix the model has not seen.

    python scripts/train_speaker_ranker.py       # CV figures, then writes the model
    python scripts/train_speaker_ranker.py --cv-only
    python scripts/train_speaker_ranker.py --loso  # leave-one-set-out over every development set

The detik inputs (not ship-ok, not committed) are read in memory from
../shared/data/news/detik_2025.jsonl by id when a set's folder does not hold them; nothing is
written into eval/ (make_heldout_inputs.py is not needed).

Only development sets are read (never eval/heldout2, heldout4, heldout5, outlets_heldout).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

import warta
from warta.quotes import extract, ranker

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

REPO = devsets.REPO
SETS = devsets.sets("examples", "dev", "heldout1", "heldout3", "outlets_dev", "quotes_dev2")
# development sets the shipped model was not fitted on: `--loso` reads them too, so that the
# leave-one-set-out figures say how a model does on a set (an outlet mix) it never saw
MORE_SETS = devsets.sets(
    "heldout6",
    "heldout7",
    "heldout8",
    "outlets_heldout2",
    "outlets_heldout3",
    "outlets_heldout4",
    "quotes_dev3",
    "heldout9",
    "outlets_heldout5",
    "quotes_outlets9",
    *devsets.HELDOUT_MORE,
    *devsets.OUTLETS_MORE,
)
# the features of the model fitted before issue #16's refit (a prefix of ranker.FEATURES):
# `--loso` fits them too, so that the new features are judged against the old ones on the same groups
PREVIOUS_FEATURES = ranker.FEATURES[:23]
LATER = ["quotes", "events", "summary", "tone", "themes"]
QUOTE_CHARS = dict.fromkeys(map(ord, "\"'“”‘’«»„`"), " ")
FOLDS = 5
L2 = 0.05
STEPS = 1000
RATE = 0.5


def fold(s: str | None) -> str:
    """As score.py folds text: NFKC, quote characters to spaces, lower case, single spaces."""
    if s is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(s)).translate(QUOTE_CHARS).lower().split())


def token_f1(a: str, b: str) -> float:
    wa, wb = re.findall(r"\w+", fold(a)), re.findall(r"\w+", fold(b))
    if not wa or not wb:
        return 0.0
    pool, common = list(wb), 0
    for w in wa:
        if w in pool:
            pool.remove(w)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def match(gold: list[dict], texts: list[str]) -> dict[int, int]:
    """Predicted quote → gold quote, greedy by token F1 ≥ 0.6 (as score.py)."""
    pairs = sorted(
        ((s, i, j) for i, g in enumerate(gold) for j, t in enumerate(texts) if (s := token_f1(g["text"], t)) >= 0.6),
        reverse=True,
    )
    used_g, out = set(), {}
    for _s, i, j in pairs:
        if i not in used_g and j not in out:
            used_g.add(i)
            out[j] = i
    return out


_DETIK: dict[str, dict] = {}


def detik_input(folder_sets: list[Path]) -> None:
    """Read the detik records the sets' gold names but whose folders lack them, once, in memory."""
    need = set()
    for folder in folder_sets:
        for gp in folder.glob("*.gold.json"):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            if not (folder / gold["file"]).exists() and gold["id"].startswith("detik_"):
                need.add(gold["id"])
    _DETIK.update(devsets.detik_records(need - set(_DETIK)))


def load(gold_path: Path) -> tuple[dict, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.parent / gold["file"]
    if not src.exists() and gold["id"] in _DETIK:
        return gold, _DETIK[gold["id"]]
    if src.suffix == ".json":
        return gold, json.loads(src.read_text(encoding="utf-8"))
    if src.suffix in (".html", ".htm"):  # a page: read as `warta read` reads it, its markup extracted
        return gold, {"id": gold["id"], "html": src.read_text(encoding="utf-8")}
    return gold, {"id": gold["id"], "text": src.read_text(encoding="utf-8")}


def groups(sets: list[Path]) -> list[dict]:
    """One group per guessed speaker matched to a gold quote: candidates, features, labels."""
    out = []
    detik_input(sets)
    with devsets.rules_only(ranker):  # collect with the rules alone, as the features describe them
        for folder in sets:
            for gp in sorted(folder.glob("*.gold.json")):
                gold, rec = load(gp)
                names_of: dict[str, set[str]] = {}
                for e in gold.get("entities", []):
                    ns = {fold(e.get("canonical"))} | {fold(m) for m in e.get("mentions", [])}
                    for n in ns:
                        names_of.setdefault(n, set()).update(ns)
                gq = [g for g in gold.get("quotes", []) if not g.get("optional")]
                art = warta.read(rec, exclude=LATER)
                trace: list = []
                qs = extract(art, trace)
                m = match(gq, [q.text for q in qs])
                for t in trace:
                    gi = m.get(t["quote"])
                    if gi is None or not t["cands"]:
                        continue
                    g = gq[gi]
                    ok = {fold(g["speaker"])} | {fold(a) for a in g.get("speaker_aliases", [])}
                    ok |= names_of.get(fold(g["speaker"]), set())
                    rule = t["rule"]
                    out.append(
                        {
                            "article": f"{folder.name}/{gold['id']}",
                            "x": np.array([c.vector() for c in t["cands"]], dtype=float),
                            "y": np.array([fold(c.name) in ok for c in t["cands"]], dtype=bool),
                            "rule_ok": rule is not None and fold(rule.name) in ok,
                        }
                    )
    return out


def fit(train: list[dict], n: int | None = None) -> np.ndarray:
    """Conditional logit: maximise the probability of the right candidates of each group (the
    gradient descent of devsets.fit_clogit, all groups in one array so that LOSO's thirty fits
    take seconds)."""
    usable = [g for g in train if g["y"].any()]
    n = len(ranker.FEATURES) if n is None else n
    w = np.zeros(n)
    if not usable:
        return w
    x = np.vstack([g["x"] for g in usable])
    y = np.concatenate([g["y"] for g in usable]).astype(float)
    sizes = np.array([len(g["y"]) for g in usable])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gid = np.repeat(np.arange(len(usable)), sizes)
    for _ in range(STEPS):
        s = x @ w
        s = s - np.maximum.reduceat(s, starts)[gid]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[gid]
        q = p * y
        q = q / np.add.reduceat(q, starts)[gid]
        w -= RATE * (L2 * w - (q - p) @ x / len(usable))
    return w


def accuracy(w: np.ndarray, test: list[dict]) -> tuple[int, int]:
    right = 0
    for g in test:
        s = g["x"] @ w
        best = int(np.flatnonzero(s >= s.max() - 1e-9)[0])  # ties: the most recent candidate
        right += bool(g["y"][best])
    return right, len(test)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true", help="report cross-validated figures, write nothing")
    ap.add_argument(
        "--loso",
        action="store_true",
        help="leave-one-set-out over all development sets: rules, the shipped model, a model fitted on the other sets",
    )
    ap.add_argument("--cache", type=Path, help="keep the collected candidate groups in this pickle (under /tmp)")
    args = ap.parse_args()
    if args.loso:
        loso(args.cache)
        return
    data = cached_groups([s for s in SETS + MORE_SETS if s.exists()], args.cache)  # every development set
    arts = sorted({g["article"] for g in data})
    fold_of = {a: k % FOLDS for k, a in enumerate(arts)}
    model_right = rule_right = 0
    by_set: dict[str, list[int]] = {}  # set → [groups, rules right, ranker right]
    for f in range(FOLDS):
        train = [g for g in data if fold_of[g["article"]] != f]
        test = [g for g in data if fold_of[g["article"]] == f]
        w = fit(train)
        for g in test:
            row = by_set.setdefault(g["article"].split("/")[0], [0, 0, 0])
            row[0] += 1
            row[1] += g["rule_ok"]
            row[2] += accuracy(w, [g])[0]
        model_right += accuracy(w, test)[0]
        rule_right += sum(g["rule_ok"] for g in test)
    for name, (k, r, m) in sorted(by_set.items()):
        print(f"  {name:14} {k:4} guessed speakers: rules {r / k:.3f}, ranker (CV) {m / k:.3f}")
    n = len(data)
    reachable = sum(bool(g["y"].any()) for g in data)
    print(
        f"guessed speakers matched to gold quotes: {n} in {len(arts)} articles ({reachable} with the right one among the candidates)"
    )
    print(f"rules alone:              {rule_right}/{n} = {rule_right / max(n, 1):.3f}")
    print(f"ranker, {FOLDS}-fold CV by article: {model_right}/{n} = {model_right / max(n, 1):.3f}")
    if args.cv_only:
        return
    w = fit(data)
    out = {
        "about": "speaker ranker of the quotes layer; written by scripts/train_speaker_ranker.py",
        "features": list(ranker.FEATURES),
        "weights": [round(float(x), 4) for x in w],
        "trained_on": {"groups": n, "articles": len(arts)},
    }
    path = REPO / "src/warta/quotes/data/speaker_ranker.json"
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPO)}")
    for name, x in sorted(zip(ranker.FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:15} {x:+.3f}")


def cached_groups(sets: list[Path], cache: Path | None) -> list[dict]:
    """``groups(sets)``, read from ``cache`` when it holds them for these sets and features."""
    import pickle

    key = ([str(p) for p in sets], list(ranker.FEATURES))
    if cache is not None and cache.exists():
        got = pickle.loads(cache.read_bytes())
        if got["key"] == key:
            return got["data"]
    data = groups(sets)
    if cache is not None:
        cache.write_bytes(pickle.dumps({"key": key, "data": data}))
    return data


def loso(cache: Path | None = None) -> None:
    """Each development set in turn is the test set: the rules alone, the shipped model (fitted
    on every set, so its column is not honest) and a model fitted on all the other sets; then
    the same pooled over detik and over the other outlets."""
    w0 = shipped_weights()
    prev = [ranker.FEATURES.index(f) for f in PREVIOUS_FEATURES]
    data = cached_groups([s for s in SETS + MORE_SETS if s.exists()], cache)
    names = sorted({g["article"].split("/")[0] for g in data})
    pools: dict[str, list[int]] = {}  # all / detik / other outlets → [groups, rules, shipped, LOSO]
    for name in names:
        test = [g for g in data if g["article"].split("/")[0] == name]
        train = [g for g in data if g["article"].split("/")[0] != name]
        w = fit(train)
        wp = np.zeros(len(ranker.FEATURES))
        wp[prev] = fit([dict(g, x=g["x"][:, prev]) for g in train], len(prev))
        rows = [(g, g["rule_ok"], accuracy(w0, [g])[0], accuracy(wp, [g])[0], accuracy(w, [g])[0]) for g in test]
        k, r, s0, sp, s1 = len(rows), *(sum(x[i] for x in rows) for i in (1, 2, 3, 4))
        print(
            f"  {name:18} {k:4}: rules {r / k:.3f}  shipped {s0 / k:.3f}"
            f"  LOSO, previous features {sp / k:.3f}  LOSO {s1 / k:.3f}"
        )
        for g, *ok in rows:
            kind = "detik" if g["article"].split("/")[1].startswith("detik_") else "other outlets"
            for pool in ("all", kind):
                acc = pools.setdefault(pool, [0, 0, 0, 0, 0])
                for i, v in enumerate((1, *ok)):
                    acc[i] += v
    for pool, (n, r, s0, sp, s1) in pools.items():
        print(
            f"{pool:13} {n:4} guessed speakers: rules {r}/{n} = {r / n:.3f}  shipped {s0}/{n} = {s0 / n:.3f}"
            f"  LOSO, previous features {sp}/{n} = {sp / n:.3f}  LOSO {s1}/{n} = {s1 / n:.3f}"
        )


def shipped_weights() -> np.ndarray:
    """The shipped model's weights over FEATURES, by name (a feature it lacks weighs 0), so that
    a model written for fewer features is still compared; zeros when there is none."""
    w = np.zeros(len(ranker.FEATURES))
    try:
        data = json.loads((REPO / "src/warta/quotes/data/speaker_ranker.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return w
    for f, x in zip(data["features"], data["weights"], strict=True):
        if f in ranker.FEATURES:
            w[ranker.FEATURES.index(f)] = x
    return w


if __name__ == "__main__":
    main()
