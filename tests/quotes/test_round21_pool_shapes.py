"""Shapes of the twenty-first round, found by reading Warta's quotes on unannotated articles of
other outlets (issue #16, classes 1 and 8). Sentences written for this file in the shapes of
Indonesian news; each rule is also tested on the shape next to it that it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    art = warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.text, q.speaker.name if q.speaker else None, q.via) for q in art.quotes]


def _speakers(text: str) -> list[str | None]:
    return [s for _t, s, _v in _quotes(text)]


# A report, an account or a statement names its source right after it (`Menurut laporan The
# Times`, `Menurut pengakuan Rudi`): the source speaks, not the document.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menurut laporan The Times, klub itu sudah menawarkan kontrak baru kepada sang pemain pekan lalu.",
            "The Times",
        ),
        (
            "Menurut laporan The Times, klub itu sudah menawarkan kontrak baru. Menurut laporan terbaru dari "
            "Reuters, klub itu juga menawar gelandang asal Brasil.",
            "Reuters",
        ),
        (
            "Penyanyi Rudi Hartono mengaku kecewa dengan manajemennya. Menurut pengakuan Rudi, honor "
            "konsernya belum dibayar sejak Maret.",
            "Rudi Hartono",
        ),
    ],
)
def test_a_source_noun_before_a_name_leaves_the_name_as_speaker(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_source_noun_without_a_name_after_it_names_nobody():
    # `Menurut keterangan tertulis yang diterima redaksi` holds no source of its own
    text = "Menurut keterangan tertulis yang diterima redaksi, jalan tol itu akan dibuka pada Jumat."
    assert _quotes(text) == []


def test_a_news_portal_before_a_medium_name_is_not_part_of_it():
    text = "Mengutip portal berita Daily Mirror, sang pelatih akan diumumkan pada akhir pekan ini."
    assert _quotes(text) == [("sang pelatih akan diumumkan pada akhir pekan ini.", "Daily Mirror", "Daily Mirror")]


# A sentence adverb before a comma opens a clause; it is never the subject.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pasalnya, para pedagang menganggap harga sewa kios di pasar baru itu terlalu mahal.", "pedagang"),
        ("Dulu, para pelatih asing menganggap liga itu adalah tempat yang nyaman untuk bekerja.", "pelatih asing"),
    ],
)
def test_a_sentence_adverb_before_a_comma_is_not_the_speaker(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_name_before_a_comma_is_still_the_speaker():
    text = "Sutrisno, warga Desa Sukamaju, mengatakan banjir kali ini adalah yang terbesar sejak 2010."
    assert _speakers(text) == ["Sutrisno"]


# An adverb between the subject and its verb belongs to neither (`X selalu menegaskan`), and an
# adverb alone after the subject's own comma part leaves that part the subject.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Akan tetapi sang kepala sekolah selalu menegaskan bahwa dia mempercayai guru itu sepenuhnya.",
            "kepala sekolah",
        ),
        ("Para pemain kompak mengakui bahwa laga itu adalah yang terberat musim ini.", "pemain"),
    ],
)
def test_an_adverb_before_the_verb_is_not_part_of_the_speaker(text, speaker):
    assert _speakers(text) == [speaker]


def test_an_adverb_alone_after_a_named_apposition_leaves_the_name():
    text = (
        "Gitaris band itu, yakni Bayu Pratama, malah mengatakan bahwa lagu tersebut ditulis hanya dalam "
        "satu malam di studio."
    )
    assert _speakers(text) == ["Bayu Pratama"]


# `mengunggah` and `mengungkap` take a thing as their object as often as a statement: a bare noun
# phrase after them (a photo posted, a case uncovered) reports nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Artis itu mengunggah foto mereka berdua ketika berlibur di Bali pekan lalu.",
        "Penyidik Polda Metro Jaya mengungkap kasus tersebut pada Selasa (18/7) setelah menerima laporan warga.",
        "Sutradara itu mengungkap fakta baru soal sekuel film yang tengah digarapnya.",
    ],
)
def test_a_thing_posted_or_uncovered_is_no_statement(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kepala Dinas Kesehatan Eko Saputro mengungkap bahwa stok vaksin di gudang cukup hingga akhir tahun.",
            "stok vaksin di gudang cukup hingga akhir tahun.",
        ),
        (
            "Kepala Dinas Kesehatan Eko Saputro mengungkap ada 24 pasien baru yang dirawat sejak Senin.",
            "ada 24 pasien baru yang dirawat sejak Senin.",
        ),
        (
            "Kepala Dinas Kesehatan Eko Saputro mengungkap Rina juga menerima bantuan dari dinas itu.",
            "Rina juga menerima bantuan dari dinas itu.",
        ),
        (
            "Kepala Dinas Kesehatan Eko Saputro mengungkap isu stok vaksin menjadi fokus utama tahun ini.",
            "isu stok vaksin menjadi fokus utama tahun ini.",
        ),
    ],
)
def test_a_statement_after_mengungkap_is_still_reported(text, content):
    assert [(t, s) for t, s, _v in _quotes(text)] == [(content, "Eko Saputro")]


def test_sembari_makes_the_verb_an_aside_not_a_statement():
    text = (
        "Hal ini terkait konsep dasar perangkat itu, dengan sasaran utama pada efisiensi daya, sembari "
        "memastikan perangkat bekerja dengan hening."
    )
    assert _quotes(text) == []


# `…, menurut X.` closing a sentence: the statement before it is X's, also after a comma and
# with a report noun before the name (`menurut riset Y`, `menurut warta laman Z`).
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Kanker paru merupakan penyebab utama kematian akibat kanker di negara itu, menurut Kementerian Kesehatan.",
            "Kanker paru merupakan penyebab utama kematian akibat kanker di negara itu",
            "Kementerian Kesehatan",
        ),
        (
            "Pemilih muda lebih memilih lapangan kerja dibandingkan bantuan sosial, menurut survei Litbang Kompas.",
            "Pemilih muda lebih memilih lapangan kerja dibandingkan bantuan sosial",
            "Litbang Kompas",
        ),
        (
            "Film itu akan selesai sebelum akhir tahun depan menurut warta laman Variety.",
            "Film itu akan selesai sebelum akhir tahun depan",
            "Variety",
        ),
    ],
)
def test_a_closing_menurut_gives_the_statement_before_it(text, content, speaker):
    assert [(t, s) for t, s, _v in _quotes(text)] == [(content, speaker)]


def test_a_menurut_opening_the_sentence_is_left_to_its_own_rule():
    text = "Menurut survei Litbang Kompas, pemilih muda lebih memilih lapangan kerja dibandingkan bantuan sosial."
    assert [(t, s) for t, s, _v in _quotes(text)] == [
        ("pemilih muda lebih memilih lapangan kerja dibandingkan bantuan sosial.", "Litbang Kompas")
    ]


# A list the writer announces (`Berikut …`, `Inilah …`) states nothing, whoever it is cited from.
@pytest.mark.parametrize(
    "text",
    [
        "Dikutip dari laman resmi PT KAI, berikut pilihan kereta yang bisa digunakan pemudik pada musim libur ini:",
        "Berikut daftar kementerian dengan kinerja terbaik selama setahun terakhir menurut survei IndoStrategi.",
    ],
)
def test_a_list_announced_is_no_statement(text):
    assert _quotes(text) == []


# `memastikan` is to make sure as often as to assure: a thing or a cause as subject, an act it
# follows or serves, a thing secured with its time, or an act as object make it no statement.
@pytest.mark.parametrize(
    "text",
    [
        "Kemenangan ini memastikan Persija menempati peringkat kedua klasemen akhir Liga 1.",
        "Dua gol Marko Simic di babak kedua memastikan tim tamu pulang dengan kepala tertunduk.",
        "Dinas itu tidak hanya menyalurkan beras murah, tetapi juga memastikan rantai pasok tetap lancar.",
        "Hal ini demi memastikan pembangunan jembatan tahap kedua bisa selesai dalam tiga tahun.",
        "Tim ganda putra memastikan gelar tersebut setelah mengalahkan wakil Jepang di final.",
        "Persebaya akhirnya memastikan mendatangkan dua pemain asing untuk putaran kedua.",
    ],
)
def test_making_sure_is_no_statement(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Kepolisian Resor Bogor memastikan pengemudi mobil tersebut bukan anggota Polri.",
            "pengemudi mobil tersebut bukan anggota Polri.",
            "Kepolisian Resor Bogor",
        ),
        (
            "Kementerian Keuangan memastikan tidak ada kenaikan iuran BPJS Kesehatan tahun depan.",
            "tidak ada kenaikan iuran BPJS Kesehatan tahun depan.",
            "Kementerian Keuangan",
        ),
    ],
)
def test_assuring_is_still_a_statement(text, content, speaker):
    assert [(t, s) for t, s, _v in _quotes(text)] == [(content, speaker)]


# Scene, concession and time words before a subject are no part of it; `selain` before a verb
# makes it an aside; hearsay (`Kabar terakhir menyebutkan …`) names no source.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pelatih Persib itu, Mario Gomez, kesal. Usai laga Gomez mengaku kecewa dengan keputusan wasit di babak kedua.",
            "Mario Gomez",
        ),
        ("Kendati polisi menyebut ratusan orang terluka, sebagian besar hanya menderita luka ringan.", "polisi"),
        ("Sementara itu, baru-baru ini Malaysia juga mengumumkan sejumlah situs pemerintahnya diretas.", "Malaysia"),
    ],
)
def test_a_scene_or_time_word_before_the_subject_is_not_the_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Tapi jangan khawatir, karena selain mengumumkan nama baru, perusahaan itu juga menghadirkan fitur baru.",
        "Kabar terakhir menyebutkan kalau pebalap itu menjalani perawatan di sebuah klinik di Swiss.",
    ],
)
def test_an_aside_or_hearsay_is_no_statement(text):
    assert _quotes(text) == []


# `melanjutkan` goes on doing after a name and a bare noun phrase, on saying after a pronoun,
# a comma or an adjunct; `mengajak` invites to join in unless it makes an appeal.
@pytest.mark.parametrize(
    "text",
    [
        "Persebaya melanjutkan tren positif tanpa kekalahan menjadi sembilan laga berturut-turut.",
        "Band asal Jepang itu melanjutkan penampilan dengan membawakan lagu hit lawas mereka.",
        "Sang vokalis mengajak penonton menikmati lagu berikutnya sambil bernyanyi bersama.",
        "Pemilik restoran itu mengajak undangan menikmati makanan yang telah dihidangkan.",
    ],
)
def test_an_act_continued_or_joined_is_no_statement(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bahlil Lahadalia melanjutkan, kementerian sudah memberikan kuota impor untuk SPBU swasta.",
            "kementerian sudah memberikan kuota impor untuk SPBU swasta.",
        ),
        (
            "Bahlil Lahadalia mengajak seluruh kepala daerah terus mempercepat perizinan tambang rakyat.",
            "seluruh kepala daerah terus mempercepat perizinan tambang rakyat.",
        ),
        (
            "Bahlil Lahadalia mengajak warga untuk tidak terprovokasi isu kenaikan harga BBM.",
            "warga untuk tidak terprovokasi isu kenaikan harga BBM.",
        ),
    ],
)
def test_going_on_saying_and_appeals_are_still_reported(text, content):
    assert [(t, s) for t, s, _v in _quotes(text)] == [(content, "Bahlil Lahadalia")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Kepala Dinas Perdagangan Sleman Budi Hartanto mengungkap operasi atau penjualan beras murah "
            "digelar di semua kecamatan mulai pekan depan.",
            True,
        ),
        ("Bupati Sleman Budi Hartanto mengungkap kasus-kasus yang dilaporkan warga sejak awal tahun.", False),
    ],
)
def test_mengungkap_a_noun_phrase_with_its_passive_predicate_is_a_statement(text: str, said: bool) -> None:
    """`mengungkap` before a bare noun phrase is an act, but a noun phrase with its own passive
    verb after it (`operasi … digelar di …`) is a clause: what was revealed."""
    assert bool(_quotes(text)) is said
