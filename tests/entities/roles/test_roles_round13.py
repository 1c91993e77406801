"""Roles the thirteenth round attaches (issue #16): shapes rare on the development sets but common
in news, on sentences written for the tests: former and acting posts, a body's name after its
opening word, family particles and degrees around a foreign or local name, long post titles, roles
after the name between commas and in a second mention."""

from __future__ import annotations

import pytest

import warta


def roles_of(text: str) -> dict[str, str | None]:
    art = warta.read("Judul\n" + text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a former or acting post keeps its word of standing
        ("Mantan Presiden Joko Widodo hadir. Jokowi datang pagi.", "Joko Widodo", "Mantan Presiden"),
        ("Eks Presiden Amerika Serikat Barack Obama hadir.", "Barack Obama", "Eks Presiden Amerika Serikat"),
        ("Calon Wali Kota Bandung Muhammad Farhan hadir.", "Muhammad Farhan", "Calon Wali Kota Bandung"),
        ("Eks pelatih Timnas Indonesia Shin Tae-yong hadir.", "Shin Tae-yong", "Eks pelatih Timnas Indonesia"),
        ("Hadir pula mantan Presiden Joko Widodo.", "Joko Widodo", "mantan Presiden"),
        ("Bakal calon Bupati Bogor Rudy Susmanto hadir.", "Rudy Susmanto", "Bakal calon Bupati Bogor"),
        (
            "Pelaksana tugas Ketua Umum PPP Muhamad Mardiono hadir.",
            "Muhamad Mardiono",
            "Pelaksana tugas Ketua Umum PPP",
        ),
        (
            "Plt. Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo hadir.",
            "Syafrin Liputo",
            "Plt. Kepala Dinas Perhubungan DKI Jakarta",
        ),
        # a body's opening word takes the unknown word after it; the given name opens the person
        (
            "Peneliti Universitas Andalas Charles Simabura menilai aturan itu keliru.",
            "Charles Simabura",
            "Peneliti Universitas Andalas",
        ),
        ("Ketua Yayasan Kasih Bunda Maria Ulfa hadir.", "Maria Ulfa", "Ketua Yayasan Kasih Bunda"),
        # a name that closes on a common word, after a title
        (
            "Jaksa Kejaksaan Agung Triyana Setia Putra membacakan dakwaan.",
            "Triyana Setia Putra",
            "Jaksa Kejaksaan Agung",
        ),
        # family particles and degrees
        (
            "Menteri Luar Negeri Arab Saudi Faisal bin Farhan mengatakan Saudi siap.",
            "Faisal bin Farhan",
            "Menteri Luar Negeri Arab Saudi",
        ),
        (
            "Putra Mahkota Arab Saudi Mohammed bin Salman bertemu Presiden.",
            "Mohammed bin Salman",
            "Putra Mahkota Arab Saudi",
        ),
        ("Camat Cibinong Budi Santoso SH MH menolak usulan itu.", "Budi Santoso", "Camat Cibinong"),
        ("Wali Kota Pekanbaru Firdaus MT menolak kuota.", "Firdaus", "Wali Kota Pekanbaru"),
        # ranks between the post and the name are no part of the post
        ("Wakapolri Komjen Dedi Prasetyo mengatakan polisi siaga.", "Dedi Prasetyo", "Wakapolri"),
        ("Dandim 0621 Letkol Inf Andi Saputra hadir.", "Andi Saputra", "Dandim 0621"),
        (
            '"Kami siap," ujar Komandan Kodim 0621/Kabupaten Bogor, Letkol Inf Jaka Purnama.',
            "Jaka Purnama",
            "Komandan Kodim 0621/Kabupaten Bogor",
        ),
        ("Kaisar Jepang Naruhito menerima Presiden.", "Naruhito", "Kaisar Jepang"),
        ("Deputi Gakkum KLH Irjen Rizal Irawan menemukan unsur pidana.", "Rizal Irawan", "Deputi Gakkum KLH"),
        (
            "Direktur Tipidter Bareskrim Brigjen Nunung Syaifuddin mengatakan kasus diusut.",
            "Nunung Syaifuddin",
            "Direktur Tipidter Bareskrim",
        ),
        # a title word that is a name's after a given name; a contracted head of a service
        (
            "Ketua PWNU Jawa Timur KH Abdul Hakim Mahfudz hadir.",
            "Abdul Hakim Mahfudz",
            "Ketua PWNU Jawa Timur",
        ),
        ("Wakil Ketua MPR Lukman Hakim Saifuddin hadir.", "Lukman Hakim Saifuddin", "Wakil Ketua MPR"),
        ("Ketua Majelis Hakim Budi Santoso membacakan putusan.", "Budi Santoso", "Ketua Majelis Hakim"),
        ('"Bantuan disalurkan," kata Anna Fajriatin, Kadinsos Surabaya.', "Anna Fajriatin", "Kadinsos Surabaya"),
        # two capitals closing a name; a post for a country or body with lower-case `untuk`
        ("Menko Polhukam Mahfud MD mengatakan aparat siaga.", "Mahfud MD", "Menko Polhukam"),
        ("Raja Inggris Charles III menerima Presiden.", "Charles III", "Raja Inggris"),
        # a month or a day after the name opens a date; a month may close a name before no date
        ("Rapat dipimpin Presiden Joko Widodo Juni lalu.", "Joko Widodo", "Presiden"),
        ("Rapat dipimpin Presiden Prabowo Subianto Senin lalu.", "Prabowo Subianto", "Presiden"),
        (
            "Dana mengalir ke mantan Kepala Dinas PUPR Kota Padangsidimpuan Ahmad Juni sebesar Rp 1 miliar.",
            "Ahmad Juni",
            "mantan Kepala Dinas PUPR Kota Padangsidimpuan",
        ),
        ("Dubes RI untuk Jepang Heri Akhmadi mengatakan WNI aman.", "Heri Akhmadi", "Dubes RI untuk Jepang"),
        (
            "Utusan Khusus PBB untuk Suriah Budi Santoso mengatakan perang usai.",
            "Budi Santoso",
            "Utusan Khusus PBB untuk Suriah",
        ),
        (
            "Duta Besar Indonesia untuk Arab Saudi Agus Maftuh Abegebriel mengatakan jemaah aman.",
            "Agus Maftuh Abegebriel",
            "Duta Besar Indonesia untuk Arab Saudi",
        ),
    ],
)
def test_standing_bodies_and_names(text: str, name: str, role: str) -> None:
    assert roles_of(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # long post titles before the name
        (
            "Kepala Bidang Humas Polda Jawa Timur Kombes Dirmanto mengatakan pelaku ditangkap.",
            "Dirmanto",
            "Kepala Bidang Humas Polda Jawa Timur",
        ),
        (
            "Direktur Jenderal Pajak Kementerian Keuangan Suryo Utomo mengatakan penerimaan naik.",
            "Suryo Utomo",
            "Direktur Jenderal Pajak Kementerian Keuangan",
        ),
        (
            "Kepala Seksi Humas Polres Metro Jakarta Selatan AKP Nurma Dewi mengatakan korban dua orang.",
            "Nurma Dewi",
            "Kepala Seksi Humas Polres Metro Jakarta Selatan",
        ),
        # after the name between commas, and after the cue
        (
            "Siti Aminah, Ketua RT 05 Kelurahan Cempaka, mengatakan warga resah.",
            "Siti Aminah",
            "Ketua RT 05 Kelurahan Cempaka",
        ),
        (
            '"Kami siap," ujar Hendra Gunawan, Kepala Bidang Humas Polda Sumatera Utara.',
            "Hendra Gunawan",
            "Kepala Bidang Humas Polda Sumatera Utara",
        ),
        # a second mention carries the post
        (
            "Yusuf Mansur hadir di lokasi. Ia datang pagi.\nBupati Garut Yusuf Mansur kemudian meninjau pasar.",
            "Yusuf Mansur",
            "Bupati Garut",
        ),
        # foreign people
        ("Juru bicara Kremlin Dmitry Peskov mengatakan Rusia siap berunding.", "Dmitry Peskov", "Juru bicara Kremlin"),
        (
            '"Kami tidak akan mundur," kata Volodymyr Zelensky, Presiden Ukraina, Senin (1/12/2025).',
            "Volodymyr Zelensky",
            "Presiden Ukraina",
        ),
    ],
)
def test_common_news_shapes(text: str, name: str, role: str) -> None:
    assert roles_of(text).get(name) == role


