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
