"""Scrape damage before reading (glued words, mojibake in names) and nicknames in brackets."""

import warta
from warta.segmentation.tokens import tokenize


def _token_texts(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text, 0, len(text))]


def test_function_word_glued_to_a_name_is_two_tokens() -> None:
    assert _token_texts("dilaporkan dariAFP pada Senin") == ["dilaporkan", "dari", "AFP", "pada", "Senin"]
    assert _token_texts("Dikutip dariAntara.") == ["Dikutip", "dari", "Antara", "."]


def test_camel_brands_and_plain_words_stay_whole() -> None:
    assert _token_texts("detikFinance iPhone dariantara") == ["detikFinance", "iPhone", "dariantara"]


def test_glued_medium_is_an_entity_with_original_offsets() -> None:
    art = warta.read("Kabar itu dilaporkan dariAFP pada Senin, kata Menteri Luar Negeri Sugiono di Jakarta.")
    afp = next(e for e in art.entities if e.canonical == "AFP")
    m = afp.mentions[0]
    assert art.text[m.start : m.end] == "AFP"


def test_mojibake_name_is_one_person() -> None:
    art = warta.read("Pelatih RenÃ© Weiler mengatakan timnya siap bertanding melawan Persib.")
    people = [e for e in art.entities if e.label == "PER"]
    assert [(e.canonical, e.role) for e in people] == [("René Weiler", "Pelatih")]
    m = people[0].mentions[0]
    assert art.text[m.start : m.end] == "RenÃ© Weiler"


def test_nickname_in_brackets_is_a_mention() -> None:
    art = warta.read(
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) mengatakan bantuan segera cair. "
        "Gus Ipul juga meminta warga bersabar menunggu data diperbarui."
    )
    people = [e for e in art.entities if e.label == "PER"]
    assert len(people) == 1
    assert people[0].canonical == "Saifullah Yusuf" and people[0].role == "Menteri Sosial"
    assert any(m.text.endswith("Ipul") for m in people[0].mentions)


def test_cited_outlet_that_is_also_a_common_word() -> None:
    for text in (
        "Menurut pantauan Antara, pemudik harus menunggu 40 menit untuk naik kapal.",
        "Pelaku dijerat Pasal 338 KUHP. Dikutip dariAntara.",
        '"Kendaraan akan terus melaju," katanya (Antara).',
    ):
        art = warta.read(text, layers=["entities"])
        assert ("Antara", "ORG") in {(e.canonical, e.label) for e in art.entities}, text
    art = warta.read("Antara lain yang hadir adalah warga sekitar dan perangkat desa.", layers=["entities"])
    assert not art.entities
