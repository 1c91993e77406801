"""Stories kept in the corpus store, updated as each article is written.

Why in the store and in the same transaction as the article: like the near-duplicate index,
a crash or a rerun leaves the stories exactly as consistent as the articles, with no state
file beside the database. Tables (schema version 4, see ``warta.corpus.schema``):

- ``story_terms``: each article's term bags (the clusterer's views), packed, and its day;
- ``story_keys``: the inverted index of blocking terms, ``(key, article)``;
- ``story_members``: article → story, with the mean same-story chance it joined with;
- ``stories``: one row per story (first article, first and last day, size);
- ``story_merges``: which story was merged into which, with the linking score.

The term bags are only comparable with bags made by the same features, so ``story_terms``
also holds one row that is not an article (``article`` = -1, no keys, no member): the
:data:`~warta.stories.features.FEATURES_VERSION` its bags were made with. It is written
with the first bags and by :func:`rebuild`, and deleted with the bags, so it always describes
them. :func:`ensure_current` (run by ``warta ingest`` and ``warta stories --db``) re-clusters
a corpus made with other features, or refuses when that would take long.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, OrderedDict
from datetime import date
from typing import Any, TextIO

from warta.corpus.store import Store, StoreError, _redact, normalize_name, now, pack, unpack
from warta.stories.cluster import POSTING_CAP, Clusterer, Member, _ordinal, rank_candidates, story_id
from warta.stories.features import FEATURES_VERSION, ArticleTerms, article_terms
from warta.stories.similarity import Vector, vectors
from warta.stories.story import ArticleInfo, central, describe

VECTOR_CACHE = 20_000


class StoreBackend:
    """The clusterer's state as rows of the corpus store (articles are numbered by ``num``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._vecs: OrderedDict[int, tuple[str | None, dict[str, Vector]]] = OrderedDict()
        self._story: dict[int, str] = {}
        self.hash_ids: dict[str, str] = {}  # num (as text) → the article's store id, for story ids
        self.pairs: dict[tuple[str, str], float] = {}  # the clusterer's cache of stored pairs' chances

    def _load(self, nums: list[int]) -> None:
        missing = [n for n in nums if n not in self._vecs]
        sql = "SELECT article, day, terms FROM story_terms WHERE article IN ({marks})"
        for num, day, blob in self.store.query_in(sql, missing):
            art = ArticleTerms(str(num), day, "", views={k: Counter(v) for k, v in (unpack(blob) or {}).items()})
            self._remember(int(num), day, vectors(art))

    def _remember(self, num: int, day: str | None, vecs: dict[str, Vector]) -> None:
        self._vecs[num] = (day, vecs)
        self._vecs.move_to_end(num)
        while len(self._vecs) > VECTOR_CACHE:
            self._vecs.popitem(last=False)

    def candidates(self, keys: list[str], day: str | None, window: int) -> list[str]:
        if not keys:
            return []
        d = _ordinal(day)
        lo = hi = None
        if d is not None:  # the window within the calendar: a day of year 1 or 9999 has no days past it
            lo = date.fromordinal(max(1, d - window)).isoformat()
            hi = date.fromordinal(min(date.max.toordinal(), d + window)).isoformat()
        hits: dict[str, int] = {}
        for k in keys:
            if lo is None:
                rows = self.store.query(
                    f"SELECT article FROM story_keys WHERE key = ? ORDER BY article DESC LIMIT {POSTING_CAP}", (k,)
                )
            else:  # undated articles match any day
                rows = self.store.query(
                    "SELECT article FROM story_keys WHERE key = ? AND (day IS NULL OR day BETWEEN ? AND ?) "
                    f"ORDER BY article DESC LIMIT {POSTING_CAP}",
                    (k, lo, hi),
                )
            for (num,) in rows:
                hits[str(num)] = hits.get(str(num), 0) + 1
        best = rank_candidates(hits)
        if best:
            marks = ",".join("?" * len(best))
            for num, story in self.store.query(
                f"SELECT article, story FROM story_members WHERE article IN ({marks})", [int(b) for b in best]
            ):
                self._story[int(num)] = story
        return best

    def members(self, story: str, limit: int) -> list[Member]:
        rows = self.store.query(
            f"SELECT article FROM story_members WHERE story = ? ORDER BY article DESC LIMIT {int(limit)}", (story,)
        )
        nums = [int(r[0]) for r in rows]
        self._load(nums)
        out = []
        for n in nums:
            got = self._vecs.get(n)
            if got is not None:
                out.append(Member(str(n), got[0], got[1], story))
        return out

    def vectors(self, articles: list[str]) -> dict[str, dict[str, Vector]]:
        nums = [int(a) for a in articles]
        self._load(nums)
        return {str(n): self._vecs[n][1] for n in nums if n in self._vecs}

    def story_of(self, article: str) -> str | None:
        num = int(article)
        if num in self._story:
            return self._story[num]
        return self.store.scalar("SELECT story FROM story_members WHERE article = ?", (num,))

    def new_story_id(self, art: ArticleTerms) -> str:
        return story_id(self.hash_ids.get(art.id, art.id))

    def add(self, art: ArticleTerms, vecs: dict[str, Vector], keys: list[str], story: str, score: float) -> None:
        num = int(art.id)
        s = self.store
        s.execute(
            "INSERT INTO story_terms (article, day, terms) VALUES (?, ?, ?) ON CONFLICT (article) DO NOTHING",
            (num, art.day, pack({k: dict(v) for k, v in art.views.items()})),
        )
        s.executemany(
            "INSERT INTO story_keys (key, article, day) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(k, num, art.day) for k in sorted(set(keys))],
        )
        s.execute(
            "INSERT INTO story_members (article, story, score) VALUES (?, ?, ?) "
            "ON CONFLICT (article) DO UPDATE SET story = excluded.story, score = excluded.score",
            (num, story, score),
        )
        day = art.day
        if not self._grow(story, 1, day, day):
            s.execute(
                "INSERT INTO stories (id, first_article, first_seen, last_seen, size, updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                (story, num, day, day, now()),
            )
        self._story[num] = story
        self._remember(num, day, vecs)

    def _grow(self, story: str, n: int, first: str | None, last: str | None) -> bool:
        """Add ``n`` articles seen from ``first`` to ``last`` to a story's row; False if it has none."""
        row = self.store.execute("SELECT first_seen, last_seen FROM stories WHERE id = ?", (story,)).fetchone()
        if row is None:
            return False
        f = min((x for x in (row[0], first) if x), default=None)
        la = max((x for x in (row[1], last) if x), default=None)
        self.store.execute(
            "UPDATE stories SET size = size + ?, first_seen = ?, last_seen = ?, updated_at = ? WHERE id = ?",
            (n, f, la, now(), story),
        )
        return True

    def merge(self, source: str, target: str, score: float) -> None:
        s = self.store
        s.execute("UPDATE story_members SET story = ? WHERE story = ?", (target, source))
        row = s.execute("SELECT first_seen, last_seen, size FROM stories WHERE id = ?", (source,)).fetchone()
        if row:
            self._grow(target, int(row[2]), row[0], row[1])
            s.execute("DELETE FROM stories WHERE id = ?", (source,))
        s.execute(
            "INSERT INTO story_merges (source, target, score, at) VALUES (?, ?, ?, ?)", (source, target, score, now())
        )
        for k, v in list(self._story.items()):
            if v == source:
                self._story[k] = target

    def first_of(self, story: str) -> tuple[str, str]:
        row = self.store.execute(
            "SELECT s.first_seen, a.id FROM stories s JOIN articles a ON a.num = s.first_article WHERE s.id = ?",
            (story,),
        ).fetchone()
        return (row[0] or "0000-00-00", row[1]) if row else ("9999-99-99", story)


