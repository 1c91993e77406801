"""Round 20 (issue #16, class 9): role classes counted over all the development sets pooled, each
tested on sentences written for its shape (not taken from the annotated sets)."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "owner", "name", "role"),
    [
        (
            "Ditemui usai sidang, ketua tim hukum Sutrisno, Rahmat Hidayat enggan berkomentar lebih jauh.",
            "Sutrisno",
            "Rahmat Hidayat",
            "ketua tim hukum Sutrisno",
        ),
        (
            "Anggota tim kuasa hukum Hasto Kristiyanto, Ronny Talapessy, mengatakan kliennya siap hadir.",
            "Hasto Kristiyanto",
            "Ronny Talapessy",
            "Anggota tim kuasa hukum Hasto Kristiyanto",
        ),
        (
            "Ketua tim pemenangan Bobby Nasution, Rahmat Hidayat, menyebut kampanye berjalan lancar.",
            "Bobby Nasution",
            "Rahmat Hidayat",
            "Ketua tim pemenangan Bobby Nasution",
        ),
    ],
)
def test_a_role_that_ends_with_whose_team_it_is_goes_to_the_next_name(
    text: str, owner: str, name: str, role: str
) -> None:
    # the person named inside the role says whose team it is; the role is the name's after the comma
    roles = _roles(text)
    assert roles.get(name) == role
    assert roles.get(owner) is None


def test_a_name_after_a_title_inside_the_words_still_opens_a_list() -> None:
    # `Ketua KPK Firli Bahuri, Alexander Marwata, dan …`: a list of people, the post is Firli's alone
    roles = _roles("Ketua KPK Firli Bahuri, Alexander Marwata, dan Nurul Ghufron hadir dalam rapat itu.")
    assert roles.get("Firli Bahuri") == "Ketua KPK"
    assert roles.get("Alexander Marwata") is None


@pytest.mark.parametrize(
    "text",
    [
        "Vonis itu lebih ringan dari tuntutan jaksa penuntut umum (JPU) Andi Wijaya yang meminta hukuman tiga tahun.",
        "Berkas itu dibacakan oleh penuntut umum (JPU) Ni Made Sari di hadapan majelis hakim.",
    ],
)
def test_a_short_form_in_brackets_is_no_post_on_its_own(text: str) -> None:
    # the words before the brackets are the post; its short form alone with `)` is never one
    roles = _roles(text)
    assert not any(r and ")" in r and "(" not in r for r in roles.values())


def test_a_post_with_its_short_form_in_brackets_is_kept_whole() -> None:
    roles = _roles("Berkas perkara itu diserahkan ke Kepala Kejaksaan Negeri (Kajari) Budi Santoso pekan lalu.")
    assert roles.get("Budi Santoso") == "Kepala Kejaksaan Negeri (Kajari)"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Salah seorang veteran pejuang kemerdekaan, Wimo Sumanto, mengingatkan para pemuda.",
            "Wimo Sumanto",
            "veteran pejuang kemerdekaan",
        ),
        (
            "Seorang pengemudi ojek daring, Wawan, mengatakan jalan itu sudah lama rusak.",
            "Wawan",
            "pengemudi ojek daring",
        ),
    ],
)
def test_a_description_after_seorang_is_the_role_of_the_name_after_it(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_a_kin_word_after_seorang_is_no_role() -> None:
    roles = _roles("Salah satu orang tua siswa, Dian Puspita, mengaku cemas dengan kondisi anaknya.")
    assert roles.get("Dian Puspita") is None


@pytest.mark.parametrize(
    "text",
    [
        '"Kami hanya ingin didengar," ujar seorang lansia, Margaret Olsen (71), kepada AFP.',
        "Seorang pria berinisial AR alias Gondrong (31), warga Desa Sukamaju, ditangkap polisi.",
    ],
)
def test_a_word_of_sex_or_age_after_seorang_is_no_role(text: str) -> None:
    assert not any(_roles(text).values())


def test_an_epithet_after_a_verb_is_its_object_not_the_last_named_subject() -> None:
    # `menyebut pengusaha Mesir itu …`: the businessmen are what Hendra speaks of, not Hendra
    text = (
        "Hendra Wijaya menemui para pengusaha di pameran dagang itu. "
        "Hendra Wijaya menyebut pengusaha Mesir itu menyambut baik tawaran kabupatennya."
    )
    assert _roles(text).get("Hendra Wijaya") is None


def test_an_epithet_that_opens_the_sentence_still_stands_for_its_subject() -> None:
    text = (
        "Budi Santoso hadir dalam rapat di Senayan, Senin (20/10/2025). "
        "Namun, politikus Partai Gerindra itu menolak berkomentar soal hasil rapat."
    )
    assert _roles(text).get("Budi Santoso") == "politikus Partai Gerindra"


def test_a_position_after_a_comma_names_the_holder_after_it() -> None:
    # `X dan Y, kiper Z`: Z is the keeper, not X's or Y's tie toward Z
    text = (
        "Bambang Pamungkas mengaku betah di Jakarta. Ryuji Utomo juga begitu. "
        "Di samping Bambang dan Ryuji, kiper Andritany Ardhiyasa juga ingin bertahan di Persija."
    )
    roles = _roles(text)
    assert roles.get("Andritany Ardhiyasa") == "kiper"
    assert roles.get("Ryuji Utomo") is None


def test_a_tie_set_off_after_a_name_is_still_that_person_s_toward_the_next() -> None:
    roles = _roles("Andreas Wijaya, kuasa hukum Budi membenarkan kabar penangkapan itu kepada wartawan.")
    assert roles.get("Andreas Wijaya") == "kuasa hukum Budi"


def test_a_bare_presiden_skips_a_passer_by_and_a_holder_of_another_post() -> None:
    # `Presiden` stands for the person the story is about, not for the last one named before it
    text = (
        "Pemerintahan Prabowo Subianto dan Gibran Rakabuming Raka genap berusia satu tahun. "
        "Prabowo Subianto dinilai berhasil menjaga pertumbuhan ekonomi.\n"
        "Ketua Umum Kadin Anindya Bakrie menilai iklim investasi membaik. "
        '"Kami melihat banyak kemajuan," kata Anindya Bakrie.\n'
        "Selama setahun ini, Presiden telah membuktikan fondasi baru pembangunan."
    )
    roles = _roles(text)
    assert roles.get("Prabowo Subianto") == "Presiden"
    assert roles.get("Anindya Bakrie") == "Ketua Umum Kadin"
    assert roles.get("Gibran Rakabuming Raka") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sementara itu personel Satuan Lalu Lintas Polres Bogor, Andi Saputra mengatakan arus kendaraan lancar.",
            "Andi Saputra",
            "personel Satuan Lalu Lintas Polres Bogor",
        ),
        (
            "Instruktur Sekolah Tinggi Penerbangan Indonesia, Rina Marlina, mengatakan latihan berjalan lancar.",
            "Rina Marlina",
            "Instruktur Sekolah Tinggi Penerbangan Indonesia",
        ),
    ],
)
def test_jobs_the_lexicon_lacked_open_a_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role
