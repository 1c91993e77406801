"""False alarms of the language check on Indonesian text, whole and cut short: every Indonesian
article the project may read (../shared news, examples and dev; the opened development sets; the
mining pool), each whole, each paragraph, and every run of one and of two sentences, read by
``warta.language.detect``. Any text flagged Malay here is a false alarm (the check must stay at 0):
short Malay texts are what the check is tuned to catch, short Indonesian ones what it must pass.

    python scripts/language_check.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devsets import DETIK, HELDOUT, HELDOUT_MORE, OUTLETS, OUTLETS_MORE, REPO, SHARED  # noqa: E402
from events_recall_loso import DEV_SETS  # noqa: E402  (the events development sets, named once)

from warta.language import detect  # noqa: E402

MINE = Path("/work/mine21")
OTHER_SETS = ("quotes_dev2", "quotes_dev3", "quotes_outlets9", "entities_dev2", "dates_dev2", "events_dev2")
EVENT_SETS = tuple(s.removeprefix("eval/") for s in DEV_SETS if s.startswith("eval/events_heldout"))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z])")


def texts() -> dict[str, str]:
    """name → text of every Indonesian article named in the module docstring."""
    out: dict[str, str] = {}
    with open(DETIK, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[f"detik_2025:{r.get('id')}"] = r["text"]
    folders = [SHARED / "examples", SHARED / "eval" / "dev", MINE / "detik", MINE / "indosum"]
    folders += [REPO / "eval" / s for s in (*HELDOUT, *HELDOUT_MORE, *OUTLETS, *OUTLETS_MORE, *OTHER_SETS, *EVENT_SETS)]
    for folder in folders:
        for p in sorted(folder.glob("*")):
            if p.suffix == ".txt":
                out[str(p)] = p.read_text("utf-8")
            elif p.suffix == ".json" and not p.name.endswith(".gold.json"):
                r = json.loads(p.read_text("utf-8"))
                if isinstance(r, dict) and isinstance(r.get("text"), str):
                    out[str(p)] = r["text"]
    return out


def pieces(text: str) -> list[str]:
    """The text, its paragraphs, and every run of one and of two sentences."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    sents = [s for p in paras for s in _SENTENCE_END.split(p) if s.strip()]
    return [text, *paras, *sents, *(" ".join(sents[i : i + 2]) for i in range(len(sents) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=5, help="false alarms to print")
    args = ap.parse_args()
    arts = texts()
    counts: Counter[str] = Counter()
    alarms: list[tuple[str, str]] = []
    for name, text in arts.items():
        for i, piece in enumerate(pieces(text)):
            kind = "whole" if i == 0 else "piece"
            code = detect(piece)["code"]
            counts[f"{kind} read"] += code != "und"
            if code == "ms":
                counts[f"{kind} flagged ms"] += 1
                alarms.append((name, piece))
    print(f"{len(arts):,} Indonesian articles; " + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    for name, piece in alarms[: args.show]:
        print(f"  {name}: {piece[:160]!r}")
    return 1 if alarms else 0


if __name__ == "__main__":
    sys.exit(main())
