"""Round 24 places (classes found on the opened blind sets, counted on the mining pool): a site
no list knows in a story whose towns all lie in one country abroad; a site at home in a story that
names only countries abroad; a named pondok pesantren is a place; a country opening a
tournament's name is none; a country or a big town read as a person. Sentences written for the
tests in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

import warta

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placecases import placed_entities  # noqa: E402


def _placed(text: str, places_: list[str], bodies: tuple[str, ...] = ()) -> dict[str, str | None]:
    """The places layer alone with ``places_`` as LOC and ``bodies`` as ORG entities."""
    return {e.canonical: e.country for e in placed_entities(text, {"LOC": places_, "ORG": bodies}) if e.label == "LOC"}


_TOUR = (
    "Penyanyi itu memulai tur dunianya dari Manchester pekan lalu. Tiket pertunjukan di Meksiko, "
    "Australia, dan Selandia Baru sudah habis terjual. Para penggemar menanti jadwal berikutnya. "
    "Malam itu, ia tampil di Harbour Arena untuk mempromosikan album barunya."
)


def test_a_venue_lies_in_the_one_country_of_the_storys_towns() -> None:
    # no dateline, countries named in a list: the story's one town (Manchester) places the venue,
    # though it is named three sentences later
    got = _placed(_TOUR, ["Manchester", "Meksiko", "Australia", "Selandia Baru", "Harbour Arena"])
    assert got["Harbour Arena"] == "GB"


def test_a_town_at_home_leaves_the_venue_open() -> None:
    text = _TOUR + " Sebelumnya ia singgah di Bandung."
    got = _placed(text, ["Manchester", "Meksiko", "Australia", "Selandia Baru", "Harbour Arena", "Bandung"])
    assert got["Harbour Arena"] != "GB"


def test_a_jakarta_desk_story_about_one_town_abroad() -> None:
    # the dateline is the desk's seat; the story's towns are Italian and the square's name reads foreign
    text = (
        "Jakarta, CNN Indonesia -- Ribuan pendukung Juventus berkumpul di pusat kota Turin untuk "
        "menonton laga final. Polisi menjaga ketat jalannya acara. Kepanikan pecah di Valentino Park "
        "ketika terdengar suara ledakan."
    )
    got = _placed(text, ["Jakarta", "Turin", "Valentino Park"])
    assert got["Valentino Park"] == "IT"


def test_bodies_named_after_another_country_leave_the_venue_open() -> None:
    text = (
        "Bayern Munchen menjamu Real Madrid pada leg pertama. Skuad tim tamu tiba di Madrid "
        "sebelum terbang pekan lalu. Pertandingan digelar di Grunwald Arena."
    )
    got = _placed(text, ["Madrid", "Grunwald Arena"], ("Bayern Munchen", "Real Madrid"))
    assert got["Grunwald Arena"] != "ES"


def _read(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country, sorted(m.text for m in e.mentions)) for e in art.entities}


def test_a_named_pesantren_is_a_place() -> None:
    text = (
        "Bupati Kediri meresmikan gedung asrama baru Ponpes Nurul Hikmah, Senin (20/10/2025). "
        "Sebanyak 300 santri Ponpes Nurul Hikmah kini dapat tinggal di asrama tersebut."
    )
    got = _read(text)
    assert got["Ponpes Nurul Hikmah"][:2] == ("LOC", "ID")


def test_a_pesantren_cut_by_its_acronym_in_brackets_is_one_place() -> None:
    text = (
        "Tim SAR gabungan masih mencari korban bangunan ambruk di Pondok Pesantren (Ponpes) Darul Falah, "
        "Sidoarjo, Jawa Timur, Rabu (8/10/2025). Darul Falah menampung sekitar 400 santri."
    )
    got = _read(text)
    label, country, mentions = got["Pondok Pesantren Darul Falah"]
    assert (label, country) == ("LOC", "ID")
    assert mentions == ["Darul Falah", "Pondok Pesantren (Ponpes) Darul Falah"]


def test_a_home_site_in_a_story_that_names_only_a_country_abroad() -> None:
    # no dateline; `Brasil` is a country named, no town or site abroad: the hall is at home
    text = (
        "Menteri Luar Negeri memimpin rapat terbatas di Gedung Pancasila, Senin (20/10/2025). Ia menyebut program "
        "serupa sudah lebih dulu berjalan di Brasil dan diakui dunia."
    )
    got = _placed(text, ["Gedung Pancasila", "Brasil"])
    assert got["Gedung Pancasila"] == "ID"


def test_a_country_opening_a_tournaments_name_is_no_place() -> None:
    text = (
        "Pebulu tangkis itu tersingkir di babak kedua Jepang Terbuka 2025. Sebelumnya ia menjuarai "
        "Korea Open dan kini bersiap tampil di Malaysia, tempat ia berlatih sejak kecil."
    )
    got = _read(text)
    assert "Jepang" not in got and "Korea" not in got
    assert got["Malaysia"][:2] == ("LOC", "MY")


def _labelled(text: str, people: list[str], bodies: tuple[str, ...] = ("Mainz",)) -> dict[str, tuple[str, str | None]]:
    """The places layer alone with ``people`` as PER entities (as the tagger misread them) and
    ``bodies`` as ORG."""
    return {e.canonical: (e.label, e.country) for e in placed_entities(text, {"PER": people, "ORG": bodies})}


def test_a_country_read_as_a_person_is_the_country() -> None:
    text = (
        "Timnas akan menjalani laga uji coba melawan Guatemala bulan depan. Tawaran itu datang dari "
        "Guatemala, dan PSSI masih menunggu jawaban."
    )
    assert _labelled(text, ["Guatemala"], ("PSSI",))["Guatemala"] == ("LOC", "GT")


def test_a_person_given_an_age_keeps_a_countrys_name() -> None:
    text = '"Motor saya mogok," kata Kenya (31), pengendara ojek asal Demak.'
    assert _labelled(text, ["Kenya"], ("Demak",))["Kenya"][0] == "PER"


def test_a_big_town_read_as_a_person_after_words_of_birth() -> None:
    text = "Pria kelahiran Dortmund ini memperkuat Mainz selama sebelas musim."
    assert _labelled(text, ["Dortmund"])["Dortmund"] == ("LOC", "DE")
    # a club's or a person's name elsewhere: no word of place before it
    text = "Gol tunggal Dortmund ke gawang Mainz dicetak pada menit ke-80."
    assert _labelled(text, ["Dortmund"])["Dortmund"][0] == "PER"
