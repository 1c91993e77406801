"""Round 26 (events parties, second pass): the learned party chooser (events/ranker.py) may fill an
actor the rules left empty only where some grammar ties the candidate to the act. Read by hand on the
mining pool, its fills were right about one time in three; these shapes were the wrong ones, and the
actor is now left empty (sentences written here in the shapes of Indonesian news):

- a party named only in another sentence (`… di depan gedung DPRD. Sebuah pos polisi dibakar …`);
- a place that is no state (`desa`, `kota`: `tertabrak kereta api di Desa X`, `forum di Lima`);
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def _actor(text: str, type: str, trigger: str) -> str | None:
    found = [x for x in acts(text, type) if x[0] == trigger]
    assert found, acts(text, type)
    return found[0][1]


def test_no_fill_from_the_sentence_before() -> None:
    text = (
        "Ribuan mahasiswa berunjuk rasa di depan gedung DPRD Jawa Barat, Kamis (4/9/2025). Sebuah pos "
        "polisi dibakar dalam kericuhan itu."
    )
    assert _actor(text, "CRIME", "dibakar") is None


def test_no_fill_with_a_town() -> None:
    text = (
        "Dua balita bernama Rizky Pratama dan Nadia Putri meninggal setelah tertabrak kereta api di Desa "
        "Sukamaju, Kabupaten Grobogan."
    )
    assert _actor(text, "ASSAULT", "tertabrak") is None


def test_no_fill_with_a_city_of_a_forum() -> None:
    text = (
        "Berdasarkan hasil forum serupa di Lima, Peru, Indonesia diminta untuk lebih menggali kekayaan kuliner daerah."
    )
    assert _actor(text, "DEMAND", "diminta") is None


def test_no_fill_with_a_name_after_bagi() -> None:
    text = "Penyerang asal Brasil itu sudah mencetak tiga gol bagi Persija Jakarta dan mulai menuai banyak pujian."
    assert _actor(text, "SUPPORT", "pujian") is None


def test_no_fill_with_the_body_in_a_title() -> None:
    text = (
        "Pelatih Persib Bandung, Bojan Hodak, mengungkapkan kritiknya kepada para pemain setelah kalah 0-3 "
        "dari Borneo FC."
    )
    assert _actor(text, "DISAPPROVE", "kritiknya") != "Persib Bandung"


def test_no_fill_for_an_act_noun_no_verb_governs() -> None:
    text = "Polisi masih memburu Andi Saputra (31), DPO pembunuhan pedagang sayur bernama Slamet di Kabupaten Bantul."
    assert _actor(text, "ASSAULT", "pembunuhan") is None


def test_no_fill_with_the_sayer_set_before_the_content() -> None:
    text = "Menurut pengamat politik Andi Wijaya, sang bupati kemudian mengatur sebuah pertemuan dengan para pedagang pasar."
    assert _actor(text, "CONSULT", "pertemuan") is None


def test_an_inquiry_with_no_one_before_its_pronoun_is_into_a_matter() -> None:
    text = (
        "Polsek Kasihan menangkap seorang pemuda berinisial RD yang mencuri sepeda motor milik warga di "
        'Bantul. "Untuk motif dan lainnya masih kami dalami," ujar Kapolsek Kasihan AKP Sugeng Riyadi, '
        "Senin (6/10)."
    )
    found = [x for x in acts(text, "INVESTIGATE") if x[0] == "dalami"]
    assert found and found[0][2] is None, found
