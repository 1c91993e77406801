"""A body written out in full, as the organisation list expands its short form (`Kementerian Dalam
Negeri` for `Kemendagri`), closes the office words before a one-word name: the name is the
holder's, not the end of the body (issue #16, class 4). Names differ from the annotated sets."""

import pytest

import warta


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.canonical: (e.label, e.role) for e in warta.read(text, layers=["entities"]).entities}


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Sekretaris Jenderal Kementerian Dalam Negeri Suhajar mengatakan, anggaran daerah harus segera dicairkan.",
            "Suhajar",
            "Sekretaris Jenderal Kementerian Dalam Negeri",
            "Kementerian Dalam Negeri",
        ),
        (
            "Sekretaris Jenderal Kementerian Pertanian Kasdi mengatakan, pupuk bersubsidi sudah dikirim ke daerah.",
            "Kasdi",
            "Sekretaris Jenderal Kementerian Pertanian",
            "Kementerian Pertanian",
        ),
    ],
)
def test_one_word_holder_after_full_body_name(text: str, name: str, role: str, body: str) -> None:
    found = entities(text)
    assert found.get(name) == ("PER", role)
    assert found.get(body, ("",))[0] == "ORG"
