"""Round 36, second wave: in a football article a club named by a word and the town it plays in
(`Werder Bremen`, `Borussia Dortmund`, `Olympique Lyon`) was read as a person or a place when no
cue word stood before it; the town closing the name makes it the club. A player whose surname is a
town stays a person when a shirt number stands before him in a line-up, and a name opened by an
Indonesian word is left. Sentences written for the tests in the pool outlets' style (the name
shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_clubs_named_after_their_towns_in_a_list() -> None:
    text = (
        "Real Madrid menjadi tim paling produktif di Liga Champions musim ini dengan 32 gol. Klub lain yang "
        "juga tajam, yakni AS Roma (19 gol), Borussia Dortmund (18), Olympiacos (18), FC Porto (17), Bayer "
        "Leverkusen (15), dan Olympique Lyon (14). Pertandingan final digelar di Cardiff."
    )
    labels = _labels(text)
    assert labels.get("Borussia Dortmund") == "ORG"
    assert labels.get("Bayer Leverkusen") == "ORG"
    assert labels.get("Olympique Lyon") == "ORG"


def test_a_former_club_in_a_career_list() -> None:
    text = (
        "Bayern Munich telah mengumumkan transfer Sandro Wagner dari Hoffenheim. Setelah meninggalkan Bayern "
        "pada 2008, ia merapat ke Duisburg, Werder Bremen, dan Darmstadt sebelum bergabung ke Hoffenheim. "
        "Wagner telah mencetak empat gol dalam 11 laga Bundesliga musim ini."
    )
    labels = _labels(text)
    assert labels.get("Werder Bremen") == "ORG"
    assert labels.get("Sandro Wagner") == "PER"
