"""Round 34: a name with a model's code after its first word (`Vexa T12 Pro`, `CleanBot RX500`) is a
product wherever it is written, with no product noun before it; the brand named on its own stays a
body, and a team's age group (`Timnas U19`) or a team named with a number in a word (`Tech3`) is no
code. Sentences written for the tests in DailySocial's style."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities.products import drop_coded_products


def _entity(label: str, *names: str) -> Entity:
    text = " ".join(names)
    mentions, at = [], 0
    for n in names:
        at = text.index(n, at)
        mentions.append(Mention(at, at + len(n), n))
        at += len(n)
    return Entity(canonical=max(names, key=len), label=label, mentions=mentions)


def test_a_coded_model_is_a_product_and_the_brand_stays() -> None:
    out = drop_coded_products([_entity("ORG", "Vexa T12 Pro", "Vexa"), _entity("ORG", "CleanBot RX500 Ultra")])
    assert [(e.canonical, [m.text for m in e.mentions]) for e in out] == [("Vexa", ["Vexa"])]


def test_age_groups_and_team_names_are_no_codes() -> None:
    kept = [_entity("ORG", "Timnas U19"), _entity("ORG", "Monster Yamaha Tech3"), _entity("LOC", "Distrik A1 Barat")]
    assert [e.canonical for e in drop_coded_products(kept)] == [
        "Timnas U19",
        "Monster Yamaha Tech3",
        "Distrik A1 Barat",
    ]


def test_read_drops_a_phone_named_with_its_code() -> None:
    import warta

    text = (
        "Ponsel Vexa T12 Pro resmi meluncur di India dengan RAM 6 GB. Vexa menyebut pasar India menjadi "
        "tempat pertama yang disambangi. Vexa T12 Pro dibanderol di kisaran $ 335."
    )
    names = {e.canonical for e in warta.read({"id": "t", "text": text}, layers=["entities"]).entities}
    assert not any("T12" in n for n in names)
