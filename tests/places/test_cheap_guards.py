"""The cheap tests that skip the places layer's costlier patterns (issue #16) must never skip a
text the pattern would match: each guard is a necessary condition of its pattern."""

from __future__ import annotations

import random

from warta.places.listed import _GLUED_NUMBER, _may_glue, glued_item_ends
from warta.places.pairs import _PAIR_IN_TEXT, _hyphen_between_names, has_place_pair

_PIECES = ["Aceh", "2", "3", ".", " ", "-", "Pondok", "Gede", "a", "Z", "1", "10", "\n", "é", "x-", "-Y", ",", "123"]


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(16)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_hyphen_guard_never_hides_a_pair() -> None:
    for text in _texts():
        if _PAIR_IN_TEXT.search(text):
            assert _hyphen_between_names(text), text
    assert has_place_pair("kereta cepat Jakarta-Bandung")
    assert not _hyphen_between_names("masing-masing pihak, Jakarta - Bandung")


def test_glued_guard_never_hides_a_number() -> None:
    for text in _texts():
        if _GLUED_NUMBER.search(text):
            assert _may_glue(text), text
    assert glued_item_ends("1. SMAN 10, Banda Aceh2. SMAS Unggul Del, Toba, Sumatera Utara3. SMA") != []
    assert not _may_glue("harga Rp 1.500 dan 3. Lalu")


def test_folds_to_is_the_name_key_test() -> None:
    from warta.places.names import name_key
    from warta.places.pairs import _folds_to

    names = ["Bandarlampung", "bandarlampung", "BANDAR-LAMPUNG", "'Bandar Lampung'", "Zürich", "Zurich", "", "1Jakarta"]
    names += ["Æro", "aero", "Jakarta", "(Jakarta)", "Ｊakarta", "ıstanbul", "Istanbul", "Bandar Lampung"]
    for text in names:
        for place in names:
            assert _folds_to(text, name_key(place)) == (name_key(text) == name_key(place)), (text, place)
