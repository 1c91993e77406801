"""Write the input records of the detik articles of every hand-annotated set in eval/ from
../shared/data/news/detik_2025.jsonl, so that score.py can run on them:

    python scripts/make_heldout_inputs.py
    python ../shared/eval/score.py --cmd 'warta read --format json {input}' eval/heldout2

detik text is not ship-ok, so only the annotations of those articles are committed; the sets'
IndoSum-derived records (CC BY-SA) are committed beside their gold. eval/README.md says what each
set is for and which were used in development and which were scored once, unseen.
"""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared/data/news/detik_2025.jsonl"


def main() -> None:
    wanted: dict[str, list[Path]] = {}
    for gold in sorted((REPO / "eval").glob("*/*.gold.json")):
        aid = json.loads(gold.read_text("utf-8"))["id"]
        if aid.startswith("detik_"):
            wanted.setdefault(aid, []).append(gold.parent)
    with SOURCE.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for folder in wanted.pop(rec["id"], []):
                (folder / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    if wanted:
        raise SystemExit(f"not found in {SOURCE}: {sorted(wanted)}")


if __name__ == "__main__":
    main()
