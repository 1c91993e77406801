"""The HTTP API on a real uvicorn server over loopback: JSON everywhere, sniffed input, limits
by cost, Host/Origin checks, token-only writes, abandoned reads stop costing CPU, and a valid
OpenAPI document."""

from __future__ import annotations

import json
import socket
import time
from importlib import resources

import httpx
import pytest

from warta.web import Settings, serve_in_thread
from warta.web.guards import json_depth

from .conftest import stop


def post(url: str, body: bytes | str, ctype: str = "text/plain", **headers: str) -> httpx.Response:
    return httpx.post(url + "/api/read", content=body, headers={"content-type": ctype, **headers}, timeout=60)


def test_read_text_html_and_record(url: str) -> None:
    r = post(url, b"Jakarta - Polisi menangkap dua orang pencuri motor di Bekasi pada Senin.")
    assert r.status_code == 200 and r.json()["dateline"]["place"] == "Jakarta"
    html = (
        "<html><head><link rel='canonical' href='https://news.detik.com/berita/d-9/x'></head><body>"
        "<p>Menteri Keuangan Sri Mulyani mengatakan inflasi terkendali di Jakarta.</p>"
        '<p>"Kami optimistis," kata Sri Mulyani kepada wartawan, Senin.</p></body></html>'
    )
    for ctype in ("text/plain", "text/html"):  # sniffed from text/plain too
        rec = post(url, html, ctype).json()
        assert "<p>" not in rec["body"] and rec["body"].startswith("Menteri Keuangan")
        assert all(not (q["speaker"] or "").startswith("p>") for q in rec["quotes"])
    r = post(url, json.dumps({"id": "x", "text": "Jakarta - Harga beras naik lagi di pasar."}), "application/json")
    assert r.status_code == 200 and r.json()["id"] == "x"
    r = post(url, json.dumps({"id": "y", "text": "Jakarta - Harga cabai turun di pasar."}))  # sniffed record
    assert r.json()["id"] == "y"
    r = httpx.post(url + "/api/read?layers=entities", content=b"Jakarta - Presiden Prabowo Subianto tiba.", timeout=60)
    assert r.status_code == 200 and r.json()["entities"] and not r.json()["quotes"]


def test_read_errors_are_json(url: str) -> None:
    for body, ctype, status in [
        (b"{broken", "application/json", 400),
        (json.dumps({"id": "y"}).encode(), "application/json", 422),
        (b"[1, 2]", "application/json", 422),
        (b"\xff\xfe\x00", "text/plain", 400),
        (b"   ", "text/plain", 422),
        (b"[" * 1000 + b"]" * 1000, "application/json", 400),
        (b"Jakarta - " + b"kata " * 60_000, "text/plain", 422),  # over the character budget
    ]:
        r = post(url, body, ctype)
        assert r.status_code == status, (body[:20], r.text)
        assert "error" in r.json()
    assert post(url, b"x" * 2_100_000).status_code == 413
    assert httpx.post(url + "/api/read?layers=nope", content=b"Jakarta - x", timeout=10).status_code == 400
    r = httpx.get(url + "/api/nothing", timeout=10)
    assert r.status_code == 404 and r.json() == {"error": "no such endpoint"}


def test_json_depth_skips_strings() -> None:
    assert json_depth(b'{"a": "[[[[", "b": [1, {"c": "}}}"}]}') == 3
    assert json_depth(b'"\\"[["') == 0


def test_host_origin_and_headers(url: str) -> None:
    assert httpx.get(url + "/api/health", headers={"host": "evil.example"}, timeout=10).status_code == 400
    assert httpx.get(url + "/api/health", headers={"host": "localhost:1"}, timeout=10).status_code == 200
    body = b"Jakarta - Harga beras naik."
    assert post(url, body, origin="http://evil.example").status_code == 403  # text/plain: no preflight
    assert post(url, body, **{"sec-fetch-site": "cross-site"}).status_code == 403
    assert post(url, body, origin="null").status_code == 403
    host = url.split("//")[1]
    assert post(url, body, origin=f"http://{host}").status_code == 200  # the page itself
    r = httpx.get(url + "/", timeout=10)
    assert r.status_code == 200 and "Warta" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert (
        "access-control-allow-origin" not in httpx.get(url + "/api/health", headers={"origin": "http://x.org"}).headers
    )


