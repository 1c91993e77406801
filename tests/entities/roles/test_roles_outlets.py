"""Roles as the article gives them: the post rather than the rank, descriptions set off by
commas before or after the name, and a relation that names another person."""

import pytest

import warta

CASES = [
    (
        "Hal itu dikatakan oleh Kasat Lantas Polres Subang AKP Budhy Hendratno dalam keterangan tertulisnya.",
        "Budhy Hendratno",
        "Kasat Lantas Polres Subang",
    ),
    (
        "Humas Polres Labuhanbatu AKP Viktor Sibarani mengatakan, mereka masih menunggu proses sertijab.",
        "Viktor Sibarani",
        "Humas Polres Labuhanbatu",
    ),
    (
        "Komandan Pasukan Pelopor Korps Brimob Polri, Brigjen Abdul Rahman Baso membenarkan kabar itu.",
        "Abdul Rahman Baso",
        "Komandan Pasukan Pelopor Korps Brimob Polri",
    ),
    (
        "Kepala Bidang Hubungan Masyarakat Polda Metro Jaya Komisaris Besar Raden Prabowo Argo Yuwono di Polda Metro Jaya"
        " mengatakan hal itu.",
        "Raden Prabowo Argo Yuwono",
        "Kepala Bidang Hubungan Masyarakat Polda Metro Jaya",
    ),
    (
        "Vika, petugas call center PT Jasa Marga, mengungkapkan bahwa kepadatan mulai terlihat.",
        "Vika",
        "petugas call center PT Jasa Marga",
    ),
    (
        "Koordinator data ASDP cabang Bakauheni, Ahsan Muhtar mengatakan, baru 28 persen pemudik yang kembali.",
        "Ahsan Muhtar",
        "Koordinator data ASDP cabang Bakauheni",
    ),
    (
        "Komdis PSSI menjatuhkan hukuman kepada bek asing Persib Bandung, Vladimir Vujovic, sebagai buah insiden itu.",
        "Vladimir Vujovic",
        "bek asing Persib Bandung",
    ),
    (
        "Maman Sidikou, yang merupakan pemimpin MONUSCO, mengatakan bahwa 36 pengungsi dibunuh.",
        "Maman Sidikou",
        "pemimpin MONUSCO",
    ),
    ("Kuasa hukum Setnov, Maqdir Ismail mengatakan kliennya dibawa ke RSPAD.", "Maqdir Ismail", "Kuasa hukum Setnov"),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_role_beside_the_name(text: str, name: str, role: str) -> None:
    art = warta.read(text, layers=["entities"])
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert roles.get(name) == role


def test_relation_names_another_person() -> None:
    art = warta.read(
        "Sebelumnya, staf ahli Anang, Aris, mengatakan pencalonan Ashanty sudah dibahas.", layers=["entities"]
    )
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert roles.get("Aris") == "staf ahli Anang"
    assert roles.get("Anang") is None


def test_place_inside_a_post_is_not_a_person() -> None:
    art = warta.read(
        "Koordinator data ASDP cabang Bakauheni, Ahsan Muhtar mengatakan pemudik mulai kembali.", layers=["entities"]
    )
    assert all(not (e.canonical == "Bakauheni" and e.label == "PER") for e in art.entities)


def test_a_clause_after_the_name_is_no_role() -> None:
    art = warta.read("Joko Widodo, yang datang bersama istrinya, meresmikan jalan tol itu.", layers=["entities"])
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert roles.get("Joko Widodo") is None


def test_organisation_run_into_the_speakers_name() -> None:
    art = warta.read(
        "Pejabat Kementerian Dalam Negeri Josue Boji mengatakan bentrokan dimulai setelah pengungsi menyerbu penjara. "
        "Boji mengatakan pasukan kewalahan.",
        layers=["entities"],
    )
    got = {(e.canonical, e.label) for e in art.entities}
    assert ("Kementerian Dalam Negeri", "ORG") in got and ("Josue Boji", "PER") in got


def test_organisation_name_with_capitalised_words_is_kept() -> None:
    art = warta.read("Satgas Penanggulangan Aktivitas Ilegal menyebut tambang itu merusak hutan.", layers=["entities"])
    assert all(e.label != "PER" for e in art.entities)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kepala Subdivisi Pengadaan Perum Bulog Andi Wijaya menjelaskan stok beras aman.",
            "Andi Wijaya",
            "Kepala Subdivisi Pengadaan Perum Bulog",
        ),
        (
            "Staf Ahli Menteri Bidang Ekonomi Makro Suahasil Nazara mengatakan inflasi terjaga.",
            "Suahasil Nazara",
            "Staf Ahli Menteri Bidang Ekonomi Makro",
        ),
        ("Bos SpaceX dan Tesla, Elon Musk, mengatakan roket siap.", "Elon Musk", "Bos SpaceX dan Tesla"),
        (
            "Kuasa hukum Mensesneg dan PPKGBK, Kharis Sucipto, mengatakan gugatan itu keliru.",
            "Kharis Sucipto",
            "Kuasa hukum Mensesneg dan PPKGBK",
        ),
        ("Hal itu disampaikan oleh menteri. Budi Santoso kemudian meninggalkan lokasi.", "Budi Santoso", None),
    ],
)
def test_long_posts_and_joined_bodies(text: str, name: str, role: str | None) -> None:
    art = warta.read(text, layers=["entities"])
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert name in roles and roles[name] == role


def test_relation_before_a_post_belongs_to_someone_else() -> None:
    art = warta.read("Dia adalah anak dari Direktur Pertamina era Orde Baru, Ibnu Sutowo.", layers=["entities"])
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert roles.get("Ibnu Sutowo", "").startswith("Direktur Pertamina")


def test_trade_noun_after_the_name() -> None:
    art = warta.read(
        "Stephen Hawking, fisikawan legendaris sekaligus salah satu pemikir terbesar, pernah meramalkan kiamat.",
        layers=["entities"],
    )
    roles = {e.canonical: e.role for e in art.entities if e.label == "PER"}
    assert roles.get("Stephen Hawking") == "fisikawan legendaris"
