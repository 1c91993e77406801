"""Round 28 (events parties): a protest told over several sentences is addressed to the party the story names
for it (eval/README.md, "Round 28, events"): every sentence of the protest with no one named carries the story's
one protest target, those before the target is named too; two targets are two protests and carry nothing.
Sentences written here in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def _recipients(text: str) -> dict[str, str | None]:
    return {trigger: recipient for trigger, _actor, recipient in acts(text, "PROTEST")}


def test_a_later_sentence_of_the_protest_carries_its_target() -> None:
    text = (
        "Ratusan buruh pabrik tekstil berunjuk rasa di depan kantor Dinas Tenaga Kerja Kabupaten Karawang, Rabu "
        "(5/11/2025). Massa membakar ban bekas dan membentangkan spanduk di tengah jalan."
    )
    assert _recipients(text)["membakar ban"] == "Dinas Tenaga Kerja Kabupaten Karawang"


def test_a_sentence_told_before_the_target_is_named_carries_it() -> None:
    text = (
        "Massa mahasiswa membakar ban bekas di Jalan Sudirman, Kota Medan, Senin (3/11/2025). Mereka kemudian "
        "berunjuk rasa di depan kantor DPRD Sumatera Utara menolak kenaikan tarif air."
    )
    assert _recipients(text)["membakar ban"] == "DPRD Sumatera Utara"


def test_two_targets_carry_nothing() -> None:
    text = (
        "Ratusan buruh berunjuk rasa di depan kantor Dinas Tenaga Kerja Kabupaten Karawang, Rabu (5/11/2025). "
        "Di tempat lain, puluhan petani berunjuk rasa di depan kantor Badan Pertanahan Nasional Kabupaten Bekasi. "
        "Massa membakar ban bekas di tengah jalan."
    )
    assert _recipients(text)["membakar ban"] is None
