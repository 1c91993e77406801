"""UTF-16 written without a byte-order mark (SQL Server's bcp, some .NET and PowerShell exports
do so) was refused as "binary or wrongly decoded content" for a .txt and gave one "invalid
JSON" per line for a .jsonl, though every other byte being NUL says plainly what it is. It is
now read, in either byte order; UTF-8 text with a few NULs in it is not taken for UTF-16."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.sources import iter_file, iter_stdin, utf16_codec

T = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Rabu (22/10/2025). Warga mengungsi."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_unmarked_utf16_text_json_and_lines_are_read(tmp_path: Path, codec: str) -> None:
    txt = tmp_path / "a.txt"
    txt.write_bytes(("Kafé " + T).encode(codec))
    (item,) = iter_file(txt)
    assert item.error is None and item.record["text"] == "Kafé " + T
    one = tmp_path / "one.json"
    one.write_bytes(json.dumps({"id": "j", "text": T}).encode(codec))
    (item,) = iter_file(one)
    assert item.error is None and item.record == {"id": "j", "text": T}
    many = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"{i} {T}"}) for i in range(3)]
    many.write_bytes(("\n".join(lines) + "\n").encode(codec))
    assert [(i.error, i.record["id"]) for i in iter_file(many)] == [(None, "r0"), (None, "r1"), (None, "r2")]


def test_unmarked_utf16_on_standard_input_is_read() -> None:
    (item,) = iter_stdin(T.encode("utf-16-le"))
    assert item.error is None and item.record["text"] == T


def test_utf8_with_some_nuls_is_not_taken_for_utf16() -> None:
    data = (T + "\x00\x00" + T).encode()
    assert utf16_codec(data) is None
    assert utf16_codec(T[:6].encode("utf-16-le")) is None  # too short to judge
    assert utf16_codec(b"\xff\xfe" + T.encode("utf-16-le")) == "utf-16"