def backend_for(store: Store) -> StoreBackend:
    """One backend per open store (its caches live as long as the connection)."""
    b = store._story_backend
    if b is None:
        if store.scalar("SELECT 1 FROM story_terms LIMIT 1") is None:
            _mark(store, FEATURES_VERSION)  # the first bags: they are made with these features
        b = StoreBackend(store)
        store._story_backend = b
    return b


# -- which features the stored bags were made with -----------------------------------
VERSION_ROW = -1  # the story_terms row of the version (article numbers start at 1)
VERSION_LOCK = 0x77617274_73747279  # PostgreSQL advisory lock of a re-clustering ("wartstry")
# Re-cluster automatically up to this many articles; beyond, refuse and name the command.
# Measured on detik_2025 (ingested with -j 1; SQLite; 2 cores shared with other work): its 884
# stored articles re-cluster in 3 s on a quiet machine (~280 articles/s) and 8-11 s under
# load (80-110 articles/s), so 10,000 take from 35 s to 2 minutes, about the most an ingest
# should pause unasked.
AUTO_REBUILD_ARTICLES = 10_000
REBUILD_RATE = 100  # articles/s, the measured rate under load, for the time a message quotes


class StaleStories(StoreError):
    """The corpus' stories were made with other story features and must be re-clustered."""


def _mark(store: Store, version: int, rebuilding: bool = False) -> None:
    state: dict[str, Any] = {"features_version": version}
    if rebuilding:
        state["rebuilding"] = True
    store.execute(
        "INSERT INTO story_terms (article, day, terms) VALUES (?, NULL, ?) "
        "ON CONFLICT (article) DO UPDATE SET terms = excluded.terms",
        (VERSION_ROW, pack(state)),
    )


