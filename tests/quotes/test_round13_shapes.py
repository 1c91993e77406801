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


def test_a_post_on_x_is_said_kicaunya_and_men_tweet() -> None:
    text = (
        "Pakar hukum tata negara Bivitri Susanti mengkritik rencana revisi undang-undang itu.\n\n"
        '"Pembahasan ini terlalu tergesa-gesa dan menutup ruang publik," kicaunya.\n\n'
        "Anggota Badan Legislasi, Teguh Santosa, men-tweet bahwa draf revisi belum final."
    )
    quotes = _quotes(text)
    assert quotes[0] == ("Bivitri Susanti", "Pembahasan ini terlalu tergesa-gesa dan menutup ruang publik,")
    assert quotes[1] == ("Teguh Santosa", "draf revisi belum final.")


@pytest.mark.parametrize(("source", "speaker"), [("media Myanmar", "media Myanmar"), ("Reuters", "Reuters")])
def test_wire_order_source_and_verb_after_the_content(source: str, speaker: str) -> None:
    text = f"Dua jurnalis ditahan aparat setelah meliput unjuk rasa di Yangon pada Kamis malam, {source} melaporkan."
    assert _quotes(text) == [
        (speaker, "Dua jurnalis ditahan aparat setelah meliput unjuk rasa di Yangon pada Kamis malam")
    ]


def test_a_clause_ending_in_a_plain_verb_is_no_wire_order_quote() -> None:
    assert _quotes("Para pengungsi kembali ke rumah mereka setelah air surut, warga setempat membersihkan.") == []


def test_capt_does_not_end_the_sentence_and_an_example_carries_the_statement_on() -> None:
    text = (
        "Ketua Ikatan Nakhoda Niaga Rudi Hartono hadir dalam rapat di Surabaya.\n\n"
        "Menurut Capt. Rudi, banyak aturan pelayaran nasional sudah mengikuti konvensi internasional. "
        "Misalnya, peraturan menteri tentang sertifikasi awak kapal yang terbit tahun lalu."
    )
    quotes = _quotes(text)
    assert quotes == [
        (
            "Rudi Hartono",
            "banyak aturan pelayaran nasional sudah mengikuti konvensi internasional. "
            "Misalnya, peraturan menteri tentang sertifikasi awak kapal yang terbit tahun lalu.",
        )
    ]


def test_menggarisbawahi_introduces_reported_speech() -> None:
    text = (
        "Ketua Persatuan Perawat Nasional Indonesia Harif Fadhillah hadir di Jakarta.\n\n"
        "Harif menggarisbawahi, jam kerja perawat di rumah sakit daerah masih terlalu panjang."
    )
    assert _quotes(text)[-1] == ("Harif Fadhillah", "jam kerja perawat di rumah sakit daerah masih terlalu panjang.")


@pytest.mark.parametrize(
    "content",
    [
        "penahanan bupati itu terkait suap izin tambang di daerahnya.",
        "Operasi Tangkap Tangan (OTT) Bupati Kolaka terkait dengan suap izin tambang di daerahnya.",
    ],
)
def test_terkait_after_a_closed_subject_is_the_predicate(content: str) -> None:
    text = f"Juru bicara KPK Febri Diansyah mengatakan {content}"
    assert _quotes(text) == [("Febri Diansyah", content)]


def test_terkait_modifying_a_topic_is_no_predicate() -> None:
    assert _quotes("Juru bicara KPK Febri Diansyah menjelaskan kasus terkait suap izin tambang di Kolaka.") == []


@pytest.mark.parametrize("relative", ["istrinya", "sang istri"])
def test_a_relation_noun_means_the_relative_named_in_apposition(relative: str) -> None:
    text = (
        "Polisi masih mencari Darto Sumarno, warga Desa Sukamaju yang hilang sejak Senin.\n\n"
        "Petugas juga telah menemui istri Darto, Warsini, untuk dimintai keterangan.\n\n"
        f"Dalam keterangan itu, {relative} mengaku Darto sudah dua kali pergi tanpa pamit tahun ini."
    )
    assert _quotes(text)[-1] == ("Warsini", "Darto sudah dua kali pergi tanpa pamit tahun ini.")


def test_a_relation_noun_with_nobody_named_stays_a_phrase() -> None:
    text = "Polisi masih mencari Darto Sumarno.\n\nIstrinya mengaku Darto sudah dua kali pergi tanpa pamit tahun ini."
    assert _quotes(text)[-1][0] != "Darto Sumarno"
