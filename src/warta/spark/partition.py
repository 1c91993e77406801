"""Per-partition functions for Spark jobs: plain Python, no pyspark import.

Each runs inside ``mapPartitions``; the models load once per Python worker (module caches in
the layers), not once per record. Any exception while reading a record becomes an error row:
one poisoned record (binary, lone surrogate, 20 MB) never fails the job. With a
``record_budget`` (``warta spark read`` gives 300 s, as ``warta ingest`` does), records are read
in a reader process forked from the Python worker (models shared, loaded once): a record still
being read after the budget has that process killed and replaced and becomes an error row, so
one pathological record does not stall its task; rows come out in input order either way.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.corpus import dedup
from warta.corpus.ingest import _reason, process_record, record_id
from warta.corpus.store import CANDIDATE_LIMIT, Processed, outlet_from_url
from warta.document.input import no_text_reason
from warta.sources import Item, iter_file, not_an_object, parse_json

# Columns of a ``warta spark read`` row, in order (types: see warta.spark.jobs.READ_SCHEMA).
ROW_FIELDS = (
    "seq",  # input order: (file index << 40) + record index; the order dedup and load follow
    "id",  # the corpus id (warta.corpus.ingest.record_id), None when the record has no text
    "source_id",
    "origin",
    "file",  # the input file the record came from (its error rows go stale when it reads fine)
    "url",
    "outlet",
    "published",
    "language",
    "n_tokens",
    "n_entities",
    "n_quotes",
    "record",  # the full record as JSON
    "text",  # the original input text (offsets point into it)
    "sig",  # MinHash signature (uint32 little-endian) of the body
    "n_shingles",
    "error",
)
SEQ_SHIFT = 40  # up to 2**40 records per file, 2**23 files


def _clean(s: Any) -> Any:
    """A string Spark can encode (lone surrogates replaced): error rows must always write."""
    if isinstance(s, str):
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            return s.encode("utf-8", "replace").decode("utf-8")
    return s


def error_row(seq: int, origin: str, reason: str, rid: str | None = None, source_id: Any = None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ROW_FIELDS)
    row.update(seq=seq, id=_clean(rid), origin=_clean(origin), error=_clean(reason))
    row["source_id"] = _clean(str(source_id)) if source_id is not None else None
    return row


def _prepare(seq: int, origin: str, record: Any) -> dict[str, Any] | str:
    """The corpus id of a record, or its error row when it has none."""
    if not isinstance(record, dict):
        return error_row(seq, origin, "record is not a JSON object")
    sid = record.get("id")
    try:
        rid = record_id(record)
    except Exception as e:  # noqa: BLE001 - a poisoned record must not stop the partition
        return error_row(seq, origin, _reason(e), source_id=sid)
    if rid is None:
        return error_row(seq, origin, no_text_reason(record), source_id=sid)
    return rid


def record_row(
    seq: int, origin: str, record: Any, layers: list[str] | None = None, exclude: Iterable[str] = ()
) -> dict[str, Any]:
    """One output row for one input record: the read record, or its error (read in this process)."""
    rid = _prepare(seq, origin, record)
    if isinstance(rid, dict):
        return rid
    try:
        p = process_record(rid, origin, record, layers, exclude)
    except Exception as e:  # noqa: BLE001 - treat any failure of one record as its error row
        return error_row(seq, origin, _reason(e), rid, record.get("id"))
    return _processed_row(seq, origin, rid, record.get("id"), p)


def _processed_row(seq: int, origin: str, rid: str, sid: Any, p: Processed) -> dict[str, Any]:
    """The output row of a record read into ``p``."""
    try:
        rec = p.record
        doc = json.dumps(rec, ensure_ascii=False)
        doc.encode("utf-8")  # a lone surrogate that reached the record fails here, not in Spark
        if p.text is not None:
            p.text.encode("utf-8")
        lang = rec.get("language") or {}
        return {
            "seq": seq,
            "id": rid,
            "source_id": p.source_id,
            "origin": origin,
            "file": None,  # set by the reader that knows it (read_lines, read_files)
            "url": rec.get("url"),
            "outlet": rec.get("outlet") or outlet_from_url(rec.get("url")),
            "published": rec.get("published"),
            "language": (lang.get("code") or lang.get("language")) if isinstance(lang, dict) else None,
            "n_tokens": rec.get("token_count"),
            "n_entities": len(rec.get("entities") or []),
            "n_quotes": len(rec.get("quotes") or []),
            "record": doc,
            "text": p.text,
            "sig": p.sig,
            "n_shingles": p.n_shingles,
            "error": None,
        }
    except Exception as e:  # noqa: BLE001 - treat any failure of one record as its error row
        return error_row(seq, origin, _reason(e), rid, sid)


def _rows(
    tasks: Iterable[tuple[int, str, Any]],
    layers: list[str] | None,
    exclude: Iterable[str],
    budget: float | None,
) -> Iterator[dict[str, Any]]:
    """``(seq, origin, record, or an error row)`` → output rows in input order; with a ``budget``,
    records are read in a reader process that is killed and replaced past it (see the module)."""
    exclude = list(exclude)
    if budget is None:
        for seq, origin, rec in tasks:
            yield dict(rec) if _is_row(rec) else record_row(seq, origin, rec, layers, exclude)
        return
    from warta.corpus.ingest import _Pool, start_pool

    pool: _Pool | None = None
    order: deque[int] = deque()  # seqs in input order, waiting for their rows
    done: dict[int, dict[str, Any]] = {}
    held: dict[int, tuple[str, str, Any]] = {}  # seq → (origin, id, source id) of records in the pool

    def finish(seq: int, p: Processed | None, err: str | None) -> None:
        origin, rid, sid = held.pop(seq)
        done[seq] = (
            _processed_row(seq, origin, rid, sid, p)
            if p is not None
            else error_row(seq, origin, err or "unknown error", rid, sid)
        )

    def collect() -> None:
        assert pool is not None
        got = pool.get(timeout=0.5)
        if got is not None and got[0] in held:
            finish(*got)
        for task, reason in pool.reap():  # died, or past the budget
            finish(task[0], None, reason)

    try:
        for seq, origin, rec in tasks:
            order.append(seq)
            row = dict(rec) if _is_row(rec) else _prepare(seq, origin, rec)
            if isinstance(row, dict):
                done[seq] = row
            else:
                if pool is None:
                    pool = start_pool(1, layers, exclude, budget)
                while pool.free() is None:
                    collect()
                held[seq] = (origin, row, rec.get("id"))
                pool.submit(0, (seq, row, origin, rec))
            while order and order[0] in done:
                yield done.pop(order.popleft())
        while held:
            collect()
            while order and order[0] in done:
                yield done.pop(order.popleft())
        while order:
            yield done.pop(order.popleft())
    finally:
        if pool is not None:
            pool.close()


def _is_row(x: Any) -> bool:
    """An error row made before reading (a line that is no JSON object, an unreadable file)."""
    return isinstance(x, _ErrorRow)


class _ErrorRow(dict):  # type: ignore[type-arg]
    """An output row passed through :func:`_rows` as it is."""


def _parse_line(line: str | bytes) -> tuple[dict[str, Any] | None, str | None]:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, "line is not UTF-8 text"
    rec, err = parse_json(line.lstrip("\ufeff"))  # as `warta ingest` reads a line: surrogates repaired
    if err:
        return None, err.replace(" (line 1)", "")
    if not isinstance(rec, dict):
        return None, not_an_object(rec)
    return rec, None


def read_lines(
    lines: Iterable[tuple[int, str, int, str]],
    layers: list[str] | None = None,
    exclude: Iterable[str] = (),
    record_budget: float | None = None,
) -> Iterator[dict[str, Any]]:
    """JSON lines ``(file index, path, line index, line)`` → output rows (blank lines skipped)."""

    files: dict[int, str] = {}

    def tasks() -> Iterator[tuple[int, str, Any]]:
        for fi, path, n, line in lines:
            if not line.strip():
                continue
            files[fi] = path
            seq = (fi << SEQ_SHIFT) + n
            origin = f"{path}:{n + 1}"
            rec, err = _parse_line(line)
            yield seq, origin, _ErrorRow(error_row(seq, origin, err)) if err else rec

    return _with_file(_rows(tasks(), layers, exclude, record_budget), files)


def _with_file(rows: Iterator[dict[str, Any]], files: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Rows with the file each came from (``files``: file index → path, filled as the reader
    meets each file, before its rows come out): a row's file is said, never read off its origin."""
    for row in rows:
        row["file"] = files.get(row["seq"] >> SEQ_SHIFT)
        yield row


