"""Round 33: a name the tagger reads as a person is a body when a team noun (`tim Scuderia`) or a
class noun of companies (`rumah produksi Disney`, `lembaga riset Statista`) stands right before
it; a known person's team (`tim Ahok`) stays the person. Sentences written for the tests in
CNN Indonesia's and IndoSum's styles."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_team_before_a_name_makes_it_a_body() -> None:
    text = (
        "Perancang mobil asal Inggris itu meninggalkan tim Vantorra pada akhir Juli tahun lalu. Sebelumnya ia "
        "pernah bekerja untuk sejumlah tim lain di ajang balap jet darat.\n\n"
        '"Saya butuh tantangan baru," ujar pria berusia 52 tahun itu.'
    )
    assert _names(text).get("Vantorra") == "ORG"


def test_a_production_house_before_a_name_makes_it_a_body() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Film laga terbaru garapan Rudi Hartawan terancam merugi. Seorang sumber yang "
        "dekat dengan rumah produksi Kalindra mengatakan biaya syuting ulang membengkak dua kali lipat.\n\n"
        "Kalindra belum memberikan tanggapan resmi soal kabar itu."
    )
    names = _names(text)
    assert names.get("Kalindra") == "ORG"
    assert names.get("Rudi Hartawan") == "PER"


def test_a_known_persons_team_stays_the_person() -> None:
    text = (
        "Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok didampingi keluarga dan tim Ahok saat "
        "mengikuti sidang di Jakarta Utara, Selasa (9/5)."
    )
    names = _names(text)
    assert names.get("Basuki Tjahaja Purnama") == "PER"
