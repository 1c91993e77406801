"""Protests: the protesters, their demands and the body a protest is held at (in the sentence or in
the title), and the workers of a body who strike against it."""

from __future__ import annotations

import re
from functools import cache

from warta.document import Speaker
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState, _same
from warta.events.parties.words import _past_count
from warta.events.triggers import Trigger
from warta.quotes.text import Word, is_cap


@cache
def _protester_word() -> re.Pattern[str]:
    """The words for protesters (`demonstran`, `massa`), longest first, as one pattern."""
    nouns = lexicon().words["protester_nouns"]
    return re.compile(r"\b(" + "|".join(sorted(nouns, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# `Demo … di BPN Bogor`, `Massa Geruduk Kantor DPRD Riau`: a protest word, then within a few words
# the capitalised name of where it is held
_TITLE_PROTEST = re.compile(
    r"\b(?:demo|berdemo|demonstrasi|unjuk rasa|aksi|protes|geruduk|menggeruduk|datangi)\b"
    r"(?:\s+\S+){0,5}?\s+(?:di|ke|geruduk|datangi)\s+(?:depan\s+)?(?:kantor\s+|gedung\s+)?"
    r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,4})",
    re.IGNORECASE,
)


class Protests(PartyState):
    """Who protests and at whom (see the module)."""

    def _protest_demand(
        self, ws: list[Word], t: Trigger, actor: Speaker | None, recip: Speaker | None, tend: int, se: int
    ) -> tuple[Speaker | None, Speaker | None]:
        """`Tuntutan massa adalah …`, `Tuntutan itu disampaikan …`: the demands of a protest are the
        protesters', made of the body the protest is held at."""
        nxt = ws[t.first + 1] if t.first + 1 < len(ws) else None
        if actor is None and nxt is not None and nxt.low in lexicon().words["protester_nouns"]:
            actor = Speaker(nxt.text, None, nxt.start, nxt.end)  # `Tuntutan massa`: theirs
        prev = self.last_of_type.get("PROTEST")
        carried = actor is None and prev is not None and prev.actor is not None
        if carried:
            actor = Speaker(prev.actor.name, prev.actor.entity, None, None)
        if actor is None and prev is not None:  # (with no protest told, `Tuntutan zaman adalah …` is none)
            actor = self._protesters()
        if recip is None:
            recip = self._protested_at(tend, se)
        if recip is None and prev is not None and prev.recipient is not None and (carried or _same(prev.actor, actor)):
            recip = Speaker(prev.recipient.name, prev.recipient.entity, None, None)
        if recip is None and actor is not None and actor.entity is None:
            recip = self._title_target()
        return actor, recip

    def _staff_of(self, actor: Speaker, strike: bool = True) -> tuple[Speaker, Speaker | None]:
        """`Ribuan awak kapal (ABK) PT Samudra mogok`: a phrase of people ending in the body they
        work for names the people as protesters and the body as the one protested at."""
        if actor.start is None or actor.end is None:
            return actor, None
        i = actor.entity
        if i is None:  # `Ratusan karyawan PT KAI` read as the people: the body is the name it ends in
            ends = [k for ms, me, k in self._within(actor.start, actor.end) if me == actor.end and ms > actor.start]
            i = ends[-1] if ends else None
        if i is None:
            return actor, None
        ent = self.a.entities[i]
        text = self.norm[actor.start : actor.end]
        if ent.label != "ORG" or not text.endswith(" " + ent.canonical):
            return actor, None
        ws = text[: -len(ent.canonical)].split()
        W = lexicon().words
        ws = _past_count(ws)
        if ws and ws[-1].startswith("(") and ws[-1].endswith(")"):
            ws = ws[:-1]  # `(ABK)`: the people's own short name
        if not ws or ws[0].lower() not in W["person_nouns"] or any(is_cap(w) for w in ws):
            return actor, None
        start = self.norm.index(ws[0], actor.start)
        people = Speaker(" ".join(ws), None, start, start + len(" ".join(ws)))
        if not strike and ws[0].lower() not in W["staff_nouns"]:
            return people, None  # `mahasiswa Universitas X berunjuk rasa`: students, not staff against their employer
        return people, Speaker(ent.canonical, i, actor.end - len(ent.canonical), actor.end)

    def _restated(
        self, ws: list[Word], t: Trigger, actor: Speaker | None, recip: Speaker | None, qi: int | None
    ) -> tuple[Speaker | None, Speaker | None]:
        """`Permintaan itu diutarakan Budi …`: a demand told again is by the one after the verb of
        saying, made of the one the last demand was made of."""
        nxt = ws[t.last + 1] if t.last + 1 < len(ws) else None
        if actor is None and nxt is not None and (is_cap(nxt.text) or nxt.low in lexicon().words["person_nouns"]):
            actor = self._np(ws, t.last + 1, qi)
        prev = self.last_of_type.get("DEMAND")
        if recip is None and prev is not None and prev.recipient is not None:
            recip = Speaker(prev.recipient.name, prev.recipient.entity, None, None)
        return actor, recip

    def _protesters(self) -> Speaker | None:
        """The first word for protesters the article uses (`demonstran`, `massa`), for a protest
        named with no one doing it."""
        m = _protester_word().search(self.norm)
        return Speaker(m.group(1).lower(), None, None, None) if m else None

    def _title_target(self) -> Speaker | None:
        """The body a protest in the title is held at (`Demo … di BPN Bogor`, `Massa Geruduk
        Kantor DPRD`), for the story's protests that name none."""
        if self._title_body is None:
            self._title_body = (None,)
            title = self.a.title or ""
            m = _TITLE_PROTEST.search(title)
            run = m.group(1).split() if m is not None else []
            for n in range(len(run), 0, -1):  # a title is in Title Case: the longest start that names a body
                sp = self._pointer(Speaker(" ".join(run[:n]).strip(",.!?"), None, None, None))
                if sp is not None and sp.entity is not None and self.a.entities[sp.entity].label in ("ORG", "PER"):
                    self._title_body = (sp,)
                    break
        sp = self._title_body[0]
        return Speaker(sp.name, sp.entity, None, None) if sp is not None else None

    def _protested_at(self, tend: int, se: int) -> Speaker | None:
        """The body a protest is held at (`di depan kantor X`, `ke gedung X`), close after the trigger."""
        for ms, me, i in self._within(tend, min(se, tend + 80)):
            if ms < tend or self.a.entities[i].label != "ORG":
                continue
            gap = " " + self.norm[tend:ms].lower()
            if any(m in gap for m in (" depan ", " kantor ", " gedung ", " ke ", " mendatangi ", " menggeruduk ")):
                return Speaker(self.a.entities[i].canonical, i, ms, me)
            return None
        return None