def file_items(path: str, data: bytes, columns: dict[str, str] | None = None) -> Iterator[Item]:
    """The records of one whole file given as bytes, read by :func:`warta.sources.iter_file`
    (the same readers as ``warta ingest``: JSON, CSV/TSV, Parquet, WARC, text, HTML)."""
    name = path.rstrip("/").rsplit("/", 1)[-1] or "input"
    fd, tmp = tempfile.mkstemp(suffix="-" + name[-80:])
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        for item in iter_file(Path(tmp), columns):
            origin = item.origin.replace(tmp, path, 1)
            yield Item(origin, record=item.record, error=item.error)
    finally:
        os.unlink(tmp)


def read_files(
    files: Iterable[tuple[int, str, bytes]],
    columns: dict[str, str] | None = None,
    layers: list[str] | None = None,
    exclude: Iterable[str] = (),
    record_budget: float | None = None,
) -> Iterator[dict[str, Any]]:
    """Whole files ``(file index, path, bytes)`` → output rows, one per record."""

    paths: dict[int, str] = {}

    def tasks() -> Iterator[tuple[int, str, Any]]:
        for fi, path, data in files:
            paths[fi] = path
            try:
                items = list(file_items(path, bytes(data), columns))
            except Exception as e:  # noqa: BLE001
                yield fi << SEQ_SHIFT, path, _ErrorRow(error_row(fi << SEQ_SHIFT, path, _reason(e)))
                continue
            for n, item in enumerate(items):
                seq = (fi << SEQ_SHIFT) + n
                if item.error is not None or item.record is None:
                    yield seq, item.origin, _ErrorRow(error_row(seq, item.origin, item.error or "no record"))
                else:
                    yield seq, item.origin, item.record

    return _with_file(_rows(tasks(), layers, exclude, record_budget), paths)


