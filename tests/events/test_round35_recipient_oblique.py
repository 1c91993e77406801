"""Round 35, third wave (events parties): the recipient is read where the reader used to stop.

- An act of backing, an apology or aid is for someone written after `pada`/`untuk`/`bagi` as well as
  `kepada` (`menyampaikan apresiasi untuk para buruh`, `menyampaikan permohonan maaf pada Bobotoh`,
  `wujud dukungan Bank Mandiri bagi PGN Saka`), a party only and right after the act (`parties._backed`);
  a noun of backing with no one backing (`pujian patut diberikan pada …`, the writer's view) stays out.
- Ties cut are cut with the state written after `dengan` (`memutus hubungan diplomatik dengan Qatar`,
  `parties._tie_partner`), a state though a place.
- A people noun that looks like a `di-` passive (`diplomat`) is a noun phrase, not a verb.
Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts, parties  # noqa: E402


def test_appreciation_for_the_workers() -> None:
    text = "Gubernur Anies Baswedan juga menyampaikan apresiasi untuk para buruh yang berunjuk rasa dengan tertib."
    _, recipient = parties(text, "SUPPORT", "menyampaikan apresiasi")
    assert recipient == "buruh"


def test_backing_of_a_named_backer_for_a_company() -> None:
    text = "Kunjungan tersebut menjadi wujud dukungan Bank Mandiri bagi PGN Saka untuk memperkuat sinergi."
    _, recipient = parties(text, "SUPPORT", "dukungan")
    assert recipient == "PGN Saka"


def test_an_apology_to_the_supporters() -> None:
    text = "Direktur Utama PT PBB Glenn Sugita menyampaikan permohonan maaf pada Bobotoh atas hasil buruk tim."
    _, recipient = parties(text, "CONCEDE", "menyampaikan permohonan maaf")
    assert recipient == "Bobotoh"


def test_ties_cut_with_a_state() -> None:
    text = "Bahrain, Uni Emirat Arab, bahkan Mesir memutus hubungan diplomatik dengan Qatar pada Senin (5/6)."
    _, recipient = parties(text, "SANCTION", "memutus hubungan")
    assert recipient == "Qatar"


def test_diplomats_invited() -> None:
    text = "Kementerian Luar Negeri mengundang diplomat dari berbagai negara untuk menghadiri acara itu di Jakarta."
    _, recipient = parties(text, "AGREE", "mengundang")
    assert recipient is not None and recipient.startswith("diplomat")


def test_praise_owed_is_no_act() -> None:
    text = "Di luar kepiawaian sang sutradara, pujian patut diberikan pada Tom Hanks sebagai pemeran utama."
    assert not [a for a in acts(text, "SUPPORT") if a[2] is not None]


def test_a_purpose_after_backing_is_no_recipient() -> None:
    text = "Para artis juga memberikan dukungan untuk kampanye #UntukPapua yang digagas komunitas itu."
    assert not [a for a in acts(text, "SUPPORT") if a[2] == "Papua"]
