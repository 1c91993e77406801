"""Round 36, second wave: a body in brackets after a person's name (`Surya Darmadi (PT Duta
Palma)`, `Manuel Irwanputra (KerjaKu)`, `Bradley Smith (KTM Racing)`) names the person's firm or
team; it was read as the person's alias, so the firm's mentions joined the man. The body leaves the
person; a name's own acronym in brackets stays with it. Sentences written for the tests in the
pool outlets' style (the name shapes come from the unannotated pool)."""

from __future__ import annotations

import warta


def _entities(text: str) -> dict[str, tuple[str, set[str]]]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: (e.label, {m.text for m in e.mentions}) for e in ents}


def test_a_firm_with_its_form_leaves_the_man() -> None:
    text = (
        'Saksi mengaku diminta mengakomodir lahan dari Surya Darmadi (PT Duta Palma)," kata Fikri. Menurut '
        "Fikri, ada orang dari PT Duta Palma yang sudah menghadap Zulkifli Hasan. Surya Darmadi kini buron."
    )
    ents = _entities(text)
    assert ents["Surya Darmadi"] == ("PER", {"Surya Darmadi"})
    assert ents["PT Duta Palma"][0] == "ORG"


def test_a_brand_shaped_startup_leaves_its_founder() -> None:
    text = (
        "Acara itu menghadirkan Isak Jenie dari JAS Kapital dan Manuel Irwanputra (KerjaKu). Menurut "
        "Manuel, startup harus memahami kebutuhan pasar sejak awal."
    )
    ents = _entities(text)
    assert ents["Manuel Irwanputra"][0] == "PER"
    assert "KerjaKu" not in ents["Manuel Irwanputra"][1]
    assert ents.get("KerjaKu", ("", set()))[0] == "ORG"


def test_a_names_own_acronym_stays_with_it() -> None:
    text = (
        "Menurut Koordinator Divisi Hukum Indonesia Corruption Watch (ICW), Tama S Langkun, kasus itu harus "
        "diusut tuntas. ICW juga meminta KPK memeriksa semua pihak."
    )
    ents = _entities(text)
    assert "ICW" in ents["Indonesia Corruption Watch"][1]
