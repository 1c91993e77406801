"""Round 22 (issue #16, class 9): role classes found by reading the roles of unannotated articles
(the mining pool of detik and IndoSum outlets), each tested on sentences written for its shape."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles as _entities  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            # the club named alone elsewhere, a known given name after it
            "MU kembali kalah di kandang sendiri pada akhir pekan lalu. Manajer MU Rudi Santosa "
            "mengatakan timnya kurang beruntung. Rudi berharap pemainnya segera bangkit.",
            "Rudi Santosa",
            "Manajer MU",
        ),
        (
            # a body written in full elsewhere, the person called by his first name afterwards
            "Komisi Disiplin (Komdis) PSSI menjatuhkan sanksi kepada dua klub. Ketua Komdis "
            "Tarmizi Alkaf membacakan putusan itu. Menurut Tarmizi, sanksi sudah sesuai aturan.",
            "Tarmizi Alkaf",
            "Ketua Komdis",
        ),
        (
            # the company named alone and in a longer name elsewhere, the surname used alone
            "Sementara itu, juru bicara Yahoo Wendell Okafor menyebut data pengguna aman. Okafor "
            "menolak merinci jumlahnya. Yahoo kembali diretas pekan ini, lapor Yahoo Business Journal.",
            "Wendell Okafor",
            "juru bicara Yahoo",
        ),
        (
            # the short form given in brackets after the body's full name
            "Asosiasi Pengusaha Kopi Nusantara (Apkina) menolak kenaikan tarif ekspor. Ketua "
            "Umum Apkina Hendrawan Lubis mengatakan pengusaha kecil paling terpukul. Hendrawan "
            "meminta pemerintah menunda aturan itu.",
            "Hendrawan Lubis",
            "Ketua Umum Apkina",
        ),
    ],
)
def test_a_body_between_a_post_and_the_name_is_the_posts(text: str, name: str, role: str) -> None:
    # `<post> <body> <name>`: the capitalised run after the post was one name, so the role lost
    # its body and the name gained it; the article's own names show where the body ends
    found = _entities(text)
    assert found[name] == ("PER", role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            # the first name is used alone for the person: no body
            "Ketua DPP Partai Maju Darsono Hadi Prakoso menyerahkan berkas. Darsono mengatakan "
            "berkas sudah lengkap. Menurut Darsono, pendaftaran berjalan lancar.",
            "Darsono Hadi Prakoso",
            "Ketua DPP Partai Maju",
        ),
        (
            # a month that is also a given name, the month written in a date elsewhere
            "Pada Juli 2025 inflasi turun. Direktur Departemen Moneter BI Juli Budi Winantya "
            "mengatakan inflasi inti tetap rendah.",
            "Juli Budi Winantya",
            "Direktur Departemen Moneter BI",
        ),
    ],
)
def test_a_name_that_only_looks_like_a_body_stays_whole(text: str, name: str, role: str) -> None:
    found = _entities(text)
    assert found[name] == ("PER", role)


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "Tim itu diperkuat dua pebalap mereka, Rico Tanuwijaya (Indonesia) dan Marco Bellini (Italia).",
            ("Rico Tanuwijaya", "Marco Bellini"),
            "pebalap",
        ),
        (
            "Sidang dipimpin hakim ketua, didampingi para anggota yakni Sutan Harahap, Dedi Kurnia "
            "dan Benny Lumbantobing.",
            ("Sutan Harahap", "Dedi Kurnia", "Benny Lumbantobing"),
            "anggota",
        ),
        (
            "Festival itu menghadirkan sejumlah musisi, seperti Glenn Pattiasina dan Dimas Pratama.",
            ("Glenn Pattiasina", "Dimas Pratama"),
            "musisi",
        ),
    ],
)
def test_a_counted_trade_before_a_list_is_each_names(text: str, names: tuple[str, ...], role: str) -> None:
    # `dua pebalap mereka, A (X) dan B`, `para anggota yakni A, B dan C`: the count makes the
    # trade everyone's, across a list word, a comma and a short aside in brackets
    found = _entities(text)
    for name in names:
        assert found[name][0] == "PER"
        assert (found[name][1] or "").startswith(role)  # the first may keep its own (`pebalap mereka`)
    assert found[names[-1]][1] == role


def test_a_relative_clause_after_the_count_is_no_role() -> None:
    # `tiga hakim yang menangani perkara itu yakni …`: the relative clause is no part of the
    # trade, and the rule reads no trade across it
    text = (
        "Pengadilan menunjuk tiga hakim yang menangani perkara itu yakni Mulyono Hadi, Salim Basri, dan Teguh Santosa."
    )
    found = _entities(text)
    assert all("yang" not in (found[n][1] or "") for n in ("Mulyono Hadi", "Salim Basri", "Teguh Santosa"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sidang itu dipimpin oleh Kolonel CHK Bonifasius Hutapea sejak pagi.", "Bonifasius Hutapea"),
        (
            '"Selamat kepada Brigadir Satu Polisi Yohana Simanjuntak atas penobatannya," tulisnya.',
            "Yohana Simanjuntak",
        ),
    ],
)
def test_a_rank_with_its_corps_or_grade_is_no_role(text: str, name: str) -> None:
    # `Kolonel CHK` (the legal corps), `Brigadir Satu` (a grade spelt out): a rank, not a post
    found = _entities(text)
    assert found[name] == ("PER", None)


def test_a_post_as_the_label_of_a_line_up_line_is_the_role() -> None:
    # the line-up closes with `Pelatih: <name>`: the colon stands between the post and the name
    # (named in the report before, as coaches are)
    text = (
        "Persikota menang 2-1 atas tamunya di Stadion Benteng. Darmawan Sitompul puas dengan hasil itu.\n\n"
        "Susunan pemain Persikota: Rendy Saputra; Agus Salim, Bayu Wicaksono, Fikri Hamdani.\n\n"
        "Pelatih: Darmawan Sitompul"
    )
    assert _entities(text)["Darmawan Sitompul"] == ("PER", "Pelatih")


def test_a_post_in_nya_right_before_the_name_is_the_names() -> None:
    # `didampingi kuasa hukumnya Rudi Hartono`: no comma between the post and the name; the
    # `-nya` is the sentence's subject's
    text = "Marlina Siregar datang ke Polresta didampingi kuasa hukumnya Rudi Hartono. Rudi mengatakan laporan sudah masuk."
    assert _entities(text)["Rudi Hartono"] == ("PER", "kuasa hukum Marlina Siregar")


def test_kin_or_a_peer_in_nya_right_before_the_name_is_no_role() -> None:
    # `istrinya Lili`, `rekannya Edwin`: a tie, no title or job (as the annotated sets have it)
    text = "Bupati Kaur Gunadi Wiratama dan istrinya Lestari Ayu diperiksa KPK bersama rekannya Edwin Saputra."
    found = _entities(text)
    assert found["Lestari Ayu"][1] is None
    assert found["Edwin Saputra"][1] is None


def test_an_age_without_berusia_names_the_trade_of_the_subject_before() -> None:
    # `Vokalis 41 tahun itu …`: the age tells which one as `berusia 41 tahun` does
    text = (
        "Ardi Wiranata kembali naik panggung di Jakarta, Sabtu (12/4/2025). "
        "Vokalis 41 tahun itu membawakan sepuluh lagu dari album pertamanya."
    )
    assert _entities(text)["Ardi Wiranata"] == ("PER", "Vokalis")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Salah satu yang ingin dipulangkan adalah Rendi Saputra yang kini tercatat sebagai penyerang "
            "Persiba Balikpapan. Rendi belum memberi jawaban.",
            "Rendi Saputra",
            "penyerang Persiba Balikpapan",
        ),
        (
            "Ketika itu, Nadia Paramitha baru meniti karier sebagai model, sementara adiknya masih kuliah. "
            "Nadia kini tinggal di Bali.",
            "Nadia Paramitha",
            "model",
        ),
    ],
)
def test_a_post_after_a_verb_of_working_as_is_the_subjects(text: str, name: str, role: str) -> None:
    # `X yang kini tercatat sebagai penyerang …`, `X baru meniti karier sebagai model`: the one
    # named last before the verb, with no comma between, works as the post after `sebagai`
    assert _entities(text)[name] == ("PER", role)


def test_a_bodys_numeral_before_the_name_closes_the_post() -> None:
    # `… KPK Wilayah V Dian Patria`: the numeral is the region's, not an initial of the name
    text = (
        "Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V Rahmat Sudarsono mengatakan data "
        "tambang belum lengkap. Menurut Rahmat, banyak izin bermasalah."
    )
    found = _entities(text)
    assert found["Rahmat Sudarsono"] == ("PER", "Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V")


def test_a_balinese_i_opens_the_name() -> None:
    # `I Ketut`: the Balinese marker before a birth-order name is the name's own first word
    text = "Kasi Humas Polresta Denpasar I Ketut Sudarma mengatakan pelaku sudah ditahan. Sudarma menambahkan."
    assert _entities(text)["I Ketut Sudarma"] == ("PER", "Kasi Humas Polresta Denpasar")
