"""Party shapes from the sixteenth round's pooled errors (issue #12), in sentences written for
these tests: `kami` naming the body it speaks for, a request granted to whoever made it, the
unnamed offender of an agentless attack, a list number before a party."""

from __future__ import annotations

import warta


def _of(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
        if e.type == typ
    ]


def test_kami_followed_by_dari_and_a_body_is_that_body():
    text = (
        "Ikatan Pedagang Pasar Indonesia menggelar jumpa pers di Bandung, Senin (3/3/2025). "
        '"Kami dari Ikatan Pedagang Pasar Indonesia mengecam keras kebijakan Pemerintah Kota Bandung," '
        "kata Ketua Umum Ikatan Pedagang Pasar Indonesia, Slamet Riyadi."
    )
    got = _of(text, "DISAPPROVE")
    assert got and got[0][0] == "Ikatan Pedagang Pasar Indonesia", got


def test_kami_with_an_acronym_the_article_defines_is_that_body():
    text = (
        "Gabungan Petani Tebu Nusantara (Gaptenu) menyoroti rencana impor gula. "
        '"Kami (Gaptenu) mendukung langkah Kementerian Pertanian menahan impor gula," ujar Ketua Gaptenu, '
        "Hendra Wijaya, kepada wartawan."
    )
    got = _of(text, "SUPPORT")
    assert got and got[-1][0] == "Gabungan Petani Tebu Nusantara", got


def test_kami_alone_stays_with_the_speaker():
    text = '"Kami mengecam keras kebijakan Pemerintah Kota Bandung," kata Slamet Riyadi kepada wartawan.'
    got = _of(text, "DISAPPROVE")
    assert got and got[0][0] == "Slamet Riyadi", got


def test_a_request_granted_is_granted_to_whoever_made_it():
    text = "Pengadilan Negeri Medan mengabulkan seluruh gugatan Rahmat Hidayat terhadap PT Sinar Abadi."
    got = _of(text, "CONCEDE")
    assert got and got[0][1] == "Rahmat Hidayat", got


def test_a_request_named_by_number_is_granted_to_the_one_who_filed_it():
    text = (
        "Mahkamah Konstitusi mengabulkan permohonan nomor 12/PUU-XX/2024 yang diajukan warga bernama Yohanes Sitorus."
    )
    got = _of(text, "CONCEDE")
    assert got and got[0][1] == "Yohanes Sitorus", got


def test_an_agentless_attack_is_by_the_offender_the_story_leaves_unnamed():
    text = (
        "Polisi masih memburu pelaku penganiayaan terhadap seorang guru di Kendari. "
        "Guru bernama Andi Saputra itu dianiaya saat pulang dari sekolah pada Selasa malam."
    )
    got = _of(text, "ASSAULT")
    assert ("pelaku", "Andi Saputra") in got, got


def test_an_agentless_attack_with_a_body_after_the_verb_is_not_given_to_the_unnamed_offender():
    text = (
        "Komnas HAM akan menemui pelaku. "
        "Budi Hartono tewas setelah ditabrak kendaraan milik Satpol PP di kawasan Tanah Abang."
    )
    got = _of(text, "ASSAULT")
    assert all(a != "pelaku" for a, _r in got), got


def test_a_list_number_is_no_part_of_a_party():
    text = "(2) Komisi Pemberantasan Korupsi menahan tersangka Agus Salim di Rutan KPK."
    got = _of(text, "COERCE")
    assert got and got[0][0] is not None and not got[0][0].startswith(("(", "2")), got


def test_a_described_academic_is_the_person_named_before():
    text = (
        "Pengamat kebijakan publik Universitas Andalas, Rudi Hartawan, menyoroti kasus itu. "
        "Akademisi dari Universitas Andalas itu juga mengecam keras tindakan Dinas Pendidikan Kota Padang."
    )
    got = _of(text, "DISAPPROVE")
    assert any(a == "Rudi Hartawan" for a, _r in got), got


def test_an_item_of_a_ruling_list_is_done_by_the_body_whose_ruling_it_is():
    text = (
        "Pengadilan Tata Usaha Negara Jakarta memutus gugatan warga Kampung Pulo, Selasa (4/3/2025).\n"
        "Berikut amar putusan yang dibacakan Pengadilan Tata Usaha Negara Jakarta:\n"
        "1. Mengabulkan gugatan Penggugat untuk sebagian\n"
        "2. Menolak gugatan Penggugat untuk selain dan selebihnya.\n"
    )
    got = [(e.type, e.actor.name if e.actor else None) for e in warta.read(text).events if e.trigger[:1].isupper()]
    assert got and all(a == "Pengadilan Tata Usaha Negara Jakarta" for _t, a in got), got
