"""Round 22 (found on the unannotated mining pool): a name written in full and later only by its
initials, never set in brackets (`Bank Indonesia … BI`, `Manchester United … MU`), is one entity;
initials the lists give to another body (`PKB`) or given for a person the article keeps back
(`tersangka berinisial BP`) stay apart. Sentences written for the tests; the tagger's spans are
given, as it reads them in longer articles."""

from __future__ import annotations

from warta.document.input import to_article
from warta.entities import extract


def _entities(text: str, tagged: dict[str, str]) -> dict[str, set[str]]:
    a = to_article(text)
    spans = []
    for name, label in tagged.items():
        pos = a.norm.find(name)
        while pos != -1:
            if not any(s <= pos < e for s, e, _l in spans):
                spans.append((pos, pos + len(name), label))
            pos = a.norm.find(name, pos + len(name))
    return {e.canonical: {m.text for m in e.mentions} for e in extract(a, tagged=sorted(spans))}


def test_initials_written_later_are_the_body_named_in_full() -> None:
    text = (
        "Skuad Manchester United tiba di Bangkok untuk tur pramusim. Pelatih mengatakan MU akan "
        "memainkan dua laga uji coba di sana."
    )
    found = _entities(text, {"Manchester United": "ORG", "MU": "ORG"})
    assert "MU" not in found and "MU" in found["Manchester United"]


def test_initials_of_a_person_kept_back_stay_apart() -> None:
    text = (
        "Juru bicara KPK Budi Prasetyo menyebut penyidik telah menetapkan tersangka berinisial BP "
        "dan MRS. Keduanya ditahan 20 hari."
    )
    found = _entities(text, {"Budi Prasetyo": "PER", "BP": "PER", "MRS": "PER"})
    assert "BP" in found and "BP" not in found["Budi Prasetyo"]


def test_initials_the_lists_give_to_another_body_stay_apart() -> None:
    text = (
        "Pemerintah Kota Bandung menyalurkan bantuan keuangan partai. Gerindra menerima Rp1,8 miliar, "
        "PKB Rp1 miliar dan PSI Rp808 juta."
    )
    found = _entities(text, {"Pemerintah Kota Bandung": "ORG", "PKB": "ORG", "PSI": "ORG", "Gerindra": "ORG"})
    assert "PKB" in found
