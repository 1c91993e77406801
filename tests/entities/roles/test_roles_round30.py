"""Round 30, roles: the writer's line that closes a column (the body's last paragraph: the name
glued by the scrape to the post after it by a stop, a comma or nothing) gives a person and the
role; a "person" read inside the post is none. Own paragraphs in the style of detik's columns."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles  # noqa: E402

_BODY = (
    "Pemekaran wilayah bukan jawaban atas semua persoalan daerah. Tanpa tata kelola yang baik, daerah "
    "baru hanya akan menambah beban anggaran dan memperpanjang rantai birokrasi.\n"
    "Karena itu, evaluasi menyeluruh terhadap daerah otonomi baru harus dilakukan lebih dulu sebelum "
    "moratorium dicabut.\n"
)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Rahmat Hidayanto.Anggota DPRD Jawa Tengah Fraksi Partai Golkar.", "Rahmat Hidayanto", "Anggota DPRD"),
        ("B Sulistyono.Ketua Bawaslu Kabupaten Sleman.", "B Sulistyono", "Ketua Bawaslu"),
        ("R.M. DarmowidjojoKepala Badan Perencanaan Daerah (2001-2005)", "Darmowidjojo", "Kepala Badan"),
        (
            "Yusuf Maulana atau Yus Maulana.Dosen hukum tata negara Universitas Jember yang tengah meneliti "
            "otonomi daerah.",
            "Maulana",
            "Dosen hukum tata negara",
        ),
    ],
)
def test_writer_line_gives_person_and_role(line, name, role):
    found = labelled_roles(_BODY + line)
    person = next(k for k in found if k.endswith(name))
    label, got = found[person]
    assert label == "PER"
    assert got is not None and got.startswith(role)


def test_no_person_inside_the_post():
    found = labelled_roles(_BODY + "Sarwo Handoko.Direktur Eksekutif Nusantara Policy Review (NPR).")
    assert found["Sarwo Handoko"][1].startswith("Direktur Eksekutif")
    assert not [k for k, (label, _) in found.items() if label == "PER" and "Review" in k]


def test_a_closing_sentence_is_no_writer_line():
    found = labelled_roles(_BODY + "Ketua Komisi II DPR Rudi Hartanto menyebut evaluasi itu penting.")
    assert found.get("Rudi Hartanto", ("PER", None))[1] == "Ketua Komisi II DPR"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Survei itu menempatkan Kemendikdasmen di posisi teratas, ujar Direktur Riset Rudi Noer Zaman "
            "dalam rilisnya.",
            "Rudi Noer Zaman",
            "Direktur Riset",
        ),
        (
            "Kerja bakti warga dipimpin Kepala Desa Slamet Budi Sentosa sejak pagi.",
            "Slamet Budi Sentosa",
            "Kepala Desa",
        ),
    ],
)
def test_name_after_a_title_may_close_on_a_common_word(text, name, role):
    """A name after a title may close on a common word the article never writes in lower case."""
    label, got = labelled_roles(text)[name]
    assert label == "PER"
    assert got is not None and got.startswith(role)


def test_post_closing_with_a_party_is_not_the_named_ones():
    """The pool's case; a name that is found as a person (`Bima` is a place, so `Bima Arya Sentosa` was none)."""
    found = labelled_roles("Hakim menolak eksepsi dari kuasa hukum terdakwa Axel Matthew Thomas dalam sidang itu.")
    assert found["Axel Matthew Thomas"] == ("PER", None)


def test_a_post_and_name_opening_a_sentence_is_no_writer_line():
    found = labelled_roles(_BODY + "Pemimpin Kerajaan Belanda, Ratu Maxima, menyapa warga di Den Haag.")
    assert "Pemimpin Kerajaan Belanda" not in found or found["Pemimpin Kerajaan Belanda"][0] != "PER"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Arsenal berminat meminang striker Borussia Dortmund, Pierre - Emerick Aubameyang. "
            "Aubameyang dikontrak hingga 2021.",
            "Pierre-Emerick Aubameyang",
            "striker Borussia Dortmund",
        ),
        (
            "Nama pelatih asal Swedia, Sven - Goran Eriksson, kembali disebut. Eriksson belum memberi jawaban.",
            "Sven-Goran Eriksson",
            "pelatih asal Swedia",
        ),
    ],
)
def test_spaced_hyphenated_given_name_is_one_person(text, name, role):
    """IndoSum's tokenised text: `Pierre - Emerick Aubameyang` is one person with the post before it."""
    found = labelled_roles(text)
    assert found[name] == ("PER", role)
    assert "Pierre" not in found and "Sven" not in found


def test_ticket_of_two_people_stays_two():
    found = labelled_roles("Pasangan Sudrajat - Achmad Syaikhu mendaftar ke KPU Jawa Barat, Selasa (9/1).")
    assert "Sudrajat-Achmad Syaikhu" not in found


def test_a_name_word_read_as_a_place_is_the_writers():
    """`Bandung Mawardi.Pegiat …`: the place the tagger read in the name is no place beside the writer."""
    found = labelled_roles(_BODY + "Bandung Mawardi.Pegiat literasi di Karanganyar.")
    assert found["Bandung Mawardi"] == ("PER", "Pegiat literasi di Karanganyar")
    assert "Bandung" not in found


def test_a_post_with_a_lower_case_office_noun_is_no_clause():
    """`menteri`, `direktur` open as `men-` and `di-` verbs do; they are a post's nouns."""
    found = labelled_roles(_BODY + "Budi Santoso.Staf khusus menteri desa.")
    assert found["Budi Santoso"] == ("PER", "Staf khusus menteri desa")
