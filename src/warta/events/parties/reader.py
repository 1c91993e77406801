"""The actor and the recipient of one trigger, read by its voice (active, passive, nominalisation,
receiving, mutual, stative, obligation), with the sentence's date and place. This is the entry
point (:class:`Parties`); the rules it applies stand in the modules named for what they read."""

from __future__ import annotations

from bisect import bisect_left

from warta.document import Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.agent import AGENT_NOUNS, NOUN_AGENT_MARKERS, Agents, _object_focus
from warta.events.parties.cases import CaseSteps
from warta.events.parties.media import Media
from warta.events.parties.phrase import PhraseNames
from warta.events.parties.pronouns import Pronouns
from warta.events.parties.protests import Protests
from warta.events.parties.recipient import Recipients, _asked_to_act, _names_ties
from warta.events.parties.state import _same
from warta.events.parties.subject import Subjects
from warta.events.parties.things import ThingTests, _armed, _attack_target, _goods, _topic_head, thing_named
from warta.events.parties.words import _group_pronoun, _numeral
from warta.events.triggers import Trigger, obliged_after
from warta.quotes.text import Word, is_cap, is_verbish


class Parties(PhraseNames, Pronouns, Subjects, Agents, Recipients, CaseSteps, Protests, Media, ThingTests):
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
        if p.voice in ("act", "mut"):
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
                if p.words[-1] in objects.words()["addressee_markers"] and (
                    recip is None or not self._party_like(recip)
                ):
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
                pair = self._pair(ss, se) or self._body_and_named(ss, tstart)
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
                if pair is not None:
                    actor, recip = pair
                    mutual = True
        elif p.voice == "pass" and _object_focus(ws, t):
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
        elif p.voice == "pass":
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
            elif (
                nxt is not None and not law and (nxt.low == "oleh" or is_cap(nxt.text) or nxt.low in AGENT_NOUNS or kin)
            ):
                actor = self._np(ws, after + 1 if nxt.low == "oleh" else after, qi)
                actor = self._before_origin(actor, qi)
            if actor is None:
                actor = self._after_marker(
                    ws, after, frozenset(("oleh",)), qi, reach=10
                )  # `… di rumahnya oleh tim Resmob`
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
        elif p.voice == "recv":
            recip = self._subject(ws, t, ss, qi)
            actor = self._after_marker(ws, after, frozenset(("dari",)), qi)
            k = after
            while k < len(ws) and ws[k].low in ("kerja", "resmi", "kenegaraan", "kehormatan", "balasan"):
                k += 1
            if actor is None and p.type in ("CONSULT", "DEMAND") and k < len(ws) and ws[k].low != "dari":
                cand = self._np(ws, k, qi)  # `menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim`
                if (
                    cand is not None
                    and self._party_like(cand)
                    and not (self._is_place(cand) and not self._is_state(cand))
                ):
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
        elif p.voice == "noun":
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
                    chain = (
                        p.type in ("COERCE", "INVESTIGATE") and self.last_recipient is not None and actor is not None
                    )
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
                prev = (
                    attack.recipient
                )  # `Serangan dilakukan pukul 22.00`: the attack the story is about, on its target
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
                    actor = (
                        Speaker(self.a.entities[found[2]].canonical, found[2], found[0], found[1]) if found else None
                    )
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
        elif p.voice == "stat":
            recip = self._subject(ws, t, ss, qi)
            org = next(
                (
                    (s, e, i)
                    for s, e, i in self._within(tend, se)
                    if tend <= s < se and self.a.entities[i].label == "ORG"
                ),
                None,
            )
            if org is not None:
                actor = Speaker(self.a.entities[org[2]].canonical, org[2], org[0], org[1])
            else:
                actor = self._carried(p.type, tstart)
        elif p.voice == "obl":
            recip = self._subject(ws, t, ss, None)
            k = obliged_after(self.norm, ws, t) if recip is None else None
            recip = self._np(ws, k, qi) if k is not None else recip  # `Seharusnya pihak RSUD menyediakan`
            actor = self._speaker_of(qi) or self._reporting_subject(ws, t, ss)
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
