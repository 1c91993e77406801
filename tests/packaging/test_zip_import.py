"""Warta runs from a zip (``spark-submit --py-files``): every data and model file is read through
importlib.resources, never ``Path(__file__)``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import warta

SCRIPT = """
import json, sys, warta
from warta.cli.read import example_record
assert ".zip" in warta.__file__, warta.__file__
print(json.dumps(warta.read(example_record()).to_dict(), sort_keys=True))
"""


def _zip_package(dest: Path) -> Path:
    root = Path(warta.__file__).parent
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(root.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                z.write(f, "warta/" + f.relative_to(root).as_posix())
    return dest


def test_package_reads_from_a_zip(tmp_path: Path) -> None:
    from warta.cli.read import example_record

    zpath = _zip_package(tmp_path / "warta.zip")
    env = {**os.environ, "PYTHONPATH": str(zpath)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    rec = json.loads(out.stdout)
    assert rec == json.loads(json.dumps(warta.read(example_record()).to_dict(), sort_keys=True))
    # the layers that read shipped data did their work from the zip
    assert rec["entities"] and rec["quotes"]
    assert any(e.get("country") for e in rec["entities"])


def test_no_module_reads_data_through_file_paths() -> None:
    root = Path(warta.__file__).parent
    offenders = [
        str(p.relative_to(root)) for p in root.rglob("*.py") if "Path(__file__)" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
