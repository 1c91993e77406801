"""Round 22 (found on the unannotated mining pool): capitalised words closed by an abstract noun
(`Risk Assessment`, `Water Use Efficiency`, `Penyandang Disabilitas`), or that the article also
writes in lower case (`diabetes melitus`), name a concept, a measure or a programme, not a person, though the tagger reads them as one. Sentences written for the tests;
the tagger's person spans are given, as it reads them in longer articles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _people(text: str, tagged: list[str]) -> set[str]:
    return {e.canonical for e in read_tagged(text, [(n, "PER") for n in tagged]) if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pusat data itu mencatat angka Water Use Efficiency (WUE) terendah di kawasan tersebut.",
            "Water Use Efficiency",
        ),
        ("Bank sentral menahan suku bunga Deposit Facility di level 4,5 persen.", "Deposit Facility"),
        (
            "Penelitian ini memakai uji Confirmatory Factor Analysis untuk menguji model.",
            "Confirmatory Factor Analysis",
        ),
        ("Pemkot membuka lowongan khusus bagi Penyandang Disabilitas tahun ini.", "Penyandang Disabilitas"),
        (
            "Partai itu mengusulkan sistem Moderate List Proportional Representation sebagai jalan tengah.",
            "Moderate List Proportional Representation",
        ),
    ],
)
def test_a_run_closed_by_an_abstract_noun_is_no_person(text: str, name: str) -> None:
    assert name not in _people(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Batak surname ends like an English noun
        ("Rapat itu dipimpin Bobby Nasution di Medan, Senin (3/11/2025).", "Bobby Nasution"),
        # a known given name keeps the person
        ("Eric Hartness hadir dalam peluncuran gim itu di Tokyo.", "Eric Hartness"),
    ],
)
def test_a_name_ending_like_a_noun_stays_a_person(text: str, name: str) -> None:
    assert name in _people(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dinas Kesehatan menekan penyakit kronis, khususnya Hipotensi Ortostatik dan asma. Penderita "
            "hipotensi ortostatik diminta rutin memeriksakan diri.",
            "Hipotensi Ortostatik",
        ),
        (
            "Konser itu batal. Promotor menjelaskan, promotor tetap mengembalikan uang tiket penonton.",
            "Promotor",
        ),
    ],
)
def test_a_name_also_written_in_lower_case_is_no_person(text: str, name: str) -> None:
    assert name not in _people(text, [name])


def test_a_name_written_in_lower_case_in_a_post_stays_a_person() -> None:
    text = (
        "Aiptu Darsono Wibisana dipuji warganet setelah menolong pengendara.\n"
        '"@humaspolda selamat bpk darsono wibisana atas penghargaannya," tulis akun itu.'
    )
    assert "Darsono Wibisana" in _people(text, ["Darsono Wibisana"])
