"""Speaker names that the entities layer now cuts out of a role phrase itself (issue #16): the
resolver's own cutting of a name in apposition after a comma or after a bracketed acronym was
removed, so these shapes rest on the entity the phrase covers."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Jakarta - Sidang kasus itu digelar Senin. "Klien kami tidak bersalah dalam perkara ini," kata '
            "pengacara Lisa, Jhony Boy Nababan, kepada wartawan.",
            "Jhony Boy Nababan",
        ),
        (
            'Jakarta - "Kita harus menjaga pertumbuhan ekonomi tahun depan," kata Ketua Dewan Ekonomi Nasional '
            "(DEN) Luhut Binsar Pandjaitan di Jakarta, Senin.",
            "Luhut Binsar Pandjaitan",
        ),
    ],
)
def test_a_name_after_a_role_is_the_speaker(text: str, name: str) -> None:
    quotes = warta.read(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == [name]
