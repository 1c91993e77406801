"""Two records that name one article but disagree on it must not be settled in silence.

- Same page URL, another text (a page updated after the first scrape, or a scraper that wrote
  one URL twice): the text stored first is kept and the other is refused, reported in the run's
  summary and in `warta stats --errors`, naming both lines.
- Same own id, different articles: both are stored; the id names the first stored one, and the
  other is stored and shown under its key, said in the summary.
- A store written before page URLs alone made ids (a front-page URL gave every record one id),
  ingested again from the same input, keeps each record once."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from corpus_testdata import SLOW, records  # noqa: E402

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.ingest import IngestSummary, ingest, normalize_url

TEXTS = [r["text"] for r in records(4)]
URL = "https://news.example.co.id/berita/d-77/banjir-rob"


def lines(path: Path, recs: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def run(db: str, *paths: Path) -> IngestSummary:
    return ingest([str(p) for p in paths], db, jobs=0, exclude=SLOW.split(","), progress=False)


def test_same_url_other_text_in_one_run_is_refused_and_named(db: str, tmp_path: Path) -> None:
    src = lines(tmp_path / "scrape.jsonl", [{"url": URL, "text": TEXTS[0]}, {"url": URL, "text": TEXTS[1]}])
    s = run(db, src)
    assert (s.stored, s.skipped, s.failed) == (1, 0, 1)
    ((origin, reason),) = s.failures
    assert origin == f"{src}:2" and f"{src}:1" in reason and "another text" in reason
    with Corpus(db) as c:
        assert [e["origin"] for e in c.errors()] == [f"{src}:2"]
        assert f"{src}:1" in c.errors()[0]["reason"]
        assert c.store.query("SELECT origin FROM articles") == [(f"{src}:1",)]


def test_same_url_other_text_in_a_later_run_names_the_stored_line(db: str, tmp_path: Path) -> None:
    first = lines(tmp_path / "pagi.jsonl", [{"url": URL, "text": TEXTS[0]}])
    later = lines(tmp_path / "sore.jsonl", [{"url": URL, "text": TEXTS[1]}])
    assert run(db, first).stored == 1
    s = run(db, later)
    assert (s.stored, s.skipped, s.failed) == (0, 0, 1)
    assert f"{first}:1" in s.failures[0][1]
    assert main(["stats", "--errors", "--db", db]) == 0
    again = run(db, later)  # the same refusal on a rerun, one row
    assert again.failed == 1
    with Corpus(db) as c:
        assert len(c.errors()) == 1 and len(c) == 1


def test_same_url_same_text_is_still_already_stored(db: str, tmp_path: Path) -> None:
    respaced = "  " + TEXTS[0].replace(" ", "  ") + "\n"  # spacing does not make another text
    src = lines(tmp_path / "ulang.jsonl", [{"url": URL, "text": TEXTS[0]}, {"url": URL + "/", "text": respaced}])
    s = run(db, src)
    assert (s.stored, s.skipped, s.failed) == (1, 1, 0)
    assert (run(db, src).skipped, run(db, src).failed) == (2, 0)


def test_one_own_id_for_two_articles_names_the_first_and_keeps_the_other_apart(db: str, tmp_path: Path) -> None:
    src = lines(
        tmp_path / "id.jsonl",
        [
            {"id": "berita-1", "url": URL, "text": TEXTS[0]},
            {"id": "berita-1", "url": URL + "-2", "text": TEXTS[1]},
        ],
    )
    s = run(db, src)
    assert (s.stored, s.failed) == (2, 0)
    ((origin, why),) = s.reused_ids
    assert origin == f"{src}:2" and "'berita-1'" in why and f"{src}:1" in why and "under its key" in s.text()
    with Corpus(db) as c:
        first, second = c.store.query("SELECT id FROM articles ORDER BY num")
        assert c.get("berita-1")["url"] == URL
        assert c.get(second[0])["url"] == URL + "-2"
        shown = c.store.public_ids([1, 2])
        assert sorted(shown.values()) == sorted(["berita-1", second[0]])  # each shown id names its own article
    more = lines(tmp_path / "id2.jsonl", [{"id": "berita-1", "url": URL + "-3", "text": TEXTS[2]}])
    assert len(run(db, more).reused_ids) == 1  # against the stored one too
    with Corpus(db) as c:
        assert c.get("berita-1")["url"] == URL


def test_a_store_from_before_page_urls_is_not_doubled(db: str, tmp_path: Path) -> None:
    """Before, `https://news.example.co.id/` made the id of every record: the first was stored
    under u+sha1 of it. Ingesting that input again must not store the first record a second time."""
    front = "https://news.example.co.id/"
    src = lines(tmp_path / "lama.jsonl", [{"id": f"s{i}", "url": front, "text": t} for i, t in enumerate(TEXTS[:3])])
    old_id = "u" + hashlib.sha1(normalize_url(front).encode()).hexdigest()[:19]
    run(db, lines(tmp_path / "satu.jsonl", [{"id": "s0", "url": "https://x.example.co.id/a/1", "text": TEXTS[0]}]))
    with Corpus(db) as c, c.store.transaction():  # as the old Warta stored it: under the front page's id
        c.store.execute("UPDATE articles SET id = ?, dup_group = ?, url = ?", (old_id, old_id, front))
    s = run(db, src)
    assert (s.stored, s.skipped, s.failed) == (2, 1, 0)
    with Corpus(db) as c:
        assert sorted(r[0] for r in c.store.query("SELECT source_id FROM articles")) == ["s0", "s1", "s2"]


def test_a_store_whose_articles_share_an_own_id_is_made_unique_on_opening(db: str, tmp_path: Path) -> None:
    """A store written before an own id named one article may hold two with one id: opening it
    (schema 7) leaves the id to the first stored and shows the others under their keys."""
    src = lines(
        tmp_path / "lama.jsonl",
        [{"id": "b1", "url": URL, "text": TEXTS[0]}, {"id": "b2", "url": URL + "-2", "text": TEXTS[1]}],
    )
    run(db, src)
    with Corpus(db) as c, c.store.transaction():  # as an older Warta stored them
        c.store.execute("UPDATE articles SET source_id = 'b1'")
        c.store.execute("DELETE FROM schema_version WHERE version = 7")
    with Corpus(db) as c:
        ((second,),) = c.store.query("SELECT id FROM articles ORDER BY num DESC LIMIT 1")
        assert c.store.query("SELECT source_id FROM articles ORDER BY num") == [("b1",), (None,)]
        assert c.get("b1")["url"] == URL and sorted(c.store.public_ids([1, 2]).values()) == sorted(["b1", second])


def race(db: str, a: Path, b: Path) -> tuple[IngestSummary, IngestSummary]:
    """Runs A and B at once, A storing its records whole while B reads its first one: B checked
    the store before A wrote, so the check found nothing and B's insert meets A's row."""
    from warta.corpus.ingest import process_record

    by_a: list[IngestSummary] = []

    def reader(rid: str, origin: str, record: dict, *rest: object) -> object:
        if not by_a:
            by_a.append(run(db, a))
        return process_record(rid, origin, record, None, SLOW.split(","))

    s = ingest([str(b)], db, jobs=0, progress=False, reader=reader)
    return by_a[0], s


def test_same_url_other_text_from_a_concurrent_run_is_refused(db: str, tmp_path: Path) -> None:
    """The loser of the race was counted 'already stored' in silence; it is refused as a later run's would be."""
    a = lines(tmp_path / "a.jsonl", [{"url": URL, "text": TEXTS[0]}])
    b = lines(tmp_path / "b.jsonl", [{"url": URL, "text": TEXTS[1]}, {"url": URL + "-2", "text": TEXTS[2]}])
    by_a, s = race(db, a, b)
    assert by_a.stored == 1
    assert (s.stored, s.skipped, s.failed) == (1, 0, 1)
    ((origin, reason),) = s.failures
    assert origin == f"{b}:1" and f"{a}:1" in reason and "another text" in reason
    with Corpus(db) as c:
        assert [e["origin"] for e in c.errors()] == [f"{b}:1"]
        assert sorted(o for (o,) in c.store.query("SELECT origin FROM articles")) == [f"{a}:1", f"{b}:2"]


def test_same_url_same_text_from_a_concurrent_run_is_stored_once(db: str, tmp_path: Path) -> None:
    a = lines(tmp_path / "a.jsonl", [{"url": URL, "text": TEXTS[0]}])
    b = lines(tmp_path / "b.jsonl", [{"url": URL, "text": "  " + TEXTS[0].upper()}])  # the same text, retyped
    by_a, s = race(db, a, b)
    assert (by_a.stored, s.stored, s.skipped, s.failed) == (1, 0, 1, 0)
    with Corpus(db) as c:
        assert c.errors() == [] and len(c) == 1
