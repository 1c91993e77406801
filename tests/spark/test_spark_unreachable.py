"""A remote path Hadoop cannot reach is the user's input, and gets one line.

`warta spark read hdfs://nohost…/x.jsonl OUT` (a host mistyped, a cluster down) ended in a
Python traceback through py4j with the Java exception at its bottom, exit 1, as if warta had
crashed. It now says `warta: error: Spark could not read: java.net.UnknownHostException: …`,
exit 2, as the other refusals of `warta spark` do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.cli import main


@pytest.mark.parametrize("step", ["read", "load"])
def test_an_unknown_host_is_one_clear_error(
    step: str, spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remote = "hdfs://nohost.invalid:8020/berita"
    args = [remote + "/x.jsonl", str(tmp_path / "out")] if step == "read" else [remote, "--db", str(tmp_path / "c.db")]
    assert main(["spark", step, *args]) == 2
    err = capsys.readouterr().err
    assert "warta: error: Spark could not " + step in err and "UnknownHostException: nohost.invalid" in err, err
    assert "Traceback" not in err and "\tat " not in err, err
