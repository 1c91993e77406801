"""Incremental story clustering: each new article joins the story it fits best or starts one.

Why this shape:
- one algorithm for the one-shot command and for ingest: articles are added one at a time,
  so a corpus clustered as it grows gets the same stories as a file clustered at once (in
  the same order);
- no all-pairs: an article is compared only with articles that share one of its
  :data:`KEY_TERMS` most telling terms (an inverted index) and fall within the time window,
  each term's list read newest first and capped (:data:`POSTING_CAP`), and only the
  :data:`CANDIDATES` articles sharing most terms are kept (as near-duplicate detection does
  with LSH bands), so the cost of one article stays flat as the corpus grows;
- average link, and a same-day top-k link: an article joins a story when its mean same-story
  chance over the story's (most recent) members passes the threshold, so one loosely related
  member does not chain two happenings together; or when the story has at least ``link_top``
  members published the same day as the article and the mean of its chances with the
  ``link_top`` closest of them passes it (``data/weights.json``; 0: off). A happening told
  through many points on one day (a cabinet session's address, a death and the inquiry
  into it) has members that share little with each other, but an article's nearest neighbour
  in it is nearly always a true mate: the mean over all members under-joins such stories,
  the single best member would chain two happenings, the mean of the three best needs three
  members to agree. Only the same day's members count for it: over several days the same
  rule chains one programme's running updates (measured: the bansos pieces of 10-17 to
  10-22 grew into one story of 21 articles). Or when one member is almost surely the same
  happening (its chance passes the threshold by :data:`STRONG_MARGIN`: a near-copy). After a
  join, a story that now averages above the threshold with another candidate story, over all
  their members' pairs (plain average link: two stories merge only when they agree as
  wholes), is merged into it (the older story keeps its id). Two stories of one and the same
  day also merge when the mean of their ``link_top`` closest cross pairs passes the
  threshold by ``merge_margin`` (``data/weights.json``; negative: off): a one-day happening
  told through many points (a cabinet session's address and its scene, a death and its
  inquiry) grows as two or three fragments, each coherent, whose articles share little across
  fragments but whose closest articles are clearly mates. Only one-day stories: over several
  days the same rule chains one programme's running updates (measured: a 19-article bansos
  chain from 10-17 to 10-20 in the eight windows' joint run, 14 with the one-day rule);
- repeatable: ties break on ids, story ids derive from the first article's id.

The state lives behind :class:`Backend`, in memory here (:class:`MemoryBackend`) or in the
corpus store (``warta.stories.store``).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from warta.stories.features import ArticleTerms
from warta.stories.similarity import Vector, Weights, idf, same_story, vectors, weights

KEY_TERMS = 12  # blocking keys per article: its most telling title, name and body terms
POSTING_CAP = 200  # newest in-window articles read per key
CANDIDATES = 30  # articles sharing the most keys are compared (their stories, rather)
MEMBERS_COMPARED = 12  # a story is judged by its most recent members
STRONG_MARGIN = 0.5  # one member this far above the threshold is enough (a follow-up, a near-copy)
PREFILTER = 0.5  # … once one of its candidate members reaches this share of the threshold
UNDATED = "0000-00-00"
PAIR_CACHE = 200_000  # stored pairs' chances kept between articles (story merges re-judge the same pairs)


def top_link(ps: list[float], k: int) -> float:
    """The mean of the ``k`` highest chances; 0 when there are fewer than ``k`` (or ``k`` is 0)."""
    if not k or len(ps) < k:
        return 0.0
    return math.fsum(sorted(ps, reverse=True)[:k]) / k


def rank_candidates(hits: dict[str, int]) -> list[str]:
    """The :data:`CANDIDATES` articles sharing most blocking keys (ties: newest id first)."""
    best = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
    return sorted(a for a, _ in best)


def story_id(first_article: str) -> str:
    """A stable story id from the id of the article that started it."""
    return "s" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:12]


def blocking_keys(art: ArticleTerms, k: int = KEY_TERMS) -> list[str]:
    """The article's most telling terms: sublinear TF x IDF over title (x3), names (x2), topic."""
    score: dict[str, float] = {}
    for view, boost in (("title", 3.0), ("names", 2.0), ("topic", 1.0)):
        for t, c in art.views.get(view, {}).items():
            if not t.isdigit():
                score[t] = score.get(t, 0.0) + boost * (1.0 + math.log(c)) * idf(t)
    return [t for t, _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def _ordinal(day: str | None) -> int | None:
    if not day or day == UNDATED:
        return None
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


@dataclass(slots=True)
class Member:
    """What the clusterer keeps of a stored article."""

    id: str
    day: str | None
    vectors: dict[str, Vector]
    story: str


class Backend(Protocol):
    """Where the clusterer's state lives (memory or the corpus store)."""

    def candidates(self, keys: list[str], day: str | None, window: int) -> list[str]: ...
    def members(self, story: str, limit: int) -> list[Member]: ...
    def story_of(self, article: str) -> str | None: ...
    def vectors(self, articles: list[str]) -> dict[str, dict[str, Vector]]: ...
    def add(self, art: ArticleTerms, vecs: dict[str, Vector], keys: list[str], story: str, score: float) -> None: ...
    def merge(self, source: str, target: str, score: float) -> None: ...
    def first_of(self, story: str) -> tuple[str, str]: ...
    def new_story_id(self, art: ArticleTerms) -> str: ...


@dataclass
class Decision:
    """Where one article went, and why (for the record and for tests)."""

    article: str
    story: str
    score: float | None  # mean same-story chance with the story joined; None = started one
    merged: list[tuple[str, float]] = field(default_factory=list)  # stories merged into it


class Clusterer:
    """Adds articles one by one to the stories held by ``backend``."""

    def __init__(self, backend: Backend, w: Weights | None = None) -> None:
        self.backend = backend
        self.w = w or weights()
        # stored articles' chances, kept by the backend across articles (their vectors never change)
        self._pairs: dict[tuple[str, str], float] = getattr(backend, "pairs", None)
        if self._pairs is None:
            self._pairs = {}

    def _pair(self, x: Member, y: Member) -> float:
        key = (x.id, y.id) if x.id < y.id else (y.id, x.id)
        p = self._pairs.get(key)
        if p is None:
            if len(self._pairs) >= PAIR_CACHE:
                self._pairs.clear()
            p = self._pairs[key] = same_story(x.vectors, y.vectors, self.w)
        return p

    def _link(self, vecs: dict[str, Vector], day: str | None, members: list[Member], memo: dict[str, float]) -> float:
        if not members:
            return 0.0
        ps = []
        for m in members:
            if m.id not in memo:
                memo[m.id] = same_story(vecs, m.vectors, self.w)
            ps.append(memo[m.id])
        same_day = [p for m, p in zip(members, ps, strict=True) if day and m.day == day]
        return max(math.fsum(ps) / len(ps), top_link(same_day, self.w.link_top), max(ps) - STRONG_MARGIN)

    def _merge_link(self, a: list[Member], b: list[Member]) -> float:
        """Two stories' link: average link over all their pairs; or, when both are stories of
        one and the same day, the mean of their ``link_top`` closest pairs less
        ``merge_margin`` (see :func:`one_day_link`)."""
        ps = [self._pair(x, y) for x in a for y in b]
        link = math.fsum(ps) / len(ps)
        if self.w.merge_margin >= 0 and self.w.link_top and len({m.day for m in a + b}) == 1 and a[0].day:
            link = max(link, top_link(ps, self.w.link_top) - self.w.merge_margin)
        return link

    def _in_window(self, day: str | None, members: list[Member]) -> list[Member]:
        d = _ordinal(day)
        if d is None:
            return members
        return [m for m in members if (o := _ordinal(m.day)) is None or abs(o - d) <= self.w.window_days]

    def add(self, art: ArticleTerms) -> Decision:
        vecs = vectors(art)
        keys = blocking_keys(art)
        cands = self.backend.candidates(keys, art.day, self.w.window_days)
        # only stories with a candidate member that is itself close are judged on all their members
        cvecs = self.backend.vectors([c for c in cands if c != art.id])
        floor = self.w.threshold * PREFILTER
        # the new article's chance with each stored article, computed once (candidates are often members)
        memo = {c: same_story(vecs, v, self.w) for c, v in cvecs.items()}
        stories = sorted({s for c, p in memo.items() if p >= floor and (s := self.backend.story_of(c))})
        scored: list[tuple[float, str]] = []
        for s in stories:
            ms = self._in_window(art.day, self.backend.members(s, MEMBERS_COMPARED))
            scored.append((self._link(vecs, art.day, ms, memo), s))
        best = max(scored, key=lambda x: (x[0], _neg(x[1])), default=None)
        if best is None or best[0] < self.w.threshold:
            sid = self.backend.new_story_id(art)
            self.backend.add(art, vecs, keys, sid, 1.0)
            return Decision(art.id, sid, None)
        target = best[1]
        self.backend.add(art, vecs, keys, target, best[0])
        decision = Decision(art.id, target, best[0])
        # merges: the joined story against the other candidate stories, average link
        for _score, other in sorted(scored, key=lambda x: (-x[0], x[1])):
            if other == target or _score < self.w.threshold / 2:
                continue
            a = self.backend.members(target, MEMBERS_COMPARED)
            b = self.backend.members(other, MEMBERS_COMPARED)
            if not a or not b:
                continue
            link = self._merge_link(a, b)
            if link >= self.w.threshold:
                keep, gone = sorted((target, other), key=self.backend.first_of)
                self.backend.merge(gone, keep, link)
                decision.merged.append((gone, round(link, 4)))
                target = keep
                decision.story = keep
        return decision


def _neg(s: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in s)


class MemoryBackend:
    """The clusterer's state in dictionaries (the one-shot command, tests)."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], float] = {}  # the clusterer's cache of stored pairs
        self.postings: dict[str, list[str]] = {}
        self.arts: dict[str, Member] = {}
        self.stories: dict[str, list[str]] = {}
        self.scores: dict[str, float] = {}
        self.merges: list[tuple[str, str, float]] = []

    def candidates(self, keys: list[str], day: str | None, window: int) -> list[str]:
        d = _ordinal(day)
        hits: dict[str, int] = {}
        for k in keys:
            n = 0
            for a in reversed(self.postings.get(k, [])):
                o = _ordinal(self.arts[a].day)
                if d is None or o is None or abs(o - d) <= window:
                    hits[a] = hits.get(a, 0) + 1
                    n += 1
                    if n >= POSTING_CAP:
                        break
        return rank_candidates(hits)

    def new_story_id(self, art: ArticleTerms) -> str:
        return story_id(art.id)

    def members(self, story: str, limit: int) -> list[Member]:
        ids = self.stories.get(story, [])
        ms = [self.arts[i] for i in ids]
        ms.sort(key=lambda m: (m.day or UNDATED, m.id), reverse=True)
        return ms[:limit]

    def vectors(self, articles: list[str]) -> dict[str, dict[str, Vector]]:
        return {a: self.arts[a].vectors for a in articles if a in self.arts}

    def story_of(self, article: str) -> str | None:
        m = self.arts.get(article)
        return m.story if m else None

    def add(self, art: ArticleTerms, vecs: dict[str, Vector], keys: list[str], story: str, score: float) -> None:
        self.arts[art.id] = Member(art.id, art.day, vecs, story)
        self.stories.setdefault(story, []).append(art.id)
        self.scores[art.id] = score
        for k in keys:
            self.postings.setdefault(k, []).append(art.id)

    def merge(self, source: str, target: str, score: float) -> None:
        for a in self.stories.pop(source, []):
            self.arts[a].story = target
            self.stories[target].append(a)
        self.merges.append((source, target, score))

    def first_of(self, story: str) -> tuple[str, str]:
        ms = [self.arts[i] for i in self.stories.get(story, [])]
        first = min(ms, key=lambda m: (m.day or UNDATED, m.id))
        return (first.day or UNDATED, first.id)


def cluster(articles: Iterable[ArticleTerms], w: Weights | None = None) -> dict[str, list[str]]:
    """Group articles into stories, oldest first (ties by id): ``{story id: [article ids]}``."""
    backend = MemoryBackend()
    c = Clusterer(backend, w)
    seen: set[str] = set()
    for art in sorted(articles, key=lambda a: (a.day or UNDATED, a.id)):
        if art.id in seen:
            continue
        seen.add(art.id)
        c.add(art)
    return {s: list(ids) for s, ids in backend.stories.items()}
