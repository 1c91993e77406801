"""Records that are not articles, and files that are not what their name says, each get a
reason a user can act on: a text of punctuation only is refused (it was read as an article in
no language, 'und', and stored); a JSON line that is a list or a number says which; a .csv
separated by ';' (a spreadsheet's export) says so instead of listing 'id;text' as one column."""

from __future__ import annotations

from pathlib import Path

import pytest

import warta
from warta.errors import InputError
from warta.sources import iter_paths


@pytest.mark.parametrize("text", ["!!!...???", " — … ! ", "***\n---\n***"])
def test_a_text_without_a_word_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no words in the text"):
        warta.read({"id": "p", "text": text})
    with pytest.raises(InputError, match="no words in the text"):
        warta.read({"id": "p", "html": f"<html><body><p>{text}</p></body></html>"})


def test_a_short_text_or_another_language_is_read_and_flagged() -> None:
    art = warta.read({"id": "s", "text": "Halo."}).to_dict()
    assert any("not Indonesian" in w for w in art["warnings"])
    en = "The governor of Jakarta inspected the flooding in Kampung Melayu on Wednesday, officials said."
    art = warta.read({"id": "en", "text": en}).to_dict()
    assert art["language"]["code"] == "en" and any("not Indonesian" in w for w in art["warnings"])


def test_json_lines_that_are_not_objects_say_what_they_are(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('[{"text": "a"}, {"text": "b"}]\n42\n"teks"\nnull\ntrue\n')
    errors = [i.error for i in iter_paths([str(f)])]
    assert errors == [
        "JSON line is not an object (a list); give one record object per line",
        "JSON line is not an object (a number)",
        "JSON line is not an object (a string)",
        "JSON line is not an object (null)",
        "JSON line is not an object (true or false)",
    ]


def test_a_csv_with_another_separator_says_so(tmp_path: Path) -> None:
    f = tmp_path / "ekspor.csv"
    f.write_text("id|judul|text\n1|Banjir|Jakarta - Banjir merendam Kampung Melayu.\n")
    (item,) = iter_paths([str(f)])
    assert "no text column" in item.error and "separated by '|'" in item.error  # ';' is read (test_semicolon_csv)
    g = tmp_path / "tanpa-teks.csv"
    g.write_text("id,judul\n1,Banjir\n")
    (item,) = iter_paths([str(g)])
    assert "no text column" in item.error and "separated by" not in item.error
