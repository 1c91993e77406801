"""What a story shows: a label, its span in time, outlets, main entities, key quotes, a timeline.

Why from plain per-article facts (:class:`ArticleInfo`): the same description is built from
freshly read records (the one-shot command) and from rows of the corpus store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from warta.stories.similarity import Vector, same_story

TOP_ENTITIES = 8
KEY_QUOTES = 5


@dataclass(slots=True)
class ArticleInfo:
    """The facts of one article a story description needs."""

    id: str
    title: str = ""
    day: str | None = None
    outlet: str | None = None
    url: str | None = None
    entities: list[tuple[str, str, int]] = field(default_factory=list)  # (name, label, mentions)
    quotes: list[tuple[str | None, str]] = field(default_factory=list)  # (speaker, text)

    @classmethod
    def from_record(cls, rec: dict[str, Any], article_id: str | None = None) -> ArticleInfo:
        from warta.corpus.store import outlet_from_url
        from warta.stories.features import _day

        ents = [
            (e["canonical"], e.get("label") or "MISC", len(e.get("mentions") or []) or 1)
            for e in rec.get("entities") or []
            if isinstance(e, dict) and isinstance(e.get("canonical"), str) and e["canonical"].strip()
        ]
        quotes = [
            (q.get("speaker") if isinstance(q.get("speaker"), str) else None, q["text"])
            for q in rec.get("quotes") or []
            if isinstance(q, dict) and isinstance(q.get("text"), str)
        ]
        rid = article_id if article_id is not None else rec.get("id")
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        return cls(
            id=str(rid),
            title=rec.get("title") if isinstance(rec.get("title"), str) else "",
            day=_day(rec.get("published")),
            outlet=(rec.get("outlet") if isinstance(rec.get("outlet"), str) else None) or outlet_from_url(url),
            url=url,
            entities=ents,
            quotes=quotes,
        )


@dataclass(slots=True)
class Story:
    """One story: its articles (oldest first) and what they share."""

    id: str
    label: str
    ids: list[str]
    first_seen: str | None
    last_seen: str | None
    size: int
    outlets: list[tuple[str, int]]
    entities: list[tuple[str, str, int]]  # (name, label, articles)
    quotes: list[dict[str, Any]]  # speaker, text, article
    timeline: list[tuple[str, int]]  # (day, articles)
    articles: list[dict[str, Any]] = field(default_factory=list)  # id, title, day, outlet, url

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["outlets"] = [{"outlet": o, "articles": n} for o, n in self.outlets]
        d["entities"] = [{"name": a, "label": b, "articles": n} for a, b, n in self.entities]
        d["timeline"] = [{"day": a, "articles": n} for a, n in self.timeline]
        return d


def central(ids: list[str], vecs: dict[str, dict[str, Vector]]) -> str:
    """The member most like the others (mean same-story chance), ties to the oldest id."""
    if len(ids) <= 2:
        return ids[0]
    best, best_score = ids[0], -1.0
    for i in ids:
        if i not in vecs:
            continue
        s = sum(same_story(vecs[i], vecs[j]) for j in ids if j != i and j in vecs)
        if s > best_score + 1e-12:
            best, best_score = i, s
    return best


def describe(story_id: str, infos: list[ArticleInfo], label_id: str | None = None) -> Story:
    """The description of one story from its members' facts (``label_id``: the central article)."""
    infos = sorted(infos, key=lambda a: (a.day or "", a.id))
    by_id = {a.id: a for a in infos}
    label_src = by_id.get(label_id or "") or infos[0]
    days = [a.day for a in infos if a.day]
    outlets = Counter(a.outlet for a in infos if a.outlet)
    ent_articles: Counter[tuple[str, str]] = Counter()
    for a in infos:
        ent_articles.update({(n, lab) for n, lab, _ in a.entities if lab in ("PER", "ORG", "LOC")})
    top = sorted(ent_articles.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]
    # key quotes: by speakers who are among the story's top entities, one per speaker, longest first
    top_names = {n for (n, _), _ in top}
    quotes: list[dict[str, Any]] = []
    seen_speakers: set[str] = set()
    pool = [(sp, text, a.id) for a in infos for sp, text in a.quotes if sp]
    pool.sort(key=lambda q: (q[0] not in top_names, -len(q[1]), q[2]))
    for sp, text, aid in pool:
        if sp in seen_speakers or len(text) < 40:
            continue
        seen_speakers.add(sp)
        quotes.append({"speaker": sp, "text": text if len(text) <= 400 else text[:399] + "…", "article": aid})
        if len(quotes) >= KEY_QUOTES:
            break
    return Story(
        id=story_id,
        label=label_src.title or label_src.id,
        ids=[a.id for a in infos],
        first_seen=min(days) if days else None,
        last_seen=max(days) if days else None,
        size=len(infos),
        outlets=sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0])),
        entities=[(n, lab, c) for (n, lab), c in top],
        quotes=quotes,
        timeline=sorted(Counter(days).items()),
        articles=[{"id": a.id, "title": a.title, "day": a.day, "outlet": a.outlet, "url": a.url} for a in infos],
    )
