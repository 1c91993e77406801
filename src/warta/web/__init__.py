"""The HTTP API and the analyst's web page: FastAPI on uvicorn, reading in worker processes.

    warta serve [--port 8765] [--db warta.db] [--token SECRET]

``/`` is the page, ``/docs`` the API reference (offline), ``/openapi.json`` its OpenAPI
document. The app is in :mod:`warta.web.app`; limits and options in :mod:`warta.web.settings`.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from warta.web.settings import Settings, default_workers

__all__ = ["Settings", "create_app", "default_workers", "serve", "serve_in_thread", "uvicorn_config"]


def create_app(settings: Settings | None = None) -> Any:
    from warta.web.app import create_app as make

    return make(settings)


def uvicorn_config(settings: Settings, host: str = "127.0.0.1", port: int = 8765, **kw: Any) -> Any:
    """uvicorn settings that hold up on a shared machine: a deep backlog, short idle timeouts,
    a cap on open connections and in-flight requests, small header buffers."""
    import uvicorn

    from warta.web.server import GuardedH11Protocol

    return uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        http=GuardedH11Protocol,
        backlog=2048,
        timeout_keep_alive=5,
        limit_concurrency=kw.pop("limit_concurrency", 1000),
        h11_max_incomplete_event_size=32_768,
        timeout_graceful_shutdown=5,
        server_header=False,
        proxy_headers=False,
        log_level=kw.pop("log_level", "warning"),
        access_log=False,
        lifespan="on",
        **kw,
    )


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve until interrupted."""
    import uvicorn

    uvicorn.Server(uvicorn_config(settings, host, port)).run()


def serve_in_thread(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 0) -> tuple[Any, str]:
    """Start a server in a background thread (for tests and notebooks); returns it and its URL.

    Stop it with ``server.should_exit = True``."""
    import socket

    import uvicorn

    settings = settings or Settings(workers=1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(uvicorn_config(settings, host, sock.getsockname()[1]))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("warta web server did not start")
        time.sleep(0.05)
    server.thread = thread  # type: ignore[attr-defined]
    return server, f"http://{host}:{sock.getsockname()[1]}"
