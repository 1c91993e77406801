"""Round 40 (issue #12): the detector's trainer reads a blind annotation of pool articles as
training examples (notes/blind39_*.tsv), each event's opening words pointing to its sentence."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_detector import _trainer  # noqa: E402  (the trainer script loaded by path)

TEXT = (
    "Polres Bekasi menangkap Budi Santoso di rumahnya, Senin (3/11). "
    "Polisi tidak menahan istri tersangka. "
    "Penyidik akan memanggil dua saksi pekan depan."
)


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
