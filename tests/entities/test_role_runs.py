"""Role + organisation + name runs and roles around a name (issue #16, classes 4 and 9): two
titled people joined by `dan`, an organisation of common words between the title and the name,
a title after `selaku`/`sebagai` or in brackets, a role that must not cross a sentence end or
swallow a list of other people. Names differ from the annotated sets: the shapes are the point."""

import pytest

import warta


def people(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.read(text, layers=["entities"]).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
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
    ],
)
def test_role_of_the_run(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_role_does_not_cross_a_sentence_end() -> None:
    text = (
        "Saksi itu bersaksi dalam sidang yang menjerat mantan Kadis PUPR Riau Benny Saragih. "
        "Dalam kesaksiannya, Rosmala mengakui adanya aliran dana."
    )
    assert people(text).get("Rosmala") is None


def test_a_list_of_names_is_no_role() -> None:
    text = (
        "Sidang dipimpin ketua dengan anggota terdiri atas Yusuf Mansur Hidayat, Benny Kurniawan Saputra, "
        "dan Lina Marlina yang hadir di lokasi. Yusuf bertanya, Benny menjawab."
    )
    assert people(text).get("Benny Kurniawan Saputra") is None


def test_a_person_named_once_with_a_title_after_is_kept() -> None:
    text = "Perkara itu juga menjerat anaknya Rayhan Dulmadi Siregar selaku Direktur PT Bumi Raya Persada."
    assert people(text).get("Rayhan Dulmadi Siregar") == "Direktur PT Bumi Raya Persada"


def test_two_people_after_one_title_share_it() -> None:
    text = (
        "Polisi memeriksa saksi untuk tersangka pemilik Sentosa Tour Budi Hartawan dan Dewi Lestari Siregar. "
        "Kasus ST (Sentosa Tour) itu ramai."
    )
    got = people(text)
    assert got.get("Budi Hartawan") == "pemilik Sentosa Tour"
    assert got.get("Dewi Lestari Siregar") == "pemilik Sentosa Tour"


def test_a_place_after_its_head_is_no_part_of_the_name() -> None:
    text = "Dana mengalir ke mantan Kepala Dinas PUPR Kota Tanjungbalai Rudi Hartanto sebesar Rp 1 miliar."
    assert people(text).get("Rudi Hartanto") == "mantan Kepala Dinas PUPR Kota Tanjungbalai"


def test_a_word_used_as_a_place_is_no_part_of_the_name() -> None:
    text = (
        "Ia menyebut mantan Kadis PUPR Labura Rina Yanti Harahap menerima uang. "
        "Rina punya tanah di Labura. Kata Rina, itu warisan."
    )
    assert people(text).get("Rina Yanti Harahap") == "mantan Kadis PUPR Labura"


def test_a_title_of_someone_named_as_its_possessor_is_not_their_role() -> None:
    text = "Marco Bezzecchi diikat kontrak dua tahun. Rivola menampik klaim manajer Bezzecchi tersebut."
    assert people(text).get("Marco Bezzecchi") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
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
    ],
)
def test_role_beside_the_name(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
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
    ],
)
def test_described_role(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_a_rank_alone_is_no_role() -> None:
    assert (
        people("Jabatan itu akan diserahkan kepada AKP Thomas Sembiring pekan depan.").get("Thomas Sembiring") is None
    )


def test_a_bare_title_gives_way_to_the_post_written_in_full() -> None:
    text = "Wagub Taj Yasin meninjau banjir. Wakil Gubernur Jawa Tengah Taj Yasin menyebut bantuan siap."
    assert people(text).get("Taj Yasin") == "Wakil Gubernur Jawa Tengah"


def test_the_source_after_menurut_is_no_role_of_the_next_name() -> None:
    assert people("Menurut jaksa, Rahmat saat itu menagih utang kepada tetangganya.").get("Rahmat") is None


def test_the_place_of_a_head_before_a_comma_is_no_person() -> None:
    got = people("Kami menahan pelaku, kata Kasat Reskrim Polres Pinrang, AKP Rudi Hasan kepada wartawan.")
    assert "Pinrang" not in got
    assert got.get("Rudi Hasan") == "Kasat Reskrim Polres Pinrang"


def test_a_person_set_off_by_commas_after_a_description_is_kept_with_it() -> None:
    text = "Sementara itu mantan menteri Myanmar yang terlibat dalam kasus beras ini, Thura Aung Ko, sudah divonis."
    assert people(text).get("Thura Aung Ko") == "mantan menteri Myanmar"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
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
    ],
)
def test_company_then_person(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_a_surname_used_alone_does_not_cut_a_long_name() -> None:
    text = "Kepala Bidang Humas Polda Jatim Kombes Raden Dirmanto Adi Nugroho menjelaskan. Dirmanto menambahkan."
    assert "Raden Dirmanto Adi Nugroho" in people(text)


def test_the_service_before_a_rank_stays_in_the_post() -> None:
    assert (
        people("Panglima TNI Jenderal TNI Agus Subiyanto meninjau lokasi banjir.").get("Agus Subiyanto")
        == "Panglima TNI"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
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
    ],
)
def test_post_and_name_boundaries(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_a_word_after_dan_inside_a_post_is_no_name() -> None:
    text = "Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, standar itu 10 persen."
    assert "Multimoda" not in people(text)


def test_a_persons_short_name_written_alone_does_not_cut_the_name() -> None:
    text = "Kabid Humas Polda Jatim Kombes Budi Ari Syahputra menjelaskan kasus itu. Budi Ari mengatakan penyidikan berjalan."
    assert people(text).get("Budi Ari Syahputra") == "Kabid Humas Polda Jatim"


def test_a_bracketed_short_form_is_no_role() -> None:
    assert "PM" not in {e.role for e in warta.read("Partikel Particulate Matter (PM) 2,5 berbahaya.").entities}
