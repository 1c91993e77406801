"""Salience: the most recent speaker or subject a pronoun may mean (the rules' choice)."""

from __future__ import annotations

from bisect import bisect_left

from warta.document import Speaker
from warta.quotes.speakers.subjects import Event
from warta.quotes.speakers.words import LOOKBACK_CHARS, LOOKBACK_PARAGRAPHS, QUOTED_WINDOW, SUBJECT_WINDOW


class Salience:
    """The rules' referent of a pronoun: the most recent salient speaker or subject."""

    # -- salience --------------------------------------------------------------
    def salient(
        self,
        pos: int,
        kind: str,
        exclude: frozenset[int] = frozenset(),
        spoken: bool = False,
        bound: frozenset[int] = frozenset(),
    ) -> Speaker | None:
        """The most recent speaker or subject before ``pos`` a pronoun of ``kind`` may mean.
        A speaker quoted in this paragraph or the one before wins over a later sentence subject:
        news stories keep quoting the person they are quoting. Entities in ``exclude`` (named
        inside the quote itself: a speaker does not talk of himself by name) are passed over
        while another fits. ``spoken``: words in quotation marks after `ujarnya` are a person's,
        so the person last quoted wins over an organisation reported in between. Entities in
        ``bound`` (:meth:`bound_in`) are passed over always."""
        if exclude - bound:
            sp = self._salient(pos, kind, spoken, exclude | bound)
            if sp is not None:
                return sp
        return self._salient(pos, kind, spoken, bound)

    def _salient(self, pos: int, kind: str, spoken: bool, exclude: frozenset[int] = frozenset()) -> Speaker | None:
        ev = self._salient_event(pos, kind, exclude)
        if spoken and kind == "any" and isinstance(ev, Event) and not ev.person and not ev.direct:
            person = self._last_quoted_person(pos, exclude)
            if person is not None and self._para_of(pos) - person.para <= QUOTED_WINDOW:
                ev = person
        if isinstance(ev, Event):
            return Speaker(ev.speaker.name, ev.speaker.entity, None, None)
        return ev

    def _last_quoted_person(self, pos: int, exclude: frozenset[int]) -> Event | None:
        """The person quoted last before ``pos``, past people only named since (`Namun belum
        dirincikan Budi …`, an agent): whom `ujarnya` after a body's reported words means."""
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.quoted and ev.may_mean("person") and not (exclude and ev.speaker.entity in exclude):
                return ev
        return None

    def _salient_event(self, pos: int, kind: str, exclude: frozenset[int]) -> Event | Speaker | None:
        para = self._para_of(pos)
        best = None
        best_quoted = None
        # events are kept in position order: walk back from ``pos``; the first fit is the latest
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > LOOKBACK_PARAGRAPHS:
                break
            if not ev.may_mean(kind) or (exclude and ev.speaker.entity in exclude):
                continue
            if best is None:
                best = ev
            if ev.quoted and para - ev.para <= QUOTED_WINDOW and best_quoted is None:
                best_quoted = ev
            if best is not None and (best_quoted is not None or (ev.para >= 0 and para - ev.para > QUOTED_WINDOW)):
                break
        pick = best_quoted or best
        # a subject earlier in this same paragraph, named after the last quoted speaker, is who
        # the paragraph is about (`Luhut sendiri mengaku … Sebab, menurutnya …`); the subject of
        # the sentence that holds the pronoun is not its referent
        if (
            best is not None
            and best_quoted is not None
            and best.pos > best_quoted.pos
            and para - best.para <= SUBJECT_WINDOW
            and best_quoted.para < best.para
            and best.pos < self._sentence_start(pos)
        ):
            pick = best
        if pick is None:
            k = bisect_left(self.mention_starts, pos)
            lo = bisect_left(self.mention_starts, pos - LOOKBACK_CHARS)
            last = None
            for ms, _me, i in reversed(self.mentions[lo:k]):
                if self.a.entities[i].label == "PER" and i not in exclude:
                    if self._governor(ms) != "object":
                        return self._speaker_for(i, None, None)
                    last = last if last is not None else i  # an object only when nobody else is named
            return self._speaker_for(last, None, None) if last is not None else None
        return pick
