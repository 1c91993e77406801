"""The one acted on, after the verb: the phrase after a marker (`kepada`, `terhadap`, `dengan`, `ke`),
the one backed, visited, given to or whose ties are cut, an object shared by coordinated verbs,
the owner or doer of a thing criticised, a case's party, and the entities left when the voice
readers found none."""

from __future__ import annotations

import re

from warta.document import Speaker
from warta.events import morph, objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState, _same
from warta.events.parties.things import _people_head, _topic_head
from warta.events.parties.words import _past_count
from warta.events.triggers import Trigger, find
from warta.quotes.attribution import SUBORDINATORS, np_after, subject_before
from warta.quotes.names import shortest, until_preposition
from warta.quotes.text import DEMONSTRATIVES, Word, is_cap, is_verbish


def _asked_to_act(ws: list[Word], t: Trigger, a: int, b: int) -> bool:
    """Is the one in a demand's gap ``ws[a:b]`` asked to do something (`mendorong rumah sakit untuk
    segera memperbaiki layanan`, `meminta fasilitas kesehatan lebih aktif melakukan …`)? Then it is
    the one addressed, a party though its head names a place or a facility. Not what is asked for:
    an abstract noun in -an or a thing (`meminta dukungan legislatif agar`, `mendorong kesepakatan
    nasional untuk`, `minta izin untuk`), a clause (`meminta penertiban … karena mengganggu`), or
    what is to be done, with a passive after it (`mendorong regulasi itu agar diperbaiki`)."""
    W = lexicon().words
    if t.pattern.words[-1] not in ("untuk", "agar", "supaya", "%"):
        return False  # (`membawa sejumlah tuntutan saat berdemo`: what is carried, no one asked)
    head = ws[a].low
    if head.endswith("an") or head in W["not_party_heads"] or head in W["step_nouns"]:
        return False
    if any(w.low in SUBORDINATORS or w.low in ("yang", "karena") for w in ws[a:b]):
        return False
    for w in ws[t.last if t.pattern.words[-1] == "%" else t.last + 1 : t.last + 5]:
        if w.low.startswith("di") and is_verbish(w.text):
            return False  # (but `untuk ikut terlibat mencegah …` is still something to do)
        if w.low.startswith(("me", "ber")) and is_verbish(w.text):
            return True
    return False


def _names_ties(ws: list[Word], t: Trigger) -> bool:
    """A sanction whose trigger names the ties cut (`memutus hubungan`, `pemutusan hubungan
    diplomatik`; parties.json `tie_types`, `tie_nouns`): its recipient is the state the ties were with."""
    P = objects.words()
    return t.pattern.type in P["tie_types"] and bool({w.low for w in ws[t.first : t.last + 1]} & P["tie_nouns"])


