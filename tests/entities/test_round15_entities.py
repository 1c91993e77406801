"""Round 15 entity rules (issue #16): sentences written for the tests, not taken from the eval sets."""

from __future__ import annotations

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.openers import cut_openers


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in warta.read(text, layers=["entities"]).entities]


def _entity(text: str, name: str, label: str) -> Entity:
    at = text.index(name)
    return Entity(name, label, [Mention(at, at + len(name), name)])


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Perkara itu kini ditangani Bidpropam Polda Sulsel sejak pekan lalu.", "Bidpropam Polda Sulsel"),
        ("Tersangka masih diperiksa penyidik Satreskoba Polres Gresik hingga malam.", "Satreskoba Polres Gresik"),
        ("Penyuluhan digelar tim Binmas Polresta Malang di balai desa.", "Binmas Polresta Malang"),
        ("Kapal itu dikawal Satpolairud Polres Bintan ke dermaga.", "Satpolairud Polres Bintan"),
    ],
)
def test_a_police_unit_named_by_its_contraction_is_part_of_the_body(text: str, body: str) -> None:
    assert ("ORG", body) in _names(text)


def test_a_sentence_opening_common_word_is_cut_off_a_body() -> None:
    text = "Hujan turun sejak pagi. Petugas Regional Command Center lalu menutup jalan itu."
    out = cut_openers(text, [_entity(text, "Petugas Regional Command Center", "ORG")])
    assert [(e.canonical, [m.text for m in e.mentions]) for e in out] == [
        ("Regional Command Center", ["Regional Command Center"])
    ]
    assert out[0].mentions[0].start == text.index("Regional")


def test_the_cut_mention_joins_the_body_named_so_elsewhere() -> None:
    text = "Hujan turun. Petugas Regional Command Center datang. Data dari Regional Command Center menyebut banjir."
    first = _entity(text, "Petugas Regional Command Center", "ORG")
    at = text.rindex("Regional Command Center")
    home = Entity("Regional Command Center", "ORG", [Mention(at, at + 23, "Regional Command Center")])
    out = cut_openers(text, [first, home])
    assert len(out) == 1 and [m.text for m in out[0].mentions] == ["Regional Command Center"] * 2


def test_a_sentence_opening_quantifier_is_cut_off_initials() -> None:
    text = "Polisi menangkap dua orang. Masing-masing BK (31), warga Sleman, dan TR (29)."
    out = cut_openers(text, [_entity(text, "Masing-masing BK", "PER")])
    assert out[0].canonical == "BK"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # mid-sentence the capital is the name's own
        ("Kegiatan itu diikuti Petugas Regional Command Center dari pusat.", "Petugas Regional Command Center", "ORG"),
        # a person's name may open with a common word
        ("Hujan turun. Bunga Citra Lestari lalu bernyanyi.", "Bunga Citra Lestari", "PER"),
        # the rest is no body's shape
        ("Hujan turun. Bunga Citra Lestari lalu bernyanyi.", "Bunga Citra Lestari", "ORG"),
    ],
)
def test_names_that_keep_their_first_word(text: str, name: str, label: str) -> None:
    out = cut_openers(text, [_entity(text, name, label)])
    assert out[0].canonical == name


def test_a_one_word_common_name_after_a_verb_of_saying_is_a_person() -> None:
    text = (
        "Ratusan buruh berunjuk rasa di depan kantor gubernur. Budiman, salah satu peserta aksi, "
        'menyebut upah belum naik. "Kami hanya minta keadilan," ucap Budiman.\n'
        "Sementara itu, Mulia, koordinator lapangan, mengatakan aksi berlangsung damai. "
        '"Kami tidak ingin ada kericuhan," kata Mulia.\nMulia meminta gubernur menemui massa.'
    )
    assert ("PER", "Mulia") in _names(text)


