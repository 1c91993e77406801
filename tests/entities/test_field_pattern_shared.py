"""A body's field (`Kelautan`, `Pendidikan Dasar`) is one pattern, read by the field lists and by
the `bidang …` tails alike (it was written twice, and one copy could drift from the other)."""

from __future__ import annotations

import re

from warta.entities import field_lists, name_tails


def test_one_field_pattern_for_lists_and_bidang_tails() -> None:
    assert field_lists.FIELD in field_lists._LIST.pattern and field_lists.FIELD in name_tails._BIDANG.pattern
    assert not hasattr(name_tails, "_FIELD")
    assert name_tails._BIDANG.match(" bidang Politik, Hukum, dan Keamanan").group() == (
        " bidang Politik, Hukum, dan Keamanan"
    )
    assert re.fullmatch(field_lists.FIELD, "Pendidikan Dasar") and not re.fullmatch(field_lists.FIELD, "dasar")
