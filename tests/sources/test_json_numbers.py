"""A JSON number Python refuses to convert (more than 4,300 digits) is one bad record, not the
end of the file: the lines after it are kept (issue: a ValueError from ``json.loads`` escaped
the reader, so ``warta ingest`` reported the whole file as failed and lost every later line,
and a ``.json`` file with such a number crashed the command)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.sources import iter_paths, iter_stdin, parse_json

GOOD = {"id": "a1", "text": "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."}
GOOD2 = {"id": "a3", "text": "Bandung - Wali Kota meninjau banjir di Dayeuhkolot, Selasa (4/11/2025)."}
HUGE = '{"id": "a2", "text": "Jakarta - kata", "n": ' + "9" * 5000 + "}"


def test_parse_json_reports_a_huge_number() -> None:
    value, err = parse_json(HUGE)
    assert value is None and err is not None and err.startswith("invalid JSON") and "digits" in err


def test_jsonl_keeps_the_lines_after_a_huge_number(tmp_path: Path) -> None:
    f = tmp_path / "n.jsonl"
    f.write_text("\n".join([json.dumps(GOOD), HUGE, json.dumps(GOOD2)]) + "\n", encoding="utf-8")
    items = list(iter_paths([str(f)]))
    assert [i.record["id"] for i in items if i.record] == ["a1", "a3"]
    (bad,) = [i for i in items if i.error]
    assert bad.origin == f"{f}:2" and "digits" in bad.error


def test_json_file_and_stdin_with_a_huge_number_are_one_error(tmp_path: Path) -> None:
    f = tmp_path / "n.json"
    f.write_text(HUGE, encoding="utf-8")
    (item,) = iter_paths([str(f)])
    assert item.record is None and "digits" in item.error
    items = list(iter_stdin(("\n".join([json.dumps(GOOD), HUGE, json.dumps(GOOD2)]) + "\n").encode()))
    assert [i.record["id"] for i in items if i.record] == ["a1", "a3"] and sum(1 for i in items if i.error) == 1
