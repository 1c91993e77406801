"""Round 32: bodies the tagger reads as people because their names look like given names or
Italian and Polish names (`Mercedes`, `Dorna`, `Gazzetta dello Sport`, `Tuttosport`) are organisations
(data/organisations.tsv); `dello` joins a name like `della`. Sentences written for the tests, in
CNN Indonesia's and JUARA.net's style."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_racing_team_named_bare_is_a_body() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Pebalap Yamaha itu tinggal menunggu tawaran resmi dari pihak Mercedes. "
        '"Bagaimana bisa saya menolak tawaran Mercedes? " ucap Rossi.'
    )
    assert _labels(text).get("Mercedes") == "ORG"


def test_the_promoter_is_a_body() -> None:
    text = (
        "JUARA.net - Keputusan Dorna untuk menambah seri balap MotoGP memicu pro dan kontra. "
        "Namun, Pimpinan Dorna Sports, Carmelo Ezpeleta, menyatakan hal itu wajar."
    )
    labels = _labels(text)
    assert labels.get("Dorna") == "ORG" and labels.get("Dorna Sports") == "ORG"
    assert labels.get("Carmelo Ezpeleta") == "PER"


def test_an_italian_sports_paper_is_one_body() -> None:
    text = "Berbicara kepada Gazzetta dello Sport, Toto Wolff juga memberi kesempatan kepada Sebastien Ogier."
    labels = _labels(text)
    assert labels.get("Gazzetta dello Sport") == "ORG"
    assert "Gazzetta" not in labels and "Sport" not in labels
