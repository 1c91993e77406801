"""Round 24 (issue #16): entity classes found on the opened blind sets of round 23 and confirmed on the
mining pool, each tested on sentences written for its shape."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import read_tagged  # noqa: E402


def _entities(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities", "places"])
    return {e.canonical: (e.label, e.role, e.country) for e in art.entities}


def _by_mention(text: str, word: str) -> tuple[str, str | None]:
    """(label, role) of the entity one of whose mentions holds ``word``."""
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    found = [e for e in art.entities if any(word in m.text for m in e.mentions)]
    assert found, [e.canonical for e in art.entities]
    return found[0].label, found[0].role


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        (
            # a town's office, then `Ratu` opening the holder's name (no queen holds a town's office)
            "Palembang - Wali Kota Palembang Ratu Dewa meresmikan pasar baru di Kecamatan Ilir "
            "Barat, Senin (20/10/2025). Dewa meminta pedagang menjaga kebersihan.",
            "Dewa",
            "Wali Kota Palembang",
        ),
        (
            # the post set off by a comma before `Ratu`
            "Jakarta - Jadwal liga kembali diubah. Sekretaris Jenderal PSSI, Ratu Tisha Destria, "
            "mengatakan perubahan itu sudah disepakati klub.",
            "Tisha",
            "Sekretaris Jenderal PSSI",
        ),
        (
            # `Raja` after a regency's office
            "Medan - Bupati Samosir Raja Sitanggang meninjau jalan yang longsor, Selasa (21/10/2025). "
            "Sitanggang meminta warga waspada.",
            "Sitanggang",
            "Bupati Samosir",
        ),
    ],
)
def test_name_title_after_a_post_opens_the_name(text: str, word: str, role: str) -> None:
    assert _by_mention(text, word) == ("PER", role)


def test_a_king_keeps_his_title() -> None:
    # `Raja` alone before a foreign king's name is still his title
    text = "Riyadh - Raja Salman menerima kunjungan Presiden Prancis di Riyadh, Senin (20/10/2025)."
    assert _by_mention(text, "Salman") == ("PER", "Raja")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jombang - Ratusan santri mengikuti seminar di Pondok Pesantren Darul Falah, Jombang, Jumat (17/10/2025).",
            "Pondok Pesantren Darul Falah",
        ),
        (
            "Wonogiri - Peresmian gedung itu dihadiri pengasuh dan santri Ponpes Nurul Huda, Selasa (21/10/2025).",
            "Ponpes Nurul Huda",
        ),
    ],
)
def test_a_pesantren_is_a_place_at_home(text: str, name: str) -> None:
    # gold labels an Islamic boarding school a site (LOC) in the country, as a mosque is
    assert _entities(text)[name] == ("LOC", None, "ID")


def test_ponpes_and_its_full_name_are_one_place() -> None:
    text = (
        "Sidoarjo - Pembangunan Pondok Pesantren Al Hikam memakai dana hibah. Santri Ponpes Al Hikam "
        "dievakuasi ke gedung sekolah terdekat."
    )
    places = [c for c, (label, _r, _c) in _entities(text).items() if "Hikam" in c]
    assert places == ["Pondok Pesantren Al Hikam"]


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            # a tournament named after the country it is held in names no place
            "Jakarta - Ganda campuran Indonesia melaju ke semifinal Denmark Terbuka 2025 setelah "
            "menang dua gim langsung, Jumat (17/10/2025).",
            "Denmark",
            "Indonesia",
        ),
        (
            "Jakarta - Petenis itu mundur dari Jepang Open pekan lalu karena cedera bahu. Ia memilih "
            "pulang ke Spanyol untuk berobat.",
            "Jepang",
            "Spanyol",
        ),
    ],
)
def test_a_place_naming_a_tournament_is_no_place(text: str, gone: str, kept: str) -> None:
    found = _entities(text)
    assert gone not in found
    assert found[kept][0] == "LOC"


def test_a_place_named_also_as_a_place_stays() -> None:
    text = (
        "Jakarta - Tim bulu tangkis tiba di Malaysia, Senin (20/10/2025). Mereka akan tampil di "
        "Malaysia Masters mulai Rabu."
    )
    assert _entities(text)["Malaysia"] == ("LOC", None, "MY")


def test_a_town_written_alone_in_a_football_story_is_its_club() -> None:
    # `pelatih Mainz`, `dengan Freiburg`: one word, a big town abroad, in a story of a league
    text = (
        "Jakarta - Menjelang akhir Bundesliga musim ini, tim itu masih tertahan di zona merah "
        "klasemen. Klub yang ditangani pelatih Mainz itu sama poinnya dengan Freiburg yang baru "
        "mencetak satu gol dalam tiga laga."
    )
    found = {e.canonical: e.label for e in read_tagged(text, [("Mainz", "PER"), ("Freiburg", "PER")])}
    assert found["Mainz"] == "ORG"
    assert found["Freiburg"] == "ORG"


def test_a_town_after_kelahiran_is_a_place() -> None:
    # `pria kelahiran X`: where he was born, not a person nor a club
    text = (
        "Jakarta - Gelandang itu kembali ke klub lamanya di liga Jerman. Pria kelahiran Dortmund ini "
        "sempat mencetak 40 gol dalam 200 pertandingan."
    )
    found = {e.canonical: e.label for e in read_tagged(text, [("Dortmund", "PER")])}
    assert found["Dortmund"] == "LOC"


def test_a_one_word_person_outside_football_stays() -> None:
    # no football words: a one-word name that is also a town is left as the tagger read it
    text = "Jakarta - Penyanyi itu tampil bersama Kendall di konser amal, Sabtu (18/10/2025)."
    found = {e.canonical: e.label for e in read_tagged(text, [("Kendall", "PER")])}
    assert found["Kendall"] == "PER"
