"""Round 13: pieces of longer names, units inside a post, and names the clitic rule clipped."""

from __future__ import annotations

import pytest

import warta
from warta.document.model import Entity, Mention
from warta.entities.fragments import drop_fragments, drop_posted_units
from warta.entities.prefixes import site_towns_unknown


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.canonical, e.label) for e in warta.read({"id": "t", "text": text}, layers=["entities"]).entities]


def _entity(text: str, word: str, label: str) -> Entity:
    at = text.index(word)
    return Entity(word, label, [Mention(at, at + len(word), word)])


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Pencurian itu diunggah lewat akun Instagram Stories miliknya, kata Rina Wulandari kepada wartawan.",
            "Stories",
        ),
        ("Operasi itu digelar Bidang Propam Polda Jawa Tengah pada Rabu. Kapolda membenarkannya.", "Bidang"),
        ("Para peneliti menemukan kerak hitam pada dinding Red Fort di Delhi.", "Fort"),
    ],
)
def test_a_piece_of_a_longer_name_is_no_entity(text: str, piece: str) -> None:
    assert piece not in [c for c, _ in _ents(text)]


def test_a_name_also_used_on_its_own_stays() -> None:
    text = "Warga Fort Kochi menolak. Menurut warga, Kochi tetap aman."
    kochi = Entity("Kochi", "LOC", [Mention(text.index("Kochi"), text.index("Kochi") + 5, "Kochi")])
    at = text.rindex("Kochi")
    kochi.mentions.append(Mention(at, at + 5, "Kochi"))
    assert drop_fragments(text, [kochi]) == [kochi]


def test_titles_region_heads_and_known_places_do_not_make_a_fragment() -> None:
    text = "Presiden Sukarni datang ke Kota Bandung bersama Persib Bandung."
    sukarni = _entity(text, "Sukarni", "PER")
    bandung = Entity("Bandung", "LOC", [Mention(text.index("Bandung"), text.index("Bandung") + 7, "Bandung")])
    kept = drop_fragments(text, [sukarni, bandung])
    assert [e.canonical for e in kept] == ["Sukarni", "Bandung"]


def test_made_names_and_acronyms_stay() -> None:
    text = "Seperti dilansir Harian detikNews Pagi, rapat Komisi BPKN Rabu ditunda."
    assert len(drop_fragments(text, [_entity(text, "detikNews", "ORG"), _entity(text, "BPKN", "ORG")])) == 2


def test_a_unit_right_after_a_title_is_part_of_the_post() -> None:
    text = "Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan penyidik masih bekerja. Polri akan mengumumkan hasilnya."
    got = _ents(text)
    assert ("Divisi Humas Polri", "ORG") not in got
    assert ("Polri", "ORG") in got and ("Sandi Nugroho", "PER") in got


def test_a_unit_named_on_its_own_stays() -> None:
    text = "Berkas itu disusun Biro Hukum Kementerian Ketenagakerjaan pekan lalu."
    unit = _entity(text, "Biro Hukum Kementerian Ketenagakerjaan", "ORG")
    assert drop_posted_units(text, [unit]) == [unit]
    text = "Kepala Direktorat Jenderal Pajak Wilayah Jakarta menyampaikan data itu."
    body = _entity(text, "Direktorat Jenderal Pajak", "ORG")
    assert drop_posted_units(text, [body]) == [body]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kepala eksekutif pemerintah, Abdullah Abdullah, mengatakan dia tidak terluka dalam serangan itu.",
            "Abdullah Abdullah",
        ),
        ("Uang itu diterima dari Deddy Paslah dan dua orang lain, kata jaksa.", "Deddy Paslah"),
    ],
)
def test_a_name_ending_like_a_clitic_keeps_its_ending(text: str, name: str) -> None:
    assert (name, "PER") in _ents(text)


def test_a_regional_government_is_a_body_beside_its_region() -> None:
    got = _ents("Kami akan bekerja sama dengan Pemerintah Jawa Timur dan juga Pemerintah Bali, ujar Sutrisno.")
    assert ("Pemerintah Jawa Timur", "ORG") in got and ("Pemerintah Bali", "ORG") in got
    assert ("Jawa Timur", "LOC") in got


def test_a_country_government_is_left_to_the_country() -> None:
    got = _ents("Pemerintah Malaysia menolak usulan itu, kata juru bicara Ahmad Fadli.")
    assert ("Pemerintah Malaysia", "ORG") not in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala Dinas Pariwisata Bali I Made Wirawan Jaya hadir dalam acara itu.", "I Made Wirawan Jaya"),
        ("Direktur Utama Jasa Marga I Gusti Ketut Arya Putra dari pihak pelaksana.", "I Gusti Ketut Arya Putra"),
        (
            "Menteri Perdagangan Mesir Ahmad Bin Salim Al-Harbi tiba di Jakarta, Senin (6/10/2025).",
            "Ahmad Bin Salim Al-Harbi",
        ),
    ],
)
def test_balinese_and_arabic_names_after_a_body_are_people(text: str, name: str) -> None:
    assert (name, "PER") in _ents(text)


