"""Reading in worker processes: the event loop never reads an article itself.

Each worker is a process with a pipe; a job goes to an idle worker and its answer comes back
as ready-made JSON bytes. A job whose client has gone or whose time budget is spent gets its
worker killed (so it stops costing CPU at once) and a fresh worker started in its place.
Workers come from a ``forkserver`` that has Warta's models loaded, so a replacement starts in
well under a second and no thread of the server is ever forked.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from multiprocessing import spawn
from typing import Any

from warta.errors import InputError

_SPAWN_LOCK = threading.Lock()
_get_preparation_data = spawn.get_preparation_data


def _preparation_without_main(name: str) -> dict[str, Any]:
    """What a new worker is told to set up, less re-importing the server's main script."""
    data = _get_preparation_data(name)
    data.pop("init_main_from_path", None)
    data.pop("init_main_from_name", None)
    return data


class Busy(Exception):
    """Every worker is busy and the queue is full: try again shortly."""


class TimedOut(Exception):
    """The job ran past its time budget; its worker was stopped."""


class Abandoned(Exception):
    """The client left; its job's worker was stopped."""


class ReadFailed(Exception):
    """Reading failed inside the worker for a reason other than bad input."""


def _dumps(obj: Any) -> bytes:
    try:
        import orjson

        return orjson.dumps(obj)
    except ImportError:  # pragma: no cover - orjson is in the corpus extra
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _worker_main(conn: Any, max_chars: int) -> None:
    """A worker: read each job's input and send back ("ok", JSON bytes) or (kind, message); a
    ``("store", id, origin, record)`` job (``POST /api/articles``) gets ("ok", what ingest stores)."""
    from warta.corpus.ingest import _reason, process_record
    from warta.pipeline import read

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job[0] == "store":
            _, rid, origin, record = job
            try:
                conn.send(("ok", process_record(rid, origin, record)))
            except Exception as e:  # noqa: BLE001 - the record's reason, as ingest gives it
                conn.send(("input", _reason(e)))
            continue
        _, x, layers = job
        try:
            text = x if isinstance(x, str) else (x.get("text") or x.get("html") or "")
            if isinstance(text, str) and len(text) > max_chars:
                raise InputError(f"article has {len(text):,} characters; at most {max_chars:,} are read per request")
            art = read(x, layers=layers) if layers else read(x)
            conn.send(("ok", _dumps(art.to_dict())))
        except InputError as e:
            conn.send(("input", str(e)))
        except Exception as e:  # one bad article must not kill the worker
            conn.send(("error", f"{type(e).__name__}"))


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any


class ReaderPool:
    """``size`` reader processes, a bounded queue in front of them, and kill-on-abandon."""

    def __init__(self, size: int = 2, *, max_queue: int = 64, max_chars: int = 200_000) -> None:
        self.size = max(1, int(size))
        self.max_queue = max_queue
        self.max_chars = max_chars
        self.waiting = 0
        self.killed = 0
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
        if self._ctx.get_start_method() == "forkserver":
            self._ctx.set_forkserver_preload(["warta.pipeline", "warta.web.workers", "warta.web.warm_reader"])

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker_main, args=(child, self.max_chars), daemon=True, name="warta-reader")
        with _SPAWN_LOCK:  # the worker needs only warta, not the program's __main__ re-run
            original = spawn.get_preparation_data
            spawn.get_preparation_data = _preparation_without_main
            try:
                p.start()
            finally:
                spawn.get_preparation_data = original
        child.close()
        w = _Worker(p, parent)
        self._all.add(w)
        return w

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(loop.run_in_executor(None, self._spawn) for _ in range(self.size)))
        for w in workers:
            self._idle.put_nowait(w)

    async def _replace(self, w: _Worker) -> None:
        """Stop ``w`` now (SIGKILL: the job is abandoned) and put a fresh worker in its place."""
        self.killed += 1
        self._all.discard(w)
        w.process.kill()
        w.conn.close()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, w.process.join, 5)
        fresh = await loop.run_in_executor(None, self._spawn)
        assert self._idle is not None
        self._idle.put_nowait(fresh)

    async def read(
        self,
        x: str | dict[str, Any],
        *,
        layers: list[str] | None = None,
        budget: float = 30.0,
        gone: Callable[[], Awaitable[bool]] | None = None,
    ) -> bytes:
        """The JSON record of ``x``; raises Busy, TimedOut, Abandoned, InputError or ReadFailed."""
        assert self._idle is not None, "ReaderPool.start() was not awaited"
        if self.waiting >= self.max_queue and self._idle.empty():
            raise Busy()
        deadline = time.monotonic() + budget  # the wait for a reader counts
        return await self._run(("read", x, layers), deadline, budget, gone)  # type: ignore[no-any-return]

    async def store(self, rid: str, origin: str, record: dict[str, Any], *, budget: float = 30.0) -> Any:
        """What ``warta ingest`` stores for ``record`` (a :class:`warta.corpus.store.Processed`),
        read under ``budget`` seconds from when a reader takes it (the wait for a free reader is
        bounded apart, at ten budgets). Raises TimedOut, InputError (the record's reason) or ReadFailed."""
        assert self._idle is not None, "ReaderPool.start() was not awaited"
        return await self._run(("store", rid, origin, record), None, budget, None, wait=10 * budget)

    async def _run(
        self,
        job: tuple[Any, ...],
        deadline: float | None,
        budget: float,
        gone: Callable[[], Awaitable[bool]] | None,
        wait: float | None = None,
    ) -> Any:
        assert self._idle is not None
        self.waiting += 1
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout=budget if wait is None else wait)
        except TimeoutError:
            raise TimedOut() from None
        finally:
            self.waiting -= 1
        if deadline is None:
            deadline = time.monotonic() + budget
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        fd = w.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            w.conn.send(job)
            while not ready.done():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimedOut()
                await asyncio.wait({ready}, timeout=min(0.1, left))
                if not ready.done() and gone is not None and await gone():
                    raise Abandoned()
            loop.remove_reader(fd)
            kind, payload = w.conn.recv()
        except (TimedOut, Abandoned, asyncio.CancelledError):
            loop.remove_reader(fd)
            asyncio.ensure_future(self._replace(w))
            raise
        except (OSError, EOFError):  # the worker died (out of memory, killed from outside)
            loop.remove_reader(fd)
            asyncio.ensure_future(self._replace(w))
            raise ReadFailed("reader process died") from None
        self._idle.put_nowait(w)
        if kind == "ok":
            return payload
        if kind == "input":
            raise InputError(payload)
        raise ReadFailed(payload)

    def close(self) -> None:
        for w in list(self._all):
            w.process.kill()
            w.conn.close()
        for w in list(self._all):
            w.process.join(2)
        self._all.clear()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._all if w.process.pid != os.getpid()]
