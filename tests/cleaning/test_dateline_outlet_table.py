"""The dateline and credit shapes of Indonesian outlets, one row per house style, written from how
each outlet opens and closes its stories (not taken from any evaluation set). Every row is a
sentence written for the test; the dateline reader must give its outlet and place, compared as
score.py compares them (case and spacing folded).

| outlet | dateline | closing credit |
|---|---|---|
| Kompas (web) | `JAKARTA, KOMPAS.com -` / `KOMPAS.com -` | `Penulis:` / `Editor:` lines |
| Kompas (print) | `JAKARTA, KOMPAS —` | `(DNE)` |
| Kompas TV | `JAKARTA, KOMPAS.TV -` | `Sumber: Kompas TV` |
| Tribunnews | `TRIBUNNEWS.COM, JAKARTA -` (named Tribunnews) | `Laporan Wartawan Tribunnews.com, X`, `Editor:` |
| Tribun regional | `TRIBUNJATENG.COM, SEMARANG -`, `TRIBUN-MEDAN.com, MEDAN -`, `SURYA.co.id, SURABAYA -`, `TRIBUNJABAR.ID, BANDUNG -`, `POS-KUPANG.COM, KUPANG -`, `SERAMBINEWS.COM, BANDA ACEH -` | `Laporan Wartawan Tribun Jabar, X` |
| Okezone | `JAKARTA -` (place only) | `(erh)` |
| Sindonews | `JAKARTA -`, `BANDUNG, SINDONEWS -` | `(dam)` |
| Merdeka | `Merdeka.com -` | `[rnd]` |
| Suara | `Suara.com -` | `(Antara)` |
| VIVA | `VIVA.co.id -`, `VIVA –`, `VIVAnews -` | `(Antara)` |
| Liputan6 | `Liputan6.com, Jakarta -` | `(Ant)` |
| CNN Indonesia | `Jakarta, CNN Indonesia --` | `(ant/djm)` |
| CNBC Indonesia | `Jakarta, CNBC Indonesia -` | `(roy/roy)` |
| ANTARA | `Jakarta (ANTARA) -`, `Sanaa (ANTARA News) –`, `Beijing (ANTARA/Xinhua) -`, `Mataram, 14/3 (ANTARA) -` | `(T.K010/R010)`, `Editor:`, `COPYRIGHT © ANTARA` |
| Republika | `REPUBLIKA.CO.ID, JAKARTA --` | `Red:` |
| Tempo | `TEMPO.CO, Jakarta -`, `TEMPO Interaktif, Jakarta:` | reporters' names in capitals |
| JPNN | `jpnn.com, JAKARTA -` | `(tan/jpnn)` |
| iNews | `JAKARTA, iNews.id -` | |
| Bisnis | `Bisnis.com, JAKARTA —` | `Editor:` |
| Kontan | `KONTAN.CO.ID - JAKARTA.` | `Reporter:` / `Editor:` |
| IDN Times | `Jakarta, IDN Times -` | |
| Pos Kota | `JAKARTA (Pos Kota) –` | `(taryani/sir)` |
| Rimanews | `Rimanews -` | |
| Jawa Pos | `JawaPos.com –` | `(jpc)` |
| Beritasatu | `Jakarta, Beritasatu.com -` | `Sumber: BeritaSatu.com` |
| Harian Jogja | `Harianjogja.com, JOGJA—` | |
| Solopos | `Solopos.com, SOLO —` | |
| Suara Merdeka | `SEMARANG, suaramerdeka.com -` | |
| Gatra | `Jakarta, Gatra.com -` | |
| Inilah | `INILAHCOM, Jakarta -` | |
| Warta Kota | `WARTAKOTALIVE.COM, JAKARTA -` | |
| Lampung Post | `BANDAR LAMPUNG (Lampost.co) --` | |
| Bali Post | `DENPASAR, BALIPOST.com –` | |
| Tirto | `tirto.id -` | |
| Medcom | `Jakarta: ` (a known place and a colon) | |
| detik | `Jakarta -`, `Bandung, detikJabar -`, `detikNews, Jakarta -` | `(idn/idn)` |
| Katadata, kumparan, Media Indonesia | no dateline | |
| an outlet no list holds | `SERANG, BANTENNEWS -`, `Medan, Waspada -`, `Jakarta, InfoPublik -`, `Siwalimanews, AMBON –` (a known place beside it) | |
"""

