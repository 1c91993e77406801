"""Round 23 (issue #16, class 9): role classes found by reading the roles of unannotated articles
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
            # a lower-case trade at a body after `di`, the closing comma left out before the verb
            "Harga minyak naik tipis pagi ini. Margaretha Kowalski, analis komoditas senior di "
            "Bank Nordhaven mengatakan pasar masih menunggu data stok.",
            "Margaretha Kowalski",
            "analis komoditas senior di Bank Nordhaven",
        ),
        (
            # … after `dari`, the body then its town
            "Gejala itu muncul tiap musim panas. Emre Kaplanoglu, peneliti dari Universitas "
            "Ankara di Turki menyebutkan fenomena itu tidak berbahaya.",
            "Emre Kaplanoglu",
            "peneliti dari Universitas Ankara di Turki",
        ),
        (
            # a capitalised post, `juga` before the verb
            "Permintaan diperkirakan melemah. Tobias Lindqvist, Kepala Riset dan Direktur Analisis "
            "Pasar di Nordic Energy juga mengatakan harga bisa turun lagi.",
            "Tobias Lindqvist",
            "Kepala Riset dan Direktur Analisis Pasar di Nordic Energy",
        ),
    ],
)
def test_unclosed_post_after_name(text: str, name: str, role: str) -> None:
    assert _entities(text)[name] == ("PER", role)


def test_unclosed_trade_needs_its_body() -> None:
    # a lower-case trade with no body after `di`/`dari` is no post run into the verb
    ents = _entities("Warga resah. Rudi Hartono, pedagang kecil mengatakan harga cabai naik lagi.")
    assert ents["Rudi Hartono"][1] is None


def test_body_closing_post_of_sentence_subject() -> None:
    # the name opens its sentence: the capitalised words after the title close the body's name, no person
    ents = _entities(
        "Kampus itu membuka kelas baru.\n\nSuryo Wibisono, Koordinator Studio Animasi mengatakan, "
        "mahasiswanya dilatih dengan studi kasus. Menurut Suryo, hasilnya baik."
    )
    assert ents["Suryo Wibisono"] == ("PER", "Koordinator Studio Animasi")
    assert all(label != "PER" for n, (label, _r) in ents.items() if "Animasi" in n)


def test_next_subject_after_quote_keeps_its_post() -> None:
    # after a verb of saying the name does not open the sentence: the titled name is the next subject
    ents = _entities('"Kami siap," kata Budi Santosa, Ketua Umum PDIP Megawati Soekarnoputri menegaskan hal yang sama.')
    assert ents["Megawati Soekarnoputri"] == ("PER", "Ketua Umum PDIP")
    assert ents["Budi Santosa"][1] is None


@pytest.mark.parametrize(
    ("text", "body", "label"),
    [
        (
            "Pria yang juga menjabat Imam Besar Masjid Baiturrahim itu menyebut santri berperan penting.",
            "Masjid Baiturrahim",
            "LOC",
        ),
        ("Kepala Bandara Komodo menyebut landasan diperpanjang tahun depan.", "Bandara Komodo", "LOC"),
    ],
)
def test_one_word_after_a_body_head_names_the_body(text: str, body: str, label: str) -> None:
    # a common-noun head among the office words, then one capitalised word: the body's name, no person
    ents = _entities(text)
    assert ents[body][0] == label
    assert all(lab != "PER" for lab, _r in ents.values())


def test_one_word_name_after_a_named_body_stays_a_person() -> None:
    # a named body (an acronym, a club) before the word, or a given name: the word is the person
    ents = _entities("Pelatih Persib Hodak mengatakan timnya siap. Kepala Masjid Agung Ahmad menyambut tamu.")
    assert ents["Hodak"] == ("PER", "Pelatih Persib")
    assert ents["Ahmad"][0] == "PER"


def test_list_of_trades_keeps_each_its_own() -> None:
    # `trade NAME, trade NAME, …`: the next item's trade is no apposition of the name before it
    ents = _entities(
        "Grup itu kini beranggotakan gitaris Bayu Kusumo Aji, gitaris Dimas Prasetya Nugraha, "
        "vokalis Reza Fahlevi Siregar, dan drummer Teguh Santoso."
    )
    assert ents["Dimas Prasetya Nugraha"] == ("PER", "gitaris")
    assert ents["Reza Fahlevi Siregar"] == ("PER", "vokalis")


def test_tie_set_off_after_a_name_still_reads() -> None:
    # a lawyer set off after one name and run into his client's name is the first person's tie
    ents = _entities("Vidi Galenso, kuasa hukum Mario membenarkan kabar itu kepada wartawan.")
    assert ents["Vidi Galenso"] == ("PER", "kuasa hukum Mario")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"Pasar kami makin luas," kata juru bicara Legoland Johor Bahru, Tan Wei Ming, kepada AFP. '
            "Taman bermain Legoland Johor Bahru akan diperluas tahun depan.",
            "Legoland Johor Bahru",
        ),
        (
            "Wakil presiden Boca Juniors Horacio Paolini menyatakan kesepakatan segera tercapai. "
            "Boca Juniors ingin pemain itu pulang musim ini.",
            "Boca Juniors",
        ),
    ],
)
def test_body_inside_a_post_is_no_person(text: str, body: str) -> None:
    ents = _entities(text)
    assert ents[body][0] == "ORG"


def test_person_inside_a_tie_or_period_stays_a_person() -> None:
    # a client, kin or the person whose era it was, named inside another's post, is a person
    ents = _entities(
        "Pengacara Jokowi, Yakup Hasibuan, hadir di sidang. Mantan menteri pertahanan era Obama, "
        "Ashton Carter, menyebut Guam strategis."
    )
    assert ents["Jokowi"][0] == "PER"
    assert ents["Obama"][0] == "PER"


def test_two_posts_joined_by_dan_set_off_after_a_name() -> None:
    # `pendiri dan CEO X`: two posts of one person; the company closing them is no person
    ents = _entities("Rangga Wiratama, pendiri dan CEO Kopilabs, menjalani diet itu sejak tahun lalu.")
    assert ents["Rangga Wiratama"] == ("PER", "pendiri dan CEO Kopilabs")
    assert ents.get("Kopilabs", ("ORG", None))[0] != "PER"


def test_names_listed_inside_a_set_off_post_are_people() -> None:
    # names followed by commas or `dan` inside what was read as one post: a list of people
    ents = _entities(
        "Tim itu dipimpin Kombes Iwan Setiawan, Kombes Aswin Siregar, Kombes Mugi Hartono, dan Kombes Eko Prasetyo."
    )
    assert ents["Iwan Setiawan"][1] is None or "Aswin" not in (ents["Iwan Setiawan"][1] or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Film itu digarap salah satu sutradara ternama di Indonesia, yakni Hanung Bramantyo.",
            "Hanung Bramantyo",
            "sutradara ternama di Indonesia",
        ),
        (
            "Klub itu memulangkan pemain andalan mereka di Liga 1, yaitu Yohanes Pahabol, pekan lalu.",
            "Yohanes Pahabol",
            "pemain andalan mereka di Liga 1",
        ),
    ],
)
def test_description_before_yakni_is_the_role(text: str, name: str, role: str) -> None:
    # `yakni`/`yaitu` between the description and the name sets it off as a comma does
    assert _entities(text)[name] == ("PER", role)


def test_titled_body_inside_a_post_before_yakni() -> None:
    # the band read as a titled person inside the post set off before `yakni`: the post is the name's
    ents = _entities("Drummer Arctic Monkeys, yakni Matt Helders, mengatakan album itu rampung.")
    assert ents["Matt Helders"] == ("PER", "Drummer Arctic Monkeys")


def test_word_beside_a_match_is_read_from_a_window() -> None:
    # the word before and after a match, read without splitting the whole text (long articles),
    # the same as a whole split gives, words longer than the window included
    from warta.entities.posted_bodies import _word_after, _word_before

    text = "x" * 500 + " juru bicara " + "y" * 300
    at = text.find("juru")
    assert _word_before(text, at) == "x" * 500
    assert _word_after(text, at + len("juru bicara")) == "y" * 300
    assert _word_before("alpha  beta", 7) == "alpha" and _word_before("alpha", 0) == ""
