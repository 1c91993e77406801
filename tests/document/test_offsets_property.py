"""Every span slices the original input to the span's own text (once normalised the same
same-length way the record's texts are), whatever the input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.document import PAD
from warta.document.normalize import normalize
from warta.errors import InputError

PIECES = st.sampled_from(
    [
        "Jakarta - ",
        "Liputan6.com, Moskow - ",
        "Presiden Joko Widodo",
        " mengatakan",
        ", ",
        ". ",
        '"',
        "\u201c",
        "\u201d",
        "\n",
        "\n\n",
        "\u00a0",
        "Baca Juga\n",
        "Advertisement\n",
        "Rp 1,2 triliun",
        "13/9/2023",
        "Dr.",
        "Jl.",
        "kata Putin.",
        "CafÃ©",
        "\u200b",
        "\t",
        "\r\n",
        "…",
        "ujarnya",
        "(ant)",
        "Kementerian Keuangan (Kemenkeu)",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join))


def _check(text: str) -> None:
    try:
        art = warta.read(text)
    except InputError:
        return
    rec = art.to_dict()
    assert len(art.norm) == len(art.text)
    for span in rec["sentences"] + rec["headings"] + rec["furniture"] + rec["summary"]:
        assert normalize(art.text[span["start"] : span["end"]]).replace(PAD, "") == span["text"]
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert art.norm[m["start"] : m["end"]].replace(PAD, "") == m["text"]
    for key in ("quotes", "dates", "amounts"):
        for item in rec[key]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
    for p in rec["paragraphs"]:
        assert 0 <= p["start"] < p["end"] <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_spans_slice_the_original(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_read_never_raises_anything_but_input_error(text: str) -> None:
    try:
        warta.read(text)
    except InputError as e:
        assert str(e)


def test_empty_and_control_input_give_clear_errors() -> None:
    for bad in ["", "   \n\t", "\x00\x01\x02" * 50]:
        try:
            warta.read(bad)
        except InputError as e:
            assert len(str(e)) < 200
        else:
            raise AssertionError(f"{bad!r} was read")


def test_five_megabyte_article() -> None:
    para = "Jakarta - Presiden Joko Widodo mengatakan harga beras naik 2,65% pada Rabu (13/9/2023). "
    text = "\n".join([para * 8] * (5_000_000 // (len(para) * 8)))
    art = warta.read(text, layers=[])
    assert len(art.text) > 4_900_000
    assert art.sentences
