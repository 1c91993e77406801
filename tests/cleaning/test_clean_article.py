"""The cleaning layer on the bundled Liputan6 example and on odd inputs."""

from importlib import resources

import warta


def _example() -> str:
    return resources.files("warta").joinpath("data/liputan6_kim_putin.txt").read_text("utf-8")


def test_example_is_cleaned() -> None:
    art = warta.read(_example(), layers=[])
    assert (art.dateline.outlet, art.dateline.place) == ("Liputan6.com", "Moskow")
    furniture = [art.text[ln.start : ln.end] for ln in art.lines if ln.kind == "furniture"]
    assert furniture == ["Baca Juga", "Advertisement", "Advertisement"]
    assert "Baca Juga" not in art.body and "Advertisement" not in art.body
    assert art.body.startswith("Liputan6.com, Moskow - Kim Jong Un")
    assert "\u00a0" not in art.body


def test_title_repeated_as_first_line_is_not_body() -> None:
    rec = {"title": "Harga Beras Naik", "text": "Harga Beras Naik\nJakarta - Harga beras naik lagi pekan ini."}
    art = warta.read(rec, layers=[])
    assert art.body == "Jakarta - Harga beras naik lagi pekan ini."


def test_mojibake_is_folded_for_matching_only() -> None:
    raw = "Jakarta - Kafe itu bernama CafÃ© Batavia dan ramai dikunjungi warga setiap hari."
    art = warta.read(raw, layers=[])
    assert art.text == raw
    assert len(art.norm) == len(raw)
    assert "Café Batavia" in art.body


def test_crlf_and_odd_spaces() -> None:
    raw = "Jakarta -\u00a0Polisi menangkap dua orang.\r\n\r\nKeduanya ditahan di Polda Metro Jaya.\u200b\r\n"
    art = warta.read(raw, layers=[])
    assert len(art.paragraphs) == 2
    assert art.body == "Jakarta - Polisi menangkap dua orang.\nKeduanya ditahan di Polda Metro Jaya."
