"""Queries as an attacker or a careless user writes them: bounded in length and words (a clear
error beyond), LIKE wildcards in names taken literally, on both backends."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, parse_query
from warta.errors import QueryError

SLOW = "summary,tone,themes,places,amounts,dates"
TEXTS = [
    "Jakarta - Presiden Prabowo Subianto mengatakan inflasi yang terjadi di daerah itu akan ditekan dengan "
    "operasi pasar dan juga bantuan pangan untuk warga dari pemerintah pusat. Prabowo meminta kepala daerah "
    "memantau harga beras setiap pekan.",
    "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu yang merendam ratusan rumah warga. "
    "Pramono mengatakan pompa tambahan dan perahu karet telah disiapkan untuk evakuasi warga lanjut usia.",
]


@pytest.fixture
def corpus_db(db: str, tmp_path: Path) -> str:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": f"a{i}", "text": t, "url": f"https://x.id/{i}"}) for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    assert main(["ingest", "-q", "-j", "0", "--exclude", SLOW, str(src), "--db", db]) == 0
    return db


def test_query_bounds() -> None:
    with pytest.raises(QueryError, match="too long"):
        parse_query("yang " * 400)
    with pytest.raises(QueryError, match="words"):
        parse_query(" ".join(f"kata{i}" for i in range(MAX_QUERY_TERMS + 1)))
    assert len(parse_query(" ".join(f"kata{i}" for i in range(MAX_QUERY_TERMS)))) == MAX_QUERY_TERMS
    assert parse_query('"a b" -c OR d')  # the syntax still works inside the bounds


def test_huge_queries_are_refused_and_bounded_ones_are_cheap(
    corpus_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "yang " * 400, "--db", corpus_db]) == 2
    err = capsys.readouterr().err
    assert "query too long" in err and "Traceback" not in err
    assert main(["search", "x" * 60_000, "--db", corpus_db]) == 2
    assert main(["quotes", "--about", "dan " * 300, "--db", corpus_db]) == 2
    common = " OR ".join(["yang", "dan", "di", "ke", "dari", "itu", "untuk", "dengan"])
    t = time.process_time()  # CPU time: a loaded machine stretches wall time, not work
    with Corpus(corpus_db) as c:
        hits = c.search(common, limit=50)
        with pytest.raises(QueryError):
            c.search("yang " * (MAX_QUERY_CHARS // 4))
    assert hits and time.process_time() - t < 5


def test_like_wildcards_in_names_are_literal(corpus_db: str) -> None:
    with Corpus(corpus_db) as c:
        assert c.entity_nums("Prabowo")
        assert not c.entity_nums("Pr_bowo")
        assert not c.entity_nums("%")
        assert not c.entity_nums("Pra%")
        assert c.quotes("Prabowo") is not None
        assert not c.quotes("Pr_bowo")