def test_prefix_alone_is_no_post() -> None:
    """`mantan` with no post after it says nothing of a title or job."""
    assert roles_of("Mantan Joko Widodo hadir di acara itu.").get("Joko Widodo") is None


def test_degree_list_keeps_supreme_court() -> None:
    """`MA` is not read as a degree: it names the Mahkamah Agung."""
    assert roles_of("Ketua MA Sunarto membuka rapat.").get("Sunarto") == "Ketua MA"


def test_untuk_without_title_is_no_post() -> None:
    """`untuk` after words that open no title (`Bantuan untuk Jepang`) names no post."""
    assert roles_of("Bantuan untuk Jepang Heri Akhmadi serahkan.").get("Heri Akhmadi") is None


def test_numbered_unit_is_no_name() -> None:
    """`Subdirektorat II`: a numbered unit, not a king; the post runs on to the ranked name."""
    text = "Kepala Subdirektorat II, Direktorat Reserse Narkoba Polda Metro Jaya, AKBP Ahmad Fauzi mengatakan pelaku ditangkap."
    people = roles_of(text)
    assert "Subdirektorat II" not in people
    assert people["Ahmad Fauzi"] == "Kepala Subdirektorat II, Direktorat Reserse Narkoba Polda Metro Jaya"


def test_tagger_span_stops_at_a_place_that_closes_the_office() -> None:
    """`Ketua Pengadilan Negeri Jakarta Pusat Rios Rahmanto`: a place closes the court's name, so the
    unknown first name after it opens the person (the tagger read the whole run as one body)."""
    people = roles_of("Ketua Pengadilan Negeri Jakarta Pusat Rios Rahmanto membacakan putusan.")
    assert people.get("Rios Rahmanto") == "Ketua Pengadilan Negeri Jakarta Pusat"