def test_a_lone_capital_i_is_still_no_person() -> None:
    assert not [c for c, label in _ents("Tahap I Proyek Tol Trans Sumatera selesai tahun ini.") if label == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "Dalam video itu tampak sebuah mobil Toyota Fortuner berplat merah mengalami kecelakaan.",
        "Mobil dinas itu jenis Toyota Camry 2019 di tangan mantan anggota dewan Budi Santoso.",
    ],
)
def test_a_brand_with_its_model_is_a_product(text: str) -> None:
    assert ("Toyota", "ORG") not in _ents(text)


def test_the_company_named_on_its_own_stays() -> None:
    text = "Presiden Direktur Toyota Bob Azam mengatakan penjualan naik, kata dia."
    assert ("Toyota", "ORG") in _ents(text)


def test_a_ministry_contraction_is_a_body_after_di() -> None:
    got = _ents("Ia menangani proyek di Kemendiknas dan Kemenristek pada 2010, kata jaksa Budi Santoso.")
    assert ("Kemenristek", "ORG") in got


def test_an_office_or_unit_word_before_a_body_opens_its_name() -> None:
    got = _ents("Kanwil Kementerian Agama Jawa Tengah (Jateng) menggelar rapat di Semarang, kata Budi Santoso.")
    assert any(c.startswith("Kanwil Kementerian Agama") and label == "ORG" for c, label in got)
    assert ("Kementerian Agama", "ORG") not in got
    got = _ents("Pemeriksaan itu dilakukan Bidang Propam Polda Jawa Timur pada Rabu (12/10) kemarin.")
    assert ("Bidang Propam Polda Jawa Timur", "ORG") in got


def test_a_board_is_cut_to_its_company() -> None:
    got = _ents("Sandi dilaporkan Ketua Dewan Komisaris Sinar Holdings Edward Susanto. Edward menyebut Sandi lalai.")
    assert ("Sinar Holdings", "ORG") in got
    assert not [c for c, _ in got if c.startswith("Dewan")]


def test_a_company_with_and_without_its_legal_form_is_one_entity() -> None:
    text = (
        "Dalam rapat itu, PT Garuda Indonesia (Persero) memperkuat armada. Direktur Utama Garuda Indonesia, "
        "Wamildan Tsani, mengatakan Garuda Indonesia siap."
    )
    orgs = [c for c, label in _ents(text) if label == "ORG"]
    # the legal tail stays in the name (round 14, name_tails.extend_tails; the annotators write it)
    assert orgs == ["PT Garuda Indonesia (Persero)"]


def test_a_park_named_kota_is_one_site() -> None:
    text = "Gubernur meninjau Taman Hutan Kota Sukarame, Jakarta Timur, Senin (23/6/2025)."
    taman = _entity(text, "Taman Hutan", "LOC")
    kota = _entity(text, "Kota Sukarame", "LOC")
    got = site_towns_unknown(text, [taman, kota])
    assert [(e.canonical, len(e.mentions)) for e in got] == [("Taman Hutan Kota Sukarame", 1)]
    text = "Warga berkumpul di Masjid Agung Kota Bandung usai salat."
    masjid, kota = _entity(text, "Masjid Agung", "LOC"), _entity(text, "Kota Bandung", "LOC")
    assert len(site_towns_unknown(text, [masjid, kota])) == 2


def test_a_name_set_off_after_a_description_ending_in_a_place_is_a_person() -> None:
    from warta.entities import _described_after_place
    from warta.entities.spans import Cand

    text = "Menurut peneliti iklim di Kota Bremen, Ulrike Haverkamp, musim panas makin panjang."
    place_at, name_at = text.index("Kota Bremen"), text.index("Ulrike")
    places = {place_at + len("Kota Bremen"): place_at}
    name = Cand(name_at, name_at + len("Ulrike Haverkamp"), "PER", 2, "Ulrike Haverkamp")
    assert _described_after_place(text, name, places)
    listed = "Hadir Menteri Kota Bremen, Ulrike Haverkamp, dan Budi."  # no preposition of place
    at = listed.index("Ulrike")
    bremen = listed.index("Kota Bremen")
    assert not _described_after_place(
        listed, Cand(at, at + 16, "PER", 2, "Ulrike Haverkamp"), {bremen + len("Kota Bremen"): bremen}
    )
    assert ("Ulrike Haverkamp", "PER") in _ents(text)


def test_a_called_nickname_that_ends_a_name_word_is_that_person() -> None:
    from warta.entities.nicknames import clipped_nicknames

    text = "Menteri Abdurrohim Santoso hadir. Kata Cak Rohim di kampus. Menurut Budi Rohimat, acara lancar."
    full = _entity(text, "Abdurrohim Santoso", "PER")
    nick = _entity(text, "Rohim", "PER")
    got = clipped_nicknames(text, [full, nick])
    assert [e.canonical for e in got] == ["Abdurrohim Santoso"] and len(got[0].mentions) == 2
    # without the honorific, or with two people it could be, nothing joins
    plain = "Menteri Abdurrohim Santoso hadir. Kata Rohim di kampus."
    assert (
        len(clipped_nicknames(plain, [_entity(plain, "Abdurrohim Santoso", "PER"), _entity(plain, "Rohim", "PER")]))
        == 2
    )
    two = "Abdurrohim Santoso dan Marohim Lubis hadir. Kata Cak Rohim di kampus."
    ents = [
        _entity(two, "Abdurrohim Santoso", "PER"),
        _entity(two, "Marohim Lubis", "PER"),
        _entity(two, "Rohim", "PER"),
    ]
    assert len(clipped_nicknames(two, ents)) == 3
