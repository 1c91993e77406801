"""What a story clusterer compares: a few bags of terms ("views") drawn from a read record.

Why views rather than one vector: an article's title, its lead, its whole body, the names in
it, who is quoted and the sentences that carry its dates each say something different about which
happening it reports, and measured on the gold set a weighted mix of their similarities
ranks same-story pairs better than any one of them (see ``scripts/fit_story_weights.py``).
Everything is read from earlier layers (sentences, entities, quotes, dates): nothing is
re-derived here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

VIEWS = ("title", "body", "names", "speakers", "phrases", "setting", "lead", "entities")
LEAD_SENTENCES = 3  # the lead view: the title and these first sentences
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Indonesian stop words (stopwords-iso, the aggressive list: ``tahun`` and ``hari`` go too)."""
    text = (files("warta.stories") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def words(text: str) -> list[str]:
    """Case-folded content words (letters of 3+ or numbers), stop words dropped."""
    stop = stopwords()
    return [w for w in _WORD.findall(text.casefold()) if w not in stop]


def bigrams(ws: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in zip(ws, ws[1:], strict=False)]


@dataclass(slots=True)
class ArticleTerms:
    """One article as the clusterer sees it: id, day, outlet and one term bag per view."""

    id: str
    day: str | None
    title: str
    outlet: str | None = None
    views: dict[str, Counter[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "day": self.day,
            "title": self.title,
            "outlet": self.outlet,
            "views": {k: dict(v) for k, v in self.views.items()},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleTerms:
        return cls(
            id=str(d["id"]),
            day=d.get("day"),
            title=d.get("title") or "",
            outlet=d.get("outlet"),
            views={k: Counter(v) for k, v in (d.get("views") or {}).items()},
        )


def _sentences(rec: dict[str, Any]) -> list[dict[str, Any]]:
    sents = rec.get("sentences")
    if isinstance(sents, list) and sents:
        return [s for s in sents if isinstance(s, dict) and isinstance(s.get("text"), str)]
    body = rec.get("body") or rec.get("text") or ""
    return [{"text": body, "start": 0, "end": len(body)}] if isinstance(body, str) else []


def _day(value: Any) -> str | None:
    if isinstance(value, str):
        m = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        if m:
            return m.group(0)
    return None


def article_terms(rec: dict[str, Any], article_id: str | None = None) -> ArticleTerms:
    """The views of one read record (the dict of :meth:`warta.Article.to_dict`)."""
    title = rec.get("title") if isinstance(rec.get("title"), str) else ""
    sents = _sentences(rec)
    views: dict[str, Counter[str]] = {v: Counter() for v in VIEWS}
    views["title"].update(words(title))
    for s in sents:
        ws = words(s["text"])
        views["body"].update(ws)
        views["phrases"].update(bigrams(ws))
    # the lead: an article that touches two happenings goes with what its title and lead report
    views["lead"].update(words(title))
    for s in sents[:LEAD_SENTENCES]:
        views["lead"].update(words(s["text"]))
    for e in rec.get("entities") or []:
        if isinstance(e, dict) and e.get("label") in ("PER", "ORG", "LOC") and isinstance(e.get("canonical"), str):
            views["names"].update(words(e["canonical"]))
            # whole names too: "Budi Gunadi Sadikin" and "Budi Arie" share a word, not a name
            key = "_".join(words(e["canonical"]))
            if key:
                views["entities"][key] += len(e.get("mentions") or [1])
    for q in rec.get("quotes") or []:
        if isinstance(q, dict) and isinstance(q.get("speaker"), str):
            views["speakers"].update(words(q["speaker"]))
    # the setting: sentences that carry a day ("… di Istana Negara, Senin (20/10/2025)")
    days = [d.get("start") for d in rec.get("dates") or [] if isinstance(d, dict) and d.get("granularity") == "day"]
    days = [x for x in days if isinstance(x, int)]
    for s in sents:
        st, en = s.get("start"), s.get("end")
        if isinstance(st, int) and isinstance(en, int) and any(st <= x < en for x in days):
            ws = words(s["text"])
            views["setting"].update(ws + bigrams(ws))
    rid = article_id if article_id is not None else rec.get("id")
    outlet = rec.get("outlet") if isinstance(rec.get("outlet"), str) else None
    return ArticleTerms(
        id=str(rid) if rid is not None else "",
        day=_day(rec.get("published")),
        title=title,
        outlet=outlet,
        views={k: v for k, v in views.items() if v},
    )
