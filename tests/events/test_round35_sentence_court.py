"""Round 35, second wave (events parties): a sentence (`divonis`, `dihukum`, `dijatuhi hukuman`) is
a court's act. With no `oleh` agent it is passed by the court words right after the verb (`divonis
hakim`, not `hakim dua tahun penjara`), else by whoever passed the story's last sentence or the
actor the chain carries, else by the court the story names; never by the police or prosecutors
who made the arrest (the carried enforcer, round 26). Sentences written here in the shapes of
Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_the_story_court_not_the_arresting_force() -> None:
    text = (
        "Brimob menangkap Budi Santoso di rumahnya di Bekasi pada Januari lalu. Budi Santoso divonis dua "
        "tahun penjara atas kasus tersebut. Putusan itu dibacakan di Pengadilan Negeri Bekasi pada Senin."
    )
    actor, recip = parties(text, "COERCE", "divonis")
    assert actor == "Pengadilan Negeri Bekasi"
    assert recip == "Budi Santoso"


def test_the_judge_written_after_the_verb_without_the_term() -> None:
    text = (
        "Komisi Pemberantasan Korupsi (KPK) menangkap Bupati Andi Wijaya dalam operasi tangkap tangan. "
        "Perkara tersebut kemudian divonis hakim tiga tahun penjara."
    )
    actor, _ = parties(text, "COERCE", "divonis")
    assert actor == "hakim"


def test_no_court_named_is_no_police_sentence() -> None:
    text = (
        "Polisi menangkap Rudi Hartono di Bekasi karena mencuri sepeda motor. Rudi Hartono divonis dua tahun penjara."
    )
    actor, _ = parties(text, "COERCE", "divonis")
    assert actor is None
