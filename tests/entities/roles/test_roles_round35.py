"""Round 35, roles: shapes seen on the unannotated pool. Two posts of one person joined by
`sekaligus` are both the role (the gold conventions of the opened sets give both): set off after
the name, up to the closing comma or, when it is left out, the sentence's verb; and before the name,
the first post after a comma, a verb of saying or the sentence's start. A doubles pair named after its
draw (`ganda putra Indonesia, A / B`) shares it, with no tie read from `putra`. Own sentences in the
style of the outlets whose pages showed them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Kami bangga menjadi tuan rumah," kata Hendra Wijaya, pendiri Forum Muda sekaligus Ketua Ikatan '
            "Alumni Nusantara (IAN) melalui siaran pers, Senin.",
            "Hendra Wijaya",
            "pendiri Forum Muda sekaligus Ketua Ikatan Alumni Nusantara (IAN)",
        ),
        (
            "Hal itu disampaikan Budi Santoso, Ketua Umum Partai Karya sekaligus Wakil Ketua DPRD Jawa Tengah, "
            "di Semarang.",
            "Budi Santoso",
            "Ketua Umum Partai Karya sekaligus Wakil Ketua DPRD Jawa Tengah",
        ),
        (
            "Sementara itu, Ketua Forum Investasi sekaligus Deputi Bidang Koordinasi Energi Kemenko Perekonomian "
            "Rahmat Hidayat mengatakan banyak investor berminat.",
            "Rahmat Hidayat",
            "Ketua Forum Investasi sekaligus Deputi Bidang Koordinasi Energi Kemenko Perekonomian",
        ),
    ],
)
def test_two_posts_joined_by_sekaligus(text: str, name: str, role: str) -> None:
    assert person_roles(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        # a tie after `sekaligus`: no second post of the same person
        "Hal itu diungkapkan Sutrisno, pemilik warung sekaligus suami korban, di rumahnya.",
        # no post before `sekaligus`: a noun of the sentence
        "Kehadiran mereka menjadi kebanggaan sekaligus Ketua Panitia Budi Santoso mengapresiasinya.",
    ],
)
def test_sekaligus_before_a_tie_or_after_no_post_stays_out(text: str) -> None:
    roles = person_roles(text)
    assert not any(r and ("suami" in r or "kebanggaan" in r) for r in roles.values())


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Pasangan ganda putra Indonesia, Rian Ardianto / Fajar Alfian, melaju ke babak kedua Jepang Terbuka.",
            {"Rian Ardianto": "ganda putra Indonesia", "Fajar Alfian": "ganda putra Indonesia"},
        ),
        (
            "Setelah itu, giliran pasangan ganda putri nasional, Siti Fadia / Apriyani Rahayu, yang menang.",
            {"Siti Fadia": "ganda putri nasional", "Apriyani Rahayu": "ganda putri nasional"},
        ),
        (
            "Dua wakil ganda campuran Indonesia, Dejan Ferdinansyah / Gloria Widjaja dan Rinov Rivaldy / Pitha "
            "Mentari, gagal ke perempat final.",
            {
                "Dejan Ferdinansyah": "wakil ganda campuran Indonesia",
                "Gloria Widjaja": "wakil ganda campuran Indonesia",
                "Rinov Rivaldy": "wakil ganda campuran Indonesia",
            },
        ),
    ],
)
def test_a_doubles_pair_shares_its_draw(text: str, roles: dict[str, str]) -> None:
    found = person_roles(text)
    assert {name: found.get(name) for name in roles} == roles
