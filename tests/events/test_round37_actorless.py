"""Round 37, third wave (events parties): who acted, in acts left with no actor.

A first-person pronoun right before an active verb that opens its part of the clause (`"Alhamdulillah,
kami mengucapkan …`, `Kemarin, kami menyetujuinya`) is the verb's subject, the quote's speaker, though
the subject reader took the word set off before it for a name; so is a short lowercase phrase of people
set off the same way (`Dugaan sementara, pelaku menempel …`; `Parties._part_before`). A phrase after
`oleh` led by a word that makes people of its noun (`kaum fasis`, `pihak fakultas`) or headed by a `-wan`
noun (`sekitar 150 gerilyawan`) is the doer though no people list names its noun (`Parties._mark_agent`);
a thing after `oleh` stays no one. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_we_after_an_interjection_is_the_speaker_who_thanks() -> None:
    text = (
        "Keluarga korban menyambut putusan banding Pengadilan Militer Tinggi I Medan itu.\n\n"
        '"Alhamdulillah, kami mengucapkan terima kasih kepada Hakim Pengadilan Militer Tinggi I Medan yang '
        'telah memutuskan sesuai harapan kami," ujar kakak korban, Rina Marlina, Senin.'
    )
    actor, _ = parties(text, "SUPPORT", "mengucapkan terima kasih")
    assert actor == "Rina Marlina"


def test_we_after_a_time_word_is_the_speaker_who_agrees() -> None:
    text = (
        "Aktor Jackie Chan mengaku sudah menerima naskah film laga terbarunya.\n\n"
        '"Mereka mengirim naskahnya pekan lalu. Kemarin, kami menyetujuinya," kata Jackie Chan.'
    )
    actor, _ = parties(text, "AGREE", "menyetujui")
    assert actor == "Jackie Chan"


def test_an_agent_led_by_kaum_is_the_one_who_killed() -> None:
    text = (
        "Warga Italia itu mengenang kakeknya yang tewas pada masa perang.\n\n"
        '"Dia disiksa dan dibunuh oleh kaum fasis, dan saya tidak menyangka akan melihatnya lagi," kata '
        "Massimo Mascoli."
    )
    actor, _ = parties(text, "ASSAULT", "disiksa")
    assert actor == "kaum fasis"


def test_a_counted_wan_noun_after_oleh_is_the_attacker() -> None:
    text = (
        "Serangan terhadap pos polisi di Rakhine menewaskan 12 petugas keamanan.\n\n"
        "Militer Myanmar menyebut, penyerangan dilakukan oleh sekitar 150 gerilyawan."
    )
    actor, _ = parties(text, "ASSAULT", "penyerangan")
    assert actor is not None and actor.endswith("gerilyawan")


def test_a_thing_after_oleh_is_no_one() -> None:
    text = (
        "Pengunjuk rasa merusak fasilitas umum di pusat kota.\n\n"
        "Dua pelaku pencurian itu tertangkap oleh kamera pengawas."
    )
    actor, recipient = parties(text, "COERCE", "tertangkap")
    assert actor is None and recipient == "Dua pelaku"


def test_a_people_phrase_after_an_opening_comma_is_the_offender() -> None:
    text = (
        "Pedagang di Pasar Baru menjadi korban penipuan QRIS palsu.\n\n"
        "Dugaan sementara, pelaku menempel QRIS palsu saat kondisi pasar sedang ramai."
    )
    actor, _ = parties(text, "CRIME", "menempel")
    assert actor == "pelaku"


def test_a_people_phrase_after_benar_is_the_one_who_reported() -> None:
    text = (
        "Seorang siswa SMP di Palopo dianiaya dua orang kakak kelasnya.\n\n"
        '"Benar, keluarga korban telah secara resmi membuat laporan di Polres Palopo," ujar Kasi Humas '
        "Polres Palopo Iptu Supriadi."
    )
    actor, _ = parties(text, "DISAPPROVE", "membuat laporan")
    assert actor == "keluarga korban"
