"""Shapes found on the other outlets' development sets (issue #16, thirteenth round), written
with other sentences: a `-nya` after a quote whose opening clause names its speaker, and a
`Menurut <record>,` before a named subject with a verb of saying of its own."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.text) for q in art.quotes]


@pytest.mark.parametrize("manner", ["dengan cepat mengecam", "langsung mengecam", "mengecam"])
def test_nya_after_a_quote_points_to_the_subject_that_opens_it(manner: str) -> None:
    text = (
        "Seorang petugas pemadam mengatakan kepada wartawan bahwa api berasal dari gudang kimia.\n\n"
        f"Wali Kota Surabaya Ratna Kusuma {manner} kelalaian pengelola gudang dan menyatakan, "
        '"Kami tidak akan membiarkan kejadian ini terulang," katanya di Instagram.'
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("Ratna Kusuma", "Kami tidak akan membiarkan kejadian ini terulang,")


def test_nya_after_a_quote_with_no_opening_subject_still_looks_back() -> None:
    text = (
        "Ketua RT setempat, Bambang Wiyono, mengatakan warga sudah mengungsi sejak pagi.\n\n"
        '"Air naik sangat cepat setelah tanggul jebol," katanya.'
    )
    assert _quotes(text)[-1] == ("Bambang Wiyono", "Air naik sangat cepat setelah tanggul jebol,")


def test_menurut_a_record_then_a_named_relayer_who_speaks() -> None:
    text = (
        "Kepala Kantor SAR Makassar Darmawan Said memimpin pencarian nelayan yang hilang. "
        "Menurut keterangan nakhoda kapal, Darmawan mengatakan perahu itu terbalik dihantam ombak setinggi tiga meter."
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("Darmawan Said", "perahu itu terbalik dihantam ombak setinggi tiga meter.")


def test_menurut_a_pronoun_keeps_the_pronouns_speaker() -> None:
    text = (
        "Juru bicara Kejaksaan Agung Hendro Saputro menjelaskan perkembangan perkara korupsi lahan. "
        "Menurut dia, Kejaksaan menduga ada pihak lain yang ikut menikmati uang proyek itu."
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("Hendro Saputro", "Kejaksaan menduga ada pihak lain yang ikut menikmati uang proyek itu.")


def test_an_epithet_of_the_president_skips_a_name_the_president_mentioned() -> None:
    text = (
        "Presiden Joko Widodo membuka Festival Sains Nasional di Makassar, Sabtu (3/3/2018).\n\n"
        "Presiden menyebut Dewi Anggraini Lestari, siswi SMA Negeri 2 Palu, sebagai contoh. "
        '"Dia menciptakan alat penjernih air dari bahan sederhana," kata Presiden.\n\n'
        '"Anak-anak seperti ini harus kita dukung agar terus berkarya," tutur Kepala Negara.'
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("Joko Widodo", "Anak-anak seperti ini harus kita dukung agar terus berkarya,")


def test_an_aside_inside_the_subject_does_not_make_it_a_topic() -> None:
    text = (
        "Ketua Ombudsman Jawa Timur Agus Widiyanto meninjau tiga puskesmas di Sidoarjo.\n\n"
        "Agus menilai masalah antrean pasien, terutama soal jumlah dokter yang tak sebanding, "
        "harus segera diselesaikan pemerintah kabupaten."
    )
    quotes = _quotes(text)
    assert quotes == [
        (
            "Agus Widiyanto",
            "masalah antrean pasien, terutama soal jumlah dokter yang tak sebanding, "
            "harus segera diselesaikan pemerintah kabupaten.",
        )
    ]


def test_an_aside_with_no_predicate_after_it_stays_a_topic() -> None:
    text = "Bupati Sidoarjo Rahmat Hidayat menjelaskan masalah antrean pasien, terutama soal jumlah dokter yang tak sebanding."
    assert _quotes(text) == []
