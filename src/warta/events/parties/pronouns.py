"""Pronouns and group words resolved to the party meant: `ia`/`dia` (the previous subject, the one
acted on again, the one a quote talks about), `mereka` (a group the story wrote as many), counted
groups (`ketiganya`), `yang bersangkutan`, `kliennya`, `kedua pihak`, the speaker's `saya`/`kami`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from warta.document import Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState, _same
from warta.events.parties.words import _group_size, _quantifier
from warta.events.triggers import Trigger
from warta.quotes.attribution import SUBORDINATORS, subject_before
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.speakers import LOOKBACK_CHARS
from warta.quotes.text import Word, is_verbish, words

LIST_JOIN = re.compile(r",?\s+(?:dan|serta)\s+|,\s+")  # between the names of a list


@cache
def _first_person_leads() -> frozenset[str]:
    """Words after which a first-person pronoun opens the clause with no comma between
    (`pertama-tama saya ingin …`, `Kemarin kami …`), joined once."""
    W = lexicon().words
    return W["subject_lead_strip"] | W["trailing_adverbs"] | objects.words()["first_person_leads"]


class Pronouns(PartyState):
    """The party a pronoun or group word stands for (see the module)."""

    def _counted_group(self, word: str, pos: int) -> Speaker | None:
        """`MY, MF, dan IP. Ketiganya ditangkap`, `menemukan Bima dan Eko. … Keduanya meminta maaf`: a
        counted group pronoun is the last list of as many names written before it (this sentence
        and the five before), given as its first name, as the gold names several parties of one act."""
        n = _group_size(word)
        if n is None:
            return None  # (most words: no search of the sentences before)
        k = bisect_left(self._sentence_starts, pos + 1) - 1
        if k < 0:
            return None
        lo = self._sentence_starts[max(0, k - 5)]
        names = [(ms, me, i) for ms, me, i in self._within(lo, pos) if ms >= lo and me <= pos]
        runs: list[list[tuple[int, int, int]]] = []
        for m in names:
            if runs and m[2] == runs[-1][-1][2] and not self.norm[runs[-1][-1][1] : m[0]].strip(" ()"):
                continue  # `Joko Widodo (Jokowi)`: one name
            if runs and LIST_JOIN.fullmatch(self.norm[runs[-1][-1][1] : m[0]]):
                runs[-1].append(m)
            else:
                runs.append([m])
        people = [r for r in runs if len(r) > 1 and any(self.a.entities[i].label == "PER" for *_m, i in r)]
        if not people or len(people[-1]) != n:  # the nearest list of people (not `Ferrari dan Lamborghini`), of as many
            return None
        best = people[-1]
        i = best[0][2]
        return Speaker(self.a.entities[i].canonical, i, None, None)

    def _third(self, pos: int, qi: int | None, low: str) -> Speaker | None:
        """`ia`, `dia`, `-nya`: inside a quote, the last person named other than the speaker;
        outside, the salient speaker or subject (the quotes layer's resolver)."""
        if qi is not None and self.a.quotes[qi].kind == "indirect" and low in ("ia", "dia", "beliau", "dirinya"):
            # `Menurut Olly, ia menerima Fahri`, `Imron mengatakan dirinya sangat mendukung …`: reported
            # speech of oneself
            speaker = self.a.quotes[qi].speaker
            if speaker is not None and speaker.entity is not None and self.a.entities[speaker.entity].label == "PER":
                return Speaker(speaker.name, speaker.entity, None, None)
        if qi is not None:
            speaker = self.a.quotes[qi].speaker
            skip = speaker.entity if speaker is not None else None
            best = None
            for k in range(bisect_left(self.r.event_pos, pos) - 1, -1, -1):  # the last person who was
                ev = self.r.events[k]  # the subject of a clause (events are in text order)
                if ev.person and not ev.quoted and ev.speaker.entity not in (None, skip):
                    best = ev.speaker.entity
                    break
            if best is None:
                best = self._last_person(pos, skip)
            if best is not None:
                return Speaker(self.a.entities[best].canonical, best, None, None)
        if low in ("ia", "dia", "beliau"):
            prev = self._previous_subject(pos)
            if prev is not None:
                return prev
        return self.r.salient(pos, "person" if low != "mereka" else "any")

    def _patient_again(self, ws: list[Word], t: Trigger, ss: int, sentence: int) -> Speaker | None:
        """`KPK memanggil … Budi Hermawan (BH). Dia dipanggil sebagai saksi …`, `Polisi menangkap
        pelaku … Dia dijerat Pasal 378`: `dia`/`ia` alone before a passive, right after a sentence
        whose police, court or crime step was done to a person, is that person (the one acted on
        goes on being acted on), not the last person who spoke or acted."""
        cs = self._clause_start(ws, t, ss)
        lead = lexicon().words["subject_lead_strip"] | lexicon().words["trailing_adverbs"]
        subj = [w.low for w in ws[: t.first] if w.start >= cs and w.low not in lead]
        prev = self.last_event
        if subj not in (["dia"], ["ia"], ["beliau"]) or prev is None or prev.recipient is None:
            return None
        if prev.sentence != sentence - 1 or prev.type not in lexicon().words["carry_types"]:
            return None
        r = prev.recipient
        person = r.entity is not None and self.a.entities[r.entity].label == "PER"
        if not (person or (r.entity is None and self._party_like(r))):
            return None
        return Speaker(r.name, r.entity, None, None)

    def _plural(self, sp: Speaker | None) -> bool:
        """A party written as many (`tiga pemuda`, `Ratusan sopir angkot`, `para petani`, `massa`)."""
        if sp is None:
            return False
        text = self.norm[sp.start : sp.end] if sp.start is not None and sp.end is not None else sp.name
        ws = text.lower().split()
        if not ws:
            return False
        P = objects.words()
        first = ws[0]
        many = first in P["plural_markers"] or (first.isdigit() and first not in ("0", "1"))
        doubled = "-" in first and first.split("-")[0] == first.split("-")[-1]  # `warga-warga`
        return many or doubled or first in P["crowd_heads"]

    def _plural_antecedent(self, pos: int) -> Speaker | None:
        """`mereka` with no act of its kind before: the many the story just named — the one acted on
        or the one acting in the last act of this or the previous sentence, else the subject of the
        previous sentence — when written as many (a count, `para`, `sejumlah`, `massa`)."""
        k = bisect_left(self._sentence_starts, pos + 1) - 1
        if k < 0:
            return None
        lo = self._sentence_starts[k - 1] if k >= 1 else self._sentence_starts[k]
        ev = self.last_event
        if ev is not None and lo <= ev.start <= pos:
            for sp in (ev.recipient, ev.actor):
                if sp is not None and self._plural(sp):  # (a carried party too: `Mereka menyerang …`)
                    return Speaker(sp.name, sp.entity, None, None)
        if k < 1:
            return None
        ps, pe = self._sentence_starts[k - 1], self._sentence_starts[k]
        ws = words(self.norm, ps, pe)
        verb = next((w for w in ws if is_verbish(w.text) or w.low in objects.words()["motion_verbs"]), None)
        span = subject_before(self.norm, ps, verb.start) if verb is not None else None
        sp = self._named_at(span, None)
        if sp is not None and sp.start is not None and self._plural(sp) and self._party_like(sp):
            return Speaker(sp.name, sp.entity, None, None)
        if verb is not None and self._typ in lexicon().words["grave_types"]:
            # `Polisi menangkap tiga pemuda. Mereka diduga mencuri …`: an offence is the ones acted on's
            obj = self._np(ws, ws.index(verb) + 1, None)
            if obj is not None and obj.start is not None and self._plural(obj) and self._party_like(obj):
                return Speaker(obj.name, obj.entity, None, None)
        return None

    def _one_person(self, sp: Speaker | None) -> bool:
        """A party that is one named person (what `mereka`, a pronoun of many, never stands for)."""
        return sp is not None and sp.entity is not None and self.a.entities[sp.entity].label == "PER"

    def _group_opening(self, pos: int) -> Speaker | None:
        """`Banyak anggota kelompok itu, yang didirikan pada 2010, memiliki pengalaman …, sebab mereka
        sebelumnya bekerja sama dengan …`: a `mereka` the story's acts and the sentence before do not
        resolve is the many that open its own sentence, when written as many; else no one."""
        k = bisect_left(self._sentence_starts, pos + 1) - 1
        if k < 0:
            return None
        ws = words(self.norm, self._sentence_starts[k], pos)
        if not ws or not _quantifier(ws[0].low):
            return None
        sp = self._np(ws, 0, None)
        if sp is None or sp.start is None or sp.start >= pos or self._one_person(sp) or not self._party_like(sp):
            return None
        return Speaker(sp.name, sp.entity, None, None)

    def _previous_subject(self, pos: int) -> Speaker | None:
        """`Wilhelmus merupakan salah tersangka dalam kasus ini. Dia diduga menyuap Marianus.`: a
        `dia` opening a sentence is the person who opened the one before (the one talked about),
        not the last speaker quoted."""
        k = bisect_left(self._sentence_starts, pos + 1) - 1
        if k < 1 or self.norm[self._sentence_starts[k] : pos].strip():
            return None  # not the sentence's first word
        ps = self._sentence_starts[k - 1]
        if self._quote_at(ps) is not None:
            return None
        for ms, _me, i in self._within(ps, self._sentence_starts[k]):
            if ms == ps and self.a.entities[i].label == "PER":
                return Speaker(self.a.entities[i].canonical, i, None, None)
        return None

    def _sayer_of_pronoun(
        self, ws: list[Word], span: tuple[int, int], cs: int, ss: int, qi: int | None
    ) -> Speaker | None:
        """`Hamas mengklaim mereka menahan dua tentara`: a pronoun right after a verb of saying is
        the one who says it."""
        if self.norm[span[0] : span[1]].lower() not in ("mereka", "ia", "dia", "beliau") or cs <= ss:
            return None
        k = next((k for k in range(len(ws) - 1, -1, -1) if ws[k].end <= cs), None)
        if k is None or k == 0 or quote_lexicon().cue(ws[k].text) is None or ws[k].low.startswith("di"):
            return None
        if ws[k].low == "menurut" or self.norm[ws[k].end : span[0]].strip():
            return None
        sub = subject_before(self.norm, ss, ws[k].start)
        sp = self._named_at(sub, qi)
        return sp if self._party_not_place(sp) else None

    def _self_before(self, ws: list[Word], t: Trigger) -> bool:
        """Is the word before the trigger (past adverbs: `sudah`, `pernah`) a speaker's `saya` or `aku`
        (parties.json `self_pronouns`), with no comma or stop between? Then the quote's speaker, who is
        otherwise never taken as the one acted on, is (`"Saya sudah dipanggil ke polisi …," ucap Nyuheri`)."""
        k = t.first - 1
        while k > 0 and ws[k].low in lexicon().words["trailing_adverbs"]:
            k -= 1
        return (
            k >= 0
            and ws[k].low in objects.words()["self_pronouns"]
            and not any(c in self.norm[ws[k].end : ws[t.first].start] for c in ",.")
        )

    def _pronoun_before(self, ws: list[Word], k: int, cs: int, qi: int | None) -> Speaker | None:
        """The first-person pronoun ``ws[k]`` (clause start ``cs``) as the verb's subject when an
        opening word or a subordinator stands before it with no comma (`pertama-tama saya ingin …`,
        `Kemarin kami …`); after a noun it is that noun's possessor (`penggemar saya`). A pronoun a
        comma sets off (`"Alhamdulillah, kami mengucapkan …`) the quotes layer's subject reader
        gives already."""
        if k == 0 or ws[k - 1].start < cs:
            return None
        prev = ws[k - 1].low.strip(',."“”')
        if prev not in _first_person_leads() and prev not in SUBORDINATORS:
            return None
        return self._named(ws[k].start, ws[k].end, ws[k].start, qi)

    def _concerned_subject(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """`"Yang bersangkutan telah mengajukan permohonan …"`: `yang bersangkutan` opening the clause
        as its subject (not `Pejabat yang bersangkutan`, a head with a relative clause)."""
        W = lexicon().words
        k = t.first - 1
        while k >= 0 and (ws[k].low in W["trailing_adverbs"] or ws[k].low in W["hedges"]):
            k -= 1
        if k < 1 or ws[k - 1].start < ss or f"{ws[k - 1].low} {ws[k].low}" not in objects.words()["concerned_words"]:
            return None
        if k >= 2 and ws[k - 2].start >= ss and not self.norm[ws[k - 2].end : ws[k - 1].start].strip(" "):
            return None  # a head noun before it
        return self._concerned(ws[k].start, qi)

    def _concerned(self, pos: int, qi: int | None) -> Speaker | None:
        """`yang bersangkutan` (the one concerned) is the person the story is about — the last one a
        case or step was on, else the last person named other than the quote's speaker — never the
        one speaking of them."""
        speaker = self._speaker_of(qi)
        for prev in (self.last_accused, self.last_recipient):
            person = prev is not None and prev.entity is not None and self.a.entities[prev.entity].label == "PER"
            if person and not _same(prev, speaker):
                return Speaker(prev.name, prev.entity, None, None)
        skip = speaker.entity if speaker is not None else None
        i = self._last_person(pos, skip)
        return Speaker(self.a.entities[i].canonical, i, None, None) if i is not None else None

    def _both_sides(self, ws: list[Word], t: Trigger, ss: int) -> tuple[Speaker, Speaker] | None:
        """`Kedua pihak sepakat …`, `keduanya menandatangani …`: a joint act whose subject is "both
        sides" is done by the two sides of the last meeting or accord that named both."""
        prev = self.last_pair
        if prev is None or prev.actor is None or prev.recipient is None:
            return None
        W = lexicon().words
        k = t.first - 1
        while k >= 0 and (ws[k].low in W["trailing_adverbs"] or ws[k].low in ("pun", "juga", "telah", "sudah")):
            k -= 1  # `kedua pihak juga telah sepakat`
        if k < 0 or ws[k].start < ss:
            return None
        for phrase in objects.words()["both_sides"]:
            n = len(phrase.split())
            if k - n + 1 < 0 or ws[k - n + 1].start < ss:
                continue
            if " ".join(w.low for w in ws[k - n + 1 : k + 1]) == phrase:
                a, r = prev.actor, prev.recipient
                return Speaker(a.name, a.entity, None, None), Speaker(r.name, r.entity, None, None)
        return None

    def _quoted_third(
        self, ws: list[Word], t: Trigger, ss: int, qi: int | None, actor: Speaker | None, recip: Speaker | None
    ) -> tuple[Speaker | None, Speaker | None]:
        """`"Dia juga sudah membuat video permintaan maaf …," kata Faruk`: in a direct quote, `dia`/`ia`
        opening the clause is someone the speaker talks about, never the speaker: it does the act (or,
        before a passive, undergoes it) as the last other person named."""
        if qi is None or self.a.quotes[qi].kind != "direct":
            return actor, recip
        cs = self._clause_start(ws, t, ss)
        lead = lexicon().words["subject_lead_strip"]
        first = next((w for w in ws[: t.first] if w.start >= cs and w.low not in lead), None)
        if first is None or first.low not in ("dia", "ia", "beliau"):
            return actor, recip
        said = self._speaker_of(qi)
        i = self._last_person(first.start, said.entity if said is not None else None)
        if i is None:
            return actor, recip
        other = Speaker(self.a.entities[i].canonical, i, None, None)
        if t.pattern.voice == "pass":
            return actor, (other if recip is None and not _same(other, actor) else recip)
        if actor is None or _same(actor, said):
            return (other if not _same(other, recip) else actor), recip
        return actor, recip

    def _group_after(self, ws: list[Word], t: Trigger, actor: Speaker) -> Speaker | None:
        """`Ia mengunjungi korban banjir. Ia juga menyerahkan bantuan kepada mereka`: `mereka` after
        the verb is not the one who acts; it is the group the last act was done to."""
        if not any(w.low == "mereka" for w in ws[t.last + 1 :]) or self.last_event is None:
            return None
        prev = self.last_event.recipient
        if prev is None or _same(prev, actor):
            return None
        return Speaker(prev.name, prev.entity, None, None)

    def _client(self, pos: int) -> Speaker | None:
        """The last person written after `kuasa hukum` or `pengacara` before ``pos``."""
        best = None
        for ms, _me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            lead = self.norm[max(0, ms - 14) : ms].lower()
            if self.a.entities[i].label == "PER" and lead.rstrip().endswith(("kuasa hukum", "pengacara")):
                best = i
                break
        return Speaker(self.a.entities[best].canonical, best, None, None) if best is not None else None