from __future__ import annotations

import pytest

from warta.cleaning.dateline import find_dateline
from warta.cleaning.furniture import furniture_reason, trailing_signoff

STORY = "Polisi menangkap dua pengedar sabu di sebuah rumah kos pada Senin malam."

# (opening, outlet, place): each opening is followed by the same story sentence
DATELINES = [
    ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", "JAKARTA"),
    ("KOMPAS.com - ", "KOMPAS.com", None),
    ("BANDUNG, KOMPAS.com – ", "KOMPAS.com", "BANDUNG"),
    ("JAKARTA, KOMPAS — ", "KOMPAS", "JAKARTA"),
    ("JAKARTA, KOMPAS.TV - ", "KOMPAS.TV", "JAKARTA"),
    ("TRIBUNNEWS.COM, JAKARTA - ", "Tribunnews", "JAKARTA"),
    ("TRIBUNJATENG.COM, SEMARANG - ", "TRIBUNJATENG.COM", "SEMARANG"),
    ("TRIBUN-MEDAN.com, MEDAN - ", "TRIBUN-MEDAN.com", "MEDAN"),
    ("SURYA.co.id, SURABAYA - ", "SURYA.co.id", "SURABAYA"),
    ("TRIBUNJABAR.ID, BANDUNG - ", "TRIBUNJABAR.ID", "BANDUNG"),
    ("POS-KUPANG.COM, KUPANG - ", "POS-KUPANG.COM", "KUPANG"),
    ("SERAMBINEWS.COM, BANDA ACEH - ", "SERAMBINEWS.COM", "BANDA ACEH"),
    ("TRIBUNKALTIM.CO, SAMARINDA - ", "TRIBUNKALTIM.CO", "SAMARINDA"),
    ("JAKARTA - ", None, "JAKARTA"),
    ("INDRAMAYU – ", None, "INDRAMAYU"),
    ("JAKARTA — ", None, "JAKARTA"),
    ("BANDUNG, SINDONEWS - ", "SINDONEWS", "BANDUNG"),
    ("Merdeka.com - ", "Merdeka.com", None),
    ("Suara.com - ", "Suara.com", None),
    ("VIVA.co.id - ", "VIVA.co.id", None),
    ("VIVA – ", "VIVA", None),
    ("VIVAnews - ", "VIVAnews", None),
    ("Liputan6.com, Jakarta - ", "Liputan6.com", "Jakarta"),
    ("Liputan6.com, Jakarta — ", "Liputan6.com", "Jakarta"),
    ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
    ("Jakarta, CNN Indonesia — ", "CNN Indonesia", "Jakarta"),
    ("Jakarta, CNBC Indonesia - ", "CNBC Indonesia", "Jakarta"),
    ("Jakarta (ANTARA) - ", "ANTARA", "Jakarta"),
    ("Sanaa (ANTARA News) – ", "ANTARA News", "Sanaa"),
    ("Beijing (ANTARA/Xinhua) - ", "ANTARA", "Beijing"),
    ("Mataram, 14/3 (ANTARA) - ", "ANTARA", "Mataram"),
    ("Jakarta, Senin (ANTARA) - ", "ANTARA", "Jakarta"),
    ("Nusa Dua, Bali (ANTARA) - ", "ANTARA", "Nusa Dua, Bali"),
    ("REPUBLIKA.CO.ID, JAKARTA -- ", "REPUBLIKA.CO.ID", "JAKARTA"),
    ("TEMPO.CO, Jakarta - ", "TEMPO.CO", "Jakarta"),
    ("jpnn.com, JAKARTA - ", "jpnn.com", "JAKARTA"),
    ("JAKARTA, iNews.id - ", "iNews.id", "JAKARTA"),
    ("Bisnis.com, JAKARTA — ", "Bisnis.com", "JAKARTA"),
    ("KONTAN.CO.ID - JAKARTA. ", "KONTAN.CO.ID", "JAKARTA"),
    ("Jakarta, IDN Times - ", "IDN Times", "Jakarta"),
    ("JAKARTA (Pos Kota) – ", "Pos Kota", "JAKARTA"),
    ("Rimanews - ", "Rimanews", None),
    ("JawaPos.com – ", "JawaPos.com", None),
    ("Jakarta, Beritasatu.com - ", "Beritasatu.com", "Jakarta"),
    ("Harianjogja.com, JOGJA—", "Harianjogja.com", "JOGJA"),
    ("Solopos.com, SOLO — ", "Solopos.com", "SOLO"),
    ("SEMARANG, suaramerdeka.com - ", "suaramerdeka.com", "SEMARANG"),
    ("Jakarta, Gatra.com - ", "Gatra.com", "Jakarta"),
    ("INILAHCOM, Jakarta - ", "INILAHCOM", "Jakarta"),
    ("WARTAKOTALIVE.COM, JAKARTA - ", "WARTAKOTALIVE.COM", "JAKARTA"),
    ("BANDAR LAMPUNG (Lampost.co) -- ", "Lampost.co", "BANDAR LAMPUNG"),
    ("DENPASAR, BALIPOST.com – ", "BALIPOST.com", "DENPASAR"),
    ("tirto.id - ", "tirto.id", None),
    ("Jakarta - ", None, "Jakarta"),
    ("Bandung, detikJabar - ", "detikJabar", "Bandung"),
    ("detikNews, Jakarta - ", "detikNews", "Jakarta"),
    # outlets no list holds, beside a place the gazetteer knows
    ("SERANG, BANTENNEWS - ", "BANTENNEWS", "SERANG"),
    ("Medan, Waspada - ", "Waspada", "Medan"),
    ("PADANG, HALUAN — ", "HALUAN", "PADANG"),
    ("SURABAYA, Radar Surabaya - ", "Radar Surabaya", "SURABAYA"),
    ("Jakarta, InfoPublik -- ", "InfoPublik", "Jakarta"),
    ("JAKARTA, Jitunews – ", "Jitunews", "JAKARTA"),
    ("Siwalimanews, AMBON – ", "Siwalimanews", "AMBON"),
]


