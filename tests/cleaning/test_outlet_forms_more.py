"""Dateline forms beyond the common ones, and the HTML path on outlets' real markup shapes
(ANTARA's ``<br />`` paragraphs, Tribun's ``<strong>`` dateline, VIVA's ``BACA JUGA`` block):
the dateline, the credits that close paragraphs, and the publication date from the page."""

import pytest

import warta
from warta.cleaning.dateline import find_dateline
from warta.cleaning.furniture import trailing_signoff

FORMS = [
    ("Jakarta, (ANTARA News) - Presiden Joko Widodo meminta", "ANTARA News", "Jakarta"),
    ("JAKARTA, Kompas.com-Polisi menangkap dua pelaku", "Kompas.com", "JAKARTA"),
    ("BEKASI, okezone - Dinas Pekerjaan Umum membangun", "okezone", "BEKASI"),
    ("Jakarta, HanTer - Gubernur DKI meminta warga", "HanTer", "Jakarta"),
    ("Solo, NU Online - Ribuan santri mengikuti", "NU Online", "Solo"),
    ("Moskow (ANTARA News) – Raja Arab Saudi tiba", "ANTARA News", "Moskow"),
    ("JAKARTA – Penyidik Polda Metro Jaya masih memproses", None, "JAKARTA"),
    ("JUARA.NET, NEW YORK-Petenis putri Amerika Serikat", "JUARA.NET", "NEW YORK"),
    ("BOLASPORT.COM, PALEMBANG-Gubernur Sumatera Selatan", "BOLASPORT.COM", "PALEMBANG"),
]


@pytest.mark.parametrize(("line", "outlet", "place"), FORMS)
def test_more_dateline_forms(line: str, outlet: str | None, place: str | None) -> None:
    d = find_dateline(line, 0, len(line))
    assert d is not None
    assert (d.outlet, d.place) == (outlet, place)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("sesuai dengan kemampuan kami,” katanya. (Antara/Reuters)", "(Antara/Reuters)"),
        ("akan dilantik oleh Presiden, Senin, (16/10/2017). (Yendhi)", "(Yendhi)"),
        ("penegakan hukum berjalan maksimal. (taryani/sir)", "(taryani/sir)"),
        ("tuturnya. (Antara)", "(Antara)"),
        ("menunggu perintah,” pungkasnya. (ase)", "(ase)"),
        ("kata dia. [rnd]", "[rnd]"),
        ("dihadiri pejabat daerah. (ANTARA)", "(ANTARA)"),
    ],
)
def test_credit_closing_a_paragraph(line: str, credit: str) -> None:
    n = trailing_signoff(line)
    assert n is not None and line[-n:].strip() == credit


@pytest.mark.parametrize(
    "line",
    ["ujarnya (Antara) kemudian", "di Jakarta. (Kompas.com)", "Komisi Pemberantasan Korupsi (KPK)", "(pmg)"],
)
def test_no_credit(line: str) -> None:
    assert trailing_signoff(line) is None


ANTARA = """<html><head><meta charset="utf-8"><title>Raja Saudi ke Rusia - ANTARA News</title>
<meta property="og:site_name" content="ANTARA News">
<meta property="article:published_time" content="2017-10-05T06:14:00+07:00"></head><body>
<nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
<article><h1>Raja Saudi lakukan kunjungan resmi ke Rusia</h1>
<div class="post-content clearfix">Moskow (ANTARA News) &#8211; Raja Arab Saudi Salman tiba di Moskow pada Rabu (4/10) waktu setempat dalam kunjungan resmi pertama pemimpin kerajaan itu ke Rusia.<br />
<br />
Raja Salman akan menemui Presiden Vladimir Putin pada Kamis dan membahas harga minyak menjelang pertemuan OPEC pada November.<br />
<br />
Raja juga dijadwalkan bertemu Perdana Menteri Dmitry Medvedev pada Jumat, sebelum meninggalkan Rusia pada Sabtu. (mu)<br />
<br />
<p class="text-muted">Editor: Maryati<br />COPYRIGHT © ANTARA 2017</p></div></article>
<div class="related"><h4>Berita Terkait</h4><ul><li><a href="/a">Putin sambut Raja Salman</a></li></ul></div>
</body></html>"""

TRIBUN = """<html><head><meta charset="UTF-8"><title>Amien Rais Akan Temui KPK - Tribunnews.com</title>
<meta property="og:site_name" content="Tribunnews.com">
<meta property="article:published_time" content="2017-06-01T15:02:04+07:00"></head><body>
<div id="article"><h1>Amien Rais Akan Temui KPK</h1>
<div class="side-article txt-article">
<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - Pendiri Partai Amanat Nasional Amien Rais akan menemui pimpinan KPK pada Senin pekan depan (5/6).</p>
<p><strong>Baca: <a href="/x">KPK Persilakan Amien Rais Datang</a></strong></p>
<p>"Saya akan minta ketemu dengan Pak Agus Rahardjo," ujar Amien kepada wartawan di kediamannya, Sleman, Kamis (1/6).</p>
<p>Transfer tersebut kali pertama terjadi pada 15 Januari 2007 dengan masing-masing transfer Rp 100 juta.</p>
</div><div class="share">Bagikan Facebook Twitter WhatsApp</div></div>
<div id="footer">Copyright © 2017 Tribunnews.com</div></body></html>"""

