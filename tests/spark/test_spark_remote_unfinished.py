"""`warta spark dedup`/`load` refuse an unfinished or missing folder on a remote file system too.

The check for Spark's ``_SUCCESS`` marker (a `spark read` stopped before it finished leaves some
part files, or none) looked at local folders only: given ``hdfs://…`` or ``s3a://…``, `load`
stored the part files that were there, or nothing, and said 'loaded N new articles', exit 0, as
if the corpus were whole. A user of a cluster path expects the same refusal as on a laptop.

The remote file system here is Hadoop's ``viewfs://``, mounted on a local folder, so the test
needs no cluster: the path is one Warta cannot open itself, only through Hadoop."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from warta.cli import main


def _mount(spark: Any, folder: Path) -> str:
    """A viewfs:// URL (a fresh mount table, so no cached file system) for ``folder``."""
    table = f"warta{uuid.uuid4().hex[:8]}"
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    conf.set(f"fs.viewfs.mounttable.{table}.link./data", folder.as_uri())
    return f"viewfs://{table}/data"


@pytest.mark.parametrize("step", ["load", "dedup"])
def test_an_unfinished_remote_folder_is_not_read(
    step: str, spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "artikel"
    (out / "_temporary" / "0").mkdir(parents=True)
    (out / "part-00000-x.snappy.parquet").write_bytes(b"PAR1")
    remote = _mount(spark, tmp_path) + "/artikel"
    rest = ["--db", str(tmp_path / "c.db")] if step == "load" else [str(tmp_path / "kelompok")]
    assert main(["spark", step, remote, *rest]) == 2
    err = capsys.readouterr().err
    assert "not finished" in err and "_SUCCESS" in err, err
    assert not (tmp_path / "c.db").exists() and not (tmp_path / "kelompok").exists()


def test_a_missing_remote_folder_is_named(spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remote = _mount(spark, tmp_path) + "/tidak-ada"
    assert main(["spark", "load", remote, "--db", str(tmp_path / "c.db")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "c.db").exists()
