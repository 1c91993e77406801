"""Round 32, roles: shapes seen on the unannotated pool. A description given before a person's
initials or name keeps naming them when `itu`/`tersebut`, `diketahui` or `dengan inisial` stands
between (`Sopir truk itu diketahui berinisial AR`). Own sentences in the style of detik and
the outlets whose pages showed them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sopir truk itu diketahui berinisial DS (41), warga Kabupaten Garut.",
            "DS",
            "Sopir truk",
        ),
        (
            "Seorang mahasiswa dengan inisial RK (21) ditemukan lemas di kamar kosnya.",
            "RK",
            "mahasiswa",
        ),
        (
            "Pedagang sayur tersebut berinisial WN, ia mengaku sudah berjualan sejak subuh.",
            "WN",
            "Pedagang sayur",
        ),
    ],
)
def test_description_before_initials_across_a_filler(text: str, name: str, role: str) -> None:
    assert person_roles(text).get(name) == role


def test_relation_before_a_name_still_no_post() -> None:
    """`memiliki anak bernama Budi`: a relation, still no post when `itu` stands between."""
    assert person_roles("Pasangan itu memiliki anak itu bernama Budi Santoso.").get("Budi Santoso") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'PT Selaras meluncurkan ponsel baru, Selasa (3/10). "Pasar ponsel murah masih tumbuh," ujar '
            "Marketing Director Selaras Niko Prasetya.",
            "Niko Prasetya",
            "Marketing Director Selaras",
        ),
        (
            "Gita Maharani, Associate Country Manager Tokoku Indonesia, ikut hadir dalam peluncuran itu.",
            "Gita Maharani",
            "Associate Country Manager Tokoku Indonesia",
        ),
    ],
)
def test_english_post_keeps_its_department_or_standing(text: str, name: str, role: str) -> None:
    """`Marketing Director X`, `Associate Country Manager X`: the word before the English title is
    part of the post, not a word to skip (other outlets and tech sites write posts in English)."""
    assert person_roles(text).get(name) == role


def test_visiting_professor_is_no_person() -> None:
    """`Visiting Professor pada …` after a name is a post, not a second person."""
    people = person_roles("Hendra Wijaya, Visiting Professor pada Leiden Institute, memuji acara itu.")
    assert "Visiting Professor" not in people
