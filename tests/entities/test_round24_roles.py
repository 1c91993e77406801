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
