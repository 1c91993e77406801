"""Round 26 (events parties, second pass): the learned party chooser (events/ranker.py) may fill an
actor the rules left empty only where some grammar ties the candidate to the act. Read by hand on the
mining pool, its fills were right about one time in three; these shapes were the wrong ones, and the
actor is now left empty (sentences written here in the shapes of Indonesian news):

- a party named only in another sentence (`… di depan gedung DPRD. Sebuah pos polisi dibakar …`);
- a place that is no state (`desa`, `kota`: `dibacok di Desa X`, `forum di Lima`);
- a name standing as a modifier (`tiga gol bagi Persija Jakarta`);
- a body in a person's title (`Pelatih Persib Bandung, Bojan Hodak, mengungkapkan kritiknya`);
- an act noun no verb of the candidate governs (`Polisi masih memburu X, DPO pembunuhan …`);
- a sayer set before what they tell (`Menurut X, sang bupati mengatur sebuah pertemuan …`).

And a recipient where the gold has none: an inquiry told with a pronoun agent and no one written
before it (`Untuk motif dan lainnya masih kami dalami`) is into a matter, not carried to the one
just acted on (parties.py, object-focus passives).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def _party(text: str, type: str, trigger: str, role: int) -> str | None:
    """The actor (role 1) or recipient (role 2) of the first act of ``type`` found with ``trigger``."""
    found = [x for x in acts(text, type) if x[0] == trigger]
    assert found, acts(text, type)
    return found[0][role]


@pytest.mark.parametrize(
    ("text", "type", "trigger"),
    [
        (  # a party named only in the sentence before
            "Ribuan mahasiswa berunjuk rasa di depan gedung DPRD Jawa Barat, Kamis (4/9/2025). Sebuah pos "
            "polisi dibakar dalam kericuhan itu.",
            "CRIME",
            "dibakar",
        ),
        (  # a village (a train that strikes is no attack at all since round 33: a stabbing here)
            "Seorang petani bernama Rizky Pratama tewas setelah dibacok di Desa Sukamaju, Kabupaten Grobogan.",
            "ASSAULT",
            "dibacok",
        ),
        (  # the city of a forum
            "Berdasarkan hasil forum serupa di Lima, Peru, Indonesia diminta untuk lebih menggali kekayaan "
            "kuliner daerah.",
            "DEMAND",
            "diminta",
        ),
        (  # a name after `bagi`
            "Penyerang asal Brasil itu sudah mencetak tiga gol bagi Persija Jakarta dan mulai menuai banyak pujian.",
            "SUPPORT",
            "pujian",
        ),
        (  # the body in a coach's title
            "Pelatih Persib Bandung, Bojan Hodak, mengungkapkan kritiknya kepada para pemain setelah kalah 0-3 "
            "dari Borneo FC.",
            "DISAPPROVE",
            "kritiknya",
        ),
        (  # an act noun no verb of the candidate governs
            "Polisi masih memburu Andi Saputra (31), DPO pembunuhan pedagang sayur bernama Slamet di Kabupaten Bantul.",
            "ASSAULT",
            "pembunuhan",
        ),
        (  # a sayer set before the content
            "Menurut pengamat politik Andi Wijaya, sang bupati kemudian mengatur sebuah pertemuan dengan para "
            "pedagang pasar.",
            "CONSULT",
            "pertemuan",
        ),
    ],
)
def test_no_fill_without_grammar(text: str, type: str, trigger: str) -> None:
    assert _party(text, type, trigger, 1) is None


def test_an_inquiry_with_no_one_before_its_pronoun_is_into_a_matter() -> None:
    text = (
        "Polsek Kasihan menangkap seorang pemuda berinisial RD yang mencuri sepeda motor milik warga di "
        'Bantul. "Untuk motif dan lainnya masih kami dalami," ujar Kapolsek Kasihan AKP Sugeng Riyadi, '
        "Senin (6/10)."
    )
    assert _party(text, "INVESTIGATE", "dalami", 2) is None
