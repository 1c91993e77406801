"""Layer 'events': who did what to whom — PLOVER event coding (plus Warta's CRIME) for each
sentence that reports an act (GUIDELINES.md `events`).

Reads the sentences, the entities, the dates and the quotes; fills ``article.events`` in text
order. Triggers come from the verb patterns in ``data/verbs.tsv`` (:mod:`.triggers`, which also
drops negated, planned, hypothetical, asked-about and background acts); the actor and the
recipient are read by voice and named as quote speakers are (:mod:`.parties`, which reuses the
quotes layer's noun-phrase and pronoun resolution).
"""

from __future__ import annotations

from warta.document import Article, Event
from warta.events.parties import Parties
from warta.events.triggers import blocked, find
from warta.quotes.text import layout, words

__all__ = ["annotate", "extract"]


def extract(article: Article) -> list[Event]:
    """The events of an article (without storing them)."""
    lay = layout(article)
    parties = Parties(article, lay)
    out: list[Event] = []
    seen: set[tuple] = set()
    sent_index = {(s.start, s.end): i for i, s in enumerate(article.sentences)}
    for ss, se, _para in lay.sentences:
        ws = words(article.norm, ss, se)
        if not ws:
            continue
        for t in find(ws):
            if blocked(article.norm, ws, t, se) is not None:
                continue
            ev = parties.event(t, ws, ss, se, sent_index.get((ss, se), -1))
            if ev is None:
                continue
            key = (ev.sentence, ev.start, ev.type, _name(ev.actor), _name(ev.recipient))
            if key in seen:
                continue
            seen.add(key)
            out.append(ev)
            parties.remember(ev)
    return out


def _name(sp) -> str | None:
    return sp.name.lower() if sp is not None else None


def annotate(article: Article) -> None:
    """Fill ``article.events``."""
    article.events = extract(article)
