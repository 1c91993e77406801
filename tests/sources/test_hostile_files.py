"""Hostile and careless files: every good record kept, every bad one reported with a reason,
memory bounded, the right exit code. (Issue: one bad record never stops a batch.)"""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from warta.sources import MAX_RECORD_BYTES, iter_paths, iter_stream

PAGE = (
    "<html><head><title>Judul {i}</title></head><body><article><p>Jakarta - Presiden Prabowo Subianto "
    "mengatakan inflasi bulan ini turun menjadi {i} persen. Menurut dia, harga beras stabil di seluruh "
    "Indonesia dan pemerintah akan terus menjaga pasokan pangan.</p><p>Menteri Keuangan Sri Mulyani "
    "menambahkan bahwa anggaran negara tetap sehat pada tahun 2025.</p></article></body></html>"
)
TEXT = "Jakarta - Presiden Prabowo Subianto mengatakan inflasi bulan ini turun menjadi {i} persen di seluruh negeri."


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin, capture_output=True, timeout=300)


def _warc(path: Path, n: int = 5, gz: bool = False, big: int = 0) -> None:
    """n HTML responses; with ``big``, first a response of ``big`` bytes of one letter."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gz)
        if big:

            class Letters(io.RawIOBase):
                def __init__(self) -> None:
                    self.left = big

                def readable(self) -> bool:
                    return True

                def readinto(self, b: bytearray) -> int:  # type: ignore[override]
                    k = min(len(b), self.left)
                    b[:k] = b"a" * k
                    self.left -= k
                    return k

            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            payload = io.BufferedReader(Letters())
            w.write_record(
                w.create_warc_record("http://x.id/big", "response", payload=payload, length=big, http_headers=hh)
            )
        for i in range(n):
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = io.BytesIO(PAGE.format(i=i).encode())
            w.write_record(w.create_warc_record(f"http://x.id/{i}", "response", payload=body, http_headers=hh))


def _items(path: Path) -> tuple[list[dict], list[str]]:
    good, bad = [], []
    for it in iter_paths([str(path)]):
        (bad.append(it.error) if it.error else good.append(it.record))
    return good, bad


@pytest.mark.parametrize("delta", [400, -50])
def test_warc_wrong_content_length_keeps_later_records(tmp_path: Path, delta: int) -> None:
    pytest.importorskip("warcio")
    src = tmp_path / "good.warc"
    _warc(src)
    data = src.read_bytes()
    starts = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)]
    rec = data[starts[2] : starts[3]]
    cl = re.search(rb"Content-Length: (\d+)", rec)
    assert cl
    rec = rec.replace(cl.group(0), b"Content-Length: %d" % (int(cl.group(1)) + delta), 1)
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[: starts[2]] + rec + data[starts[3] :])
    good, errors = _items(bad)
    assert [r["url"] for r in good] == ["http://x.id/0", "http://x.id/1", "http://x.id/3", "http://x.id/4"]
    assert len(errors) == 1 and "wrong Content-Length" in errors[0]
    out = warta("read", str(bad), "--layers", "clean")
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 5  # four records and one error record
    assert b"Traceback" not in out.stderr


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_the_records_before(tmp_path: Path, gz: bool) -> None:
    pytest.importorskip("warcio")
    src = tmp_path / ("t.warc.gz" if gz else "t.warc")
    _warc(src, gz=gz)
    data = src.read_bytes()
    src.write_bytes(data[: len(data) - 200])
    good, errors = _items(src)
    assert [r["url"] for r in good] == [f"http://x.id/{i}" for i in range(4)]
    assert len(errors) == 1 and "truncated" in errors[0]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)")
def test_gzip_bomb_warc_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """A ~200 KB .warc.gz holding a 200 MB page: the page is refused, read through without
    being held, and the pages after it kept."""
    pytest.importorskip("warcio")
    src = tmp_path / "bomb.warc.gz"
    _warc(src, n=2, gz=True, big=200_000_000)
    assert src.stat().st_size < 2_000_000
    # VmHWM, not ru_maxrss: the latter keeps the forking parent's peak across exec
    code = (
        "import re; from warta.sources import iter_paths;"
        f"items = list(iter_paths([{str(src)!r}]));"
        "hwm = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1));"
        "print(sum(1 for i in items if i.record), sum(1 for i in items if i.error), hwm // 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    n_good, n_bad, peak_mb = (int(x) for x in out.stdout.split())
    assert (n_good, n_bad) == (2, 1)
    assert peak_mb < 150, f"peak memory {peak_mb} MB while skipping a 200 MB record"


def test_oversized_jsonl_line_and_files_are_refused_unread(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "a" * (MAX_RECORD_BYTES + 10)})
    src.write_text(
        "\n".join(
            [json.dumps({"id": "a", "text": TEXT.format(i=1)}), huge, json.dumps({"id": "b", "text": TEXT.format(i=2)})]
        )
        + "\n",
        encoding="utf-8",
    )
    good, errors = _items(src)
    assert [r["id"] for r in good] == ["a", "b"]
    assert len(errors) == 1 and "too large" in errors[0]
    big_txt = tmp_path / "big.txt"
    with big_txt.open("wb") as f:
        f.truncate(MAX_RECORD_BYTES + 1)  # sparse: no disk, no read
    good, errors = _items(big_txt)
    assert not good and "too large" in errors[0]


def test_lone_surrogates_nul_and_deep_nesting_in_jsonl(tmp_path: Path) -> None:
    """A lone surrogate (valid JSON, unencodable text) is repaired; NUL and control characters
    are read; nesting too deep for the parser is one bad line; the rest of the batch is kept."""
    src = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "s1", "text": TEXT.format(i=1)[:40] + "\ud800" + TEXT.format(i=1)[40:]}),
        json.dumps({"id": "n1", "text": TEXT.format(i=2) + "\x00\x01\x1b[31m"}),
        "[" * 200_000 + "]" * 200_000,
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "\udcff", "text": TEXT.format(i=3)}),
        json.dumps({"id": "ok", "text": TEXT.format(i=4)}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    out = warta("read", str(src), "--layers", "clean,entities")
    assert out.returncode == 1, out.stderr
    assert b"Traceback" not in out.stderr
    recs = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r.get("id") for r in recs if "error" not in r] == ["s1", "n1", "\ufffd", "ok"]
    assert sum(1 for r in recs if "error" in r) == 2
    assert all("nested too deeply" in r["error"] or "invalid JSON" in r["error"] for r in recs if "error" in r)


def test_standard_input_beyond_one_record_is_streamed_as_json_lines() -> None:
    line = json.dumps({"id": "x", "text": TEXT.format(i=1) + " " + "kata " * 2000}).encode() + b"\n"
    n = MAX_RECORD_BYTES // len(line) + 50
    items = iter_stream(io.BytesIO(line * n))
    first = next(items)
    assert first.record and first.record["id"] == "x"
    assert sum(1 for _ in items) + 1 == n
    bad = list(iter_stream(io.BytesIO(b"a" * (MAX_RECORD_BYTES + 5))))
    assert len(bad) == 1 and "too large" in (bad[0].error or "")


def test_broken_csv_rows_and_encoding(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    src.write_bytes(
        b"id,text\n" + f"a,{TEXT.format(i=1)}\n".encode() + b'b,"unterminated\n' + f"c,{TEXT.format(i=2)}\n".encode()
    )
    good, errors = _items(src)
    assert good and good[0]["id"] == "a"
    latin = tmp_path / "l.csv"
    latin.write_bytes(b"id,text\n" + f"a,{TEXT.format(i=1)}\n".encode() + b"b,caf\xe9 \xff\n")
    good, errors = _items(latin)
    assert [r["id"] for r in good] == ["a"] and "UTF-8" in errors[0]


def test_gzip_module_truncation_is_an_error_not_a_crash(tmp_path: Path) -> None:
    src = tmp_path / "garbage.warc.gz"
    src.write_bytes(gzip.compress(b"WARC/1.0\r\nContent-Length: 99999\r\n\r\nshort")[:-6])
    good, errors = _items(src)
    assert not good and errors
