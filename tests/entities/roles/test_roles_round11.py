"""Roles the eleventh round attaches (issue #16, recall): a misspelt or contracted name's second
entry, a post closed by a word of its standing, company posts in English, offices joined by `dan`,
a description set off on both sides after a source noun, a counted post set off by a comma.
Real sentence shapes of the development sets, with other names."""

from __future__ import annotations

import pytest

import warta
from warta.entities.roles.variants import same_person, share_roles
from warta.entities.spans import Cand, Cluster


def roles_of(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


def _cluster(name: str, role: str | None = None) -> Cluster:
    return Cluster("PER", name, [Cand(0, len(name), "PER", 2, name)], role=role)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Afifuddin", "Affifuddin"), ("Rahman Akil", "Rahman Aqil"), ("Zulficar", "Zulfichar"), ("Jokowi", "Joko Widodo")],
)
def test_spellings_of_one_name(a: str, b: str) -> None:
    words = [[w.casefold() for w in a.split()]], [[w.casefold() for w in b.split()]]
    assert same_person(*words)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Budi", "Badi"),
        ("Rahman Akil", "Rahmat Akbar"),
        ("Andi Saputra", "Andika Saputra"),
        ("Joko", "Joko Widodo"),
        ("Yanto", "Yanti"),
        ("Putra", "Putri"),
    ],
)
def test_different_people_stay_apart(a: str, b: str) -> None:
    words = [[w.casefold() for w in a.split()]], [[w.casefold() for w in b.split()]]
    assert not same_person(*words)


def test_role_shared_only_with_one_donor() -> None:
    bare, donor = _cluster("Masinto"), _cluster("Masinton", "Anggota Komisi III DPR")
    share_roles([bare, donor])
    assert bare.role == "Anggota Komisi III DPR"
    # two close names with different roles: no way to tell which one is meant
    bare = _cluster("Hendrawan")
    share_roles([bare, _cluster("Hendrawa", "Kapolsek"), _cluster("Hendrawin", "Camat")])
    assert bare.role is None


def test_misspelt_second_entry_takes_the_role() -> None:
    got = roles_of(
        "Keputusan itu ditandatangani Ketua KPU Affifuddin pada 21 Agustus 2025. "
        "Menurut Afifuddin, aturan itu dibatalkan karena ada masukan."
    )
    assert got and all(role == "Ketua KPU" for name, role in got.items() if "ifuddin" in name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Bupati Bogor nonaktif Rahmat Hidayat dibawa ke rumah sakit pada Senin.",
            "Rahmat Hidayat",
            "Bupati Bogor nonaktif",
        ),
        (
            "Jakarta - Gubernur Jawa Tengah terpilih Bambang Wuryanto menyampaikan terima kasih.",
            "Bambang Wuryanto",
            "Gubernur Jawa Tengah terpilih",
        ),
        (
            "Jakarta - Chief Financial Officer PT Garuda Indonesia Fuad Rizal mengatakan laba naik.",
            "Fuad Rizal",
            "Chief Financial Officer PT Garuda Indonesia",
        ),
        (
            '"Kami terus memantau," kata Direktur Perlindungan WNI dan Badan Hukum Indonesia Kementerian Luar '
            "Negeri Judha Nugraha dalam keterangan tertulis. Judha menambahkan, keluarga sudah dihubungi.",
            "Judha Nugraha",
            "Direktur Perlindungan WNI dan Badan Hukum Indonesia Kementerian Luar Negeri",
        ),
        (
            '"Mobil itu milik pemprov," kata Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden Yusuf '
            "Permana kepada wartawan. Yusuf menambahkan, tidak ada korban.",
            "Yusuf Permana",
            "Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden",
        ),
        (
            "Penyidik meminta keterangan sopir pribadi Hendra, Agus Salim, yang ikut dalam mobil itu.",
            "Agus Salim",
            "sopir pribadi Hendra",
        ),
    ],
)
def test_post_before_the_name(text: str, name: str, role: str) -> None:
    assert roles_of(text).get(name) == role


def test_two_posts_joined_by_dan_stay_two() -> None:
    got = roles_of(
        "Acara dihadiri Gubernur Jawa Barat Ridwan Kamil dan Ketua DPRD Jawa Barat Taufik Hidayat di Bandung."
    )
    assert got == {"Ridwan Kamil": "Gubernur Jawa Barat", "Taufik Hidayat": "Ketua DPRD Jawa Barat"}


def test_source_of_words_is_not_the_next_subject() -> None:
    assert roles_of("Berdasarkan keterangan komandan regu, Yanto terlihat gelisah sejak pagi.") == {"Yanto": None}


