"""The doer of an act written as a passive or as an act noun: the agent after `oleh`/`dari` or right
after the verb, the party right after a nominal act (`serangan Israel`), the light verb before it,
the sayer of a meeting, and the offender of an attack that names none."""

from __future__ import annotations

import re

from warta.document import Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.cases import _LAW_WORD
from warta.events.parties.state import PartyState, _same
from warta.events.parties.words import _numeral
from warta.events.triggers import Trigger
from warta.quotes.text import DEMONSTRATIVES, Word, is_cap, is_verbish

AGENT_NOUNS = frozenset(
    [
        "polisi",
        "petugas",
        "aparat",
        "penyidik",
        "jaksa",
        "warga",
        "massa",
        "tim",
        "satgas",
        "pihak",
        "kepolisian",
        "kejaksaan",
    ]
)
NOUN_AGENT_MARKERS = frozenset(("oleh", "dari"))


def _object_focus(ws: list[Word], t: Trigger) -> bool:
    """A bare verb after a personal pronoun (`kami tangkap`, `saya tahan`): Indonesian's passive
    with the agent before the verb."""
    W = lexicon().words
    first = ws[t.first].low
    if first.startswith(("di", "ter")) or t.first == 0:
        return False
    return ws[t.first - 1].low in W["speaker_pronouns"] or ws[t.first - 1].low in ("ia", "dia", "mereka")