def _fold(s: str | None) -> str:
    return " ".join((s or "").lower().split())


@pytest.mark.parametrize(("opening", "outlet", "place"), DATELINES, ids=[d[0].strip() for d in DATELINES])
def test_outlet_dateline(opening: str, outlet: str | None, place: str | None) -> None:
    line = opening + STORY
    got = find_dateline(line, 0, len(line))
    assert got is not None
    assert (_fold(got.outlet), _fold(got.place)) == (_fold(outlet), _fold(place))
    # the dateline ends before the story, which is never swallowed
    assert got.end <= len(opening) and line[got.end :].strip().startswith("Polisi")


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menangkap dua pengedar sabu di sebuah rumah kos.",  # kumparan, Katadata: no dateline
        "Antara lain polisi menangkap dua pengedar sabu di rumah kos.",
        "Presiden - yang baru tiba dari Bogor - langsung rapat.",
        "Warga Jakarta - termasuk anak-anak - memadati Monas.",
        # a known place and a comma followed by what is not an outlet
        "Bogor, Jawa Barat - Polisi menangkap dua pengedar sabu.",
        "Jakarta, Pusat - Polisi menangkap dua pengedar sabu.",
        "Jakarta, Presiden Joko Widodo - kata dia - meminta rapat.",
        "Sementara, Jakarta - Polisi menangkap dua pengedar sabu.",
    ],
)
def test_no_dateline(line: str) -> None:
    assert find_dateline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line", ["(T.K010/R010)", "(T.KR-ADW/H013)", "(ant/djm)", "(taryani/sir)", "[rnd]", "(erh)", "(tan/jpnn)"]
)
def test_credit_lines_are_furniture(line: str) -> None:
    assert furniture_reason(line) == "signoff"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Polisi masih memburu pelaku lain. (Antara)", "(Antara)"),
        ("Polisi masih memburu pelaku lain. [rnd]", "[rnd]"),
        ("Polisi masih memburu pelaku lain. (taryani/sir)", "(taryani/sir)"),
        ('"Kami buru terus," kata dia. (T.M038/B002)', "(T.M038/B002)"),
    ],
)
def test_closing_credits_cut(line: str, credit: str) -> None:
    cut = trailing_signoff(line)
    assert cut is not None and line[-cut:].strip() == credit


@pytest.mark.parametrize("line", ["(PP 99/2012)", "(Pasal 2/3)", "(COVID-19)"])
def test_bracketed_story_lines_stay(line: str) -> None:
    assert furniture_reason(line) is None
