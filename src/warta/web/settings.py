"""How one ``warta serve`` is set up: where its store is, who may write, what a request may cost."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    """Everything the app needs; ``warta serve`` fills it from its options."""

    db: str | None = None  # a corpus to query (None: one-article API only)
    token: str | None = None  # writing endpoints need ``Authorization: Bearer TOKEN``; None = read-only
    hosts: list[str] = field(default_factory=lambda: ["127.0.0.1", "localhost", "[::1]"])
    cors: list[str] = field(default_factory=list)  # origins allowed to GET cross-origin (off by default)
    workers: int = 2  # reader processes
    max_queue: int = 64  # reads waiting for a worker before 503
    max_body: int = 2_000_000  # bytes of one request body
    max_chars: int = 200_000  # characters of one article's text
    max_depth: int = 16  # JSON nesting
    max_batch: int = 100  # records in one POST /api/articles
    read_budget: float = 30.0  # seconds for one /api/read, queue wait included (one POSTed record: without)
    query_budget: float = 5.0  # seconds of database time for one corpus query
    max_query: int = 300  # characters of a search query
    max_limit: int = 100  # hits per page
    max_offset: int = 2000  # deepest page start

    @property
    def writable(self) -> bool:
        return bool(self.token)


def default_workers() -> int:
    """One reader per core (at least one)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
