"""Round 29: a name opening or closing with a club's word (`FC`, `SC`; in football news also
`City`, `United`) is a club, not a person or a place; a known `X City` place stays a place, and a
club's word closing the club before a player's name is not the player's. A "place" named with a
league's word (`Premier League`) is the league's body. Sentences written for the tests."""

from __future__ import annotations

import warta
from warta.document.model import Entity, Mention
from warta.entities import extract
from warta.entities.clubs import club_sides, league_bodies

_FOOTBALL = "Pertandingan Liga Inggris itu berakhir dengan satu gol di babak kedua. "


def _label(text: str, name: str, label: str) -> str:
    at = text.index(name)
    return club_sides(text, [Entity(name, label, [Mention(at, at + len(name), name)])])[0].label


def test_fc_opens_a_club_in_any_article() -> None:
    text = "Penyerang asal Brasil itu pernah dikontrak FC Porto selama tiga musim."
    assert _label(text, "FC Porto", "PER") == "ORG"


def test_city_closes_a_club_in_football_news() -> None:
    text = _FOOTBALL + "Pelatih asal Wales itu kini menangani Swansea City sejak Januari."
    assert _label(text, "Swansea City", "LOC") == "ORG"


def test_city_outside_football_is_left() -> None:
    text = "Warga berunjuk rasa di pusat Swansea City pada Sabtu sore."
    assert _label(text, "Swansea City", "LOC") == "LOC"


def test_a_known_city_stays_a_place() -> None:
    text = _FOOTBALL + "Tim itu menjalani laga persahabatan di Meksiko City pekan lalu."
    assert _label(text, "Meksiko City", "LOC") == "LOC"


def test_fc_closing_the_club_before_a_player_stays_his() -> None:
    text = _FOOTBALL + "Ia memukul pemain Bhayangkara FC Thiago Rosando seusai laga."
    assert _label(text, "FC Thiago Rosando", "PER") == "PER"


def test_a_league_is_no_place() -> None:
    league = Entity("Premier League", "LOC", [Mention(10, 24, "Premier League")], country="GB")
    assert league_bodies([league])[0].label == "ORG"


def test_a_country_after_a_league_stays_a_place() -> None:
    text = "Pemain muda itu mencetak 12 gol di Bundesliga Jerman musim lalu bersama klubnya."
    bodies = {e.canonical: e.label for e in extract(warta.read(text, layers=[]))}
    assert bodies.get("Bundesliga") == "ORG" and bodies.get("Jerman") == "LOC"


def test_a_big_town_abroad_closing_with_city_stays_a_place() -> None:
    # `Kansas City` is in no entity list, but the geocoder knows it: a World Cup venue, not a club
    text = _FOOTBALL + "Laga Piala Dunia itu akan digelar di Kansas City, Amerika Serikat."
    assert _label(text, "Kansas City", "LOC") == "LOC"


def test_a_post_opening_the_sentence_does_not_close_a_club() -> None:
    # `Pemain` is capitalised only because it opens the sentence: no club of its own before `SC`
    text = "Pemain SC Cambuur berkebangsaan Indonesia, Stefano Lilipaly, mengirim dukungan untuk Jakarta."
    assert _label(text, "SC Cambuur", "PER") == "ORG"
