"""`dihadiri kuasa hukum terdakwa Dimas …`: a post that closes on a standing in a case
(`terdakwa`, `tersangka`, `korban`) is the lawyer's or the family's, toward the one named after
it; that one is the party and has no role. Round 30 guarded only names closing on a common word;
an ordinary name took the lawyer's post. The post after a comma stays the named one's."""

from __future__ import annotations

import pytest
from tests.entities.taggedcases import person_roles


@pytest.mark.parametrize("post", ["kuasa hukum terdakwa", "kuasa hukum korban"])
def test_the_party_after_a_lawyers_post_has_no_role(post: str) -> None:
    roles = person_roles(f"Sidang itu dihadiri {post} Dimas Bayu Setia di PN Jakarta Selatan.")
    assert roles == {"Dimas Bayu Setia": None}, roles


def test_the_lawyer_named_after_a_comma_keeps_the_post() -> None:
    roles = person_roles("Jakarta - Kuasa hukum terdakwa, Maqdir Ismail, menyatakan keberatan atas tuntutan jaksa.")
    assert roles.get("Maqdir Ismail") == "Kuasa hukum terdakwa", roles
