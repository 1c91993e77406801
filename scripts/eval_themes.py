#!/usr/bin/env python3
"""Agreement of warta.themes with section labels that the data carries, printed as a table.

    python scripts/eval_themes.py [--detik ../shared/data/news/detik_2025.jsonl]
                                  [--indosum ../shared/data/summaries/indosum_dev.jsonl] [--limit N]

detik: the section in the URL (finance.detik.com → ekonomi dan keuangan / bisnis, sport →
olahraga, …; see SECTIONS). IndoSum: its ``category`` where it maps (olahraga, teknologi,
hiburan/showbiz). An article agrees at top-k when one of the expected themes is among the
first k themes Warta gives. The lexicon was written by hand and never fitted to these labels.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import warta  # noqa: E402

ECON = ("ekonomi dan keuangan", "bisnis")
# (host, first path part or None) → expected themes. The brief's six sections first.
SECTIONS: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("finance", None): ECON,
    ("sport", None): ("olahraga",),
    ("health", None): ("kesehatan",),
    ("inet", None): ("teknologi",),
    ("travel", None): ("pariwisata",),
    ("oto", None): ("transportasi",),
}
# Finer sections of news.detik.com and the regional www.detik.com/<region>/<section> pages.
EXTRA: dict[str, tuple[str, ...]] = {
    "internasional": ("hubungan internasional",),
    "hukum-dan-kriminal": ("hukum dan korupsi", "kriminalitas"),
    "sepakbola": ("olahraga",),
    "bisnis": ECON,
    "celeb": ("hiburan",),
    "edu": ("pendidikan",),
    "hikmah": ("agama",),
}
INDOSUM = {"olahraga": ("olahraga",), "teknologi": ("teknologi",), "showbiz": ("hiburan",)}
# IndoSum's "hiburan" is the outlets' lifestyle desk (CNN gaya-hidup, Merdeka gaya: travel, health tips,
# home); it is reported on its own line, strictly (→ hiburan) and as lifestyle, and kept out of ALL.
INDOSUM_EXTRA = {
    "hiburan (strict)": ("hiburan", ("hiburan",)),
    "hiburan (as lifestyle)": ("hiburan", ("hiburan", "pariwisata", "kesehatan")),
}
URL_RE = re.compile(r"https?://([a-z0-9-]+)\.detik\.com/([\w-]+)(?:/([\w-]+))?")


def detik_label(url: str) -> tuple[str, tuple[str, ...]] | None:
    m = URL_RE.match(url or "")
    if not m:
        return None
    host, first, second = m.groups()
    if (host, None) in SECTIONS:
        return host, SECTIONS[(host, None)]
    for part in (first, second):
        if part in EXTRA:
            return f"{host}/{part}" if host != "www" else part, EXTRA[part]
    if host == "www" and first in EXTRA:
        return first, EXTRA[first]
    return None


def table(title: str, rows: dict[str, list[int]], extra: dict[str, list[int]] | None = None) -> None:
    print(f"\n{title}")
    print(f"{'section':28s} {'n':>5s} {'top-1':>7s} {'top-3':>7s} {'none':>6s}")
    tot = [0, 0, 0, 0]
    for name in sorted(rows, key=lambda k: -rows[k][0]):
        n, t1, t3, none = rows[name]
        tot = [a + b for a, b in zip(tot, rows[name], strict=True)]
        print(f"{name:28s} {n:5d} {t1 / n:7.3f} {t3 / n:7.3f} {none:6d}")
    n, t1, t3, none = tot
    if n:
        print(f"{'ALL':28s} {n:5d} {t1 / n:7.3f} {t3 / n:7.3f} {none:6d}")
    for name, (n, t1, t3, none) in (extra or {}).items():
        if n:
            print(f"{name:28s} {n:5d} {t1 / n:7.3f} {t3 / n:7.3f} {none:6d}")


def agree(themes: list[dict], expected: tuple[str, ...], row: list[int]) -> None:
    names = [t["theme"] for t in themes]
    row[0] += 1
    row[1] += bool(set(names[:1]) & set(expected))
    row[2] += bool(set(names[:3]) & set(expected))
    row[3] += not names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", default=str(ROOT.parent / "shared/data/news/detik_2025.jsonl"))
    ap.add_argument("--indosum", default=str(ROOT.parent / "shared/data/summaries/indosum_dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    args = ap.parse_args()
    layers = ["themes"]

    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    lines = [ln for ln in Path(args.detik).read_text(encoding="utf-8").split("\n") if ln.strip()]
    for line in lines[: args.limit or None]:
        rec = json.loads(line)
        lab = detik_label(rec.get("url", ""))
        if not lab:
            continue
        art = warta.read(rec, layers=layers)
        agree(art.themes, lab[1], rows[lab[0]])
        if args.verbose and not {t["theme"] for t in art.themes[:3]} & set(lab[1]):
            print("MISS", lab[0], rec["url"], [(t["theme"], t["score"]) for t in art.themes[:3]])
    brief = [0, 0, 0, 0]
    for (host, _), _exp in SECTIONS.items():
        if host in rows:
            brief = [a + b for a, b in zip(brief, rows[host], strict=True)]
    table("detik_2025 — URL section vs themes", rows, {"the brief's six hosts": brief})

    rows = defaultdict(lambda: [0, 0, 0, 0])
    extra_rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    lines = [ln for ln in Path(args.indosum).read_text(encoding="utf-8").split("\n") if ln.strip()]
    for line in lines[: args.limit or None]:
        d = json.loads(line)
        expected = INDOSUM.get(d["category"])
        extras = [(k, exp) for k, (cat, exp) in INDOSUM_EXTRA.items() if cat == d["category"]]
        if not expected and not extras:
            continue
        text = "\n".join(" ".join(" ".join(s) for s in p) for p in d["paragraphs"])
        art = warta.read({"id": d["id"], "text": text}, layers=layers)
        for key, exp in extras:
            agree(art.themes, exp, extra_rows[key])
        if not expected:
            continue
        agree(art.themes, expected, rows[d["category"]])
        if args.verbose and not {t["theme"] for t in art.themes[:3]} & set(expected):
            print("MISS", d["category"], d["id"], [(t["theme"], t["score"]) for t in art.themes[:3]])
    table("IndoSum dev — category vs themes (text only, no title)", rows, extra_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
