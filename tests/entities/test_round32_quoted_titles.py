"""Round 32: the title of a film, a song or a book in quotes after a word that announces it
(`film ' Susah Sinyal '`, `berjudul "Madilog"`, a list of quoted titles) is no person, body or
place (GUIDELINES counts no works). Sentences written for the tests, in CNN Indonesia's and
IndoSum's spaced style."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_film_title_in_spaced_quotes_is_no_entity() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Komika Bintang Emon menjadi konsultan komedi dalam film ' Ngeri Ngeri Sedap ' "
        "arahan Bene Dion, yang tayang sejak 2 Juni lalu.\n\n"
        "Di film ' Ngeri Ngeri Sedap ', pria kelahiran Jakarta itu ingin memberikan komedi yang segar."
    )
    names = _names(text)
    assert "Ngeri Ngeri Sedap" not in names
    assert names.get("Bene Dion") == "PER"


def test_listed_titles_after_one_announced_are_no_entities() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Steven Spielberg dikenal lewat film-film laris seperti ' Jaws ', "
        "' Jurassic Park ', dan ' Schindler List '. Sutradara itu kini berusia 70 tahun."
    )
    names = _names(text)
    assert "Jurassic Park" not in names and "Jaws" not in names
    assert names.get("Steven Spielberg") == "PER"


def test_a_place_inside_a_song_title_is_no_place_named() -> None:
    text = 'Penyanyi Raisa merilis single terbarunya "Bandung Lautan Cinta" pada Jumat (1/9). Lagu itu ditulis bersama Andi Rianto.'
    names = _names(text)
    assert "Bandung" not in names
    assert names.get("Andi Rianto") == "PER"


def test_quoted_bodies_without_a_cue_stay() -> None:
    text = (
        'Menurut laporan harian "Kompas", Kementerian Keuangan menunda pencairan dana itu hingga Senin (4/12). '
        'Organisasi nirlaba "Yayasan Lembaga Bantuan Hukum Indonesia" melaporkan kasus itu ke Komnas HAM.'
    )
    names = _names(text)
    assert names.get("Kompas") == "ORG"
    assert names.get("Yayasan Lembaga Bantuan Hukum Indonesia") == "ORG"


def test_a_title_after_bertajuk_without_quotes_names_no_place() -> None:
    text = (
        "Pemerintah menggelar program bertajuk Indonesia Hadir untuk Negeri di Boyolali, Jawa Tengah. "
        "Kegiatan ini melibatkan relawan."
    )
    names = _names(text)
    assert "Indonesia" not in names
    assert names.get("Boyolali") == "LOC"
