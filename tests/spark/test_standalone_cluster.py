"""The cluster recipe of the README: a standalone master and one worker on 127.0.0.1, Warta
shipped as a zip with ``--py-files``, ``spark-submit warta/spark/__main__.py read …``.
Bounded: every wait has a deadline and teardown stops both daemons by their process ids.
It runs in CI (``CI`` set, as .ci/run has it) or with ``WARTA_SPARK_CLUSTER=1``; a developer's
quick run skips it (it starts three JVMs)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import warta


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spark_bin(name: str) -> str:
    pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed; cluster test skipped")
    path = Path(pyspark.__file__).parent / "bin" / name
    if not path.exists():
        pytest.skip(f"{path} not found; cluster test skipped")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java on this machine; cluster test skipped")
    return str(path)


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_LOG_DIR": str(tmp / "logs"),
        "SPARK_WORKER_DIR": str(tmp / "work"),
        "PYSPARK_PYTHON": sys.executable,
    }


def _stop(p: subprocess.Popen[bytes]) -> None:
    if p.poll() is None:
        os.killpg(p.pid, signal.SIGTERM)  # its own process group, started by this test
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(5)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not (os.environ.get("CI") or os.environ.get("WARTA_SPARK_CLUSTER")):
        pytest.skip("standalone-cluster test runs in CI or with WARTA_SPARK_CLUSTER=1")
    spark_class = _spark_bin("spark-class")
    tmp = tmp_path_factory.mktemp("cluster")
    env = _env(tmp)
    port, ui, wui = _free_port(), _free_port(), _free_port()
    url = f"spark://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []
    log = (tmp / "daemons.log").open("wb")
    try:
        procs.append(
            subprocess.Popen(
                [spark_class, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1"]
                + ["--port", str(port), "--webui-port", str(ui)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
        procs.append(
            subprocess.Popen(
                [spark_class, "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1"]
                + ["--cores", "2", "--memory", "2g", "--webui-port", str(wui), "--work-dir", str(tmp / "work")],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
        deadline = time.monotonic() + 90
        alive = 0
        while time.monotonic() < deadline and not alive:
            time.sleep(1)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{ui}/json/", timeout=2) as r:
                    alive = int(json.load(r).get("aliveworkers", 0))
            except OSError:
                pass
            if any(p.poll() is not None for p in procs):
                break
        if not alive:
            pytest.fail("standalone master/worker did not come up:\n" + (tmp / "daemons.log").read_text()[-3000:])
        yield {"url": url, "tmp": tmp, "env": env}
    finally:
        for p in reversed(procs):
            _stop(p)
        log.close()


def test_spark_submit_on_a_standalone_cluster(cluster: dict[str, Any], detik: list[dict[str, Any]]) -> None:
    tmp: Path = cluster["tmp"]
    root = Path(warta.__file__).parent
    pkg = tmp / "warta.zip"
    with zipfile.ZipFile(pkg, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(root.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                z.write(f, "warta/" + f.relative_to(root).as_posix())
    main = tmp / "warta_spark.py"
    main.write_bytes((root / "spark" / "__main__.py").read_bytes())
    sample = detik[:3]
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    out = tmp / "out"
    cmd = [_spark_bin("spark-submit"), "--master", cluster["url"], "--py-files", str(pkg)]
    cmd += ["--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"]
    cmd += ["--conf", "spark.ui.enabled=false", "--conf", f"spark.pyspark.python={sys.executable}"]
    cmd += ["--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2"]
    cmd += [str(main), "read", str(src), str(out), "--format", "jsonl", "--exclude", "summary,tone,themes"]
    done = subprocess.run(cmd, env=cluster["env"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [json.loads(line) for f in sorted(out.glob("part-*.json")) for line in f.read_text().splitlines()]
    assert sorted(r["source_id"] for r in rows) == sorted(r["id"] for r in sample)
    for rec in sample:
        row = next(r for r in rows if r["source_id"] == rec["id"])
        assert row.get("error") is None
        want = warta.read(rec, exclude=["summary", "tone", "themes"]).to_dict()
        assert json.loads(row["record"]) == json.loads(json.dumps(want, ensure_ascii=False))
    # the work ran in the worker's executor, not in the driver
    assert list((tmp / "work").glob("app-*/*/stderr")), "no executor ran on the worker"
