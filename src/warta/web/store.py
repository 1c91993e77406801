"""One read-only corpus connection per server thread, each query under a time budget.

SQLite answers from many threads at once when each has its own connection; a progress handler
aborts a query past its budget, so an expensive search stops costing CPU instead of running on.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from warta.corpus import Corpus
from warta.corpus.store import file_change

T = TypeVar("T")


class QueryTooCostly(Exception):
    """A corpus query ran past its time budget and was stopped."""


class CorpusAccess:
    """``with access.corpus() as c:`` gives this thread's :class:`Corpus`, budgeted."""

    def __init__(self, db: str, budget: float, threads: int = 4) -> None:
        self.db = db
        self.budget = budget
        self._local = threading.local()
        # a few threads, each keeping its connection (and page cache) warm; at most this many
        # queries run at once, the rest wait their turn
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="warta-corpus")
        c = Corpus(db, create=False)  # fail at start-up, not on the first request
        self._file = c.store.file_identity  # SQLite: the file the server started on
        c.close()

    def gone(self) -> str | None:
        """Why the corpus cannot be used now, or None: the SQLite file the server started on was
        deleted or replaced since (a write would silently begin a new, empty corpus at that path,
        or write into another file, and a read answers from the unlinked file), as `warta ingest`
        stops when its store file goes."""
        what = file_change(self.db, self._file)
        if what is None:
            return None
        return (
            f"the corpus {self.db} was {what} since warta serve started; nothing is read or stored "
            "(restart warta serve to use what is at that path now)"
        )

    async def run(self, fn: Callable[[], T]) -> T:
        """``fn()`` on one of the corpus threads."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn)

    def _open(self) -> Corpus:
        c = getattr(self._local, "corpus", None)
        if c is None:
            c = Corpus(self.db, create=False)
            self._local.corpus = c
            self._local.deadline = float("inf")
            if c.store.dialect == "sqlite":
                local = self._local
                c.store.conn.set_progress_handler(lambda: int(time.monotonic() > local.deadline), 20_000)
            else:  # PostgreSQL stops the statement itself
                c.store.execute(f"SET statement_timeout = {int(self.budget * 1000)}")
        return c

    @contextmanager
    def corpus(self) -> Iterator[Corpus]:
        c = self._open()
        self._local.deadline = time.monotonic() + self.budget
        try:
            yield c
        except Exception as e:
            if _is_interrupt(e):
                raise QueryTooCostly(f"query ran past its {self.budget:g} s budget") from None
            raise
        finally:
            self._local.deadline = float("inf")


def _is_interrupt(e: BaseException) -> bool:
    text = str(e).lower()
    return "interrupted" in text or "statement timeout" in text or "canceling statement" in text


def rows(pairs: list[tuple[Any, ...]], *names: str) -> list[dict[str, Any]]:
    """Tuples → objects with named fields (JSON for the API)."""
    return [dict(zip(names, p, strict=False)) for p in pairs]
