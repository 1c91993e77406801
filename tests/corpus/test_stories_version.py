"""A corpus records the story features version of its term bags (issue #13): one made with
other features is re-clustered at the next ingest or ``warta stories --db`` (or refused when
large, naming the command); a current one is left alone. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import processed, window  # noqa: E402

from warta.cli import main  # noqa: E402
from warta.corpus.ingest import ingest  # noqa: E402
from warta.corpus.store import Store, StoreError, pack  # noqa: E402
from warta.stories.features import FEATURES_VERSION  # noqa: E402
from warta.stories.store import (  # noqa: E402
    VERSION_ROW,
    StaleStories,
    _mark,
    ensure_current,
    rebuild,
    stored_version,
)

STORY_TABLES = ("story_terms", "story_keys", "story_members", "stories", "story_merges")


def _filled(db: str) -> Store:
    store = Store(db)
    store.write_batch([processed(r) for r in window()])
    return store


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(map(tuple, store.query(f"SELECT * FROM {t}")), key=repr) for t in STORY_TABLES}


def _groups(store: Store) -> set[frozenset[str]]:
    rows = store.query(
        "SELECT m.story, coalesce(a.source_id, a.id) FROM story_members m JOIN articles a ON a.num = m.article"
    )
    out: dict[str, set[str]] = {}
    for sid, aid in rows:
        out.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in out.values()}


def _make_old(store: Store, version: int | None) -> None:
    """What an older Warta left: no version row (before versions) or an older number."""
    with store.transaction():
        if version is None:
            store.execute("DELETE FROM story_terms WHERE article = ?", (VERSION_ROW,))
        else:
            _mark(store, version)


def test_new_corpus_is_marked_current(db: str) -> None:
    with Store(db) as store:
        assert ensure_current(store) is False
        assert stored_version(store) == {"features_version": FEATURES_VERSION}
    with _filled(db) as store:  # the first bags mark it too, without ensure_current
        assert stored_version(store) == {"features_version": FEATURES_VERSION}


def test_current_corpus_is_untouched(db: str) -> None:
    with _filled(db) as store:
        before = _snapshot(store)
        out = io.StringIO()
        assert ensure_current(store, out) is False
        assert out.getvalue() == "" and _snapshot(store) == before


@pytest.mark.parametrize("old", [None, FEATURES_VERSION - 1])
def test_old_corpus_is_reclustered(db: str, old: int | None) -> None:
    with _filled(db) as store:
        groups = _groups(store)
        _make_old(store, old)
        # stale bags: what an older view would have stored for one article
        with store.transaction():
            store.execute("DELETE FROM story_keys")
            old_bag = pack({"body": {"banjir": 2}, "phrases": {"banjir_rendam": 1}, "lead": {"banjir": 1}})
            store.execute("UPDATE story_terms SET terms = ? WHERE article <> ?", (old_bag, VERSION_ROW))
        out = io.StringIO()
        assert ensure_current(store, out) is True
        lines = out.getvalue().splitlines()
        assert len(lines) == 1 and "re-clustering the stories of 5 articles" in lines[0], lines
        assert stored_version(store) == {"features_version": FEATURES_VERSION}
        assert _groups(store) == groups  # the same stories, from fresh bags
        assert store.scalar("SELECT COUNT(*) FROM story_keys") > 0
        assert ensure_current(store, out) is False and len(out.getvalue().splitlines()) == 1


def test_large_old_corpus_is_refused_naming_the_command(db: str) -> None:
    with _filled(db) as store:
        _make_old(store, None)
        before = _snapshot(store)
        with pytest.raises(StaleStories, match=r"warta stories --db .* --rebuild.*5 articles"):
            ensure_current(store, io.StringIO(), max_articles=4)
        assert _snapshot(store) == before  # refused means untouched
        assert rebuild(store) == 3 and stored_version(store) == {"features_version": FEATURES_VERSION}
        assert ensure_current(store, max_articles=4) is False


def test_interrupted_rebuild_is_refused_until_rerun(db: str) -> None:
    with _filled(db) as store:
        with store.transaction():
            _mark(store, FEATURES_VERSION, rebuilding=True)
        with pytest.raises(StaleStories, match="under way or was interrupted"):
            ensure_current(store)
        assert rebuild(store) == 3
        assert ensure_current(store) is False


def test_newer_features_are_not_downgraded(db: str) -> None:
    with _filled(db) as store:
        _make_old(store, FEATURES_VERSION + 1)
        with pytest.raises(StoreError, match="newer than this Warta"):
            ensure_current(store)


def test_ingest_and_stories_command_recluster_or_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    with _filled(db) as store:
        _make_old(store, FEATURES_VERSION - 1)
    out = io.StringIO()
    summary = ingest([], db, jobs=0, items=[], progress=False, stream=out)  # nothing new: only the check
    assert summary.stored == 0 and "re-clustering the stories of 5 articles" in out.getvalue()
    with Store(db) as store:
        assert stored_version(store) == {"features_version": FEATURES_VERSION}
        _make_old(store, None)
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    assert capsys.readouterr().err.count("re-clustering") == 1
    with Store(db) as store, store.transaction():
        _mark(store, FEATURES_VERSION, rebuilding=True)
    assert main(["stories", "--db", db]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"warta stories --db {db} --rebuild" in err
    assert main(["stories", "--db", db, "--rebuild", "--format", "json"]) == 0
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    assert "re-cluster" not in capsys.readouterr().err
