"""Round 27 (issue #16): a standing in a case (`terdakwa`, `tersangka`, `saksi`, `korban`) is no role —
GUIDELINES gives a role as "a title or job given in the text", and the opened gold sets now all
follow that rule (eval/outlets_heldout20/README.md) — while a post written after the standing is
the role."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_roles as _entities  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the post after the standing is the role, without the standing
        (
            "Polisi menetapkan tersangka Kepala Desa Sukamaju Hendra Wijaya atas dugaan penyelewengan dana desa.",
            "Hendra Wijaya",
            "Kepala Desa Sukamaju",
        ),
        (
            "Penyidik menahan tersangka Direktur Utama PT Sinar Abadi, Rudi Setiawan, usai diperiksa sembilan jam.",
            "Rudi Setiawan",
            "Direktur Utama PT Sinar Abadi",
        ),
        # a rank after the standing is no post, and the standing is none either
        ("Majelis hakim menyatakan terdakwa Praka Darmanto terbukti bersalah.", "Darmanto", None),
        # the standing alone, before the name or set off by commas
        ("Hakim memvonis terdakwa Yoga Pratama dengan hukuman empat tahun penjara.", "Yoga Pratama", None),
        ("Korban, Sri Wahyuni (41), mengalami luka di kepala dan dibawa ke rumah sakit.", "Sri Wahyuni", None),
        # a tie to a party of the case is a role (the lawyer's), the standing there the client's
        (
            "Hal itu disampaikan kuasa hukum terdakwa, Marihot Simanjuntak, seusai sidang.",
            "Marihot Simanjuntak",
            "kuasa hukum terdakwa",
        ),
    ],
)
def test_legal_status_is_no_role(text: str, name: str, role: str | None) -> None:
    assert _entities(text)[name][1] == role
