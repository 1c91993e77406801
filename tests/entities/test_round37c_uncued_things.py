"""Round 37, third wave: bodies and products read as persons. A "person" the article gives no
person's cue anywhere (no verb of saying, honorific, kin word, `ia` after it, given name) is a
product or a work when a noun of one stands before it somewhere (`lagu Praying`, `film ' Eiffel
…'`: dropped) and a body after a noun of a service, a site, users or a firm (`platform Truth
Social`, `pengguna Instagrama`, `perusahaan World View`: ORG). Sentences written for the tests in
the pool outlets' style (the name shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_song_named_after_its_noun_is_no_person() -> None:
    text = (
        "Kesha menandai kembalinya dia ke industri musik lewat lagu Praying beserta sebuah video musik. "
        "Kesha juga menyebut Praying sebagai lagu tentang dirinya yang bangkit dari masa sulit."
    )
    assert "Praying" not in _entities(text)


def test_a_platform_with_no_person_cue_is_a_body() -> None:
    text = (
        "Sebelumnya, Trump mengunggah video dirinya di platform Truth Social yang dibuat dengan AI, "
        "menggambarkan dirinya sebagai raja. Video itu diunggah ke Truth Social pada Sabtu malam."
    )
    assert _entities(text).get("Truth Social") == "ORG"


def test_an_apps_users_name_the_app_as_a_body() -> None:
    text = (
        "Untuk membuat video siaran langsung bareng teman, pengguna Instagrama punya dua opsi. "
        "Pertama, dengan mengundang teman bersiaran."
    )
    assert _entities(text).get("Instagrama") == "ORG"


def test_a_person_with_a_cue_after_a_show_noun_stays() -> None:
    text = (
        "Ribuan penonton memadati studio untuk acara Rudy Salam di Jakarta Selatan. "
        '"Kami senang sekali bisa tampil lagi," kata Rudy Salam kepada wartawan.'
    )
    assert _entities(text).get("Rudy Salam") == "PER"


def test_a_name_a_known_person_goes_by_stays_after_a_work_noun() -> None:
    text = (
        "Relawan memutar lagu Prabowo di sepanjang jalan menuju lapangan. "
        "Spanduk bergambar Prabowo juga dipasang di setiap sudut kota."
    )
    assert _entities(text).get("Prabowo") == "PER"
