"""Round 35: `lembaga` with a word that says what kind (`lembaga riset`, `lembaga survei`, `lembaga
independen`) names a body the way `perusahaan teknologi` does; the body's name may hold an ampersand
(`Ernst & Young`); a religion after the noun (`lembaga pendidikan Kristen`) names a kind of school,
not a body, and `Lembaga` as the first word of a written-out name is that name's. Sentences written
for the tests in detik's and Suara's styles."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_research_body_after_lembaga_riset_is_a_body() -> None:
    text = (
        "Lembaga riset independen Cakrawala Data merilis hasil evaluasi kinerja pemerintah daerah selama "
        "satu tahun. Survei dilakukan pada awal September hingga pertengahan Oktober dengan 1.200 responden."
    )
    assert _names(text).get("Cakrawala Data") == "ORG"


def test_bodies_after_lembaga_kajian_and_lembaga_pemantau_are_bodies() -> None:
    text = (
        "Hasil itu dirilis lembaga kajian Bumi Lestari pada Senin lalu, sehari sebelum rapat kabinet. "
        "Menurut lembaga pemantau Jaga Suara, ada 12 kecurangan di tempat pemungutan suara."
    )
    names = _names(text)
    assert names.get("Bumi Lestari") == "ORG"
    assert names.get("Jaga Suara") == "ORG"


def test_an_ampersand_joins_the_name() -> None:
    text = (
        "Penilaian pemenangnya dilakukan oleh lembaga independen Ernst & Young dan diumumkan dalam "
        "pertemuan tahunan di Dubai, Uni Emirat Arab."
    )
    names = _names(text)
    assert names.get("Ernst & Young") == "ORG"
    assert "Ernst" not in names


def test_a_religion_after_lembaga_pendidikan_is_no_body() -> None:
    text = (
        "Bantuan itu disalurkan ke madrasah, pesantren, dan lembaga pendidikan Kristen, Katolik, Hindu, "
        "dan Buddha di seluruh kabupaten."
    )
    assert "Kristen" not in _names(text)


def test_a_written_out_lembaga_name_stays_whole() -> None:
    text = (
        "Lembaga Pengembangan Perbankan Indonesia menggelar pelatihan bagi pegawai bank daerah di Jakarta, "
        "Senin (20/10/2025)."
    )
    names = _names(text)
    assert names.get("Lembaga Pengembangan Perbankan Indonesia") == "ORG"
    assert "Pengembangan Perbankan Indonesia" not in names
