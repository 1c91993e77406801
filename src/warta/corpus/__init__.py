"""The corpus: store many read articles, search them, find near-duplicates, export them.

    >>> from warta.corpus import Corpus
    >>> with Corpus("warta.db") as c:            # or "postgresql://user@host/db"
    ...     c.ingest(["news.jsonl"], jobs=2)
    ...     hits = c.search("inflasi", outlet="detik")
    ...     said = c.quotes("Prabowo", about="inflasi")

SQLite is the zero-set-up default (``warta.db`` or ``$WARTA_DB``); PostgreSQL runs the same
code. See ``warta/corpus/README.md`` for the schema and the GKG export columns.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from warta.corpus.ingest import IngestSummary, ingest, record_id
from warta.corpus.search import EntityProfile, Hit, Queries, QuoteHit
from warta.corpus.store import Store, StoreError, default_db


class Corpus(Queries):
    """A corpus database: ingest records into it and query it (see :mod:`warta.corpus.search`)."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        self.db = str(db) if db is not None else default_db()
        self.store = Store(self.db, create=create)

    def ingest(self, paths: Iterable[str], *, jobs: int | None = 1, **kw: Any) -> IngestSummary:
        """Read and store the records of ``paths`` (see :func:`warta.corpus.ingest.ingest`)."""
        return ingest([str(p) for p in paths], self.db, jobs=jobs, progress=kw.pop("progress", False), **kw)

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record of one article."""
        return self.store.record(article_id)

    def stories(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        entity: str | None = None,
        min_size: int = 1,
        limit: int = 50,
    ) -> list[dict[str, Any]] | None:
        """Stories seen in a period, largest first (each a dict: id, label, ids, span, outlets,
        entities, quotes, timeline). With ``entity``: the stories mentioning it (any alias), or
        None when no entity has that name."""
        from warta.stories.store import stories

        nums = None
        if entity:
            nums = self.entity_nums(entity)
            if not nums:
                return None
        return stories(self.store, since=since, until=until, entity_nums=nums, min_size=min_size, limit=limit)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story, described, with its articles oldest first and the merges that formed it."""
        from warta.stories.store import story

        return story(self.store, story_id)

    def __len__(self) -> int:
        return int(self.store.scalar("SELECT COUNT(*) FROM articles") or 0)

    def export(self, out: str | os.PathLike[str] | IO[Any], format: str = "jsonl", **filters: Any) -> int:
        """Write the articles (optionally filtered) as jsonl, csv, parquet or gkg; returns the count."""
        from warta.corpus.export import export

        return export(self.store, out, format, **filters)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "Corpus",
    "EntityProfile",
    "Hit",
    "IngestSummary",
    "QuoteHit",
    "Store",
    "StoreError",
    "default_db",
    "ingest",
    "record_id",
]
