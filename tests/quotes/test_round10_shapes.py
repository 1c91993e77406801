"""Shapes from the tenth round's error list (issue #16), written with other names: a title long
enough to fill the noun-phrase window before the speaker's name, a medium glued to its marker,
and a medium named through its platform (`channel YouTube X`)."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.cue, q.via, q.text) for q in art.quotes]


def test_a_long_title_goes_on_to_the_name_after_it() -> None:
    text = (
        "Surabaya - Dinas Pekerjaan Umum dan Penataan Ruang Kota Surabaya mencatat jalan rusak berkurang.\n\n"
        '"Perbaikan jalan kami kebut sebelum musim hujan tiba," kata Kepala Dinas Pekerjaan Umum dan '
        "Penataan Ruang (PUPR) Kota Surabaya Bambang Hariyadi, Senin (12/5/2025)."
    )
    got = _quotes(text)
    assert [(s, c) for s, c, _v, _t in got] == [("Bambang Hariyadi", "kata")]


def test_a_short_title_still_stops_at_the_name() -> None:
    text = 'Bandung - Jalan ditutup.\n\n"Kami minta warga bersabar," kata Kepala Dinas PU Kota Bandung Rudi Santoso.'
    assert [s for s, _c, _v, _t in _quotes(text)] == ["Rudi Santoso"]


@pytest.mark.parametrize(("glued", "medium"), [("dilansirdetikHealth", "detikHealth"), ("dikutipAntara", "Antara")])
def test_a_medium_glued_to_its_marker(glued: str, medium: str) -> None:
    text = (
        "Jakarta - Wabah itu menyebar cepat.\n\n"
        f'"Kami sudah menyiapkan ruang isolasi di semua rumah sakit," ujar Budi Santoso di Jakarta, Senin (3/3/2025) {glued}.'
    )
    got = _quotes(text)
    assert [(s, v) for s, _c, v, _t in got] == [("Budi Santoso", medium)]


@pytest.mark.parametrize("platform", ["channel YouTube", "kanal YouTube", "akun Instagram"])
def test_a_medium_named_through_its_platform(platform: str) -> None:
    text = (
        "Jakarta - Rapat itu berlangsung tertutup.\n\n"
        f'"Semua kader harus turun ke daerah pemilihan masing-masing," kata Andi Wijaya dikutip dari {platform} '
        "Partai Persatuan Rakyat, Minggu (6/4/2025)."
    )
    got = _quotes(text)
    assert [(s, v) for s, _c, v, _t in got] == [("Andi Wijaya", "Partai Persatuan Rakyat")]


@pytest.mark.parametrize("party", ["sejumlah pihak", "dua orang", "beberapa akun"])
def test_reporting_a_party_is_no_statement_and_leaves_the_pronoun_to_the_speaker(party: str) -> None:
    text = (
        "Jakarta - Andi Wijaya mengatakan tim kuasa hukum sudah menyerahkan semua bukti. "
        f"Rudi Santoso melaporkan {party} dan menghormati kerja penyidik.\n\n"
        '"Kami serahkan sepenuhnya kepada polisi untuk menjelaskan perkaranya," jelasnya.'
    )
    got = _quotes(text)
    assert [s for s, c, _v, _t in got if c == "melaporkan"] == []
    assert [s for s, c, _v, _t in got if c == "jelas"] == ["Andi Wijaya"]


def test_reporting_that_something_happened_stays_a_statement() -> None:
    text = "Jakarta - Polisi melaporkan pihak sekolah sudah menyerahkan data siswa kepada penyidik."
    assert [c for _s, c, _v, _t in _quotes(text)] == ["melaporkan"]


def test_a_medium_before_a_sentence_with_its_own_speaker_is_no_source() -> None:
    text = (
        "Jakarta - Partai itu menggelar rapat.\n\n"
        "Dilansir detikNews, Ketua Umum Partai Persatuan Rakyat Andi Wijaya hari ini mengumumkan "
        "pemberhentian Rudi Santoso."
    )
    assert [s for s, _c, _v, _t in _quotes(text)] != ["detikNews"]


def test_an_interjected_clitic_cue_before_a_bare_predicate() -> None:
    text = (
        "Jakarta - Rudi Santoso menuturkan, panitia sudah mengirim surat keberatan.\n\n"
        "Surat itu, lanjutnya, dikirim langsung ke Gubernur Jawa Barat dan Kepala Dinas Pendidikan."
    )
    got = _quotes(text)
    assert ("lanjut", "dikirim langsung ke Gubernur Jawa Barat dan Kepala Dinas Pendidikan.") in [
        (c, t) for _s, c, _v, t in got
    ]


@pytest.mark.parametrize("verdict", ["keliru", "bohong"])
def test_menurut_with_a_relative_clause_on_the_name_and_a_verdict(verdict: str) -> None:
    text = (
        "Jakarta - Andi Wijaya menyebut data itu berasal dari Rudi. Di sisi lain, menurut Rudi Santoso yang "
        f"menjabat sebagai ketua panitia pada 2019, tuduhan yang disampaikan Andi {verdict}."
    )
    got = _quotes(text)
    assert ("Rudi Santoso", "menurut", f"tuduhan yang disampaikan Andi {verdict}.") in [
        (s, c, t) for s, c, _v, t in got
    ]


def test_a_pronoun_after_kata_has_no_name_in_apposition() -> None:
    text = (
        "Jakarta - Rudi Santoso mengatakan BPBD siap.\n\n"
        "Saat ini, kata dia, Gunung Merapi dalam status Waspada sejak Senin malam pukul 21.00 WIB."
    )
    got = _quotes(text)
    assert ("Rudi Santoso", "kata", "Gunung Merapi dalam status Waspada sejak Senin malam pukul 21.00 WIB.") in [
        (s, c, t) for s, c, _v, t in got
    ]


def test_katanya_after_an_opening_connective_without_a_comma() -> None:
    text = (
        "Jakarta - Menteri Pertanian Andi Wijaya membuka pasar ekspor baru.\n\n"
        "Namun, katanya beberapa negara belum dapat menerima daging sapi beku dari Indonesia."
    )
    got = _quotes(text)
    assert ("Andi Wijaya", "kata", "beberapa negara belum dapat menerima daging sapi beku dari Indonesia.") in [
        (s, c, t) for s, c, _v, t in got
    ]


def test_yakin_after_a_quote() -> None:
    text = 'Jakarta - Unjuk rasa direncanakan pekan depan.\n\n"Tidak ada kerusuhan," yakin Rudi Santoso, Rabu (16/11/2016).'
    assert [(s, c) for s, c, _v, _t in _quotes(text)] == [("Rudi Santoso", "yakin")]


@pytest.mark.parametrize("place", ["Kelurahan Oesapa", "Desa Sukamaju"])
def test_a_role_set_off_by_commas_then_itu_points_back_to_the_person(place: str) -> None:
    text = (
        "Kupang - Rudi Santoso menuturkan warga rutin ronda malam.\n\n"
        f'"Setelah ronda bersama, kami tanya warga soal situasi keamanan," tutur Ketua RT 05, {place}, itu.'
    )
    got = _quotes(text)
    assert [s for s, c, _v, _t in got if c == "tutur"] == ["Rudi Santoso"]


@pytest.mark.parametrize("noun", ["pernyataan itu", "klaim tersebut"])
def test_a_contrast_that_answers_the_statement_ends_it(noun: str) -> None:
    text = (
        "Jakarta - Sidang kembali ditunda.\n\nKuasa hukum Rudi Santoso mengatakan kliennya tidak bisa hadir "
        f"karena sakit namun hakim menolak {noun} dan menunda sidang."
    )
    assert [t for _s, c, _v, t in _quotes(text) if c == "mengatakan"] == ["kliennya tidak bisa hadir karena sakit"]


def test_a_contrast_inside_the_statement_stays_in_it() -> None:
    text = "Jakarta - Rudi Santoso mengatakan harga beras naik, namun pasokan tetap aman hingga akhir tahun."
    assert [t for _s, _c, _v, t in _quotes(text)] == ["harga beras naik, namun pasokan tetap aman hingga akhir tahun."]


@pytest.mark.parametrize(("glued", "medium"), [("kepadaBBC Sportdi", "BBC Sport"), ("kepadaCNNpada", "CNN")])
def test_a_foreign_medium_glued_after_kepada(glued: str, medium: str) -> None:
    text = (
        "Jakarta - Pelatih itu menampik kabar tersebut.\n\n"
        f'"Dia jelas tidak akan pindah musim depan," kata Marco Rossi {glued} sela latihan pekan lalu.'
    )
    assert [(s, v) for s, _c, v, _t in _quotes(text)] == [("Marco Rossi", medium)]


def test_di_bawah_inside_the_subject_describes_it() -> None:
    text = (
        "Jakarta - Polisi masih bekerja.\n\nSebelumnya, sejumlah organisasi di bawah naungan Partai Persatuan "
        "Rakyat meminta polisi mengabaikan desakan publik untuk menghentikan penyidikan."
    )
    got = _quotes(text)
    assert [s for s, c, _v, _t in got if c == "meminta"] == ["organisasi di bawah naungan Partai Persatuan Rakyat"]


def test_a_cleft_puts_the_subject_between_adalah_and_yang() -> None:
    text = (
        "Jakarta - Isu penarikan dana massal beredar.\n\nAdalah Menteri Keuangan Rudi Santoso dan Gubernur Jawa "
        "Barat Andi Wijaya yang kemudian mengingatkan agar isu semacam ini jangan disebarkan karena dapat "
        "mengganggu stabilitas ekonomi."
    )
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] in ("Rudi Santoso", "Andi Wijaya")
    assert got[0][3].startswith("isu semacam ini jangan disebarkan")


def test_a_verb_of_saying_right_before_the_quote_mark() -> None:
    text = (
        'Jakarta - Video itu viral.\n\nDalam pidatonya, Rudi Santoso mengatakan "Kalau harga naik, siapa yang '
        'menanggung? Rakyat kecil, bukan pejabat, yang akhirnya membayar semuanya?". Hadirin bertepuk tangan.'
    )
    got = _quotes(text)
    assert [(s, c) for s, c, _v, t in got if t.startswith("Kalau harga naik")] == [("Rudi Santoso", "mengatakan")]


def test_a_term_in_quotes_after_the_verb_stays_indirect() -> None:
    text = 'Jakarta - Program itu disebut "Kartu Sakti".\n\nRudi Santoso mengatakan "Kartu Sakti" akan dibagikan besok.'
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    assert [(q.kind, q.cue) for q in art.quotes] == [("indirect", "mengatakan")]
    assert art.quotes[0].text.endswith("akan dibagikan besok.")


@pytest.mark.parametrize("charge", ["dengan pasal 156", "atas dugaan penipuan"])
def test_reporting_a_named_person_on_a_charge_is_no_statement(charge: str) -> None:
    text = f"Jakarta - Lembaga itu melaporkan Rudi Santoso {charge} ke Bareskrim Polri pada Senin."
    assert _quotes(text) == []


def test_a_medium_reporting_a_clause_stays_a_statement() -> None:
    text = "Jakarta - Reuters melaporkan Rusia dengan cepat menarik pasukannya dari perbatasan."
    assert [(s, c) for s, c, _v, _t in _quotes(text)] == [("Reuters", "melaporkan")]


@pytest.mark.parametrize("place", ["Kairo", "Riyadh"])
def test_a_person_after_a_role_held_in_a_place(place: str) -> None:
    text = (
        "Jakarta - Dua pekerja migran bebas dari hukuman.\n\n"
        f'"Sejak awal kami yakin dia tidak bersalah," kata Atase Hukum KBRI {place} Rudianto.'
    )
    assert [s for s, _c, _v, _t in _quotes(text)] == ["Rudianto"]


@pytest.mark.parametrize(
    ("content", "reported"),
    [
        ("kronologi lengkapnya nanti akan disampaikan oleh Polda Jatim.", True),
        ("kronologi kejadian yang menimpa korban.", False),
        ("soal modus yang sudah dipakai pelaku.", False),
    ],
)
def test_a_topic_noun_with_an_auxiliary_after_it_heads_a_clause(content: str, reported: bool) -> None:
    text = f"Surabaya - Dua polisi diamankan.\n\nKapolres Surabaya Rudi Santoso menyebut {content}"
    assert bool(_quotes(text)) is reported


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Komisi V mendorong Kementerian Perhubungan (Kemenhub) menambah armada bus di jalur mudik.", True),
        ("Pemerintah mendorong pertumbuhan ekonomi melalui belanja negara.", False),
        ("Program itu mendorong UMKM Jawa Barat menembus pasar ekspor.", False),
    ],
)
def test_mendorong_a_named_addressee_to_act(sentence: str, reported: bool) -> None:
    got = _quotes(f"Jakarta - Arus mudik mulai padat.\n\n{sentence}")
    assert bool([c for _s, c, _v, _t in got if c == "mendorong"]) is reported
