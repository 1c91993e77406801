"""Ablation of the role rules over every development set with roles (issue #16, class 9): each
rule of ``roles.refine_roles`` is switched off in turn (in every module of the package that calls
it) and ``entities_role`` is scored pooled and per set, so that a rule that costs more than it gains, or that only helped the set it was written
for, shows.

    python scripts/role_ablation.py                  # baseline, then every rule off in turn
    python scripts/role_ablation.py --only _sang_roles --only pair_roles

Per rule: the pooled role F1 without it (and the change), the roles right/predicted/gold, and the
sets that get better and worse without it. Only development sets are read (see role_errors.py).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.entities import roles

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402
from role_errors import DEV_SETS, LAYERS, load_set  # noqa: E402

# what each rule is replaced by when it is off: a step that adds roles does nothing, a finder
# finds nothing, a test says no, a rewrite keeps its input
_NOOP = lambda *a, **k: None  # noqa: E731
_OFF = {
    "one_owner": _NOOP,
    "post_through_name": _NOOP,
    "anaphoric_roles": _NOOP,
    "inner_anaphoric_roles": _NOOP,
    "epithet_roles": _NOOP,
    "bare_title_roles": _NOOP,
    "according_roles": _NOOP,
    "pronoun_roles": _NOOP,
    "capacity_roles": _NOOP,
    "held_post_roles": _NOOP,
    "held_by_roles": _NOOP,
    "plural_roles": _NOOP,
    "pair_roles": _NOOP,
    "apposed_relations": _NOOP,
    "sang_roles": _NOOP,
    "join_trades": _NOOP,
    "share_roles": _NOOP,
    "post_over_description": _NOOP,
    "title_over_trade": _NOOP,
    "relation_over_office": _NOOP,
    "post_at_office": _NOOP,
    "post_over_bare_title": _NOOP,
    "post_over_body": _NOOP,
    "served_by_team": lambda *a, **k: False,
    "client_only": lambda *a, **k: False,
    "role_before_initials": _NOOP,
    "role_of_body": _NOOP,
    "post_with_list": _NOOP,
    "numbered_post": _NOOP,
    "post_for": _NOOP,
    "role_after": _NOOP,
    "trade_before": _NOOP,
    "trade_of_named": _NOOP,
    "unanchored_tie": lambda *a, **k: False,
    "possessed": lambda norm, role, *a, **k: role,
    "title_inside_relation": _NOOP,
}


def _modules() -> list:
    """The modules of the roles package: a rule is switched off in each one that imports it."""
    return [importlib.import_module(f"{roles.__name__}.{m.name}") for m in pkgutil.iter_modules(roles.__path__)]


def _rule(name: str):
    """The rule called ``name`` in the roles package."""
    return next(getattr(m, name) for m in _modules() if hasattr(m, name))


def score(data: list[tuple[str, dict, dict]], sc) -> dict[str, object]:
    """Per-set tallies of the scorer and the pooled one."""
    out: dict[str, object] = {"POOLED": sc.Tally()}
    for name, gold, rec in data:
        art = warta.read(rec, layers=LAYERS)
        pred = article_to_dict(art)
        t = out.setdefault(name, sc.Tally())
        sc.score_article(gold, art.text, pred, t, {})
        sc.score_article(gold, art.text, pred, out["POOLED"], {})
    return out


def figures(t) -> tuple[float, int, int, int, float]:
    """Role F1, right, predicted, gold; entities F1."""
    tp, pred, gold = t.c.get("entities_role", [0, 0, 0])
    return t.get("entities_role")["f1"], tp, pred, gold, t.get("entities_ALL")["f1"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="only this rule (may repeat)")
    args = ap.parse_args()
    sc = devsets.scorer()
    data = [(s.name, g, r) for s in DEV_SETS if s.exists() for g, r in load_set(s) if "entities" in g]
    base = score(data, sc)
    f, tp, pr, go, ea = figures(base["POOLED"])
    print(f"{'baseline':24} role {f:.4f} ({tp}/{pr}/{go}) ent {ea:.4f}")
    for rule in args.only or list(_OFF):
        kept = _rule(rule)
        held = [m for m in _modules() if getattr(m, rule, None) is kept]  # every module that calls it
        for m in held:
            setattr(m, rule, _OFF[rule])
        try:
            t = score(data, sc)
        finally:
            for m in held:
                setattr(m, rule, kept)
        f2, tp2, pr2, go2, ea2 = figures(t["POOLED"])
        better = [k for k in t if k != "POOLED" and figures(t[k])[0] > figures(base[k])[0] + 1e-9]
        worse = [k for k in t if k != "POOLED" and figures(t[k])[0] < figures(base[k])[0] - 1e-9]
        print(
            f"{rule:24} role {f2:.4f} ({f2 - f:+.4f}) ({tp2}/{pr2}/{go2}) ent {ea2 - ea:+.4f}"
            f"  off better {len(better)} {better[:6]} worse {len(worse)} {worse[:8]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
