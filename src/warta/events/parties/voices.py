"""The voice readers: one method a voice (active and mutual, the pronoun-agent passive, the passive,
the receiving voice, the act noun, the stative, the obligation), each giving the actor and the
recipient its voice places, before :meth:`Parties.event` applies the checks every voice shares."""

from __future__ import annotations

from typing import NamedTuple

from warta.document import Speaker
from warta.events import objects
from warta.events.lexicon import Pattern, lexicon
from warta.events.parties.agent import AGENT_NOUNS, NOUN_AGENT_MARKERS
from warta.events.parties.recipient import _asked_to_act
from warta.events.parties.state import PartyState, _same
from warta.events.parties.things import _armed, _attack_target, _goods, thing_named
from warta.events.parties.words import _group_pronoun, _numeral
from warta.events.triggers import Trigger, obliged_after
from warta.quotes.text import Word, is_cap, is_verbish


class Clause(NamedTuple):
    """Where a trigger stands, as every voice reader takes it: its pattern and words, the sentence's
    bounds and index, the trigger's span, the quote it is in, and the first word after it."""

    p: Pattern
    t: Trigger
    ws: list[Word]
    ss: int
    se: int
    sentence: int
    tstart: int
    tend: int
    qi: int | None
    after: int


class Voices(PartyState):
    """The actor and recipient each voice places (see the module)."""

    def _voice_act(
        self, c: Clause, mutual: bool
    ) -> tuple[Speaker | None, Speaker | None, bool, Speaker | None, bool, int]:
        """The active and mutual voices (`polisi menangkap X`, `bertemu dengan X`): the subject acts, the object
        or the party after a marker is acted on; a joint act's two sides; a weapon's target."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        W = lexicon().words
        actor: Speaker | None = None
        recip: Speaker | None = None
        target: Speaker | None = None
        paper = False
        actor = self._subject(ws, t, ss, qi)
        if actor is None:
            actor = self._first_subject(ws, t, ss, qi)  # `Kalangan buruh … membawa tuntutan … hingga menuntut`
        if actor is None or (actor.start is not None and not self._party_like(actor)):
            actor = self._part_before(ws, t, ss, qi) or actor  # `"Alhamdulillah, kami mengucapkan …`
        bare = not ws[t.first].low.startswith(("me", "ber", "ter", "di", "se", "ke"))
        if bare and (actor is None or actor.start is None):
            # `Audit dari Inspektorat Kabupaten Majalengka mengonfirmasi …`: a bare root used as a noun
            actor = self._after_marker(ws, after, NOUN_AGENT_MARKERS, qi, reach=2, party=True) or actor
        if t.gap and t.gap[1] > t.gap[0]:
            a, b = t.gap
            if all(_numeral(w.text) or w.low == "sebagai" for w in ws[a:b]):
                recip = self._named(ws[a].start, tend, ws[a].start, qi)
            else:
                # `meminta Kongres memberinya wewenang … untuk`: the one asked ends before its verb
                b = next(
                    (k for k in range(a + 1, b) if ws[k].low.startswith(("me", "di")) and is_verbish(ws[k].text)), b
                )
                if ws[a].low in ("kepada", "pada", "terhadap") and b - a > 1:
                    a += 1  # `meminta kepada pemohon SIM untuk …`: the one asked
                while b - a > 1 and ws[b - 1].low in ("untuk", "agar", "supaya", "terbukti", "telah", "sudah"):
                    b -= 1  # `menyatakan terdakwa X terbukti bersalah`: X
                recip = self._named(ws[a].start, ws[b - 1].end, ws[a].start, qi)
            paper = recip is not None and thing_named(recip.name)  # `menandatangani sejumlah Nota Kesepahaman`
            if p.type == "DEMAND" and recip is not None and recip.entity is None and _asked_to_act(ws, t, a, b):
                self._addressed.add((recip.start, recip.end))  # `mendorong rumah sakit untuk memperbaiki …`
            if p.voice == "act" and (recip is None or not self._party_like(recip)):
                # `membuat video permintaan maaf kepada masyarakat`: a thing in the gap, the one addressed after
                recip = self._after_marker(ws, after, frozenset(("kepada",)), qi, 6) or recip
        elif p.words[-1] == "dengan" or p.voice == "act":
            while after + 1 < len(ws) and ws[after].low in W["manner_adverbs"]:
                after += 1  # `memprotes keras klaim Jepang`: the object after the manner
            after = self._past_programme(ws, t, after)
            recip = self._np(ws, after, qi)
            paper = recip is not None and thing_named(recip.name)
            exchange = "saling" in p.words or (t.first > 0 and ws[t.first - 1].low == "saling")
            if exchange and recip is not None and recip.entity is None:
                recip = None  # `Kedua negara saling mengusir diplomat`: what the sides exchange, not a party
            if recip is None and p.voice == "act":
                recip = self._shared_object(ws, t, after, qi)  # `menyiksa dan membunuh 20 jemaat`
            if p.words[-1] in objects.words()["addressee_markers"] and (recip is None or not self._party_like(recip)):
                recip = self._addressee(ws, after, qi) or recip  # `berterima kasih kepada "semua pejuang …`
            if p.voice == "act" and (recip is None or not self._party_like(recip)):
                # `menjatuhkan sanksi … kepada X`, `memberikan bantuan … kepada X` (`… untuk Suriah`)
                to = frozenset(("kepada", "terhadap", "untuk", "bagi")) if p.type == "AID" else None
                reach = 10 if to else max(6, self._unbroken(ws, after))  # (`… dan pemberhentian … kepada X`)
                recip = self._after_marker(ws, after, to or frozenset(("kepada", "terhadap")), qi, reach) or recip
            verb_last = ws[t.last].low.startswith(("me", "di", "ber", "ter"))  # `mendukung … untuk`: a purpose
            if (
                p.type in objects.words()["benefactive_types"]
                and not verb_last
                and (recip is None or not self._party_like(recip))
            ):
                # `memberi dukungan pada Ikhwanul Muslimin`, `memberikan dukungan untuk Lisa`: the one backed
                recip = self._backed(ws, after, qi) or recip
            if recip is None or not self._party_like(recip):
                recip = self._tie_partner(ws, t, after, qi) or recip  # `memutus hubungan … dengan Qatar`
            claim = p.words[-1] not in ("agar", "supaya", "untuk", "bahwa", "*")  # (`mendorong agar ke depan …`)
            if claim and p.type == "DEMAND" and p.voice == "act" and (recip is None or not self._party_like(recip)):
                # `menagih bonus ke manajemen`: the one a claim is pressed on, not a place gone to
                cand = self._after_marker(ws, after, frozenset(("ke",)), qi, reach=4, party=True)
                recip = cand if cand is not None and not self._is_place(cand) else recip
            if p.type == "COERCE" and (recip is None or not self._party_like(recip)):
                # `menyita uang tunai Rp 100,7 miliar dari Siman Bahar`: the one it was taken from
                recip = self._after_marker(ws, after, frozenset(("dari",)), qi, reach=10, party=True) or recip
            if p.type == "COERCE" and (recip is None or not self._party_like(recip) or _goods(recip)):
                recip = self._opening_source(ws, t, ss, qi) or recip  # `Dari tangan tersangka, polisi menyita …`
            if p.type == "COERCE" and recip is not None and _goods(recip):
                # `penyidik juga menyita satu unit mobil`: an asset is taken from the one the chain is
                # about; evidence (`barang bukti`, `318 dokumen`) is taken from no one in particular
                prev = self.last_recipient
                asset = any(w.lower() in W["seized_assets"] for w in recip.name.split()[:4])
                recip = Speaker(prev.name, prev.entity, None, None) if prev is not None and asset else None
            if p.type in ("AGREE", "COOPERATE", "CONSULT") and (recip is None or not self._party_like(recip)):
                # `menandatangani perjanjian pembiayaan dengan PT X`
                with_ = frozenset(("dengan", "bersama"))
                recip = self._after_marker(ws, after, with_, qi, reach=14, party=True) or recip
        else:
            recip = self._after_marker(ws, after, frozenset(("dengan",)), qi)
        if p.voice == "mut" and recip is None and p.words[-1] != "dengan":
            cand = self._np(ws, after, qi)  # `Sugiono bertemu Menlu Jepang Takeshi Iwaya`
            recip = cand if cand is not None and self._party_like(cand) else None
        weapon = t.gap is not None or p.words[-1] in ("roket", "rudal")
        if p.type == "FIGHT" and p.voice == "act" and (weapon or recip is None or not self._party_like(recip)):
            # `menembakkan puluhan roket ke Israel utara`: at the state or force, not the weapon
            cand = self._after_marker(ws, after, frozenset(("ke", "terhadap")), qi, reach=5)
            ok = cand is not None and (self._party_like(cand) or self._is_state(cand))
            recip = cand if ok else (None if weapon else recip)
        if p.type == "CONSULT" and recip is None:
            recip = self._visited(ws, after, qi, reach=3)
        if p.voice == "mut" and recip is None:
            pair = self._pair(ss, se) or self._body_and_named(ss, tstart) or self._joint_subject(ws, t, ss)
            if pair is not None:
                actor, recip = pair
        if p.type == "ASSAULT" and p.voice == "act" and recip is not None and not self._party_like(recip):
            target = _attack_target(recip)  # `menyerang sebuah pembangkit listrik milik negara`: the place
            hit = next(
                (
                    k
                    for k in range(after, min(len(ws) - 1, after + 6))
                    if ws[k].low == "yang" and ws[k + 1].low in W["harm_verbs"]
                ),
                None,
            )
            if hit is not None:  # `menembakkan peluru yang menewaskan Ruiz`: the one the shot killed
                cand = self._np(ws, hit + 2, qi)
                recip = cand if cand is not None and self._party_like(cand) else recip
        joint = p.type in ("AGREE", "COOPERATE", "CONSULT")
        if p.voice == "act" and joint and (recip is None or not self._party_like(recip)):
            pair = self._pair(ss, tstart)  # `Indonesia dan Pakistan terus memperkuat hubungan`: a joint act
            pair = pair or self._body_and_named(ss, tstart)  # `Pemerintah dan DPR sepakat`
            pair = pair or self._joint_subject(ws, t, ss)  # `Komisi VIII DPR RI dan pemerintah menyetujui`
            if pair is not None:
                actor, recip = pair
                mutual = True
        return actor, recip, mutual, target, paper, after

    def _voice_pronoun_pass(self, c: Clause) -> tuple[Speaker | None, Speaker | None]:
        """`Brigadir TM kami tangkap`, `kami lumpuhkan`: the pronoun before the bare verb acts, the phrase
        before the pronoun (else the one just acted on) is acted on."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        actor: Speaker | None = None
        recip: Speaker | None = None
        # `Brigadir TM kami tangkap`, `kami lumpuhkan`: the pronoun before the bare verb acts,
        # the phrase before the pronoun is acted on
        k = t.first - 1
        actor = self._named(ws[k].start, ws[k].end, ws[k].start, qi)
        recip = self._subject(ws, Trigger(p, k, k), ss, None) if k > 0 else None
        recip = recip if recip is not None and self._party_like(recip) else None  # not `Ya, kami …`
        last = self.last_event.recipient if self.last_event is not None else None
        if recip is None and (last or self.last_recipient) is not None and p.type != "INVESTIGATE":
            # `"Ya, kami lumpuhkan …"`: the one just acted on; an inquiry with no one written before
            # its pronoun (`Untuk motifnya masih kami dalami`, `kami dalami siapa …`) is into a matter
            prev = last or self.last_recipient
            recip = Speaker(prev.name, prev.entity, None, None)
        return actor, recip

    def _voice_pass(self, c: Clause) -> tuple[Speaker | None, Speaker | None]:
        """The di-/ter- passive (`ditangkap polisi`): the subject is acted on, the agent after the verb (or
        `oleh`, the court, the sanctioner, the chain's last actor) acts."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        W = lexicon().words
        actor: Speaker | None = None
        recip: Speaker | None = None
        recip = self._subject(ws, t, ss, None) if p.words[0].startswith(("di", "ter")) else None  # terciduk
        if recip is None or not self._party_like(recip):
            recip = self._partitive(ws, t, ss, None) or recip
        recip = self._patient_again(ws, t, ss, sentence) or recip  # `… memanggil Budi. Dia dipanggil …`
        subj = self.norm[ss:tstart].split()
        k = t.first - 1
        while k > 0 and ws[k].low in W["trailing_adverbs"]:
            k -= 1
        group = (subj and _group_pronoun(subj[0])) or (k >= 0 and _group_pronoun(ws[k].low))
        listed = self._counted_group(subj[0] if subj else "", ss) or (k >= 0 and self._counted_group(ws[k].low, ss))
        if listed:
            recip = listed  # `MY, MF, dan IP. Ketiganya ditangkap`: the first of the three listed
        elif group and self.last_event and self.last_event.recipient:
            prev = self.last_event.recipient  # `Mereka langsung ditetapkan`, `Menurutnya, ketiganya kini ditahan`
            recip = Speaker(prev.name, prev.entity, None, None)
        if (recip is None or not self._party_like(recip)) and p.type in W["carry_types"]:
            recip = self._owner_of_subject(ws, t, qi) or recip  # `pelariannya terendus polisi`: his
        if p.type == "COERCE" and (recip is None or not self._party_like(recip)):
            # `Uang Rp 13,2 triliun itu disita dari 3 perusahaan`: the one it was taken from
            recip = self._after_marker(ws, after, frozenset(("dari",)), qi) or recip
        if recip is not None and qi is not None and recip.start is None and _same(recip, self._speaker_of(qi)):
            # a quote's speaker is not who is acted on, unless the quote says `saya` or `aku` right
            # before the verb (`"Saya sudah dipanggil ke polisi …," ucap Nyuheri`): of oneself
            recip = recip if self._self_before(ws, t) else None
        if recip is None:
            recip = self._coordinated_subject(ws, t, ss)  # `Dia mengaku bersalah … dan divonis`
        if recip is not None and recip.entity is None and recip.name.split()[0].lower() in W["step_nouns"]:
            # `Langkah ini didukung oleh …`: the one whose step it is
            prev = self.last_event
            recip = Speaker(prev.actor.name, prev.actor.entity, None, None) if prev and prev.actor else None
        nxt = ws[after] if after < len(ws) else None
        kin = nxt is not None and nxt.low.endswith("nya") and nxt.low[:-3] in W["person_nouns"]
        kin = kin or (nxt is not None and nxt.low in W["person_nouns"] and nxt.low not in W["role_nouns"])
        kin = kin or (
            nxt is not None and nxt.low in ("pelaku", "para") and p.type in ("ASSAULT", "CRIME")
        )  # `disekap pelaku`
        kin = kin or (nxt is not None and nxt.low in W["group_words"])  # `diserang sekelompok biksu radikal`
        law = nxt is not None and nxt.low in W["law_refs"]  # `dijerat Pasal 187 KUHP`: the charge, not who
        law = law or "ke" in p.words  # `dibawa ke Mako Brimob`: where to, not who
        by = ws[after + 1] if nxt is not None and nxt.low == "sama" and after + 1 < len(ws) else None
        if by is not None and (is_cap(by.text) or by.low in W["person_nouns"]) and by.low != "sekali":
            last = after + 1  # `dilarang sama Pak Kapolsek ambil gambar`: colloquial `oleh`, the name only
            while last + 1 < len(ws) and is_cap(ws[last + 1].text) and last - after < 5:
                last += 1
            actor = self._named(ws[after + 1].start, ws[last].end, ws[after + 1].start, qi)
        elif nxt is not None and not law and (nxt.low == "oleh" or is_cap(nxt.text) or nxt.low in AGENT_NOUNS or kin):
            actor = self._np(ws, after + 1 if nxt.low == "oleh" else after, qi)
            actor = self._before_origin(actor, qi)
        if actor is None:
            actor = self._after_marker(ws, after, frozenset(("oleh",)), qi, reach=10)  # `… di rumahnya oleh tim Resmob`
        self._mark_agent(actor)  # `dibunuh oleh kaum fasis`: people, though no listed word
        if actor is None and p.type == "INVESTIGATE" and "ke" not in p.words:
            to = next((k for k in range(after, min(len(ws), after + 2)) if ws[k].low == "ke"), None)
            cand = self._np(ws, to + 1, qi) if to is not None else None
            if cand is not None and cand.entity is not None and not self._is_place(cand):
                actor = cand  # `dipanggil menghadap ke Kapolres Barru AKBP …`: the one who summoned
        if actor is None and p.mode == "sentence":
            actor = self._court(ss, tstart)  # `Berdasarkan putusan kasasi MA …, Henry dijatuhi hukuman`
        if p.mode == "sentence" and (actor is None or (nxt is not None and nxt.low in W["court_words"])):
            # `divonis hakim dua tahun penjara`: the court words only; else the story's court
            actor = self._sentencer(ws, after, qi, tstart) or actor
        if actor is None and p.mode == "trial":
            actor = self._court(ss, se)  # `Budi mulai disidangkan di Pengadilan Negeri Bogor`: the court
        if p.type == "SANCTION" and (actor is None or not self._party_like(actor)):
            # `Tim X dikenakan sanksi denda`, `dikenakan denda Rp 211 juta`: by the Komdis
            actor = self._sanctioner(tstart, recip) or actor
        if actor is None and p.mode != "sentence":  # (a sentence is no act of the arresting police)
            actor = self._carried(p.type, tstart)
        if recip is not None and recip.entity is None and not self._party_like(recip):
            # `Rumah warga diserang`: the owner of the thing acted on; `Jadi hari ini sudah
            # dinyatakan ditahan`: `hari` is no one
            self._thing_read((tstart, tend, p.type), recip)  # (`Tunjangan perumahan anggota dewan … disepakati`)
            recip = self._possessor(recip)
        return actor, recip

    def _voice_recv(self, c: Clause) -> tuple[Speaker | None, Speaker | None]:
        """The receiving voice (`menerima kunjungan X`, `menuai kecaman warganet`): the subject receives,
        the one after `dari` or after the noun gives."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        actor: Speaker | None = None
        recip: Speaker | None = None
        recip = self._subject(ws, t, ss, qi)
        actor = self._after_marker(ws, after, frozenset(("dari",)), qi)
        k = after
        while k < len(ws) and ws[k].low in ("kerja", "resmi", "kenegaraan", "kehormatan", "balasan"):
            k += 1
        if actor is None and p.type in ("CONSULT", "DEMAND") and k < len(ws) and ws[k].low != "dari":
            cand = self._np(ws, k, qi)  # `menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim`
            if cand is not None and self._party_like(cand) and not (self._is_place(cand) and not self._is_state(cand)):
                actor = cand
        if actor is None:
            cand = self._np(ws, after, qi)  # `menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim`
            named = cand is not None and (cand.entity is not None or all(is_cap(w) for w in cand.name.split()))
            # `menuai kecaman warganet`: the people a criticism came from, written after it
            named = named or (p.type == "DISAPPROVE" and cand is not None and self._party_like(cand))
            actor = cand if named and not self._is_place(cand) and not _same(cand, recip) else None
        if actor is None and self.last_event is not None and self.last_event.type == p.type:
            prev = self.last_event
            actor = prev.recipient if recip is None or _same(prev.actor, recip) else prev.actor
        return actor, recip

    def _voice_noun(self, c: Clause, mutual: bool) -> tuple[Speaker | None, Speaker | None, bool, Speaker | None]:
        """An act noun (`penangkapan … oleh X`, `melakukan pemeriksaan terhadap X`): the agent after
        `oleh`/`dari` or `dilakukan`, the subject of a light verb or of a verb of receiving, the party after
        a marker, and the story's act of its kind when none is written."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        W = lexicon().words
        actor: Speaker | None = None
        recip: Speaker | None = None
        target: Speaker | None = None
        actor = self._after_marker(ws, after, NOUN_AGENT_MARKERS, qi)
        self._mark_agent(actor)  # `penyerangan dilakukan oleh sekitar 150 gerilyawan`
        done = next((k for k in range(after, min(len(ws), after + 3)) if ws[k].low in W["light_after"]), None)
        if actor is None and done is not None and ws[done].low.startswith("di") and done + 1 < len(ws):
            nxt = ws[done + 1]
            if is_cap(nxt.text) or nxt.low in W["person_nouns"]:
                actor = self._np(ws, done + 1, qi)  # `Aksi pencurian dilakukan Berangus`
        if actor is not None and self._is_place(actor):
            actor = None  # `demo yang digelar dari New York`: where, not who
        if mutual or p.type == "CONSULT" or p.words[-1] == "antara":  # `kesepakatan antara A dan B`
            pair = self._pair(tend, se) or self._pair(ss, tend)
            if pair is not None:
                actor, recip = pair
                mutual = True
        k = self._light_before(ws, t)  # `melakukan penyerangan dan pembunuhan`, `melakukan percobaan …`
        # `X menjalani pemeriksaan`, `Para pemain Persija mendapat teror`, `Ko Ko Bop menerima banyak
        # pujian dari para kritikus`: the subject of a verb of receiving is acted on, the giver (if
        # any) is after `dari`/`oleh`; not a report received (`menerima laporan pengaduan`: the
        # authority is told of it, the report is against someone else)
        received = k >= 0 and self._receiving(ws[k].low) and p.mode != "allege"
        subject = self._subject(ws, Trigger(p, k, k), ss, qi) if received else None
        received = subject is not None and self._party_like(subject)
        if received:
            recip = subject
            actor = actor or self._carried(p.type, tstart)
        if actor is None and not received:
            light = lexicon().words["light_verbs"]
            if k >= 0 and ws[k].low in light:
                actor = self._subject(ws, Trigger(p, k, k), ss, qi)
                if actor is None or (actor.start is not None and not self._party_like(actor)):
                    actor = self._part_before(ws, Trigger(p, k, k), ss, qi) or actor  # `Kemarin, kami melakukan …`
                recip = recip or self._after_marker(ws, after, objects.words()["party_markers"], qi)
                chain = p.type in ("COERCE", "INVESTIGATE") and self.last_recipient is not None and actor is not None
                operation = ws[t.first].low in (
                    "operasi",
                    "ott",
                    "razia",
                )  # an operation is on no one in particular
                if recip is None and chain and not operation and after >= len(ws) - 1:
                    prev = self.last_recipient  # `BNN pun melakukan pengejaran.`: after the one the case is about
                    recip = Speaker(prev.name, prev.entity, None, None)
            elif p.type in ("PROTEST",):
                actor = None
        if recip is None and p.type not in ("PROTEST", "CRIME"):
            recip = self._after_marker(ws, after, objects.words()["party_markers"], qi)
        if recip is None and done is not None and p.type in ("COERCE", "INVESTIGATE") and self.last_recipient:
            prev = self.last_recipient  # `Pemeriksaan dilakukan di gedung KPK`: the one the chain is about
            recip = Speaker(prev.name, prev.entity, None, None)
        attack = self.first_of_type.get("ASSAULT")
        if recip is None and done is not None and p.type == "ASSAULT" and attack and attack.recipient:
            prev = attack.recipient  # `Serangan dilakukan pukul 22.00`: the attack the story is about, on its target
            recip = target = Speaker(prev.name, prev.entity, None, None)
        told = t.first == 0 or ws[t.first - 1].low not in objects.words()["prepositions"]  # not `dengan kunjungan`
        if recip is None and told and p.type == "CONSULT" and ws[t.last].low in objects.words()["visit_nouns"]:
            visitor, recip = self._visit_parts(ws, after, qi)  # `Kunjungan Kelly ke Meksiko …`
            actor = actor or (visitor if recip is not None else None)
        if recip is None and p.type in ("AGREE", "COOPERATE", "CONSULT"):
            # `penandatanganan Perjanjian Induk … bersama Bank Syariah Indonesia`
            recip = self._after_marker(ws, after, frozenset(("dengan", "bersama")), qi, reach=14, party=True)
        if recip is None and p.type == "CONSULT" and p.voice == "noun":
            recip = self._visited(ws, after, qi, reach=4)  # `melakukan kunjungan resmi ke Kementerian X`
        if actor is None and p.type not in lexicon().words["carry_types"] and p.type not in ("PROTEST", "CRIME"):
            cand = self._np(ws, after, qi)  # `kunjungan Jokowi ke Bali`: the visitor
            if cand is not None and cand.entity is not None:
                actor = cand
        if actor is None and p.type in ("ASSAULT", "FIGHT"):
            cand = self._np(ws, after, qi)  # `serangan Israel terhadap kapal bantuan`: the attacker
            if (
                cand is not None
                and cand.entity is not None
                and (self._is_state(cand) or _armed(cand) or self.a.entities[cand.entity].label == "ORG")
            ):
                actor = cand
        if actor is None and p.type not in ("PROTEST", "CRIME"):
            actor = self._genitive_agent(ws, after, qi)  # `serangan Israel terhadap rumah sakit`
        # `wujud dukungan Bank Mandiri bagi PGN Saka`, `pemutusan hubungan diplomatik Mesir dengan Qatar`;
        # with no one backing, no act (`pujian patut diberikan pada …`: the writer's view)
        if recip is None and actor is not None and p.type in objects.words()["benefactive_types"]:
            recip = self._backed(ws, after, qi)
        if recip is None and actor is not None:
            recip = self._tie_partner(ws, t, after, qi)
        if ws[t.first].low in objects.words()["attack_nouns"]:
            if actor is None:  # `Serangan udara Israel di Gaza`: the party named in the phrase
                found = objects.object_party(self.a, self._within, ws, after, None)
                actor = Speaker(self.a.entities[found[2]].canonical, found[2], found[0], found[1]) if found else None
            hit = next((k for k in range(after, len(ws) - 1) if ws[k].low in W["harm_verbs"]), None)
            gap = self.norm[ws[t.first].end : ws[hit].start] if hit is not None else ""
            if actor is not None and recip is None and hit is not None and not any(c in gap for c in ".;:"):
                cand = self._np(ws, hit + 1, qi)  # `… menewaskan 25 orang`: the ones it killed
                recip = cand if cand is not None and self._party_like(cand) else None
        if actor is None and p.type not in ("PROTEST", "CRIME") and (p.type != "ASSAULT" or self._told_done(ws, t)):
            actor = self._carried(p.type, tstart)  # (not `Zero tolerance pada kekerasan terhadap nakes`)
        if actor is None and p.type == "PROTEST":
            cand = self._np(ws, after, qi)  # `Aksi mogok makan tahanan Palestina`, `demo buruh`: who protests
            head = cand.name.split()[0].lower() if cand is not None and cand.entity is None else ""
            if head in W["person_nouns"] or head in W["protester_nouns"]:
                actor = cand
        if actor is None and p.type == "PROTEST" and "PROTEST" in self.last_actor:
            prev = self.last_actor["PROTEST"]  # `Demonstrasi juga dilakukan di …`: the same protesters
            actor = Speaker(prev.name, prev.entity, None, None)
        prev_fight = self.last_of_type.get("FIGHT")
        if actor is None and recip is None and p.type == "FIGHT" and prev_fight is not None:
            # `Pertikaian terakhir terjadi pada 2014`: the fighting of the sides just named
            actor, recip = prev_fight.actor, prev_fight.recipient
            actor = Speaker(actor.name, actor.entity, None, None) if actor is not None else None
            recip = Speaker(recip.name, recip.entity, None, None) if recip is not None else None
            mutual = True
        if actor is None and p.type == "PROTEST":
            actor = self._protesters()
        # `Unjuk rasa memprotes korupsi …`: the protesters the story names
        return actor, recip, mutual, target

    def _voice_stat(self, c: Clause) -> tuple[Speaker | None, Speaker | None]:
        """The stative voice (`menjadi tersangka`): the subject is in the state, a body named after the
        verb (else the chain's last actor) put them there."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        actor: Speaker | None = None
        recip: Speaker | None = None
        recip = self._subject(ws, t, ss, qi)
        org = next(
            ((s, e, i) for s, e, i in self._within(tend, se) if tend <= s < se and self.a.entities[i].label == "ORG"),
            None,
        )
        if org is not None:
            actor = Speaker(self.a.entities[org[2]].canonical, org[2], org[0], org[1])
        else:
            actor = self._carried(p.type, tstart)
        return actor, recip

    def _voice_obl(self, c: Clause) -> tuple[Speaker | None, Speaker | None]:
        """An obligation (`wajib …`): the one obliged is acted on; the speaker, or the one who states it,
        demands it."""
        p, t, ws, ss, se, sentence, tstart, tend, qi, after = c
        actor: Speaker | None = None
        recip: Speaker | None = None
        recip = self._subject(ws, t, ss, None)
        k = obliged_after(self.norm, ws, t) if recip is None else None
        recip = self._np(ws, k, qi) if k is not None else recip  # `Seharusnya pihak RSUD menyediakan`
        actor = self._speaker_of(qi) or self._reporting_subject(ws, t, ss)
        return actor, recip
