"""Per-partition functions for Spark jobs: plain Python, no pyspark import.

Each runs inside ``mapPartitions``; the models load once per Python worker (module caches in
the layers), not once per record. Any exception while reading a record becomes an error row:
one poisoned record (binary, lone surrogate, 20 MB) never fails the job.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.corpus import dedup
from warta.corpus.ingest import _reason, process_record, record_id
from warta.corpus.store import CANDIDATE_LIMIT, Processed, outlet_from_url
from warta.document.input import no_text_reason
from warta.sources import Item, iter_file, parse_json

# Columns of a ``warta spark read`` row, in order (types: see warta.spark.jobs.READ_SCHEMA).
ROW_FIELDS = (
    "seq",  # input order: (file index << 40) + record index; the order dedup and load follow
    "id",  # the corpus id (warta.corpus.ingest.record_id), None when the record has no text
    "source_id",
    "origin",
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


def record_row(
    seq: int, origin: str, record: Any, layers: list[str] | None = None, exclude: Iterable[str] = ()
) -> dict[str, Any]:
    """One output row for one input record: the read record, or its error."""
    if not isinstance(record, dict):
        return error_row(seq, origin, "record is not a JSON object")
    sid = record.get("id")
    try:
        rid = record_id(record)
    except Exception as e:  # noqa: BLE001 - a poisoned record must not stop the partition
        return error_row(seq, origin, _reason(e), source_id=sid)
    if rid is None:
        return error_row(seq, origin, no_text_reason(record), source_id=sid)
    try:
        p = process_record(rid, origin, record, layers, exclude)
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
        return None, "JSON line is not an object"
    return rec, None


def read_lines(
    lines: Iterable[tuple[int, str, int, str]], layers: list[str] | None = None, exclude: Iterable[str] = ()
) -> Iterator[dict[str, Any]]:
    """JSON lines ``(file index, path, line index, line)`` → output rows (blank lines skipped)."""
    for fi, path, n, line in lines:
        if not line.strip():
            continue
        seq = (fi << SEQ_SHIFT) + n
        origin = f"{path}:{n + 1}"
        rec, err = _parse_line(line)
        yield error_row(seq, origin, err) if err else record_row(seq, origin, rec, layers, exclude)


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
) -> Iterator[dict[str, Any]]:
    """Whole files ``(file index, path, bytes)`` → output rows, one per record."""
    for fi, path, data in files:
        try:
            items = list(file_items(path, bytes(data), columns))
        except Exception as e:  # noqa: BLE001
            yield error_row(fi << SEQ_SHIFT, path, _reason(e))
            continue
        for n, item in enumerate(items):
            seq = (fi << SEQ_SHIFT) + n
            if item.error is not None or item.record is None:
                yield error_row(seq, item.origin, item.error or "no record")
            else:
                yield record_row(seq, item.origin, item.record, layers, exclude)


def read_partition(
    records: Iterable[tuple[int, str, Any]], layers: list[str] | None = None, exclude: Iterable[str] = ()
) -> Iterator[dict[str, Any]]:
    """Records already in memory ``(seq, origin, record)`` → output rows."""
    for seq, origin, rec in records:
        yield record_row(seq, origin, rec, layers, exclude)


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
