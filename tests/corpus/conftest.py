"""Fixtures for the corpus tests: every store test runs on SQLite and on a real PostgreSQL.

The PostgreSQL server is started once per session in a temporary folder (see pgserver.py);
when the server binaries are missing the PostgreSQL half is skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("WARTA_SHARED", HERE.parents[1].parent / "shared"))
DETIK = SHARED / "data" / "news" / "detik_2025.jsonl"


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"warta_corpus_tests_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


pgserver = _load("pgserver")
sys.path.insert(0, str(HERE))  # lets the test files import corpus_testdata


@pytest.fixture(scope="session")
def pg() -> Iterator[Any]:
    if pgserver.find_bin() is None:
        pytest.skip("PostgreSQL server binaries not found (run scripts/install_postgres.sh); PostgreSQL tests skipped")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed; PostgreSQL tests skipped")
    server = pgserver.PgServer()
    try:
        server.start()
    except RuntimeError as e:
        server.stop()
        pytest.skip(f"could not start a throwaway PostgreSQL server: {e}")
    # a migrated template: CREATE DATABASE … TEMPLATE is much faster than running the DDL per test
    from warta.corpus.store import Store

    Store(server.create_db("warta_template")).close()
    server.template = "warta_template"
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty corpus location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    server = request.getfixturevalue("pg")
    return server.create_db(template=server.template)


@pytest.fixture(scope="session")
def detik_records() -> list[dict[str, Any]]:
    if not DETIK.exists():
        pytest.skip(f"shared data {DETIK} not found; tests that need real articles are skipped")
    with DETIK.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(params=["sqlite", "postgres"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all (for migration tests)."""
    if request.param == "sqlite":
        return str(tmp_path / "empty.db")
    return request.getfixturevalue("pg").create_db()
