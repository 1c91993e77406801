"""The page in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright):
every view with real detik articles, a screenshot of each, and markup in article text or in
stored fields always shown as text (no element is made from it, no script runs)."""

from __future__ import annotations

import json
import shutil
from itertools import islice
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INJECTION = (
    "Liputan6.com, Jakarta - Presiden Joko Widodo meresmikan jembatan baru di Bekasi pada Senin (13/9/2023).\n"
    '"Jembatan ini <img src=x onerror="document.title=\'pwned\'"> akan mempercepat arus barang senilai Rp 2,5 '
    "triliun <script>document.title='pwned'</script>,\" kata Jokowi.\n"
)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh 1400×900 page; its script errors and failed requests are kept in ``page.errors``."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.errors = errors
    yield page
    page.close()


def no_injection(page, root: str) -> None:
    assert page.title() == "Warta"
    for sel in ("img", "script", "[onerror]", "[onmouseover]"):
        assert page.query_selector(f"{root} {sel}") is None, f"{sel} made from text in {root}"
    assert not [e for e in page.errors if "pwned" in e]


def wait_js(page, expr: str, timeout: int = 30_000) -> None:
    """Poll ``expr`` from the test side (page-side polling would need eval, which the CSP forbids)."""
    import time

    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expr):
        assert time.monotonic() < deadline, f"not true in time: {expr}"
        time.sleep(0.05)


def submit(page, form: str, **fields: str) -> None:
    """Fill the inputs ``fields`` of ``#form`` (``""`` empties one) and submit it."""
    for name, value in fields.items():
        page.fill(f"#{form} input[name={name}]", value)
    page.click(f"#{form} button[type=submit]")


def read_pasted(page, url: str, text: str) -> None:
    """Paste ``text`` into the article view and wait for its paragraphs."""
    page.goto(url + "/")
    page.fill("#text", text)
    page.click("#go")
    page.wait_for_selector("#body p", timeout=60_000)


