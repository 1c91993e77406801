"""The corpus store: one class over SQLite (default) and PostgreSQL, the same SQL for both.

SQL is written with ``?`` placeholders; for PostgreSQL they become ``%s``. Writes happen in
batches, each batch one transaction, so a crash (even ``kill -9``) leaves whole batches or
nothing: a record is either fully stored (article, entities, quotes, LSH rows…) or absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta.corpus import dedup
from warta.corpus.events import write_events
from warta.corpus.schema import SCHEMA_VERSION, statements

DEFAULT_DB = "warta.db"
CANDIDATE_LIMIT = 50  # near-duplicate candidates verified per article (most band hits first)
SCHEMA_LOCK = 0x5741525441  # PostgreSQL advisory lock key held while the schema is created or migrated
RECORD_LOCK_BASE = 0x5741525400000000  # PostgreSQL advisory locks over record keys: this + 0 … RECORD_LOCKS-1
RECORD_LOCKS = 256
ENTITY_LOCK_BASE = 0x5741525500000000  # PostgreSQL advisory locks over new entity keys: this + 0 … ENTITY_LOCKS-1
ENTITY_LOCKS = 256
WRITE_RETRIES = 5  # a PostgreSQL batch that lost a deadlock or serialization race is retried whole


def default_db() -> str:
    """``WARTA_DB`` from the environment, else ``warta.db`` in the current folder."""
    return os.environ.get("WARTA_DB") or DEFAULT_DB


def is_postgres(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://")) or db.startswith("postgresql:") or db.startswith("dbname=")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a name for linking across articles: case, accents, punctuation, spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def file_key(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, None when there is none: which file a path names
    now, to tell a SQLite store deleted or replaced since it was opened."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def file_change(path: str | Path, opened: tuple[int, int] | None) -> str | None:
    """How the file at ``path`` differs from the one opened as ``opened`` (:func:`file_key`):
    ``"deleted"``, ``"replaced by another file"``, or None when it is the same (or nothing was
    opened: PostgreSQL)."""
    if opened is None:
        return None
    now_at = file_key(path)
    if now_at == opened:
        return None
    return "deleted" if now_at is None else "replaced by another file"


def _nul_free(params: Sequence[Any]) -> tuple[Any, ...]:
    """``params`` with each NUL of a text as U+FFFD, for PostgreSQL, whose text cannot hold NUL
    (one record's NUL stopped a whole ingest, and every rerun at the same record). One
    character for one, so offsets into a stored text hold; SQLite stores NUL as it is."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p for p in params)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


try:  # orjson is several times faster on big records; the stored bytes are plain JSON either way
    import orjson

    def _dumps(obj: Any) -> bytes:
        return orjson.dumps(obj)
except ImportError:  # pragma: no cover

    def _dumps(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def pack(obj: Any) -> bytes:
    return pack_json(_dumps(obj))


def pack_json(data: bytes) -> bytes:
    """Compressed JSON bytes, as stored in ``articles.record``."""
    return zlib.compress(data, 4)


def unpack(data: bytes | memoryview | None) -> Any:
    if data is None:
        return None
    return json.loads(zlib.decompress(bytes(data)).decode("utf-8"))


def stored_record(data: bytes | memoryview | None) -> dict[str, Any] | None:
    """A stored record, or None when there is none or its blob is damaged (not zlib, not JSON,
    not an object): a batch over stored records skips such a row instead of stopping."""
    try:
        rec = unpack(data)
    except (zlib.error, ValueError):  # JSON and Unicode errors are ValueErrors
        return None
    return rec if isinstance(rec, dict) else None


def pack_text(text: str | None) -> bytes | None:
    return zlib.compress(text.encode("utf-8"), 6) if text is not None else None


def unpack_text(data: bytes | memoryview | None) -> str | None:
    return zlib.decompress(bytes(data)).decode("utf-8") if data is not None else None


def stale_error_keys(origin: str, file: str | None) -> tuple[str, ...]:
    """The error keys an origin read fine makes stale: its own (that line failed before) and
    those of its ``file`` (the whole file failed before: empty, missing, not UTF-8 …)."""
    return (origin,) if file is None or file == origin else (origin, file)


@dataclass(slots=True)
class Processed:
    """What a worker hands the writer: the record plus what the store derives from it."""

    id: str
    origin: str
    source_id: str | None
    record: dict[str, Any]
    text: str | None  # the original input text (offsets point into it)
    sig: bytes | None = None
    n_shingles: int = 0
    # (group, dup_of, score) computed elsewhere (warta spark dedup); None: the store finds it
    dup: tuple[str, str | None, float | None] | None = None
    # pack(record) and pack_text(text), when the worker already made them (saves the writer's CPU)
    blob: bytes | None = None
    text_blob: bytes | None = None


@dataclass(slots=True)
class WriteResult:
    stored: int = 0
    skipped: int = 0
    duplicates: int = 0
    ids: list[str] = field(default_factory=list)
    # (origin, why) of records stored under their key: their own id names an article stored before
    reused_ids: list[tuple[str, str]] = field(default_factory=list)
    # (origin, why) of records not stored: another writer stored their page URL since, with another
    # text, or PostgreSQL cannot hold one of their values (Store._write_guarded)
    refused: list[tuple[str, str]] = field(default_factory=list)


SQLITE_BUSY_SECONDS = 30.0  # how long a SQLite writer waits for another process's lock


def _while_busy(step: Any) -> Any:
    """Run ``step`` again while SQLite says the database is locked.

    SQLite answers some steps at once with "database is locked" instead of waiting for the
    connection's busy timeout: switching a new file to WAL while another process does the same,
    or opening a WAL file while another process rebuilds its index. Two ingests started together
    on one store hit this; without the retry the second stopped before reading a record."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    pause = 0.005
    while True:
        try:
            return step()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class StoreError(Exception):
    """The store cannot be opened or used (bad URL, newer schema, server down…)."""


class StoreGone(StoreError):
    """The SQLite file was deleted or replaced while this process wrote to it: its writes since
    went to a file no one can open again (the CLI says so and exits 1; a rerun stores them)."""


class Store:
    """A connection to one corpus database, with the schema migrated to the current version."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        db = str(db) if db is not None else default_db()
        self.db = db
        self.dialect = "postgres" if is_postgres(db) else "sqlite"
        self._entity_cache: dict[str, int] = {}
        self._sql_cache: dict[str, str] = {}
        self._groups_fts: bool | None = None
        self._readings: bool | None = None
        self._story_backend: Any = None
        self.stories = True  # keep stories up to date as articles are written (warta.stories.store)
        self.story_seconds = 0.0  # time spent on it, for the ingest-share benchmark
        self.identity_seconds = 0.0  # time spent linking entity names across articles (warta.identity)
        self.link_failures: list[str] = []  # articles stored without a story or identity links, and why
        self._file: tuple[int, int] | None = None  # SQLite: (device, inode) of the file opened
        if self.dialect == "postgres":
            try:
                import psycopg
            except ImportError as e:  # pragma: no cover - depends on the environment
                raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from e
            try:
                self.conn: Any = psycopg.connect(db, autocommit=True)
            except psycopg.Error as e:
                raise StoreError(f"cannot connect to {_redact(db)}: {str(e).strip().splitlines()[0]}") from None
        else:
            path = Path(db)
            if not create and not path.exists():
                raise StoreError(f"no corpus at {db} (run `warta ingest PATH --db {db}` first)")
            if path.parent and not path.parent.exists():
                raise StoreError(f"folder {path.parent} does not exist")
            try:
                self.conn = sqlite3.connect(
                    db, isolation_level=None, timeout=SQLITE_BUSY_SECONDS, check_same_thread=False
                )
                _while_busy(lambda: self.conn.execute("PRAGMA journal_mode=WAL"))
                self.conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: safe against process crashes
                self.conn.execute("PRAGMA cache_size=-65536")
                self.conn.execute("PRAGMA temp_store=MEMORY")
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{db} is not a Warta corpus ({e})") from None
            self._file = file_key(path)
        self.migrate()
        self.stories = self.version() >= 6  # a store held at an older version has no story tables

    # -- plumbing -------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        if self.dialect == "sqlite":
            return sql
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = sql.replace("?", "%s")
        return out

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self.dialect == "sqlite":
            return self.conn.execute(sql, tuple(params))
        return self.conn.execute(self._sql(sql), _nul_free(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(sql, params).fetchall())

    def query_in(self, sql: str, values: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sql`` whose ``IN ({marks})`` is each slice of ``values`` in turn, 500 at
        a time: SQLite bounds the parameters of one statement (one slice's rows held at once)."""
        for i in range(0, len(values), 500):
            chunk = list(values[i : i + 500])
            yield from self.query(sql.replace("{marks}", ",".join("?" * len(chunk))), chunk)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.dialect == "sqlite":
            self.conn.executemany(sql, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [_nul_free(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; on any error nothing of it is kept (and caches are dropped)."""
        if self.dialect == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._entity_cache.clear()
                self._story_backend = None  # its caches may hold rolled-back rows
                raise
            self.conn.execute("COMMIT")
        else:
            try:
                with self.conn.transaction():
                    yield
            except BaseException:
                self._entity_cache.clear()
                self._story_backend = None
                raise

    def close(self) -> None:
        with suppress(Exception):  # closing is best effort
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------
    def version(self) -> int:
        if self.dialect == "sqlite":
            exists = self.scalar("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'")
        else:
            exists = self.scalar(
                "SELECT 1 FROM information_schema.tables WHERE table_name='schema_version' AND table_schema=current_schema()"
            )
        if not exists:
            return 0
        return int(self.scalar("SELECT MAX(version) FROM schema_version") or 0)

    def migrate(self) -> None:
        """Bring the schema to :data:`SCHEMA_VERSION`, one transaction per step.

        Safe when several processes open a new store at once: each step runs under a lock
        (SQLite: the write lock of ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-scoped advisory
        lock) and re-reads the version inside it, so a step another process applied is skipped."""
        try:
            current = _while_busy(self.version)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.db} is not a Warta corpus ({e})") from None
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{_redact(self.db)} has schema version {current}, newer than this Warta ({SCHEMA_VERSION}); upgrade Warta"
            )
        for v in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                if self.dialect == "postgres":
                    self.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
                if self.version() >= v:  # applied by another process while this one waited
                    continue
                if v == 1:
                    self._refuse_foreign()
                    self.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
                    )
                for stmt in statements(self.dialect, v):
                    self.execute(stmt)
                if v == 6 and self.scalar("SELECT 1 FROM articles LIMIT 1") is not None:
                    self._count_identities()
                self.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (v, now()))

    def _refuse_foreign(self) -> None:
        """A database that holds tables but no corpus is another program's: adding Warta's tables
        to it (even for `warta stats`) would change it behind its owner's back. SQLite: any table
        in the file; PostgreSQL: any table in the schema Warta would write to (current_schema())."""
        if self.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4"
        else:
            sql = (  # tables and views, not those of an extension (PostGIS's spatial_ref_sys)
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
                "AND d.objid = c.oid AND d.deptype = 'e') ORDER BY c.relname LIMIT 4"
            )
        names = [r[0] for r in self.query(sql)]
        if names:
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            raise StoreError(
                f"{_redact(self.db)} is not a Warta corpus: it is a database holding other tables ({shown})"
            )

    def _count_identities(self) -> None:
        """Schema 6 on a store that holds articles: their entity identities, in the same step."""
        from warta.identity import count_stored

        n = int(self.scalar("SELECT COUNT(*) FROM articles") or 0)
        print(
            f"warta: {_redact(self.db)}: linking the entity names of {n:,} stored articles (schema 6)", file=sys.stderr
        )
        count_stored(self)

    def _has_groups_fts(self) -> bool:
        if self._groups_fts is None:
            self._groups_fts = bool(self.scalar("SELECT 1 FROM sqlite_master WHERE name = 'groups_fts'"))
        return self._groups_fts

    def _has_readings(self) -> bool:
        if self._readings is None:
            self._readings = bool(self.scalar("SELECT 1 FROM sqlite_master WHERE name = 'readings'"))
        return self._readings

    # -- reading --------------------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        return {r[0] for r in self.query_in("SELECT id FROM articles WHERE id IN ({marks})", ids)}

    def stored_texts(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """key → (origin, original text) of those of ``ids`` that are stored: is a record naming
        a stored article the same text or another one?"""
        out: dict[str, tuple[str, str]] = {}
        for key, origin, blob in self.query_in(
            "SELECT id, origin, source_text FROM articles WHERE id IN ({marks})", ids
        ):
            text = unpack_text(blob)
            if text is not None:
                out[key] = (origin, text)
        return out

    def resolve_id(self, article_id: str) -> str | None:
        """The internal key of an article named by its key or by its record's own id (an own id
        two articles share, as stores written before ids were kept unique may hold: the first stored)."""
        if self.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
            return article_id
        return self.scalar("SELECT id FROM articles WHERE source_id = ? ORDER BY num LIMIT 1", (article_id,))

    def public_ids(self, nums: Sequence[int]) -> dict[int, str]:
        """``num`` → the id a user sees: the record's own id when it had one, else the key."""
        sql = "SELECT num, COALESCE(source_id, id) FROM articles WHERE num IN ({marks})"
        return {int(n): str(x) for n, x in self.query_in(sql, nums)}

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored record of an article named by its record's own id (or its internal key)."""
        key = self.resolve_id(article_id)
        if key is None:
            return None
        row = self.execute("SELECT record FROM articles WHERE id = ?", (key,)).fetchone()
        if row is None:
            return None
        rec = stored_record(row[0])
        if rec is None:
            raise StoreError(f"the stored record of {article_id!r} is damaged (cannot be unpacked); ingest it again")
        return rec

    # -- writing --------------------------------------------------------------
    @property
    def file_identity(self) -> tuple[int, int] | None:
        """SQLite: (device, inode) of the file this store opened; None on PostgreSQL."""
        return self._file

    def check_file(self) -> None:
        """Raise :class:`StoreGone` when the SQLite file this store opened is no longer at its
        path (deleted, or replaced by another file): SQLite goes on writing to the open file, so a
        run would report its articles stored in a file that no longer exists. One stat call."""
        what = file_change(self.db, self._file)
        if what is not None:
            raise StoreGone(
                f"{self.db} was {what} while this run wrote to it, so what the run stored is gone with it; "
                "stopped (run it again to store the records)"
            )

    def write_batch(
        self,
        items: Sequence[Processed],
        errors: Sequence[tuple[str, str, str | None, str]] = (),
        read_fine: Sequence[tuple[str, str | None]] = (),
    ) -> WriteResult:
        """Store processed records and error rows ``(key, origin, id, reason)`` in one transaction.

        ``read_fine`` are ``(origin, file)`` read without error this time: the error rows keyed by
        them or by their file (:func:`stale_error_keys`) describe input that has changed, and go.

        Several writers may run at once (two ``warta ingest`` runs, Spark loaders): on PostgreSQL
        a batch first takes advisory locks on its record keys and creates its entities, each in
        sorted order, so two batches never wait on each other in a cycle; a batch that still
        loses a deadlock or serialization race is retried whole. A batch with a record PostgreSQL
        cannot hold (a value too long for an index) is written again with each record in a
        savepoint (:meth:`_write_guarded`): that record is refused, the others stored. A SQLite
        file deleted since it was opened stops the writer (:meth:`check_file`)."""
        self.check_file()
        guarded = False
        attempt = 0
        while True:
            try:
                return self._write_batch(items, errors, read_fine, guarded)
            except Exception as e:
                if self.dialect == "postgres" and not guarded and _is_record_error(e):
                    guarded = True  # one record holds what PostgreSQL cannot: write again, record by record
                    continue
                attempt += 1
                if self.dialect != "postgres" or attempt == WRITE_RETRIES or not _is_retryable(e):
                    raise
                time.sleep(0.05 * attempt)

    def _write_batch(
        self,
        items: Sequence[Processed],
        errors: Sequence[tuple[str, str, str | None, str]],
        read_fine: Sequence[tuple[str, str | None]],
        guarded: bool = False,
    ) -> WriteResult:
        res = WriteResult()
        with self.transaction():
            if self.dialect == "postgres":
                # one sorted pass over the record keys' and the new entity keys' locks: the deadlock-free order
                keys = sorted(
                    {_lock_key(p.id) for p in items}
                    | {_lock_key(e[0]) for e in errors}
                    | {_entity_lock_key(k) for k in self._new_entity_keys(items)}
                )
                for k in keys:
                    self.execute("SELECT pg_advisory_xact_lock(?)", (k,))
            late: list[tuple[str, str, str | None, str]] = []  # error rows of the records refused here
            for p in items:
                first = self._holder(p.source_id) if p.source_id is not None else None
                if guarded:
                    written = self._write_guarded(p, p.source_id if first is None else None)
                    if isinstance(written, str):
                        res.refused.append((p.origin, written))
                        late.append((p.origin, p.origin, p.id, written))
                        continue
                    num, dup = written
                else:
                    num, dup = self._write_one(p, p.source_id if first is None else None)
                if num is None:
                    why = self._other_text_stored(p)
                    if why is None:
                        res.skipped += 1
                    else:
                        res.refused.append((p.origin, why))
                        late.append((p.origin, p.origin, p.id, why))
                    continue
                if first is not None:
                    res.reused_ids.append((p.origin, reused(str(p.source_id), first, p.id)))
                res.stored += 1
                res.ids.append(p.id)
                if dup:
                    res.duplicates += 1
            gone = {p.id for p in items} | {k for o, f in read_fine for k in stale_error_keys(o, f)}
            if gone:
                self.executemany("DELETE FROM errors WHERE key = ?", [(k,) for k in sorted(gone)])
            stamp = now()
            for key, origin, rid, reason in sorted([*errors, *late], key=lambda e: e[0]):
                self.execute(
                    "INSERT INTO errors (key, origin, id, reason, at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET origin = excluded.origin, id = excluded.id, "
                    "reason = excluded.reason, at = excluded.at",
                    (key, origin, rid, reason, stamp),
                )
        return res

    def _write_guarded(self, p: Processed, source_id: str | None) -> tuple[int | None, bool] | str:
        """:meth:`_write_one` in a savepoint (PostgreSQL): what it gives, or why the record is not
        stored when PostgreSQL cannot hold one of its values (:func:`_is_record_error`); it is
        undone, and the batch's other records are stored."""
        self.execute("SAVEPOINT write_one")
        try:
            written = self._write_one(p, source_id)
        except Exception as e:
            if not _is_record_error(e):
                raise
            self.execute("ROLLBACK TO SAVEPOINT write_one")
            self._entity_cache.clear()  # it may hold the undone record's new entities
            self._story_backend = None
            msg = str(e).strip()
            return f"PostgreSQL cannot store it: {msg.splitlines()[0] if msg else type(e).__name__}"
        self.execute("RELEASE SAVEPOINT write_one")
        return written

    def _other_text_stored(self, p: Processed) -> str | None:
        """Why ``p`` is refused when its page URL's row holds another text, else None (the same
        text). The reader checks this before reading, but a writer running at once (another
        ``warta ingest``, a Spark load, a POST) may store the URL in between; its insert then
        meets that row here, and was counted 'already stored' in silence. An HTML page's
        extracted text is not compared, as the reader's check does not compare it."""
        meta = p.record.get("meta")
        if not p.id.startswith("u") or not p.text or (isinstance(meta, dict) and meta.get("source") == "html"):
            return None
        got = self.stored_texts([p.id]).get(p.id)
        if got is None or got[1] == p.text:  # the same text to the letter (a reload): no hashing
            return None
        return refused(got[0]) if text_id(got[1]) != text_id(p.text) else None

    def _holder(self, source_id: str) -> str | None:
        """The origin of the stored article whose own id is ``source_id``, if any."""
        return self.scalar("SELECT origin FROM articles WHERE source_id = ? ORDER BY num LIMIT 1", (source_id,))

    def _new_entity_keys(self, items: Sequence[Processed]) -> list[str]:
        """PostgreSQL: the keys of the batch's entities that are not stored yet (the cache learns the others).

        Every article creates its own entities as it is written (on both backends): an entity never
        exists before its article, and its number does not depend on where a batch ends (batches
        end on time too), so the identity rules decide the same links in every run. On PostgreSQL
        several writers may share the store, so a batch first takes the advisory locks of its new
        keys (with its record keys', in one sorted pass): two writers never insert one entity key at
        once, and nobody waits on an uncommitted entity row in a cycle."""
        wanted: set[str] = set()
        for p in items:
            for e in p.record.get("entities") or []:
                name = (e.get("canonical") or "").strip()
                norm = normalize_name(name) if name else ""
                if not norm:
                    continue
                key = f"{e.get('label') or 'MISC'}:{norm}"
                if key not in self._entity_cache:
                    wanted.add(key)
        if not wanted:
            return []
        found = self._entity_nums(sorted(wanted))
        if len(self._entity_cache) > 200_000:
            self._entity_cache.clear()
        self._entity_cache.update(found)
        return sorted(wanted - found.keys())

    def _entity_nums(self, keys: list[str]) -> dict[str, int]:
        return {k: int(n) for k, n in self.query_in("SELECT key, num FROM entities WHERE key IN ({marks})", keys)}

    def _find_duplicate(self, sig: dedup.Signature, keys: list[int]) -> tuple[str, str, float] | None:
        """The best near-duplicate already stored: candidates share LSH bands, most bands first."""
        marks = ",".join("?" * len(keys))
        rows = self.query(
            f"SELECT article, COUNT(*) AS hits FROM lsh WHERE key IN ({marks}) "
            f"GROUP BY article ORDER BY hits DESC, article LIMIT {CANDIDATE_LIMIT}",
            keys,
        )
        if not rows:
            return None
        # every candidate is verified (no early exit): the best match is then a function of the
        # stored articles alone, which warta.spark's dedup reproduces exactly
        best: tuple[float, str, str] | None = None
        nums = [r[0] for r in rows]
        marks = ",".join("?" * len(nums))
        for sig_b, n_b, aid, group in self.query(
            f"SELECT m.sig, m.n_shingles, a.id, a.dup_group FROM minhash m JOIN articles a ON a.num = m.article "
            f"WHERE m.article IN ({marks})",
            nums,
        ):
            score = dedup.match_score(sig, dedup.Signature.from_bytes(sig_b, n_b))
            if score is not None and (best is None or score > best[0] or (score == best[0] and aid < best[1])):
                best = (score, aid, group)
        if best is None:
            return None
        return best[2], best[1], best[0]

    def _write_one(self, p: Processed, source_id: str | None) -> tuple[int | None, bool]:
        rec = p.record
        sig = dedup.Signature.from_bytes(p.sig, p.n_shingles) if p.sig else None
        keys = dedup.band_keys(sig) if sig else []
        if p.dup is not None:
            found = p.dup if p.dup[1] is not None else None
        else:
            found = self._find_duplicate(sig, keys) if sig else None
        group, dup_of, dup_score = found if found else (p.id, None, None)
        quotes = rec.get("quotes") or []
        quotes_text = "\n".join(q.get("text") or "" for q in quotes)
        tone = tone_value(rec.get("tone"))
        lang = rec.get("language") or {}
        row = self.execute(
            "INSERT INTO articles (id, source_id, origin, url, title, outlet, published, language, body, quotes_text, "
            "tone, n_tokens, dup_group, dup_of, dup_score, warta_version, ingested_at, record, source_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING num",
            (
                p.id,
                source_id,
                p.origin,
                rec.get("url"),
                rec.get("title"),
                rec.get("outlet") or outlet_from_url(rec.get("url")),
                _day(rec.get("published")),
                lang.get("code") or lang.get("language") if isinstance(lang, dict) else None,
                rec.get("body") or "",
                quotes_text,
                tone,
                rec.get("token_count"),
                group,
                dup_of,
                dup_score,
                rec.get("warta_version"),
                now(),
                p.blob if p.blob is not None else pack(rec),
                p.text_blob if p.text_blob is not None else pack_text(p.text),
            ),
        ).fetchone()
        if row is None:
            return None, False
        num = int(row[0])
        if self.dialect == "sqlite":
            title, body = rec.get("title") or "", rec.get("body") or ""
            if found is None and self._has_groups_fts():  # first of its group: the index collapsed searches use
                self.execute("INSERT INTO groups_fts (rowid, title, body) VALUES (?, ?, ?)", (num, title, body))
            elif found is not None and self._has_readings():  # a copy: a new reading of its story?
                first = self.execute(
                    "SELECT num, coalesce(title, ''), body FROM articles WHERE id = ?", (group,)
                ).fetchone()
                if first is not None and (first[1], first[2]) != (title, body):
                    same = self.scalar(
                        "SELECT MIN(v.num) FROM readings v JOIN articles a ON a.num = v.num "
                        "WHERE v.first = ? AND v.reading = v.num AND coalesce(a.title, '') = ? AND a.body = ?",
                        (first[0], title, body),
                    )
                    self.execute(
                        "INSERT INTO readings (num, reading, first) VALUES (?, ?, ?)",
                        (num, same if same is not None else num, first[0]),
                    )
                    if same is None:
                        self.execute("INSERT INTO groups_fts (rowid, title, body) VALUES (?, ?, ?)", (num, title, body))
            self.execute(
                "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                (num, rec.get("title") or "", rec.get("body") or ""),
            )
        if sig:
            self.execute(
                "INSERT INTO minhash (article, sig, n_shingles) VALUES (?, ?, ?)", (num, sig.to_bytes(), sig.n_shingles)
            )
            self.executemany(
                "INSERT INTO lsh (key, article) VALUES (?, ?) ON CONFLICT DO NOTHING", [(k, num) for k in set(keys)]
            )
        ent_nums = self._write_entities(num, rec.get("entities") or [])
        self._write_quotes(num, quotes, ent_nums)
        self.executemany(
            "INSERT INTO dates (article, idx, value, granularity, text, start_offset) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (num, i, d.get("value"), d.get("granularity"), d.get("text"), d.get("start"))
                for i, d in enumerate(rec.get("dates") or [])
            ],
        )
        self._write_places(num, rec, ent_nums)
        write_events(self, num, rec, ent_nums)
        themes: dict[str, float | None] = {}
        for t in rec.get("themes") or []:
            name, score = _theme(t)
            if name and name not in themes:
                themes[name] = score
        self.executemany(
            "INSERT INTO themes (article, theme, score) VALUES (?, ?, ?)", [(num, k, v) for k, v in themes.items()]
        )
        if self.stories:
            self._link_across(num, p.id, rec, ent_nums)
        return num, found is not None

    def _link_across(self, num: int, article_id: str, rec: dict[str, Any], ent_nums: list[int | None]) -> None:
        """Schema 4: entity identities (warta.identity) and stories (warta.stories) for a written article.

        Inside a savepoint: if either fails the article is still stored (without a story), the
        failure is counted in ``link_failures``, and the batch goes on. A lost PostgreSQL race
        (deadlock, serialization) is not such a failure: it is raised, so that ``write_batch``
        runs the whole batch again and no article is kept without links it would have had."""
        from warta.identity import record_aliases
        from warta.stories.store import assign

        self.execute("SAVEPOINT link_across")
        try:
            t0 = time.perf_counter()
            record_aliases(self, rec.get("entities") or [], ent_nums)
            self.identity_seconds += time.perf_counter() - t0
            assign(self, num, article_id, rec)
        except Exception as e:  # noqa: BLE001 - the article matters more than its story
            if self.dialect == "postgres" and _is_retryable(e):
                raise  # the transaction is lost anyway; write_batch retries it whole
            self.execute("ROLLBACK TO SAVEPOINT link_across")
            self._story_backend = None
            self.link_failures.append(f"{article_id}: {type(e).__name__}: {e}")
        self.execute("RELEASE SAVEPOINT link_across")

    def _entity_num(self, name: str, label: str, country: str | None) -> int:
        norm = normalize_name(name)
        key = f"{label}:{norm}"
        cached = self._entity_cache.get(key)
        if cached is not None:
            return cached
        row = self.execute("SELECT num FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            row = self.execute(
                "INSERT INTO entities (key, name, norm, label, country) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET name = entities.name RETURNING num",
                (key, name, norm, label, country),
            ).fetchone()
        num = int(row[0])
        if len(self._entity_cache) > 200_000:
            self._entity_cache.clear()
        self._entity_cache[key] = num
        return num

    def _write_entities(self, article: int, entities: list[dict[str, Any]]) -> list[int | None]:
        nums: list[int | None] = []
        rows: dict[int, list[Any]] = {}
        for e in entities:
            name = (e.get("canonical") or "").strip()
            label = e.get("label") or "MISC"
            if not name or not normalize_name(name):
                nums.append(None)
                continue
            en = self._entity_num(name, label, e.get("country"))
            nums.append(en)
            ms = e.get("mentions") or []
            spans = " ".join(f"{m.get('start')}-{m.get('end')}" for m in ms)
            first = min((m.get("start") for m in ms if m.get("start") is not None), default=None)
            if en in rows:  # two entities of one article folding to the same name: merge
                r = rows[en]
                r[2] += len(ms)
                r[3] = first if r[3] is None else (min(r[3], first) if first is not None else r[3])
                r[4] = r[4] or e.get("role")
                r[5] = (r[5] + " " + spans).strip()
            else:
                rows[en] = [article, en, len(ms), first, e.get("role"), spans]
        self.executemany(
            "INSERT INTO mentions (article, entity, count, first_start, role, spans) VALUES (?, ?, ?, ?, ?, ?)",
            list(rows.values()),
        )
        return nums

    def _write_quotes(self, article: int, quotes: list[dict[str, Any]], ent_nums: list[int | None]) -> None:
        rows = []
        for i, q in enumerate(quotes):
            se = q.get("speaker_entity")
            speaker_entity = ent_nums[se] if isinstance(se, int) and 0 <= se < len(ent_nums) else None
            speaker = q.get("speaker")
            rows.append(
                (
                    article,
                    i,
                    q.get("kind"),
                    q.get("text") or "",
                    speaker,
                    normalize_name(speaker) if speaker else None,
                    speaker_entity,
                    q.get("cue"),
                    q.get("start"),
                    q.get("end"),
                )
            )
        if not rows:
            return
        self.executemany(
            "INSERT INTO quotes (article, idx, kind, text, speaker, speaker_norm, speaker_entity, cue, start_offset, end_offset) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if self.dialect == "sqlite":
            self.execute(
                "INSERT INTO quotes_fts (rowid, text) SELECT num, text FROM quotes WHERE article = ?", (article,)
            )

    def _write_places(self, article: int, rec: dict[str, Any], ent_nums: list[int | None]) -> None:
        rows = []
        for e, en in zip(rec.get("entities") or [], ent_nums, strict=False):
            if e.get("label") != "LOC" or en is None:
                continue
            geo = e.get("geo") or {}
            ms = e.get("mentions") or []
            first = min((m.get("start") for m in ms if m.get("start") is not None), default=None)
            rows.append(
                (
                    article,
                    en,
                    e.get("canonical"),
                    e.get("country") or geo.get("country"),
                    geo.get("province_code") or geo.get("province") or geo.get("adm1"),
                    _float(geo.get("lat")),
                    _float(geo.get("lon")),
                    _str(geo.get("geonames_id") or geo.get("feature_id")),
                    first,
                    0,
                )
            )
        dl = rec.get("dateline") or {}
        if dl.get("place"):
            rows.append((article, None, dl["place"], None, None, None, None, None, dl.get("start"), 1))
        self.executemany(
            "INSERT INTO places (article, entity, name, country, adm1, lat, lon, feature_id, start_offset, is_dateline) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def normalize_text(text: str) -> str:
    """Case, Unicode forms, quote styles and spacing do not change the id."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = s.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'", 0xA0: " "})
    return " ".join(s.split())


def text_id(text: str) -> str:
    """``t…`` from the normalised text: two texts that differ only in case, quotes or spacing share it."""
    # surrogatepass: a record read without the sources' repair still gets an id
    return "t" + hashlib.sha1(normalize_text(text).encode("utf-8", "surrogatepass")).hexdigest()[:19]


def refused(first: str) -> str:
    """Why a record naming a stored page URL with another text is not stored. One page URL is
    one article: replacing the stored text would silently move every offset, quote and story
    already read from it, so the first text is kept and the user told, naming both lines."""
    return (
        f"same page URL as {first} but another text (a page updated since, or a scraper's slip): "
        "not stored, the first text is kept"
    )


def reused(source_id: str, first: str, key: str) -> str:
    """Why an article is stored, shown and looked up under its key and not its own id: an id names
    one article (`Corpus.get`, search hits), so it stays the first stored one's."""
    return f"its id {source_id!r} is already the id of {first}: stored under its key {key}"


def _lock_key(key: str) -> int:
    """The advisory lock guarding a record key: one of :data:`RECORD_LOCKS` (the same in every
    process), so a batch of any size holds a bounded number of locks (PostgreSQL's lock table
    is shared and small)."""
    h = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return RECORD_LOCK_BASE + h % RECORD_LOCKS


def _entity_lock_key(key: str) -> int:
    """The advisory lock guarding the creation of an entity key: one of :data:`ENTITY_LOCKS`."""
    h = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return ENTITY_LOCK_BASE + h % ENTITY_LOCKS


def _is_record_error(e: BaseException) -> bool:
    """PostgreSQL cannot hold a value of the record being written (data exception, class 22;
    program limit exceeded, class 54: a value too long for a btree index): that record is refused,
    the batch's others stored. Every rerun would stop at it again."""
    return str(getattr(e, "sqlstate", None) or "")[:2] in ("22", "54")


def _is_retryable(e: BaseException) -> bool:
    """PostgreSQL lost a deadlock or a serialization race: the whole batch can simply run again."""
    return getattr(e, "sqlstate", None) in ("40P01", "40001")


def _redact(db: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", db)


_SECOND_LEVEL = {"co", "or", "go", "ac", "web", "my", "sch", "net", "com", "org", "gov", "edu", "mil", "biz"}


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")  # not `host:8080`, whose part after ':' is a port


def with_scheme(url: str) -> str:
    """``news.detik.com/x`` → ``http://news.detik.com/x``: a URL a scraper wrote without its
    scheme is still a web address (``urlsplit`` would read its host as a path)."""
    url = url.strip()
    return url if "://" in url else "http://" + url


def outlet_from_url(url: Any) -> str | None:
    """The site a URL belongs to (``news.detik.com`` → ``detik.com``), for records without an outlet.
    An address of another kind (``javascript:…``, ``mailto:…``, ``data:…``) belongs to no site: it
    was read as a host without a scheme, and ``javascript`` was listed among the outlets."""
    if not isinstance(url, str) or not url:
        return None
    scheme = _SCHEME.match(url.strip())
    if scheme and "." not in scheme[1] and scheme[1].lower() not in ("http", "https"):
        return None
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(with_scheme(url)).hostname or "").lower()
    except ValueError:  # `http://[host/x` (an unclosed [): no site, and no failed batch
        return None
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2:
        return host or None
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _day(value: Any) -> str | None:
    """The day of a record's ``published`` (the record's own reading of it), or None: a value
    that is no day must not be stored as one (``not a date`` passed every ``--since`` filter)."""
    if not isinstance(value, str) or not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", value)
    return m.group(0) if m else None


def _float(v: Any) -> float | None:
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def _str(v: Any) -> str | None:
    return str(v) if v is not None else None


def tone_value(tone: Any) -> float | None:
    """One number for the article's tone, whatever the tone layer names it."""
    if isinstance(tone, (int, float)):
        return float(tone)
    if isinstance(tone, dict):
        for k in ("tone", "score", "polarity", "value"):
            if isinstance(tone.get(k), (int, float)):
                return float(tone[k])
    return None


def _theme(t: Any) -> tuple[str | None, float | None]:
    """(name, score) of one theme entry; the themes layer's dict keys are read tolerantly."""
    if isinstance(t, str):
        return t, None
    if not isinstance(t, dict):
        return None, None
    name = next((t[k] for k in ("theme", "id", "code", "label", "name") if isinstance(t.get(k), str) and t[k]), None)
    score = next((float(t[k]) for k in ("score", "weight", "confidence") if isinstance(t.get(k), (int, float))), None)
    return name, score
