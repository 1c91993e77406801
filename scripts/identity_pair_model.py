"""Round 38 (identml), issue 13: would a learned pairwise identity model generalise better than the rules?

A measurement, not a change to the package. For every labelled pair of the opened pair files
(``eval/identity/pairs_*.tsv`` against a detik_2025 store, ``eval/identity/indosum/*.tsv`` against an IndoSum
store; ``eval/identity/held_out`` is never read) it computes features of the two names and of the store, fits a
logistic regression (hand-written, numpy: the venv has no scikit-learn) and judges it leave-one-file-out: for
each pair file, fit on the others, pick the threshold on the training files' own scores as the lowest one whose
training precision is at least ``--precision`` (0.97), score the held file. Rules alone and the model are
reported per file, pooled, and pooled over the newest files only (heldout13, heldout14, IndoSum: the rules were
not tuned on them when they were opened).

The pairs scored are those ``scripts/eval_identity.py --aliases`` scores (both names stored entities or alias
forms); the rules' decision there is one feature, so the model can only add to it.

    python scripts/identity_pair_model.py --detik /tmp/x/detik.db [--indosum /tmp/x/indosum.db] [--markdown]
        [--precision P | 0 for the rules' own] [--inner] [--no-rules] [--old-to-new] [--l2 L] [--show]

``--inner`` picks the threshold on out-of-fold training scores, ``--old-to-new`` fits on the older files and
scores the newest three, ``--show`` lists each pair the model decides otherwise than the rules.

Open the stores on copies: the rules' lookups go through ``Corpus``.

Features: string relations (one name inside the other as whole words, at its start or end, word Jaccard,
initials / acronym fit, similarity ratio, the longer one's kind word removed (``name_words.core``) equal to the
shorter, a kind word at either end, one word vs longer, word counts), the label, article counts, articles
writing both, the shorter name written in articles without the longer (bare uses, FTS), Jaccard of the other
entities their articles mention, shared roles, and the rules' decision.
"""

from __future__ import annotations

import argparse
import difflib
import math
import re
from pathlib import Path

import numpy as np
from train_summary import fit as newton_fit  # scripts/ is on sys.path when a script runs

from warta.corpus import Corpus
from warta.corpus.store import normalize_name
from warta.identity import root
from warta.identity.forms import form_identity
from warta.identity.name_words import core, initials_of

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "identity"
NEWEST = ("pairs_detik_2025_heldout13", "pairs_detik_2025_heldout14", "pairs_indosum_heldout1")
WORD = re.compile(r"\w+")


