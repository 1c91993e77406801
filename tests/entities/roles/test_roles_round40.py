"""Round 40, roles: a job or trade in lower case written right after the name (or its age in
brackets) with no comma is the name's apposition (`saksi Budi satpam hotel menjelaskan`, `Andi (24)
mahasiswa asal Malaysia jatuh`), the house style of crime and school news of other outlets (found on
the IndoSum part of the pool, merdeka and suara). It runs to the verb, a stop word, a preposition
or the first lower-case word after its body's name; a tie, where one lives or a form of address is
no such job. Own sentences in the style of those pages."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Usai menenggak minuman keras, Tan Wei Ming (23) mahasiswa asal Malaysia terjatuh dari lantai tiga hotel.",
            "Tan Wei Ming",
            "mahasiswa asal Malaysia",
        ),
        (
            "Berdasarkan keterangan saksi Wayan Sudarsana satpam Hotel Melati menjelaskan, korban datang seorang diri.",
            "Wayan Sudarsana",
            "satpam Hotel Melati",
        ),
        (
            "Selain itu, Rizky Pratama siswa SMPN 3 Kabupaten Sleman yang membuat alat itu ikut diundang ke Istana.",
            "Rizky Pratama",
            "siswa SMPN 3 Kabupaten Sleman",
        ),
        (
            "Polisi menyebut Hendro Saputro pengusaha asal Surabaya ditangkap di rumahnya, Senin (3/4).",
            "Hendro Saputro",
            "pengusaha asal Surabaya",
        ),
        # the job ends its sentence: the next sentence's subject is no part of it
        (
            "Polisi menangkap Hendro Saputro pengusaha asal Surabaya. Warga Sleman itu ditangkap di rumahnya.",
            "Hendro Saputro",
            "pengusaha asal Surabaya",
        ),
        (
            "Polisi menangkap Hendro Saputro pedagang sayur. Dia ditangkap di rumahnya, Senin (3/4).",
            "Hendro Saputro",
            "pedagang sayur",
        ),
    ],
)
def test_job_after_the_name_without_a_comma(text: str, name: str, role: str) -> None:
    assert person_roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where one lives: no job
        ("Andi Wijaya warga Desa Sukamaju mengaku kaget melihat api.", "Andi Wijaya"),
        # a tie to someone: no job
        ("Menurut Budi Santoso istri korban sudah pulang ke rumah.", "Budi Santoso"),
        # the next clause's subject after the name's sentence: no apposition
        ("Hadir dalam acara itu Rina Marlina. Pedagang pasar menyambutnya dengan gembira.", "Rina Marlina"),
    ],
)
def test_no_job_after_the_name_stays_out(text: str, name: str) -> None:
    assert person_roles(text).get(name) is None
