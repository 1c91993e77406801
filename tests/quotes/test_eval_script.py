"""scripts/eval_quotes.py: reads each input as `warta read` does, scores it with score.py and pools
the sets; it names the sets it may read and refuses any other (the untouched ones among them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_quotes.py"


def test_eval_quotes_on_the_shared_example(shared: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    spec = importlib.util.spec_from_file_location("warta_eval_quotes", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(sys, "argv", ["eval_quotes.py", str(tmp_path), "examples"])
    mod.main()
    out = capsys.readouterr().out
    assert "examples" in out and "POOL other outlets" in out
    scores = (tmp_path / "examples.score.json").read_text(encoding="utf-8")
    assert '"quotes_end_to_end"' in scores
    assert list((tmp_path / "examples").glob("*.json"))


def test_eval_quotes_refuses_an_unknown_set(tmp_path: Path, monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("warta_eval_quotes", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(sys, "argv", ["eval_quotes.py", str(tmp_path), "heldout2"])
    with pytest.raises(SystemExit, match="unknown set"):
        mod.main()
