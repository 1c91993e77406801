"""Where records come from: files and folders of articles, read lazily one record at a time.

Each item is a :class:`Item`: either a record (dict) or the reason it could not be read,
with where it came from, so a batch reports a broken line and goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
CSV_SUFFIXES = {".csv", ".tsv"}
PARQUET_SUFFIXES = {".parquet"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
# Archives are not read, but a folder lists them so that each is reported rather than skipped unseen.
ARCHIVE_SUFFIXES = {".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar"}
FOLDER_SUFFIXES = (
    {".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz"}
    | CSV_SUFFIXES
    | PARQUET_SUFFIXES
    | WARC_SUFFIXES
    | ARCHIVE_SUFFIXES
)
BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")  # a UTF-16 file opens with one (or none: utf16_codec)
UTF16_SAMPLE = 4096  # bytes of a file's opening that :func:`utf16_codec` judges

# Record fields and the column names a CSV/Parquet file commonly uses for them (first match wins).
# A ``columns`` mapping ({"text": "isi_berita", ...}) overrides these.
FIELDS = ("id", "text", "html", "title", "url", "published", "outlet")
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "uid"),
    "text": ("text", "content", "body", "article", "isi", "konten", "artikel", "isi_berita"),
    "html": ("html", "raw_html", "page"),
    "title": ("title", "judul", "headline"),
    "url": ("url", "link", "source_url", "href"),
    "published": ("published", "date", "tanggal", "published_at", "publish_date", "datetime", "pubdate"),
    "outlet": ("outlet", "source", "media", "sitename", "publisher", "portal"),
}


# One record's raw bytes (a page, a line, a field) beyond which it is refused unread: the text
# limit (warta.document.input.MAX_CHARS) with room for markup. Checked before reading, so a
# huge or decompressing-bomb input costs neither the memory nor the time to read it whole.
MAX_RECORD_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20
UNDECODED = re.compile("[\udc80-\udcff]")  # bytes that did not decode, kept by surrogateescape


def _too_big(n: int | None = None) -> str:
    size = f" ({n:,} bytes)" if n is not None else ""
    return f"record too large{size}; the limit is {MAX_RECORD_BYTES:,} bytes"


@dataclass(slots=True)
class Item:
    origin: str  # "path" or "path:line"
    record: dict[str, Any] | None = None
    error: str | None = None
    # the file it was read from, as its whole-file error rows are keyed (None: not from a file);
    # said by the reader, never read off the origin, where `x:12` may be a file's own name
    file: str | None = None


def parse_json(text: str | bytes) -> tuple[Any, str | None]:
    """Decode one JSON value; (value, None) or (None, one-line reason). Never raises.

    Lone surrogates (valid JSON, unencodable text) are repaired here, at the door, so no
    later write of the batch can fail on them; nesting too deep for the parser is a reason."""
    from warta.document.input import repair_record

    try:
        return repair_record(json.loads(text)), None
    except UnicodeDecodeError:
        return None, "not UTF-8 text"
    except json.JSONDecodeError as e:
        return None, f"invalid JSON: {e.msg} (line {e.lineno})"
    except RecursionError:
        return None, "invalid JSON: nested too deeply"
    except ValueError as e:  # a number Python refuses to convert (over 4,300 digits)
        return None, f"invalid JSON: {str(e).split(';')[0]}"


def not_an_object(value: Any, what: str = "JSON line") -> str:
    """Why a JSON value is no record, saying what it is (a list of records on one line is a
    common slip: each record goes on its own line)."""
    from warta.document.input import json_kind

    kind = json_kind(value)
    hint = "; give one record object per line" if isinstance(value, list) and what == "JSON line" else ""
    return f"{what} is not an object ({kind}){hint}"


def _read_text(path: Path, html: bool = False) -> str:
    size = path.stat().st_size
    if size > MAX_RECORD_BYTES:
        raise ValueError(_too_big(size))
    return decode_file(path.read_bytes(), html)


def utf16_codec(head: bytes) -> str | None:
    """The UTF-16 codec a file's opening shows, else None: ``utf-16`` after a byte-order mark (it
    gives the order and is dropped); ``utf-16-le`` or ``utf-16-be`` without one when nearly every
    other byte is NUL and the bytes between are not, as Latin-script text saved so looks (some
    Windows exporters write no mark; such a file was refused as binary). UTF-8 text has no such
    pattern of NULs, so no other file is taken for UTF-16."""
    if head.startswith(BOMS_UTF16):
        return "utf-16"
    sample = head[:UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    high_first, high_second = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if high_second >= 0.6 * pairs and high_first <= pairs // 100:
        return "utf-16-le"
    if high_first >= 0.6 * pairs and high_second <= pairs // 100:
        return "utf-16-be"
    return None


def decode_file(data: bytes, html: bool = False) -> str:
    """A whole file's text: UTF-8 (a BOM dropped), UTF-16 (:func:`utf16_codec`), or for an HTML
    page the charset its ``<meta>`` declares; else ValueError with a one-line reason (an
    undeclared 8-bit encoding is not guessed; a zip or gzip file is named as one)."""
    if codec := utf16_codec(data):
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            raise ValueError(f"not UTF-16 text ({e.reason} at byte {e.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if why := packed(data[:4]):
            raise ValueError(why) from None
        charset = _declared_charset(data) if html else None
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                raise ValueError(f"neither UTF-8 nor {charset} text, as its <meta> declares") from None
        raise ValueError(f"not UTF-8 text ({e.reason} at byte {e.start})") from None


def packed(head: bytes) -> str | None:
    """Why a file that opens with ``head`` is not read as text: a zip archive or gzip data (named
    as what they are, not as a page of undecodable lines), else None. Also judged by
    warta.spark.jobs for a .jsonl, which Spark would split into lines."""
    if head.startswith(b"PK\x03\x04"):
        return "a zip archive: unpack it first (files inside an archive are not read)"
    if head.startswith(b"\x1f\x8b"):
        return "gzip-compressed: decompress it first (only .jsonl.gz and .warc.gz are read as such)"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = re.search(r"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096].decode("ascii", "replace"), re.I)
    return m.group(1) if m else None


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


NO_RECORDS = "holds no records (the file is empty, has only blank lines, or is an empty list)"
NOT_REGULAR = "not a regular file (a pipe, device or socket); not read"
BROKEN_LINK = "a link to nothing (broken symbolic link); not read"


def iter_file(path: Path, columns: dict[str, str] | None = None) -> Iterator[Item]:
    """Yield the records of one file, chosen by its suffix.

    ``columns`` maps record fields to CSV/Parquet column names (see :data:`COLUMN_ALIASES`).
    A file that gives nothing at all (an empty .jsonl, a .json ``[]``, a Parquet file of no
    rows) is one error item saying so: a batch of it must not look like a success."""
    given = False
    for item in _iter_file(path, columns):
        given = True
        yield item
    if not given:
        yield Item(str(path), error=NO_RECORDS)


def _iter_file(path: Path, columns: dict[str, str] | None = None) -> Iterator[Item]:
    suffix = _suffix(path)
    origin = str(path)
    if suffix in CSV_SUFFIXES:
        yield from _iter_csv(path, columns)
        return
    if suffix in PARQUET_SUFFIXES:
        yield from _iter_parquet(path, columns)
        return
    if suffix in WARC_SUFFIXES:
        yield from _iter_warc(path)
        return
    if suffix in ARCHIVE_SUFFIXES:  # never read whole: an archive may be gigabytes
        kind = "a zip archive" if suffix == ".zip" else f"an archive ({suffix})"
        yield Item(origin, error=f"{kind}: unpack it first (files inside an archive are not read)")
        return
    try:
        if suffix in (".jsonl", ".jsonl.gz"):
            yield from _iter_jsonl(path, gz=suffix == ".jsonl.gz")
            return
        text = _read_text(path, html=suffix in HTML_SUFFIXES)
    except (OSError, ValueError) as e:
        yield Item(origin, error=str(e))
        return
    if suffix == ".json":
        rec, err = parse_json(text)
        if err:
            yield Item(origin, error=err)
            return
        recs = rec if isinstance(rec, list) else [rec]
        for i, r in enumerate(recs):
            o = origin if len(recs) == 1 else f"{origin}:{i + 1}"
            yield Item(o, record=r) if isinstance(r, dict) else Item(o, error=not_an_object(r, "JSON value"))
    elif suffix in HTML_SUFFIXES:
        yield Item(origin, record={"id": path.stem, "html": text})
    else:
        yield Item(origin, record={"id": path.stem, "text": text})


def _lines(f: Any) -> Iterator[bytes | None]:
    """The lines of a binary file, each read with a bound: a line over the limit is skipped
    (read through in chunks, never held whole) and yielded as None."""
    while True:
        raw = f.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            while True:
                rest = f.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


def _text_lines(f: Any) -> Iterator[str | None]:
    """:func:`_lines` for a text stream (a UTF-16 file decoded as it is read)."""
    limit = MAX_RECORD_BYTES // 2  # characters of two bytes each
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:
                rest = f.readline(_CHUNK)
                if not rest or rest.endswith("\n"):
                    break
            yield None
            continue
        yield line


def _iter_jsonl(path: Path, gz: bool = False) -> Iterator[Item]:
    """JSON lines, UTF-8 (or UTF-16, :func:`utf16_codec`), gzip-compressed when ``gz``."""
    with path.open("rb") as raw_file:
        magic = raw_file.peek(4)[:4]
        if not gz and (why := packed(magic)):
            yield Item(str(path), error=why)
            return
        f: Any = gzip.GzipFile(fileobj=raw_file, mode="rb") if gz else raw_file
        try:
            head = f.peek(UTF16_SAMPLE)[:UTF16_SAMPLE]
        except (OSError, EOFError, zlib.error) as e:
            if not gz:
                why = f"unreadable ({e})"
            elif magic.startswith(b"\x1f\x8b"):
                why = f"compressed data damaged or cut short in its first block ({e}); nothing read"
            else:
                why = f"not gzip data ({e})"
            yield Item(str(path), error=why)
            return
        codec = utf16_codec(head)
        lines: Iterator[Any] = (
            _text_lines(io.TextIOWrapper(f, encoding=codec, errors="surrogatepass", newline="")) if codec else _lines(f)
        )
        n = 0
        try:
            for n, raw in enumerate(lines, 1):
                item = _jsonl_item(f"{path}:{n}", raw)
                if item is not None:
                    yield item
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
            what = "not UTF-16 text" if isinstance(e, UnicodeDecodeError) else "compressed data damaged or cut short"
            yield Item(f"{path}:{n + 1}", error=f"{what} from here on ({e}); the lines before are kept")


def _jsonl_item(origin: str, raw: bytes | str | None) -> Item | None:
    """One line of a JSON lines file: its record, its error, or None when it is blank."""
    if raw is None:
        return Item(origin, error=_too_big())
    if not raw.strip():
        return None
    if isinstance(raw, str):
        line = raw.lstrip("\ufeff")
    else:
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return Item(origin, error="line is not UTF-8 text")
    rec, err = parse_json(line)
    if err:
        return Item(origin, error=err.replace(" (line 1)", ""))
    if not isinstance(rec, dict):
        return Item(origin, error=not_an_object(rec))
    return Item(origin, record=rec)


def iter_stream(f: Any, name: str = "-") -> Iterator[Item]:
    """Records from a binary stream (standard input) read with a bound: what fits in one
    record's limit is taken as :func:`iter_stdin` takes it; a longer stream is read as JSON lines,
    one bounded line at a time, and anything else that long is refused."""
    head = f.read(MAX_RECORD_BYTES + 1)
    if len(head) <= MAX_RECORD_BYTES:
        yield from iter_stdin(head, name)
        return
    if not head.lstrip().startswith(b"{"):
        yield Item(name, error=_too_big() + " (give many records as JSON lines)")
        return
    import io

    class _Joined(io.RawIOBase):  # the bytes already read, then the rest of the stream
        def __init__(self) -> None:
            self.parts = [io.BytesIO(head), f]

        def readable(self) -> bool:
            return True

        def readinto(self, b: Any) -> int:
            while self.parts:
                n = self.parts[0].readinto(b) if hasattr(self.parts[0], "readinto") else 0
                if n:
                    return n
                self.parts.pop(0)
            return 0

    stream = io.BufferedReader(_Joined(), buffer_size=_CHUNK)
    for n, raw in enumerate(_lines(stream), 1):
        origin = f"{name}:{n}"
        if raw is None:
            yield Item(origin, error=_too_big())
        elif raw.strip():
            rec, err = parse_json(raw)
            if err:
                yield Item(origin, error=err.replace(" (line 1)", ""))
            elif not isinstance(rec, dict):
                yield Item(origin, error=not_an_object(rec))
            else:
                yield Item(origin, record=rec)


def iter_stdin(data: bytes, name: str = "-") -> Iterator[Item]:
    """Standard input: JSON lines when every line is an object, one JSON record, else raw text."""
    try:
        text = decode_file(data)  # as a file is decoded: a pipe from a Windows tool may be UTF-16
    except ValueError as e:
        yield Item(name, error=str(e))
        return
    stripped = text.strip()
    if stripped.startswith("{"):
        rec, err = parse_json(stripped)
        if err is None:
            yield (
                Item(name, record=rec) if isinstance(rec, dict) else Item(name, error=not_an_object(rec, "JSON value"))
            )
            return
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if all(ln.lstrip().startswith("{") for ln in lines):
            for n, ln in enumerate(text.splitlines(), 1):
                if not ln.strip():
                    continue
                rec, err = parse_json(ln)
                if err:
                    yield Item(f"{name}:{n}", error=err.replace(" (line 1)", ""))
                elif not isinstance(rec, dict):
                    yield Item(f"{name}:{n}", error=not_an_object(rec))
                else:
                    yield Item(f"{name}:{n}", record=rec)
            return
    if stripped.lower().startswith(("<!doctype html", "<html")):
        yield Item(name, record={"html": text})
    else:
        yield Item(name, record={"text": text})


def iter_paths(paths: list[str], columns: dict[str, str] | None = None) -> Iterator[Item]:
    """Yield records from files and folders (folders: their .txt/.html/.json/.jsonl, .csv,
    .parquet and .warc files, sorted; an archive among them is one reported error)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            # a pipe or a broken link named like a record file is reported, as when given by name
            files = sorted(f for f in path.rglob("*") if _suffix(f) in FOLDER_SUFFIXES and not f.is_dir())
            if not files:
                yield Item(
                    str(path), error="folder holds no .txt, .html, .json or .jsonl files (nor .csv, .parquet, .warc)"
                )
            for f in files:
                yield from _path_items(f, columns)
        else:
            yield from _path_items(path, columns)


