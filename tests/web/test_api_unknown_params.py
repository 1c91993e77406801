"""A query parameter an endpoint does not take is a 400 naming it, as a malformed one is: a typo
(``?lmit=5``, ``?ofset=50``, ``?speakr=Prabowo``) used to be ignored silently, so the answer looked
like the right one and was not (the first page, every speaker). ``/api/events`` pages with
``offset`` as ``/api/search`` does (it had only ``limit``: past the first 1,000 events nothing
could be reached)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    db = str(tmp_path_factory.mktemp("unknown") / "u.db")
    Corpus(db).close()
    with TestClient(
        create_app(Settings(db=db, workers=1)), base_url="http://localhost", raise_server_exceptions=False
    ) as c:
        yield c


@pytest.mark.parametrize(
    ("path", "typo"),
    [
        ("/api/search?q=inflasi", "ofset"),
        ("/api/timeline?q=inflasi", "sinse"),
        ("/api/places?q=inflasi", "lmit"),
        ("/api/quotes?about=inflasi", "speakr"),
        ("/api/events?limit=5", "actr"),
        ("/api/stories?limit=5", "entitas"),
        ("/api/entities/BPS?label=ORG", "lable"),
        ("/api/articles/d-1?", "format"),
        ("/api/stories/s-1?", "x"),
        ("/api/stats?", "since"),
    ],
)
def test_an_unknown_parameter_is_a_400_naming_it(client: TestClient, path: str, typo: str) -> None:
    r = client.get(f"{path}&{typo}=1")
    assert r.status_code == 400, (path, r.text)
    assert repr(typo) in r.json()["error"]


def test_unknown_parameter_on_a_post(client: TestClient) -> None:
    body = b"Jakarta - Harga beras naik lagi di pasar induk pada Senin."
    r = client.post("/api/read", params={"layer": "entities"}, content=body)  # `layers`, misspelt
    assert r.status_code == 400 and "'layer'" in r.json()["error"] and "layers" in r.json()["error"]
    assert client.post("/api/read", params={"layers": "entities"}, content=body).status_code == 200


def test_a_hostile_parameter_name_is_not_echoed_whole(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "inflasi", "x" * 5000: "1", "<script>": "1"})
    assert r.status_code == 400 and len(r.json()["error"]) < 500


def test_the_page_and_health_take_any_query(client: TestClient) -> None:
    # a shared link with tracking parameters still opens the page
    assert client.get("/?utm_source=wa").status_code == 200
    assert client.get("/api/health?t=1").status_code == 200


def test_events_page_with_offset(corpus_url: str) -> None:
    get = lambda **p: httpx.get(corpus_url + "/api/events", params=p, timeout=30)  # noqa: E731
    every = get(limit=1000).json()["events"]
    assert len(every) > 4
    first = get(limit=3).json()
    assert [e["id"] for e in first["events"]] == [e["id"] for e in every[:3]]
    assert first["offset"] == 0 and first["next_offset"] == 3
    second = get(limit=3, offset=3).json()
    assert [e["id"] for e in second["events"]] == [e["id"] for e in every[3:6]]
    last = get(limit=3, offset=len(every) - 2).json()
    assert len(last["events"]) == 2 and last["next_offset"] is None
    assert get(limit=3, offset=-1).status_code == 400
    assert get(limit=3, offset=10**9).status_code == 400  # past the server's max offset, as /api/search


def test_a_parameter_given_twice_is_a_400_naming_it(client: TestClient) -> None:
    r = client.get("/api/search?q=inflasi&limit=5&limit=50")  # which one? it took the last in silence
    assert r.status_code == 400 and "'limit'" in r.json()["error"] and "twice" in r.json()["error"]


def test_an_id_or_name_with_a_line_break_is_looked_up(tmp_path) -> None:
    """A scraper's id with a tab or a line break (`d-123\\n`) was stored and listed in search hits,
    but `/api/articles/{id}` answered 'no such endpoint' (a path parameter matched no line break),
    so the page could not open the hit; an entity's name likewise."""
    db = str(tmp_path / "n.db")
    text = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur, pada Rabu pagi."
    from warta.corpus.ingest import ingest
    from warta.sources import Item

    ingest([], db, jobs=0, progress=False, items=[Item("mem:1", record={"id": "d-123\n", "text": text})])
    with TestClient(create_app(Settings(db=db, workers=1)), base_url="http://localhost") as c:
        r = c.get("/api/articles/d-123%0A")
        assert r.status_code == 200 and r.json()["id"] == "d-123\n"
        r = c.get("/api/articles/d-9%0A%09x")
        assert r.status_code == 404 and r.json()["error"] == "no article 'd-9\\n\\tx'"
        r = c.get("/api/entities/Pramono%0AAnung")  # spacing folded as in every name lookup
        assert r.status_code == 200 and r.json()["name"] == "Pramono Anung"
