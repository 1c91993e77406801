"""Round 25 (events parties), from the errors of the opened blind sets (events_heldout15-20), each
class with sentences written here in the shapes of Indonesian news.

- A counted group pronoun (`keduanya`, `ketiganya`) after a list of as many names (`tiga tersangka
  berinisial AR, BS, dan CK. Ketiganya ditangkap`, `menemukan Bima dan Eko. … Keduanya meminta
  maaf`) is that list, named by its first name, not the one acted on in the story's last act nor
  the last speaker.
- A sanction told in the passive with no doer written (`Tim X dikenakan sanksi denda Rp 10 juta`,
  `Persib terkena denda`) is by the body the story writes as the owner of a ruling (`keputusan
  Komisi Disiplin PSSI`, `palu Komdis`) or the giver of a sanction (`sanksi yang diberikan Komdis
  PSSI`), not by a party named beside it nor left unnamed.
- `X beserta Y` before the verb (`Waheed beserta dua kaki tangannya telah diamankan`, `PB XIII beserta
  keluarga sudah sepakat`) is a subject led by X: `beserta` is no ber- verb, as `bersama` is not.
- Two named sides of a joint act with titles in their short forms between them (`Presiden Amerika
  Serikat (AS) Donald Trump dan Perdana Menteri (PM) Anthony Albanese menandatangani`, `dengan
  Presiden ke-7 RI Joko Widodo`) are the pair: a bracketed short form does not break it, and a
  country named in the second one's title is not that side (`PM Singapura Lee Hsien Loong`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_counted_group_passive_is_the_list_just_named() -> None:
    text = (
        "Kejaksaan Negeri Garut sebelumnya telah menetapkan tersangka berinisial HS dalam kasus korupsi "
        "dana desa. Kepala Seksi Pidana Khusus Rudi Hartono menyebut tiga tersangka baru berinisial AR, "
        "BS, dan CK. Ketiganya ditahan di Lapas Garut selama 20 hari ke depan."
    )
    held = [r for t, _a, r in acts(text, "COERCE") if t == "ditahan"]
    assert held == ["AR"], acts(text, "COERCE")


def test_counted_group_subject_is_the_pair_named_before() -> None:
    text = (
        "Polda Metro Jaya menemukan Andi Saputra dan Rizky Maulana yang dilaporkan hilang sejak "
        "pekan lalu. Andi ditemukan di Bandung, sementara Rizky ditemukan di Cirebon. Keduanya "
        "mengaku pergi atas keinginan sendiri. Keduanya juga meminta maaf kepada keluarga."
    )
    found = acts(text, "CONCEDE")
    assert found and found[0][1] == "Andi Saputra", found


def test_listed_sanctions_are_by_the_body_whose_ruling_it_is() -> None:
    text = (
        "Komisi Disiplin PSSI menggelar sidang di Jakarta, Kamis (12/6/2025). Berdasarkan keputusan "
        "Komisi Disiplin PSSI, tiga klub Liga 2 dikenakan sanksi. Tim Persiraja Banda Aceh dikenakan "
        "sanksi denda Rp 15 juta karena suporter menyalakan suar. Tim Persekat Tegal dikenakan sanksi "
        "denda Rp 10 juta karena pelemparan botol."
    )
    found = acts(text, "SANCTION")
    assert len(found) >= 2 and all(a == "Komisi Disiplin PSSI" for _t, a, _r in found), found


def test_fine_with_no_doer_is_by_the_body_that_gave_the_sanctions() -> None:
    text = (
        "Bukan kali ini saja Arema terkena denda karena ulah suporter. Musim ini Arema sudah "
        "mengumpulkan denda Rp 300 juta dari lima sanksi yang diberikan Komisi Disiplin PSSI."
    )
    found = [f for f in acts(text, "SANCTION") if f[0] == "terkena denda"]
    assert found and found[0][1] == "Komisi Disiplin PSSI", acts(text, "SANCTION")


def test_subject_with_beserta_is_the_first_named() -> None:
    text = (
        "Polisi menyelidiki perampokan toko emas di Medan. Tersangka Rahmat Hidayat beserta dua "
        "rekannya telah diamankan Polrestabes Medan pada Senin malam."
    )
    found = [f for f in acts(text, "COERCE") if f[0] == "diamankan"]
    assert found and found[0][2] == "Rahmat Hidayat", acts(text, "COERCE")


def test_fine_with_an_amount_after_it_is_by_the_body_not_the_amount() -> None:
    text = (
        "Musim ini PSIS sudah mengantongi lima sanksi yang diberikan Komisi Disiplin PSSI. Sebelum "
        "menjamu Persebaya, manajemen PSIS dikenakan denda Rp 150 juta."
    )
    found = [f for f in acts(text, "SANCTION") if f[0] == "dikenakan denda"]
    assert found and found[0][1] == "Komisi Disiplin PSSI", acts(text, "SANCTION")


def test_joint_act_pair_with_bracketed_titles() -> None:
    text = (
        "Presiden Republik Indonesia (RI) Prabowo Subianto dan Perdana Menteri (PM) Jepang Shigeru "
        "Ishiba menandatangani perjanjian kerja sama energi di Tokyo."
    )
    found = acts(text, "AGREE")
    assert found and found[0][1:] == ("Prabowo Subianto", "Shigeru Ishiba"), found
