"""Turn what a user gives (raw text or an input record) into a bare :class:`Article`."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from warta.document.model import Article
from warta.document.normalize import normalize
from warta.errors import InputError

_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_SURROGATES = re.compile("[\ud800-\udfff]")
MAX_CHARS = 10_000_000  # beyond this a "record" is not an article: refuse it clearly
IGNORED_FIELD = "field "  # how the warning of a record's field of the wrong type begins (ingest reports them)
RECORD_KEYS = ("id", "text", "html", "title", "url", "published", "outlet")


def _check_text(text: str) -> None:
    if not text.strip():
        raise InputError("empty text")
    if len(text) > MAX_CHARS:
        raise InputError(f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if not any(c.isalnum() for c in text):  # stops at the first letter: free on an article
        raise InputError("no words in the text (only punctuation or symbols)")
    sample = text[:20000]
    bad = len(_BAD_CHARS.findall(sample))
    if bad > max(8, len(sample) // 20):
        raise InputError("binary or wrongly decoded content (too many control or replacement characters)")


def no_text_reason(record: dict[str, Any]) -> str:
    """Why a record gives nothing to read, naming the record and the field, so that a user can
    find it among thousands in the errors table (an empty ``text`` is not a missing one)."""
    faults = []
    for key in ("text", "html"):
        if key not in record:
            continue
        v = record[key]
        if v is None or (isinstance(v, str) and not v.strip()):
            faults.append(f"{key!r} is empty")
        elif not isinstance(v, str):
            faults.append(f"{key!r} is {type(v).__name__}, not text")
    sid = record.get("id")
    shown = str(sid) if len(str(sid)) <= 100 else str(sid)[:100] + "…"  # a 3 MB id is not a name
    name = f"record {shown!r}" if sid not in (None, "") else "record"
    return f"{name}: {' and '.join(faults)}" if faults else f"{name} has neither 'text' nor 'html'"


def repair_text(s: str) -> str:
    """Replace lone surrogates (valid in JSON, unencodable in UTF-8) with U+FFFD.

    One code point for one, so offsets stay; without this one such character in one record
    would make every later write of the batch fail."""
    return _SURROGATES.sub("\ufffd", s) if _SURROGATES.search(s) else s


def repair_record(x: Any, depth: int = 0) -> Any:
    """:func:`repair_text` on every string of a decoded JSON value (keys too)."""
    if isinstance(x, str):
        return repair_text(x)
    if depth > 64:
        return x
    if isinstance(x, dict):
        return {repair_record(k, depth + 1): repair_record(v, depth + 1) for k, v in x.items()}
    if isinstance(x, list):
        return [repair_record(v, depth + 1) for v in x]
    return x


def _opt_str(record: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    """The text of a record's field, None when absent. A value of another type (a scraper's
    ``title`` list, a MongoDB ``published`` object) is dropped with a warning that names the
    field and keeps its value, so one bad field costs that field, not the record; a number
    for ``id`` is its text."""
    v = record.get(key)
    if v is None or v == "":
        return None
    if isinstance(v, str):
        return repair_text(v)
    if key == "id" and isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if key == "published" and isinstance(v, (datetime.date, datetime.datetime)):  # given in Python
        return v.isoformat()
    shown = _shown(json.dumps(v, ensure_ascii=False, default=repr))
    warnings.append(f"{IGNORED_FIELD}{key!r} is {json_kind(v)}, not text; ignored: {repair_text(shown)}")
    return None


SHOWN_CHARS = 200  # how much of an ignored value a warning keeps


def _shown(value: str) -> str:
    """``value`` as a warning shows it: its first :data:`SHOWN_CHARS` characters, then `…`."""
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"


_JSON_KINDS = {
    bool: "true or false",
    int: "a number",
    float: "a number",
    str: "a string",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def json_kind(v: Any) -> str:
    """``a list``, ``true or false``: a JSON value's type as a user who wrote it names it (one
    wording for the readers' reasons, the field warnings and the API's)."""
    return _JSON_KINDS.get(type(v), type(v).__name__)


_WEEKDAY = r"(?:[^\W\d_]+\s*,?\s+)?"  # `Rabu, ` before a day
_PUBLISHED_FORMS = (  # (pattern, order of its year, month, day groups)
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), (1, 2, 3)),  # ISO, with a time or not
    (re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(_WEEKDAY + r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)"), (3, 2, 1)),  # day first
    (re.compile(_WEEKDAY + r"(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(?!\d)"), (3, 2, 1)),  # 22 Oktober 2025
    (re.compile(_WEEKDAY + r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)"), (3, 1, 2)),  # October 22, 2025
)


def published_day(value: str) -> str | None:
    """The day ``YYYY-MM-DD`` of a record's ``published``: an ISO date (a time after it is
    dropped), or a day written another common way (``22/10/2025``, ``2025/10/22``, ``Rabu, 22
    Oktober 2025 10:00 WIB``, ``22 Okt 2025``, ``October 22, 2025``); None when it is no real day."""
    v = value.strip()
    for pattern, (yi, mi, di) in _PUBLISHED_FORMS:
        m = pattern.match(v)
        if m is None:
            continue
        month: str | int | None = m.group(mi)
        if isinstance(month, str) and not month.isdigit():
            from warta.dates.lexicon import calendar

            month = calendar()["months"].get(month.lower().rstrip("."))
            if month is None:
                return None
        try:
            return datetime.date(int(m.group(yi)), int(month), int(m.group(di))).isoformat()
        except (TypeError, ValueError):
            return None
    return None


def to_article(x: str | bytes | dict[str, Any]) -> Article:
    """Validate the input and build an Article holding only the text and its metadata."""
    if isinstance(x, bytes):
        try:
            x = x.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    if isinstance(x, str):
        record: dict[str, Any] = {"text": x}
    elif isinstance(x, dict):
        record = x
    else:
        raise InputError(f"expected text or a record (dict), not {type(x).__name__}")
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    text, html, title, published, rid, url, outlet = (
        _opt_str(record, key, warnings) for key in ("text", "html", "title", "published", "id", "url", "outlet")
    )
    if text is None and html is None:
        raise InputError(no_text_reason(record))
    if text is None:
        from warta.cleaning.html import extract

        assert html is not None
        _check_text(html)
        extracted = extract(html)
        text = extracted.pop("text")
        meta["source"] = "html"
        meta["html"] = {k: v for k, v in extracted.items() if v}
        title = title or extracted.get("title")
        published = published or extracted.get("date")
    _check_text(text)
    day = published_day(published) if published else None
    if published and day is None:  # kept in the warning: the record's value is not lost
        warnings.append(f"published {_shown(published)!r} is not a date; ignored")
    return Article(
        text=text,
        norm=normalize(text),
        id=rid,
        title=title,
        url=url or meta.get("html", {}).get("url"),  # the page's canonical URL
        published=day,
        outlet=outlet or meta.get("html", {}).get("sitename"),
        meta=meta,
        warnings=warnings,
    )
