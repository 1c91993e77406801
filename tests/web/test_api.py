"""The HTTP API answers real requests on loopback; the page never renders article text as HTML."""

import json
import urllib.error
import urllib.request
from importlib import resources

import pytest

from warta.web import serve_in_thread


@pytest.fixture(scope="module")
def url():
    server, base = serve_in_thread()
    yield base
    server.shutdown()


def post(url: str, body: bytes, ctype: str = "text/plain") -> tuple[int, dict]:
    req = urllib.request.Request(url + "/api/read", data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_read_text(url: str) -> None:
    status, rec = post(url, b"Jakarta - Polisi menangkap dua orang pencuri motor di Bekasi pada Senin.")
    assert status == 200
    assert rec["dateline"]["place"] == "Jakarta"


def test_read_record_and_errors(url: str) -> None:
    status, rec = post(
        url, json.dumps({"id": "x", "text": "Jakarta - Harga beras naik lagi di pasar."}).encode(), "application/json"
    )
    assert status == 200 and rec["id"] == "x"
    assert post(url, b"{broken", "application/json")[0] == 400
    assert post(url, json.dumps({"id": "y"}).encode(), "application/json")[0] == 422
    assert post(url, b"\xff\xfe\x00", "text/plain")[0] == 400


def test_page_and_health(url: str) -> None:
    with urllib.request.urlopen(url + "/", timeout=10) as r:
        page = r.read().decode()
        assert "Warta" in page and r.headers["Content-Security-Policy"]
    with urllib.request.urlopen(url + "/api/health", timeout=10) as r:
        assert json.loads(r.read())["ok"] is True


def test_page_script_never_uses_inner_html() -> None:
    js = resources.files("warta.web").joinpath("static/app.js").read_text("utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js
    assert "textContent" in js
