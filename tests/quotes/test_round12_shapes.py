"""Shapes found on the eleventh round's blind sets (issue #16, twelfth round), written with
other sentences: a decimal comma right after the cue's comma, `Menurut ya,` (the clitic typed
apart), and a closing role whose place names two regions before `ini`."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.text) for q in art.quotes]


@pytest.mark.parametrize("share", ["72,5%", "3,4 persen"])
def test_a_decimal_comma_after_the_cues_comma_stays_in_the_content(share: str) -> None:
    text = f"Peneliti Lembaga Survei Nusantara Rina Marlina mengungkapkan, {share} petani menilai harga pupuk terlalu mahal."
    quotes = _quotes(text)
    assert [t for _, t in quotes] == [f"{share} petani menilai harga pupuk terlalu mahal."]


def test_a_time_adjunct_after_the_cues_comma_is_still_skipped() -> None:
    quotes = _quotes("Kepala BPBD Garut Tubagus Rahmat mengatakan, Senin (3/3), banjir sudah surut di tiga desa.")
    assert [t for _, t in quotes] == ["banjir sudah surut di tiga desa."]


def test_menurut_ya_is_menurutnya() -> None:
    text = (
        "Pengacara terdakwa, Hendra Wijaya, mengatakan dakwaan jaksa tidak cermat. "
        "Menurut ya, saksi kunci tidak pernah dihadirkan di persidangan."
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("Hendra Wijaya", "saksi kunci tidak pernah dihadirkan di persidangan.")
    assert all(sp != "ya" for sp, _ in quotes)


def test_a_closing_role_over_two_regions_points_back_to_the_person() -> None:
    text = (
        "Anggota Komisi IV DPR Siti Rahmawati meninjau panen raya di Indramayu.\n\n"
        '"Petani harus mendapat harga gabah yang layak setiap musim panen," '
        "tutup Anggota DPR RI Dapil Jawa Barat VIII Kabupaten Indramayu dan Cirebon ini."
    )
    assert _quotes(text) == [("Siti Rahmawati", "Petani harus mendapat harga gabah yang layak setiap musim panen,")]


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        (
            "Anggota DPR RI Dapil Jawa Barat VIII Kabupaten Indramayu dan Cirebon ini.",
            "Anggota DPR RI Dapil Jawa Barat VIII Kabupaten Indramayu dan Cirebon ini",
        ),
        ("Anggota DPRD Kota Bandung dan Cimahi, Senin (3/3).", "Anggota DPRD Kota Bandung"),
    ],
)
def test_the_closing_role_phrase_runs_over_dan_only_up_to_a_closing_pointer(phrase: str, span: str) -> None:
    from warta.quotes.attribution import np_after
    from warta.quotes.text import words

    found = np_after(phrase, words(phrase, 0, len(phrase)), 0)
    assert found is not None and phrase[found[0] : found[1]] == span


def test_a_role_then_yang_juga_and_a_second_role_goes_on_to_the_name() -> None:
    text = (
        "Turnamen bulu tangkis antarpelajar digelar di Medan pekan depan.\n\n"
        '"Sebanyak dua belas provinsi sudah mendaftarkan atletnya," kata Ketua Panitia pelaksana '
        "yang juga Kepala Dinas Pendidikan Medan Rahmat Hidayat, di Medan, Selasa.\n\n"
        '"Pendaftaran masih dibuka sampai akhir bulan," kata Rahmat.'
    )
    assert [sp for sp, _ in _quotes(text)] == ["Rahmat Hidayat", "Rahmat Hidayat"]


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        (
            "Ketua RT yang juga Kepala Dusun Sukamaju Ahmad Fauzi, di lokasi.",
            "Ketua RT yang juga Kepala Dusun Sukamaju Ahmad Fauzi",
        ),
        ("Ketua RT yang juga warga setempat, di lokasi.", "Ketua RT"),
    ],
)
def test_yang_juga_runs_on_only_before_a_second_title(phrase: str, span: str) -> None:
    from warta.quotes.attribution import np_after
    from warta.quotes.text import words

    found = np_after(phrase, words(phrase, 0, len(phrase)), 0)
    assert found is not None and phrase[found[0] : found[1]] == span


@pytest.mark.parametrize("source", ["sebuah pernyataan", "pernyataan"])
def test_menurut_a_bare_statement_leaves_the_speaker_of_the_clause(source: str) -> None:
    text = (
        "Ledakan terjadi di dekat pasar pusat kota Mogadishu, Minggu.\n\n"
        f"Menurut {source}, kelompok Al-Shabaab membantah terlibat dalam ledakan di pasar itu."
    )
    quotes = _quotes(text)
    assert [t for _, t in quotes] == ["terlibat dalam ledakan di pasar itu."]
    assert quotes[0][0] is not None and "Al-Shabaab" in quotes[0][0]


@pytest.mark.parametrize("verb", ["menjabarkan", "merinci"])
def test_spelling_out_introduces_reported_content(verb: str) -> None:
    text = f"Kepala Bappeda Sleman Rudi Santoso {verb}, anggaran itu terbagi untuk jalan desa dan irigasi sawah."
    assert _quotes(text) == [("Rudi Santoso", "anggaran itu terbagi untuk jalan desa dan irigasi sawah.")]


def test_spelling_out_a_topic_is_no_statement() -> None:
    assert _quotes("Kepala Bappeda Sleman Rudi Santoso merinci anggaran desa di depan DPRD.") == []


def test_disebut_with_its_agent_after_it_reports_the_agents_words() -> None:
    text = "Harga beras juga disebut Arief Prasetyo masih berada di atas harga eceran tertinggi."
    assert _quotes(text) == [("Arief Prasetyo", "masih berada di atas harga eceran tertinggi.")]


@pytest.mark.parametrize(
    "text",
    [
        "Kampung di lereng gunung itu disebut Kampung Naga oleh warga sekitar.",
        "Pria itu disebut Pak Haji oleh tetangganya sejak muda.",
    ],
)
def test_disebut_naming_a_place_or_a_person_is_no_statement(text: str) -> None:
    assert _quotes(text) == []


def test_the_means_before_the_speaker_is_no_subject() -> None:
    text = "Lewat surat elektronik PLN menjelaskan, gangguan listrik di Sumbawa sudah pulih sejak Minggu malam."
    assert _quotes(text) == [("PLN", "gangguan listrik di Sumbawa sudah pulih sejak Minggu malam.")]


@pytest.mark.parametrize("subject", ["Gubernur Bobby Nasution", "Ia"])
def test_a_second_verb_after_a_comma_shares_the_first_clauses_subject(subject: str) -> None:
    text = (
        "Gubernur Bobby Nasution meninjau lokasi longsor di Karo.\n\n"
        f"{subject} menanggapi keluhan warga, menyebut perbaikan jalan akan selesai bulan depan."
    )
    assert _quotes(text) == [("Bobby Nasution", "perbaikan jalan akan selesai bulan depan.")]


def test_a_first_clause_with_a_lowercase_subject_gives_no_speaker() -> None:
    text = "Ratusan warga mendatangi kantor desa, menyebut bantuan beras belum juga dibagikan."
    assert all(sp != "Ratusan" for sp, _ in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sejak saat itu, para presiden telah menyampaikan pidato pada Hari Pahlawan dari benteng tersebut.",
        "Setiap tahun, para gubernur menyampaikan sambutan pada upacara dari benteng tersebut.",
    ],
)
def test_a_speech_given_from_a_place_is_no_statement(text: str) -> None:
    assert _quotes(text) == []


def test_committing_oneself_is_no_statement() -> None:
    assert _quotes("Sebanyak delapan klub memastikan diri akan ikut serta dalam turnamen di Bandung.") == []
    text = "Kapten tim Andi Saputra memastikan dirinya siap bermain pada laga final di Bandung."
    assert [sp for sp, _ in _quotes(text)] == ["Andi Saputra"]


@pytest.mark.parametrize(
    "stance", ["siap hadir dalam rapat dengan panitia khusus DPR.", "bersedia memberi keterangan kepada penyidik."]
)
def test_menyatakan_then_a_predicate_reports_a_stance(stance: str) -> None:
    assert _quotes(f"Mantan menteri Yusuf Hamdani menyatakan {stance}") == [("Yusuf Hamdani", stance)]


def test_menyatakan_a_noun_is_still_no_statement() -> None:
    assert _quotes("Mantan menteri Yusuf Hamdani menyatakan dukungan terhadap program itu di Jakarta.") == []
