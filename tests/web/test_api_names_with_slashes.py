"""Names and ids with a slash reach their endpoint: ``Kementerian PPN/Bappenas``, ``Koperasi
Desa/Kelurahan Merah Putih`` and ``PT IG/PT IAE`` are real entity names in detik articles, and a
record's own id may hold one (``detik/8171947``). The page asks for them as
``/api/entities/<encodeURIComponent(name)>``; the router decoded ``%2F`` before matching, so
they answered "no such endpoint" (a 404) while ``warta entity`` found them."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

RECORD = {
    "id": "detik/8171947",
    "title": "Kopdes Merah Putih diresmikan",
    "published": "2025-10-22",
    "text": (
        "Jakarta - Presiden Prabowo Subianto meresmikan Koperasi Desa/Kelurahan Merah Putih di Klaten, "
        "Jawa Tengah, pada Senin (21/7/2025). Menteri PPN/Kepala Bappenas Rachmat Pambudy hadir.\n"
        "Koperasi Desa/Kelurahan Merah Putih akan menyalurkan pupuk dan sembako, kata Prabowo."
    ),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    d = tmp_path_factory.mktemp("slash")
    src = d / "in.jsonl"
    import json

    src.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    db = str(d / "s.db")
    with Corpus(db) as c:
        c.ingest([str(src)], jobs=0)
        names = [r[0] for r in c.store.query("SELECT name FROM entities WHERE name LIKE '%/%'")]
    with TestClient(create_app(Settings(db=db, workers=1)), base_url="http://localhost") as c:
        c.slashed = names  # type: ignore[attr-defined]
        yield c


def test_an_entity_with_a_slash_in_its_name(client: TestClient) -> None:
    names = client.slashed  # type: ignore[attr-defined]
    assert names, "the test article should give an entity with a slash in its name"
    for name in names:
        r = client.get("/api/entities/" + quote(name, safe=""))
        assert r.status_code == 200, (name, r.text)
        assert r.json()["name"] == name


def test_an_article_whose_id_has_a_slash(client: TestClient) -> None:
    r = client.get("/api/articles/" + quote(RECORD["id"], safe=""))
    assert r.status_code == 200, r.text
    assert r.json()["id"] == RECORD["id"]


def test_unknown_paths_stay_404(client: TestClient) -> None:
    assert client.get("/api/entities/").status_code == 400  # an empty name
    assert client.get("/api/nothing/here").json() == {"error": "no such endpoint"}