def read_partition(
    records: Iterable[tuple[int, str, Any]],
    layers: list[str] | None = None,
    exclude: Iterable[str] = (),
    record_budget: float | None = None,
) -> Iterator[dict[str, Any]]:
    """Records already in memory ``(seq, origin, record)`` → output rows."""
    return _rows(records, layers, exclude, record_budget)


# -- near-duplicates ---------------------------------------------------------------------
def band_rows(rows: Iterable[tuple[int, str, bytes, int]]) -> Iterator[tuple[int, int]]:
    """``(seq, id, sig, n_shingles)`` → ``(band key, seq)``, each distinct key once per article."""
    for seq, _rid, sig, n in rows:
        for key in set(dedup.band_keys(dedup.Signature.from_bytes(sig, n))):
            yield key, seq


def verify_candidates(
    groups: Iterable[tuple[int, bytes, int, Iterable[tuple[int, str, bytes, int, int]]]],
) -> Iterator[tuple[int, int, str, float]]:
    """For each later article ``(seq, sig, n_shingles, [(earlier seq, id, sig, n, hits)…])``:
    its best verified earlier match ``(seq, dup_of seq, dup_of id, score)``.

    The store's rule exactly: the :data:`CANDIDATE_LIMIT` candidates with most shared bands
    (then earliest), each verified; best score wins, ties to the smaller id."""
    for seq, sig_b, n_b, cands in groups:
        me = dedup.Signature.from_bytes(sig_b, n_b)
        ranked = sorted(cands, key=lambda c: (-c[4], c[0]))[:CANDIDATE_LIMIT]
        best: tuple[float, str, int] | None = None
        for s_a, aid, sig_a, n_a, _hits in ranked:
            score = dedup.match_score(me, dedup.Signature.from_bytes(sig_a, n_a))
            if score is not None and (best is None or score > best[0] or (score == best[0] and aid < best[1])):
                best = (score, aid, s_a)
        if best is not None:
            yield seq, best[2], best[1], best[0]


# -- loading -----------------------------------------------------------------------------
def to_processed(row: dict[str, Any], dup: tuple[str, str | None, float | None] | None = None) -> Processed:
    """A read row back to what the store writes (the same object ``warta ingest`` writes);
    ``dup`` = ``(group, dup_of, score)`` from ``warta spark dedup``, else the store finds it.

    Raises ValueError for a damaged row (its record not a JSON object, a signature of the wrong size)."""
    sig = row.get("sig")
    record = json.loads(row["record"])  # JSONDecodeError is a ValueError
    if not isinstance(record, dict):
        raise ValueError(f"record is a JSON {type(record).__name__}, not an object")
    if sig is not None and len(sig) != 4 * dedup.NUM_PERM:
        raise ValueError(f"signature of {len(sig)} bytes, not {4 * dedup.NUM_PERM}")
    return Processed(
        id=row["id"],
        origin=row["origin"],
        source_id=row.get("source_id"),
        record=record,
        text=row.get("text"),
        sig=bytes(sig) if sig is not None else None,
        n_shingles=int(row.get("n_shingles") or 0),
        dup=dup,
    )