def test_openapi_is_valid_and_docs_offline(url: str) -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    doc = httpx.get(url + "/openapi.json", timeout=10).json()
    validator.validate(doc)
    for path in (
        "/api/read",
        "/api/search",
        "/api/quotes",
        "/api/entities/{name}",
        "/api/events",
        "/api/stats",
        "/api/health",
    ):
        assert path in doc["paths"]
    assert "Record" in doc["components"]["schemas"]
    page = httpx.get(url + "/docs", timeout=10).text
    assert "http" not in page.replace('href="/', "").split("<body>")[1].split("</body>")[0].lower()  # nothing remote
    js = httpx.get(url + "/static/docs.js", timeout=10).text
    assert "innerHTML" not in js and "http:" not in js and "https:" not in js


def test_corpus_endpoints(corpus_url: str) -> None:
    get = lambda path, **p: httpx.get(corpus_url + path, params=p, timeout=30)  # noqa: E731
    r = get("/api/search", q="inflasi", limit=3)
    assert r.status_code == 200
    res = r.json()
    assert res["hits"] and isinstance(res["hits"][0], dict) and res["next_offset"] == 3
    h = res["hits"][0]
    assert all(h["snippet"][s:e].lower().startswith("inflasi") for s, e in h["highlights"])
    assert get("/api/search", q="inflasi", limit=3, offset=3).json()["hits"][0]["id"] != h["id"]
    dated = get("/api/search", q="inflasi", since="2025-10-21", limit=50).json()["hits"]
    assert dated and all(x["published"] >= "2025-10-21" for x in dated)  # `since` is honoured
    assert get("/api/search", q="inflasi", since="kemarin").status_code == 400
    assert get("/api/search", q="x" * 400).status_code == 400
    assert get("/api/search", q="inflasi", limit=1000).status_code == 400
    quotes = get("/api/quotes", speaker="Prabowo", about="inflasi").json()["quotes"]
    assert quotes and all("Prabowo" in q["speaker"] for q in quotes)
    assert get("/api/quotes").status_code == 400
    ent = get("/api/entities/BPS").json()  # an alias, not a stored name
    assert ent["name"] == "Badan Pusat Statistik" and ent["timeline"] and ent["co_occurring"]
    ent = get("/api/entities/Prabowo Subianto").json()
    assert ent["tone"] and ent["quotes"]
    assert get("/api/entities/Tidak Ada Orang Ini").status_code == 404
    days = get("/api/timeline", q="inflasi").json()["days"]
    assert days and sum(d["count"] for d in days) >= len(dated) and days == sorted(days, key=lambda d: d["name"])
    places = get("/api/places", q="inflasi").json()["places"]
    assert places and all(-90 <= p["lat"] <= 90 for p in places)
    stats = get("/api/stats").json()
    assert stats["articles"] >= 20 and "db" not in stats
    rec = get("/api/articles/" + h["id"]).json()
    assert rec["title"] == h["title"] and rec["paragraphs"]
    assert get("/api/health").json()["db"] is True
    assert get("/api/search", q=" ".join(f"kata{i}" for i in range(20))).status_code == 400  # the store's bound
    events = get("/api/events", limit=500).json()["events"]  # stored at ingest
    assert events and all(e["type"] and e["sentence"] and e["article"] for e in events)
    kind = events[0]["type"]
    typed = get("/api/events", type=kind).json()["events"]
    assert typed and all(e["type"] == kind for e in typed)
    assert get("/api/events", type="<script>").status_code in (400, 422)
    stories = get("/api/stories", min_size=1).json()["stories"]  # kept at ingest
    assert stories and all(st["id"] and st["ids"] for st in stories)
    one = get("/api/stories/" + stories[0]["id"])
    assert one.status_code == 200 and one.json()["id"] == stories[0]["id"]
    assert get("/api/stories/tidak-ada").status_code == 404


