"""Helper of scripts/train_entity_filter.py: the entity layer of an older commit, with the current
filter's features, on some gold files. Run with that commit's ``src`` first on PYTHONPATH.

    python scripts/entity_filter_snapshot.py patch SRC FILTER_PY   # teach SRC's extract() to trace
    python scripts/entity_filter_snapshot.py dump GOLD.json ...     # one JSON line per article
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

TRACE = """
    if trace is None:
        return out
    from warta.entities import filter as learned

    strength = {}
    for cl in clusters:
        for m in cl.mentions:
            strength[m.start] = max(strength.get(m.start, 0), m.strength)
    titled = [(r.toks[0].start, r.toks[-1].end) for r in regions if r.titlecase and r.toks]
    learned.model = lambda: None
    return learned.apply(out, learned.Context(article.norm, strength, sorted(tagged), sorted(titled)), trace)"""


def patch(src: str, filter_py: str) -> None:
    """Give the old ``extract`` a ``trace`` argument that collects the filter's features."""
    p = Path(src) / "warta/entities/__init__.py"
    s = p.read_text(encoding="utf-8")
    s = s.replace(
        "tagged: list[tuple[int, int, str]] | None = None) -> list[Entity]:",
        "tagged: list[tuple[int, int, str]] | None = None, trace=None) -> list[Entity]:",
    )
    s = s.replace(
        "    ex.add_tagged(_outside_titlecase(regions, _tagger_spans(article)) if tagged is None else tagged)\n",
        "    if tagged is None:\n        tagged = _outside_titlecase(regions, _tagger_spans(article))\n    ex.add_tagged(tagged)\n",
    )
    i = s.index("def extract(")
    j = s.index("\n    return ", s.index("    out = []", i))
    k = s.index("\n", j + 1)
    s = s[:j] + "\n    out = " + s[j + len("\n    return ") : k] + TRACE + s[k:]
    p.write_text(s, encoding="utf-8")
    shutil.copy(filter_py, Path(src) / "warta/entities/filter.py")


def dump(golds: list[str]) -> None:
    import warta
    from warta.entities import extract

    for gp in map(Path, golds):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        src = gp.parent / gold["file"]
        if src.suffix == ".json":
            rec = json.loads(src.read_text(encoding="utf-8"))
        elif src.suffix in (".html", ".htm"):
            rec = {"id": gold["id"], "html": src.read_text(encoding="utf-8")}
        else:
            rec = {"id": gold["id"], "text": src.read_text(encoding="utf-8")}
        trace: list = []
        extract(warta.read(rec, layers=[]), trace=trace)
        preds = [
            {
                "canonical": e.canonical,
                "label": e.label,
                "mentions": [m.text for m in e.mentions],
                "role": e.role,
                "country": e.country,
            }
            for e, _ in trace
        ]
        print(json.dumps({"gold": str(gp), "x": [x for _, x in trace], "preds": preds}))


if __name__ == "__main__":
    if sys.argv[1] == "patch":
        patch(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[2:])
