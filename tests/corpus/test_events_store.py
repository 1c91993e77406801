"""Events stored at ingest, queried by type, actor and day, counted, exported (both backends)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warta.corpus import Corpus
from warta.corpus import events as stored

ARREST = (
    "Polres Metro Bekasi menangkap Andi Saputra di Bekasi pada Senin (13/10/2025). "
    "Andi Saputra kemudian ditahan di Mapolres Metro Bekasi."
)
VISIT = (
    "Menteri Luar Negeri Sugiono bertemu dengan Perdana Menteri Jepang Shigeru Ishiba di Tokyo, Selasa (14/10/2025)."
)


def _corpus(db: str, tmp_path: Path) -> Corpus:
    src = tmp_path / "in.jsonl"
    recs = [
        {"id": "a1", "text": ARREST, "published": "2025-10-14", "url": "https://example.org/a1"},
        {"id": "a2", "text": VISIT, "published": "2025-10-15", "url": "https://example.org/a2"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    c = Corpus(db)
    c.ingest([str(src)], jobs=1)
    return c


def test_events_stored_filtered_counted_exported(db: str, tmp_path: Path) -> None:
    with _corpus(db, tmp_path) as c:
        coerce = list(stored.find(c.store, type="coerce"))
        assert {r.mode for r in coerce} == {"arrest", "detention"}
        arrest = next(r for r in coerce if r.mode == "arrest")
        assert arrest.actor == "Polres Metro Bekasi" and arrest.recipient == "Andi Saputra"
        assert arrest.date == "2025-10-13"  # the sentence's date, not the article's
        assert arrest.url == "https://example.org/a1"
        assert [r.type for r in stored.find(c.store, actor="Sugiono")] == ["CONSULT"]
        assert [r.mode for r in stored.find(c.store, until="2025-10-13")] == ["arrest"]
        # no date in the detention sentence: the article's day
        assert {r.date for r in coerce if r.mode == "detention"} == {"2025-10-14"}
        n = stored.counts(c.store)
        assert n["events"] == len(coerce) + 1
        assert dict(n["by_type"])["COERCE"] == len(coerce)
        out = io.StringIO()
        stored.write_jsonl(stored.find(c.store, type="CONSULT"), out)
        rec = json.loads(out.getvalue())
        assert rec["type"] == "CONSULT" and rec["mutual"] is True
        assert rec["place"]["name"] == "Tokyo" and rec["place"]["lat"] is not None
        tsv = io.StringIO()
        stored.write_tsv(stored.find(c.store), tsv)
        rows = [ln.split("\t") for ln in tsv.getvalue().splitlines()]
        assert rows[0][:3] == ["EVENT_ID", "DAY", "ACTOR"]
        assert all(len(r) == len(stored.TSV_COLUMNS) for r in rows)


class _Counting:
    """A store that records how many rows its largest query answer held."""

    def __init__(self, store: object) -> None:
        self.store, self.most = store, 0

    def query(self, sql: str, params: object = ()) -> list:
        rows = self.store.query(sql, params)  # type: ignore[attr-defined]
        self.most = max(self.most, len(rows))
        return rows

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_events_are_read_a_day_at_a_time(db: str, tmp_path: Path) -> None:
    """`warta events --db … --format jsonl` fetched every stored event in one answer: memory grew
    with the corpus (millions of events). They are read a day at a time, in the same order."""
    with _corpus(db, tmp_path) as c:
        counting = _Counting(c.store)
        got = [(r.date, r.url, r.id) for r in stored.find(counting)]
        assert [(d, u[-2:]) for d, u, _ in got] == [("2025-10-13", "a1"), ("2025-10-14", "a1"), ("2025-10-14", "a2")]
        assert counting.most == 2  # the two events of 2025-10-14, never all three at once
        assert [r.id for r in stored.find(c.store, limit=2)] == [x[2] for x in got[:2]]
        assert [r.mode for r in stored.find(counting, type="COERCE", since="2025-10-14")] == ["detention"]


def test_event_rows_name_the_records_own_id(db: str, tmp_path: Path) -> None:
    """Exports and the API give the id the user's record had (issue 13 item 4), not the internal key,
    as quotes and search hits do; the event id is built on it too."""
    with _corpus(db, tmp_path) as c:
        rows = list(stored.find(c.store))
        assert {r.article for r in rows} == {"a1", "a2"}
        assert all(r.id.split("#")[0] == r.article for r in rows)
        assert {r.article for r in stored.find(c.store, limit=10)} == {"a1", "a2"}
