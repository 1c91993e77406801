"""A scraper that writes a placeholder (`-`, `N/A`) or the site's front page as every record's URL
gave all of them one id: `warta ingest` stored the first and counted the others 'already stored',
losing them without a word. A URL that names no page does not make the id; the text does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_testdata import SLOW, records  # noqa: E402

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.ingest import record_id

TEXTS = [r["text"] for r in records(4)]


@pytest.mark.parametrize("url", ["-", "N/A", "null", "https://news.example.co.id/", "www.example.co.id", "http://"])
def test_a_url_naming_no_page_leaves_the_id_to_the_text(url: str) -> None:
    a, b = ({"url": url, "text": t} for t in TEXTS[:2])
    assert record_id(a) != record_id(b)
    assert record_id(a) == record_id({"text": TEXTS[0]})


@pytest.mark.parametrize(
    "url",
    ["https://news.example.co.id/berita/d-1/judul", "https://example.co.id/?p=123", "example.co.id/read/2025/10/1/x"],
)
def test_a_page_url_still_makes_the_id(url: str) -> None:
    a, b = ({"url": url, "text": t} for t in TEXTS[:2])
    assert record_id(a) == record_id(b) and record_id(a).startswith("u")


def test_records_with_one_placeholder_url_are_all_stored(db: str, tmp_path: Path) -> None:
    src = tmp_path / "scrape.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "url": "https://news.example.co.id/", "text": t}) + "\n"
            for i, t in enumerate(TEXTS)
        )
    )
    assert main(["ingest", "--exclude", SLOW, "--quiet", "-j", "0", str(src), "--db", db]) == 0
    with Corpus(db) as c:
        assert sorted(r[0] for r in c.store.query("SELECT source_id FROM articles")) == ["s0", "s1", "s2", "s3"]


def test_an_unparsable_url_costs_no_batch(db: str, tmp_path: Path) -> None:
    """`http://host:abc/x` made record_id raise (urllib's port check) and `http://[host/x` the
    outlet taken from the URL (an unclosed [), and warta ingest stopped with a traceback, storing
    nothing of the run. Such a URL names no page and no site; the text makes the id."""
    assert record_id({"url": "http://news.example.co.id:abc/x", "text": TEXTS[0]}) == record_id({"text": TEXTS[0]})
    src = tmp_path / "port.jsonl"
    urls = [
        "http://news.example.co.id:abc/berita/1",
        "http://[news.example.co.id/berita/2",
        "https://news.example.co.id/berita/3",
    ]
    src.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "url": u, "text": t}) + "\n"
            for i, (u, t) in enumerate(zip(urls, TEXTS[:3], strict=True))
        )
    )
    assert main(["ingest", "--exclude", SLOW, "--quiet", "-j", "0", str(src), "--db", db]) == 0
    with Corpus(db) as c:
        assert len(c) == 3


def test_an_address_of_another_kind_names_no_outlet() -> None:
    """`javascript:alert(1)` in a record's url made `javascript` an outlet in `warta stats`."""
    from warta.corpus.store import outlet_from_url

    assert [outlet_from_url(u) for u in ("javascript:alert(1)", "mailto:redaksi@detik.com", "data:text/html,x")] == [
        None,
        None,
        None,
    ]
    assert outlet_from_url("https://news.detik.com/berita/d-1") == "detik.com"
    assert outlet_from_url("news.detik.com:8080/berita/d-1") == "detik.com"
    assert outlet_from_url("kompas.com/read/2025/11/07") == "kompas.com"
