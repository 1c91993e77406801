"""Round 30 places (issue #16 item 8): a home desk's dateline (`Jakarta, CNN Indonesia --`,
`Jakarta (ANTARA News) -`) is the desk's seat, not the story's place. A town no list knows, written
where a place is (`di X`, `desa X`), in a story whose text names places of one country abroad and
none at home, lies in that country, not in Indonesia. Sentences written for the tests in the
shapes of wire and CNN Indonesia stories."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402

_STORY = (
    "Jakarta, CNN Indonesia -- Pasukan keamanan Kamboja bentrok dengan kelompok bersenjata di "
    "perbatasan Kamboja, Sabtu (12/8). Bentrokan terjadi di sekitar Phumkrasang, menurut militer "
    "Kamboja. Asap terlihat dari desa Toulprang sepanjang malam. Pemerintah Kamboja mengirim "
    "bantuan, sementara Thailand menutup perbatasan."
)


def _placed(text: str, places_: list[str]) -> dict[str, str | None]:
    return {e.canonical: e.country for e in placed_entities(text, {"LOC": places_}) if e.label == "LOC"}


def test_towns_no_list_knows_lie_in_the_desk_storys_country_abroad() -> None:
    got = _placed(_STORY, ["Jakarta", "Kamboja", "Phumkrasang", "Toulprang", "Thailand"])
    assert (got["Phumkrasang"], got["Toulprang"]) == ("KH", "KH")


def test_a_story_that_names_a_place_at_home_keeps_its_own_reading() -> None:
    text = _STORY + " Kementerian Luar Negeri di Bandung memantau keadaan WNI di sana."
    got = _placed(text, ["Jakarta", "Kamboja", "Phumkrasang", "Toulprang", "Thailand", "Bandung"])
    assert got["Phumkrasang"] != "KH"


def test_a_name_placed_by_its_address_or_no_place_word_is_left_alone() -> None:
    # Cambodia leads the story two to one, so only the address and the missing place word keep them out
    text = (
        "Jakarta (ANTARA News) - Pengungsi Kamboja ditampung di Phumkrasang, Thailand Timur, sejak Jumat. "
        "Pemerintah Kamboja berterima kasih; Kamboja juga memuji Toulprang dalam kerja sama itu. Militer "
        "Kamboja menarik pasukan."
    )
    got = _placed(text, ["Jakarta", "Kamboja", "Phumkrasang", "Thailand Timur", "Toulprang"])
    assert got["Phumkrasang"] != "KH"
    assert got["Toulprang"] != "KH"


def test_no_country_abroad_leading_two_to_one_places_nothing() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Pasukan Kamboja dan Thailand bentrok di sekitar Phumkrasang, Sabtu. "
        "Militer Kamboja dan militer Thailand saling tuding."
    )
    got = _placed(text, ["Jakarta", "Kamboja", "Thailand", "Phumkrasang"])
    assert got["Phumkrasang"] is None


def test_a_site_no_list_knows_in_a_desk_story_abroad() -> None:
    # the square is named again far from the town it lies in (the story's one town abroad places it)
    text = (
        "Jakarta, CNN Indonesia -- Ribuan penggemar berkumpul di Milan, Italia, Sabtu (3/6). Polisi "
        "Italia menyebut kepanikan dipicu suara petasan. Wali kota Milan meminta warga tenang. "
        "Sejumlah korban masih dirawat, dan Piazza Duomino kini dijaga ketat aparat."
    )
    got = _placed(text, ["Jakarta", "Milan", "Italia", "Piazza Duomino"])
    assert got["Piazza Duomino"] == "IT"


def test_a_place_word_opening_a_sentence_places_the_name_too() -> None:
    text = _STORY + " Di Sampovluon, warga Kamboja mengungsi. Dari Chrouy Sdau asap juga terlihat."
    got = _placed(text, ["Jakarta", "Kamboja", "Phumkrasang", "Toulprang", "Thailand", "Sampovluon", "Chrouy Sdau"])
    assert (got["Sampovluon"], got["Chrouy Sdau"]) == ("KH", "KH")


def test_a_site_in_a_desk_story_that_names_only_its_country() -> None:
    # no town abroad named (towns_abroad says nothing): only the story's lead places the square
    text = (
        "Jakarta, CNN Indonesia -- Ribuan penggemar berkumpul di Piazza Duomino, Sabtu (3/6). Polisi "
        "Italia menyebut kepanikan dipicu suara petasan. Pemerintah Italia meminta warga tenang."
    )
    got = _placed(text, ["Jakarta", "Italia", "Piazza Duomino"])
    assert got["Piazza Duomino"] == "IT"


def test_a_list_of_towns_no_list_knows_is_no_address() -> None:
    # `, Maungdaw` is the next town of a list, not where Rathedaung lies
    text = (
        "Jakarta, CNN Indonesia -- Tentara Myanmar menyerbu desa-desa di Rathedaung, Maungdaw, dan "
        "Buthidaung. Pemerintah Myanmar membantah. Myanmar menyebut operasi itu sah."
    )
    got = _placed(text, ["Jakarta", "Myanmar", "Rathedaung", "Maungdaw", "Buthidaung"])
    assert got["Rathedaung"] == "MM"


@pytest.mark.parametrize(
    ("where", "name"),
    [("kembali menang di MotoGP", "MotoGP"), ("meninjau proyek di Tol Brexit", "Tol Brexit")],
)
def test_a_brand_or_a_home_only_site_keeps_its_home_reading(where: str, name: str) -> None:
    # a name with a brand's capitals, or a site whose head only Indonesian sites have, is no town abroad
    text = (
        f"Jakarta, CNN Indonesia -- Warga Italia {where}, Minggu. Bank Italia mendanai. Pemerintah Italia "
        "memuji hasil itu."
    )
    got = _placed(text, ["Jakarta", "Italia", name])
    assert got[name] == "ID"
