"""WARC files read record by record with bounded memory, and with every readable record kept.

warcio (the maintained WARC library) parses each record; the framing around it is done here,
because warcio trusts ``Content-Length``: a wrong one silently swallows the records after it,
and a truncated file ends the iteration without a word. Here a record whose length does not
land on the record separator is reported and the reader resynchronises on the next
``WARC/1.x`` line; a truncated record is reported; a record larger than the limit is read
through (never held) and reported. Compressed files (``.warc.gz``, one gzip member per record
or one for all) are decompressed as a stream, so a small file that inflates to gigabytes costs
no more memory than a small one.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

_VERSION = re.compile(rb"^WARC/1\.[01]\r?\n", re.M)
_LINE_LIMIT = 64 * 1024  # a header line longer than this is not a header
_HEADER_LINES = 500
_CHUNK = 1 << 20
_READ = 64 * 1024


@dataclass(slots=True)
class WarcRecord:
    """One record: where it starts (in the uncompressed stream), its raw bytes or why not."""

    offset: int
    raw: bytes | None = None  # the whole record (headers, block, separator) for warcio
    error: str | None = None


class _Reader:
    """A byte stream with a push-back buffer and a running offset."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.buf = bytearray()
        self.offset = 0  # offset of buf[0] in the stream

    def _fill(self, n: int) -> None:
        # read1 where there is one: a gzip stream then gives what it has decompressed before
        # it meets a truncation, so the records before the damage are not lost with it
        read = getattr(self.stream, "read1", self.stream.read)
        while len(self.buf) < n:
            data = read(max(_READ, n - len(self.buf)))
            if not data:
                return
            self.buf += data

    def read(self, n: int) -> bytes:
        self._fill(n)
        out = bytes(self.buf[:n])
        del self.buf[:n]
        self.offset += len(out)
        return out

    def skip(self, n: int) -> int:
        """Read and drop ``n`` bytes in chunks; returns how many there were."""
        done = 0
        while done < n:
            got = len(self.read(min(_CHUNK, n - done)))
            if not got:
                break
            done += got
        return done

    def readline(self) -> bytes:
        while True:
            i = self.buf.find(b"\n")
            if i >= 0 or len(self.buf) >= _LINE_LIMIT:
                return self.read(i + 1 if i >= 0 else _LINE_LIMIT)
            before = len(self.buf)
            self._fill(before + 1)
            if len(self.buf) == before:
                return self.read(before)

    def unread(self, data: bytes) -> None:
        self.buf[:0] = data
        self.offset -= len(data)

    def resync(self) -> int | None:
        """Skip to the next line that starts a record; its offset, or None at the end."""
        while True:
            line = self.readline()
            if not line:
                return None
            if _VERSION.match(line):
                self.unread(line)
                return self.offset


def _open(stream: BinaryIO) -> BinaryIO:
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    return stream


def iter_records(stream: BinaryIO, max_bytes: int) -> Iterator[WarcRecord]:
    """Every record of a WARC stream, or the reason a stretch of it could not be read."""
    r = _Reader(_open(stream))
    try:
        yield from _records(r, max_bytes)
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as e:
        yield WarcRecord(r.offset, error=f"compressed data broken or truncated here ({e}); records before it kept")


def _records(r: _Reader, max_bytes: int) -> Iterator[WarcRecord]:
    while True:
        start = r.offset
        line = r.readline()
        if not line:
            return
        if not line.strip():
            continue
        if not _VERSION.match(line):
            nxt = r.resync()
            yield WarcRecord(start, error="not a WARC record here; skipped to the next one")
            if nxt is None:
                return
            continue
        head = [line]
        length: int | None = None
        while len(head) < _HEADER_LINES:
            h = r.readline()
            head.append(h)
            if not h or not h.strip():
                break
            name, _, value = h.partition(b":")
            if name.strip().lower() == b"content-length":
                try:
                    length = int(value.strip())
                except ValueError:
                    length = None
        if not head[-1] or head[-1].strip():
            yield WarcRecord(start, error="truncated WARC record (the file ends inside its headers)")
            return
        if length is None or length < 0:
            yield WarcRecord(start, error="WARC record without a valid Content-Length; skipped")
            if r.resync() is None:
                return
            continue
        if length > max_bytes:
            got = r.skip(length)
            if got < length:
                yield WarcRecord(start, error=f"truncated WARC record ({got:,} of {length:,} bytes)")
                return
            yield WarcRecord(start, error=f"record too large ({length:,} bytes; the limit is {max_bytes:,})")
            _expect_separator(r)
            continue
        block = r.read(length)
        if len(block) < length:
            yield WarcRecord(start, error=f"truncated WARC record ({len(block):,} of {length:,} bytes)")
            return
        if _expect_separator(r):
            yield WarcRecord(start, raw=b"".join(head) + block + b"\r\n\r\n")
            continue
        # the length does not land on the separator: the record is cut wrongly. Keep what
        # follows: the next record may start inside the block (length too long) or after it.
        m = _VERSION.search(block, 1)
        if m is not None:
            r.unread(block[m.start() :])
        yield WarcRecord(start, error="WARC record with a wrong Content-Length; skipped, later records kept")
        if m is None and r.resync() is None:
            return


def _expect_separator(r: _Reader) -> bool:
    sep = r.read(4)
    if sep == b"\r\n\r\n":
        return True
    if sep[:2] == b"\n\n":  # a writer that used bare newlines
        r.unread(sep[2:])
        return True
    r.unread(sep)
    return False


def parse(raw: bytes) -> Any:
    """The warcio record of one record's bytes (its payload readable with ``content_stream()``)."""
    from warcio.archiveiterator import ArchiveIterator

    return next(iter(ArchiveIterator(io.BytesIO(raw), check_digests=False)), None)
