"""Error classes of the eighth round (issue #12): asking someone to do something without `agar`,
titled names inside a pattern, permits revoked, a protest talked about as a kind; written here
with other names and words."""

from __future__ import annotations

import warta


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.trigger, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
        for e in warta.read(text).events
    ]


def _of(text: str, type: str) -> list[tuple[str, str, str | None, str | None]]:
    return [e for e in _events(text) if e[0] == type]


def test_meminta_someone_to_act_is_a_demand_of_them():
    found = _of(
        "Gubernur Lampung Rahmat Mirzani meminta para bupati sungguh-sungguh menertibkan pungutan liar.", "DEMAND"
    )
    assert found and found[0][2] == "Rahmat Mirzani" and found[0][3] == "bupati", found


def test_meminta_maaf_stays_an_apology():
    text = "Direktur PT Sinar Abadi Hendra Wijaya meminta maaf kepada pelanggan yang terdampak."
    assert not _of(text, "DEMAND") and _of(text, "CONCEDE"), _events(text)


def test_mengingatkan_someone_agar_is_a_demand():
    found = _of("Anggota DPRD Riau Budi Santoso mengingatkan Pemprov Riau agar menghentikan izin baru.", "DEMAND")
    assert found and found[0][3] is not None, found


def test_a_titled_name_between_menetapkan_and_tersangka():
    text = "Penyidik Kejaksaan Tinggi Riau menetapkan Kepala Dinas Pendidikan Kampar Joko Susilo sebagai tersangka."
    found = _of(text, "COERCE")
    assert found and found[0][3] == "Joko Susilo", found


def test_a_permit_revoked_is_a_sanction():
    text = "Tiga perusahaan sawit itu dicabut izinnya oleh Kementerian Kehutanan."
    found = _of(text, "SANCTION")
    assert found and found[0][2] == "Kementerian Kehutanan", found


def test_dicabut_without_a_permit_is_no_sanction():
    text = "Gugatan itu dicabut oleh Budi Santoso pekan lalu."
    assert not _of(text, "SANCTION"), _events(text)


def test_a_protest_allowed_in_general_is_not_one_held():
    text = "Kapolda Metro Jaya Irjen Asep Edi mengatakan unjuk rasa boleh dilakukan asalkan tertib."
    assert not _of(text, "PROTEST"), _events(text)


def test_meminta_maaf_before_a_relative_clause_is_no_demand():
    text = "Pemerintah Kanada meminta maaf kepada warganya yang menjadi tahanan selama 10 tahun."
    assert not _of(text, "DEMAND") and _of(text, "CONCEDE"), _events(text)


def test_jangan_in_a_quote_asks_the_one_the_speaker_asked_before():
    text = (
        "Anggota DPRD Sumbar Rahmat Hidayat mengingatkan Pemprov Sumbar agar memperketat izin tambang emas.\n\n"
        '"Jangan hanya menghitung pendapatan daerah dari tambang," kata Rahmat Hidayat.'
    )
    found = _of(text, "DEMAND")
    assert len(found) == 2 and found[1][1].lower() == "jangan" and found[1][3] == found[0][3], found


def test_jangan_with_no_one_asked_before_is_no_demand():
    text = '"Jangan hanya menghitung pendapatan daerah dari tambang," kata Rahmat Hidayat, warga Padang.'
    assert not _of(text, "DEMAND"), _events(text)


def test_the_permit_after_dicabut_is_not_its_agent():
    found = _of("Dua perusahaan tambang itu dicabut IUP-nya karena melanggar aturan.", "SANCTION")
    assert found and found[0][2] != "IUP-nya", found
