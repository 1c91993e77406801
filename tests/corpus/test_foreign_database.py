"""``--db`` naming a SQLite database of another program (a tired user's typo, a shared data
folder) is refused with one line, and the database is left as it was: Warta added its forty
tables into it, even for a read-only command such as ``warta stats``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.store import StoreError


def _tables(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


def test_a_database_of_another_program_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app = tmp_path / "kasir.db"
    with sqlite3.connect(app) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
        conn.execute("INSERT INTO pelanggan (nama) VALUES ('Ani')")
    with pytest.raises(StoreError, match="not a Warta corpus"):
        Corpus(str(app))
    assert main(["stats", "--db", str(app)]) == 2
    err = capsys.readouterr().err
    assert "pelanggan" in err and err.count("\n") == 1
    assert _tables(app) == ["pelanggan"]


def test_an_empty_file_or_a_new_path_becomes_a_corpus(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.db"
    empty.write_bytes(b"")
    for db in (empty, tmp_path / "baru.db"):
        with Corpus(str(db)) as c:
            assert c.store.version() >= 6


def test_a_postgres_database_of_another_program_is_refused(pg: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The same on PostgreSQL: a database (its current schema) holding another program's tables
    is refused with one line naming them, and left as it was; Warta added its tables beside them.
    A database with no tables still becomes a corpus."""
    import psycopg

    url = pg.create_db()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE pelanggan (id serial PRIMARY KEY, nama text)")
        conn.execute("INSERT INTO pelanggan (nama) VALUES ('Ani')")
    with pytest.raises(StoreError, match="not a Warta corpus"):
        Corpus(url)
    assert main(["stats", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "pelanggan" in err and err.count("\n") == 1
    with psycopg.connect(url) as conn:
        names = [
            r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        ]
    assert names == ["pelanggan"]
    fresh = pg.create_db()
    with Corpus(fresh) as c:
        assert c.store.version() >= 6