def _path_items(path: Path, columns: dict[str, str] | None) -> Iterator[Item]:
    """The items of one path that is no folder: its records, or why it is not read."""
    if path.is_file():
        items: Iterable[Item] = iter_file(path, columns)
    elif path.exists():  # reading a FIFO or a device would block or never end
        items = [Item(str(path), error=NOT_REGULAR)]
    elif path.is_symlink():
        items = [Item(str(path), error=BROKEN_LINK)]
    else:
        items = [Item(str(path), error="no such file or folder")]
    for item in items:
        item = _shown(item)
        item.file = escape_undecoded(str(path))
        yield item


def _shown(item: Item) -> Item:
    """The item with a file name's bytes that are not UTF-8 (lone surrogates from the file
    system) written as escapes (``\\xff``) in its origin and id: a store, a terminal or a JSON
    line can write those, and they still say which file it was."""
    item.origin = escape_undecoded(item.origin)
    rid = item.record.get("id") if item.record is not None else None
    if isinstance(rid, str) and UNDECODED.search(rid):
        item.record["id"] = escape_undecoded(rid)  # type: ignore[index]
    return item


def escape_undecoded(s: str) -> str:
    """``s`` with the bytes :data:`UNDECODED` marks written as escapes (``\\xff``); the same text
    when it has none. Shared with warta.spark.jobs, which names such a file in its error row."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if UNDECODED.search(s) else s


def resolve_columns(available: list[str], columns: dict[str, str] | None) -> dict[str, str]:
    """Map record fields to the file's columns: the explicit mapping first, then aliases.

    Raises ValueError (one line, naming the columns there are) when a mapped column is
    missing or no column holds the text."""
    lower = {c.lower().strip(): c for c in available}
    out: dict[str, str] = {}
    for field_name, col in (columns or {}).items():
        if field_name not in FIELDS:
            raise ValueError(f"unknown field {field_name!r} in the column mapping (fields: {', '.join(FIELDS)})")
        real = col if col in available else lower.get(col.lower().strip())
        if real is None:
            raise ValueError(f"no column {col!r} (mapped to {field_name}); columns: {', '.join(available) or 'none'}")
        out[field_name] = real
    for field_name, aliases in COLUMN_ALIASES.items():
        if field_name in out:
            continue
        for a in aliases:
            if a in lower and lower[a] not in out.values():
                out[field_name] = lower[a]
                break
    if "text" not in out and "html" not in out:
        raise ValueError(
            "no text column (looked for " + ", ".join(COLUMN_ALIASES["text"]) + "; map one with --column text=NAME); "
            f"columns: {', '.join(available) or 'none'}"
        )
    return out


def _row_record(row: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    rec: dict[str, Any] = {}
    for field_name, col in mapping.items():
        v = row.get(col)
        if v is None or (isinstance(v, str) and not v.strip() and field_name not in ("text", "html")):
            continue
        if field_name == "published" and not isinstance(v, str):
            v = v.isoformat() if hasattr(v, "isoformat") else str(v)
        elif field_name == "id" and not isinstance(v, str):
            v = str(v)
        rec[field_name] = v
    return rec


def _iter_csv(path: Path, columns: dict[str, str] | None) -> Iterator[Item]:
    import csv

    origin = str(path)
    csv.field_size_limit(MAX_RECORD_BYTES)  # a bigger cell is a csv.Error for its row, not a read
    try:
        # undecodable bytes become lone surrogates, so one bad row is reported, not the file
        fh = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as e:
        yield Item(origin, error=str(e))
        return
    with fh:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _csv_delimiter(csv, fh)
        yield from _csv_rows(csv, fh, origin, delimiter, columns)


def _csv_delimiter(csv: Any, fh: Any) -> str:
    """',' — or ';' when the header splits on semicolons and not on commas: what a spreadsheet
    writes in locales whose decimal mark is the comma (Indonesian among them). Reads the first
    non-blank line (at most 1 MB) and rewinds."""
    try:
        line = ""
        while not line.strip():
            line = fh.readline(1 << 20)
            if not line:
                break
    except UnicodeDecodeError:
        line = ""
    fh.seek(0)
    try:
        by_comma, by_semicolon = (next(csv.reader([line], delimiter=d), []) for d in ",;")
    except csv.Error:
        return ","
    return ";" if len(by_comma) == 1 and len(by_semicolon) > 1 else ","


def _csv_rows(csv: Any, fh: Any, origin: str, delimiter: str, columns: dict[str, str] | None) -> Iterator[Item]:
    """The rows of an open CSV file, streamed (never the whole file in memory)."""
    reader = csv.reader(fh, delimiter=delimiter)
    try:
        header = next(reader)
        while not any(c.strip() for c in header):  # blank lines before the header
            header = next(reader)
    except StopIteration:
        yield Item(origin, error="CSV file is empty (no header row)")
        return
    except UnicodeDecodeError as e:
        yield Item(origin, error=f"not UTF-8 text ({e.reason} at byte {e.start})")
        return
    except csv.Error as e:
        yield Item(origin, error=f"unreadable CSV header: {e}")
        return
    try:
        mapping = resolve_columns(header, columns)
    except ValueError as e:
        yield Item(origin, error=f"CSV {e}{_delimiter_hint(header, delimiter)}")
        return
    index = {c: i for i, c in enumerate(header)}
    rows = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            if not rows:
                yield Item(origin, error="CSV file has a header row and no records")
            return
        except UnicodeDecodeError as e:
            yield Item(f"{origin}:{line}", error=f"not UTF-8 text from here on ({e.reason}); the rows before are kept")
            return
        except csv.Error as e:
            yield Item(f"{origin}:{line}", error=f"unreadable CSV row: {e}")
            continue
        if not any(c.strip() for c in cells):
            continue
        rows += 1
        if any(UNDECODED.search(c) for c in cells):
            yield Item(f"{origin}:{line}", error="row is not UTF-8 text")
            continue
        if len(cells) < len(header):
            yield Item(f"{origin}:{line}", error=f"CSV row has {len(cells)} cells, the header has {len(header)}")
            continue
        row = {c: cells[i] for c, i in index.items()}
        yield Item(f"{origin}:{line}", record=_row_record(row, mapping))


def _delimiter_hint(header: list[str], delimiter: str) -> str:
    """A header read as one column that another separator splits (a spreadsheet's ';' CSV):
    say so, since the columns it lists look like one name."""
    if len(header) != 1:
        return ""
    for sep, name in ((";", "';'"), ("\t", "tabs"), ("|", "'|'"), (",", "','")):
        if sep != delimiter and sep in header[0]:
            want = "name it .tsv to read it tab-separated" if sep == "\t" else "convert it to commas"
            read_as = "tab" if delimiter == "\t" else "comma"
            return f" (the header looks separated by {name}, but the file is read {read_as}-separated; {want})"
    return ""


def _iter_parquet(path: Path, columns: dict[str, str] | None) -> Iterator[Item]:
    origin = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Item(origin, error="reading .parquet needs pyarrow (pip install pyarrow)")
        return
    try:
        pf = pq.ParquetFile(path)
        names = list(pf.schema_arrow.names)
    except Exception as e:  # noqa: BLE001 - pyarrow raises many kinds for broken files (some ValueErrors)
        yield Item(origin, error=f"not a readable Parquet file ({type(e).__name__}: {' '.join(str(e).split())})")
        return
    try:
        mapping = resolve_columns(names, columns)
    except ValueError as e:
        yield Item(origin, error=f"Parquet {e}")
        return
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=512, columns=sorted(set(mapping.values()))):
            for row in batch.to_pylist():
                n += 1
                yield Item(f"{origin}:{n}", record=_row_record(row, mapping))
    except Exception as e:  # noqa: BLE001
        yield Item(
            f"{origin}:{n + 1}", error=f"unreadable Parquet data ({type(e).__name__}: {' '.join(str(e).split())})"
        )


def _decode_html(payload: bytes, content_type: str) -> str:
    m = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    charset = m.group(1) if m else _declared_charset(payload)
    for enc in ([charset] if charset else []) + ["utf-8", "cp1252"]:
        try:
            return payload.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def _iter_warc(path: Path) -> Iterator[Item]:
    """HTML responses (and text resources) of a WARC file; other captures are not articles.

    Records are framed by :mod:`warta.sources.warc` (bounded memory; a broken record is
    reported and the records after it kept) and parsed by warcio."""
    origin = str(path)
    try:
        import warcio  # noqa: F401
    except ImportError:
        yield Item(origin, error="reading WARC files needs warcio (pip install warcio)")
        return
    if _suffix(path) in (".arc", ".arc.gz"):
        yield from _iter_arc(path)
        return
    from warta.sources import warc

    found = 0
    try:
        with path.open("rb") as f:
            for rec in warc.iter_records(f, MAX_RECORD_BYTES):
                o = f"{origin}@{rec.offset}"
                if rec.error:
                    found += 1
                    yield Item(o, error=rec.error)
                    continue
                try:
                    item = _warc_item(warc.parse(rec.raw or b""), o)
                except Exception as e:  # noqa: BLE001 - warcio raises many kinds for a broken record
                    item = Item(o, error=f"unreadable WARC record ({type(e).__name__}: {e})")
                if item is not None:
                    found += 1
                    yield item
    except OSError as e:
        yield Item(origin, error=f"cannot read {origin}: {e.strerror or e}")
        return
    if not found:
        yield Item(origin, error="WARC file holds no HTML or text captures")


def _warc_item(rec: Any, origin: str) -> Item | None:
    """The record of an HTML or text capture, or None for any other capture."""
    if rec is None or rec.rec_type not in ("response", "resource"):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    if rec.rec_type == "response":
        if not rec.http_headers or not (rec.http_headers.get_statuscode() or "").startswith("2"):
            return None
        ctype = rec.http_headers.get_header("Content-Type") or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
        return None
    payload = rec.content_stream().read(MAX_RECORD_BYTES + 1)  # decoded (gzip/chunked): bounded too
    if len(payload) > MAX_RECORD_BYTES:
        return Item(origin, error=_too_big())
    key = "html" if "html" in ctype.lower() else "text"
    return Item(origin, record={key: _decode_html(payload, ctype), "url": url})


def _iter_arc(path: Path) -> Iterator[Item]:
    """Old ARC files: warcio's own iteration (they have no WARC framing to check)."""
    from warcio.archiveiterator import ArchiveIterator

    origin = str(path)
    found = 0
    try:
        with path.open("rb") as f:
            it = ArchiveIterator(f, arc2warc=True)
            for rec in it:
                item = _warc_item(rec, f"{origin}@{it.get_record_offset()}")
                if item is not None:
                    found += 1
                    yield item
    except Exception as e:  # noqa: BLE001 - warcio raises many kinds for broken archives
        yield Item(origin, error=f"not a readable ARC file ({type(e).__name__}: {e})")
        return
    if not found:
        yield Item(origin, error="ARC file holds no HTML or text captures")
