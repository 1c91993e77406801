"""Stories of articles published at the calendar's ends (year 1, year 9999)."""

from __future__ import annotations


def test_articles_published_at_the_calendars_ends_get_stories(tmp_path) -> None:
    """A story's day window ran past the calendar (date.fromordinal of day 0, or past 9999-12-31):
    the article was stored without its story and without its identity links, and nothing said so."""
    import json

    from warta.corpus import Corpus

    text = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu, Jakarta Timur. Kalimat {}."
    src = tmp_path / "edges.jsonl"
    days = ["0001-01-01", "9999-12-31", "2025-10-21"]
    src.write_text(
        "".join(json.dumps({"id": f"e{i}", "published": d, "text": text.format(i)}) + "\n" for i, d in enumerate(days))
    )
    with Corpus(str(tmp_path / "c.db")) as c:
        c.ingest([str(src)], jobs=0)
        assert c.store.link_failures == []
        members = c.store.query("SELECT COUNT(DISTINCT article) FROM story_members")
        assert members == [(3,)]


def test_an_article_stored_without_its_story_is_reported(tmp_path, monkeypatch, capsys) -> None:
    """When linking an article fails (its story, its identity links), it is stored without them and
    the run goes on; the failure was kept in Store.link_failures and never shown."""
    import json

    import warta.stories.store
    from warta.cli import main

    def broken(store, num, article_id, rec):  # noqa: ANN001, ANN202
        raise RuntimeError("story index unreadable")

    monkeypatch.setattr(warta.stories.store, "assign", broken)
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "Jakarta - Banjir merendam Kampung Melayu pada Senin pagi."}) + "\n")
    assert main(["ingest", "-j", "0", str(src), "--db", str(tmp_path / "c.db")]) == 0
    err = capsys.readouterr().err
    assert "stored without its story or identity links:" in err and "story index unreadable" in err
