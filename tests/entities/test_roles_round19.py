"""Round 19 (issue #16, class 9): role shapes checked on articles the role rules were not written
from. Sentences written for the shapes, not taken from the annotated sets."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("client", "later", "lawyer", "trade"),
    [
        ("Rina Wulandari", "Rina", "Joko Susilo", "pengacara"),
        ("Andi Pratama", "Andi", "Yohanes Simatupang", "advokat"),
    ],
)
def test_lawyer_set_off_after_a_client_named_before_takes_the_trade(
    client: str, later: str, lawyer: str, trade: str
) -> None:
    # the client is introduced first and holds no post; the lawyer set off after `pengacara <client>`
    text = (
        f"{client} resmi ditetapkan sebagai tersangka kasus pencemaran nama baik oleh Bareskrim Polri.\n"
        f'"Dia siap menghadapi proses hukum ini," kata {trade} {later}, {lawyer}, kepada wartawan, '
        "Senin (20/10/2025)."
    )
    roles = _roles(text)
    assert roles.get(lawyer) == f"{trade} {later}"
    assert roles.get(client) is None


def test_source_before_the_trade_still_keeps_the_new_subject_out() -> None:
    # `Menurut pengacara X, Y menilai`: Y is the next clause's subject, not the lawyer
    roles = _roles("Rina Wulandari diperiksa polisi. Menurut pengacara Rina, Budi Hartono menilai kasus itu janggal.")
    assert roles.get("Budi Hartono") is None
