"""``ingest``: read sources, run :func:`warta.read` in worker processes, store the records.

Why this shape:
- ids are deterministic (URL, else normalised text), so a rerun skips what is stored and a
  record read twice is stored once;
- workers only compute; one writer (this process) stores in batches, one transaction per
  batch, so ``kill -9`` at any moment loses at most the uncommitted batch, which the next
  run redoes;
- a failed record goes to the ``errors`` table (keyed by id or origin, so reruns update
  the row rather than add one) and is counted; the run returns exit code 1.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import queue
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit

from warta.corpus import dedup
from warta.corpus.store import (
    Processed,
    Store,
    _dumps,
    default_db,
    pack_json,
    pack_text,
    refused,
    text_id,
    with_scheme,
)
from warta.document.input import IGNORED_FIELD, no_text_reason
from warta.sources import Item, iter_paths

BATCH_SIZE = 200  # records per transaction
FLUSH_SECONDS = 3.0  # commit at least this often while records arrive
WINDOW = 4  # records in flight per worker
# seconds one record may take in a worker before the worker is killed and the record reported:
# a pathological input must not stall a run (a large article reads in seconds)
RECORD_BUDGET = 300.0
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|_ga)$", re.I)


# -- ids ------------------------------------------------------------------------
def normalize_url(url: str) -> str:
    """Scheme, ``www.``, fragment, tracking parameters and a trailing slash do not change the id."""
    u = urlsplit(url.strip())
    host = (u.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{u.port}" if u.port and u.port not in (80, 443) else ""
    path = re.sub(r"/+$", "", u.path) or ""
    params = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    query = urlencode(sorted(params))
    return f"{host}{port}{path}" + (f"?{query}" if query else "")


def page_key(url: Any) -> str | None:
    """The normalised URL when it names a page (a host with a dot, and a path or a query), else
    None: a placeholder (`-`, `N/A`) or a site's front page written into every record by a
    scraper must not make all its records one article (all but the first were lost as 'stored')."""
    if not isinstance(url, str) or not url.strip():
        return None
    u = with_scheme(url)
    try:
        parts = urlsplit(u)
        host, _ = parts.hostname or "", parts.port
    except ValueError:  # an unparsable URL (a port not a number, an unclosed [) names no page
        return None
    if "." not in host.strip(".") or not (parts.path.strip("/") or parts.query):
        return None
    return normalize_url(u)


def _url_id(key: str) -> str:
    return "u" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:19]


def record_id(record: dict[str, Any]) -> str | None:
    """``u…`` from the URL of a page, else ``t…`` from the normalised text (or HTML); None when neither."""
    key = page_key(record.get("url"))
    if key is not None:
        return _url_id(key)
    for key in ("text", "html"):
        v = record.get(key)
        if isinstance(v, str) and v.strip():
            return text_id(v)
    return None


def former_id(record: dict[str, Any]) -> str | None:
    """The id Warta gave a record before only page URLs made ids (any URL did: a site's front page
    or `-` gave every record one id), when it differs from :func:`record_id`'s: a store written
    then holds the first such record under it, which a rerun must find (else stored twice)."""
    url = record.get("url")
    if not isinstance(url, str) or not url.strip() or page_key(url) is not None:
        return None
    try:  # an unparsable URL stopped the old ingest: nothing was stored under it
        return _url_id(normalize_url(with_scheme(url)))
    except ValueError:
        return None


def text_of(record: dict[str, Any]) -> str | None:
    """The plain text a record gives (None for an HTML page, whose stored text is extracted)."""
    v = record.get("text")
    return v if isinstance(v, str) and v.strip() else None


# -- work done in the worker processes ----------------------------------------------
def process_record(
    rid: str, origin: str, record: dict[str, Any], layers: list[str] | None = None, exclude: Iterable[str] = ()
) -> Processed:
    """Read one record (all layers unless told otherwise) and compute its MinHash signature."""
    import warta

    art = warta.read(record, layers=layers, exclude=exclude)
    rec = art.to_dict()
    try:  # a store (and Spark) can only write valid Unicode: refuse the record here, as an error row
        blob = pack_json(_dumps(rec))
        text_blob = pack_text(art.text)
    except (UnicodeEncodeError, TypeError, ValueError) as e:
        raise ValueError(f"record holds text that is not valid Unicode ({e})") from None
    sig = dedup.signature(rec.get("body") or art.norm)
    return Processed(
        id=rid,
        origin=origin,
        source_id=art.id,  # the record's id as read: a number as its text, a list or object dropped
        record=rec,
        text=art.text,
        sig=sig.to_bytes() if sig else None,
        n_shingles=sig.n_shingles if sig else 0,
        blob=blob,
        text_blob=text_blob,
    )


def ignored_fields(record: dict[str, Any]) -> list[str]:
    """The warnings of a read record that say one of its input fields was ignored."""
    return [w for w in record.get("warnings") or () if isinstance(w, str) and w.startswith(IGNORED_FIELD)]


def _reason(e: BaseException) -> str:
    from warta.errors import WartaError

    msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
    if isinstance(e, WartaError) and msg:
        return msg
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:  # the writer died (even kill -9): do not linger
            os._exit(1)


def _worker(tasks: Any, results: Any, parent: int, layers: list[str] | None, exclude: list[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, rid, origin, record = task
        try:
            results.put((seq, process_record(rid, origin, record, layers, exclude), None))
        except Exception as e:  # noqa: BLE001 - one bad record must not stop the run
            results.put((seq, None, _reason(e)))


# -- progress -------------------------------------------------------------------
class Progress:
    """A one-line progress bar on stderr: articles/s, failures, time left. Silent when not a tty."""

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.width = 0

    def update(self, done: int, stored: int, failed: int, skipped: int, force: bool = False) -> None:
        if not self.enabled:
            return
        t = time.monotonic()
        if not force and t - self.last < 0.25:
            return
        self.last = t
        elapsed = max(t - self.start, 1e-6)
        rate = stored / elapsed
        parts = []
        if self.total:
            frac = min(1.0, done / self.total)
            bar = "#" * int(frac * 24)
            parts.append(f"[{bar:<24}] {done:,}/{self.total:,}")
        else:
            parts.append(f"{done:,} records")
        parts.append(f"{rate:,.1f} articles/s")
        parts.append(f"{failed:,} failed")
        if skipped:
            parts.append(f"{skipped:,} skipped")
        if self.total and done and done < self.total:
            speed = done / elapsed
            left = (self.total - done) / speed if speed > 0 else 0
            parts.append(f"ETA {_duration(left)}")
        line = "  ".join(parts)
        pad = max(0, self.width - len(line))
        self.width = len(line)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def _duration(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 60}m{s % 60:02d}s"


def count_records(paths: list[str]) -> int | None:
    """A cheap estimate of how many records the paths hold (for the ETA); None if unknown."""
    from warta.sources import CSV_SUFFIXES, FOLDER_SUFFIXES, PARQUET_SUFFIXES, WARC_SUFFIXES, _suffix

    total = 0
    for p in paths:
        path = Path(p)
        files = (
            sorted(f for f in path.rglob("*") if f.is_file() and _suffix(f) in FOLDER_SUFFIXES)
            if path.is_dir()
            else [path]
        )
        for f in files:
            s = _suffix(f)
            try:
                if s == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif s in CSV_SUFFIXES:
                    with f.open("rb") as fh:
                        total += max(0, sum(1 for _ in fh) - 1)
                elif s in PARQUET_SUFFIXES:
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(f).metadata.num_rows
                elif s in WARC_SUFFIXES:
                    return None
                else:
                    total += 1
            except Exception:  # noqa: BLE001 - an estimate; the real read reports problems
                total += 1
    return total


# -- the run --------------------------------------------------------------------
@dataclass
class IngestSummary:
    db: str
    seen: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason), first ones
    reused_ids: list[tuple[str, str]] = field(default_factory=list)  # (origin, why) stored under their key
    # "id: why" of articles stored without their story or identity links (the linking failed)
    unlinked: list[str] = field(default_factory=list)
    # (origin, warning) of records stored with a field ignored (an id given as a list, a title as
    # an object): stored under a hash instead of their id, which a user must hear of at ingest
    ignored_fields: list[tuple[str, str]] = field(default_factory=list)  # the first ones
    n_ignored: int = 0  # fields ignored in all

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def text(self) -> str:
        s = (
            f"ingested {self.stored:,} new article{'s' if self.stored != 1 else ''} into {self.db}"
            f" ({self.duplicates:,} near-duplicate{'s' if self.duplicates != 1 else ''}), "
            f"{self.skipped:,} already stored, {self.failed:,} failed, in {self.seconds:.1f}s ({self.rate:,.1f} articles/s)"
        )
        if self.reused_ids:
            n = len(self.reused_ids)
            s += f"; {n:,} article{'s' if n != 1 else ''} stored under {'their' if n != 1 else 'its'} key, {'their' if n != 1 else 'its'} own id being another's"
        return s


class _Pool:
    """Worker processes, each with its own task queue so the writer knows what each one holds."""

    def __init__(
        self, jobs: int, layers: list[str] | None, exclude: list[str], budget: float | None = RECORD_BUDGET
    ) -> None:
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.results = self.ctx.Queue()
        self.layers, self.exclude = layers, exclude
        self.budget = budget
        self.workers: list[tuple[Any, Any]] = []
        self.inflight: list[deque[tuple[int, str, str, dict[str, Any]]]] = []
        self.since: list[float] = []  # when each worker's first record in flight became its current one
        self.abandoned: set[int] = set()  # records of killed workers: a late result is dropped
        for _ in range(jobs):
            self.workers.append(self._start())
            self.inflight.append(deque())
            self.since.append(time.monotonic())

    def _start(self) -> tuple[Any, Any]:
        tasks = self.ctx.Queue()
        p = self.ctx.Process(
            target=_worker, args=(tasks, self.results, os.getpid(), self.layers, self.exclude), daemon=True
        )
        p.start()
        return p, tasks

    def free(self) -> int | None:
        """A worker with room for another record, the least loaded first."""
        i = min(range(len(self.workers)), key=lambda k: len(self.inflight[k]))
        return i if len(self.inflight[i]) < WINDOW else None

    def submit(self, i: int, task: tuple[int, str, str, dict[str, Any]]) -> None:
        if not self.inflight[i]:
            self.since[i] = time.monotonic()
        self.inflight[i].append(task)
        self.workers[i][1].put(task)

    def busy(self) -> bool:
        return any(self.inflight)

    def get(self, timeout: float) -> tuple[int, Processed | None, str | None] | None:
        try:
            seq, proc, err = self.results.get(timeout=timeout)
        except queue.Empty:
            return None
        if seq in self.abandoned:  # its worker was killed past the budget; already reported
            self.abandoned.discard(seq)
            return None
        for i, dq in enumerate(self.inflight):
            for t in dq:
                if t[0] == seq:
                    dq.remove(t)
                    self.since[i] = time.monotonic()  # the next record in its queue starts now
                    return seq, proc, err
        return seq, proc, err

    def reap(self) -> list[tuple[tuple[int, str, str, dict[str, Any]], str]]:
        """Restart dead workers, and kill and restart those whose current record is past the
        budget; the first record held is the culprit, the others are resent."""
        lost = []
        now = time.monotonic()
        for i, (p, _) in enumerate(self.workers):
            overdue = bool(self.inflight[i]) and self.budget is not None and now - self.since[i] > self.budget
            if p.is_alive() and not overdue:
                continue
            if overdue and p.is_alive():
                p.kill()
                p.join(5.0)
                reason = f"reading this record took longer than {self.budget:g} s; stopped"
                self.abandoned.add(self.inflight[i][0][0])
            else:
                reason = f"worker process died while reading this record (exit code {p.exitcode})"
            held = list(self.inflight[i])
            self.inflight[i].clear()
            self.workers[i] = self._start()
            if held:
                lost.append((held[0], reason))
                for t in held[1:]:
                    self.submit(i, t)
        return lost

    def close(self) -> None:
        for _p, tasks in self.workers:
            with contextlib.suppress(Exception):
                tasks.put(None)
        deadline = time.monotonic() + 2.0
        for p, _ in self.workers:
            p.join(max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.terminate()
                p.join(1.0)


def _warm_up(layers: list[str] | None, exclude: list[str]) -> None:
    """Load the layers once in the writer so forked workers share the loaded models."""
    try:
        import warta

        warta.read(
            "Jakarta - Presiden Joko Widodo meresmikan jembatan baru di Bandung, Senin (1/9/2025).",
            layers=layers,
            exclude=exclude,
        )
    except Exception:  # noqa: BLE001 - a broken layer shows up per record with its reason
        pass


def start_pool(n: int, layers: list[str] | None, exclude: list[str], budget: float | None) -> _Pool:
    """``n`` reader processes, forked after the models are loaded where the system forks (so they
    share them), each record stopped past ``budget`` seconds."""
    if "fork" in mp.get_all_start_methods():
        _warm_up(layers, exclude)
    return _Pool(n, layers, exclude, budget)


def ingest(
    paths: list[str],
    db: str | None = None,
    *,
    jobs: int | None = None,
    columns: dict[str, str] | None = None,
    layers: list[str] | None = None,
    exclude: Iterable[str] = (),
    batch_size: int = BATCH_SIZE,
    progress: bool | None = None,
    stream: TextIO | None = None,
    items: Iterable[Item] | None = None,
    on_batch: Callable[[IngestSummary], None] | None = None,
    keep_failures: int = 20,
    record_budget: float | None = RECORD_BUDGET,
    reader: Callable[..., Processed] | None = None,
) -> IngestSummary:
    """Store the records of ``paths`` in the corpus ``db``; see the module docstring.

    ``jobs`` worker processes (default: CPU count; 0 = read in this process). ``items``
    replaces reading ``paths`` (records from elsewhere). The summary lists the first
    ``keep_failures`` failures (all are in the ``errors`` table). With worker processes, a
    record that takes more than ``record_budget`` seconds is stopped and reported (None: no limit).
    ``reader`` replaces :func:`process_record` with ``jobs=0`` (the HTTP API reads in its own
    budgeted worker processes); an exception it raises is the record's reason."""
    db = db or default_db()
    exclude = list(exclude)
    jobs = (os.cpu_count() or 1) if jobs is None else max(0, jobs)
    t0 = time.monotonic()
    summary = IngestSummary(db=db)
    stream = stream or sys.stderr
    show = stream.isatty() if progress is None else progress
    bar = Progress(count_records(paths) if show and items is None else None, stream, show)
    # before the store opens: children inherit no connection
    pool = start_pool(jobs, layers, exclude, record_budget) if jobs > 0 else None
    read_one = reader or process_record
    try:
        store = Store(db)
    except BaseException:
        if pool is not None:
            pool.close()
        raise
    try:  # stories made with other story features: re-cluster (or refuse) before adding to them
        from warta.stories.store import ensure_current

        ensure_current(store, stream)
    except BaseException:
        store.close()
        if pool is not None:
            pool.close()
        raise
    run = _start_run(store, paths)
    from warta.identity import begin_ingest, settle_ingest  # (identity imports the store: not at load)

    begin_ingest(store)  # an empty store: its names are decided once, at the end (settle_ingest)
    buffer: list[Processed] = []
    errors: list[tuple[str, str, str | None, str]] = []
    read_fine: list[tuple[str, str | None]] = []  # (origin, file) that gave a record: their error rows are stale
    last_flush = time.monotonic()

    def fail(key: str, origin: str, rid: str | None, reason: str) -> None:
        summary.failed += 1
        errors.append((key, origin, rid, reason))
        if len(summary.failures) < keep_failures:
            summary.failures.append((origin, reason))

    def flush(force: bool = False) -> None:
        nonlocal last_flush, buffer, errors, read_fine
        if not force and len(buffer) + len(errors) < batch_size and time.monotonic() - last_flush < FLUSH_SECONDS:
            return
        if buffer or errors or read_fine:
            res = store.write_batch(buffer, errors, read_fine)
            summary.stored += res.stored
            summary.skipped += res.skipped
            summary.duplicates += res.duplicates
            summary.reused_ids.extend(res.reused_ids)
            summary.failed += len(res.refused)  # their page URL stored first with another text, or a value too long
            summary.failures.extend(res.refused[: max(0, keep_failures - len(summary.failures))])
            buffer, errors, read_fine = [], [], []
            if on_batch:
                on_batch(summary)
        last_flush = time.monotonic()

    # Results are stored in input order whatever the worker timing: the near-duplicate group of
    # an article depends on which articles were stored before it, so -j N must equal -j 1.
    ready: dict[int, tuple[Processed | None, str | None]] = {}
    next_seq = 1

    def accept(rid_origin: dict[int, tuple[str, str]], seq: int, proc: Processed | None, err: str | None) -> None:
        nonlocal next_seq
        ready[seq] = (proc, err)
        while next_seq in ready:
            proc, err = ready.pop(next_seq)
            rid, origin = rid_origin.pop(next_seq)
            next_seq += 1
            if proc is not None:
                buffer.append(proc)
                if ignored := ignored_fields(proc.record):
                    summary.n_ignored += len(ignored)
                    room = max(0, keep_failures - len(summary.ignored_fields))
                    summary.ignored_fields.extend((origin, w) for w in ignored[:room])
            else:
                fail(rid, origin, rid, err or "unknown error")
            flush()

    try:
        pending: dict[int, tuple[str, str]] = {}
        seen: dict[str, tuple[str | None, str]] = {}  # id -> (text id of a page URL's text, first origin)
        seq = 0
        source = iter(items) if items is not None else iter_paths(paths, columns)
        for chunk in _chunks(source, 256):
            todo: list[tuple[str, Item]] = []
            for item in chunk:
                summary.seen += 1
                if item.error is not None or item.record is None:
                    fail(item.origin, item.origin, None, item.error or "no record")
                    continue
                rid = record_id(item.record)
                if rid is None:
                    fail(item.origin, item.origin, None, no_text_reason(item.record))
                    continue
                read_fine.append((item.origin, item.file))
                text = text_of(item.record) if rid[0] == "u" else None
                mark = text_id(text) if text else None
                first = seen.get(rid)
                if first is not None:
                    if _other_text(first[0], mark):
                        fail(item.origin, item.origin, rid, refused(first[1]))
                    else:
                        summary.skipped += 1
                    continue
                seen[rid] = (mark, item.origin)
                todo.append((rid, item))
            former = {rid: old for rid, item in todo if (old := former_id(item.record)) is not None}
            known = store.known_ids([r for r, _ in todo] + list(former.values()))
            stored = store.stored_texts(
                [r for r, _ in todo if r in known and seen[r][0]] + list(known & set(former.values()))
            )
            for rid, item in todo:
                assert item.record is not None
                verdict = _verdict(rid, item.record, seen[rid][0], known, stored, former.get(rid))
                if verdict != NEW:
                    if verdict == STORED:
                        summary.skipped += 1
                    else:
                        fail(item.origin, item.origin, rid, verdict)
                    continue
                seq += 1
                pending[seq] = (rid, item.origin)
                if pool is None:
                    try:
                        proc = read_one(rid, item.origin, item.record, layers, exclude)
                        accept(pending, seq, proc, None)
                    except Exception as e:  # noqa: BLE001
                        accept(pending, seq, None, _reason(e))
                else:
                    while (w := pool.free()) is None:
                        _drain(pool, pending, accept, fail)
                    pool.submit(w, (seq, rid, item.origin, item.record))
                done = summary.stored + len(buffer) + summary.failed + summary.skipped
                bar.update(done, summary.stored + len(buffer), summary.failed, summary.skipped)
            flush()
        while pool is not None and pool.busy():
            _drain(pool, pending, accept, fail)
            done = summary.stored + len(buffer) + summary.failed + summary.skipped
            bar.update(done, summary.stored + len(buffer), summary.failed, summary.skipped)
        flush(force=True)
        settle_ingest(store, summary.stored)  # identities decided on the whole corpus: any order, same links
        summary.seconds = time.monotonic() - t0
        summary.unlinked = list(store.link_failures)
        _finish_run(store, run, summary)
        store.check_file()  # deleted after the last batch: the summary must not say it is stored
    finally:
        bar.close()
        if pool is not None:
            pool.close()
        store.close()
    summary.seconds = time.monotonic() - t0
    return summary


