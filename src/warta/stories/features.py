"""What a story clusterer compares: a few bags of terms ("views") drawn from a read record.

Why views rather than one vector: an article's title, the names in it, the
sentences that carry its dates, what it is about once the names are taken out, the occasion
of its statements and the sums it reports each say something different about which happening
it reports, and measured on the gold windows a weighted mix of their similarities ranks
same-story pairs better than any one of them (see ``scripts/fit_story_weights.py``).

The content views exist for one error: the same minister or agency speaking on different
matters the same day shares names, speakers and title words, so it looked like one story. The
*topic* (the body without the names, roles, days and verbs of saying) and the *occasion* ("… dalam
Sidang Kabinet Paripurna …": a session is a happening, a press conference is not) tell the
matters apart; the *amounts* (normalised values) tie reactions to the figure they react to.
Everything is read from earlier layers (sentences, entities, quotes, dates, amounts): nothing
is re-derived here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from warta.resources import word_set

# The version of the story features: bump it whenever the views below, their word lists
# (data/*.txt), the document-frequency table or the pair model (data/weights.json) change.
# A corpus records the version its stored term bags were made with (warta.stories.store), and
# one made with another version is re-clustered (or refused) before new articles are compared.
# 1: body/phrases/lead views (third round); 2: topic/occasion/amounts (issue #13);
# 3: no speakers view, forums and seminars are briefings, padding words out of the occasion;
# 4: a briefing's date sentence gives no setting; 5: the pair model refitted on six windows;
# 6: the scene gate (setting and occasion count only with a shared title or topic), refitted;
# 7: top-k link (an article's link to a story is the mean over its 3 closest members), refitted;
# 8: one-day stories merge on their 3 closest pairs (merge_margin), refitted.
FEATURES_VERSION = 8
# No "speakers" view: the speaker's name is already in ``names``, and a second view of it was
# the very signal of the recurring error (one minister's different matters, one story); left
# out, the five-window leave-one-out pairwise F1 rose from 0.707 to 0.758.
VIEWS = ("title", "names", "setting", "entities", "occasion", "topic", "amounts")
OCCASION_WORDS = 6  # an occasion is a short noun phrase ("rapat koordinasi nasional")
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")


def _word_list(name: str) -> frozenset[str]:
    return word_set("warta.stories", name)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Indonesian stop words (stopwords-iso, the aggressive list: ``tahun`` and ``hari`` go too)."""
    return _word_list("stopwords.txt")


