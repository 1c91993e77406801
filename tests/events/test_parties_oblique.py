"""Parties marked by a preposition (issue #12, fifteenth round): the phrase after `kepada` is the
one given to or addressed even when its head is a common noun the resolver does not know, and a
visit told as a noun goes to the body after `ke`. Sentences written for these tests."""

from __future__ import annotations

import warta


def _of(text: str, type: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text, exclude=["summary", "tone", "themes"]).events
        if e.type == type
    ]


def test_thanks_to_a_quoted_common_noun_phrase():
    text = 'Jakarta - Gubernur Bali Wayan Koster berterima kasih kepada "semua petugas kebersihan" di Denpasar.'
    found = _of(text, "SUPPORT")
    assert found and found[0][2] == "semua petugas kebersihan", found


def test_aid_to_a_group_the_word_lists_do_not_know():
    text = "Jakarta - Bupati Pekalongan Fadia Arafiq menyerahkan bantuan modal kepada para pengrajin batik di Wiradesa."
    found = _of(text, "AID")
    assert found and found[0][2] == "pengrajin batik", found


def test_an_apology_to_a_group_ends_before_its_reason():
    text = "Jakarta - Manajemen klub meminta maaf kepada seluruh penggemar setia atas kekalahan itu."
    found = _of(text, "CONCEDE")
    assert found and found[0][2] == "seluruh penggemar setia", found


def test_a_count_after_kepada_is_not_the_party():
    text = "Jakarta - Bupati Pekalongan Fadia Arafiq menyerahkan bantuan kepada lebih dari 100 warga."
    assert all(r != "lebih" for _t, _a, r in _of(text, "AID"))


def test_a_known_person_after_kepada_stays_the_entity():
    text = "Jakarta - Bupati Sleman Kustini Sri Purnomo menyerahkan bantuan kepada Budi Hartono di Sleman."
    found = _of(text, "AID")
    assert found and found[0][2] == "Budi Hartono", found


def test_a_clause_after_kepada_is_no_party():
    text = "Jakarta - Polisi meminta kepada, jika ada, warga melapor."
    assert all(r is None or "jika" not in r for _t, _a, r in _of(text, "DEMAND"))


def test_a_visit_told_as_a_noun_goes_to_the_body_after_ke():
    text = "Jakarta - Menteri Pertanian Andi Amran Sulaiman melakukan kunjungan kerja ke Kementerian Pertanian Jepang di Tokyo."
    found = _of(text, "CONSULT")
    assert found and found[0][2] and "Kementerian Pertanian Jepang" in found[0][2], found


def test_a_visit_told_as_a_noun_to_a_place_has_no_recipient():
    text = (
        "Jakarta - Menteri Pertanian Andi Amran Sulaiman melakukan kunjungan kerja ke Kabupaten Merauke, Papua Selatan."
    )
    found = _of(text, "CONSULT")
    assert found and found[0][2] is None, found


def test_people_described_by_age_or_sex_are_parties():
    text = "Jakarta - Polres Bogor melakukan penangkapan terhadap dua pemuda yang diduga mencuri motor."
    assert [r for _t, _a, r in _of(text, "COERCE")] == ["dua pemuda"]
    assert [a for _t, a, _r in _of(text, "CRIME")] == ["dua pemuda"]


def test_one_named_by_a_title_of_a_body_is_the_holder_not_the_body():
    text = "Jakarta - Kejaksaan Agung menetapkan mantan Direktur Utama PT Sumber Makmur sebagai tersangka."
    assert [r for _t, _a, r in _of(text, "COERCE")] == ["mantan Direktur Utama PT Sumber Makmur"]
    text = "Jakarta - KPK memeriksa Kepala Dinas PUPR Kabupaten Bogor di Gedung Merah Putih."
    assert [r for _t, _a, r in _of(text, "INVESTIGATE")] == ["Kepala Dinas PUPR Kabupaten Bogor"]


def test_a_body_searched_stays_the_body():
    text = "Jakarta - KPK menggeledah kantor Dinas PUPR Kabupaten Bogor."
    assert [r for _t, _a, r in _of(text, "COERCE")] == ["Dinas PUPR Kabupaten Bogor"]


def test_the_role_of_someone_praised_is_praise_of_them():
    text = "Jakarta - Presiden Iran Hassan Rouhani memuji peran dari koalisi milisi Suriah dalam perang melawan ISIS."
    assert [r for _t, _a, r in _of(text, "SUPPORT")] == ["koalisi milisi Suriah"]


def test_the_seriousness_of_someone_questioned_is_criticism_of_them():
    text = "Jakarta - Pengamat politik Ujang Komarudin mempertanyakan keseriusan pemerintah dalam memberantas korupsi."
    assert [r for _t, _a, r in _of(text, "DISAPPROVE")] == ["pemerintah"]
