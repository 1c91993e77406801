"""Noble and customary prefixes of Indonesian names (`Anak Agung`, `Teuku`, `Andi`, `Ratu` after an
office) are the person's name in every mention: not a role, not the end of the body before it.
`Raja`/`Ratu` before a bare name, with no office before, stay a monarch's title."""

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.name_prefixes import keep_name_prefixes


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    art = warta.read({"text": text, "published": "2025-11-03"}, layers=["entities"])
    return {e.canonical: (e.role, [m.text for m in e.mentions]) for e in art.entities if e.label == "PER"}


def _bodies(text: str) -> set[str]:
    art = warta.read({"text": text, "published": "2025-11-03"}, layers=["entities"])
    return {e.canonical for e in art.entities if e.label != "PER"}


# the name, its office, and a sentence naming the person with the prefix after the office
_AFTER_OFFICE = {
    "Ratu Lestari": (
        "Bupati Muara Enim",
        'Bupati Muara Enim Ratu Lestari meresmikan pasar baru, Senin (3/11). "Pasar ini untuk warga kecil," '
        "ujar Ratu Lestari.",
    ),
    "Ratu Ayuningtyas Prameswari": (
        "Ketua Umum Perbasi",
        "Persoalan itu sampai ke telinga Ketua Umum Perbasi, Ratu Ayuningtyas Prameswari, yang langsung "
        "membantahnya. Menurut Ratu Ayuningtyas, tidak ada pemain yang dicoret.",
    ),
    "Anak Agung Gede Anom": (
        "Ketua DPRD Klungkung",
        "Ketua DPRD Klungkung Anak Agung Gede Anom menyebut anggaran pendidikan naik tahun depan.",
    ),
}


@pytest.mark.parametrize("name", sorted(_AFTER_OFFICE))
def test_prefix_stays_with_the_name(name: str) -> None:
    role, text = _AFTER_OFFICE[name]
    people = _people(text)
    assert name in people
    got_role, mentions = people[name]
    assert got_role == role
    assert all(m.startswith(name.split()[0]) for m in mentions if len(m.split()) > 1)


def test_prefix_is_no_end_of_the_body_before() -> None:
    text = "Wakil Ketua DPRD Bali Anak Agung Ngurah Adi menyebut anggaran pendidikan naik."
    assert "DPRD Bali" in _bodies(text)
    assert _people(text)["Anak Agung Ngurah Adi"][0] == "Wakil Ketua DPRD Bali"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Raja Salman menerima kunjungan Presiden di Riyadh, Minggu (2/11).", "Salman", "Raja"),
        ("Ratu Maxima dari Belanda tiba di Jakarta untuk kunjungan tiga hari.", "Maxima", "Ratu"),
        ("Pemimpin Kerajaan Inggris, Ratu Camilla, menyapa warga di London.", "Camilla", None),
    ],
)
def test_monarch_keeps_the_title(text: str, name: str, role: str | None) -> None:
    people = _people(text)
    assert name in people
    assert role is None or people[name][0] == role


def _ent(text: str, label: str, *names: str) -> Entity:
    ms = [Mention(text.index(n), text.index(n) + len(n), n) for n in names]
    return Entity(canonical=names[0], label=label, mentions=ms)


def test_place_ending_inside_a_prefixed_name_gives_the_prefix_up() -> None:
    text = "Rapat dibuka Sekda Kabupaten Jembrana I Made Sumerta. Kabupaten Jembrana jadi tuan rumah."
    place = _ent(text, "LOC", "Kabupaten Jembrana I Made")
    later = Entity("Kabupaten Jembrana", "LOC", [Mention(54, 72, "Kabupaten Jembrana")])
    person = _ent(text, "PER", "I Made Sumerta")
    out = keep_name_prefixes(text, [place, person, later])
    assert [(e.label, e.canonical, len(e.mentions)) for e in out] == [
        ("PER", "I Made Sumerta", 1),
        ("LOC", "Kabupaten Jembrana", 2),
    ]


def test_king_listed_after_a_titled_person_keeps_the_title() -> None:
    # the capitalised run before `Raja` names a person, not an office: the king is another person
    text = "Jamuan makan malam itu dihadiri Presiden Joko Widodo, Raja Abdullah dan Perdana Menteri Anthony Albanese."
    people = _people(text)
    assert "Raja Abdullah" not in people
    assert "Abdullah" in people
