"""Round 16 (issue #16): posts of Indonesian news the title list lacked (`Kasubbag Humas`, `Danlanal`,
`Kalapas`, `Sekdes`), a post set off after a name whose closing comma is left out (`Adnan, Penasihat
Media UNRWA mengatakan …`), a trade capitalised right before a name (`kata Pengusaha Budi`), and a bare
`Presiden` after a fronted clause (`Selama setahun ini, Presiden telah …`). Sentences written for the
shapes, not taken from the annotated sets."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Kasubbag Humas", "Polres Bogor"),
        ("Danlanal", "Cilacap"),
        ("Kapendam", "Jaya"),
        ("Sekdes", "Sukamaju"),
        ("Kepala Kanwil", "Kemenkumham Jawa Barat"),
        ("Wasekjen", "PDIP"),
        ("Bhabinkamtibmas", "Desa Cibadak"),
    ],
)
def test_posts_of_offices_are_roles_and_not_names(title: str, office: str) -> None:
    roles = _roles(f"Hal itu disampaikan {title} {office} Budi Santoso di kantornya, Senin (20/10/2025).")
    assert roles.get("Budi Santoso") == f"{title} {office}"


@pytest.mark.parametrize("title", ["Kepsek", "Kaprodi", "Panitera", "Pendeta", "Notaris"])
def test_bare_post_before_name_is_stripped_into_the_role(title: str) -> None:
    roles = _roles(f"Hal itu disampaikan {title} Budi Santoso di Jakarta, Senin (20/10/2025).")
    assert roles == {"Budi Santoso": title}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rina Wulandari, Kepala Dinas Kesehatan Kota Bogor mengatakan kasus DBD naik pekan ini.",
            "Rina Wulandari",
            "Kepala Dinas Kesehatan Kota Bogor",
        ),
        (
            "JAKARTA - Agus Salim, Direktur Utama PT Sinar Jaya menyampaikan bahwa laba perseroan naik.",
            "Agus Salim",
            "Direktur Utama PT Sinar Jaya",
        ),
    ],
)
def test_post_after_name_without_its_closing_comma(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_unclosed_post_needs_a_title_and_only_capitalised_words_before_the_verb() -> None:
    # `warga setempat` is no post in capitals: the comma opens the rest of the sentence
    roles = _roles("Kami bertemu Budi Santoso, warga setempat mengatakan bahwa jalan itu rusak.")
    assert roles.get("Budi Santoso") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Hal itu disampaikan Pengusaha Budi Santoso di Jakarta.", "Budi Santoso", "Pengusaha"),
        ("Rapat dihadiri Petani Budi Santoso dan Nelayan Joko Susilo.", "Joko Susilo", "Nelayan"),
    ],
)
def test_capitalised_trade_right_before_the_name(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_capitalised_trade_closing_a_body_is_not_the_role() -> None:
    roles = _roles("Ketua Asosiasi Pengusaha Budi Santoso hadir dalam rapat itu.")
    assert "Pengusaha" not in (roles.get("Budi Santoso") or "").split()[:1]


def test_bare_president_after_a_fronted_clause() -> None:
    text = (
        "Jakarta - Pemerintahan Joko Susilo sudah berjalan satu tahun. Joko Susilo meresmikan jalan tol.\n"
        "Selama setahun ini, Presiden telah membangun banyak bendungan."
    )
    assert _roles(text).get("Joko Susilo") == "Presiden"


def test_lawyer_before_a_later_mention_names_the_client() -> None:
    text = (
        "Jakarta - Rina Wulandari ditetapkan sebagai tersangka oleh polisi.\n"
        "Pihak pengacara Rina telah dihubungi terkait status tersangkanya."
    )
    assert _roles(text).get("Rina Wulandari") is None


def test_lawyer_at_the_first_mention_is_the_persons_trade() -> None:
    text = "Sidang itu dihadiri pengacara Hotman Paris. Hotman Paris mengatakan kliennya tidak bersalah."
    assert _roles(text).get("Hotman Paris") == "pengacara"


def test_english_company_posts() -> None:
    roles = _roles("Hal itu disampaikan Country Head Google Indonesia Rudi Hartono di Jakarta.")
    assert roles.get("Rudi Hartono") == "Country Head Google Indonesia"


def test_unclosed_post_naming_the_next_subject_stays_with_that_subject() -> None:
    text = '"Ekonomi kita tumbuh," kata Rudi Hartono, Ketua Umum PDIP Megawati Soekarnoputri menegaskan partainya siap.'
    roles = _roles(text)
    assert roles.get("Rudi Hartono") is None
    assert roles.get("Megawati Soekarnoputri") == "Ketua Umum PDIP"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Rina Wulandari (22), mahasiswa semester VII Program Studi Sosiologi FISIP Unair, meninggal dunia.",
            "mahasiswa semester VII Program Studi Sosiologi FISIP Unair",
        ),
        ("Rina Wulandari (30), karyawan swasta, mengatakan jalan itu rusak.", "karyawan swasta"),
        ("Rina Wulandari (30), warga Sukamaju, mengatakan jalan itu rusak.", None),
    ],
)
def test_group_noun_after_the_age_is_the_role(text: str, role: str | None) -> None:
    assert _roles(text).get("Rina Wulandari") == role


def test_two_ranked_officials_joined_by_dan_keep_their_own_posts() -> None:
    roles = _roles("Kapolres Bogor AKBP Rudi Hartono dan Dandim Bogor Letkol Inf Andi Wijaya meninjau lokasi.")
    assert roles == {"Rudi Hartono": "Kapolres Bogor", "Andi Wijaya": "Dandim Bogor"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Presiden Joe Biden dan Jepang siap berunding soal tarif.", "Joe Biden", "Presiden"),
        (
            "Menteri Investasi dan Hilirisasi Rosan Roeslani hadir.",
            "Rosan Roeslani",
            "Menteri Investasi dan Hilirisasi",
        ),
    ],
)
def test_known_place_after_dan_is_no_word_of_the_post(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role
