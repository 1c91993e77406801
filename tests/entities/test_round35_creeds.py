"""Round 35: a religion or an ideology written with a capital (`sekolah tinggi Khonghucu`,
`kampung Islam`, `memandang Marxisme`) is no person, body or place; the tagger read it as one. A
name that holds one (`Universitas Kristen Indonesia`) stays. Sentences written for the tests in
detik's and CNN Indonesia's styles."""

from __future__ import annotations

import warta


def _names(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_religion_of_a_school_is_no_person() -> None:
    text = (
        "Kementerian Agama mendirikan sekolah tinggi keagamaan di Bangka Belitung. Ini adalah sekolah "
        "tinggi Khonghucu negeri pertama di Indonesia. Kehadirannya menjawab kebutuhan pendidikan tinggi "
        "keagamaan Khonghucu."
    )
    names = _names(text)
    assert "Khonghucu" not in names
    assert names.get("Kementerian Agama") == "ORG"


def test_an_ideology_is_no_person() -> None:
    text = (
        "Ia kerap dijuluki Bapak Republik. Ia memandang Marxisme bukan sebagai dogma, melainkan alat "
        "analisis. Tan Malaka mencoba memadukan Marxisme dengan perjuangan rakyat."
    )
    names = _names(text)
    assert "Marxisme" not in names
    assert names.get("Tan Malaka") == "PER"


def test_a_religion_naming_a_village_is_no_place() -> None:
    text = (
        "Warga menceritakan kehidupan Muslim dan Kristen di Maluku pada 1999. Ada yang dibunuh dan "
        "mayatnya dibuang di kampung Islam."
    )
    names = _names(text)
    assert "Islam" not in names
    assert names.get("Maluku") == "LOC"


def test_a_university_named_after_a_religion_stays() -> None:
    text = (
        "Diskusi itu digelar di Universitas Kristen Indonesia, Jakarta, Senin (20/10/2025), dan "
        "dihadiri mahasiswa dari berbagai kampus."
    )
    assert _names(text).get("Universitas Kristen Indonesia") == "ORG"
