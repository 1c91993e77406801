"""A post whose field is joined by `dan` to a field written as an acronym (`Menteri Hukum dan HAM
Yasonna Laoly`): the capitalised run from the title goes on across the change of case, so the
person keeps the post; two names joined by `dan` stay apart."""

import pytest

import warta


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: (e.label, e.role) for e in art.entities}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Menteri Hukum dan HAM Rudi Santoso meresmikan gedung baru itu, Senin (20/10). "
            "Rudi berharap layanan makin cepat.",
            "Rudi Santoso",
            "Menteri Hukum dan HAM",
        ),
        (
            "Kepala Bidang Humas dan IT Polda Bali Ketut Sudarsana membenarkan laporan tersebut. "
            "Sudarsana menyebut pelaku sudah ditahan.",
            "Ketut Sudarsana",
            "Kepala Bidang Humas dan IT Polda Bali",
        ),
    ],
)
def test_field_acronym_keeps_the_post(text: str, name: str, role: str) -> None:
    ents = _entities(text)
    assert ents[name] == ("PER", role)


def test_name_and_body_stay_apart() -> None:
    ents = _entities("Menurut Presiden Jokowi dan DPR Senayan, aturan itu akan dibahas lagi pekan depan.")
    assert ents["Jokowi"] == ("PER", "Presiden")
    assert "Jokowi dan DPR Senayan" not in ents
