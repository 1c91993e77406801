"""Hostile query parameters: a clear 4xx naming what is wrong, never a 500 and never an answer
that looks like "nothing found" when the question itself was bad.

* ``since=2025-13-45`` (the right shape, not a date) is a 400, as ``--since`` is an exit 2 for the
  CLI (it used to give an empty, 200 answer: "no articles" for a typo);
* a 404 from an endpoint says what was not found (an entity, an article, a story), not "no such
  endpoint" (the handler for unknown paths used to swallow every 404);
* a known path with the wrong method is a JSON ``{"error"}`` like every other answer;
* a query parameter an endpoint does not take, or one given twice, is a 400 naming it, as a
  malformed one is: a typo (``?lmit=5``, ``?ofset=50``, ``?speakr=Prabowo``) was ignored in
  silence, so the answer looked like the right one and was not (the first page, every speaker).
  ``/api/events`` pages with ``offset`` as ``/api/search`` does (it had only ``limit``).
"""

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
    db = str(tmp_path_factory.mktemp("params") / "p.db")
    Corpus(db).close()
    with TestClient(
        create_app(Settings(db=db, workers=1)), base_url="http://localhost", raise_server_exceptions=False
    ) as c:
        yield c


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "0000", "2025-00"])
@pytest.mark.parametrize(
    "path",
    [
        "/api/search?q=inflasi",
        "/api/timeline?q=inflasi",
        "/api/places?q=inflasi",
        "/api/quotes?about=inflasi",
        "/api/events?limit=5",
        "/api/stories?limit=5",
    ],
)
def test_a_day_that_is_not_a_date_is_a_400(client: TestClient, path: str, bad: str) -> None:
    for key in ("since", "until"):
        r = client.get(f"{path}&{key}={bad}")
        assert r.status_code == 400, (path, key, r.text)
        assert key in r.json()["error"] and bad in r.json()["error"]
    assert client.get(f"{path}&since=2025-02-28&until=2025").status_code == 200


def test_not_found_says_what(client: TestClient) -> None:
    r = client.get("/api/entities/Tidak Ada Orang Ini")
    assert r.status_code == 404 and "Tidak Ada Orang Ini" in r.json()["error"]
    r = client.get("/api/articles/tidak-ada")
    assert r.status_code == 404 and "tidak-ada" in r.json()["error"]
    r = client.get("/api/stories", params={"entity": "Tidak Ada"})
    assert r.status_code == 404 and "Tidak Ada" in r.json()["error"]
    assert client.get("/api/stories/tidak-ada").json()["error"] == "no such story"
    assert client.get("/api/tidak-ada").json() == {"error": "no such endpoint"}
    assert client.get("/static/../app.py").status_code == 404


def test_wrong_method_is_a_json_error(client: TestClient) -> None:
    r = client.get("/api/read")
    assert r.status_code == 405 and "error" in r.json()
    r = client.delete("/api/articles/x")
    assert r.status_code == 405 and "error" in r.json()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "' OR 1=1 --"},
        {"q": '"; DROP TABLE articles; --'},
        {"q": '"unclosed'},
        {"q": "(((("},
        {"q": "*"},
        {"q": "NEAR(a b"},
        {"q": "title:inflasi"},
        {"q": "inflasi\x00beras"},
        {"q": "🙂 𝔦𝔫𝔣𝔩𝔞𝔰𝔦"},
        {"q": "inflasi", "outlet": "%"},
        {"q": "inflasi", "entity": "' OR ''='"},
        {"q": "inflasi", "theme": "%' --"},
    ],
)
def test_sql_and_fts_syntax_in_parameters_is_only_text(client: TestClient, params: dict[str, str]) -> None:
    for path in ("/api/search", "/api/timeline", "/api/places"):
        r = client.get(path, params=params)
        assert r.status_code in (200, 400), (path, params, r.text)
    for extra in ({"speaker": params["q"]}, {"about": params["q"]}):
        assert client.get("/api/quotes", params=extra).status_code in (200, 400)
    assert client.get("/api/events", params={"actor": params["q"]}).status_code in (200, 400)


def test_every_layer_of_the_pipeline_can_be_asked_for(client: TestClient) -> None:
    from warta.pipeline import CORE_LAYERS, LAYERS

    body = b"Jakarta - Presiden Prabowo Subianto menemui Perdana Menteri Anwar Ibrahim di Istana Merdeka."
    for name in [n for n, _ in LAYERS if n not in CORE_LAYERS]:  # `events` was refused as unknown
        r = client.post("/api/read", params={"layers": name}, content=body)
        assert r.status_code == 200, (name, r.text)
    r = client.post("/api/read", params={"layers": "x" * 5000}, content=body)
    assert r.status_code == 400 and len(r.json()["error"]) < 400  # the bad name is not echoed whole


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
