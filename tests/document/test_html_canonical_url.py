"""An HTML page's canonical URL becomes the record's url when none is given."""

from warta import read


def test_html_canonical_url_fills_url() -> None:
    page = (
        "<html><head><title>Harga</title><link rel='canonical' href='https://news.detik.com/berita/d-9/harga'></head>"
        "<body><article><p>Menteri Keuangan Sri Mulyani mengatakan inflasi terkendali di Jakarta pada Senin.</p>"
        "<p>Ia menambahkan harga beras stabil.</p></article></body></html>"
    )
    assert read({"html": page}).url == "https://news.detik.com/berita/d-9/harga"
    assert read({"html": page, "url": "https://x.id/a"}).url == "https://x.id/a"  # a given url wins