NEW, STORED = "new", "stored"


def _verdict(
    rid: str,
    record: dict[str, Any],
    mark: str | None,
    known: set[str],
    stored: dict[str, tuple[str, str]],
    former: str | None,
) -> str:
    """:data:`NEW`, :data:`STORED` (under its id, with the same text; or under its
    :func:`former_id` with its text), or why it is refused (its page URL stored with another text)."""
    if rid in known:
        got = stored.get(rid)
        if got is not None and got[1] != text_of(record) and _other_text(mark, text_id(got[1])):
            return refused(got[0])
        return STORED
    got = stored.get(former) if former else None
    return STORED if got is not None and rid == text_id(got[1]) else NEW


def _other_text(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _drain(pool: _Pool, pending: dict[int, tuple[str, str]], accept: Any, fail: Any) -> None:
    got = pool.get(timeout=0.5)
    if got is not None:
        accept(pending, *got)
    for (seq, _rid, _origin, _rec), reason in pool.reap():  # dead or past the budget
        accept(pending, seq, None, reason)


def _chunks(it: Iterator[Item], n: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for x in it:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _start_run(store: Store, paths: list[str]) -> int | None:
    from warta.corpus.store import now

    with store.transaction():
        row = store.execute(
            "INSERT INTO runs (started, paths) VALUES (?, ?) RETURNING num", (now(), "\n".join(map(str, paths)))
        ).fetchone()
    return int(row[0]) if row else None


def _finish_run(store: Store, run: int | None, s: IngestSummary) -> None:
    from warta.corpus.store import now

    if run is None:
        return
    with store.transaction():
        store.execute(
            "UPDATE runs SET finished = ?, stored = ?, skipped = ?, failed = ? WHERE num = ?",
            (now(), s.stored, s.skipped, s.failed, run),
        )
