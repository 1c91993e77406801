"""Servers for the web tests: one without a corpus, one over a small corpus of real detik
articles plus one hostile article (markup and script in every field the page shows, its
story and its stored event included)."""

from __future__ import annotations

import json
import os
from itertools import islice
from pathlib import Path

import pytest

from warta.web import Settings, serve_in_thread

N_ARTICLES = 24
HOSTILE = {
    "id": "hostile-1",
    "title": "Banjir <img src=x onerror=\"document.title='pwned'\"> Jakarta <script>document.title='pwned'</script>",
    "published": "2025-10-22",
    "url": "https://news.detik.com/berita/d-1/banjir",
    "text": (
        "Jakarta - Gubernur <b onmouseover=\"document.title='pwned'\">Pramono Anung</b> meninjau banjir "
        "<img src=x onerror=\"document.title='pwned'\"> di Kampung Melayu, Jakarta Timur, pada Rabu (22/10/2025).\n"
        "\"Kami kerahkan 50 pompa <script>document.title='pwned'</script> untuk banjir ini,\" kata Pramono "
        "kepada wartawan. Kerugian ditaksir Rp 2,5 miliar.\n"
        # an event (DEMAND) whose stored sentence carries markup
        "Pramono meminta Dinas Sumber Daya Air agar menambah pompa <img src=x onerror=\"document.title='pwned'\"> "
        "di Jakarta Timur."
    ),
}


def stop(server) -> None:
    server.should_exit = True
    server.thread.join(15)


@pytest.fixture(scope="session")
def corpus_db(shared: Path, tmp_path_factory) -> str:
    from warta.corpus import Corpus

    db = str(tmp_path_factory.mktemp("corpus") / "web.db")
    src = tmp_path_factory.mktemp("src") / "detik.jsonl"
    with open(shared / "data" / "news" / "detik_2025.jsonl", encoding="utf-8") as f:
        lines = list(islice(f, N_ARTICLES))
    src.write_text("".join(lines) + json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Corpus(db) as c:
        c.ingest([str(src)], jobs=0)
    return db


@pytest.fixture(scope="module")
def url():
    server, base = serve_in_thread(Settings(workers=1))
    yield base
    stop(server)


@pytest.fixture(scope="module")
def corpus_url(corpus_db: str):
    server, base = serve_in_thread(Settings(db=corpus_db, workers=1, token="s3cret"))
    yield base
    stop(server)


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where the browser tests write their screenshots ($WARTA_SCREENSHOTS, else a temp folder)."""
    d = Path(os.environ.get("WARTA_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    d.mkdir(parents=True, exist_ok=True)
    return d