class Agents(PartyState):
    """The doer written after a passive or an act noun (see the module)."""

    def _mark_agent(self, sp: Speaker | None) -> None:
        """`dibunuh oleh kaum fasis`, `dijatuhi sanksi … oleh pihak fakultas`, `dibantah oleh sang
        pebalap`, `dilakukan oleh sekitar 150 gerilyawan`: a phrase after `oleh` is the doer by
        grammar; when a word that makes people of the noun after it leads it (parties.json
        `agent_people_leads`: `kaum`, `pihak`, …) or its head is a `-wan`/`-wati` noun of
        people, it is someone though no word list names its noun (not `oleh perjanjian dagang`,
        `oleh kamera televisi`: things)."""
        if sp is None or sp.start is None or sp.end is None or sp.entity is not None:
            return
        lead = self.norm[max(0, sp.start - 40) : sp.start].split()
        k = max((j for j, w in enumerate(lead) if w.lower() == "oleh"), default=None)
        if k is None:
            return
        between = [w.lower() for w in lead[k + 1 :]]
        phrase = [w.lower().strip(",.") for w in self.norm[sp.start : sp.end].split()]
        hedges = objects.words()["agent_count_hedges"]
        words = [w for w in between + phrase if w not in hedges and not _numeral(w)]
        if len(between) > 3 or not words:
            return
        leads = objects.words()["agent_people_leads"]
        if words[0] in leads or (words[0].endswith(("wan", "wati")) and len(words[0]) > 5):
            self._marked_agents.add((sp.start, sp.end))

    def sayer_before_meeting(self, ws: list[Word], t: Trigger) -> Speaker | None:
        """`Hal itu diungkapkan Natalius Pigai saat menerima Bupati …`: the one who spoke at a
        meeting told in a `saat` clause is the one who met (the agent after the saying passive)."""
        said = lexicon().words["said_at_meeting"]
        for j in range(t.first - 2, -1, -1):
            if ws[j].low in said and ws[j].low.startswith("di"):
                return self._np(ws, j + 1, self._quote_at(ws[j].start))
        return None

    def _before_origin(self, sp: Speaker | None, qi: int | None) -> Speaker | None:
        """`diselamatkan angkatan laut Sri Lanka dari perairan utara`: the agent ends before a `dari`
        naming where from (a lowercase thing, not people: `tim dari Polres` stays whole)."""
        if sp is None or sp.start is None or sp.end is None:
            return sp
        m = re.search(r" dari (\S+)", self.norm[sp.start : sp.end])
        if m is None or is_cap(m.group(1)) or m.group(1).lower() in lexicon().words["person_nouns"]:
            return sp
        return self._named(sp.start, sp.start + m.start(), sp.start, qi) or sp

    def _told_done(self, ws: list[Word], t: Trigger) -> bool:
        """Is a nominal act told as done, not named in general: a light verb before it (`melakukan
        penganiayaan`), a pointer back (`penganiayaan itu`) or `dilakukan`/`terjadi` after it? Only
        such an act takes the offender of the story's last act (`Zero tolerance pada kekerasan
        terhadap nakes` is no new attack)."""
        k = self._light_before(ws, t)
        if k >= 0 and ws[k].low in lexicon().words["light_verbs"]:
            return True
        after = [w.low for w in ws[t.last + 1 : t.last + 4]]
        return bool(after) and (after[0] in DEMONSTRATIVES or "dilakukan" in after or "terjadi" in after)

    def _unnamed_offender(self, recip: Speaker | None, tend: int, se: int) -> Speaker | None:
        """An agentless attack is by the one who did the last act of its kind (not the one acted on
        now), else by the offender the story leaves unnamed under the noun it uses for them
        (`pelaku`, GUIDELINES: the shortest phrase the article uses); never a guess at a body. Not
        when a person or body is named after the verb (`dilindas kendaraan taktis Brimob`: the
        agent is in the instrument, for the chooser to weigh)."""
        other = recip.entity if recip is not None else None
        if any(i != other and objects.is_party(self.a, i) for ms, _me, i in self._within(tend, se) if ms >= tend):
            return None
        prev = self.last_actor.get(self._typ)
        if prev is not None and not _same(prev, recip) and not _LAW_WORD.search(prev.name):
            return Speaker(prev.name, prev.entity, None, None)
        for noun in sorted(objects.words()["offender_nouns"]):
            m = re.search(rf"\b{re.escape(noun)}\b", self.norm, re.IGNORECASE)
            if m is not None:
                return Speaker(self.norm[m.start() : m.end()].lower(), None, None, None)
        return None

    def _genitive_agent(self, ws: list[Word], after: int, qi: int | None) -> Speaker | None:
        """`serangan Israel terhadap rumah sakit`, `kritik DPR kepada pemerintah`, `kekerasan keluarga
        pasien terhadap dokter`: a party right after a nominal act, when the one acted on follows
        with `terhadap`/`kepada`, is the one who acts (without it, `penangkapan Budi` names who is
        acted on)."""
        markers = objects.words()["party_markers"]
        if not any(w.low in markers for w in ws[after + 1 : after + 10]):
            return None  # (no marker near: no phrase to read)
        cand = self._np(ws, after, qi)
        if cand is None or cand.end is None or not (cand.entity is not None or self._party_like(cand)):
            return None  # (`kekerasan keluarga pasien terhadap dokter`: a described party too)
        k = next((k for k, w in enumerate(ws) if w.start >= cand.end), None)
        if k is None or ws[k].low not in objects.words()["party_markers"]:
            return None
        return cand

    def _light_before(self, ws: list[Word], t: Trigger) -> int:
        """The word before a nominal trigger, or the light verb (`melakukan`) a word or two back
        when only nouns stand between: `melakukan penyerangan dan pembunuhan`, `melakukan percobaan
        pembakaran` are the acts of the light verb's subject."""
        light = lexicon().words["light_verbs"]
        for k in range(t.first - 2, max(-1, t.first - 4), -1):
            if ws[k].low in light:
                between = ws[k + 1 : t.first]
                gaps = self.norm[ws[k].end : ws[t.first].start]
                if not any(c in gaps for c in ',.;:"“”()') and not any(is_verbish(w.text) for w in between):
                    return k
                break
        return t.first - 1

    @staticmethod
    def _receiving(w: str) -> bool:
        """Is ``w`` a verb whose subject receives the act named after it (`mendapat teror`, `menjalani
        pemeriksaan`, `menuai penolakan`), not one whose subject does it (`melakukan`, `menggelar`)?"""
        return w in lexicon().words["undergo_verbs"] or w in objects.words()["receiving_verbs"]

    def _done_by(self, ws: list[Word], end: int) -> Speaker | None:
        """`pembangunan jembatan yang dilakukan oleh PT Balboa Estate`: the one a passive relative
        right after a phrase names as the doer of the thing."""
        k = next((k for k, w in enumerate(ws) if w.start >= end), None)
        if k is None or ws[k].low != "yang":
            return None
        k += 1
        while k < len(ws) and ws[k].low in lexicon().words["trailing_adverbs"]:
            k += 1  # `pencapaian yang telah diraih oleh Polda`
        if k + 1 >= len(ws) or not ws[k].low.startswith("di"):
            return None
        k += 2 if ws[k + 1].low == "oleh" else 1
        doer = self._np(ws, k, None) if k < len(ws) else None
        return doer if doer is not None and self._party_like(doer) else None
