"""Role + organisation + name runs and roles around a name (issue #16, classes 4 and 9): two
titled people joined by `dan`, an organisation of common words between the title and the name,
a title after `selaku`/`sebagai` or in brackets, a role that must not cross a sentence end or
swallow a list of other people. Names differ from the annotated sets: the shapes are the point."""

import pytest

import warta


def people(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"}


# rows of the former test_role_of_the_run: (text, name, role)
ROLE_OF_THE_RUN = [
    # two titled people in one run, joined by `dan`: each keeps their own title
    (
        "Untuk program itu, Gubernur Jateng Rudi Santoso dan Wagub Agus Salim menyiapkan anggaran.",
        "Rudi Santoso",
        "Gubernur Jateng",
    ),
    (
        "Untuk program itu, Gubernur Jateng Rudi Santoso dan Wagub Agus Salim menyiapkan anggaran.",
        "Agus Salim",
        "Wagub",
    ),
    # an organisation of common words (`Riset`, `Institute`) between the title and the name
    (
        "Menurut Wakil Ketua Wahid Institute Darma Putra Lubis, putusan itu keliru. Darma menambahkan hal lain.",
        "Darma Putra Lubis",
        "Wakil Ketua Wahid Institute",
    ),
    (
        "Direktur Riset Indikator Institute Farid Hamzah mengatakan survei itu sah. Kata Farid, hasilnya jelas.",
        "Farid Hamzah",
        "Direktur Riset Indikator Institute",
    ),
    # a section head and a prosecutor
    ("Kasi Penkum Kejati Jabar Nurcahyo mengatakan berkas sudah lengkap.", "Nurcahyo", "Kasi Penkum Kejati Jabar"),
    ("JPU Kejari Bandung Rina Marlina membacakan tuntutan.", "Rina Marlina", "JPU Kejari Bandung"),
    # a title after `selaku`/`sebagai`, or in brackets right after the name
    (
        "Sidang dipimpin Hendra Wijaya selaku Ketua Majelis Hakim di ruang utama.",
        "Hendra Wijaya",
        "Ketua Majelis Hakim",
    ),
    (
        "Terdakwa lain adalah anaknya Rudi Hartono Sinaga selaku Direktur PT Maju Jaya Abadi.",
        "Rudi Hartono Sinaga",
        "Direktur PT Maju Jaya Abadi",
    ),
    (
        "Saya minta Agus (Kepala Dinas Kominfo Bantul) melayani penyidik dengan baik, kata Bupati.",
        "Agus",
        "Kepala Dinas Kominfo Bantul",
    ),
]


def test_two_people_after_one_title_share_it() -> None:
    text = (
        "Polisi memeriksa saksi untuk tersangka pemilik Sentosa Tour Budi Hartawan dan Dewi Lestari Siregar. "
        "Kasus ST (Sentosa Tour) itu ramai."
    )
    got = people(text)
    assert got.get("Budi Hartawan") == "pemilik Sentosa Tour"
    assert got.get("Dewi Lestari Siregar") == "pemilik Sentosa Tour"


# rows of the former test_role_beside_the_name: (text, name, role)
ROLE_BESIDE_THE_NAME = [
    # a relation written with -nya names the person the sentence named before
    (
        "Nikita Mirzani bersama asistennya, Ismail Marzuki, didakwa melakukan pengancaman.",
        "Ismail Marzuki",
        "asisten Nikita Mirzani",
    ),
    # the description before `berinisial`
    (
        "Polisi menyita barang bukti dari sopir mobil Fortuner berinisial DS, termasuk sirene.",
        "DS",
        "sopir mobil Fortuner",
    ),
    # a role noun in lower case after `selaku`
    (
        "Baru-baru ini Jose Alvarez selaku manajer pribadi Marquez mengklaim hal itu.",
        "Jose Alvarez",
        "manajer pribadi Marquez",
    ),
    # an acronym in brackets inside a long post before the name
    (
        "Majelis menghadirkan Analis Senior Departemen Pengawasan Bank dari Bank Indonesia (BI), "
        "Rudi Susanto, sebagai saksi.",
        "Rudi Susanto",
        "Analis Senior Departemen Pengawasan Bank dari Bank Indonesia (BI)",
    ),
]


# rows of the former test_described_role: (text, name, role)
DESCRIBED_ROLE = [
    # a role noun and the organisation right before the name
    (
        "Pejabat Kementerian Luar Negeri Andi Rahman mengatakan warga sudah dievakuasi.",
        "Andi Rahman",
        "Pejabat Kementerian Luar Negeri",
    ),
    # a capitalised post after the name and a comma, up to `selaku`
    (
        "Tergugat menghadirkan Prof Dr Hana Wiratmaja, Guru Besar Fakultas Teknik ITB selaku ahli untuk bersaksi.",
        "Hana Wiratmaja",
        "Guru Besar Fakultas Teknik ITB",
    ),
    # trades and distinctions described before or after the name
    (
        "Gerakan itu dimulai oleh content creator kuliner, Dara Pramesti untuk mengajak orang.",
        "Dara Pramesti",
        "creator kuliner",
    ),
    (
        "Ia membandingkan dengan Malala Yousafzai, peraih Nobel Perdamaian 2014 yang dikenal luas.",
        "Malala Yousafzai",
        "peraih Nobel Perdamaian 2014",
    ),
]


def test_the_place_of_a_head_before_a_comma_is_no_person() -> None:
    got = people("Kami menahan pelaku, kata Kasat Reskrim Polres Pinrang, AKP Rudi Hasan kepada wartawan.")
    assert "Pinrang" not in got
    assert got.get("Rudi Hasan") == "Kasat Reskrim Polres Pinrang"


# rows of the former test_company_then_person: (text, name, role)
COMPANY_THEN_PERSON = [
    # a known organisation inside the run ends the office words (`Bank Mandiri`)
    (
        "Komisaris Utama PT Bank Mandiri Sutanto Wijaya hadir dalam rapat itu.",
        "Sutanto Wijaya",
        "Komisaris Utama PT Bank Mandiri",
    ),
    # the person starts at the word the article uses alone; the words before it are the company's
    (
        "Direktur Utama PT Pertamina Patra Niaga Riva Sanjaya diperiksa. Riva mengatakan ia kooperatif.",
        "Riva Sanjaya",
        "Direktur Utama PT Pertamina Patra Niaga",
    ),
]


def test_a_surname_used_alone_does_not_cut_a_long_name() -> None:
    text = "Kepala Bidang Humas Polda Jatim Kombes Raden Dirmanto Adi Nugroho menjelaskan. Dirmanto menambahkan."
    assert "Raden Dirmanto Adi Nugroho" in people(text)


# rows of the former test_post_and_name_boundaries: (text, name, role)
POST_AND_NAME_BOUNDARIES = [
    # the post before a comma belongs to the full name after it
    (
        "kata Ketua Unit Komunikasi Publik Unpad, Ni Luh Ayu Saraswati, saat konferensi pers.",
        "Ni Luh Ayu Saraswati",
        "Ketua Unit Komunikasi Publik Unpad",
    ),
    # a body written elsewhere on its own ends before the person
    (
        "Lembaga survei Indo Barometer turut melakukan survei. Direktur Riset Indo Barometer "
        "Fahmi Alimuddin mengatakan hasilnya baik. Kata Fahmi, itu wajar.",
        "Fahmi Alimuddin",
        "Direktur Riset Indo Barometer",
    ),
    # an ordinal inside the post, and a subject after the comma
    (
        "Proyek itu dimulai di masa pemerintahan Presiden RI ke-6 Susilo Bambang Yudhoyono, Luhut menambahkan.",
        "Susilo Bambang Yudhoyono",
        "Presiden RI ke-6",
    ),
]


def test_a_word_after_dan_inside_a_post_is_no_name() -> None:
    text = "Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, standar itu 10 persen."
    assert "Multimoda" not in people(text)


def test_a_bracketed_short_form_is_no_role() -> None:
    assert "PM" not in {e.role for e in warta.read("Partikel Particulate Matter (PM) 2,5 berbahaya.").entities}


# single-person checks that were one test each: (text, name, role or None)
SINGLES = [
    pytest.param(
        "Saksi itu bersaksi dalam sidang yang menjerat mantan Kadis PUPR Riau Benny Saragih. "
        "Dalam kesaksiannya, Rosmala mengakui adanya aliran dana.",
        "Rosmala",
        None,
        id="role_does_not_cross_a_sentence_end",
    ),
    pytest.param(
        "Sidang dipimpin ketua dengan anggota terdiri atas Yusuf Mansur Hidayat, Benny Kurniawan Saputra, "
        "dan Lina Marlina yang hadir di lokasi. Yusuf bertanya, Benny menjawab.",
        "Benny Kurniawan Saputra",
        None,
        id="a_list_of_names_is_no_role",
    ),
    pytest.param(
        "Perkara itu juga menjerat anaknya Rayhan Dulmadi Siregar selaku Direktur PT Bumi Raya Persada.",
        "Rayhan Dulmadi Siregar",
        "Direktur PT Bumi Raya Persada",
        id="a_person_named_once_with_a_title_after_is_kept",
    ),
    pytest.param(
        "Dana mengalir ke mantan Kepala Dinas PUPR Kota Tanjungbalai Rudi Hartanto sebesar Rp 1 miliar.",
        "Rudi Hartanto",
        "mantan Kepala Dinas PUPR Kota Tanjungbalai",
        id="a_place_after_its_head_is_no_part_of_the_name",
    ),
    pytest.param(
        "Ia menyebut mantan Kadis PUPR Labura Rina Yanti Harahap menerima uang. "
        "Rina punya tanah di Labura. Kata Rina, itu warisan.",
        "Rina Yanti Harahap",
        "mantan Kadis PUPR Labura",
        id="a_word_used_as_a_place_is_no_part_of_the_name",
    ),
    pytest.param(
        "Marco Bezzecchi diikat kontrak dua tahun. Rivola menampik klaim manajer Bezzecchi tersebut.",
        "Marco Bezzecchi",
        None,
        id="a_title_of_someone_named_as_its_possessor_is_not_their_role",
    ),
    pytest.param(
        "Jabatan itu akan diserahkan kepada AKP Thomas Sembiring pekan depan.",
        "Thomas Sembiring",
        None,
        id="a_rank_alone_is_no_role",
    ),
    pytest.param(
        "Wagub Taj Yasin meninjau banjir. Wakil Gubernur Jawa Tengah Taj Yasin menyebut bantuan siap.",
        "Taj Yasin",
        "Wakil Gubernur Jawa Tengah",
        id="a_bare_title_gives_way_to_the_post_written_in_full",
    ),
    pytest.param(
        "Menurut jaksa, Rahmat saat itu menagih utang kepada tetangganya.",
        "Rahmat",
        None,
        id="the_source_after_menurut_is_no_role_of_the_next_name",
    ),
    pytest.param(
        "Sementara itu mantan menteri Myanmar yang terlibat dalam kasus beras ini, Thura Aung Ko, sudah divonis.",
        "Thura Aung Ko",
        "mantan menteri Myanmar",
        id="a_person_set_off_by_commas_after_a_description_is_kept_with_it",
    ),
    pytest.param(
        "Panglima TNI Jenderal TNI Agus Subiyanto meninjau lokasi banjir.",
        "Agus Subiyanto",
        "Panglima TNI",
        id="the_service_before_a_rank_stays_in_the_post",
    ),
    pytest.param(
        "Kabid Humas Polda Jatim Kombes Budi Ari Syahputra menjelaskan kasus itu. Budi Ari mengatakan penyidikan "
        "berjalan.",
        "Budi Ari Syahputra",
        "Kabid Humas Polda Jatim",
        id="a_persons_short_name_written_alone_does_not_cut_the_name",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    ROLE_OF_THE_RUN + ROLE_BESIDE_THE_NAME + DESCRIBED_ROLE + COMPANY_THEN_PERSON + POST_AND_NAME_BOUNDARIES + SINGLES,
)
def test_role_of_the_name(text: str, name: str, role: str | None) -> None:
    """One row per person: the role the entities layer gives them (None: no role)."""
    assert people(text).get(name) == role
