"""Round 21 (found on unannotated detik articles): a letter folded from mojibake inside a name
(`AntÃ³nio`, `FranÃ§ois`) leaves a joiner in the middle of the word; the name is still one word,
not cut at the joiner (`Antó` and `nio`). Sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Sekjen PBB AntÃ³nio Guterres memuji misi itu. "Kami berterima kasih," tulis Guterres.', "António Guterres"),
        ("Presiden Prancis mengundang pendahulunya, FranÃ§ois Hollande, ke Istana Ã‰lysÃ©e.", "François Hollande"),
        ("Pelatih asal Portugal JosÃ© Mourinho tiba di Jakarta, Senin (3/11/2025).", "José Mourinho"),
    ],
)
def test_a_folded_letter_inside_a_name_keeps_the_name_whole(text: str, name: str) -> None:
    people = [e.canonical for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"]
    assert name in people
