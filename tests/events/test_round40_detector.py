"""Round 40 (issue #12): the detector's trainer reads a blind annotation of pool articles as
training examples (notes/blind39_*.tsv), each event's opening words pointing to its sentence."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

TEXT = (
    "Polres Bekasi menangkap Budi Santoso di rumahnya, Senin (3/11). "
    "Polisi tidak menahan istri tersangka. "
    "Penyidik akan memanggil dua saksi pekan depan."
)


def _trainer():
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_event_detector.py"
    spec = importlib.util.spec_from_file_location("train_event_detector_r40", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_a_blind_annotation_becomes_training_examples(tmp_path):
    """The sentence the opening words point to becomes the gold text; an event whose opening words
    point nowhere is left out rather than guessed."""
    pool = tmp_path / "pool.jsonl"
    pool.write_text(json.dumps({"id": "x_1", "text": TEXT}) + "\n", encoding="utf-8")
    blind = tmp_path / "blind.tsv"
    blind.write_text(
        "# about: a test\nid\ttype\ttrigger\tactor\trecipient\tsure\tsentence\n"
        "x_1\tCOERCE\tmenangkap\tPolres Bekasi\tBudi Santoso\ty\tPolres Bekasi menangkap Budi\n"
        "x_1\tCOERCE\tmenahan\tPolisi\tistri\t?\tTidak ada kalimat seperti ini\n",
        encoding="utf-8",
    )
    got = _trainer().load_blind(blind, pool, None)
    assert len(got) == 1
    gold, art = got[0]
    assert [e["type"] for e in gold["events"]] == ["COERCE"]
    assert gold["events"][0]["text"].startswith("Polres Bekasi menangkap Budi Santoso")
    assert art.sentences
