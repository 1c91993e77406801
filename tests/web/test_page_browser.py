"""The web page in a real headless Chromium: an article is read and shown, and markup in the
article text stays text (no element is created from it)."""

import shutil

import pytest

from warta.web import serve_in_thread

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

ARTICLE = (
    "Liputan6.com, Jakarta - Presiden Joko Widodo meresmikan jembatan baru di Bekasi pada Senin (13/9/2023).\n"
    '"Jembatan ini <img src=x onerror="document.title=\'pwned\'"> akan mempercepat arus barang," kata Jokowi.\n'
)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_page_reads_and_escapes(tmp_path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    server, url = serve_in_thread()
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(url + "/")
            page.fill("#text", ARTICLE)
            page.click("#go")
            page.wait_for_selector("#out section", timeout=60_000)
            out = page.inner_text("#out")
            assert "Liputan6.com / Jakarta" in out
            assert "<img src=x" in out  # shown as text
            assert page.query_selector("#out img") is None
            assert page.title() == "Warta"
            page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
            browser.close()
    finally:
        server.shutdown()
