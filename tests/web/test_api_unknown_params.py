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