@lru_cache(maxsize=1)
def _occasion_lists() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The words that open an occasion, those that make it a briefing, and the time words."""
    triggers = sorted(_word_list("occasion_triggers.txt"), key=lambda w: (-len(w), w))
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, triggers)) + r")\b", re.IGNORECASE)
    return pattern, _word_list("occasion_press.txt"), _word_list("occasion_time.txt")


@lru_cache(maxsize=1)
def _occasion_generic() -> frozenset[str]:
    """Words that pad an occasion without naming it ("acara", "gedung"): left out of it."""
    return _word_list("occasion_generic.txt")


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


def _spans(items: Any, key: str) -> list[tuple[int, int]]:
    out = []
    for x in items or []:
        sp = x.get(key) if isinstance(x, dict) else None
        if isinstance(sp, (list, tuple)) and len(sp) == 2 and all(isinstance(v, int) for v in sp):
            out.append((sp[0], sp[1]))
    return out


def _name_spans(rec: dict[str, Any]) -> list[tuple[int, int]]:
    """Where the names and the quote speakers are written (blanked out of the occasion)."""
    spans = []
    for e in rec.get("entities") or []:
        if isinstance(e, dict):
            for m in e.get("mentions") or []:
                if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                    spans.append((m["start"], m["end"]))
    return spans + _spans(rec.get("quotes"), "speaker_span")


def _name_words(rec: dict[str, Any]) -> set[str]:
    """Every word of the names, their written forms and their roles ("menteri", "keuangan", "ahy")."""
    texts: set[str] = set()
    for e in rec.get("entities") or []:
        if isinstance(e, dict):
            texts.update(t for t in (e.get("canonical"), e.get("role")) if isinstance(t, str))
            texts.update(
                m["text"] for m in e.get("mentions") or [] if isinstance(m, dict) and isinstance(m.get("text"), str)
            )
    return set(words(" . ".join(sorted(texts))))


def _blank(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (which starts at ``start``) with the spans replaced by spaces (offsets kept)."""
    end = start + len(text)
    inside = sorted((max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start)
    if not inside:
        return text
    parts, pos = [], 0
    for a, b in inside:
        if a > pos:
            parts.append(text[pos:a])
        if b > pos:
            parts.append(" " * (b - max(a, pos)))
            pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _occasion(text: str, cut: int, names: set[str]) -> list[str]:
    """The occasion named before a date in its sentence: the words after the last opener
    ("dalam", "saat", "usai" …), names and time words dropped; none for a briefing."""
    opener, press, time_words = _occasion_lists()
    last = max(opener.finditer(text, 0, cut), key=lambda m: m.start(), default=None)
    if last is None:
        return []
    ws = [w for w in words(text[last.end() : cut]) if w not in names and w not in time_words and not w.isdigit()]
    if any(w in press for w in ws):
        return []
    generic = _occasion_generic()
    return [w for w in ws if w not in generic][:OCCASION_WORDS]


def _amount_terms(rec: dict[str, Any]) -> list[str]:
    """Sums and counts by their normalised value ("Rp 10.300 triliun" = "Rp 10,3 kuadriliun");
    percentages and small numbers are too common to tie two reports together."""
    out = []
    for a in rec.get("amounts") or []:
        v = a.get("value") if isinstance(a, dict) else None
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or v < 10:
            continue
        if a.get("kind") == "percent":
            continue
        out.append(f"{a.get('kind')}:{a.get('currency') or a.get('unit') or ''}:{float(f'{v:.3g}'):g}")
    return out


def article_terms(rec: dict[str, Any], article_id: str | None = None) -> ArticleTerms:
    """The views of one read record (the dict of :meth:`warta.Article.to_dict`)."""
    title = rec.get("title") if isinstance(rec.get("title"), str) else ""
    sents = _sentences(rec)
    views: dict[str, Counter[str]] = {v: Counter() for v in VIEWS}
    views["title"].update(words(title))
    # the topic: what the article is about once the words of its names and roles are taken
    # out, and numbers and weekdays too (every article of a day shares "21", "10", "2025")
    names = _name_words(rec)
    _, press, time_words = _occasion_lists()
    # … and the saying and the briefing ("kata", "menyebut", "saat ditemui di kantornya"):
    # every statement has them, whatever its matter
    cues = set(
        words(
            " . ".join(
                q["cue"] for q in rec.get("quotes") or [] if isinstance(q, dict) and isinstance(q.get("cue"), str)
            )
        )
    )
    said = names | press | time_words | cues
    sent_words = [words(s["text"]) for s in sents]
    for ws in sent_words:
        views["topic"].update(w for w in ws if w not in said and not w.isdigit())
    for e in rec.get("entities") or []:
        if isinstance(e, dict) and e.get("label") in ("PER", "ORG", "LOC") and isinstance(e.get("canonical"), str):
            views["names"].update(words(e["canonical"]))
            # whole names too: "Budi Gunadi Sadikin" and "Budi Arie" share a word, not a name
            key = "_".join(words(e["canonical"]))
            if key:
                views["entities"][key] += len(e.get("mentions") or [1])
    # the setting: sentences that carry a day ("… di Istana Negara, Senin (20/10/2025)"),
    # and the occasion named there before the day ("dalam Sidang Kabinet Paripurna")
    days = [d.get("start") for d in rec.get("dates") or [] if isinstance(d, dict) and d.get("granularity") == "day"]
    days = [x for x in days if isinstance(x, int)]
    spans: list[tuple[int, int]] | None = None
    for s, ws in zip(sents, sent_words, strict=True):
        st, en = s.get("start"), s.get("end")
        if isinstance(st, int) and isinstance(en, int) and any(st <= x < en for x in days):
            # without the day itself (every statement of that day shares "selasa", "21", "10");
            # and a briefing's sentence ("… kata Asep dalam konferensi pers di Gedung Merah Putih
            # KPK, Selasa") sets no scene: a press conference is not a story, and its building
            # is shared by every case the agency briefs on that day
            if any(w in press for w in ws):
                ws = []
            ws = [w for w in ws if w not in time_words and not w.isdigit()]
            views["setting"].update(ws + bigrams(ws))
            first = min(x for x in days if st <= x < en)
            spans = _name_spans(rec) if spans is None else spans
            views["occasion"].update(_occasion(_blank(s["text"], st, spans), first - st, names))
    views["amounts"].update(_amount_terms(rec))
    rid = article_id if article_id is not None else rec.get("id")
    outlet = rec.get("outlet") if isinstance(rec.get("outlet"), str) else None
    return ArticleTerms(
        id=str(rid) if rid is not None else "",
        day=_day(rec.get("published")),
        title=title,
        outlet=outlet,
        views={k: v for k, v in views.items() if v},
    )
