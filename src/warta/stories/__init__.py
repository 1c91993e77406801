"""Stories: articles that report one real-world happening, grouped across outlets and days.

    >>> from warta.stories import cluster_records
    >>> stories = cluster_records(records)          # raw or already-read records
    >>> [(s.label, s.ids) for s in stories]

A story is one incident, announcement with its reactions, meeting, or case at one stage
(the definition of ``../shared/eval/stories``). Articles are compared by a few views (title,
name words and whole names, the sentences that carry dates, the topic without the
names, the occasion of the statements, the amounts), mixed by a small fitted model (:mod:`warta.stories.similarity`), and clustered incrementally by average link within
a time window (:mod:`warta.stories.cluster`); the corpus keeps stories up to date at ingest
(:mod:`warta.stories.store`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warta.stories.cluster import Clusterer, MemoryBackend, cluster, story_id
from warta.stories.features import ArticleTerms, article_terms
from warta.stories.story import ArticleInfo, Story, central, describe

# the layers the views read (the core layers always run)
LAYERS = ["entities", "dates", "amounts", "quotes"]


def is_read(rec: dict[str, Any]) -> bool:
    """A record that already went through :func:`warta.read` (has sentences and entities)."""
    return isinstance(rec.get("sentences"), list) and isinstance(rec.get("entities"), list)


def read_for_stories(rec: dict[str, Any]) -> dict[str, Any]:
    """The record read by the layers stories need (kept as it is when already read)."""
    if is_read(rec):
        return rec
    import warta

    return warta.read(rec, layers=LAYERS).to_dict()  # its id as read: a number as its text


def cluster_records(records: Iterable[dict[str, Any]], describe_stories: bool = True) -> list[Story]:
    """Group records into stories, largest first (ties: earliest first article).

    Records with the same URL are one article: the later ones join the first one's story."""
    from warta.corpus.ingest import page_key

    terms: list[ArticleTerms] = []
    infos: dict[str, ArticleInfo] = {}
    same_url: dict[str, list[str]] = {}
    first_of_url: dict[str, str] = {}
    for n, raw in enumerate(records):
        rec = read_for_stories(raw)
        rid = str(rec.get("id") if rec.get("id") is not None else f"record-{n + 1}")
        key = page_key(rec.get("url"))
        if key is not None:
            if key in first_of_url:
                same_url.setdefault(first_of_url[key], []).append(rid)
                continue
            first_of_url[key] = rid
        terms.append(article_terms(rec, rid))
        infos[rid] = ArticleInfo.from_record(rec, rid)
    groups = cluster(terms)
    by_id = {t.id: t for t in terms}
    out: list[Story] = []
    for sid, ids in groups.items():
        ids = ids + [x for i in ids for x in same_url.get(i, [])]
        if describe_stories:
            from warta.stories.similarity import vectors

            vecs = {i: vectors(by_id[i]) for i in ids if i in by_id}
            members = [infos[i] for i in ids if i in infos]
            members += [ArticleInfo(id=x) for i in ids for x in same_url.get(i, [])]
            out.append(describe(sid, members, central([i for i in ids if i in by_id], vecs)))
        else:
            out.append(describe(sid, [ArticleInfo(id=i) for i in ids]))
    out.sort(key=lambda s: (-s.size, s.first_seen or "", s.ids[0]))
    return out


__all__ = [
    "ArticleInfo",
    "ArticleTerms",
    "Clusterer",
    "MemoryBackend",
    "Story",
    "article_terms",
    "cluster",
    "cluster_records",
    "describe",
    "read_for_stories",
    "story_id",
]