def read_pairs(path: Path) -> list[tuple[int, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        same, label, a, b = line.split("\t")
        rows.append((int(same), label, a, b))
    return rows


class StoreFeatures:
    """Per-store lookups, cached: a name's number (as eval_identity decides it), articles, context, roles."""

    def __init__(self, corpus: Corpus):
        self.s = corpus.store
        self.cache: dict = {}

    def num(self, label: str, name: str) -> int | None:
        """eval_identity's ``num`` with --aliases: the entity, the form's identity, -1, or None (not stored)."""
        s, form = self.s, normalize_name(name)
        v = s.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{form}",))
        if v is not None:
            return int(v)
        if not s.scalar("SELECT COUNT(*) FROM entity_aliases WHERE form = ? AND label = ?", (form, label)):
            return None
        ident = form_identity(s, form, label)
        return -1 if ident is None else ident

    def entity(self, label: str, name: str) -> int | None:
        v = self.s.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{normalize_name(name)}",))
        return None if v is None else int(v)

    def text_articles(self, name: str) -> frozenset[int]:
        """Articles whose title or body writes the name's words as a phrase (FTS, case folded)."""
        key = ("fts", name.lower())
        if key not in self.cache:
            words = WORD.findall(name.lower())
            if not words:
                self.cache[key] = frozenset()
            else:
                q = '"' + " ".join(words) + '"'
                try:
                    rows = self.s.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (q,)).fetchall()
                except Exception:  # noqa: BLE001 - an FTS syntax corner: no articles
                    rows = []
                self.cache[key] = frozenset(r[0] for r in rows)
        return self.cache[key]

    def articles(self, label: str, name: str) -> frozenset[int]:
        """The articles the entity is mentioned in; for a form that is no entity, those writing it."""
        key = ("art", label, name)
        if key not in self.cache:
            e = self.entity(label, name)
            if e is not None:
                rows = self.s.execute("SELECT article FROM mentions WHERE entity = ?", (e,)).fetchall()
                self.cache[key] = frozenset(r[0] for r in rows)
            else:
                self.cache[key] = self.text_articles(name)
        return self.cache[key]

    def context(self, arts: frozenset[int], own: set[int]) -> set[int]:
        if not arts:
            return set()
        ids = ",".join(str(a) for a in arts)
        rows = self.s.execute(f"SELECT DISTINCT entity FROM mentions WHERE article IN ({ids})").fetchall()
        return {r[0] for r in rows} - own

    def roles(self, label: str, name: str) -> set[str]:
        e = self.entity(label, name)
        if e is None:
            return set()
        rows = self.s.execute("SELECT DISTINCT role FROM mentions WHERE entity = ? AND role IS NOT NULL", (e,))
        return {r[0].lower() for r in rows.fetchall() if r[0]}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def acronym_fit(short: str, long: str) -> float:
    """1 for the long name's initials, 0.5 for its letters in order from its first, else 0."""
    if " " in short or len(short) < 2 or " " not in long:
        return 0.0
    if short == initials_of(long) or short == "".join(w[0] for w in long.split()):
        return 1.0
    flat = long.replace(" ", "")
    if short[0] != flat[0]:
        return 0.0
    i = 0
    for ch in flat:
        if i < len(short) and ch == short[i]:
            i += 1
    return 0.5 if i == len(short) else 0.0


FEATURES = [
    "rules",
    "inside",
    "at_start",
    "at_end",
    "word_jaccard",
    "acronym",
    "ratio",
    "core_equal",
    "kind_short",
    "kind_long",
    "one_word",
    "words_short",
    "words_long",
    "PER",
    "ORG",
    "LOC",
    "log_art_short",
    "log_art_long",
    "cooc_share",
    "bare_share",
    "ctx_jaccard",
    "roles_shared",
    "roles_jaccard",
]


def features(sf: StoreFeatures, label: str, a: str, b: str, rules: bool) -> list[float]:
    na, nb = normalize_name(a), normalize_name(b)
    (short, s_name), (long, l_name) = sorted(((na, a), (nb, b)), key=lambda t: (len(t[0].split()), len(t[0])))
    sw, lw = short.split(), long.split()
    padded_s, padded_l = f" {short} ", f" {long} "
    inside = padded_s in padded_l
    core_s, kind_s = core(short, label)
    core_l, kind_l = core(long, label)
    art_s, art_l = sf.articles(label, s_name), sf.articles(label, l_name)
    both = art_s & art_l
    fts_s, fts_l = sf.text_articles(s_name), sf.text_articles(l_name)
    bare = fts_s - fts_l
    own = {x for x in (sf.entity(label, a), sf.entity(label, b)) if x is not None}
    ctx_s, ctx_l = sf.context(art_s - both, own), sf.context(art_l - both, own)
    ro_s, ro_l = sf.roles(label, s_name), sf.roles(label, l_name)
    return [
        float(rules),
        float(inside),
        float(long.startswith(short + " ") or long == short),
        float(long.endswith(" " + short) or long == short),
        jaccard(set(sw), set(lw)),
        acronym_fit(short, long),
        difflib.SequenceMatcher(None, short, long).ratio(),
        float(core_s == core_l or core_l == short),
        float(kind_s is not None),
        float(kind_l is not None),
        float(len(sw) == 1 and len(lw) > 1),
        float(len(sw)),
        float(len(lw)),
        float(label == "PER"),
        float(label == "ORG"),
        float(label == "LOC"),
        math.log1p(len(art_s)),
        math.log1p(len(art_l)),
        len(both) / len(art_s) if art_s else 0.0,
        len(bare) / len(fts_s) if fts_s else 0.0,
        jaccard(ctx_s, ctx_l),
        float(bool(ro_s & ro_l)),
        jaccard(ro_s, ro_l),
    ]


def load(db: str, files: list[Path]) -> dict[str, dict]:
    """Per pair file: features X, gold y, rules' decision r, pairs not both stored, the pairs scored."""
    out = {}
    with Corpus(db) as c:
        sf = StoreFeatures(c)
        s = c.store
        for f in files:
            X, y, r, missing, kept = [], [], [], 0, []
            for same, label, a, b in read_pairs(f):
                na, nb = sf.num(label, a), sf.num(label, b)
                if na is None or nb is None:
                    missing += 1
                    continue
                pred = na != -1 and nb != -1 and root(s, na) == root(s, nb)
                X.append(features(sf, label, a, b, pred))
                y.append(same)
                r.append(int(pred))
                kept.append((str(same), label, a, b))
            out[f.stem] = {"X": np.array(X), "y": np.array(y), "r": np.array(r), "missing": missing, "pairs": kept}
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """L2-regularised logistic regression (train_summary.fit's Newton steps) on standardised features."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    return newton_fit(Z, y, l2, iters, tol=1e-8), mu, sd


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], X: np.ndarray) -> np.ndarray:
    w, mu, sd = model
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    return 1 / (1 + np.exp(-Z @ w))


def threshold(p: np.ndarray, y: np.ndarray, target: float) -> float:
    """The lowest score whose training precision (pairs scored at or above it) is at least target."""
    best = math.inf
    order = np.argsort(-p)
    tp = fp = 0
    for i, k in enumerate(order):
        tp += y[k]
        fp += 1 - y[k]
        if (i + 1 < len(order) and p[order[i + 1]] == p[k]) or tp == 0:
            continue
        if tp / (tp + fp) >= target:
            best = p[k]
    return best


def counts(pred: np.ndarray, y: np.ndarray) -> tuple[int, int, int]:
    return int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum()), int((~pred & (y == 1)).sum())


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f} / R {r:.3f} ({tp}/{fp}/{fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", required=True, help="a detik_2025 store (a copy)")
    ap.add_argument("--indosum", help="an IndoSum store (a copy); without it the IndoSum file is left out")
    ap.add_argument(
        "--precision", type=float, default=0.97, help="training precision the threshold keeps (0: the rules' own there)"
    )
    ap.add_argument("--show", action="store_true", help="list the pairs the model decides otherwise than the rules")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument(
        "--inner",
        action="store_true",
        help="pick the threshold on the training files' out-of-fold scores (each training file scored by a model "
        "fitted on the other training files) instead of their in-sample scores",
    )
    ap.add_argument("--no-rules", action="store_true", help="leave the rules' decision out of the features")
    ap.add_argument(
        "--old-to-new",
        action="store_true",
        help="instead of leave-one-file-out: fit on the older files only and score the newest three",
    )
    args = ap.parse_args()
    data = load(args.detik, sorted(EVAL.glob("pairs_*.tsv")))
    if args.indosum:
        data.update(load(args.indosum, sorted((EVAL / "indosum").glob("pairs_*.tsv"))))
    if args.no_rules:
        for d in data.values():
            d["X"] = d["X"][:, 1:]
    names = list(data)
    rows, tot, new = [], {"rules": [0, 0, 0], "model": [0, 0, 0]}, {"rules": [0, 0, 0], "model": [0, 0, 0]}
    weights = []
    flips = dict.fromkeys(("add_right", "add_wrong", "rem_right", "rem_wrong"), 0)
    flips_new = dict(flips)
    for held in names:
        if args.old_to_new and held not in NEWEST:
            continue
        train = [n for n in names if n not in NEWEST] if args.old_to_new else [n for n in names if n != held]
        X = np.vstack([data[n]["X"] for n in train])
        y = np.concatenate([data[n]["y"] for n in train])
        model = fit(X, y, args.l2)
        r_train = np.concatenate([data[n]["r"] for n in train]).astype(bool)
        target = args.precision or counts(r_train, y)[0] / max(1, r_train.sum())
        weights.append(model[0])
        if args.inner:
            oof = np.concatenate(
                [
                    predict(
                        fit(
                            np.vstack([data[m]["X"] for m in train if m != n]),
                            np.concatenate([data[m]["y"] for m in train if m != n]),
                            args.l2,
                        ),
                        data[n]["X"],
                    )
                    for n in train
                ]
            )
            t = threshold(oof, y, target)
        else:
            t = threshold(predict(model, X), y, target)
        d = data[held]
        pm = predict(model, d["X"]) >= t
        pr_ = d["r"].astype(bool)
        cr, cm = counts(pr_, d["y"]), counts(pm, d["y"])
        for k, c in (("rules", cr), ("model", cm)):
            for i in range(3):
                tot[k][i] += c[i]
                if held in NEWEST:
                    new[k][i] += c[i]
        added, removed = pm & ~pr_, pr_ & ~pm
        change = (
            f"+{int((added & (d['y'] == 1)).sum())}/{int((added & (d['y'] == 0)).sum())} "
            f"-{int((removed & (d['y'] == 0)).sum())}/{int((removed & (d['y'] == 1)).sum())}"
        )
        for k, c in (
            ("add_right", added & (d["y"] == 1)),
            ("add_wrong", added & (d["y"] == 0)),
            ("rem_right", removed & (d["y"] == 0)),
            ("rem_wrong", removed & (d["y"] == 1)),
        ):
            flips[k] += int(c.sum())
            if held in NEWEST:
                flips_new[k] += int(c.sum())
        if args.show:
            for i in np.flatnonzero(added | removed):
                verdict = "right" if pm[i] == bool(d["y"][i]) else "wrong"
                print(f"# {held}\t{'add' if pm[i] else 'drop'} {verdict}\t" + "\t".join(d["pairs"][i]))
        rows.append((held, len(d["y"]), d["missing"], t, cr, cm, change))
    sep = " | " if args.markdown else "  "
    if args.markdown:
        print(
            "| file | pairs scored (not both stored) | threshold | rules P / R (tp/fp/fn) | model P / R (tp/fp/fn) "
            "| model vs rules: +added right/wrong, -dropped right/wrong |"
        )
        print("|---|---|---|---|---|---|")
    for held, n, miss, t, cr, cm, change in rows:
        mark = " *" if held in NEWEST else ""
        cells = [held.replace("pairs_", "") + mark, f"{n} ({miss})", f"{t:.3f}", pr(*cr), pr(*cm), change]
        print(("| " if args.markdown else "") + sep.join(cells) + (" |" if args.markdown else ""))
    for title, agg, fl in (("pooled, all files", tot, flips), ("pooled, newest files *", new, flips_new)):
        change = f"+{fl['add_right']}/{fl['add_wrong']} -{fl['rem_right']}/{fl['rem_wrong']}"
        cells = [title, "", "", pr(*agg["rules"]), pr(*agg["model"]), change]
        print(("| " if args.markdown else "") + sep.join(cells) + (" |" if args.markdown else ""))
    mean_w = np.mean(weights, axis=0)
    print("\nmean standardised weights over the folds (intercept first):")
    print(
        "  "
        + ", ".join(
            f"{n} {w:+.2f}" for n, w in zip(["intercept", *FEATURES[int(args.no_rules) :]], mean_w, strict=True)
        )
    )


if __name__ == "__main__":
    main()
