"""Round 20: a person's name whose last word is also a title or a common word (`Hakim`, `Hari`)
is still a name where a post stands beside it; sentences written for the tests."""

from __future__ import annotations

import pytest

import warta


def _people(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ketua DPRD Kota Serang Lukman Hakim mengatakan rapat paripurna ditunda.", "Lukman Hakim", "Ketua DPRD"),
        (
            "Surat itu diterima langsung oleh Kepala Dinas Pendidikan Banten Arif Hakim di kantornya.",
            "Arif Hakim",
            "Kepala Dinas Pendidikan",
        ),
    ],
)
def test_a_titled_name_closing_with_a_title_word_is_a_person(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert role in (people[name] or "")


def test_a_title_word_alone_after_a_title_is_no_person() -> None:
    assert _people("Ketua Majelis Hakim menunda sidang hingga pekan depan.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rencana itu dijelaskan oleh Rina Hari, Direktur Utama PT Sinar Abadi, dalam rapat pemegang saham.",
            "Rina Hari",
        ),
        ("Hal itu disampaikan Dian Bintang, Kepala Dinas Pariwisata Kota Bogor, kepada wartawan.", "Dian Bintang"),
    ],
)
def test_a_name_closing_with_a_common_word_before_a_post_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_common_phrase_before_a_comma_and_a_post_is_no_person() -> None:
    assert "Hari Pahlawan" not in _people("Peringatan Hari Pahlawan, Ketua DPRD Bogor hadir di lokasi.")
