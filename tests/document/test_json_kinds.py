"""A JSON value's kind is named in one set of words wherever a reason or warning names it: the
file readers said 'true or false' for `true`, the field warnings and the API 'a boolean'."""

from __future__ import annotations

import pytest

import warta
from warta.document.input import json_kind
from warta.sources import not_an_object


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (True, "true or false"),
        (None, "null"),
        (3, "a number"),
        (2.5, "a number"),
        ("x", "a string"),
        ([1], "a list"),
        ({}, "an object"),
    ],
)
def test_one_word_for_each_kind(value: object, kind: str) -> None:
    assert json_kind(value) == kind


def test_reader_and_field_warning_agree_on_booleans() -> None:
    assert not_an_object(False) == "JSON line is not an object (true or false)"
    text = "Jakarta - Harga beras di Pasar Induk Cipinang turun menjadi Rp 12.000 per kilogram pekan ini."
    art = warta.read({"id": "b1", "text": text, "title": True}, layers=[])
    assert any("field 'title' is true or false, not text" in w for w in art.warnings), art.warnings