@pytest.mark.parametrize(
    "text",
    ["Di depan hakim, Budi Santoso menangis.", "Di hadapan majelis hakim, Budi Santoso menangis."],
)
def test_fronted_place_of_a_noun_is_no_post(text: str) -> None:
    """`Di hadapan majelis hakim, Budi`: the phrase says before whom, not who Budi is."""
    assert roles_of(text).get("Budi Santoso") is None


@pytest.mark.parametrize(
    "text",
    [
        "Presiden menyebut Budi Santoso dan Andi Wijaya, siswa SMAN 1 Bogor.",
        "Budi Santoso dan Andi Wijaya, dua siswa SMAN 1 Bogor, meraih medali emas.",
    ],
)
def test_description_after_a_pair_is_each_ones(text: str) -> None:
    people = roles_of(text)
    assert people["Budi Santoso"] == people["Andi Wijaya"] == "siswa SMAN 1 Bogor"


def test_post_of_the_first_is_not_shared() -> None:
    """A post before the first name is that person's; a description closing the list is not given
    over it, and a capitalised post is never shared."""
    people = roles_of("Hadir Gubernur Jabar Dedi Mulyadi dan Andi Wijaya, warga Bogor.")
    assert people["Dedi Mulyadi"] == "Gubernur Jabar"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Pedagang di Pasar Baru Budi Santoso mengatakan omzet turun.", "Budi Santoso", "Pedagang di Pasar Baru"),
        ("Hal itu disampaikan tokoh adat Budi Santoso.", "Budi Santoso", "tokoh adat"),
    ],
)
def test_trade_where_then_name(text: str, name: str, role: str) -> None:
    """A trade, maybe where the person works (`di Pasar Baru`), right before the name."""
    assert roles_of(text).get(name) == role