def test_a_common_word_the_article_also_writes_in_lower_case_is_not_a_person() -> None:
    text = (
        '"Kami tetap mulia pada perjuangan," kata Mulia.\nMulia meminta gubernur menemui massa. Mereka mulia menunggu.'
    )
    assert ("PER", "Mulia") not in _names(text)


def test_a_bodys_own_dan_does_not_split_a_person_off() -> None:
    text = "Hujan turun. Balai Pengawas Obat dan Makanan Bandartanjung menyita ribuan obat ilegal."
    names = _names(text)
    assert ("ORG", "Balai Pengawas Obat dan Makanan Bandartanjung") in names
    assert not [n for lab, n in names if lab == "PER"]


def test_a_numbered_list_run_together_is_read_as_text_not_as_a_heading() -> None:
    # one line of more than twenty capitalised words, each item's number glued to the item before
    text = (
        "Berikut sekolah yang ditetapkan:\n"
        "1. SMAN 4 Cahaya Bangsa, Kota Kupang, Nusa Tenggara Timur2. SMAS Bintang Timur, Kabupaten "
        "Sikka, Nusa Tenggara Timur3. SMA Tunas Harapan, Kota Ternate, Maluku Utara4. SMAN 2 Lembah "
        "Hijau, Kabupaten Jayapura, Papua\n"
        "Sekolah itu dibuka tahun depan."
    )
    names = _names(text)
    for body in ("SMAN 4 Cahaya Bangsa", "SMAS Bintang Timur", "SMA Tunas Harapan"):
        assert ("ORG", body) in names
    assert not [n for _, n in names if n[-1].isdigit() and not n.startswith("SMA")]


def test_a_glued_number_outside_a_list_stays_with_its_word() -> None:
    from warta.entities.patterns import _list_number_glued

    text = "Pertemuan G20 digelar. Vaksin Covid19. Banyak warga datang."
    at = text.index("Covid19")
    assert _list_number_glued(text, at, at + len("Covid19")) == 0
    text = "1. Kota Ambon2. Kota Tual"
    at = text.index("Ambon2")
    assert _list_number_glued(text, at, at + len("Ambon2")) == at + len("Ambon")


def test_a_ticket_of_two_people_is_no_third_person() -> None:
    from warta.entities.tickets import split_tickets

    text = (
        "Gubernur Andi Wirawan dan Wakil Gubernur Sarah Lestiani dilantik. Warga menilai duet "
        'Andi-Sarah cukup solid. Spanduk bertuliskan "Andi Sarah gagal" dibentangkan. Andi lalu pulang.'
    )
    andi, sarah = _entity(text, "Andi Wirawan", "PER"), _entity(text, "Sarah Lestiani", "PER")
    pair = _entity(text, "Andi Sarah", "PER")
    at = text.rindex("Andi")
    pair.mentions.append(Mention(at, at + 4, "Andi"))
    out = split_tickets(text, [andi, sarah, pair])
    assert [e.canonical for e in out] == ["Andi Wirawan", "Sarah Lestiani"]
    assert [m.text for m in out[0].mentions] == ["Andi Wirawan", "Andi"]
    # a two-word name never written as a hyphenated pair stays a person
    text = "Budi Santoso dan Agus Harimurti hadir. Kemudian Budi Agus datang."
    people = [_entity(text, n, "PER") for n in ("Budi Santoso", "Agus Harimurti", "Budi Agus")]
    assert len(split_tickets(text, people)) == 3


def test_a_social_media_handle_is_no_entity() -> None:
    from warta.entities.handles import drop_handles

    text = "Dilansir akun Instagram @DishubKotaBaru, jalan itu ditutup. Dishub Kota Baru juga berjaga."
    handle = _entity(text, "DishubKotaBaru", "PER")
    body = _entity(text, "Dishub Kota Baru", "ORG")
    assert drop_handles(text, [handle, body]) == [body]
    assert ("PER", "DishubKotaBaru") not in _names(text)
