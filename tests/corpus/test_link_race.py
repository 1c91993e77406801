"""A lost PostgreSQL race inside the identity/story step is retried with its batch, not swallowed:
swallowing it would keep the article without the identity links and story it should have (the
round-17 lock experiment showed exactly that). Other failures of the step still only cost the
article its links, and are counted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import processed, window  # noqa: E402

from warta.corpus import Corpus  # noqa: E402


class _LostRace(Exception):
    sqlstate = "40P01"  # deadlock_detected, as psycopg reports it


def test_a_lost_race_in_the_story_step_retries_the_batch(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.stories.store as story_store

    real, calls = story_store.assign, {"n": 0}

    def flaky(*a: object, **k: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:  # the second article of the first attempt loses a race
            raise _LostRace("deadlock detected")
        return real(*a, **k)

    recs = window()[:3]
    with Corpus(db) as c:
        monkeypatch.setattr(story_store, "assign", flaky)
        c.store.write_batch([processed(r) for r in recs])
        monkeypatch.undo()
        stored_ids = sorted(i for s in c.stories() for i in s["ids"])
        if c.store.dialect == "postgres":
            # retried whole: every article has its story, nothing is counted as a link failure
            assert c.store.link_failures == [] and stored_ids == sorted(r["id"] for r in recs)
        else:
            # SQLite has no such race; the step's failure costs that article its story only
            assert len(c.store.link_failures) == 1 and len(stored_ids) == len(recs) - 1
        assert len(c) == len(recs)
