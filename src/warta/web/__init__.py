"""The HTTP API and its web page: a thin shell over :func:`warta.read` (and, when a store is
given, :class:`warta.corpus.Corpus` search). Standard library only.

    warta serve [--port 8765] [--db warta.db]

POST /api/read   body: raw text, or a JSON record {"text"|"html", "id"?, …}  → the record
GET  /api/search?q=…  (with --db)                                          → ranked hits
GET  /api/health                                                           → {"ok": true}
GET  /                                                                     → the web page
"""

from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlparse

from warta import __version__
from warta.errors import InputError
from warta.pipeline import read

MAX_BODY = 10_000_000


class Handler(BaseHTTPRequestHandler):
    server_version = f"warta/{__version__}"
    db: str | None = None

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        return

    def _send(self, status: int, payload: Any, content_type: str = "application/json; charset=utf-8") -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, {"error": message})

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path in ("/", "/index.html"):
            page = resources.files("warta.web").joinpath("static/index.html").read_bytes()
            self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
        elif url.path == "/app.js":
            js = resources.files("warta.web").joinpath("static/app.js").read_bytes()
            self._send(HTTPStatus.OK, js, "text/javascript; charset=utf-8")
        elif url.path == "/api/health":
            self._send(HTTPStatus.OK, {"ok": True, "version": __version__, "db": bool(self.db)})
        elif url.path == "/api/search":
            self._search(parse_qs(url.query))
        else:
            self._error(HTTPStatus.NOT_FOUND, "no such endpoint")

    def do_POST(self) -> None:
        if urlparse(self.path).path != "/api/read":
            self._error(HTTPStatus.NOT_FOUND, "no such endpoint")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length <= 0 or length > MAX_BODY:
            self._error(HTTPStatus.BAD_REQUEST, f"body must be 1 to {MAX_BODY:,} bytes")
            return
        raw = self.rfile.read(length)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._error(HTTPStatus.BAD_REQUEST, "body is not UTF-8")
            return
        x: Any = text
        if "json" in (self.headers.get("Content-Type") or ""):
            try:
                x = json.loads(text)
            except json.JSONDecodeError as e:
                self._error(HTTPStatus.BAD_REQUEST, f"invalid JSON: {e.msg}")
                return
        try:
            self._send(HTTPStatus.OK, read(x).to_dict())
        except InputError as e:
            self._error(HTTPStatus.UNPROCESSABLE_ENTITY, str(e))
        except Exception as e:  # one bad article must not take the server down
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(e).__name__}")

    def _search(self, query: dict[str, list[str]]) -> None:
        if not self.db:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "no store: start with warta serve --db PATH")
            return
        q = (query.get("q") or [""])[0].strip()
        if not q:
            self._error(HTTPStatus.BAD_REQUEST, "missing q")
            return
        try:
            from warta.corpus import Corpus

            with Corpus(self.db) as corpus:
                hits = corpus.search(q, limit=int((query.get("limit") or ["20"])[0]))
            self._send(
                HTTPStatus.OK,
                {"query": q, "hits": [h if isinstance(h, dict) else getattr(h, "__dict__", str(h)) for h in hits]},
            )
        except Exception as e:
            self._error(HTTPStatus.BAD_REQUEST, f"search failed: {e}")


def make_server(host: str = "127.0.0.1", port: int = 8765, db: str | None = None) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"db": db})
    return ThreadingHTTPServer((host, port), handler)


def serve_in_thread(host: str = "127.0.0.1", port: int = 0, db: str | None = None) -> tuple[ThreadingHTTPServer, str]:
    """Start a server in a background thread (for tests and notebooks); returns it and its URL."""
    server = make_server(host, port, db)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"
