"""The ``warta events`` command and the events in ``warta read --format text``."""

import json
import subprocess
import sys
from pathlib import Path


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin, capture_output=True, timeout=300)


def test_events_example_lists_arrows() -> None:
    out = warta("events", "--example")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert lines[0] == "# liputan6_kim_putin"
    assert "Vladimir Putin —AID→ Kim Jong Un (memberikan)  [gift]" in lines
    assert "Kim Jong Un —AGREE→ Vladimir Putin (mengundang)" in lines


def test_events_jsonl_type_filter_and_text_view(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "Polres Metro Bekasi menangkap Andi Saputra pada Senin (13/10/2025). KPK memeriksa Budi Santoso.",
        encoding="utf-8",
    )
    out = warta("events", str(src), "--format", "jsonl", "--type", "coerce")
    assert out.returncode == 0, out.stderr
    recs = [json.loads(ln) for ln in out.stdout.decode().splitlines()]
    assert [(r["type"], r["actor"], r["recipient"], r["date"]) for r in recs] == [
        ("COERCE", "Polres Metro Bekasi", "Andi Saputra", "2025-10-13")
    ]
    text = warta("read", str(src), "--format", "text").stdout.decode()
    assert "Polres Metro Bekasi —COERCE→ Andi Saputra (menangkap)" in text


def test_events_corpus_mode_and_stats(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rec = {
        "id": "x1",
        "text": "Polisi menangkap Andi Saputra di Bekasi, Senin (13/10/2025).",
        "published": "2025-10-14",
    }
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert warta("ingest", str(src), "--db", db).returncode == 0
    out = warta("events", "--db", db, "--format", "tsv")
    assert out.returncode == 0, out.stderr
    rows = [ln.split("\t") for ln in out.stdout.decode().splitlines()]
    assert rows[1][1] == "20251013" and rows[1][6] == "COERCE"
    stats = warta("stats", "--db", db).stdout.decode()
    assert "events 1 by type:" in stats and "COERCE" in stats
    assert warta("events", "--db", db, "--type", "PROTEST").stdout == b""
    assert warta("events").returncode == 2


def test_articles_stored_before_events_were_kept_are_named(tmp_path: Path) -> None:
    """A store from before the events table (schema 4) holds articles without events rows; the
    listing said only '0 events', which reads as 'nothing happened'."""
    import sqlite3

    src = tmp_path / "in.jsonl"
    texts = ["Polisi menangkap Andi Saputra di Bekasi, Senin (13/10/2025).", "Warga Bogor berunjuk rasa di balai kota."]
    src.write_text("".join(json.dumps({"id": f"x{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    db = str(tmp_path / "c.db")
    assert warta("ingest", str(src), "--db", db).returncode == 0
    assert b"from before events" not in warta("events", "--db", db).stderr
    with sqlite3.connect(db) as conn:  # as a schema 3 store migrated on opening leaves it
        conn.execute("UPDATE articles SET ingested_at = '2025-01-01T00:00:00Z'")
        conn.execute("DELETE FROM events")
    for extra in ([], ["--counts"], ["--format", "jsonl"]):
        err = warta("events", "--db", db, *extra).stderr.decode()
        assert "2 articles were stored by a Warta from before events were kept" in err, err