def detik(shared: Path, n: int) -> list[dict]:
    with open(shared / "data" / "news" / "detik_2025.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in islice(f, n)]


def test_article_view_highlights_and_escapes(page, url: str, shots: Path) -> None:
    page.goto(url + "/")
    page.fill("#text", INJECTION)
    page.click("#go")
    page.wait_for_selector("#body mark", timeout=60_000)
    body = page.inner_text("#body")
    assert "<img src=x" in body and "<script>" in body  # shown as text
    no_injection(page, "#article")
    kinds = page.eval_on_selector_all("#body mark", "ms => ms.map(m => m.className).join(' ')")
    for k in ("k-qd", "k-PER", "k-LOC", "k-date", "k-amount"):
        assert k in kinds
    assert "Liputan6.com" in page.inner_text("#meta") and "Nada" in page.inner_text("#meta")
    page.screenshot(path=str(shots / "artikel_injeksi.png"), full_page=True)


def test_article_view_detik_side_list_keyboard_and_download(page, url: str, shared: Path, shots: Path) -> None:
    rec = detik(shared, 1)[0]
    page.goto(url + "/")
    page.fill("#text", json.dumps(rec))  # a pasted JSON record is recognised as one
    page.click("#go")
    page.wait_for_selector("#side button", timeout=60_000)
    assert rec["title"] in page.inner_text("#meta")
    side = page.inner_text("#side")
    assert "Kutipan" in side and "Entitas" in side and "langsung" in side
    # keyboard: focus the first quote in the list, Enter → the quote in the text gets focus
    page.focus("#s-q0")
    page.keyboard.press("Enter")
    wait_js(page, "document.activeElement && document.activeElement.id === 't-q0'")
    # and back: Enter on the highlighted quote focuses its list entry
    page.keyboard.press("Enter")
    wait_js(page, "document.activeElement && document.activeElement.id === 's-q0'")
    with page.expect_download() as dl:
        page.click("#download")
    saved = json.loads(Path(dl.value.path()).read_text("utf-8"))
    assert saved["id"] == rec["id"] and saved["quotes"]
    page.screenshot(path=str(shots / "artikel_detik_lebar.png"), full_page=False)
    # 400 px: one column, nothing wider than the screen
    page.set_viewport_size({"width": 400, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"page is {width}px wide at 400px"
    page.screenshot(path=str(shots / "artikel_detik_400px.png"), full_page=False)
    assert not page.errors, page.errors


def test_article_view_reads_pasted_html(page, url: str, shots: Path) -> None:
    html = (
        "<html><head><title>Harga Beras</title></head><body><article>"
        "<p>Menteri Perdagangan Budi Santoso mengatakan harga beras turun di Jakarta pada Senin (20/10/2025).</p>"
        "<p>&quot;Stok aman sampai akhir tahun,&quot; kata Budi kepada wartawan.</p>"
        "<p>Pemerintah menyiapkan <b>1,5 juta ton</b> beras cadangan.</p></article></body></html>"
    )
    read_pasted(page, url, html)
    body = page.inner_text("#body")
    assert "<p>" not in body and "Menteri Perdagangan" in body  # read as HTML, not as text
    assert "p>Menteri" not in page.inner_text("#side")
    no_injection(page, "#article")
    page.screenshot(path=str(shots / "artikel_html.png"), full_page=True)
    # the same page opened as a file: read as HTML by its extension
    page.fill("#text", "")
    page.evaluate(
        "() => { document.querySelector('#meta').replaceChildren(); document.querySelector('#body').replaceChildren(); }"
    )
    page.set_input_files("#file", files=[{"name": "harga.html", "mimeType": "text/html", "buffer": html.encode()}])
    wait_js(page, "document.querySelector('#meta').innerText.includes('Harga Beras')")
    assert "Menteri Perdagangan" in page.inner_text("#body") and "<p>" not in page.inner_text("#body")


def test_corpus_search_map_and_open(page, corpus_url: str, shots: Path) -> None:
    page.goto(corpus_url + "/#/cari")
    submit(page, "search-form", q="banjir")
    page.wait_for_selector("#hits li", timeout=30_000)
    page.wait_for_selector("#map svg circle", timeout=30_000)
    page.wait_for_selector("#timeline canvas", timeout=30_000)
    hits = page.inner_text("#hits")
    assert "<img src=x" in hits or "<script>" in hits  # the hostile title, as text
    no_injection(page, "#view-cari")
    assert page.query_selector("#hits mark") is not None  # highlighted snippet
    page.screenshot(path=str(shots / "korpus_cari_injeksi.png"), full_page=True)
    # a real search over the detik articles: many days on the timeline, many places on the map
    submit(page, "search-form", q="inflasi")
    wait_js(page, "document.querySelectorAll('#map svg circle').length > 3")
    wait_js(page, "document.querySelectorAll('#hits li').length === 10")
    assert not page.query_selector("#next").is_hidden()  # more than one page
    page.screenshot(path=str(shots / "korpus_cari_peta.png"), full_page=True)
    page.set_viewport_size({"width": 400, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.screenshot(path=str(shots / "korpus_cari_400px.png"), full_page=True)
    # open the hostile hit in the article view: stored record, highlighted, still text
    page.set_viewport_size({"width": 1400, "height": 900})
    page.click("#hits li button >> nth=0")
    page.wait_for_selector("#body mark", timeout=30_000)
    no_injection(page, "#article")
    assert not page.errors, page.errors


def test_corpus_entity_page_with_chart(page, corpus_url: str, shots: Path) -> None:
    page.goto(corpus_url + "/#/entitas/Prabowo")
    page.wait_for_selector("#chart canvas", timeout=30_000)
    assert "Prabowo" in page.inner_text("#entity-name")
    assert page.query_selector("#cooc li") is not None and page.query_selector("#equotes li") is not None
    page.screenshot(path=str(shots / "korpus_entitas.png"), full_page=True)
    # the hostile article's speaker, through an alias lookup, shows as text
    page.goto(corpus_url + "/#/entitas/Pramono")
    page.wait_for_selector("#entity:not([hidden])", timeout=30_000)
    no_injection(page, "#view-entitas")
    assert not page.errors, page.errors


def test_corpus_who_said_what(page, corpus_url: str, shots: Path) -> None:
    page.goto(corpus_url + "/#/kutipan")
    submit(page, "quotes-form", about="pompa")
    page.wait_for_selector("#quotes li", timeout=30_000)
    assert "<script>" in page.inner_text("#quotes")  # the hostile quote, as text
    no_injection(page, "#view-kutipan")
    submit(page, "quotes-form", about="", speaker="Prabowo")
    wait_js(page, "document.querySelector('#quotes').innerText.includes('Prabowo')", timeout=30_000)
    page.screenshot(path=str(shots / "korpus_kutipan.png"), full_page=True)
    assert not page.errors, page.errors


def test_corpus_events_view(page, corpus_url: str, shots: Path) -> None:
    page.goto(corpus_url + "/#/peristiwa")
    types = page.eval_on_selector_all("#events-form select[name=type] option", "os => os.map(o => o.value)")
    assert "DEMAND" in types and "CRIME" in types and types[0] == ""
    page.select_option("#events-form select[name=type]", "DEMAND")
    submit(page, "events-form", actor="Pramono")
    page.wait_for_selector("#events li", timeout=30_000)
    items = page.inner_text("#events")
    assert "Pramono Anung —DEMAND→ Dinas Sumber Daya Air" in items
    assert "<img src=x" in items and "Jakarta Timur" in items  # the hostile sentence, as text
    assert page.query_selector("#events li a[href='https://news.detik.com/berita/d-1/banjir']") is not None
    no_injection(page, "#view-peristiwa")
    # every type over the detik articles, then a period with none
    page.select_option("#events-form select[name=type]", "")
    submit(page, "events-form", actor="")
    wait_js(page, "document.querySelectorAll('#events li').length > 5")
    assert "—DEMAND→" in page.inner_text("#events") and "—SUPPORT→" in page.inner_text("#events")
    page.screenshot(path=str(shots / "korpus_peristiwa.png"), full_page=True)
    submit(page, "events-form", since="2001-01-01", until="2001-01-02")
    wait_js(page, "document.querySelector('#events-status').innerText === 'tidak ada peristiwa'")
    assert page.query_selector("#events li") is None
    # the article link opens the stored article
    submit(page, "events-form", since="", until="", actor="Pramono")
    page.wait_for_selector("#events li button", timeout=30_000)
    page.click("#events li button >> nth=0")
    wait_js(page, "document.querySelector('#meta').innerText.includes('<script>')", timeout=30_000)
    assert "Peristiwa" in page.inner_text("#side")
    no_injection(page, "#article")
    assert not page.errors, page.errors


def test_corpus_stories_view(page, corpus_url: str, shots: Path) -> None:
    page.goto(corpus_url + "/#/cerita")
    submit(page, "stories-form")  # at least 2 articles by default
    page.wait_for_selector("#stories li", timeout=30_000)
    sizes = page.eval_on_selector_all("#stories li .muted", "ds => ds.map(d => parseInt(d.innerText))")
    assert sizes and min(sizes) >= 2 and sizes == sorted(sizes, reverse=True)
    assert "detik.com (" in page.inner_text("#stories")
    page.click("#stories li button >> nth=0")
    page.wait_for_selector("#story:not([hidden]) #story-articles li", timeout=30_000)
    assert len(page.query_selector_all("#story-articles li")) == sizes[0]
    assert page.query_selector("#story-entities li") is not None
    assert page.query_selector("#stories li.current") is not None
    page.screenshot(path=str(shots / "korpus_cerita.png"), full_page=True)
    # the hostile article's own story (one article): label, entities, quote all text
    submit(page, "stories-form", entity="Pramono", min_size="1")
    wait_js(page, "document.querySelector('#stories').innerText.includes('<script>')")
    page.click("#stories li button >> nth=0")
    wait_js(page, "document.querySelector('#story-label').innerText.includes('<img src=x')")
    key_quote = page.inner_text("#story-quotes")
    assert "<img src=x" in key_quote or "<script>" in key_quote  # its key quote (either one), as text
    assert "Pramono Anung" in page.inner_text("#story-entities")
    no_injection(page, "#view-cerita")
    page.screenshot(path=str(shots / "korpus_cerita_injeksi.png"), full_page=True)
    # an unknown entity: the API's 404 as a message
    submit(page, "stories-form", entity="Tidak Ada Sama Sekali")
    page.wait_for_selector("#stories-status.err", timeout=30_000)
    assert not [e for e in page.errors if "failed" not in e], page.errors


def test_docs_page_offline(page, url: str, shots: Path) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url + "/docs")
    page.wait_for_selector("#ops section", timeout=30_000)
    assert "POST /api/read" in page.inner_text("#ops")
    assert all(r.startswith(url) for r in requests), [r for r in requests if not r.startswith(url)]
    page.screenshot(path=str(shots / "docs.png"), full_page=False)


def test_article_view_renders_events_generically(page, url: str, shots: Path) -> None:
    """A record with an ``events`` list (from the events layer, when it lands) shows each event's
    trigger highlighted in the text and listed beside it; its fields stay text."""
    page.goto(url + "/")
    page.fill("#text", INJECTION)
    page.click("#go")
    page.wait_for_selector("#body mark", timeout=60_000)
    page.evaluate(
        """() => {
        const rec = JSON.parse(JSON.stringify(current));
        const start = rec.body.indexOf('meresmikan');
        const base = rec.paragraphs[0].start;
        rec.events = [{type: 'RESMIKAN <img src=x onerror="document.title=1">', trigger: {text: 'meresmikan',
          start: base + start, end: base + start + 10}, actor: 'Joko Widodo', recipient: null, mode: 'asserted',
          date: '2023-09-13', place: 'Bekasi'}];
        renderRecord(rec);
    }"""
    )
    assert page.inner_text("#body .k-event") == "meresmikan"
    assert "RESMIKAN <img" in page.inner_text("#side")
    no_injection(page, "#article")
    page.click("#s-v0")
    wait_js(page, "document.activeElement && document.activeElement.id === 't-v0'")
    page.screenshot(path=str(shots / "artikel_peristiwa.png"), full_page=True)


def test_article_view_hostile_record_long_token_and_bidi(page, url: str, shots: Path) -> None:
    """A record with a 20,000-character token (it reaches the summary in the meta box), right-to-
    left overrides and a ``javascript:`` url: the page stays as wide as the screen (the meta box,
    a flex row, grew to 213,000 px with the token), no link is made from the url, no script runs."""
    token = "A" * 20_000
    rec = {
        "id": "x<script>",
        "title": "Judul \u202eevil\u202c <svg onload=\"document.title='pwned'\">",
        "url": "javascript:document.title='pwned'",
        "outlet": "<b>out</b>",
        "published": "2025-10-01",
        "text": (
            f"Jakarta - Gubernur Pramono Anung \u202etxet\u202c meninjau banjir {token} di Kampung Melayu, "
            'Rabu (22/10/2025).\n"Kami kerahkan <a href="javascript:document.title=\'pwned\'">pompa</a>," kata '
            "Pramono \u200f\u2066kepada wartawan\u2069.\n</textarea><script>document.title='pwned'</script>"
        ),
    }
    page.goto(url + "/")
    page.fill("#text", json.dumps(rec))
    page.click("#go")
    page.wait_for_selector("#body mark", timeout=90_000)
    no_injection(page, "#article")
    assert page.query_selector("#article a, #article svg") is None
    assert "\u202eevil" in page.inner_text("#meta")  # shown, as text
    for width in (1400, 400):
        page.set_viewport_size({"width": width, "height": 800})
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"page is {wide}px wide at {width}px"
    page.screenshot(path=str(shots / "artikel_token_panjang.png"), full_page=False)
    assert not page.errors, page.errors


def test_article_view_opens_files_in_their_encoding(page, url: str) -> None:
    """A file opened in the page is sent as its bytes and decoded as the readers decode files:
    UTF-16 after its byte-order mark, an HTML page in the charset its <meta> declares, and text
    in an undeclared 8-bit encoding refused with a message. The page used to decode every file
    as UTF-8 itself: UTF-16 became noise and Latin-1's 'é' a U+FFFD, read without a word."""
    text = "Jakarta - Gubernur Pramono Anung meninjau kafé di Kampung Melayu, Rabu (22/10/2025). Warga senang."
    page.goto(url + "/")
    page.set_input_files(
        "#file", files=[{"name": "u16.txt", "mimeType": "text/plain", "buffer": text.encode("utf-16")}]
    )
    wait_js(page, "document.querySelector('#body').innerText.includes('kafé')")
    assert "\ufffd" not in page.inner_text("#body")
    html = (
        "<html><head><meta charset='windows-1252'><title>Kafé \u201cbaru\u201d</title></head>"
        f"<body><article><p>{text}</p></article></body></html>"
    )
    page.set_input_files(
        "#file", files=[{"name": "lama.html", "mimeType": "text/html", "buffer": html.encode("cp1252")}]
    )
    wait_js(page, "document.querySelector('#meta').innerText.includes('Kafé \u201cbaru\u201d')")
    page.set_input_files(
        "#file", files=[{"name": "latin1.txt", "mimeType": "text/plain", "buffer": text.encode("latin-1")}]
    )
    wait_js(page, "document.querySelector('#status').innerText.includes('UTF-8')")
    assert not page.errors, page.errors


def test_events_view_shows_the_notice_of_articles_stored_before_events(page, tmp_path: Path) -> None:
    """/api/events says in ``notice`` when stored articles predate events (ceabe18); the page showed
    only 'tidak ada peristiwa', which reads as 'nothing happened'. Shown as text, like all server words."""
    import sqlite3

    from warta.corpus import Corpus
    from warta.web import Settings, serve_in_thread

    from .conftest import stop

    src = tmp_path / "lama.jsonl"
    src.write_text(
        json.dumps({"id": "l1", "text": "Polisi menangkap Budi Hartono di Depok, Senin (13/10/2025)."}) + "\n"
    )
    db = str(tmp_path / "lama.db")
    with Corpus(db) as c:
        c.ingest([str(src)], jobs=0)
    with sqlite3.connect(db) as conn:  # as a schema 3 store migrated on opening leaves it
        conn.execute("UPDATE articles SET ingested_at = '2025-01-01T00:00:00Z'")
        conn.execute("DELETE FROM events")
    server, base = serve_in_thread(Settings(db=db, workers=1))
    try:
        page.goto(base + "/#/peristiwa")
        assert not page.is_visible("#events-notice")
        submit(page, "events-form", actor="")
        wait_js(page, "document.querySelector('#events-status').innerText === 'tidak ada peristiwa'")
        notice = page.inner_text("#events-notice")
        assert notice.startswith("1 article was stored by a Warta from before events were kept"), notice
        assert page.is_visible("#events-notice") and not page.errors, page.errors
    finally:
        stop(server)


def test_article_view_shows_the_records_warnings(page, url: str) -> None:
    """The record's warnings (a Malay text read as Indonesian, a field of the wrong type) were in the
    JSON only; the page showed 'Bahasa: ms' and nothing saying what it means. Shown as text."""
    text = (
        "KUALA LUMPUR - Kerajaan akan memperkenalkan langkah baharu bagi membendung kenaikan harga barang, "
        "kata menteri hari ini. Beliau berkata kementerian telah mengarahkan pegawai memantau premis "
        "perniagaan, dan orang ramai boleh membuat aduan sekiranya mendapati sebarang salah laku, katanya "
        "kepada pemberita selepas majlis itu. <b onmouseover=\"document.title='pwned'\">Syarikat</b> terbabit disiasat."
    )
    read_pasted(page, url, text)
    meta = page.inner_text("#meta")
    assert "Peringatan" in meta and "looks like Malay" in meta, meta
    no_injection(page, "#article")
