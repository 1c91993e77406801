"""Hostile query parameters: a clear 4xx naming what is wrong, never a 500 and never an answer
that looks like "nothing found" when the question itself was bad.

* ``since=2025-13-45`` (the right shape, not a date) is a 400, as ``--since`` is an exit 2 for the
  CLI (it used to give an empty, 200 answer: "no articles" for a typo);
* a 404 from an endpoint says what was not found (an entity, an article, a story), not "no such
  endpoint" (the handler for unknown paths used to swallow every 404);
* a known path with the wrong method is a JSON ``{"error"}`` like every other answer.
"""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

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
