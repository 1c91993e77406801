"""Sentences with no name to find are not sent to the tagger (speed), and nothing is lost."""

from warta.entities.tagger import _nameless, _opening_words


def test_sentence_with_only_an_opening_word_and_a_weekday_is_nameless() -> None:
    assert _nameless(["Namun", ",", "harga", "beras", "naik", "pada", "Selasa", "."], _opening_words())


def test_sentence_with_a_capitalised_word_is_tagged() -> None:
    assert not _nameless(["Namun", ",", "Budi", "datang", "."], _opening_words())
    assert not _nameless(["Budi", "datang", "."], _opening_words())
