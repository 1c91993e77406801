"""Build the document-frequency table the story clusterer weighs terms with.

    python scripts/build_story_df.py [../shared/data/summaries/indosum_dev.jsonl]

Why a shipped table: with a fixed IDF an article's similarity to another does not depend on
what else happens to be in the corpus or the batch, so clustering is repeatable and the
one-shot command and incremental ingest weigh terms the same way. Source: IndoSum (CC BY-SA
4.0, ship-ok; named in NOTICE). Only terms seen in 2+ documents are kept (the rest count as
unseen, the rarest class).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from warta.stories.features import bigrams, words

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "summaries" / "indosum_dev.jsonl"
OUT = ROOT / "src" / "warta" / "stories" / "data" / "df.tsv.gz"


def main(path: Path = DEFAULT) -> None:
    df: Counter[str] = Counter()
    n = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            terms: set[str] = set()
            for para in doc.get("paragraphs") or []:
                for sent in para:
                    ws = words(" ".join(sent))
                    terms.update(ws)
                    terms.update(bigrams(ws))
            if terms:
                n += 1
                df.update(terms)
    rows = sorted((t, c) for t, c in df.items() if c >= 2)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"#documents\t{n}\n")
        out.writelines(f"{t}\t{c}\n" for t, c in rows)
    print(f"{OUT}: {len(rows):,} terms from {n:,} documents")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
