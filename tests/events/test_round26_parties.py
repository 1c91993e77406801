"""Round 26 (events parties), from the errors of the opened blind sets (events_heldout15-21), each
class with sentences written here in the shapes of Indonesian news.

- An act named as the object of a verb of receiving (`mendapat teror`, `menuai banyak pujian`,
  `mengalami kekerasan`, `mendapat permintaan maaf`) is done to the subject of that verb: the subject
  is the recipient whatever the act's type, not its actor (was so only for `menjalani pemeriksaan`
  and the like); a report received (`menerima laporan pengaduan warga`) is not, and a subject that
  names no party (`Langkah ini mendapat dukungan`) is left to the other readers.
- A stance on a thing written after a quantifier (`mendukung berbagai program pemerintah`) is towards
  the party named in it, as `mendukung program pemerintah` is: the quantifier is not the head.
- `dirinya` as the subject of reported speech (`X mengatakan secara umum dirinya sangat mendukung …`)
  is the one reporting, as `ia`/`dia` are, not the last person named before.
- A noun of people before the name of a body is those people also when it opens the sentence in
  capitals (`Suporter Persib Bandung mengkritik …`: the supporters, not the club), as it is in lower
  case (`para suporter Persib Bandung`); staff acting for their body stay the body (`Penyidik KPK
  menetapkan …`: KPK).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_subject_of_a_received_attack_is_acted_on() -> None:
    text = (
        "Laga Persebaya melawan Arema di Stadion Gelora Bung Tomo berakhir ricuh. Para pemain Arema FC "
        "mendapat teror pelemparan batu seusai laga."
    )
    found = [x for x in acts(text, "ASSAULT") if x[0] == "teror"]
    assert found and found[0][2] == "Arema FC" and found[0][1] != "Arema FC", found


def test_subject_of_received_praise_is_the_one_praised() -> None:
    text = "Penyanyi Raisa Andriana merilis album baru pekan lalu. Raisa Andriana menuai banyak pujian dari Presiden Joko Widodo."
    found = [x for x in acts(text, "SUPPORT") if x[0] == "pujian"]
    assert found == [("pujian", "Joko Widodo", "Raisa Andriana")], acts(text, "SUPPORT")


def test_received_apology_is_to_the_subject() -> None:
    text = (
        "Band Padi Reborn membatalkan konser di tiga kota karena vokalisnya sakit. Masing-masing "
        "promotor mendapat permintaan maaf langsung dari Padi Reborn."
    )
    found = [x for x in acts(text, "CONCEDE") if x[0] == "permintaan maaf"]
    assert found and found[0][2] == "Masing-masing promotor" and found[0][1] != "Masing-masing promotor", found


def test_report_received_is_not_against_the_authority() -> None:
    text = (
        "Kejaksaan Negeri Garut mengusut dugaan korupsi dana desa oleh kepala desa berinisial AS. "
        "Kejaksaan Negeri Garut mulai menangani kasus ini sejak Mei 2025, usai menerima laporan "
        "pengaduan masyarakat."
    )
    found = [x for x in acts(text, "DISAPPROVE") if x[0] == "pengaduan"]
    assert all(r != "Kejaksaan Negeri Garut" for _t, _a, r in found), found


def test_support_for_things_after_a_quantifier_is_for_their_owner() -> None:
    text = (
        "Anggota Komisi XI DPR, Budi Santoso, mengatakan dirinya sangat mendukung berbagai program pemerintah saat ini."
    )
    found = [x for x in acts(text, "SUPPORT") if x[0] == "mendukung"]
    assert found and found[0][2] == "pemerintah", found


def test_dirinya_in_reported_speech_is_its_speaker() -> None:
    text = (
        "Wakil Ketua Komisi XI Galih Kartasasmita meminta agar anggaran dipakai dengan hati-hati. "
        "Anggota Komisi XI DPR RI dari Fraksi Golkar, Rina Wulandari, mengatakan secara umum dirinya "
        "sangat mendukung berbagai program pemerintah saat ini."
    )
    found = [x for x in acts(text, "SUPPORT") if x[0] == "mendukung"]
    assert found and found[0][1] == "Rina Wulandari", found


def test_people_of_a_body_opening_the_sentence_are_those_people() -> None:
    text = "Suporter Persib Bandung mengkritik kebijakan panitia yang hanya menjual 1.000 tiket untuk laga tandang."
    found = [x for x in acts(text, "DISAPPROVE") if x[0] == "mengkritik"]
    assert found and found[0][1] == "Suporter Persib Bandung", found


def test_staff_opening_the_sentence_act_for_their_body() -> None:
    text = "Penyidik Komisi Pemberantasan Korupsi menetapkan Bupati Bogor Ade Yasin sebagai tersangka."
    found = acts(text, "COERCE")
    assert found and found[0][1] == "Komisi Pemberantasan Korupsi", found