VIVA = """<html lang="id"><head><meta charset="utf-8"><title>Dana Parpol DKI Dicoret - VIVA</title>
<meta property="og:site_name" content="VIVA.co.id">
<meta property="article:published_time" content="2017-12-22T06:24:49+07:00"></head><body>
<div class="main-content-detail"><h1>Pengajuan Dana Parpol Pemprov DKI Dicoret Kemendagri</h1>
<div id="article-detail-content">
<p><strong>VIVA.co.id</strong> - Kementerian Dalam Negeri menghapus dana bantuan partai politik dalam Anggaran Pendapatan dan Belanja Daerah DKI Jakarta 2018.</p>
<p>"Langsung kami cut itu," ujar Syarifuddin saat dihubungi, Jakarta, Kamis (21/12/2017) malam.</p>
<div class="baca-juga"><p><strong>BACA JUGA:</strong></p><ul><li><a>Anies Naikkan Dana Parpol</a></li></ul></div>
<p>Sumarsono menilai kenaikan dana parpol melebihi bantuan pemerintah pusat, kata dia di Balai Kota, Rabu (6/12/2017).</p>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("page", "outlet", "place", "published", "dates"),
    [
        (
            ANTARA,
            "ANTARA News",
            "Moskow",
            "2017-10-05",
            [
                ("Rabu (4/10)", "2017-10-04"),
                ("Kamis", "2017-10-05"),
                ("November", "2017-11"),
                ("Jumat", "2017-10-06"),
                ("Sabtu", "2017-10-07"),
            ],
        ),
        (
            TRIBUN,
            "Tribunnews",
            "JAKARTA",
            "2017-06-01",
            [
                ("Senin pekan depan (5/6)", "2017-06-05"),
                ("Kamis (1/6)", "2017-06-01"),
                ("15 Januari 2007", "2007-01-15"),
            ],
        ),
        (
            VIVA,
            "VIVA.co.id",
            None,
            "2017-12-22",
            [("DKI Jakarta 2018", "2018"), ("Kamis (21/12/2017)", "2017-12-21"), ("Rabu (6/12/2017)", "2017-12-06")],
        ),
    ],
)
def test_html_outlet_pages(page: str, outlet: str, place: str | None, published: str, dates: list) -> None:
    art = warta.read({"html": page}, layers=["dates"])
    assert art.published == published  # from the page's metadata alone
    assert (art.dateline.outlet, art.dateline.place) == (outlet, place)
    got = [(d.text, d.value) for d in art.dates if d.granularity != "time"]
    assert got == dates
    for d in art.dates:  # offsets point into the text the page gave
        assert art.text[d.start : d.end] == d.text
    body = art.to_dict()["body"]
    assert "Editor: Maryati" not in body and "(mu)" not in body and "BACA JUGA" not in body


BODY = "Harga beras medium naik menjadi Rp 14.000 per kilogram pada Senin (20/10/2025), kata Budi Santoso."
MORE = "Menurut Budi, pasokan dari Karawang dan Subang berkurang sejak awal Oktober."


@pytest.mark.parametrize(
    ("page", "outlet", "place"),
    [
        # CNN Indonesia: the bold dateline and its dash end up on two lines of the extracted text
        (
            f'<div class="detail-text"><strong>Jakarta, CNN Indonesia</strong> -- {BODY}<br><br>{MORE}</div>',
            "CNN Indonesia",
            "Jakarta",
        ),
        (
            f"<article><p><strong>JAKARTA, KOMPAS.com</strong></p><p>- {BODY}</p><p>{MORE}</p></article>",
            "KOMPAS.com",
            "JAKARTA",
        ),
        (
            f'<div class="read__content"><p><strong>JAKARTA, KOMPAS.com</strong> - {BODY}</p><p>{MORE}</p></div>',
            "KOMPAS.com",
            "JAKARTA",
        ),
        (f'<div class="detail__body-text"><strong>Jakarta</strong> - {BODY}<br><br>{MORE}</div>', None, "Jakarta"),
        (f"<div><p><b>Liputan6.com, Jakarta</b> - {BODY}</p><p>{MORE}</p></div>", "Liputan6.com", "Jakarta"),
        (f'<div id="contentx"><p><b>BEKASI</b> - {BODY}</p><p>{MORE}</p></div>', None, "BEKASI"),
    ],
)
def test_html_dateline_markup(page: str, outlet: str | None, place: str) -> None:
    art = warta.read({"html": f"<html><head><title>Harga Beras</title></head><body>{page}</body></html>"}, layers=[])
    assert (art.dateline.outlet, art.dateline.place) == (outlet, place)


def test_list_heading_is_no_dateline() -> None:
    page = (
        f"<html><body><article><p>Bahan-bahan</p><p>- Beras Rp 14.000 sekilo</p><p>{BODY}</p></article></body></html>"
    )
    art = warta.read({"html": page}, layers=[])
    assert art.dateline is None and art.text.startswith("Bahan-bahan\n")
