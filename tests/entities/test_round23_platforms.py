"""Round 23, second pass (found on the unannotated mining pool): a "place" the article writes only
after `di`/`ke` in a clause that downloads, installs or shows something on a phone (`unduh
aplikasi X di Play Store`, `bisa diunduh di Galaxy Store`) is the store or the platform, a product
that GUIDELINES counts as no entity; a place a list knows stays, and so does a name written
elsewhere outside such a clause. Sentences written for the tests; the tagger's spans are given."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _places(text: str, tagged: list[str]) -> set[str]:
    return {e.canonical for e in read_tagged(text, [(n, "LOC") for n in tagged]) if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga cukup mengunduh aplikasi Sapa Warga di Galaxy Store lalu mendaftar dengan NIK.", "Galaxy Store"),
        ("Gim itu kini bisa diunduh di Mobile Arcade Hub secara gratis.", "Mobile Arcade Hub"),
    ],
)
def test_a_store_in_a_download_clause_is_no_place(text: str, name: str) -> None:
    assert name not in _places(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place a list knows: people download things in towns too
        ("Ribuan warga mengunduh aplikasi antrean itu di Surabaya dalam sepekan.", "Surabaya"),
        # a name that opens with a word of a place
        (
            "Warga bisa mengunduh aplikasi itu di Kelurahan Sukamaju Hilir dengan bantuan petugas.",
            "Kelurahan Sukamaju Hilir",
        ),
        # the clause that downloads ends at the comma: the village is where the training is
        ("Setelah aplikasi dipasang, pelatihan digelar di Sukamaju Hilir pada Rabu.", "Sukamaju Hilir"),
    ],
)
def test_a_place_in_or_beside_such_a_clause_stays(text: str, name: str) -> None:
    assert name in _places(text, [name])
