"""Round 39 (orgso): a capitalised name right after a newsroom trade (`jurnalis`, `wartawan`) or an
interview's phrase (`wawancara dengan`), or told a speech's words at the close of its attribution
(`ujar X kepada ITV.`), is a cited medium (GUIDELINES: cited media are ORG); a person named there
keeps a given name, a post, a cue or a second mention, and a capitalised trade opens a post's name
(class_nouns.media_after_newsroom_cues); and a body's name set off by commas after a class noun, its
describing words and its home (`harian olahraga dari Portugal, A Bola,`) is the body. Sentences written
for the tests in the styles of IndoSum's sports, technology and entertainment pages (CNN Indonesia,
Antara, DailySocial, Goal) and of detik's closing lines."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_channel_told_at_the_close_of_an_attribution_is_a_medium() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Mantan bek Arsenal itu mengaku tidak menyesal. \u201cSaya tidak akan "
        "melihat ke belakang,\u201d ujar Cole kepada ITV. Ketika ditanya soal klub lamanya, ia tertawa."
    )
    assert _labels(text).get("ITV") == "ORG"


def test_a_paper_after_a_journalist_trade_is_a_medium_not_a_person() -> None:
    text = (
        '"Saya masih memiliki hati nurani yang sangat nyata," ujar Ronaldo menjawab pertanyaan jurnalis '
        "Deportes Cuarto terkait tudingan penggelapan pajak."
    )
    assert _labels(text).get("Deportes Cuarto") == "ORG"


def test_a_channel_a_driver_worked_for_is_a_medium() -> None:
    text = (
        "Mobil itu dikemudikan oleh Hilman Mattauch. Hilman adalah mantan wartawan MetroTv. Polisi menduga "
        "Hilman lalai dalam berkendara."
    )
    assert _labels(text).get("MetroTv") == "ORG"


def test_a_paper_given_an_interview_is_a_medium() -> None:
    text = (
        '"Sudah ada permintaan dari Arsenal untuk pemain kami," kata Watzke dalam wawancara dengan Ruhr '
        "Nachrichten. Dia menambahkan Dortmund tak akan melepasnya murah."
    )
    assert _labels(text).get("Ruhr Nachrichten") == "ORG"


def test_a_person_told_with_a_given_name_stays_a_person() -> None:
    text = '"Saya senang bisa datang ke sini," ujar Budi kepada Ahmad Dhani, Senin (3/4).'
    assert _labels(text).get("Ahmad Dhani") == "PER"


def test_a_capitalised_trade_opens_a_post_not_a_medium() -> None:
    text = (
        "Lalu, bagaimana kabar terbarunya? Ikuti diskusinya dalam Sunsetalk bersama Redaktur Pelaksana "
        "detikInet selengkapnya."
    )
    assert "Pelaksana" not in _labels(text)


def test_a_journalist_named_again_stays_a_person() -> None:
    text = (
        "Acara itu dipandu jurnalis Rosiana Silalahi di Jakarta. Rosiana Silalahi mengatakan acara itu "
        "ditonton jutaan orang."
    )
    assert _labels(text).get("Rosiana Silalahi") == "PER"


# the body's name set off by commas after a class noun, its describing words and its home
# (class_nouns.names_set_off_after_class_nouns)


def test_a_paper_set_off_after_its_class_and_home_is_a_body() -> None:
    text = (
        "Kapten timnas Portugal itu pun memikirkan rencana untuk hengkang. Demikian diungkap harian olahraga "
        "dari Portugal, A Bola, seperti dikutip dari Reuters, Jumat (16/6)."
    )
    assert _labels(text).get("A Bola") == "ORG"


def test_a_maker_set_off_after_its_class_is_a_body_not_a_place() -> None:
    text = (
        "Mungkin penawaran dari pabrikan asal Tiongkok, Detu, berikut ini bakal terdengar lebih menarik. "
        "Soal daya tahan baterai, Detu membekali kameranya dengan baterai besar."
    )
    assert _labels(text).get("Detu") == "ORG"


def test_a_club_set_off_after_its_country_is_a_club_not_a_player() -> None:
    text = (
        "Wesley Sneijder resmi diperkenalkan sebagai pemain baru klub Qatar, Al Gharafa, Senin (8/1) malam. "
        "Al Gharafa dikenal sebagai salah satu klub yang membina pemain muda."
    )
    assert _labels(text).get("Al Gharafa") == "ORG"


def test_a_person_set_off_after_a_named_paper_stays_a_person() -> None:
    text = "Tahun 2009, kritikus film di majalah Forbes, Roger Ebert, memasukkan film itu ke daftarnya."
    labels = _labels(text)
    assert labels.get("Roger Ebert") == "PER"
    assert labels.get("Forbes") == "ORG"


def test_a_town_and_its_country_after_a_firm_stay_places() -> None:
    text = "Pabrik itu dimiliki perusahaan di Osaka, Jepang, sejak puluhan tahun lalu."
    assert _labels(text).get("Jepang") == "LOC"
