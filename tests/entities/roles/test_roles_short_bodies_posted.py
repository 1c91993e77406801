"""A club's short name written after a post (`pemain Bayern`) is the club named in full
elsewhere in the article, not a person holding the post."""

import warta


def test_posted_short_name_of_a_club_is_the_club() -> None:
    text = (
        "Bayern Muenchen menang 3-1 atas Hertha Berlin di Allianz Arena, Sabtu (18/10). "
        "Gol kemenangan dicetak pemain Bayern pada menit ke-77 setelah menerima umpan silang."
    )
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    people = {e.canonical for e in art.entities if e.label == "PER"}
    assert "Bayern" not in people
    club = next(e for e in art.entities if e.canonical == "Bayern Muenchen")
    assert "Bayern" in {m.text for m in club.mentions}


def test_posted_first_words_of_a_company_are_the_company() -> None:
    text = (
        "Hanwha Ocean Marine Engineering Co Ltd memenangi kontrak kapal tanker senilai US$ 500 juta. "
        "Menurut juru bicara Hanwha Ocean, kapal pertama dikirim tahun depan."
    )
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    assert "Hanwha Ocean" not in {e.canonical for e in art.entities if e.label == "PER"}