def stored_version(store: Store) -> dict[str, Any] | None:
    """The version row of the stored bags (``{"features_version": N}``), None when there is none."""
    blob = store.scalar("SELECT terms FROM story_terms WHERE article = ?", (VERSION_ROW,))
    if blob is None:
        return None
    state = unpack(blob)
    return state if isinstance(state, dict) else {"features_version": 0}


def _stale_reason(store: Store) -> str | None:
    """Why the stored bags cannot be compared with new ones, or None when they can."""
    state = stored_version(store)
    if state is None:
        if store.scalar("SELECT 1 FROM articles LIMIT 1") is None:
            return None  # an empty corpus: the first bags will be current
        return "its stories were made by an older Warta (before story features had versions)"
    if state.get("rebuilding"):
        return "a re-clustering of its stories is under way or was interrupted"
    v = int(state.get("features_version") or 0)
    if v == FEATURES_VERSION:
        return None
    if v > FEATURES_VERSION:
        raise StoreError(
            f"the stories of this corpus were made with story features version {v}, newer than this Warta's "
            f"({FEATURES_VERSION}); upgrade Warta"
        )
    return f"its stories were made with story features version {v}, this Warta uses {FEATURES_VERSION}"


def ensure_current(store: Store, stream: TextIO | None = None, *, max_articles: int = AUTO_REBUILD_ARTICLES) -> bool:
    """Re-cluster the corpus when its stored bags were made with other story features.

    Why: new articles compared with stale bags silently make worse stories. Up to
    ``max_articles`` it is done at once (saying so in one line on ``stream``); a larger corpus,
    or one whose re-clustering is under way or was interrupted, raises :class:`StaleStories`
    naming ``warta stories --db … --rebuild``. True when it re-clustered."""
    if not store.stories:
        return False
    reason = _stale_reason(store)
    if reason is None:
        if stored_version(store) is None:  # an empty corpus: its bags will be made with these features
            with store.transaction():
                _mark(store, FEATURES_VERSION)
        return False
    n = int(store.scalar("SELECT COUNT(*) FROM articles") or 0)
    state = stored_version(store)
    if n > max_articles or (state is not None and state.get("rebuilding")):
        raise _stale(store, reason, n)
    print(
        f"warta: {_redact(store.db)}: {reason}; re-clustering the stories of {n:,} articles (about {_duration(n)})",
        file=stream or sys.stderr,
    )
    return rebuild(store, force=False) is not None


def _stale(store: Store, reason: str, n: int) -> StaleStories:
    db = _redact(store.db)
    if reason.startswith("a re-clustering"):
        reason += " (wait for it, or if it was stopped run it again)"
    return StaleStories(
        f"{db}: {reason}; re-cluster them with `warta stories --db {db} --rebuild` "
        f"({n:,} articles, about {_duration(n)}) before adding articles or listing stories"
    )


def _duration(n: int) -> str:
    s = n / REBUILD_RATE
    return f"{max(1, round(s))} s" if s < 90 else f"{round(s / 60)} min"


_ORDER = "SELECT num, id FROM articles ORDER BY published, COALESCE(source_id, id), id"


def assign(store: Store, num: int, article_id: str, rec: dict[str, Any]) -> str:
    """Put a just-written article into a story (called inside the article's transaction)."""
    t0 = time.perf_counter()
    backend = backend_for(store)
    art = article_terms(rec, str(num))
    backend.hash_ids[str(num)] = article_id
    decision = Clusterer(backend).add(art)
    backend.hash_ids.pop(str(num), None)
    store.story_seconds += time.perf_counter() - t0
    return decision.story


def rebuild(store: Store, *, force: bool = True) -> int | None:
    """Cluster every stored article again, oldest first (after a model change); returns stories.

    In transactions of 200 articles, so a large corpus does not hold the write lock for long;
    until the last one the version row says a re-clustering is under way, which
    :func:`ensure_current` refuses (an interrupted one stays so until this runs again).
    ``force=False`` (the automatic one): None, doing nothing, when another process already
    re-clustered the corpus; :class:`StaleStories` when one is under way."""
    with store.transaction():
        if store.dialect == "postgres":
            store.execute("SELECT pg_advisory_xact_lock(?)", (VERSION_LOCK,))
        if not force:  # re-read under the lock: another process may have got here first
            reason = _stale_reason(store)
            if reason is None:
                return None
            state = stored_version(store)
            if state is not None and state.get("rebuilding"):
                raise _stale(store, reason, int(store.scalar("SELECT COUNT(*) FROM articles") or 0))
        for t in ("story_merges", "stories", "story_members", "story_keys", "story_terms"):
            store.execute(f"DELETE FROM {t}")
        _mark(store, FEATURES_VERSION, rebuilding=True)  # also keeps the first bags from marking it done
    store._story_backend = None
    rows = store.query(_ORDER)
    for i in range(0, len(rows), 200):
        with store.transaction():
            for num, aid in rows[i : i + 200]:
                try:
                    rec = store.record(aid)
                except StoreError as e:  # a damaged row gets no story; the others are re-clustered
                    store.link_failures.append(str(e))
                    continue
                if rec is not None:
                    assign(store, int(num), aid, rec)
    with store.transaction():
        _mark(store, FEATURES_VERSION)
    return int(store.scalar("SELECT COUNT(*) FROM stories") or 0)


