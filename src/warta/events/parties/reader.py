"""The actor and the recipient of one trigger, read by its voice (active, passive, nominalisation,
receiving, mutual, stative, obligation), with the sentence's date and place. This is the entry
point (:class:`Parties`); the rules it applies stand in the modules named for what they read."""

from __future__ import annotations

from bisect import bisect_left

from warta.document import Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.agent import Agents, _object_focus
from warta.events.parties.cases import CaseSteps
from warta.events.parties.media import Media
from warta.events.parties.phrase import PhraseNames
from warta.events.parties.pronouns import Pronouns
from warta.events.parties.protests import Protests
from warta.events.parties.recipient import Recipients, _names_ties
from warta.events.parties.state import _same
from warta.events.parties.subject import Subjects
from warta.events.parties.things import ThingTests, _topic_head
from warta.events.parties.voices import Clause, Voices
from warta.events.triggers import Trigger
from warta.quotes.text import Word, is_verbish


class Parties(Voices, PhraseNames, Pronouns, Subjects, Agents, Recipients, CaseSteps, Protests, Media, ThingTests):
    """Reads the actor and recipient of each trigger of one article."""

    def event(self, t: Trigger, ws: list[Word], ss: int, se: int, sentence: int) -> Event | None:
        p = t.pattern
        self._typ = p.type
        self._mode = p.mode
        tstart, tend = ws[t.first].start, ws[t.last].end
        qi = self._quote_at(tstart)
        actor: Speaker | None = None
        recip: Speaker | None = None
        mutual = p.voice == "mut" or "saling" in p.words
        target: Speaker | None = None  # a place attacked, the recipient though no party
        paper = False  # what the act is done to is a thing (`menyetujui pagu anggaran OIKN`): no one to carry in
        after = t.last + 1 if p.words[-1] not in ("@", "&") else t.last  # `menerima Fahri`: the name is the party
        while p.voice == "act" and after + 1 < len(ws) and ws[after].low in objects.words()["manner_after"]:
            after += 1  # `menembak mati dua warga`: the ones shot, past how
        W = lexicon().words
        c = Clause(p, t, ws, ss, se, sentence, tstart, tend, qi, after)
        if p.voice in ("act", "mut"):
            actor, recip, mutual, target, paper, after = self._voice_act(c, mutual)
        elif p.voice == "pass" and _object_focus(ws, t):
            actor, recip = self._voice_pronoun_pass(c)
        elif p.voice == "pass":
            actor, recip = self._voice_pass(c)
        elif p.voice == "recv":
            actor, recip = self._voice_recv(c)
        elif p.voice == "noun":
            actor, recip, mutual, target = self._voice_noun(c, mutual)
        elif p.voice == "stat":
            actor, recip = self._voice_stat(c)
        elif p.voice == "obl":
            actor, recip = self._voice_obl(c)
        if p.type in W["no_place_parties"]:  # a place is not arrested or investigated
            # (but a state acts: `Israel telah membunuh hampir 100 warga Palestina`)
            actor = None if actor is not None and self._is_place(actor) and not self._is_state(actor) else actor
            # a state is attacked or asked (`menyerang Israel`, `memberi Israel waktu 24 jam`)
            # … and ties are cut with a state (`memutus hubungan diplomatik dengan Qatar`)
            state = (
                (p.type in ("ASSAULT", "DEMAND") or _names_ties(ws, t)) and recip is not None and self._is_state(recip)
            )
            recip = None if recip is not None and self._is_place(recip) and not state else recip
        marked = actor is not None and (actor.start, actor.end) in self._marked_agents
        if actor is not None and actor.start is not None and not self._party_like(actor) and not marked:
            actor = None  # `indikator MACD`, `turnamen ini`: not someone who acts
        if actor is not None and actor.entity is None:
            actor = self._possessor(actor, things=False) or actor  # `tekanan massa yang mendorong`: the massa
        if recip is not None and recip.entity is None:
            steps = p.type in ("DISAPPROVE", "SUPPORT", "REJECT")  # `mengkritik kebijakan pemerintah`
            recip = self._possessor(recip, steps) or recip  # `Rumah korban digeledah`: the korban
        if recip is None and p.type == "PROTEST":
            cand = self._after_marker(ws, after, frozenset(("terhadap",)), qi)
            cand = self._possessor(cand, True) or cand if cand is not None and cand.entity is None else cand
            if self._party_not_place(cand):
                recip = cand  # `protes terhadap kebijakan tunjangan anggota DPR`: at the DPR
        if p.type in ("INVESTIGATE", "COERCE") and (recip is None or not self._party_like(recip)):
            recip = self._case_party(ws, after) or recip  # `mendalami kasus … yang melibatkan PT Sritex`
        if p.type == "CRIME" and p.voice == "act" and (recip is None or not self._party_like(recip)):
            recip = self._owner_in_object(tend, se) or recip  # `menggasak kartu debit dan laptop Endang`
        if recip is None and p.voice == "pass" and p.type in W["carry_types"] and self.last_recipient is not None:
            subj = self.norm[ss:tstart].split()
            concerned = "yang bersangkutan" in self.norm[ss:tstart].lower()  # `yang bersangkutan masih diperiksa`
            plain = all(w.lower() in W["trailing_adverbs"] for w in subj[1:])
            bare = lexicon().union("trailing_adverbs", "subject_lead_strip", "hedges", "no_subject_words")
            # `Jadi hari ini sudah dinyatakan ditahan`, `"Digorok oleh tersangka …`: no one written before the verb
            no_subject = all(w.lower().strip(',"“') in bare for w in subj if w.strip(',"“'))
            if concerned or no_subject or (subj and plain and subj[0].lower().strip(",") in ("ia", "dia", "beliau")):
                prev = self.last_recipient  # `Ia kemudian ditahan`: the one the story's last act was on
                recip = Speaker(prev.name, prev.entity, None, None)
        if recip is not None and not self._party_like(recip):
            self._thing_read((tstart, tend, p.type), recip)
            recip = target  # `membatalkan aturan`, `menemukan tambang ilegal`: a thing, not a party
        if recip is None and p.words[-1] == "untuk":
            # `berkomitmen untuk terus mendukung Otorita IKN`: the party of the promised act
            k = after
            while k < len(ws) and ws[k].low in W["continuing_adverbs"]:
                k += 1
            if k < len(ws) and is_verbish(ws[k].text):
                cand = self._np(ws, k + 1, qi)
                recip = cand if cand is not None and self._party_like(cand) else None
        if recip is None and p.voice == "act" and ws[t.last].low.endswith("nya") and len(ws[t.last].low) > 6:
            recip = self._other_person(tstart, actor)  # `menghadiahkannya`: -nya is the one given to
        described = p.voice == "pass" and t.first > 0 and ws[t.first - 1].low == "yang" and recip is None
        described = described or (p.voice == "noun" and not self._told_done(ws, t))  # `toleransi pada kekerasan`
        if actor is None and p.type in ("CRIME", "ASSAULT") and not described:
            prev = self.last_actor.get(p.type) or self.last_actor.get("ASSAULT" if p.type == "CRIME" else "CRIME")
            if prev is not None and not _same(prev, recip):  # `… kembali beraksi`: the same offenders
                actor = Speaker(prev.name, prev.entity, None, None)
        if actor is None and qi is not None and p.type in W["verbal_types"]:
            actor = self._speaker_of(qi)  # `perlu dipertanyakan` in a quote: the speaker's view
        reply = actor is not None and p.voice in ("act", "recv") and not paper  # (a thing agreed is no reply)
        if recip is None and reply and p.type in ("AGREE", "CONSULT", "AID") and self.last_event is not None:
            prev = self.last_event
            if prev.type == p.type and prev.actor is not None and not _same(prev.actor, actor):
                recip = Speaker(prev.actor.name, prev.actor.entity, None, None)  # `menerima undangan tersebut`
            elif prev.type == p.type and prev.recipient is not None and _same(prev.actor, actor):
                recip = Speaker(prev.recipient.name, prev.recipient.entity, None, None)  # the same giver again
        if p.mode == "protest" and p.type == "DEMAND":
            actor, recip = self._protest_demand(ws, t, actor, recip, tend, se)
        if p.mode == "restated":
            actor, recip = self._restated(ws, t, actor, recip, qi)
        if p.type == "PROTEST" and recip is None and actor is not None:
            strike = "mogok" in self.norm[tstart:tend].lower()
            actor, recip = self._staff_of(
                actor, strike
            )  # `Ribuan karyawan PT X mogok`: the staff, against their company
        if p.type == "PROTEST" and recip is None:
            recip = self._protested_at(tend, se)  # `berunjuk rasa di depan kantor Kementerian X`
        prev_protest = self.last_of_type.get("PROTEST")
        again = p.type == "PROTEST" and recip is None and prev_protest is not None and prev_protest.recipient
        if again and actor is not None and _same(actor, prev_protest.actor):
            # `Usai audiensi, massa kembali melanjutkan orasi`: the same protesters, at the same body
            recip = Speaker(prev_protest.recipient.name, prev_protest.recipient.entity, None, None)
        if p.type == "PROTEST" and recip is None and actor is not None and actor.entity is None:
            recip = self._title_target()  # `Massa Demo soal Sengketa Lahan di BPN Bogor`: the body in the title
        if p.type == "DISAPPROVE" and p.voice == "act" and self._inside_object(recip, tend):
            recip = self._doer_of_act(ws, after, actor) or recip  # `mengutuk serangan itu`: the attackers
        if recip is None and p.type == "SUPPORT" and p.voice == "act" and t.gap is None:
            # `mengapresiasi pencapaian yang telah diraih oleh Polda Babel`: praise of a thing is of its doer
            obj = self._thing_criticised(ws, after)
            recip = self._done_by(ws, obj.end) if obj is not None and obj.end is not None else None
        if recip is None and p.type == "DISAPPROVE" and p.mode != "allege":
            obj = self._thing_criticised(ws, after) if p.voice == "act" and t.gap is None else None
            # unless the thing criticised is kept, the act at no body (`menggugat Pasal 27A UU ITE`):
            if obj is None or not self._thing_read((tstart, tend, p.type), obj):
                if obj is None or not _topic_head(obj.name):
                    recip = self._target(actor)  # a criticism with no one named: the body the story is about
                else:  # `kecewa dengan keputusan pemerintah`: at whoever the thing written names, else no one
                    recip = self._topic_owner(ws, obj, p.type)
        accused = self.last_accused is not None and self.last_accused.name.lower() not in ("pihak", "orang")
        if recip is None and p.mode == "allege" and actor is not None and accused:
            prev = self.last_accused  # `keluarga melapor ke polisi`: a report is against the one the case is about
            recip = Speaker(prev.name, prev.entity, None, None) if not _same(prev, actor) else None
        if recip is None and p.words[-1] == "tersangka" and p.voice in ("noun", "act"):
            recip = Speaker("tersangka", None, ws[t.last].start, ws[t.last].end)  # `penetapan tersangka`
        if actor is not None and recip is None and " dan " in actor.name and actor.entity is None:
            left, right = actor.name.split(" dan ", 1)
            actor, recip = Speaker(left, None, actor.start, None), Speaker(right, None, None, actor.end)
        if actor is not None and p.type in ("COERCE", "INVESTIGATE") and self._only_titles(actor.name):
            # (a sentence's `hakim` is the bench, no police or prosecutor: `divonis hakim`)
            body = self._sentencer(ws, len(ws), qi, tstart) if p.mode == "sentence" else self._law_enforcer(tstart)
            actor = body or actor  # `Plt Deputi Penindakan`: the body behind the title
        if p.type == "REJECT" and ws[t.first].low in W["denial_words"] and recip is not None and recip.entity is None:
            recip = None  # `membantah telah mencabuli muridnya`: what is denied, not whom
        carried_onto_self = actor is not None and actor.start is None and _same(actor, recip)
        police = self.last_actor.get("COERCE") or self.last_actor.get("INVESTIGATE")
        if p.type == "ASSAULT" and carried_onto_self and police is not None and not _same(police, recip):
            # `Kamal dihadiahi timah panas`: an agentless assault on the one the police are after is theirs
            actor = Speaker(police.name, police.entity, None, None)
        if p.type in objects.words()["person_acts"]:
            recip = self._title_holder(recip)  # `menetapkan mantan Direktur Utama PT Timah sebagai tersangka`
            recip = self._named_later(ws, t, recip, actor, qi) or recip  # `… ditangkap yaitu Yu Long 6 dan …`
        if p.type not in objects.words()["joint_types"]:
            if p.voice == "act":
                actor = self._first_conjunct(actor, ss, tstart)  # `Bea Cukai dan Kejaksaan memburu …`
            elif p.voice == "pass":
                recip = self._first_conjunct(recip, ss, tstart)  # `Budi dan Andi ditetapkan …`
        both = self._both_sides(ws, t, ss) if p.type in objects.words()["joint_types"] else None
        if both is not None:
            actor, recip = both  # `Kedua pihak sepakat membentuk …`: the two sides of the meeting before
            mutual = True
        recip = self._from_entities(ws, t, ss, after, actor, recip)
        recip = self._topic_owner(ws, recip, p.type)
        actor, recip = self._pointer(actor), self._pointer(recip)
        recip = None if self._attribution_medium(recip) else recip  # `mengatakan kepada AFP bahwa …`
        recip = self._given_to(ws, t, after, qi, recip)
        if actor is not None and recip is not None and _same(actor, recip):
            recip = self._group_after(ws, t, actor) or recip  # `Ia menyerahkan bantuan kepada mereka`
        if actor is not None and recip is not None and _same(actor, recip):
            if actor.start is None and recip.start is not None:
                actor = None  # a carried actor is not the one acted on: `SR sudah ditahan`
            else:
                recip = None
        if actor is None and p.voice == "pass" and p.type in objects.words()["offender_types"]:
            actor = self._unnamed_offender(recip, tend, se)  # `Novel disiram air keras …`: the unnamed offender
        actor, recip = self._quoted_third(ws, t, ss, qi, actor, recip)
        return Event(
            type=p.type,
            trigger=self.a.norm_text(tstart, tend),
            trigger_start=tstart,
            trigger_end=tend,
            sentence=sentence,
            start=ss,
            end=se,
            actor=actor,
            recipient=recip,
            mode=p.mode,
            mutual=mutual,
            voice=p.voice,
            date=self._date(ss, se),
            place=self._place(ss, se, actor, recip),
            quote=qi,
        )

    def _date(self, ss: int, se: int) -> int | None:
        """The sentence's date: a day if it gives one, else a month or a year."""
        lo, hi = bisect_left(self._date_starts, ss), bisect_left(self._date_starts, se)
        found = [(i, d) for i, d in enumerate(self.a.dates[lo:hi], lo) if d.granularity != "time"]
        found.sort(key=lambda x: (x[1].granularity != "day", x[0]))
        return found[0][0] if found else None

    def _place(self, ss: int, se: int, actor: Speaker | None, recip: Speaker | None) -> int | None:
        """The sentence's place: a LOC named after `di`/`ke` (`di Tokyo`) first, else the first LOC
        that is not a party or part of a party's name (`Perdana Menteri Jepang …`)."""
        skip = {x.entity for x in (actor, recip) if x is not None}
        inside = [
            (x.start, x.end) for x in (actor, recip) if x is not None and x.start is not None and x.end is not None
        ]
        locs = [
            (s, e, i)
            for s, e, i in self._within(ss, se)
            if ss <= s < se and self.a.entities[i].label == "LOC" and i not in skip
        ]
        for s, _e, i in locs:
            before = self.norm[max(ss, s - 12) : s].split()
            if before and before[-1].lower() in ("di", "ke", "dari", "kota", "wilayah", "kawasan"):
                return i
        for s, e, i in locs:
            if not any(a <= s and e <= b for a, b in inside):
                return i
        return None
