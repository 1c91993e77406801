"""Round 30: a club's nickname (`The Gunners`, `Setan Merah`, data/club_nicknames.tsv) is one more
mention of the club the article names, not an entity of its own; in football news that names no such
club it is still a club, never a person; outside football it is left. Sentences written for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from taggedcases import labelled_mentions  # noqa: E402


def test_nickname_joins_the_named_club() -> None:
    text = (
        "Arsenal menang 2-0 atas Chelsea dalam laga Liga Primer Inggris di Stadion Emirates, Minggu. "
        "Kemenangan itu membuat The Gunners naik ke posisi ketiga klasemen sementara. "
        "Pelatih Mikel Arteta memuji para pemainnya yang tampil disiplin sepanjang laga."
    )
    ents = labelled_mentions(text)
    assert "The Gunners" not in ents
    assert ents["Arsenal"] == ("ORG", ["Arsenal", "The Gunners"])


def test_local_nickname_joins_the_named_club() -> None:
    text = (
        "Persebaya Surabaya menjamu Arema FC dalam laga Liga 1 di Stadion Gelora Bung Tomo, Sabtu malam. "
        "Bajul Ijo unggul lebih dulu lewat gol sundulan pada menit ke-20 babak pertama."
    )
    ents = labelled_mentions(text)
    assert "Bajul Ijo" not in ents
    assert "Bajul Ijo" in ents["Persebaya Surabaya"][1]


def test_nickname_alone_in_football_news_is_a_club() -> None:
    text = (
        "Hull City menahan imbang tamunya dalam laga Liga Primer Inggris, Sabtu. "
        "Gol penyeimbang dicetak pada menit akhir setelah Spurs gagal mengamankan bola di lini belakang."
    )
    assert labelled_mentions(text)["Spurs"][0] == "ORG"


def test_nickname_skips_a_club_whose_name_holds_its_word_for_another() -> None:
    """`Rossoneri` is AC Milan's: `Inter Milan` holds `Milan` too, and is named more often."""
    text = (
        "Inter Milan menang 2-1 atas AC Milan dalam derby di Stadion San Siro, Minggu. Inter Milan kini "
        "memimpin klasemen Serie A. Gol Inter Milan dicetak pada babak kedua. Rossoneri tertahan di posisi ketujuh."
    )
    ents = labelled_mentions(text)
    assert "Rossoneri" not in ents["Inter Milan"][1]
    assert "Rossoneri" in ents["AC Milan"][1]
