"""What the date tests compare: the dates found in a text, as (text, value) pairs, checking on the
way that every offset points into the original text."""

from __future__ import annotations

import re

from warta.dates import find_dates
from warta.document import Article
from warta.document.normalize import normalize


def dates_of(text: str, published: str | None) -> list[tuple[str, str]]:
    """The (text, value) of each date found in ``text``, times of day left out."""
    art = Article(text=text, norm=normalize(text), published=published)
    out = []
    for d in find_dates(art):
        assert text[d.start : d.end] == d.text  # offsets point into the original text
        if d.granularity != "time":
            out.append((d.text, d.value))
    return out


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _token_f1(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)


def eval_errors(found: list[tuple[str, str]], gold: list[tuple[str, str]]) -> list[str]:
    """Misses, wrong values and extras as ``score.py`` counts them: a found date pairs with a gold
    one whose text it overlaps (token F1 >= 0.5), a pair whose values agree first; so a test of
    this kind checks what the score checks, not the exact span."""
    pairs = sorted(
        (
            (-(f1 + (fv == gv)), i, j)
            for i, (gt, gv) in enumerate(gold)
            for j, (ft, fv) in enumerate(found)
            if (f1 := _token_f1(gt, ft)) >= 0.5
        ),
    )
    used_g: dict[int, int] = {}
    used_f: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_f:
            used_g[i] = j
            used_f.add(j)
    errors = [f"wrong {gold[i]} got {found[j][1]}" for i, j in used_g.items() if found[j][1] != gold[i][1]]
    errors += [f"missed {g}" for i, g in enumerate(gold) if i not in used_g]
    errors += [f"extra {f}" for j, f in enumerate(found) if j not in used_f]
    return errors
