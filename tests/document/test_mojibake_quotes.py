"""Mojibake a scrape leaves in quotation marks and names folds in ``norm`` without moving any
offset: ``â€œ``/``â€\\x9d`` (UTF-8 quotes read as cp1252, the closing one with or without its
0x9D byte), ``Ã³`` in a name."""

import pytest

import warta
from warta.document.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("â€œSaya segera,â€\x9d kata Djarot.", '"Saya segera," kata Djarot.'),
        ("â€œSaya segera,â€ kata Djarot.", '"Saya segera," kata Djarot.'),
        ("JÃ³hann ViÃ°ar, analis", "Jóhann Viðar, analis"),
        ("Ã\x8dtalo Ferreira", "Ítalo Ferreira"),
    ],
)
def test_folds_same_length(raw: str, folded: str) -> None:
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert norm.replace("\u2060", "") == folded


def test_quote_in_mojibake_is_read() -> None:
    raw = (
        "JAKARTA (Pos Kota) – Gubernur DKI Jakarta Djarot Saeful Hidayat mengaku telah menerima surat.\n"
        "â€œSaya segera mengakhiri tugas jabatan sebagai gubernur, nanti jam 24.00,â€\x9d kata Djarot"
        " di Lapangan Banteng, Jakarta Pusat, Sabtu, (14/10/2017)."
    )
    art = warta.read({"text": raw, "published": "2017-10-14"}, layers=["entities", "quotes", "dates"])
    assert (art.dateline.outlet, art.dateline.place) == ("Pos Kota", "JAKARTA")
    assert [(d.text, d.value) for d in art.dates if d.granularity != "time"] == [("Sabtu, (14/10/2017)", "2017-10-14")]
    q = [q for q in art.quotes if q.kind == "direct"]
    assert q and q[0].text.startswith("Saya segera") and q[0].speaker.name.startswith("Djarot")
