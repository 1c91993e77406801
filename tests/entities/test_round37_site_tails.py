"""Round 37: an English site word closing a capitalised name (`Atlantis Beach`, `Immigration Lounge`,
data/heads.txt [loc_end]) makes it a site, a place by GUIDELINES, not a body; the tagger read such
names as bodies. Sentences written for the tests in the detik and IndoSum styles (the shapes come from
the unannotated pool)."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_beach_is_a_place() -> None:
    text = "Para wisatawan memadati Atlantis Beach di Bali selama libur panjang akhir pekan ini."
    assert _labels(text).get("Atlantis Beach") == "LOC"


def test_a_lounge_is_no_body() -> None:
    text = (
        "Capaian Ditjen Imigrasi antara lain implementasi Golden Visa dan pendirian Immigration Lounge "
        "sebagai simbol pelayanan premium berstandar internasional."
    )
    assert _labels(text).get("Immigration Lounge") != "ORG"
