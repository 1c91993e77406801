"""Files in the encodings a tired user has at hand: UTF-16 with a byte-order mark (what Windows
tools write as 'Unicode text'), an HTML page in windows-1252 that says so in its <meta>, a
gzip-compressed JSON lines file, a zip archive. The marked and declared ones are read (a BOM
and a declared charset are unambiguous; the same page in a WARC was read already); a zip or a
file that only claims to be gzip is one clear error; text in an undeclared 8-bit encoding is
still refused (no guessing), saying it is not UTF-8. They used to be 'not UTF-8 text (invalid
start byte at byte 0)' for UTF-16 and the page, a .jsonl.gz the same, and a UTF-16 .jsonl gave
one error per line plus a spurious 'invalid JSON' for the half newline at its end."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

from warta.sources import iter_file, iter_paths

T = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Rabu (22/10/2025). Warga mengungsi."


def _items(path: Path) -> list:
    return list(iter_file(path))


def test_utf16_text_with_a_bom_is_read(tmp_path: Path) -> None:
    le = tmp_path / "le.txt"
    le.write_bytes(b"\xff\xfe" + ("LE " + T).encode("utf-16-le"))
    be = tmp_path / "be.txt"
    be.write_bytes(b"\xfe\xff" + ("BE " + T).encode("utf-16-be"))
    for path, head in ((le, "LE "), (be, "BE ")):
        (item,) = _items(path)
        assert item.error is None and item.record["text"] == head + T


def test_utf16_json_and_json_lines_are_read(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_bytes(json.dumps({"id": "j", "text": "Kafé " + T}, ensure_ascii=False).encode("utf-16"))
    (item,) = _items(one)
    assert item.error is None and item.record == {"id": "j", "text": "Kafé " + T}
    many = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"{i} {T}"}, ensure_ascii=False) for i in range(3)]
    many.write_bytes(("\n".join(lines[:2]) + "\n\n" + lines[2] + "\r\n").encode("utf-16"))
    items = _items(many)
    assert [(i.origin.rsplit(":", 1)[1], i.error, i.record["id"]) for i in items] == [
        ("1", None, "r0"),
        ("2", None, "r1"),
        ("4", None, "r2"),
    ]


def test_html_in_its_declared_charset_is_read(tmp_path: Path) -> None:
    page = tmp_path / "lama.html"
    page.write_bytes(
        (
            "<html><head><meta charset='windows-1252'><title>Banjir \u201cbesar\u201d</title></head>"
            f"<body><article><p>{T} \u201cKami kerahkan pompa,\u201d kata Pramono.</p></article></body></html>"
        ).encode("cp1252")
    )
    (item,) = _items(page)
    assert item.error is None and "\u201cbesar\u201d" in item.record["html"]


def test_gzip_json_lines_are_read_and_a_fake_one_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(f'{{"id": "gz", "text": "{T}"}}\n\n'.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(b"not gzip at all")
    items = list(iter_paths([str(tmp_path)]))  # a folder: the .jsonl.gz files are among its records
    by_origin = {i.origin.rsplit("/", 1)[1]: i for i in items}
    assert by_origin["a.jsonl.gz:1"].record["id"] == "gz"
    assert "not gzip" in by_origin["b.jsonl.gz"].error


def test_a_zip_archive_says_so(tmp_path: Path) -> None:
    z = tmp_path / "berita.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("a.txt", T)
    (item,) = _items(z)
    assert "zip archive" in item.error and "unpack" in item.error


def test_undeclared_8bit_text_is_still_refused_clearly(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes(("Kafé " + T).encode("latin-1"))
    (item,) = _items(p)
    assert item.error.startswith("not UTF-8 text")


def test_an_archive_in_a_folder_is_reported_not_skipped_unseen(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(f'{{"id": "a", "text": "{T}"}}\n', encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as f:
        f.writestr("c.txt", T)
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(T.encode()))
    (tmp_path / "e.png").write_bytes(b"\x89PNG\r\n")  # not news, not an archive: not listed
    by_origin = {i.origin.rsplit("/", 1)[1]: i for i in iter_paths([str(tmp_path)])}
    assert by_origin["a.jsonl:1"].record["id"] == "a"
    assert "zip archive" in by_origin["b.zip"].error and "unpack" in by_origin["b.zip"].error
    assert "archive (.gz)" in by_origin["d.txt.gz"].error
    assert set(by_origin) == {"a.jsonl:1", "b.zip", "d.txt.gz"}
