"""Round 31 (events parties): an existential opening takes its adverb with it. `Ada pula X yang …`,
`Ada lagi X ditangkap …` introduce X; `ada` was stripped from the party but the `pula`/`lagi` after it
stayed (`pula tukang gigi`, `lagi ibu-ibu`): both are now leads of the subject (words.json
`subject_lead_strip`). Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_ada_lagi_before_a_passive_subject() -> None:
    text = (
        "Polisi Hutan menangkap sejumlah warga di kawasan hutan lindung Gunung Kidul. "
        "Ada lagi ibu-ibu ditangkap polisi karena menebang pohon jati."
    )
    _, recipient = parties(text, "COERCE", "ditangkap")
    assert recipient == "ibu-ibu"


def test_ada_pula_before_a_relative_clause() -> None:
    text = (
        "Banyak warga membantu korban banjir di Bekasi. "
        "Ada pula relawan yang menyalurkan bantuan sembako kepada para pengungsi."
    )
    actor, _ = parties(text, "AID", "menyalurkan bantuan")
    assert actor == "relawan"