# -- reading -------------------------------------------------------------------------
def _infos(store: Store, nums: list[int]) -> list[ArticleInfo]:
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    arts = {
        int(n): ArticleInfo(id=aid, title=t or "", day=p, outlet=o, url=u)
        for n, aid, t, p, o, u in store.query(
            f"SELECT num, coalesce(source_id, id), title, published, outlet, url FROM articles WHERE num IN ({marks})",
            nums,
        )
    }
    for art, name, label, count in store.query(
        f"SELECT m.article, e.name, e.label, m.count FROM mentions m JOIN entities e ON e.num = m.entity "
        f"WHERE m.article IN ({marks})",
        nums,
    ):
        if int(art) in arts:
            arts[int(art)].entities.append((name, label, int(count or 1)))
    for art, speaker, text in store.query(
        f"SELECT article, speaker, text FROM quotes WHERE article IN ({marks}) ORDER BY article, idx", nums
    ):
        if int(art) in arts:
            arts[int(art)].quotes.append((speaker, text))
    return [arts[n] for n in nums if n in arts]


def story(store: Store, sid: str, max_articles: int = 500) -> dict[str, Any] | None:
    """One story, described: label (its most central title), span, outlets, entities, quotes, timeline."""
    row = store.execute("SELECT id, size FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is None:
        return None
    nums = [
        int(r[0])
        for r in store.query(
            f"SELECT article FROM story_members WHERE story = ? ORDER BY article LIMIT {int(max_articles)}", (sid,)
        )
    ]
    infos = _infos(store, nums)
    backend = StoreBackend(store)
    backend._load(nums[-40:])
    by_num = dict(zip(nums, infos, strict=False))
    vecs = {by_num[n].id: backend._vecs[n][1] for n in nums[-40:] if n in backend._vecs and n in by_num}
    label_id = central(sorted(vecs), vecs) if vecs else None
    d = describe(sid, infos, label_id).to_dict()
    d["merges"] = [
        {"from": s, "score": round(float(x), 4), "at": at}
        for s, x, at in store.query("SELECT source, score, at FROM story_merges WHERE target = ? ORDER BY at", (sid,))
    ]
    return d


def stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    entity_nums: list[int] | None = None,
    min_size: int = 1,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Stories seen in a period (or mentioning some entities), largest first."""
    where, params = ["s.size >= ?"], [min_size]
    if since:
        where.append("s.last_seen >= ?")
        params.append(since)
    if until:
        where.append("s.first_seen <= ?")
        params.append(until + "\uffff" if len(until) < 10 else until)
    if entity_nums is not None:
        if not entity_nums:
            return []
        marks = ",".join("?" * len(entity_nums))
        where.append(
            f"s.id IN (SELECT sm.story FROM story_members sm JOIN mentions mm ON mm.article = sm.article "
            f"WHERE mm.entity IN ({marks}))"
        )
        params.extend(entity_nums)
    rows = store.query(
        f"SELECT s.id FROM stories s WHERE {' AND '.join(where)} "
        f"ORDER BY s.size DESC, s.last_seen DESC, s.id LIMIT {int(limit)}",
        params,
    )
    out = []
    for (sid,) in rows:
        d = story(store, sid, max_articles=200)
        if d is not None:
            d.pop("articles", None)
            out.append(d)
    return out


def stories_of_entity(store: Store, entity_nums: list[int], limit: int = 10) -> list[dict[str, Any]]:
    """The stories an entity appears in (for its profile): id, label, size, span."""
    return [
        {k: s[k] for k in ("id", "label", "size", "first_seen", "last_seen")}
        for s in stories(store, entity_nums=entity_nums, min_size=1, limit=limit)
    ]


__all__ = [
    "FEATURES_VERSION",
    "StaleStories",
    "StoreBackend",
    "assign",
    "backend_for",
    "ensure_current",
    "normalize_name",
    "rebuild",
    "stored_version",
    "stories",
    "story",
]
