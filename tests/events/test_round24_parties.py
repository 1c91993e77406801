"""Round 24 (events parties), from the errors of the opened blind sets (events_heldout15-19), each
class with sentences written here in the shapes of Indonesian news.

- A party phrase that runs into its predicate past an adverb of aspect (`mahasiswa tampak turun ke
  jalan`, `Y ikut dianiaya`, `pemerintah daerah tetap kreatif`, `netizen pun ramai-ramai memuji`):
  the party ends before the adverb, and the chooser does not make the longer reading of the one
  acted on its actor.
- A visit noun with its visitor written after it and the one visited after `ke` past the visitor's
  name (`Kunjungan kenegaraan Presiden RI Joko Widodo (Jokowi) ke Singapura`, `Kunjungan Kelly ke
  Meksiko … melakukan pertemuan dengan pejabat`): the visited is the party after that `ke`, not
  someone met later in the sentence, and the visitor is the actor.
- A criticism told as received (`X menuai kecaman warganet`, `Keputusan ini pun menuai banyak
  kritikan`): the people written right after it are the critics; with none written the critic is
  left unnamed, and the chooser does not give the act to the one before it, who received it.
- An attribution set between commas before the clause (`Lalu, kata Idas, terduga pelaku diamankan`,
  `Dalam audiensi, kata Emma, siswa juga diminta …`, `Selain itu, lanjut Bima, idEA telah
  berdiskusi`): the sayer is not the clause's subject, nor the one a passive is done to.
- The peN- noun of the doer of a harm, a crime, a threat, a demand or a protest (`penagih`,
  `penculik`, `pemalak`, `peretas`) names people, as `pelaku` does, though no list has it (`Lima
  penagih ditangkap polisi`: the recipient had been dropped as a thing); not `bahan peledak`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, actor",
    [
        (
            "Di depan gedung DPRD Kota Malang, Senin (3/11/2025), ratusan buruh tampak berunjuk rasa "
            "menolak upah minimum yang baru.",
            "PROTEST",
            "buruh",
        ),
        (
            "Video itu viral di media sosial dan warganet pun ramai-ramai memuji Aiptu Suyatno yang menolong "
            "seorang nenek menyeberang jalan.",
            "SUPPORT",
            "warganet",
        ),
    ],
)
def test_party_ends_before_adverb_of_predicate(text: str, type: str, actor: str) -> None:
    found = acts(text, type)
    assert found and all(a is not None and a.split()[-1] == actor for _t, a, _r in found), found


def test_one_acted_on_read_with_adverb_is_not_the_actor() -> None:
    text = (
        "Polisi mengamankan lima penagih utang di Bekasi. Warga yang melerai semakin banyak, kemudian "
        "Y ikut dianiaya oleh para penagih utang itu."
    )
    found = acts(text, "ASSAULT")
    assert found, found
    for _t, actor, recip in found:
        assert recip == "Y"
        assert actor is None or "Y" not in actor.split()


def test_asked_party_ends_before_tetap() -> None:
    text = "Menteri Dalam Negeri meminta pemerintah daerah tetap kreatif mencari sumber pendapatan baru."
    found = acts(text, "DEMAND")
    assert found and found[0][2] == "pemerintah daerah", found


def test_adverb_before_a_name_stays_in_the_phrase() -> None:
    text = "Lima anggota tetap Dewan Keamanan PBB mengecam serangan rudal Korea Utara ke Jepang."
    found = acts(text, "DISAPPROVE")
    assert found and all(a is None or "tetap" not in a.split()[-1:] for _t, a, _r in found), found


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        (
            "Kunjungan kenegaraan Presiden Prabowo Subianto (Prabowo) ke Jepang menghasilkan tiga nota "
            "kesepahaman di bidang energi.",
            "Prabowo Subianto",
            "Jepang",
        ),
        (
            "Lawatan Perdana Menteri Malaysia Anwar Ibrahim ke Indonesia juga diisi pertemuan dengan para "
            "pengusaha di Jakarta.",
            "Anwar Ibrahim",
            "Indonesia",
        ),
    ],
)
def test_visit_noun_visitor_and_visited(text: str, actor: str, recipient: str) -> None:
    found = [f for f in acts(text, "CONSULT") if f[0].lower() in ("kunjungan", "lawatan")]
    assert found and found[0][1:] == (actor, recipient), found


def test_received_criticism_from_people_written_after() -> None:
    text = (
        "Seorang guru honorer di Garut mengunggah video tentang gajinya. Unggahan itu menuai kecaman "
        "warganet karena dianggap merendahkan profesi guru."
    )
    found = acts(text, "DISAPPROVE")
    assert found and found[0][1] == "warganet", found


def test_received_criticism_with_no_critic_written() -> None:
    text = (
        "Pemprov DKI Jakarta mengumumkan kenaikan tarif Transjakarta mulai bulan depan. Keputusan ini pun "
        "menuai banyak kritikan."
    )
    found = acts(text, "DISAPPROVE")
    assert found and found[0][1:] == (None, "Pemprov DKI Jakarta"), found


@pytest.mark.parametrize(
    "text, type, trigger, actor, recipient",
    [
        (
            "Polres Sleman menangkap dua pemuda pelaku klitih. Kemudian, kata Yuliyanto, kedua pelaku langsung "
            "ditahan di Mapolres Sleman.",
            "COERCE",
            "ditahan",
            "Polres Sleman",
            "kedua pelaku",
        ),
        (
            "Dalam pertemuan itu, ujar Sri Wahyuni, para guru juga diminta melaporkan setiap kasus perundungan.",
            "DEMAND",
            "diminta",
            "Sri Wahyuni",
            "guru",
        ),
        (
            "Selain itu, lanjut Hendra, Aptrindo telah berdiskusi dengan Kementerian Perhubungan soal truk ODOL.",
            "CONSULT",
            "berdiskusi dengan",
            "Aptrindo",
            "Kementerian Perhubungan",
        ),
    ],
)
def test_inserted_attribution_is_not_the_subject(
    text: str, type: str, trigger: str, actor: str, recipient: str
) -> None:
    found = [f for f in acts(text, type) if f[0] == trigger]
    assert found and found[0][1:] == (actor, recipient), acts(text, type)


def test_sayer_after_a_quote_still_acts() -> None:
    text = '"Program ini harus dilanjutkan," kata Ridwan Kamil, saat berkunjung ke Kantor Bupati Garut.'
    found = acts(text, "CONSULT")
    assert found and found[0][1] == "Ridwan Kamil", found


@pytest.mark.parametrize(
    "text, type, actor, recipient",
    [
        ("Tiga penculik ditangkap polisi di Bogor, Senin (3/11/2025).", "COERCE", "polisi", "Tiga penculik"),
        (
            "Seorang sopir angkot dianiaya oleh dua pemalak di Terminal Pulogadung.",
            "ASSAULT",
            "dua pemalak",
            "sopir angkot",
        ),
    ],
)
def test_agent_noun_of_an_act_is_people(text: str, type: str, actor: str, recipient: str) -> None:
    found = acts(text, type)
    assert found and found[0][1:] == (actor, recipient), found


def test_agent_nouns_leave_things_out() -> None:
    from warta.events.lexicon import lexicon

    people = lexicon().words["person_nouns"]
    assert {"penagih", "penculik", "pemeras", "peretas"} <= people
    assert "peledak" not in people
