"""Write the input records of the hand-annotated detik sets (eval/heldout1 … eval/heldout5, eval/dates_dev2)
from ../shared/data/news/detik_2025.jsonl, so that score.py can run on them:

    python scripts/make_heldout_inputs.py
    python ../shared/eval/score.py --cmd 'warta read --format json {input}' eval/heldout2

The gold files were annotated by GUIDELINES.md without looking at Warta's output. heldout1 was
used to find error classes during development; heldout2 was not looked at; heldout3 (annotated
later, in the same way) was then used to find error classes; heldout4 was measured once, at the
end, and not looked at. eval/events_heldout holds events only (GUIDELINES.md `events`),
annotated before the events layer was written and scored once, at the end (then used to find error
classes); eval/events_heldout2 (events only, eight articles) was annotated before the second round of
work on the layer and scored once, at its end. eval/dates_dev2 (dates, places and datelines,
for development) holds eight detik articles beside its multi-outlet ones. The article texts
themselves are not committed (detik text is not ship-ok), only the annotations.
"""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared/data/news/detik_2025.jsonl"


def main() -> None:
    wanted = {}
    golds = [*(REPO / "eval").glob("*heldout*/*.gold.json"), *(REPO / "eval").glob("dates_dev2/detik_*.gold.json")]
    for gold in sorted(golds):
        if (gold.parent / gold.name.replace(".gold.json", ".json")).exists() and gold.parent.name.startswith("outlets"):
            continue  # the multi-outlet sets keep their (ship-ok) inputs in the repo
        wanted[json.loads(gold.read_text("utf-8"))["id"]] = gold.parent
    with SOURCE.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            folder = wanted.pop(rec["id"], None)
            if folder is not None:
                (folder / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    if wanted:
        raise SystemExit(f"not found in {SOURCE}: {sorted(wanted)}")


if __name__ == "__main__":
    main()
