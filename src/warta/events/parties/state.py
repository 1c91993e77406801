"""The article a party reader reads and what every reader asks of it: the entity mentions in a span,
the quote at a position, what the quotes layer's resolver makes of a phrase, and what the readers
remember from one event to the next (the last actor of each type, the case's accused, the last pair).
One place for the state, so the reader modules beside it hold only rules."""

from __future__ import annotations

from bisect import bisect_left

from warta.document import Article, Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.quotes.speakers import LOOKBACK_CHARS, MAX_MENTION_CHARS, Resolver
from warta.quotes.text import Layout


def _same(a: Speaker | None, b: Speaker | None) -> bool:
    """Are two parties one: the same entity, or the same name (a carried party has no span to compare)."""
    if a is None or b is None:
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.name.lower() == b.name.lower()


class PartyState:
    """The article, its resolver and lookups, and the readers' memory across its events."""

    def __init__(self, article: Article, lay: Layout):
        self.a = article
        self.norm = article.norm
        quoted = [(q.start, q.end) for q in article.quotes if q.kind == "direct"]
        self.r = Resolver(article, lay, quoted)
        for q in article.quotes:
            if q.speaker is not None:
                self.r.add(q.start, q.speaker)
        self.last_actor: dict[str, Speaker] = {}
        self.last_enforcer: Speaker | None = None  # the actor of the last arrest or investigation step
        self.last_sentencer: Speaker | None = None  # the actor of the last sentence passed (a court, a bench)
        self.last_event: Event | None = None
        self.last_accused: Speaker | None = None  # the suspect or offender the case is about
        self.last_recipient: Speaker | None = None  # of a police, court or crime step
        self.last_of_type: dict[str, Event] = {}  # the last act of each type
        self.first_of_type: dict[str, Event] = {}  # the first act of each type done to someone
        self._ranked: list[int] | None = None  # ORG/PER entities by mentions, for _target
        self._typ = ""  # the type of the event being read
        self._mode: str | None = None  # and its mode
        self._quote_starts: list[int] | None = None
        self._date_starts = [d.start for d in article.dates]
        self._by_mention: dict[str, int] | None = None  # mention text -> PER/ORG entity
        self._title_body: tuple[Speaker | None] | None = None  # the body a protest in the title is at
        self._clause_starts: dict[tuple[int, int], int] = {}  # (sentence start, verb start) -> clause start
        self._sentence_starts = [ss for ss, _se, _p in lay.sentences]
        self._addressed: set[tuple[int | None, int | None]] = set()  # spans `kepada` marks as a party
        self._marked_agents: set[tuple[int | None, int | None]] = set()  # people `oleh` marks as the doer
        self.last_pair: Event | None = None  # the last joint act (meeting, accord) with both sides named
        self._media: frozenset[str] | None = None  # the media this article takes statements from
        self._spans: dict[tuple[int, int], Speaker | None] = {}  # (start, end) -> what the phrase names
        # (trigger start, end, type) -> the thing read where the recipient of that trigger stands
        self._things: dict[tuple[int, int, str], Speaker] = {}

    def _quote_at(self, pos: int) -> int | None:
        if self._quote_starts is None:
            self._quote_starts = [q.start for q in self.a.quotes]
        # quotes are in text order and do not overlap: only the last one starting at or before pos
        i = bisect_left(self._quote_starts, pos + 1) - 1
        return i if i >= 0 and pos < self.a.quotes[i].end else None

    def _from_span(self, s: int, e: int) -> Speaker | None:
        """The quote resolver's reading of the phrase ``s:e``, kept: the readers of both parties and
        the ranker ask again for the same phrase, and the resolver does not change once built."""
        key = (s, e)
        if key not in self._spans:
            self._spans[key] = self.r.from_span(s, e)
        return self._spans[key]

    def _within(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The entity mentions that start before ``hi`` and may reach past ``lo`` (a slice found by
        bisection: the article can be long, and these lookups are made per event)."""
        starts = self.r.mention_starts
        return self.r.mentions[bisect_left(starts, lo - MAX_MENTION_CHARS) : bisect_left(starts, hi)]

    def _last_person(self, pos: int, skip: int | None) -> int | None:
        """The last person mentioned before ``pos`` (other than ``skip``)."""
        for _ms, _me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            if i != skip and self.a.entities[i].label == "PER":
                return i
        return None

    def _speaker_of(self, qi: int | None) -> Speaker | None:
        if qi is None:
            return None
        sp = self.a.quotes[qi].speaker
        return Speaker(sp.name, sp.entity, None, None) if sp is not None else None

    def _is_org(self, i: int) -> bool:
        return self.a.entities[i].label == "ORG"

    def remember(self, ev: Event) -> None:
        if ev.actor is not None:
            self.last_actor[ev.type] = ev.actor
        if ev.actor is not None and ev.mode == "sentence":
            self.last_sentencer = ev.actor  # `Majelis hakim menjatuhkan vonis … Ia juga dihukum membayar …`
        if ev.actor is not None and ev.type in ("COERCE", "INVESTIGATE"):
            self.last_enforcer = ev.actor  # `… mengamankan BA. … BA menjalani pemeriksaan`: the same hands
        if ev.recipient is not None and ev.type in lexicon().words["carry_types"]:
            self.last_recipient = ev.recipient
        self.last_event = ev
        self.last_of_type[ev.type] = ev
        joint = ev.type in objects.words()["joint_types"]
        if joint and ev.actor is not None and ev.recipient is not None and not _same(ev.actor, ev.recipient):
            self.last_pair = ev
        if ev.recipient is not None:
            self.first_of_type.setdefault(ev.type, ev)
        if ev.type in ("COERCE", "INVESTIGATE") or ev.mode == "allege":
            self.last_accused = ev.recipient or self.last_accused
        elif ev.type == "CRIME":
            self.last_accused = ev.actor or self.last_accused
