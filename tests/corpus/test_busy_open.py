"""Opening a SQLite store while another process is switching it to WAL or rebuilding its index:
SQLite then says "database is locked" at once instead of waiting, and the open must retry."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import store as store_mod
from warta.corpus.store import Store


class _LockedOnce:
    """A connection whose first ``PRAGMA journal_mode`` and first schema read fail as busy."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.refused: list[str] = []

    def execute(self, sql: str, *args: Any) -> Any:
        for key in ("journal_mode", "schema_version"):
            if key in sql and key not in self.refused:
                self.refused.append(key)
                raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_open_retries_when_sqlite_answers_locked_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[_LockedOnce] = []
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> _LockedOnce:
        made.append(_LockedOnce(real_connect(*args, **kwargs)))
        return made[-1]

    monkeypatch.setattr(store_mod.sqlite3, "connect", connect)
    with Store(tmp_path / "c.db") as s:
        assert s.version() == store_mod.SCHEMA_VERSION
        assert s.scalar("PRAGMA journal_mode") == "wal"
    assert made[0].refused == ["journal_mode", "schema_version"]


def test_busy_retry_gives_up_after_the_timeout_and_passes_other_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "SQLITE_BUSY_SECONDS", 0.05)
    calls = []

    def always_locked() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store_mod._while_busy(always_locked)
    assert len(calls) > 1

    def broken() -> None:
        calls.append(2)
        raise sqlite3.OperationalError("no such table: x")

    calls.clear()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store_mod._while_busy(broken)
    assert calls == [2]