def test_counted_post_set_off_by_a_comma() -> None:
    got = roles_of(
        "Kedua hakim agung yang menangani perkara itu, Suharto Wibowo dan Desnayeti Yusuf, menolak permohonan kasasi."
    )
    assert got == {"Suharto Wibowo": "hakim agung", "Desnayeti Yusuf": "hakim agung"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar mengatakan tersangka ditahan.",
            "Abdul Qohar",
            "Direktur Penyidikan pada Jampidsus Kejagung",
        ),
        (
            "Hal itu disampaikan Kepala Subdirektorat Penyidikan pada Direktorat Tindak Pidana Korupsi Bareskrim "
            "Polri Kombes Arief Adiharsa kepada wartawan.",
            "Arief Adiharsa",
            "Kepala Subdirektorat Penyidikan pada Direktorat Tindak Pidana Korupsi Bareskrim Polri",
        ),
        ("Uang itu diserahkan pada Kapolres Bogor AKBP Rio Wahyu Anggoro.", "Rio Wahyu Anggoro", "Kapolres Bogor"),
    ],
)
def test_post_in_an_office_after_pada(text: str, name: str, role: str) -> None:
    assert roles_of(text).get(name) == role


def test_posts_in_brackets_in_a_list_of_suspects() -> None:
    got = roles_of(
        "Kejagung menetapkan tiga tersangka, yakni Riza Chalid (pemilik manfaat PT Orbit Terminal Merak), "
        "Hanung Budya (mantan Direktur Pemasaran Pertamina), dan Alfian Nasution (mantan Wakil Presiden Pertamina)."
    )
    assert got == {
        "Riza Chalid": "pemilik manfaat PT Orbit Terminal Merak",
        "Hanung Budya": "mantan Direktur Pemasaran Pertamina",
        "Alfian Nasution": "mantan Wakil Presiden Pertamina",
    }
    # a place in a photo caption or a bare family tie in brackets is no post
    assert set(roles_of("Budi Santoso (kiri) berjabat tangan dengan Andi Wijaya (kanan) di Jakarta.").values()) == {
        None
    }
    assert set(roles_of("Siti Aminah (istri) dan Joko (anak) selamat dalam kejadian itu.").values()) == {None}


def test_president_after_a_plain_sentence_opener() -> None:
    got = roles_of("Tampak Presiden Joko Widodo dan Menteri Keuangan Sri Mulyani di Istana Bogor.")
    assert got == {"Joko Widodo": "Presiden", "Sri Mulyani": "Menteri Keuangan"}
    assert roles_of("Hadir Presiden Prabowo Subianto di lokasi.") == {"Prabowo Subianto": "Presiden"}


def test_a_field_of_a_listed_post_read_as_a_name_does_not_stop_the_post() -> None:
    got = roles_of(
        "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati mengimbau warga waspada."
    )
    assert got.get("Dwikorita Karnawati") == "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Hendri Saputra ditanya wartawan. Namun, politikus Partai Gerindra itu menolak berkomentar.",
            "politikus Partai Gerindra",
        ),
        (
            "Hendri Saputra diperiksa selama lima jam. Usai diperiksa, pengusaha asal Surabaya itu langsung pulang.",
            "pengusaha asal Surabaya",
        ),
        # no trade (`pria`), or the last name is not the subject its sentence is about: no role
        ("Hendri Saputra ditangkap di rumahnya. Pria berusia 45 tahun itu langsung dibawa ke Polres.", None),
    ],
)
def test_epithet_that_stands_for_the_subject(text: str, role: str | None) -> None:
    assert roles_of(text).get("Hendri Saputra") == role


def test_epithet_after_two_people_is_left_alone() -> None:
    got = roles_of(
        "Hendri Saputra menjenguk Andi Wijaya di rumah sakit. Namun, pengusaha asal Surabaya itu tidak berkomentar."
    )
    assert set(got.values()) == {None}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sutrisno (50), pemilik warung di lokasi mengaku mendengar ledakan.", "pemilik warung di lokasi"),
        ("Sutrisno (50), pedagang sayur mengaku rugi.", "pedagang sayur"),
        # where the person lives is no post; a list of names after the age is no description
        ("Sutrisno (50), warga setempat mengaku mendengar ledakan.", None),
        ("Sutrisno (50), Yanto (45) dan Budi (30) ditangkap.", None),
    ],
)
def test_description_after_the_age_without_its_closing_comma(text: str, role: str | None) -> None:
    assert roles_of(text).get("Sutrisno") == role


def test_embassy_post_opens_a_titled_person() -> None:
    got = roles_of('"Sejak awal kami yakin bahwa ia tidak bersalah," kata Atase Hukum KBRI Riyadh Mihibbuddin.')
    assert got.get("Mihibbuddin") == "Atase Hukum KBRI Riyadh"
