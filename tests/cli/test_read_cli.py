"""The ``warta read`` command: formats, batches, exit codes, error records."""

import json
import subprocess
import sys
from pathlib import Path


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin, capture_output=True, timeout=300)


def test_example_json() -> None:
    out = warta("read", "--example", "--layers", "clean")
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert rec["dateline"]["place"] == "Moskow"
    assert rec["headings"][0]["text"] == "Kim Jong Un Undang Putin ke Korea Utara"


def test_example_text_view() -> None:
    out = warta("read", "--example", "--format", "text", "--layers", "clean")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "dateline: Liputan6.com / Moskow" in text
    assert "## Kim Jong Un Undang Putin ke Korea Utara" in text
    assert "\033[" not in text  # no colour when not on a terminal


def test_jsonl_batch_with_broken_lines(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    good = {"id": "a", "text": "Jakarta - Harga beras naik lagi pekan ini menurut para pedagang di pasar."}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "title": "x"}),
        "[1, 2]",
        json.dumps(good | {"id": "d"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = warta("read", str(src), "--layers", "clean")
    assert out.returncode == 1
    recs = [json.loads(x) for x in out.stdout.decode().splitlines()]
    assert [r.get("id") for r in recs] == ["a", None, "b", "c", None, "d"]
    errors = [r for r in recs if "error" in r]
    assert len(errors) == 4
    assert all(r["origin"].startswith(str(src)) for r in errors)
    assert len(out.stderr.decode().strip().splitlines()) == 4


def test_binary_and_missing_files(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 20)
    out = warta("read", str(blob), str(tmp_path / "missing.txt"))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "not UTF-8" in err and "no such file" in err


def test_stdin_text_and_bad_usage() -> None:
    out = warta(
        "read", "-", "--layers", "clean", stdin=b"Jakarta - Polisi menangkap dua orang pencuri motor di Bekasi."
    )
    assert out.returncode == 0
    assert json.loads(out.stdout)["dateline"]["place"] == "Jakarta"
    assert warta("read").returncode == 2
    assert warta("read", "--format", "xml", "--example").returncode == 2


def test_html_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(
        f"<p>Paragraf ke-{i} berisi berita tentang harga beras yang naik di pasar induk Jakarta hari ini.</p>"
        for i in range(6)
    )
    page.write_text(
        f"<html><head><title>Harga Beras Naik</title></head><body><nav>Menu Home</nav><article><h1>Harga Beras Naik</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    out = warta("read", str(page), "--layers", "clean")
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert "Paragraf ke-3" in rec["body"]
    assert rec["title"] == "Harga Beras Naik"
