"""Who a pronoun may and may not mean."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from warta.document import Speaker
from warta.quotes.lexicon import lexicon
from warta.quotes.names import shortest
from warta.quotes.speakers.subjects import Event
from warta.quotes.speakers.words import (
    _CLAUSE_END,
    _RELATIVE,
    CASE_PARTY_NOUNS,
    COUNSEL_HEADS,
    FIRST_PERSON,
    QUOTED_WINDOW,
)
from warta.quotes.text import Candidate, words


class PronounLimits:
    """Who a pronoun may and may not mean: people bound in its clause, named in the quote, introduced
    before a quotation, the one just named, a counsel's client."""

    def person_in_clause(self, c: Candidate) -> Speaker | None:
        """The one person named in the attribution clause of ``c``: from the sentence's start to
        the cue when the speaker comes first (`Menteri Basuki yang ditemui usai acara
        mengatakan`), from the cue to the next comma or stop when it follows (`kata Menteri Dalam
        negeri Hamburg Andy Grote, dikutip …`)."""
        if c.cue_span is None or c.speaker_span is None:
            return None
        if c.speaker_span[0] >= c.cue_span[1]:
            s = c.cue_span[1]
            m = _CLAUSE_END.search(self.norm, c.speaker_span[0])
            e = m.start() if m else len(self.norm)
        else:
            start = self._sentence_start(c.speaker_span[0])
            s = max(start, max(self.norm.rfind(x, start, c.speaker_span[0]) for x in ",;") + 1)
            e = c.cue_span[0]
            if not self._persons_in(s, e):
                # `Luis Cabrera, pejabat … saat kejadian, mengatakan`: the name the sentence opens
                # with, set off by the apposition that holds the fragment
                first = self._persons_in(start, e)
                if first and self.norm[start : first[0][0]].strip() == "":
                    return self._speaker_for(first[0][1], None, None)
        found = {i for _ms, i in self._persons_in(s, e)}
        return self._speaker_for(found.pop(), None, None) if len(found) == 1 else None

    def _persons_in(self, s: int, e: int) -> list[tuple[int, int]]:
        """(start, entity index) of the person mentions inside ``s``..``e``."""
        out = []
        for ms, me, i in self.mentions[bisect_left(self.mention_starts, s) :]:
            if ms >= e:
                break
            if me <= e and self.a.entities[i].label == "PER":
                out.append((ms, i))
        return out

    def _sentence_start(self, pos: int) -> int:
        k = bisect_right(self.layout.sentence_starts, pos) - 1
        if k >= 0 and pos < self.layout.sentences[k][1]:
            return self.layout.sentences[k][0]
        return pos

    def _add_event(self, ev: Event) -> None:
        """Keep events in position order (a later one at the same position after the earlier)."""
        k = bisect_right(self.event_pos, ev.pos)
        self.event_pos.insert(k, ev.pos)
        self.events.insert(k, ev)

    def introduced(self, pos: int, para: int) -> Speaker | None:
        """`Warga lain, Ujang (52), juga mengeluhkan hal yang sama.` then a quoted paragraph with
        no verb of saying: a person first named, as a subject, in the sentence just before the
        quote (in its paragraph, or the paragraph before when the quote opens its own) is its
        speaker, not the source quoted earlier."""
        if para < 0 or para >= len(self.layout.paragraphs):
            return None
        ps = self.layout.paragraphs[para][0]
        if self.norm[ps:pos].strip() == "" and para > 0:
            ps = self.layout.paragraphs[para - 1][0]
        k = bisect_left(self.event_pos, pos) - 1
        if k < 0 or self.events[k].pos < ps:
            return None
        ev = self.events[k]
        i = ev.speaker.entity
        if ev.quoted or ev.agent or not ev.person or i is None or self.a.entities[i].label != "PER":
            return None
        first = next((ms for ms, _me, j in self.mentions if j == i), None)
        if first is None or first < ps or self._in_quoted(ev.pos):
            return None
        return ev.speaker

    def sole_before(self, pos: int, exclude: frozenset[int]) -> Speaker | None:
        """`… mendapat apresiasi dari Staf Khusus BGN, Ary Santoso. Menurutnya, …`, `Miryam sendiri
        ditetapkan sebagai tersangka … Ia membantah …`: the sentence before the pronoun's, in its
        paragraph, names one person and no one else, with no pronoun of its own (outside
        quotation marks and reported content): the pronoun opening the next sentence means that
        person, not a source quoted before. None when the sentence names none or several, or
        names one only as the relative of someone described (`mantan istri Ivan Fadilla itu`)."""
        here = self._sentence_index(pos)
        if here < 1 or self.layout.sentences[here - 1][2] != self.layout.sentences[here][2]:
            return None
        s, e, _p = self.layout.sentences[here - 1]
        if any(w.low in lexicon().pronouns for w in words(self.norm, s, e)):
            return None
        named = [(ms, i) for ms, i in self._persons_in(s, e) if not self._in_quoted(ms) and not self._in_reported(ms)]
        if any(self._possessed(ms) for ms, _i in named):
            return None  # `mantan istri Ivan Fadilla itu menilai …`: someone described by a relation
        found = {self.same_as.get(i, i) for _ms, i in named}
        if len(found) != 1 or found & exclude:
            return None
        return self._speaker_for(found.pop(), None, None)

    def names_before_relative(self, span: tuple[int, int]) -> bool:
        """`Gubernur BI Perry Warjiyo yang hadir dalam forum tersebut`: a person named before a
        relative clause whose own noun takes the closing demonstrative; the phrase names its
        speaker, it does not point back to one."""
        rel = _RELATIVE.search(self.norm, span[0], span[1])
        return rel is not None and bool(self._persons_in(span[0], rel.start()))

    def _in_reported(self, pos: int) -> bool:
        """Whether ``pos`` lies in the content of an indirect quote (the reporter's words)."""
        k = bisect_right(self.reported_starts, pos) - 1
        return k >= 0 and self.reported[k][1] > pos

    def _in_quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a direct quote's quotation marks."""
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted_sorted[k][1] > pos

    def add(self, pos: int, sp: Speaker, direct: bool = False) -> None:
        self._add_event(Event(pos, sp, self._is_person(sp), self._para_of(pos), True, direct=direct))

    def counsel_of(self, bound: frozenset[int], pos: int) -> Speaker | None:
        """`Kuasa hukum Hendrogiarto menyinggung … Dia mengatakan Hendrogiarto …`, `kuasa hukum
        Axel menyebut … Sehingga, dia meminta agar majelis hakim membebaskan Axel`: a pronoun
        whose own clause names its client (``bound``) means the client's counsel, named so within
        the last QUOTED_WINDOW paragraphs with no other person a subject or speaker since. The
        phrase as written (`kuasa hukum Axel`); None when no counsel of a bound person is named."""
        para = self._para_of(pos)
        if para < 0:
            return None
        lo = self.layout.paragraphs[max(0, para - QUOTED_WINDOW)][0]
        best: tuple[int, str] | None = None
        for i in bound:
            for m in self.a.entities[i].mentions:
                if not lo <= m.start < pos:
                    continue
                before = self.norm[max(lo, m.start - 30) : m.start].split()
                for n in (2, 1):
                    head = " ".join(before[-n:]).lower()
                    if len(before) >= n and head in COUNSEL_HEADS and (best is None or m.start > best[0]):
                        best = (m.start, shortest([head] + self.norm[m.start : m.end].split()))
                        break
        if best is None:
            return None
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.pos < best[0] - 20:  # (the counsel's own event starts at its head)
                break
            if ev.person and ev.speaker.name != best[1] and ev.speaker.entity not in bound:
                return None  # someone else spoke or acted since
        return Speaker(best[1], None, None, None)

    def bound_in(self, c: Candidate) -> frozenset[int]:
        """The people named in the reported content of an indirect quote, in the sentence of its
        pronoun or cue (`Ia mengaku tinggal melanjutkan jejak rekam yang positif dari Ferry.`,
        `Dia mengatakan Hendrogiarto tak punya kewenangan …`): a name inside the clause a pronoun
        governs never means the same person as the pronoun (the reporter would have written
        `dirinya`), so it is no candidate at all, not only a weaker one. A later sentence of the
        same content is free (`Menurutnya, … Karena itu, Eri berharap …`)."""
        if c.kind != "indirect" or not c.pieces:
            return frozenset()
        anchor = c.speaker_span[0] if c.speaker_span else (c.cue_span or c.pieces[0])[0]
        k = bisect_right(self.layout.sentence_starts, anchor) - 1
        if k < 0 or anchor >= self.layout.sentences[k][1]:
            return frozenset()
        end = self.layout.sentences[k][1]
        spans = [(s, min(e, end)) for s, e in c.pieces if s < end]
        return frozenset(i for i in self.named_in(spans) if self.a.entities[i].label == "PER")

    def named_in(self, spans: list[tuple[int, int]]) -> frozenset[int]:
        """The entities with a mention inside ``spans`` (bisection: no scan of the article)."""
        out: set[int] = set()
        for s, e in spans:
            for ms, me, i in self.mentions[bisect_left(self.mention_starts, s) :]:
                if ms >= e:
                    break
                if me <= e:
                    out.add(i)
        return frozenset(out)

    def spoken_of(self, spans: list[tuple[int, int]]) -> frozenset[int]:
        """People a quotation speaks of by the case noun written before their name (`saksi Lee Jun
        Yu` … `"Saksi sempat melarang korban …," paparnya`; grammar.json `case_party_nouns`), with no
        first person in them (`saya`, `kami`): that person is not its speaker (passed over always,
        as one bound in the clause is)."""
        low = {w.low for s, e in spans for w in words(self.norm, s, e)}
        said = low & CASE_PARTY_NOUNS
        if not said or low & FIRST_PERSON:
            return frozenset()  # (`Saya sebagai saksi …` is the witness's own)
        out: set[int] = set()
        for ms, _me, i in self.mentions:
            if self.a.entities[i].label != "PER":
                continue
            before = words(self.norm, max(0, ms - 20), ms)
            if before and before[-1].low in said:
                out.add(i)
        return frozenset(out)
