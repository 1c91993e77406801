"""``POST /api/articles`` says which records were stored without their story or identity links.

When linking an article across the corpus fails, the article is still stored (the article matters
more than its story) and ``warta ingest`` and ``warta spark load`` list it as stored without
links. The API answered ``stored: 1`` and nothing else: a client had no way to know the article
would never appear in a story, nor which record to send again after a repair."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

AUTH = {"authorization": "Bearer t"}
FIRST = {"id": "u1", "text": "Medan - Bupati meresmikan jembatan baru di Deli Serdang, Kamis (6/11/2025)."}
SECOND = {"id": "u2", "text": "Padang - Gubernur meninjau longsor di Lembah Anai, Jumat (7/11/2025)."}


def _failing_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking fails for the Lembah Anai article (as a clusterer bug would), not for the others."""
    import warta.stories.store as story_store

    real = story_store.assign

    def assign(store: object, num: int, article_id: str, rec: dict) -> None:
        if "Lembah Anai" in str(rec.get("body")):
            raise RuntimeError("clusterer broke")
        real(store, num, article_id, rec)

    monkeypatch.setattr(story_store, "assign", assign)


def test_articles_stored_without_links_are_listed_with_their_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_links(monkeypatch)
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    settings = Settings(db=db, workers=1, token="t")
    with TestClient(create_app(settings), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=[FIRST, SECOND], headers=AUTH)
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["stored"] == 2 and j["failed"] == 0, j
    ((note,),) = [j["unlinked"]]
    assert note["index"] == 1 and "clusterer broke" in note["note"], j


def test_a_batch_linked_in_full_lists_none(tmp_path: Path) -> None:
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    with TestClient(create_app(Settings(db=db, workers=1, token="t")), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=FIRST, headers=AUTH)
    assert r.status_code == 200 and r.json()["unlinked"] == [], r.text


def test_a_record_sent_twice_is_noted_at_the_copy_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first of two equal records is stored, the second skipped as stored: the note names the
    first (it named the skipped one, the last index of that id)."""
    _failing_links(monkeypatch)
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    with TestClient(create_app(Settings(db=db, workers=1, token="t")), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=[FIRST, SECOND, SECOND], headers=AUTH)
    j = r.json()
    assert (j["stored"], j["skipped"]) == (2, 1), j
    assert [n["index"] for n in j["unlinked"]] == [1], j
