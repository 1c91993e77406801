"""Round 35 (events parties): a team (`Tim …`) followed by a name the entities layer did not find is
the body that name gives. `Tim PSCS Cilacap dikenakan sanksi` was kept whole as the one sanctioned
(the gold names the club, as it names BNN for `tim BNN`), and `Tim Perlindungan WNI KJRI Jeddah` as
the one who freed a worker: the unit noun now gives way to the name after it, or to the body that
name ends in (`parties._unit_name`). A team described in lower case (`tim kuasa hukumnya`) is left
as it is. Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_a_club_sanctioned_as_its_team() -> None:
    text = (
        "Komisi Disiplin PSSI menjatuhkan sanksi kepada sejumlah klub Liga 2. Tim Persikad Depok dikenakan "
        "sanksi denda Rp 10 juta karena suporternya menyalakan suar di tribune."
    )
    _, recipient = parties(text, "SANCTION", "dikenakan sanksi")
    assert recipient == "Persikad Depok"


def test_a_mission_team_ending_in_its_body() -> None:
    text = (
        "Kementerian Luar Negeri menyatakan KJRI Jeddah mendampingi Masamah binti Raswa selama persidangan "
        "di Pengadilan Tabuk. Masamah dibebaskan Tim Perlindungan WNI KJRI Jeddah pada 13 Maret lalu."
    )
    actor, _ = parties(text, "RETREAT", "dibebaskan")
    assert actor is not None and actor == "KJRI Jeddah"
