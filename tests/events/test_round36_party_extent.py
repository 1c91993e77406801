"""Round 36 (events parties): what a party phrase names, at its edges.

- A time phrase is no part of a party, at its end (`dibubarkan oleh pemerintah beberapa waktu lalu`) or
  its front (`Mulai tahun depan Arab Saudi …`): `parties._time_tail`, `_time_head`.
- A negated existential before the party (`memperingatkan agar tidak ada suporter yang …`) is no part of
  it, as `ada` is not (parties.json `existential_leads`).
- An enforcer written before the body it serves (`penyidik Polda Metro Jaya`, `penyidik Subdit … Polda
  Metro Jaya`) acts as that body, wherever the noun is written (`Parties._enforcer_body`).
Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_the_agent_ends_before_when() -> None:
    text = "HTI adalah ormas yang dibubarkan oleh pemerintah beberapa waktu lalu karena dinilai bertentangan."
    actor, _ = parties(text, "SANCTION", "dibubarkan")
    assert actor == "pemerintah"


def test_the_agent_ends_before_last_week() -> None:
    text = "Ormas itu dibubarkan oleh pemerintah pekan lalu karena melanggar aturan."
    actor, _ = parties(text, "SANCTION", "dibubarkan")
    assert actor == "pemerintah"


def test_the_subject_starts_after_when() -> None:
    text = "Sejak tahun lalu aparat keamanan menangkap puluhan aktivis di ibu kota."
    actor, _ = parties(text, "COERCE", "menangkap")
    assert actor is not None and not actor.lower().startswith(("sejak", "tahun"))


def test_no_one_is_warned_as_none() -> None:
    text = "Kami memperingatkan agar tidak ada suporter yang membeli tiket dari situs-situs ini."
    _, recipient = parties(text, "DEMAND", "memperingatkan")
    assert recipient == "suporter"


def test_investigators_of_a_regional_police() -> None:
    text = "Menurut dia, penyidik Polda Metro Jaya sedang menyelidiki kasus penggelapan tanah oleh Sandi."
    actor, _ = parties(text, "INVESTIGATE", "menyelidiki")
    assert actor == "Polda Metro Jaya"


def test_investigators_of_a_unit_of_a_regional_police() -> None:
    text = (
        "Menurut dia, penyidik Subdit Keamanan Negara Direktorat Reserse Kriminal Umum (Kamneg Ditreskrimum) "
        "Polda Metro Jaya sedang menangani kasus penggelapan tanah oleh Sandi."
    )
    actor, _ = parties(text, "INVESTIGATE", "menangani")
    assert actor == "Polda Metro Jaya"


def test_police_with_no_body_named_stay() -> None:
    text = "Warga melaporkan kejadian itu kepada polisi setempat pada Senin malam."
    _, recipient = parties(text, "DISAPPROVE", "melaporkan")
    assert recipient == "polisi setempat"
