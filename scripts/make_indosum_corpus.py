"""Write the IndoSum corpus the identity pair set ``eval/identity/indosum`` was judged on: the 1,000
articles of ../shared/data/summaries/indosum_dev.jsonl (CC BY-SA 4.0), detokenised into plain
text, one record a line (id ``indosum_<line>``, title from the slug, url, published from the id's
timestamp, outlet, text).

    python scripts/make_indosum_corpus.py /tmp/indosum.jsonl
    python scripts/eval_identity.py --news /tmp/indosum.jsonl --pairs eval/identity/indosum/pairs_indosum_heldout1.tsv --aliases
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "summaries" / "indosum_dev.jsonl"
_GLUE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%", "'s"}


def detokenise(tokens: list[str]) -> str:
    """IndoSum's tokens as a sentence: punctuation glued to the word before, quotes to their content."""
    s, quote_open = "", False
    for t in tokens:
        if t == '"':
            s += '"' if quote_open else (" " if s else "") + '"'
            quote_open = not quote_open
            continue
        glue = t in _GLUE_BEFORE or s.endswith(("(", "[")) or (s.endswith('"') and quote_open)
        s += t if (glue or not s) else " " + t
    return re.sub(r"- -", "--", s)


def record(line_no: int, d: dict) -> dict:
    stamp = d["id"].split("-", 1)[0]
    published = (
        datetime.fromtimestamp(int(stamp), timezone(timedelta(hours=7))).isoformat() if stamp.isdigit() else None
    )
    text = "\n\n".join(" ".join(detokenise(s) for s in para) for para in d["paragraphs"])
    return {
        "id": f"indosum_{line_no}",
        "title": d["id"].split("-", 1)[-1].replace("-", " "),
        "url": d.get("source_url", ""),
        "published": published,
        "outlet": d.get("source", ""),
        "text": text,
    }


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    if not SOURCE.exists():
        raise SystemExit(f"no IndoSum at {SOURCE} (../shared beside the project)")
    with SOURCE.open(encoding="utf-8") as src, open(sys.argv[1], "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            out.write(json.dumps(record(i, json.loads(line)), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
