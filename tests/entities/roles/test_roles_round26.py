"""Round 26 (issue #16): role classes found in the errors of the opened blind sets (heldout25,
outlets_heldout20), each tested on sentences written for its shape."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles as _entities  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the office's short form in brackets after the post's `dan` is of two words
        (
            "Menurut Direktur Jenderal Perkeretaapian dan Angkutan Kota (Ditjen Perka) Kemenhub Arif Santoso, "
            "jadwal kereta tambahan diumumkan pekan depan.",
            "Arif Santoso",
            "Direktur Jenderal Perkeretaapian dan Angkutan Kota (Ditjen Perka) Kemenhub",
        ),
        (
            "Kepala Dinas Pemadam Kebakaran dan Penyelamatan (Damkar PB) Kota Depok Wahyu Hidayat mengatakan "
            "api padam setelah dua jam.",
            "Wahyu Hidayat",
            "Kepala Dinas Pemadam Kebakaran dan Penyelamatan (Damkar PB) Kota Depok",
        ),
        # the office the post is at, after `pada`, with `dan` in the post's field
        (
            '"Kami membuka layanan aduan," kata Kabag Pengadaan Barang dan Jasa pada Sekretariat Daerah '
            "Kabupaten Garut Rina Marlina, Senin (3/11/2025).",
            "Rina Marlina",
            "Kabag Pengadaan Barang dan Jasa pada Sekretariat Daerah Kabupaten Garut",
        ),
    ],
)
def test_post_with_short_form_or_office_inside(text: str, name: str, role: str) -> None:
    assert _entities(text)[name][1] == role


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        # a counted description, a relative clause, `yakni` and the list of the people it counts
        (
            "Keterangan itu dibantah oleh tiga auditor BPK yang ikut diperiksa di persidangan, yakni "
            "Hendra Wijaya, Slamet Riyadi, dan Dedi Kurniawan.",
            ("Hendra Wijaya", "Slamet Riyadi", "Dedi Kurniawan"),
            "auditor BPK",
        ),
        (
            "Proyek jembatan itu dikerjakan dua kontraktor yang memenangi lelang tahun lalu, yaitu "
            "Budi Santoso dan Andi Wijaya.",
            ("Budi Santoso", "Andi Wijaya"),
            "kontraktor",
        ),
    ],
)
def test_counted_description_with_relative_clause_is_each_listed_name(
    text: str, names: tuple[str, ...], role: str
) -> None:
    found = _entities(text)
    assert [found[n][1] for n in names] == [role] * len(names)


def test_relative_clause_across_a_sentence_is_no_description() -> None:
    # the description closes another sentence: the names after `yakni` are not described by it
    text = (
        "Polisi memeriksa dua auditor BPK. Penyidik juga memanggil saksi yang lain, yakni Hendra Wijaya "
        "dan Slamet Riyadi."
    )
    found = _entities(text)
    assert found["Slamet Riyadi"][1] != "auditor BPK"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a capitalised word of what the person leads opens the run before the title
        (
            "Kementerian itu masuk daftar terbaik selama setahun Pemerintahan Presiden Hendra Wijaya.",
            "Hendra Wijaya",
            "Presiden",
        ),
        (
            "Sekolah rakyat menjadi bagian dari Nawa Cita Presiden Joko Widodo sejak 2015.",
            "Joko Widodo",
            "Presiden",
        ),
        # a rank there is no post
        ("Serangan itu dipimpin Pasukan Kolonel Budi Santoso pada malam hari.", "Budi Santoso", None),
    ],
)
def test_title_after_a_capitalised_word_of_the_run(text: str, name: str, role: str | None) -> None:
    assert _entities(text)[name][1] == role


@pytest.mark.parametrize(
    "text",
    [
        # a subordinating conjunction ends the clause before the name: no role runs through it
        "Pelatih itu menerima keputusan wasit karena Haryanto memang menjatuhkan lawannya di kotak penalti.",
        "Warga menunggu kabar dari dokter meski Suparman sudah dua hari dirawat.",
    ],
)
def test_conjunction_closes_the_words_before_a_name(text: str) -> None:
    found = _entities(text)
    assert all(role is None for _label, role in found.values())


def test_title_in_run_points_at_the_title_before_the_name() -> None:
    """The title word also opens the run earlier (`Kabinet Presiden … Presiden Prabowo`): the role's
    offset is that of the words right before the name, not of their first occurrence in the run."""
    from warta.entities.roles.posts import title_in_run

    norm = "Ia hadir dalam rapat Kabinet Presiden Merah Putih Presiden Prabowo Subianto kemarin."
    found = title_in_run(norm, norm.index("Prabowo"), 0)
    assert found == ("Presiden", norm.index("Presiden Prabowo"))
