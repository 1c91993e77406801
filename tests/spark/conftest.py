"""One SparkSession (local[2]) for every Spark test; skipped, saying why, without pyspark or Java."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("WARTA_SHARED", HERE.parents[1].parent / "shared"))
DETIK = SHARED / "data" / "news" / "detik_2025.jsonl"


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]'); Spark tests skipped")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java on this machine; Spark tests skipped")
    from warta.spark import jobs

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # loopback only
    s = jobs.session(
        "local[2]",
        app="warta-tests",
        conf={
            "spark.ui.enabled": "false",
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.sql.shuffle.partitions": "2",
            "spark.default.parallelism": "2",
            "spark.driver.memory": "1g",
            "spark.sql.adaptive.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
        },
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def detik() -> list[dict[str, Any]]:
    if not DETIK.exists():
        pytest.skip(f"shared data {DETIK} not found; Spark tests on real articles skipped")
    with DETIK.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """A throwaway PostgreSQL server (tests/corpus/pgserver.py), or None when it cannot run here."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("warta_spark_tests_pgserver", HERE.parent / "corpus" / "pgserver.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.find_bin() is None:
        yield None
        return
    try:
        import psycopg  # noqa: F401

        server = mod.PgServer()
        server.start()
    except Exception:  # noqa: BLE001 - the PostgreSQL half is skipped, the SQLite half still runs
        yield None
        return
    try:
        yield server
    finally:
        server.stop()
