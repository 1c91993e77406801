"""uvicorn's HTTP/1.1 protocol with a request deadline.

uvicorn closes a keep-alive connection idle between requests, but waits for ever on one that
opens and sends nothing, or trickles its headers or body a byte at a time. Here every request
(headers and body) must arrive within ``REQUEST_TIMEOUT`` seconds of the connection opening
or of the previous answer; a late one gets 408 (when the protocol still allows an answer) and
the connection is closed, so idle and slow clients cannot hold the server's connections.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_TIMEOUT = 10.0


class GuardedH11Protocol(H11Protocol):
    request_timeout = REQUEST_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._request_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._request_timer = self.loop.call_later(self.request_timeout, self._too_slow)

    def _disarm(self) -> None:
        timer = getattr(self, "_request_timer", None)
        if timer is not None:
            timer.cancel()
            self._request_timer = None

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
            self._disarm()  # the whole request is in: the app's own budget applies now

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _too_slow(self) -> None:
        self._request_timer = None
        if self.transport.is_closing():
            return
        cycle: Any = self.cycle
        if self.conn.our_state is h11.SEND_RESPONSE and (cycle is None or not cycle.response_started):
            body = json.dumps({"error": f"request not received within {self.request_timeout:g} s"}).encode()
            try:
                out = self.conn.send(
                    h11.Response(
                        status_code=408,
                        headers=[
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"),
                        ],
                        reason=b"Request Timeout",
                    )
                )
                out = (
                    (out or b"")
                    + (self.conn.send(h11.Data(data=body)) or b"")
                    + (self.conn.send(h11.EndOfMessage()) or b"")
                )
                self.transport.write(out)
                if cycle is not None:
                    cycle.response_started = cycle.response_complete = True
            except h11.LocalProtocolError:
                pass
        self.transport.close()
