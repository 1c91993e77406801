"""Round 40 speed work (issue #16): each faster reader gives what the plain one it replaced gave."""

from __future__ import annotations

import re

from warta.entities.words import whole_word_spans

TEXT = (
    "Mahfud MD menyatakan hal itu. Kata Mahfud, sidang ditunda. Pak Mahfud-nya hadir? Bukan "
    "Mahfudz atau S.Mahfud, tapi Mahfud_ dan Mahfud2. Universitas Islam Indonesia (UII) Yogyakarta, "
    "Mahfud. Menurut dr. Tirta, vaksin aman; Tirta Mandira Hudhi menambahkan. Tirta"
)
NAMES = ("Mahfud", "Mahfud MD", "Tirta", "UII", "Islam Indonesia", "a", "-", "Mahfud.")


def _plain(text: str, name: str, before: str, after: str) -> list[tuple[int, int]]:
    pattern = rf"(?<![\w{re.escape(before)}]){re.escape(name)}(?![\w{re.escape(after)}])"
    return [m.span() for m in re.finditer(pattern, text)]


def test_whole_word_spans_are_the_pattern_spans() -> None:
    for name in NAMES:
        for before, after in (("-", "-"), (".-", "-")):
            assert whole_word_spans(TEXT, name, before, after) == _plain(TEXT, name, before, after), name


def test_whole_word_spans_at_the_edges_and_overlapping() -> None:
    assert whole_word_spans("aaa", "aa") == _plain("aaa", "aa", "-", "-") == []
    assert whole_word_spans("aa aa", "aa") == [(0, 2), (3, 5)]
    assert whole_word_spans("Émile dan Émile-nya", "Émile") == [(0, 5)]
    assert whole_word_spans("x²y x", "x") == _plain("x²y x", "x", "-", "-") == [(4, 5)]
    assert whole_word_spans("", "Budi") == []


def test_ranked_initials_pattern_finds_what_the_boundary_pattern_found() -> None:
    from warta.entities.shapes import _RANKED_INITIALS

    plain = re.compile(r"\b([A-Z][A-Za-z]+)\.?\s+([A-Z]{2,3})\b(?![-/.]\w)")
    for text in (
        "Bripda AG dan Bripda AN diperiksa. Kompol Polri, Kolonel TNI.",
        "Briptu RH-nya, xBripda AG, _Aiptu AB, 9Iptu CD, Kapten AB/CD",
        "AKBP AB",
        "Ipda. ZX ditahan; KAPOLRES JKT",
    ):
        spans = [(m.span(), m.span(1), m.span(2)) for m in _RANKED_INITIALS.finditer(text)]
        assert spans == [(m.span(), m.span(1), m.span(2)) for m in plain.finditer(text)], text


def test_quoted_title_patterns_find_what_the_lookbehind_patterns_found() -> None:
    from warta.entities.titles import _QUOTES

    plain = (
        re.compile(r"(?<![\w'])'\s?([^'\n]*?(?:\w'\w[^'\n]*?)*)\s?'(?![\w'])"),
        re.compile(r"(?<![\w\"])\"\s?([^\"\n]+?)\s?\"(?!\w)"),
    )
    texts = (
        "film ' Susah Sinyal ', lagu 'Praying' dan Jum'at 'Eiffel I'm in Love'",
        '"Jaws" dan x"Jurassic Park", ""Tenet"" "a',
        "'' x' 'y'z' \"\n\"",
    )
    for fast, slow in zip((_QUOTES[0], _QUOTES[2]), plain, strict=True):
        for text in texts:
            spans = [(m.span(), m.span(1)) for m in fast.finditer(text)]
            assert spans == [(m.span(), m.span(1)) for m in slow.finditer(text)], text


def test_opening_alternation_matches_the_lookbehind_form() -> None:
    from warta.entities.patterns import opening_alternation

    words = ["wawancara dengan", "wawancara", "kepada", "k", "-an", "jurnalis"]
    texts = (
        "dalam wawancara dengan Ruhr, kepada ITV, kepadaX Y, -an Z, x-an Z",
        "kepada Budi",
        "akepada Budi; re-kepada A; k k-k kk jurnalis Deportes",
    )
    for before in (r"[\w-]", r"\w"):
        fast = re.compile(opening_alternation(words, before) + r" (?=[A-Z])")
        slow = re.compile(rf"(?<!{before})(?:{'|'.join(map(re.escape, words))}) (?=[A-Z])")
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def test_opening_alternation_ignoring_case_matches_the_lookbehind_form() -> None:
    from warta.entities.patterns import opening_alternation

    words = ["perusahaan rintisan", "perusahaan", "klub", "startup", "firma", "ikan"]
    texts = (
        "Perusahaan rintisan asal Bandung, KLUB Persib, klub-klub, xklub A, Startup B, FIRMA C",
        "\u212alub A \u017ftartup B \u0130kan C \u0131kan D -Klub E _klub F",
    )
    fast = re.compile(opening_alternation(words, ignore_case=True) + "(?= )")
    slow = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?= )", re.I)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text
    assert len(list(fast.finditer(texts[1]))) == 4
