"""Every layer's JSON output of ``warta read`` on fixed development inputs, written to a folder
and compared byte for byte, so a change meant only for speed is shown to change no output.

    python scripts/output_snapshot.py write /tmp/snap_before
    python scripts/output_snapshot.py compare /tmp/snap_before      # exit 1 and the ids if any differ
    python scripts/output_snapshot.py indosum /tmp/indosum_plain.jsonl --n 120   # plain-text records

Inputs (development only): ../shared/examples, ../shared/eval/dev, eval/outlets_dev,
eval/outlets_heldout6 (has HTML pages) and the first ``--indosum`` IndoSum dev records as plain
text. Each record is read as ``warta read --format json`` reads it (same sources, id defaulting
to the origin) and written as one ``<n>.json`` file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
INDOSUM = SHARED / "data/summaries/indosum_dev.jsonl"
# Explicit development folders only (see eval/README.md); never a pattern over eval/.
FOLDERS = [SHARED / "examples", SHARED / "eval/dev", REPO / "eval/outlets_dev", REPO / "eval/outlets_heldout6"]
SUFFIXES = {".json", ".txt", ".html", ".htm"}


def indosum_records(n: int) -> list[dict[str, Any]]:
    """The first ``n`` IndoSum dev records as plain text (paragraphs joined by newlines)."""
    out = []
    with open(INDOSUM, encoding="utf-8") as f:
        for _, line in zip(range(n), f, strict=False):
            d = json.loads(line)
            text = "\n".join(" ".join(" ".join(s) for s in p) for p in d["paragraphs"])
            out.append({"id": d["id"], "text": text})
    return out


def inputs(n_indosum: int, folders: list[Path] | None = None) -> Iterator[tuple[str, Any]]:
    """(name, item) for every input, in a fixed order."""
    from warta.sources import Item, iter_paths

    for folder in folders or FOLDERS:
        if not folder.is_dir():
            print(f"skip {folder}: absent", file=sys.stderr)
            continue
        for p in sorted(folder.iterdir()):
            if p.suffix in SUFFIXES and not p.name.endswith(".gold.json") and p.name != "README.md":
                for item in iter_paths([str(p)]):
                    yield f"{folder.name}/{p.name}", item
    if INDOSUM.exists():
        for r in indosum_records(n_indosum):
            yield f"indosum/{r['id']}", Item(f"indosum:{r['id']}", record=r)


def outputs(n_indosum: int, folders: list[Path] | None = None) -> Iterator[tuple[str, str]]:
    """(name, JSON text) per input, as ``warta read --format json`` writes one record."""
    from warta.cli.read import error_record, read_items

    named = list(inputs(n_indosum, folders))
    for (name, _), (item, article, error) in zip(named, read_items(iter(i for _, i in named)), strict=True):
        if error:
            yield name, json.dumps(error_record(item, error), ensure_ascii=False)
            continue
        if article.id is None:
            article.id = item.origin
        yield name, json.dumps(article.to_dict(), ensure_ascii=False, indent=1)


def write(folder: Path, n_indosum: int, folders: list[Path] | None = None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    index = []
    for i, (name, text) in enumerate(outputs(n_indosum, folders)):
        (folder / f"{i:04d}.json").write_text(text + "\n", encoding="utf-8")
        index.append(name)
    (folder / "index.json").write_text(json.dumps(index, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(index)} records to {folder}")
    return 0


def compare(folder: Path, n_indosum: int, folders: list[Path] | None = None) -> int:
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    differ = []
    names = []
    for i, (name, text) in enumerate(outputs(n_indosum, folders)):
        names.append(name)
        path = folder / f"{i:04d}.json"
        if i >= len(index) or index[i] != name or not path.exists():
            differ.append(f"{name}: not in the snapshot")
        elif path.read_text(encoding="utf-8") != text + "\n":
            differ.append(f"{name}: differs ({path})")
    if len(names) != len(index):
        differ.append(f"{len(names)} records now, {len(index)} in the snapshot")
    for d in differ:
        print(d)
    print(f"{len(names) - len(differ)} of {len(names)} records identical to {folder}")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["write", "compare", "indosum"])
    ap.add_argument("path", type=Path, help="snapshot folder (write, compare) or JSONL to write (indosum)")
    ap.add_argument("--indosum", type=int, default=100, help="IndoSum records in the snapshot")
    ap.add_argument("--n", type=int, default=120, help="records in the JSONL (indosum)")
    ap.add_argument(
        "--folder", type=Path, action="append", help="read these folders instead (development sets only; repeat)"
    )
    args = ap.parse_args()
    if args.command == "indosum":
        with open(args.path, "w", encoding="utf-8") as f:
            for r in indosum_records(args.n):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {args.n} plain-text records to {args.path}")
        return 0
    return (write if args.command == "write" else compare)(args.path, args.indosum, args.folder)


if __name__ == "__main__":
    sys.exit(main())
