"""Round 26 (issue #12, events recall): `tidak lupa`/`tak lupa` before an act asserts it.

As `tak segan meminta maaf` (words.json ``hesitation``), a negation before `lupa` does the act: `tidak
lupa mengucapkan terima kasih kepada X` is thanks said. A plain negation still drops the act.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

LEAD = "Sleman - Peresmian pasar rakyat digelar Senin (3/11). "


def test_not_forgetting_to_thank() -> None:
    text = LEAD + "Bupati Sleman Harda Kiswaya tidak lupa mengucapkan terima kasih kepada Wakil Bupati Danang Maharsa."
    assert any(r == "Danang Maharsa" for _t, _a, r in acts(text, "SUPPORT"))


def test_not_thanking() -> None:
    text = LEAD + "Bupati Sleman Harda Kiswaya tidak mengucapkan terima kasih kepada Wakil Bupati Danang Maharsa."
    assert acts(text, "SUPPORT") == []
