"""What a request may cost and where it may come from: body size, JSON depth, Host, Origin.

Plain ASGI middleware (no per-request thread or buffering), so a hostile request is answered
with its status before any reading starts, while other clients keep being served.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from warta.sources import decode_file, utf16_codec

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_IDENTITY = bytes.maketrans(b"", b"")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class BadBody(Exception):
    """The body cannot be read as asked (status and message for the client)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def json_depth(raw: bytes) -> int:
    """Deepest nesting of ``[``/``{`` in a JSON text, without parsing it (strings skipped)."""
    brackets = _STRING.sub(b"", raw).translate(_IDENTITY, _NOT_BRACKETS)
    depth = deepest = 0
    for b in brackets:
        if b in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_json(raw: bytes, max_depth: int) -> Any:
    """JSON from bytes, refusing nesting deeper than ``max_depth`` before parsing. Decoded as the
    file readers decode a .json file (a UTF-8 byte-order mark dropped, UTF-16 with or without its mark), so
    a file a Windows editor saved with one is taken by the API as `warta ingest` takes it."""
    if utf16_codec(raw):
        raw = _json_text(raw).encode("utf-8", "surrogatepass")
    elif raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if json_depth(raw) > max_depth:
        raise BadBody(400, f"JSON nested deeper than {max_depth} levels")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadBody(400, "body is not UTF-8") from None
    except json.JSONDecodeError as e:
        raise BadBody(400, f"invalid JSON: {e.msg} at {e.pos}") from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise BadBody(400, "JSON nested too deeply") from None
    except ValueError as e:  # a number Python refuses to convert (over 4,300 digits)
        raise BadBody(400, f"invalid JSON: {str(e).split(';')[0]}") from None


def _json_text(raw: bytes) -> str:
    """A UTF-16 body's text (its byte-order mark gives the order), or a 400 saying why not."""
    try:
        return decode_file(raw)
    except ValueError as e:
        raise BadBody(400, f"body is {e}") from None


_HTML_START = re.compile(r"\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)", re.I)


def sniff(raw: bytes, content_type: str, max_depth: int) -> str | dict[str, Any]:
    """The input for :func:`warta.read` from a body: a JSON record, an HTML page or plain text.

    The content type decides when it is specific (``application/json``, ``text/html``); for
    ``text/plain`` or none, a body that opens like HTML is read as HTML (pasted page source),
    and one that is a JSON object with ``text`` or ``html`` is read as a record.
    """
    ctype = content_type.split(";")[0].strip().lower()
    if ctype.startswith("multipart/"):  # `curl -F file=@x.txt`: the form's envelope is no article
        raise BadBody(415, "a form upload is not read: send the article itself as the body (curl --data-binary @FILE)")
    if ctype == "application/x-www-form-urlencoded":  # a browser form, or `curl -d @x.txt` (line breaks dropped)
        raise BadBody(
            415,
            "a form-encoded body (a browser form, or curl -d, which drops the file's line breaks) is not read: "
            "send the article itself as the body (curl --data-binary @FILE)",
        )
    if ctype == "application/json" or ctype.endswith("+json"):
        x = parse_json(raw, max_depth)
        if not isinstance(x, dict):
            raise BadBody(422, "a JSON body must be one record (an object with text or html)")
        return x
    text = _decode(raw, content_type)
    if ctype in ("text/html", "application/xhtml+xml"):
        return {"html": text}
    head = text[:2000]
    if _HTML_START.match(head) and "</" in text:
        return {"html": text}
    if head.lstrip().startswith("{"):
        try:
            x = parse_json(raw, max_depth)
        except BadBody:
            return text
        if isinstance(x, dict) and ("text" in x or "html" in x):
            return x
    return text


_CHARSET = re.compile(r";\s*charset=\"?([\w.:-]+)", re.I)


def _decode(raw: bytes, content_type: str) -> str:
    """A text body: in the charset its Content-Type names, else as the file readers decode a
    file (UTF-8, UTF-16 after a byte-order mark, an HTML page's declared charset)."""
    from warta.sources import decode_file

    m = _CHARSET.search(content_type or "")
    if m:
        try:
            return raw.decode(m.group(1))
        except LookupError:
            raise BadBody(400, f"unknown charset {m.group(1)[:40]!r}") from None
        except UnicodeDecodeError as e:
            raise BadBody(400, f"body is not {m.group(1)[:40]} text ({e.reason} at byte {e.start})") from None
    try:
        return decode_file(raw, html=True)
    except ValueError as e:
        raise BadBody(400, f"body is {e}") from None


async def read_body(receive: Receive, limit: int) -> bytes:
    """The whole request body, refusing (413) as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BadBody(499, "client closed the connection")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BadBody(413, f"body over {limit:,} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _host_of(value: str) -> str:
    """``example.org:80`` → ``example.org``; ``[::1]:8765`` → ``[::1]``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Host checking, no cross-origin writes, a byte cap, and security headers on every answer.

    * ``Host`` must be one of ``hosts`` (else 400): a DNS-rebinding page cannot reach the API.
    * A write (POST…) whose ``Origin`` or ``Sec-Fetch-Site`` says another site is refused (403),
      including the ``text/plain`` POSTs a browser sends without a preflight; ``cors`` origins
      may read (GET) only.
    * A declared ``Content-Length`` over ``max_body`` is refused (413) before it is read.
    """

    def __init__(self, app: ASGIApp, *, hosts: list[str], max_body: int, cors: list[str] | None = None) -> None:
        self.app = app
        self.hosts = {h.lower() for h in hosts}
        self.max_body = max_body
        self.cors = set(cors or [])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = _host_of(headers.get("host", ""))
        if "*" not in self.hosts and host not in self.hosts:
            await _send_json(send, 400, "unknown Host header")
            return
        method = scope["method"]
        if method not in SAFE_METHODS:
            origin = headers.get("origin")
            site = headers.get("sec-fetch-site", "")
            if origin is not None and origin != "null":
                o = urlsplit(origin)
                if o.netloc.lower() != headers.get("host", "").lower():
                    await _send_json(send, 403, "cross-origin writes are not allowed")
                    return
            elif origin == "null" or site in ("cross-site", "same-site"):
                await _send_json(send, 403, "cross-origin writes are not allowed")
                return
            length = headers.get("content-length")
            if length is not None:
                if not length.isdigit():
                    await _send_json(send, 400, "bad Content-Length")
                    return
                if int(length) > self.max_body:
                    await _send_json(send, 413, f"body over {self.max_body:,} bytes")
                    return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"content-security-policy", CSP.encode()),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
