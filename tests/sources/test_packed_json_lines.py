"""Compressed JSON lines under the wrong name, and a damaged .jsonl.gz: one clear reason each.

A gzip or zip file named .jsonl was read line by line as text, giving a page of 'line is not
UTF-8 text' and 'invalid JSON' errors that never said why (a .json or .txt file says 'gzip-
compressed' / 'a zip archive'); a .jsonl.gz damaged within its first block was 'not gzip data',
which sends the user looking for the wrong problem."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

from warta.sources import iter_paths

LINES = "".join(
    json.dumps({"id": f"b{i}", "text": f"Jakarta - Harga bawang merah naik di pasar nomor {i}, kata pedagang."}) + "\n"
    for i in range(40)
).encode()


def _errors(path: Path) -> list[str]:
    return [i.error for i in iter_paths([str(path)]) if i.error]


def test_gzip_named_jsonl_is_one_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "unduhan.jsonl"
    p.write_bytes(gzip.compress(LINES))
    assert _errors(p) == ["gzip-compressed: decompress it first (only .jsonl.gz and .warc.gz are read as such)"]


def test_zip_named_jsonl_is_one_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "arsip.jsonl"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("berita.jsonl", LINES)
    assert _errors(p) == ["a zip archive: unpack it first (files inside an archive are not read)"]


def test_damaged_gzip_is_not_called_not_gzip(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(LINES))
    data[len(data) // 2] ^= 0xFF
    p = tmp_path / "rusak.jsonl.gz"
    p.write_bytes(bytes(data))
    [error] = _errors(p)
    assert "damaged or cut short" in error and "not gzip" not in error, error
