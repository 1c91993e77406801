"""Events in a corpus: stored at ingest (one row per event of the `events` layer), listed with
filters, counted by type and day, and exported as PLOVER-style JSON lines or a GDELT-style
event TSV. Used by ``warta events --db …`` and ``warta stats``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import IO, Any

# GDELT's event export has one row per event with its actors, type and place; ours keeps
# the same spirit with PLOVER types (see `warta/corpus/README.md`).
TSV_COLUMNS = (
    "EVENT_ID",
    "DAY",
    "ACTOR",
    "ACTOR_TYPE",
    "RECIPIENT",
    "RECIPIENT_TYPE",
    "EVENT_TYPE",
    "MODE",
    "MUTUAL",
    "TRIGGER",
    "PLACE",
    "COUNTRY",
    "LAT",
    "LON",
    "ARTICLE_ID",
    "SOURCEURL",
    "SENTENCE",
)


@dataclass(slots=True)
class EventRow:
    id: str
    type: str
    mode: str | None
    mutual: bool
    trigger: str | None
    actor: str | None
    actor_type: str | None
    recipient: str | None
    recipient_type: str | None
    date: str | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    sentence: str
    article: str
    url: str | None
    outlet: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        """The PLOVER-style record: one event, its parties, when, where and the source."""
        d = asdict(self)
        d["place"] = (
            {"name": self.place, "country": self.country, "lat": self.lat, "lon": self.lon} if self.place else None
        )
        for k in ("country", "lat", "lon"):
            d.pop(k)
        return d


def _party(p: Any) -> tuple[str | None, int | None]:
    if isinstance(p, dict):
        return (p.get("name") or p.get("canonical") or p.get("text")), p.get("entity")
    if isinstance(p, str):
        return p, None
    return None, None


def write_events(store: Any, article: int, rec: dict[str, Any], ent_nums: list[int | None]) -> None:
    """Store the events of one record (called by the store inside the article's transaction)."""
    from warta.corpus.store import normalize_name

    evs = rec.get("events") or []
    if not evs or not _has_events(store):
        return
    ents = rec.get("entities") or []
    dates = rec.get("dates") or []
    rows = []
    for i, e in enumerate(evs):
        if not isinstance(e, dict) or not e.get("type"):
            continue
        actor, a_ent = _party(e.get("actor"))
        recip, r_ent = _party(e.get("recipient"))
        day = e.get("date_value")
        if not day and isinstance(e.get("date"), int) and 0 <= e["date"] < len(dates):
            day = dates[e["date"]].get("value")
        published = str(rec.get("published") or "")[:10] or None
        day = str(day)[:10] if day else None
        if published and (day is None or (len(day) < 10 and published.startswith(day))):
            day = published  # `tahun 2025` in an article of 2025-10-21: the article's day
        place = country = lat = lon = None
        pi = e.get("place")
        if isinstance(pi, int) and 0 <= pi < len(ents):
            pe = ents[pi]
            geo = pe.get("geo") or {}
            place, country = pe.get("canonical"), pe.get("country") or geo.get("country")
            lat, lon = _float(geo.get("lat")), _float(geo.get("lon"))
        rows.append(
            (
                article,
                i,
                str(e["type"]),
                e.get("mode"),
                1 if e.get("mutual") else 0,
                e.get("trigger"),
                actor,
                normalize_name(actor) if actor else None,
                _ent(a_ent, ent_nums),
                recip,
                normalize_name(recip) if recip else None,
                _ent(r_ent, ent_nums),
                day,
                place,
                country,
                lat,
                lon,
                e.get("text") or "",
                e.get("start"),
                e.get("end"),
            )
        )
    store.executemany(
        "INSERT INTO events (article, idx, type, mode, mutual, trig, actor, actor_norm, actor_entity, recipient, "
        "recipient_norm, recipient_entity, day, place, country, lat, lon, sentence, start_offset, end_offset) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _ent(i: Any, nums: list[int | None]) -> int | None:
    return nums[i] if isinstance(i, int) and 0 <= i < len(nums) else None


def _float(v: Any) -> float | None:
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


_SELECT = (
    "SELECT COALESCE(a.source_id, a.id), e.idx, e.type, e.mode, e.mutual, e.trig, e.actor, ae.label, e.recipient, re.label, e.day, "
    "e.place, e.country, e.lat, e.lon, e.sentence, a.url, a.outlet, a.published "
    "FROM events e JOIN articles a ON a.num = e.article "
    "LEFT JOIN entities ae ON ae.num = e.actor_entity LEFT JOIN entities re ON re.num = e.recipient_entity"
)


def find(
    store: Any,
    *,
    type: str | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[EventRow]:
    """Events in day order, filtered by type, actor or recipient (a name, its words folded as the
    store folds names: `KPK` finds `KPK`), and the day the event happened.

    A bounded request (``limit``, as the API always gives) is one query; an unbounded one is read a
    day at a time (the days first, then each day's events by the ``events_day`` index): one answer
    holding every event made ``warta events --db … --format jsonl`` grow with the corpus. ``offset``
    (a page's start) skips that many of a bounded request's events."""
    from warta.corpus.search import like_escape
    from warta.corpus.store import normalize_name

    where, params = _where(type, since, until)
    for key, name in (("actor", actor), ("recipient", recipient)):
        if name:
            where.append(
                f"(e.{key}_norm = ? OR e.{key}_norm LIKE ? ESCAPE '\\' "
                f"OR e.{key}_entity IN (SELECT num FROM entities WHERE norm = ?))"
            )
            params += [normalize_name(name), like_escape(normalize_name(name)) + " %", normalize_name(name)]
    cond = " AND ".join(where) or "1 = 1"
    if limit:
        sql = f"{_SELECT} WHERE {cond} ORDER BY e.day, a.num, e.idx LIMIT {int(limit)} OFFSET {int(offset)}"
        yield from (_event_row(r) for r in store.query(sql, params))
        return
    for (day,) in store.query(f"SELECT DISTINCT e.day FROM events e WHERE {cond} ORDER BY e.day", params):
        same = "e.day IS NULL" if day is None else "e.day = ?"
        sql = f"{_SELECT} WHERE {cond} AND {same} ORDER BY a.num, e.idx"
        yield from (_event_row(r) for r in store.query(sql, params if day is None else [*params, day]))


def _event_row(r: tuple[Any, ...]) -> EventRow:
    """One row of :data:`_SELECT` as an :class:`EventRow`."""
    return EventRow(
        id=f"{r[0]}#{r[1]}",
        type=r[2],
        mode=r[3],
        mutual=bool(r[4]),
        trigger=r[5],
        actor=r[6],
        actor_type=r[7],
        recipient=r[8],
        recipient_type=r[9],
        date=r[10],
        place=r[11],
        country=r[12],
        lat=r[13],
        lon=r[14],
        sentence=r[15],
        article=r[0],
        url=r[16],
        outlet=r[17],
        published=r[18],
    )


def _where(type: str | None, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if since:
        where.append("e.day >= ?")
        params.append(since[:10])
    if until:
        where.append("e.day <= ?")
        params.append(until[:10] if len(until) >= 10 else until + ("-12-31" if len(until) == 4 else "-31"))
    return where, params


def counts(store: Any, *, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Events by type and by day (and type), for `warta stats` and `warta events --counts`."""
    if not _has_events(store):
        return {"events": 0, "by_type": [], "by_day": []}
    where, params = _where(None, since, until)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(store.scalar("SELECT COUNT(*) FROM events e" + cond, params) or 0)
    by_type = [
        (t, int(n))
        for t, n in store.query(
            f"SELECT e.type, COUNT(*) FROM events e{cond} GROUP BY e.type ORDER BY 2 DESC, 1", params
        )
    ]
    by_day = [
        (d, t, int(n))
        for d, t, n in store.query(
            f"SELECT e.day, e.type, COUNT(*) FROM events e{cond} GROUP BY e.day, e.type ORDER BY 1, 3 DESC, 2", params
        )
    ]
    return {"events": total, "by_type": by_type, "by_day": by_day}


def _has_events(store: Any) -> bool:
    """Does the store have the events table (schema 4)? Asked once per store."""
    has = getattr(store, "_events_table", None)
    if has is None:
        try:
            has = store.version() >= 4
        except Exception:  # noqa: BLE001 - an unreadable store has no events to count
            has = False
        store._events_table = has
    return bool(has)


def stored_before(store: Any) -> int:
    """How many articles a Warta from before the events table (schema 4) stored: they have no
    events rows, and a listing that says nothing of them reads as 'no such events'.
    Articles are numbered as stored, so the first one tells in one index step whether any
    can be that old (the usual answer, asked by every /api/events call: no)."""
    first = store.scalar(
        "SELECT 1 FROM articles WHERE num = (SELECT MIN(num) FROM articles) AND ingested_at < "
        "(SELECT applied_at FROM schema_version WHERE version = 4)"
    )
    if first is None:
        return 0
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM articles WHERE ingested_at < "
            "(SELECT applied_at FROM schema_version WHERE version = 4)"
        )
        or 0
    )


def stored_before_notice(store: Any) -> str | None:
    """The one-line notice when the corpus holds articles stored before events were kept (the
    same words for ``warta events`` and ``/api/events``), else None."""
    old = stored_before(store)
    if not old:
        return None
    return (
        f"{old:,} article{'s were' if old != 1 else ' was'} stored by a Warta from before events were kept "
        f"(schema 4) and {'have' if old != 1 else 'has'} no events; ingest the records into a new store to get them"
    )


def write_jsonl(rows: Iterator[EventRow], out: IO[str]) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


# What ends a line or a field for some reader of a line-per-row file: tabs, every line break of
# str.splitlines (form feed, U+001C-U+001E, U+0085, U+2028 …), NUL (a C reader's end of string),
# and the other control characters. In a GKG or TSV cell they become spaces.
CELL_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    return " ".join(CELL_BREAKS.sub(" ", str(v)).split())  # one line, no tab, inside a cell


def write_tsv(rows: Iterator[EventRow], out: IO[str], header: bool = True) -> int:
    """The events as a tab-separated table (:data:`TSV_COLUMNS`, a header row unless told not).

    Tabs and newlines in a value become spaces, and a text cell that a spreadsheet would run as
    a formula (starting with ``= + - @``), or that starts with an apostrophe, gets one leading
    apostrophe, as in the CSV export (``warta.corpus.export.csv_value`` reads the value back).
    LAT and LON are numbers and stay as they are."""
    from warta.corpus.export import csv_cell  # (export imports the store, which imports this module)

    if header:
        out.write("\t".join(TSV_COLUMNS) + "\n")
    n = 0
    for r in rows:
        vals = (
            r.id,
            (r.date or "").replace("-", ""),
            r.actor,
            r.actor_type,
            r.recipient,
            r.recipient_type,
            r.type,
            r.mode,
            r.mutual,
            r.trigger,
            r.place,
            r.country,
            r.lat,
            r.lon,
            r.article,
            r.url,
            r.sentence,
        )
        out.write("\t".join(csv_cell(_cell(v)) if isinstance(v, str) else _cell(v) for v in vals) + "\n")
        n += 1
    return n