def test_writes_need_the_token(corpus_url: str, url: str) -> None:
    rec = {
        "id": "api-new-1",
        "text": "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025).",
    }
    r = httpx.post(corpus_url + "/api/articles", json=rec, timeout=60)
    assert r.status_code == 401
    r = httpx.post(corpus_url + "/api/articles", json=rec, headers={"authorization": "Bearer wrong"}, timeout=60)
    assert r.status_code == 401
    r = httpx.post(corpus_url + "/api/articles", json=rec, headers={"authorization": "Bearer s3cret"}, timeout=60)
    assert r.status_code == 200 and r.json()["stored"] == 1
    stored = httpx.get(corpus_url + "/api/articles/" + r.json()["ids"][0], timeout=10)
    assert stored.status_code == 200 and "Cempaka Putih" in stored.json()["body"]
    r = httpx.post(url + "/api/articles", json=rec, timeout=10)  # started without --token
    assert r.status_code == 403


def test_abandoned_and_slow_reads_stop_costing_cpu() -> None:
    # reading is linear (about 150 KB/s a core): a 900 KB article takes several seconds anywhere
    server, base = serve_in_thread(Settings(workers=1, read_budget=3.0, max_chars=1_000_000, max_body=4_000_000))
    try:
        app = _app_of(server)
        long_text = ("Jakarta - Presiden Prabowo Subianto mengatakan harga beras turun di Bekasi. " * 12000).encode()
        # over budget: 504, and the worker is replaced
        r = post(base, long_text)
        assert r.status_code == 504
        _wait(lambda: app.state.pool.killed >= 1)
        # abandoned: the client leaves, the worker is killed at once (not after the budget)
        host, port = base.split("//")[1].split(":")
        killed = app.state.pool.killed
        with socket.create_connection((host, int(port)), timeout=5) as s:
            head = f"POST /api/read HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/plain\r\nContent-Length: {len(long_text)}\r\n\r\n"
            s.sendall(head.encode() + long_text)
            time.sleep(0.3)
        _wait(lambda: app.state.pool.killed > killed, timeout=2.0)  # well before the 3 s budget
        # and the server still reads, with a fresh worker
        _wait(lambda: app.state.pool._idle.qsize() >= 1)
        assert post(base, b"Jakarta - Harga beras turun.").status_code == 200
    finally:
        stop(server)


def test_idle_and_slow_connections_are_closed(url: str) -> None:
    from warta.web import server as web_server

    host, port = url.split("//")[1].split(":")
    old = web_server.GuardedH11Protocol.request_timeout
    web_server.GuardedH11Protocol.request_timeout = 0.5
    try:
        idle = socket.create_connection((host, int(port)), timeout=5)
        slow = socket.create_connection((host, int(port)), timeout=5)
        slow.sendall(f"POST /api/read HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100\r\n\r\nabc".encode())
        time.sleep(1.2)
        assert idle.recv(100) == b""  # closed
        answer = slow.recv(1000)
        assert answer.startswith(b"HTTP/1.1 408")
        idle.close()
        slow.close()
    finally:
        web_server.GuardedH11Protocol.request_timeout = old


def test_page_script_never_uses_inner_html() -> None:
    for name in ("app.js", "docs.js"):
        js = resources.files("warta.web").joinpath("static", name).read_text("utf-8")
        assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js
        assert "outerHTML" not in js and "document.write" not in js
        assert "textContent" in js


def _app_of(server):
    app = server.config.loaded_app
    while not hasattr(app, "state"):
        app = app.app
    return app


def _wait(cond, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_corpus_queries_have_a_time_budget(corpus_db: str, url: str) -> None:
    from warta.web.store import CorpusAccess, QueryTooCostly

    heavy = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 50000000) SELECT COUNT(*) FROM r"
    access = CorpusAccess(corpus_db, budget=0.2)
    t = time.monotonic()
    with pytest.raises(QueryTooCostly), access.corpus() as c:
        c.store.query(heavy)
    assert time.monotonic() - t < 2
    with access.corpus() as c:  # the connection is still good
        assert c.search("inflasi", limit=1)
    r = httpx.get(url + "/api/search", params={"q": "inflasi"}, timeout=10)  # no --db
    assert r.status_code == 503 and "--db" in r.json()["error"]
