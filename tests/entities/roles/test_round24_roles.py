"""Round 24 (issue #16, class 9): role classes found on the opened blind sets of round 23 and
confirmed on the mining pool, each tested on sentences written for its shape."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            # `sebelumnya` between the post and the comma: the post is still the role
            "Jakarta - Klub itu resmi mengumumkan pelatih baru. Ia menggantikan pelatih kepala "
            "sebelumnya, Marco Bellini, yang dipecat pekan lalu.",
            "Marco Bellini",
            "pelatih kepala",
        ),
        (
            # `saat itu`, the post capitalised, the name then listed with another
            "Jakarta - Perjanjian itu diteken Menteri Luar Negeri saat itu, Hassan Wirajuda, dan "
            "mitranya dari Singapura di Bali.",
            "Hassan Wirajuda",
            "Menteri Luar Negeri",
        ),
        (
            # `kala itu` at the sentence's end
            "Jakarta - Gedung itu diresmikan oleh Gubernur Jawa Barat kala itu, Ahmad Heryawan.",
            "Ahmad Heryawan",
            "Gubernur Jawa Barat",
        ),
    ],
)
def test_post_held_then(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_time_word_opening_the_sentence_is_no_post() -> None:
    text = "Jakarta - Seperti diberitakan sebelumnya, Budi Hartanto ditangkap di rumahnya di Bekasi."
    assert _roles(text)["Budi Hartanto"] is None


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            # a description set off before two names joined by `dan`, named by `yakni`
            "Bandung - Klub itu kehilangan bintang andalan mereka, yakni Rizky Pratama dan Dimas Saputra, pekan lalu.",
            ("Rizky Pratama", "Dimas Saputra"),
            "bintang andalan mereka",
        ),
        (
            # examples of the description after a comma and `seperti`
            "Jakarta - Fotografer itu pernah memotret pasangan bintang ternama, seperti Reza Rahadian "
            "dan Laura Basuki, untuk sampul majalah.",
            ("Reza Rahadian", "Laura Basuki"),
            "bintang ternama",
        ),
    ],
)
def test_description_before_a_list_is_every_name_s(text: str, names: tuple[str, ...], role: str) -> None:
    found = _roles(text)
    assert all(found[n] == role for n in names), found


def test_a_relation_before_a_listed_pair_after_kata() -> None:
    # `kata pengacaranya, A dan B, …`: the relation set off before the pair is both lawyers'
    text = (
        'Jakarta - Pengusaha Hendra Gunawan ditahan jaksa sejak Senin. "Klien kami akan kooperatif," '
        "kata pengacaranya, Robert Sitompul dan Maria Lestari, kepada wartawan."
    )
    found = _roles(text)
    assert all((found[n] or "").startswith("pengacara") for n in ("Robert Sitompul", "Maria Lestari")), found


def test_the_source_of_words_is_no_post_of_a_listed_pair() -> None:
    # `Menurut jaksa, X dan Y …`: who told it, not the pair's post
    text = "Jakarta - Menurut jaksa, Rudi Hartono dan Andi Wijaya menagih uang itu sejak 2023."
    found = _roles(text)
    assert found["Rudi Hartono"] is None