class Recipients(PartyState):
    """The one acted on, read after the verb (see the module)."""

    def _after_marker(
        self, ws: list[Word], i: int, markers: frozenset[str], qi: int | None, reach: int = 6, party: bool = False
    ) -> Speaker | None:
        """The phrase after the first of ``markers`` within a few words from ``i`` (with ``party``,
        the first that is a party: `dengan plafon … dengan 4 nasabah besar`)."""
        W = lexicon().words
        for k in range(i, min(len(ws), i + reach)):
            if ws[k].low in markers and k + 1 < len(ws):
                nxt = ws[k + 1]
                if ws[k].low == "dari" and k > i + 1 and "oleh" in markers:
                    continue  # `bantuan … diberikan untuk meringankan beban dari keluarga`: not the giver
                if ws[k].low == "dari" and not (
                    is_cap(nxt.text)
                    or nxt.low in W["person_nouns"]
                    or nxt.low in W["agent_determiners"]
                    or (nxt.text.isdigit() and k + 2 < len(ws) and ws[k + 2].low in W["person_nouns"])
                ):
                    return None  # `penyidikan dari koordinasi …`: not who did it
                sp = self._np(ws, k + 1, qi)
                if ws[k].low in objects.words()["addressee_markers"] and (sp is None or not self._party_like(sp)):
                    sp = self._addressee(ws, k + 1, qi) or sp
                if party and (sp is None or not self._party_like(sp)):
                    continue
                return sp
            gap = self.norm[ws[k - 1].end : ws[k].start] if k > i else " "
            if gap != " " and any(c in gap for c in ".;:"):  # (most gaps are one space)
                return None
        return None

    def _backed(self, ws: list[Word], after: int, qi: int | None) -> Speaker | None:
        """The one an act of backing is for, written after `kepada`/`pada`/`untuk`/`bagi` right after
        it (`memberikan dukungan untuk Lisa`, `apresiasi untuk para buruh`, `wujud dukungan bagi PGN
        Saka`): only a party, and only the first such phrase, so a purpose (`untuk meningkatkan …`)
        or a thing backed (`dukungan untuk kampanye #UntukKorowai`) leaves it unread."""
        marks = objects.words()["benefactive_markers"]
        for k in range(after, min(len(ws) - 1, after + 3)):
            gap = self.norm[ws[k - 1].end : ws[k].start] if k > 0 else " "
            if not gap or any(c in gap for c in ",.;:#"):
                return None  # a comma, a stop or a hashtag (`#UntukKorowai`) before it
            if ws[k].low in marks:
                cand = self._np(ws, k + 1, qi)
                return cand if cand is not None and self._party_like(cand) else None
        return None

    def _tie_partner(self, ws: list[Word], t: Trigger, after: int, qi: int | None) -> Speaker | None:
        """The state or body ties are cut with, written after `dengan` (`memutus hubungan diplomatik
        dengan Qatar`, `pemutusan hubungan diplomasi empat negara Arab dengan Qatar`): a party only,
        and only for a sanction whose trigger names the ties (parties.json `tie_nouns`)."""
        if not _names_ties(ws, t):
            return None
        return self._after_marker(ws, after, frozenset(("dengan",)), qi, reach=6, party=True)

    def _unbroken(self, ws: list[Word], i: int, cap: int = 12) -> int:
        """How many words from ``i`` run on with no comma, stop or verb (the object phrase of a
        verb, however long: `menjatuhkan sanksi peringatan keras terakhir dan pemberhentian dari
        jabatan ketua kepada teradu X`); a `kepada` within it still belongs to the verb."""
        n = 0
        for k in range(i, min(len(ws), i + cap)):
            gap = self.norm[ws[k - 1].end : ws[k].start] if k > i else " "
            if gap.strip() or (k > i and is_verbish(ws[k].text) and ws[k].low.startswith(("me", "di", "ber"))):
                break
            n += 1
        return n

    def _addressee(self, ws: list[Word], i: int, qi: int | None) -> Speaker | None:
        """The phrase after `kepada` (`membagikan bantuan kepada para abang becak`, `berterima kasih
        kepada "semua pejuang Islam"`): `kepada` marks the one given to or addressed, so a common
        noun phrase the resolver does not know is still the party, in its shortest form (`para`, a
        `yang` clause, a preposition dropped); an opening quote mark is no stop."""
        W = objects.words()
        while i < len(ws) and ws[i].low in W["addressee_leads"]:
            i += 1
        if i == 0 or i >= len(ws) or not ws[i].text[:1].isalpha() or ws[i].low in W["addressee_hedges"]:
            return None  # `kepada lebih dari 100 warga`: a count the resolver reads
        if self.norm[ws[i - 1].end : ws[i].start].strip(" \"'") or is_verbish(ws[i].text):
            return None  # a comma or a stop between; `kepada` a clause
        span = np_after(self.norm, ws, i, max_words=6)
        if span is None:
            return None
        sp = self._named(span[0], span[1], span[0], qi)
        if sp is not None and self._party_like(sp):
            return sp
        kept: list[str] = []
        for w in self.norm[span[0] : span[1]].split():
            low = w.lower().strip(" ,.\"'")
            if low in SUBORDINATORS or low in W["addressee_stops"] or (kept and is_verbish(w)):
                break  # `memohon kepada seluruh media apabila …`: the party ends before the clause
            kept.append(w)
            if w.rstrip("\"'") != w or w.endswith(","):
                break
        name = shortest(until_preposition(kept)) if kept and not is_cap(kept[-1]) else " ".join(kept)
        name = name.strip(" ,.\"'")
        if not name or name.split()[0].lower() in lexicon().words["not_party_heads"]:
            return None
        self._addressed.add((span[0], span[0] + len(name)))
        return Speaker(name, None, span[0], span[0] + len(name))

    def _named_later(
        self, ws: list[Word], t: Trigger, sp: Speaker | None, actor: Speaker | None, qi: int | None
    ) -> Speaker | None:
        """`menetapkan tersangka berinisial RMP`, `memburu seorang buron … yang masuk DPO berinisial MS`,
        `2 kapal lagi ditangkap yaitu Yu Long 6 dan …`: one acted on who is only described (or not
        written) is the one the clause names after a naming word (`berinisial`, `bernama`, `yaitu`,
        `yakni`) further on; GUIDELINES names the party, not its description. The search runs from the
        end of the party (or of the verb) to the next comma or stop, a comma right before the naming
        word excepted (`ditangkap polisi, yaitu JV dan DRW`); the name is a run of capitalised words
        (and numbers: a vessel's `Hung Chi Fu 68`), the entity where one starts there."""
        if sp is not None and (sp.entity is not None or (sp.start is not None and self._is_name(sp))):
            return None
        tend = ws[t.last].end
        frm = sp.end if sp is not None and sp.start is not None and sp.end is not None and sp.start >= tend else tend
        k0 = next((k for k, w in enumerate(ws) if w.start >= frm), len(ws))
        naming = lexicon().words["naming_words"]
        for k in range(k0, min(len(ws) - 1, k0 + 14)):
            gap = self.norm[ws[k - 1].end : ws[k].start] if k > 0 else ""
            if any(c in gap for c in ".;:") or ("," in gap and ws[k].low not in naming):
                return None
            if ws[k].low not in naming:
                continue
            first = last = k + 1
            if not is_cap(ws[first].text):
                return None
            while last + 1 < len(ws) and self.norm[ws[last].end : ws[last + 1].start] == " ":
                nxt = ws[last + 1].text
                if not (is_cap(nxt) or nxt.isdigit()) or ws[last + 1].low in naming:
                    break
                last += 1
            s = ws[first].start
            e = s + len(self.norm[s : ws[last].end].rstrip(".,"))  # `berinisial MS.`: the stop is not the name's
            entity = any(ms == s and me == e for ms, me, _i in self._within(s, e))
            name = self._named(s, e, s, qi) if entity else Speaker(self.norm[s:e], None, s, e)  # `Hung Chi Fu 68`
            if not self._party_not_place(name) or _same(name, actor):
                return None
            return name
        return None

    def _visited(self, ws: list[Word], after: int, qi: int | None, reach: int) -> Speaker | None:
        """The one a visit goes to (`berkunjung ke Kementerian X`, `kunjungan resmi ke Kementerian X`):
        a body or person after `ke`; a place is no party (`berkunjung ke Bali`) but the one whose
        home it is is (`bersilaturahmi ke kediaman Megawati`)."""
        cand = self._after_marker(ws, after, frozenset(("ke",)), qi, reach=reach)
        if cand is not None and cand.entity is None:
            cand = self._possessor(cand)
        if cand is not None and cand.entity is not None and self._is_place(cand) and not self._is_state(cand):
            cand = None
        return cand

    def _visit_parts(self, ws: list[Word], after: int, qi: int | None) -> tuple[Speaker | None, Speaker | None]:
        """The visitor and the visited of a visit noun (`kunjungan kenegaraan Presiden RI Joko Widodo
        (Jokowi) ke Singapura`, `Kunjungan Kelly ke Meksiko dilaporkan untuk melakukan pertemuan dengan
        pejabat`): the phrase after the noun and its kinds is who visits, the party after the `ke`
        that follows it is who is visited (not someone met later in the sentence)."""
        k = after
        while k < len(ws) and ws[k].low in objects.words()["visit_kinds"]:
            k += 1
        visitor = self._np(ws, k, qi) if k < len(ws) and ws[k].low != "ke" else None
        if visitor is not None and not self._party_like(visitor):
            visitor = None
        for j in range(k, min(len(ws), k + 10)):
            if j > k and any(c in self.norm[ws[j - 1].end : ws[j].start] for c in ".,;:"):
                break  # the visit's phrase ends at a comma or a stop
            if ws[j].low == "ke":
                return visitor, self._visited(ws, j, qi, reach=1)
        return visitor, None

    def _given_to(
        self, ws: list[Word], t: Trigger, after: int, qi: int | None, recip: Speaker | None
    ) -> Speaker | None:
        """`pemerintah memberikan BSU selama dua bulan`, `beras SPHP yang disalurkan pemerintah`: after a
        verb of handing over in `-kan` (memberikan, menyalurkan, disalurkan) the thing handed over
        stands where a party would (a programme NER takes for a body); the one given to is after
        `kepada`/`untuk`/`bagi`/`ke`, or there is none written. A person or people stay
        (`warga diberikan bantuan`), and so does a party `kepada` marks."""
        if t.pattern.type != "AID" or recip is None or recip.start is None:
            return recip
        roots = {r for r, affix in morph.analyse(ws[t.last].low) if affix.endswith("-kan")}
        if not roots & lexicon().words["handover_roots"]:
            return recip
        if recip.entity is not None and self.a.entities[recip.entity].label == "PER":
            return recip
        words_ = [w.lower() for w in recip.name.split()]
        head = (_past_count(words_) or [""])[0]
        people = lexicon().words["person_nouns"] | lexicon().words["described_person_heads"]
        if head in people or (head.endswith("nya") and head[:-3] in people):
            return recip
        before = self.norm[max(0, recip.start - 12) : recip.start].split()
        if before and before[-1].lower() in ("kepada", "untuk", "bagi", "ke", "pada"):
            return recip
        return self._after_marker(ws, after, frozenset(("kepada", "untuk", "bagi", "ke")), qi, reach=12, party=True)

    def _past_programme(self, ws: list[Word], t: Trigger, after: int) -> int:
        """`menyalurkan Bantuan Langsung Tunai Sementara (BLTS) kepada …`: an aid noun written with a
        capital after its verb opens the programme's name, and the capitalised words that go on with it
        (its acronym too) are the aid, not who receives it. The index of the first word past the name."""
        if t.type != "AID" or t.last == t.first or not is_cap(ws[t.last].text):
            return after
        k = after
        while k < len(ws) and is_cap(ws[k].text) and not self.norm[ws[k - 1].end : ws[k].start].strip(" ("):
            k += 1
        return k

    def _shared_object(self, ws: list[Word], t: Trigger, after: int, qi: int | None) -> Speaker | None:
        """`menyiksa dan membunuh 20 jemaatnya`, `menembak dan membunuh ahli jantung Michael Davidson`,
        `mengolok-olok dan membandingkan fisik TAS`: an act on someone whose verb has no object of its
        own, joined by `dan`/`lalu`/`serta` (no comma) to a second transitive verb, is on that verb's
        object. Only for the acts done to a person or stance taken on one (not `menyerah dan
        menyisakan`: an intransitive verb has no object to share)."""
        P = objects.words()
        if t.pattern.type not in P["person_acts"] | P["stance_types"] | P["offender_types"]:
            return None
        if after + 2 >= len(ws) or ws[after].low not in P["joining_words"] or t.gap:
            return None
        if self.norm[ws[after - 1].end : ws[after].start].strip():
            return None  # `…, lalu memeriksa saksi`: another clause
        verb = ws[after + 1]
        if not (verb.low.startswith("me") and is_verbish(verb.text)):
            return None
        k = after + 2
        while k + 1 < len(ws) and ws[k].low in lexicon().words["manner_adverbs"] | P["manner_after"]:
            k += 1
        cand = self._np(ws, k, qi)
        return cand if cand is not None and self._party_like(cand) else None

    def _from_entities(
        self, ws: list[Word], t: Trigger, ss: int, after: int, actor: Speaker | None, recip: Speaker | None
    ) -> Speaker | None:
        """The recipient where the voice readers found none, or only carried one over from an
        earlier sentence: the name right before a passive verb, the party a case is about, the
        body inside a `terhadap`/`kepada` phrase (see ``objects.py``); a case acted on (`Perkara ini
        diadukan`) is against the one it is about; `aksi yang sama` is at the same party; support
        or criticism of a thing is of whose it is; goods stand for their owner (`milik X`); an
        attack is on those a main clause says died of it."""
        p = t.pattern
        P = objects.words()
        skip = actor.entity if actor is not None else None
        found = None
        if p.voice == "pass" and (recip is None or recip.entity is None) and ws[t.first].low.startswith(("di", "ter")):
            found = objects.passive_subject(self.a, self._within, ws, t.first, self._clause_start(ws, t, ss))
            if found is not None and recip is not None and recip.start is not None and recip.end is not None:
                # `ada orang yang melapor dan berujung Khariq Anhar ditetapkan`: the name nearer the verb,
                # unless it is inside the phrase read (`anak buah Budi Santoso ditangkap`: the anak buah)
                found = None if recip.start <= found[0] < recip.end + 1 else found
        case = p.type in P["case_types"] or p.mode in P["case_modes"]  # `melaporkan dugaan korupsi di X`
        if found is None and recip is None and case:
            found = objects.case_party(self.a, self._within, ws, after, skip, p.mode in P["case_modes"])
        if found is None and recip is None and p.type in P["marker_types"]:
            found = objects.marked_party(self.a, self._within, ws, after, skip)
        thing = recip is None or (recip.entity is None and not self._party_like(recip))
        head = recip.name.split()[0] if recip is not None and recip.entity is None and recip.name else ""
        thing = thing or (head.islower() and head not in lexicon().words["person_nouns"])  # `serangan Israel`
        if found is None and recip is None and p.voice == "pass" and self.last_accused is not None:
            adverbs = lexicon().words["trailing_adverbs"] | lexicon().words["hedges"]
            subj = [w.low for w in ws[: t.first] if w.start >= self._clause_start(ws, t, ss) and w.low not in adverbs]
            if len(subj) == 2 and subj[0] in P["case_nouns"] and subj[1] in DEMONSTRATIVES:
                prev = self.last_accused  # `Perkara ini diadukan Sri Afrianis`: the one the case is against
                return Speaker(prev.name, prev.entity, None, None) if not _same(prev, actor) else None
        again = self.last_of_type.get(p.type)
        same = after + 2 < len(ws) and ws[after].low == "yang" and ws[after + 1].low in P["same_words"]
        if found is None and recip is None and same and again is not None and again.recipient is not None:
            prev = again.recipient  # `AMT juga telah menggelar aksi yang sama`: at the same party as that one
            return Speaker(prev.name, prev.entity, None, None) if not _same(prev, actor) else None
        if found is None and thing and p.type in P["stance_types"] and p.voice == "act":
            found = objects.object_party(self.a, self._within, ws, after, skip)
        if found is None and thing and p.type in P["request_types"] and p.voice == "act":
            # `MK mengabulkan sebagian gugatan Daniel`: a request granted is granted to whoever made it
            found = objects.requester(self.a, self._within, ws, after, skip)
        person = recip is not None and recip.entity is None and recip.start is not None and self._party_like(recip)
        if found is None and (recip is None or recip.entity is None) and not person and p.type in P["owner_types"]:
            # `disita sepeda motor milik pelaku` (but `Seorang pemuda ditangkap … karena mencuri motor
            # milik tetangganya`: the one arrested is the pemuda read before the verb)
            span = objects.owner_after(self.a, ws, after)
            owner = self._named_at(span, None)
            if owner is not None and self._party_like(owner) and not _same(owner, actor):
                return owner
        if found is None and (recip is None or not self._party_like(recip)) and p.type in ("ASSAULT", "FIGHT"):
            died = objects.died_before(ws, t.first)  # `Para kadet tewas setelah … meledakkan rompinya`
            span = subject_before(self.norm, ss, ws[died].start) if died is not None else None
            victim = self._named_at(span, None)
            if victim is not None and self._party_like(victim) and not _same(victim, actor):
                return victim
        if found is None or found[2] == skip:
            return recip
        ms, me, i = found
        return Speaker(self.a.entities[i].canonical, i, ms, me)

    def _topic_owner(self, ws: list[Word], recip: Speaker | None, typ: str) -> Speaker | None:
        """`memprotes usulan tunjangan baru bagi anggota DPR`, `protes AS terhadap dugaan campur tangan
        Rusia`, `memuji penampilan para pemainnya`: a stance taken on a thing (a phrase headed by an
        act or state noun, not by people) is towards the party named inside it — the first entity,
        title or people noun after the head — and towards no one when none is named (GUIDELINES.md:
        the thing protested is no recipient)."""
        if recip is None or recip.entity is not None or recip.start is None or recip.end is None:
            return recip
        if typ not in objects.words()["topic_types"] or not _topic_head(recip.name):
            return recip
        inside = {ms: (me, i) for ms, me, i in self._within(recip.start, recip.end) if recip.start < ms < recip.end}
        for k, w in enumerate(ws):
            if not recip.start < w.start < recip.end:
                continue
            people = w.low == "para" or _people_head(w.low) or w.low in objects.titles()
            if w.start in inside and not people:
                me, i = inside[w.start]
                if self.a.entities[i].label != "LOC" or self._is_state(Speaker("", i, w.start, me)):
                    return Speaker(self.a.entities[i].canonical, i, w.start, me)
            if people:
                return self._owner_phrase(ws, k, recip.end)
        return self._done_by(ws, recip.end)

    def _owner_phrase(self, ws: list[Word], k: int, end: int) -> Speaker | None:
        """The people named from word ``k`` to the end of their noun phrase, as written (`pihak
        kampus`, `Menteri LH`, `warga Jembatan Besi`), not past a dash run into the next word
        (`anggota DPR-termasuk`) or a trailing number; the entity when it is one."""
        span = np_after(self.norm, ws, k, max_words=8)
        stop = min(end, span[1]) if span is not None else ws[k].end
        text = self.norm[ws[k].start : stop]
        text = re.split(r"(?<=[A-Z])-(?=[a-z])", text, maxsplit=1)[0]
        text = re.sub(r"(?:\s+\d+)+$", "", text).strip(" ,.")
        owner = Speaker(text, None, ws[k].start, ws[k].start + len(text))
        for ms, me, i in self._within(owner.start, owner.end):
            if ms == owner.start and me == owner.end:
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        return owner if self._party_like(owner) else None

    def _doer_of_act(self, ws: list[Word], after: int, actor: Speaker | None) -> Speaker | None:
        """`mengutuk serangan itu`, `mengecam penangkapan tersebut`, `mengutuk keras kekerasan terhadap
        tenaga kesehatan`, `mengutuk kejadian yang menimpa dokter tersebut`: a criticism of an act
        told before (pointed back to, or named with the one it befell) is aimed at the one who did
        it, not at its victim or place (GUIDELINES `events`: the recipient is who is criticised);
        a doer written with the act (`… oleh X`) is that one."""
        W = lexicon().words
        while after < len(ws) and ws[after].low in W["manner_adverbs"]:
            after += 1  # `mengutuk keras …`
        if after >= len(ws) or self.norm[ws[after - 1].end : ws[after].start].strip():
            return None
        nxt = [t for t in find(ws[after : after + 3]) if t.first <= 1 and t.pattern.voice == "noun"]
        incident = not nxt and ws[after].low in W["reported_incidents"]  # `kejadian`, `tindakan`: the last harm
        if not nxt and not incident:
            return None
        end = after + (nxt[0].last + 1 if nxt else 1)
        by = self._after_marker(ws, end, frozenset(("oleh",)), None, reach=8, party=True)
        if by is not None and not _same(by, actor):
            return by  # `melaporkan penganiayaan yang dilakukan terhadap Axel oleh anggota Sat Narkoba`
        back = [w.low for w in ws[end : end + 2]]
        pointed = bool(back) and back[0] in DEMONSTRATIVES
        befell = bool(back) and (back[0] in ("terhadap", "kepada") or back == ["yang", "menimpa"])
        if not (pointed or befell):
            return None
        types = (nxt[0].type,) if nxt else ("ASSAULT", "CRIME")
        prev = next((self.last_of_type[k] for k in types if k in self.last_of_type), None)
        if prev is None or prev.actor is None or _same(prev.actor, actor):
            return None
        return Speaker(prev.actor.name, prev.actor.entity, None, None)

    def _inside_object(self, recip: Speaker | None, tend: int) -> bool:
        """Was ``recip`` read from the object phrase right after the verb (a victim or place named
        in the act criticised), not from an earlier sentence?"""
        return recip is None or recip.start is None or recip.start >= tend

    def _case_party(self, ws: list[Word], after: int) -> Speaker | None:
        """`mendalami kasus dugaan korupsi … yang melibatkan PT Sritex`, `penyitaan … terkait kasus
        yang menjerat keluarga pemilik PT X`: an act on a case is on the one the case involves."""
        cases = ("kasus", "perkara")
        k = next((j for j in range(after, min(len(ws), after + 4)) if ws[j].low in cases), None)
        if k is None:
            return None
        for j in range(k + 1, min(len(ws) - 1, k + 12)):
            if ws[j].low == "yang" and ws[j + 1].low in lexicon().words["case_links"]:
                sp = self._np(ws, j + 2, None)
                if sp is not None and sp.entity is None:
                    sp = self._possessor(sp) or sp
                return sp if sp is not None and self._party_like(sp) else None
            if any(c in self.norm[ws[j - 1].end : ws[j].start] for c in ".;"):
                return None
        return None

    def _owner_in_object(self, tend: int, se: int) -> Speaker | None:
        """`menggasak kartu debit … dan laptop Endang, lalu …`: the person whose goods an offence
        takes, named at the end of a thing in its object (before the clause ends)."""
        end = se
        for stop in (",", ";", ".", " lalu ", " kemudian ", " untuk ", " bersama ", " dengan "):
            k = self.norm.find(stop, tend, se)
            if k != -1:
                end = min(end, k)
        goods = lexicon().words["possession_heads"] | lexicon().words["seized_goods"]
        for ms, me, i in self._within(tend, end):
            if ms < tend or me > end or self.a.entities[i].label != "PER":
                continue
            before = self.norm[tend:ms].lower().replace(",", " ").split()
            if any(w in goods for w in before):
                return Speaker(self.a.entities[i].canonical, i, ms, me)
            return None
        return None

    def _thing_criticised(self, ws: list[Word], after: int) -> Speaker | None:
        """The thing a criticism is written to be about (`kecewa dengan keputusan pemerintah`,
        `mempertanyakan validitas sinyal tersebut` is not one: it points back), as a phrase, when it
        names something new: then the criticism is of whoever is named in it, not of the body the
        story is about."""
        k = after
        while k < len(ws) and ws[k].low in objects.words()["topic_leads"]:
            k += 1
        span = np_after(self.norm, ws, k, max_words=8) if k < len(ws) and k - after <= 2 else None
        if span is None:
            return None
        inside = [w.low for w in ws if span[0] <= w.start < span[1]]
        back = DEMONSTRATIVES | lexicon().words["third_pronouns"]
        if not inside or any(w in back or w.endswith("nya") for w in inside):
            return None
        return Speaker(self.norm[span[0] : span[1]], None, span[0], span[1])

    def _target(self, actor: Speaker | None) -> Speaker | None:
        """The organisation or person most mentioned in the article, other than ``actor``."""
        if self._ranked is None:
            counts: dict[int, int] = {}
            for _s, _e, i in self.r.mentions:
                if self.a.entities[i].label in ("ORG", "PER"):
                    counts[i] = counts.get(i, 0) + 1
            self._ranked = sorted(counts, key=lambda i: (-counts[i], i))
        skip = actor.entity if actor is not None else None
        for i in self._ranked:
            if i != skip and not (actor is not None and self.a.entities[i].canonical == actor.name):
                return Speaker(self.a.entities[i].canonical, i, None, None)
        return None

    def _other_person(self, pos: int, actor: Speaker | None) -> Speaker | None:
        """`menghadiahkannya`: the one a -nya on the verb is given to, the last person named before
        ``pos`` other than the actor."""
        skip = actor.entity if actor is not None else None
        best = self._last_person(pos, skip)
        return Speaker(self.a.entities[best].canonical, best, None, None) if best is not None else None
