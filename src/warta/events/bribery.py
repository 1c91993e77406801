"""Money in a story of graft: a gift told as alleged, money handed over to someone or taken from
someone is the bribe (CRIME `bribery`), not aid. One concern of the events layer, kept apart so
`extract` reads as the order of its checks."""

from __future__ import annotations

import re

from warta.document import Article, Event
from warta.events.lexicon import lexicon
from warta.events.triggers import Trigger
from warta.quotes.text import Word


def hedged(ws: list[Word], t: Trigger) -> bool:
    """Is the act told as alleged (`diduga menerima hadiah`)?"""
    return any(w.low in lexicon().words["offence_hedges"] for w in ws[max(0, t.first - 3) : t.first])


def graft_story(article: Article) -> bool:
    """Does the article tell of bribery or graft (`suap`, `gratifikasi`, `fee proyek`)? Money taken
    from someone there is the offence's step (`menerima uang Rp 2 miliar dari X`), not a gift."""
    low = article.norm.lower()
    return any(w in low for w in lexicon().words["bribery_story_words"])


def money_handed(t: Trigger) -> bool:
    """Is the act money handed over (`memberikan sejumlah uang`, `menyerahkan dana`)? A gift, or in
    a story of graft the bribe."""
    return t.type == "AID" and t.pattern.voice == "act" and any(w in ("uang", "dana") for w in t.pattern.words)


def paid(ev: Event, norm: str) -> bool:
    """Is money handed over to someone written after `kepada`/`ke` (`memberikan sejumlah uang kepada
    Yugi`)? Not the kind of money read as a party (`menyerahkan uang pengganti kerugian negara`)."""
    rec = ev.recipient
    if rec is None or rec.start is None or rec.start < ev.trigger_end:
        return False
    return bool(re.search(r"\b(kepada|ke)\b", norm[ev.trigger_end : rec.start], re.IGNORECASE))


def money_taken(t: Trigger) -> bool:
    """Is the act money taken (`menerima uang`, `mendapatkan uang`, `menerima aliran dana`): the
    offence's step in a story of graft (CRIME `bribery`, told from the taker's side)?"""
    return t.type == "CRIME" and t.pattern.mode == "bribery" and t.pattern.voice == "recv"


def as_bribe(ev: Event) -> None:
    """A gift told as alleged is a bribe (CRIME): its offender is the one who took it."""
    ev.type, ev.mode = "CRIME", "bribery"
    if ev.voice == "recv":  # `menerima hadiah dari X`: the receiver is the offender, the giver the other party
        ev.actor, ev.recipient = ev.recipient, ev.actor
