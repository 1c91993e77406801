"""The sentence's subject as the actor of an active verb: where the trigger's clause starts (after a
verb of saying or an attribution set between commas), the phrase before the verb past openings and
hedges, a fronted clause's subject, a `yang` head, an apposed name, conjoined and partitive
subjects, and the subject shared by coordinated verbs."""

from __future__ import annotations

import re
from functools import cache

from warta.document import Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState, _same
from warta.events.parties.words import _group_pronoun, _numeral, _quantifier
from warta.events.triggers import Trigger
from warta.quotes.attribution import ADVERBS, SUBORDINATORS, np_after, subject_before
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.text import DEMONSTRATIVES, Word, is_cap, is_verbish

# a list of parties: an optional comma, an optional `dan`/`serta`/`bersama`, then up to four capitalised
# words of a title (`dan Presiden Filipina …`) before the next name
_LIST_GAP = re.compile(r"\s*(,)?\s*(?:(dan|serta|bersama|beserta)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}")
# `dan pemerintah`, `dan beberapa negara bukan anggota`: a lowercase phrase of no more than six words
# joined by `dan`/`serta`
_JOINED_PHRASE = re.compile(r"\s+(?:dan|serta)\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,5})\s*")

ABBREVIATION = re.compile(r"\(\w{1,6}\)")  # `(PM)`, `(AS)`: a short form in brackets


@cache
def _adverbs_and_modals() -> frozenset[str]:
    """Past adverbs and first-person modals (`sudah`, `ingin`) that stand between a subject and
    its verb (`kami ingin mengucapkan`), joined once."""
    return lexicon().words["trailing_adverbs"] | objects.words()["first_person_modals"]


class Subjects(PartyState):
    """The subject of a trigger's clause (see the module)."""

    def _clause_start(self, ws: list[Word], t: Trigger, ss: int) -> int:
        """Where the clause of the trigger starts: after a verb of saying, `bahwa`, a colon or an
        opening quote mark (`Calvijn mengatakan para pelaku … mencuri`). Kept per word: the party
        readers ask it again for the same verb."""
        key = (ss, ws[t.first].start)
        cs = self._clause_starts.get(key)
        if cs is None:
            cs = self._clause_starts[key] = self._find_clause_start(ws, t, ss)
        return cs

    def _find_clause_start(self, ws: list[Word], t: Trigger, ss: int) -> int:
        ql = quote_lexicon()
        for k in range(t.first - 1, -1, -1):
            w = ws[k]
            between = self.norm[w.end : ws[k + 1].start]
            if between != " " and any(c in between for c in ':"“”'):  # (most gaps are one space)
                return ws[k + 1].start
            if w.low == "bahwa" or (
                ql.cue(w.text) is not None and w.low not in ("menurut",) and not w.low.startswith("di")
            ):
                return self._past_inserted_sayer(ws, k, t.first)
        return ss

    def _past_inserted_sayer(self, ws: list[Word], k: int, first: int) -> int:
        """Where the clause starts after the verb of saying ``ws[k]``: right after it, or, when it is
        an attribution set between commas (`Lalu, kata Idas, terduga pelaku diamankan`, `Selain itu,
        lanjut Bima, idEA telah berdiskusi`), after the comma that closes the sayer's name, who is
        not the clause's subject."""
        before = self.norm[ws[k - 1].end : ws[k].start] if k > 0 else ","
        if "," not in before or any(c in before for c in '"“”'):
            return ws[k + 1].start  # (`"…," kata Akifah, saat berkunjung ke …`: the sayer after a quote acts)
        for j in range(k + 1, first):
            gap = self.norm[ws[j].end : ws[j + 1].start]
            if not (is_cap(ws[j].text) or ws[j].low in quote_lexicon().titles):
                return ws[k + 1].start  # (`…, kata dia, …`, a pronoun: the reader resolves it)
            if "," in gap:
                return ws[j + 1].start
        return ws[k + 1].start

    def _subject(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """The subject of the trigger's clause (see :meth:`_subject_phrase`), unless what was read
        is the object of a preposition (`… di depan Gedung DPR menuntut`: where, not who)."""
        concerned = self._concerned_subject(ws, t, ss, qi)
        if concerned is not None:
            return concerned
        sp = self._fronted_subject(ws, t, ss, qi) or self._subject_phrase(ws, t, ss, qi)
        if sp is None or (sp.start is None and _same(sp, self._speaker_of(qi))):
            seen = self._seen(ws, t, qi)  # `saya melihat seorang penyerang …, melemparkan granat`
            sp = seen or sp
        if sp is None or sp.start is None:
            return sp
        name = sp.name.split()
        if sp.entity is None and len(name) > 1 and name[-1].lower() in objects.words()["died_words"]:
            cut = sp.name.rindex(name[-1])  # `Dua warga Palestina tewas ditembak`: the people, not their death
            sp = Speaker(sp.name[:cut].rstrip(), None, sp.start, sp.end - (len(sp.name) - cut) if sp.end else sp.end)
        sp = self._serial_subject(ws, (sp.start, sp.end or sp.start), self._clause_start(ws, t, ss), qi) or sp
        return self._body_before_place(ws, sp, ss, qi)

    def _fronted_subject(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """`Selain memberikan sembako, Rajiv juga …`, `Tak hanya mendonasikan karya, Tamara …`,
        `Selama membela Milan, Honda …`: a verb in a clause that opens the sentence with no subject
        of its own is done by the main clause's subject, after the comma (a date or a place set off
        by commas on the way is skipped)."""
        cs = self._clause_start(ws, t, ss)
        lead = [w.low for w in ws[: t.first] if w.start >= cs]
        if not lead or any(w not in lexicon().words["fronted_openers"] for w in lead):
            return None
        commas = [k for k in range(t.first + 1, len(ws)) if "," in self.norm[ws[k - 1].end : ws[k].start]]
        for k in commas[:3]:
            verb = next((j for j in range(k, min(len(ws), k + 8)) if is_verbish(ws[j].text)), None)
            if verb is None or verb == k:
                continue
            span = subject_before(self.norm, ws[k].start, ws[verb].start)
            sp = self._named_at(span, qi)
            if self._party_not_place(sp):
                return sp
        return None

    def _body_before_place(self, ws: list[Word], sp: Speaker, ss: int, qi: int | None) -> Speaker:
        """`GP Ansor Cabang Kencong, Jember yang langsung … melaporkan`: a town after a comma is where
        the body before it is, not who acts."""
        if sp.entity is None or sp.start is None or not self._is_place(sp) or self._is_state(sp):
            return sp
        if not self.a.entities[sp.entity].geo:
            return sp  # a place the gazetteer knows, not a name NER took for one (`Vayas`)
        k = next((i for i, w in enumerate(ws) if w.start == sp.start), None)
        if k is None or k == 0 or self.norm[ws[k - 1].end : ws[k].start].strip() != ",":
            return sp
        body = self._relative_head(ws, k, ss, qi)
        named = body is not None and (body.entity is not None or is_cap(body.name))
        return body if named and not self._is_place(body) else sp

    def _subject_phrase(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        start = ws[t.first].start
        cs = self._clause_start(ws, t, ss)
        W = lexicon().words
        o = t.first - 1
        while o > 1 and (ws[o].low in W["hedges"] or ws[o].low in objects.words()["opener_fillers"]):
            o -= 1  # `setelah kepergok membobol`, `setelah terbukti memalsukan`
        if o > 0 and o < t.first and ws[o].low in W["clause_openers"] | objects.words()["cause_openers"]:
            # `Tiga pria masuk ke gerbang setelah membunuh penjaga`: the main clause's subject did it;
            # `Dua pelaku dihajar massa setelah kepergok membobol rumah`: the pelaku (not the massa)
            verbs = [k for k in range(o) if ws[k].start > cs and is_verbish(ws[k].text) and ws[k - 1].low != "yang"]
            passive = [k for k in verbs if ws[k].low.startswith(("di", "ter"))]
            # the main verb: the first after the clause start, or the passive nearest the opener
            # (`X mengatakan ketiganya ditetapkan … setelah terbukti memalsukan`: ketiganya)
            k = passive[-1] if passive else (verbs[0] if verbs else None)
            if ws[o].low in objects.words()["cause_openers"] and not passive:
                # `Polisi menangkap Budi karena mencuri motor`: an offence given as the cause of an
                # act on someone is theirs (the object), not the subject's
                obj = self._np(ws, verbs[0] + 1, qi) if verbs and self._typ in W["grave_types"] else None
                if obj is not None and self._party_like(obj):
                    return obj
                k = None
            verb = ws[k] if k is not None else None
            span = subject_before(self.norm, cs, verb.start) if verb is not None else None
            sp = self._named_at(span, qi)
            if sp is not None:
                return sp
        j = t.first - 1
        timed = False
        while j > 0 and ws[j].start > cs:
            if ws[j].low in W["trailing_adverbs"] or ws[j].low in W["hedges"] or _numeral(ws[j].text):
                j -= 1
            elif j > 1 and ws[j].low in ("ini", "itu") and ws[j - 1].low in ("saat", "hari", "kala", "waktu"):
                j, timed = j - 2, True  # `tersangka YM saat ini tengah ditahan`
            else:
                break
        skipped = ws[j + 1 : t.first]
        if timed or any(w.low == "kali" or w.low in W["hedges"] for w in skipped):
            start = ws[j + 1].start  # `mereka sudah tujuh kali mencuri`, `Kades itu diduga menggelapkan`
        if j >= 0 and ws[j].low == "yang" and ws[j].start > cs:
            head = self._relative_head(ws, j, cs, qi)
            if head is not None:  # `menangkap seorang pria yang mencuri motor`: the pria
                return head
        cs = self._past_opening(ws, cs, start)
        between = self.norm[cs:start]
        if ", yang " in between and between.rstrip().endswith(","):
            start = cs + between.index(", yang ")  # `polisi tersebut, yang diserang oleh massa, telah ditahan`
        via = next((w for w in ws if cs < w.start < start and w.low in W["agent_via"]), None)
        if via is not None:
            start = via.start  # `KPK melalui Kedeputian Koordinasi … mendorong`: the body acts
        k = t.first - 1
        while k > 0 and ws[k].low in W["trailing_adverbs"]:
            k -= 1
        if k > 0 and ws[k].low == "yang":
            # `ada 3 orang yang dilaporkan`, `Ada empat tersangka yang ditahan`: the phrase after `ada`
            j = next((j for j in range(k - 1, max(-1, k - 6), -1) if ws[j].low in W["existential"]), None)
            if j is not None and j + 1 < k:
                sp = self._named(ws[j + 1].start, ws[k - 1].end, ws[j + 1].start, qi)
                if sp is not None:
                    return sp
        d = next((j for j in range(t.first - 1, -1, -1) if ws[j].start >= cs and ws[j].low in ("dan", "serta")), None)
        if d is not None and via is not None and ws[d].start > via.start:
            d = None  # `melalui Kedeputian Koordinasi dan Supervisi`: part of the means
        if d is not None and "," in self.norm[ws[d].end : start]:
            d = None  # `Setelah melalui penyelidikan dan penyidikan, penyidik memeriksa`
        if d is not None and 1 <= k - d <= 4:
            part = ws[d + 1 : k + 1]
            if not any(is_verbish(w.text) for w in part):
                # `Perintah … dikeluarkan dan para demonstran dibubarkan`: a subject of its own
                sp = self._named(part[0].start, part[-1].end, part[0].start, qi)
                if sp is not None and self._party_like(sp):
                    return sp
        span = subject_before(self.norm, cs, start) if cs < start else None
        if span is None and cs < start:
            # `Detasemen Khusus 88 Antiteror Polri, kembali menangkap`: the subject before the comma
            k = t.first - 1
            while k > 0 and t.first - k <= 2 and ws[k].start > cs and ws[k].low in ADVERBS:
                k -= 1
            if k + 1 < t.first and ws[k].start > cs and self.norm[ws[k].end : ws[k + 1].start].strip() == ",":
                span = subject_before(self.norm, cs, ws[k + 1].start)
        k = t.first - 1
        k = k - 1 if k > 1 and ws[k].low in DEMONSTRATIVES else k
        if span is None and k > 0 and ws[k].start > cs and ws[k].low in W["describing_ber"]:
            # `Tiga pria bersenjata menyerang …`: a ber- word describing the subject, not its verb
            head = subject_before(self.norm, cs, ws[k].start)
            span = (head[0], ws[t.first - 1].end) if head is not None else None
        if span is None:
            bare = [w for w in ws if cs <= w.start < start]
            while bare and (bare[-1].low in W["trailing_adverbs"] or bare[-1].low in ADVERBS):
                bare.pop()
            if (
                0 < len(bare) <= 4
                and bare[0].low in W["person_nouns"]
                and not any(is_verbish(w.text) and w.low not in W["person_nouns"] for w in bare[1:])
            ):
                span = (bare[0].start, bare[-1].end)  # `Terduga teroris sudah dibawa`: a ter- noun, no verb
        rel = self.norm.find(" yang ", cs, start)
        cand = self._named_at(span, qi)
        after_yang = self.norm[rel + 6 : start].lower().split()[:1] if rel != -1 else []
        named_after = bool(after_yang) and after_yang[0] in W["naming_words"]  # `Pelaku yang berinisial AS`
        last_rel = self.norm.rfind(" yang ", cs, start)  # the clause the verb is in, not an earlier one
        inside = rel == last_rel and span is not None and "," not in self.norm[rel:start] and not named_after
        # `Ayah Khadr yang lahir di Mesir tewas … ketika helikopter militer Pakistan mengebom`: a clause
        # of its own after a subordinator, not the verb of the `yang` clause
        inside = inside and not any(w.lower() in SUBORDINATORS for w in self.norm[rel:start].split())
        if inside and cand is not None:
            # `Tiga Bintara yang bertugas di pelayanan SIM itu diamankan`: the head, not a word of its clause
            head = subject_before(self.norm, cs, rel)
            first = self._named_at(head, qi)
            if first is not None and self._party_like(first):
                return first
        if rel != -1 and not self._party_not_place(cand):
            # `Oknum kepsek berinisial M yang diduga mencabuli 4 muridnya … ditetapkan`: the head
            span = subject_before(self.norm, cs, last_rel) or span
        if span is None:
            # `Rosan disebut sudah sepakat`: the subject of the passive verb of saying
            k = t.first - 1
            while k > 0 and ws[k].low in ("sudah", "telah", "juga", "pernah", "sempat", "kini", "akhirnya"):
                k -= 1
            if k > 0 and ws[k].low.startswith("di") and quote_lexicon().cue(ws[k].text) is not None:
                span = subject_before(self.norm, cs, ws[k].start)
        if span is None:
            k = t.first - 1
            while k > 0 and ws[k].low in lexicon().words["trailing_adverbs"]:
                k -= 1
            before = [m for m in self._within(cs, ws[k].end + 1) if ws[k].start <= m[1] <= ws[k].end and m[0] >= cs]
            country = bool(before) and (self.a.entities[before[-1][2]].geo or {}).get("feature") == "country"
            if k >= 0 and before and (self.a.entities[before[-1][2]].label in ("PER", "ORG") or country):
                ms, me, i = before[-1]  # `… kunjungan Presiden Prabowo Subianto bertemu …`
                return Speaker(self.a.entities[i].canonical, i, ms, me)
            if k > 0 and ws[k].low == "yang":
                # `ada 3 orang yang dilaporkan`: the phrase before `yang`
                j = k - 1
                while j > 0 and not any(c in self.norm[ws[j - 1].end : ws[j].start] for c in ",.;:") and k - j < 4:
                    if ws[j - 1].low in ("ada", "terdapat", "sebanyak"):
                        break
                    j -= 1
                if ws[j - 1].low in ("ada", "terdapat", "sebanyak") if j > 0 else False:
                    return self._named(ws[j].start, ws[k - 1].end, ws[j].start, qi)
                # `Bareskrim yang telah menetapkan LM`: the name before the relative clause
                ment = [
                    (ms, me, i)
                    for ms, me, i in self._within(ws[k - 1].start, ws[k].start)
                    if me <= ws[k].start and me >= ws[k - 1].start
                ]
                if ment:
                    ms, me, i = ment[-1]
                    if self.a.entities[i].label in ("PER", "ORG"):
                        return Speaker(self.a.entities[i].canonical, i, ms, me)
            if any(w.low in ("dan", "serta") for w in ws[: t.first] if w.start >= cs):
                first = next((k2 for k2, w in enumerate(ws) if w.start >= cs), None)
                opening = np_after(self.norm, ws, first, max_words=6) if first is not None else None
                if opening is not None:  # `para pelaku nekat masuk … dan mencuri`: the clause's subject
                    ows = [w for w in ws if opening[0] <= w.start < opening[1]]
                    heads = [n for n, w in enumerate(ows) if w.low in W["person_nouns"] or is_cap(w.text)]
                    if heads:
                        opening = (opening[0], ows[heads[0]].end)
                        while heads[0] + 1 < len(ows) and (
                            ows[heads[0] + 1].low in W["person_nouns"] or is_cap(ows[heads[0] + 1].text)
                        ):
                            heads[0] += 1
                            opening = (opening[0], ows[heads[0]].end)
                    sp = self._named(opening[0], opening[1], opening[0], qi)
                    if sp is not None and self._party_like(sp):
                        return sp
            near = self._noun_before(ws, t, cs, qi)  # `penyidikan itu memang penyidik melakukan penyitaan`
            if near is not None:
                return near
            if self._typ in W["grave_types"] and not any(w.low in W["speaker_pronouns"] for w in ws[: t.first]):
                # `Modusnya … mengakali mobil nasabah," papar X`: who tells of a crime did not do it, unless
                # the sentence speaks of oneself (`Saya … sering meretas hutan`)
                return None
            return self._speaker_of(qi) if qi is not None else None
        said = self._sayer_of_pronoun(ws, span, cs, ss, qi)
        if said is not None:
            return said
        named = self._apposed(span, cs) or self._named(span[0], span[1], span[0], qi)
        comma = self.norm.find(",", cs, span[0])
        if comma != -1 and not self._party_not_place(named):
            # `Seorang pria berinisial SF, warga Desa Kijang, …, Lombok Tengah, ditembak`: the head
            head = subject_before(self.norm, cs, comma)
            first = self._named_at(head, qi)
            if self._party_not_place(first):
                return first
        return named

    def _first_subject(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """A verb with no subject of its own, further along a clause that opened with one (`Kalangan
        buruh juga sempat melakukan aksi dengan membawa beberapa tuntutan … hingga menuntut …`):
        the subject of the clause's first verb, when no comma or quote mark parts them."""
        cs = self._clause_start(ws, t, ss)
        verb = next((k for k in range(t.first) if ws[k].start > cs and is_verbish(ws[k].text)), None)
        if verb is None or any(c in self.norm[ws[verb].start : ws[t.first].start] for c in ',;:"“”'):
            return None
        span = subject_before(self.norm, cs, ws[verb].start)
        sp = self._named_at(span, qi)
        return sp if self._party_not_place(sp) else None

    def _seen(self, ws: list[Word], t: Trigger, qi: int | None) -> Speaker | None:
        """`Saya melihat seorang penyerang dengan memakai seragam militer, melemparkan granat`: the
        one a witness saw is who did the act told after it, not the witness."""
        k = next((k for k in range(t.first - 1, -1, -1) if ws[k].low in objects.words()["perception_verbs"]), None)
        if k is None or t.first - k > 12:
            return None
        sp = self._np(ws, k + 1, qi)
        return sp if self._party_not_place(sp) else None

    def _serial_subject(self, ws: list[Word], span: tuple[int, int], cs: int, qi: int | None) -> Speaker | None:
        """`Ribuan buruh berunjuk rasa di depan Gedung DPR menuntut …`: a phrase read as the
        subject that is the object of a preposition is where, not who; a second verb of a series
        has the subject of the first."""
        P = objects.words()
        k = next((k for k in range(len(ws) - 1, -1, -1) if ws[k].end <= span[0]), None)
        if k is None or ws[k].start < cs:
            return None
        j = k  # back over the place phrase (`di depan Istana Negara`) to the word that opens it
        while j > 0 and k - j < 4 and ws[j].start > cs and not is_verbish(ws[j].text):
            if ws[j].low in P["place_prepositions"] or ws[j].low in P["place_nouns"]:
                break
            j -= 1
        if ws[j].low not in P["place_prepositions"] and ws[j].low not in P["place_nouns"]:
            return None
        if any(c in self.norm[ws[j].start : span[0]] for c in ',.;:"“”'):
            return None  # `… pada pagi tadi, hampir seratus agitator berdemo`: a subject of its own
        verb = next((w for w in ws[:j] if w.start > cs and is_verbish(w.text)), None)
        head = subject_before(self.norm, cs, verb.start) if verb is not None else None
        sp = self._named_at(head, qi)
        return sp if self._party_not_place(sp) else None

    def _noun_before(self, ws: list[Word], t: Trigger, cs: int, qi: int | None) -> Speaker | None:
        """The person noun right before the verb (past adverbs) when no phrase before it reads as
        the subject: `Dalam proses itu, penyidikan itu memang penyidik melakukan penyitaan`: the
        penyidik, not the speaker of the quote it is in."""
        W = lexicon().words
        k = t.first - 1
        while k > 0 and ws[k].low in W["trailing_adverbs"]:
            k -= 1
        if k < 0 or ws[k].start < cs or ws[k].low not in W["person_nouns"]:
            return None
        if any(c in self.norm[ws[k].end : ws[t.first].start] for c in ',.;:"“”()'):
            return None  # `… seragam militer, melemparkan`: not the phrase the verb hangs on
        if k > 0 and ws[k - 1].low in objects.words()["prepositions"]:
            return None  # `oleh penyidik`, `kepada warga`: not the subject
        sp = self._named(ws[k].start, ws[k].end, ws[k].start, qi)
        return sp if sp is not None and self._party_like(sp) else None

    def _apposed(self, span: tuple[int, int], cs: int) -> Speaker | None:
        """`Budi Santoso, warga Desa Sukamaju, dianiaya`: a description set off by commas after a
        name describes it; the name is the party."""
        if not self.norm[max(cs, span[0] - 2) : span[0]].startswith(","):
            return None
        first = self.norm[span[0] : span[1]].split()[0]
        if is_cap(first) or any(ms == span[0] for ms, _me, _i in self._within(span[0], span[0] + 1)):
            return None  # `Kantor berita Rusia, TASS, melaporkan`: the name comes last
        comma = span[0] - 2
        for ms, me, i in self._within(cs, comma):
            if me == comma and ms >= cs and self.a.entities[i].label in ("PER", "ORG"):
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        return None

    def _relative_head(self, ws: list[Word], y: int, cs: int, qi: int | None) -> Speaker | None:
        """The noun phrase a `yang` clause hangs on, when it is a person or a body: the words
        back from `yang` to a verb, a preposition or a comma."""
        W = lexicon().words
        k = y
        comma = y > 0 and self.norm[ws[y - 1].end : ws[y].start].strip() == ","  # `polisi itu, yang …`
        while k - 1 >= 0 and ws[k - 1].start >= cs and y - k < 5:
            w = ws[k - 1]
            if is_verbish(w.text) and w.low not in quote_lexicon().titles and w.low not in W["person_nouns"]:
                break
            gap = self.norm[w.end : ws[k].start]
            if w.low in DEMONSTRATIVES and k == y:
                k -= 1  # `polisi tersebut, yang …`
                continue
            if w.low in W["np_stop"] or (any(c in gap for c in ',.;:()"“”') and not (comma and k == y)):
                break
            k -= 1
        if k == y:
            return None
        sp = self._named(ws[k].start, ws[y - 1].end, ws[k].start, qi)
        if sp is not None and sp.entity is None and not self._party_like(sp):
            sp = self._people_within(ws, k + 1, y, qi)  # `total orang yang ditangkap`: the orang
        return sp if sp is not None and self._party_like(sp) else None

    def _part_before(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """`"Alhamdulillah, kami mengucapkan terima kasih kepada …`, `Kemarin, kami menyetujuinya`,
        `Dugaan sementara, pelaku menempel QRIS palsu`, `"Benar, keluarga korban telah … membuat
        laporan`: the part of the clause set off by a comma right before an active verb (past
        adverbs) is the verb's subject, though the subject reader took the capitalised words before
        the comma for a name and the part for its description — when that part is a first-person
        pronoun (the speaker; past modals, and after an opening word with no comma too: `pertama-tama
        saya ingin berterima kasih`, but not after a noun it would be the possessor of: `penggemar
        saya`) or a short lowercase phrase of people (`pelaku`, `keluarga korban`)."""
        k = t.first - 1
        while k > 0 and ws[k].low in _adverbs_and_modals():
            k -= 1
        cs = self._clause_start(ws, t, ss)
        if k < 0 or ws[k].start < cs:
            return None
        if ws[k].low in lexicon().words["speaker_pronouns"]:
            return self._pronoun_before(ws, k, cs, qi)
        return self._people_part_before(ws, k, cs, qi)

    def _people_part_before(self, ws: list[Word], k: int, cs: int, qi: int | None) -> Speaker | None:
        """The short lowercase phrase of people (at most four words, a person noun in it, no verb)
        ending at ``ws[k]`` that a comma sets off after the clause's opening (`Dugaan sementara,
        pelaku …`), when it is someone."""
        W = lexicon().words
        j = k
        while j > 0 and ws[j - 1].start >= cs and k - j < 3 and "," not in self.norm[ws[j - 1].end : ws[j].start]:
            j -= 1
        if j <= 0 or ws[j - 1].start < cs or "," not in self.norm[ws[j - 1].end : ws[j].start]:
            return None
        part = ws[j : k + 1]
        if not part[0].text[:1].islower() or not any(w.low in W["person_nouns"] for w in part):
            return None
        if any(is_verbish(w.text) and w.low not in W["person_nouns"] for w in part):
            return None
        sp = self._named(part[0].start, part[-1].end, part[0].start, qi)
        return sp if sp is not None and self._party_like(sp) else None

    def _people_within(self, ws: list[Word], a: int, y: int, qi: int | None) -> Speaker | None:
        """`total orang yang ditangkap`, `status hukum para pihak yang diamankan`: a count or a
        matter heading the phrase a `yang` clause hangs on is not who the clause is about; the
        people later in the phrase are (from the first people noun, a count or `para` before it);
        a body or a name inside the phrase is not (`Peraturan Partai yang wajib dijalankan`)."""
        W = lexicon().words
        people = lexicon().union("person_nouns", "described_person_heads", "group_words")
        for j in range(a, y):
            head = ws[j + 1] if _quantifier(ws[j].low) and j + 1 < y else ws[j]
            # people written in lower case (not `Peraturan Partai`, a name), not a body (`partai`)
            if head.text[:1].islower() and head.low in people and head.low not in W["body_nouns"]:
                sp = self._named(ws[j].start, ws[y - 1].end, ws[j].start, qi)
                return sp if sp is not None and self._party_like(sp) else None
        return None

    def _past_opening(self, ws: list[Word], cs: int, start: int) -> int:
        """Past an opening adverbial set off by a comma (`Setelah itu, pihak kepolisian turun …
        dan menyarankan`): the clause's subject comes after it."""
        W = lexicon().words
        for _ in range(3):  # `Namun di pusat kota Los Angeles, menurut laporan …, polisi menembakkan`
            inside = [w for w in ws if cs <= w.start < start]
            if not inside or inside[0].low not in W["opening_adverbials"]:
                return cs
            nxt = next(
                (
                    inside[k + 1].start
                    for k, w in enumerate(inside[:8])
                    if k + 1 < len(inside) and "," in self.norm[w.end : inside[k + 1].start]
                ),
                None,
            )
            if nxt is None:
                return cs
            cs = nxt
        return cs

    def _partitive(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """`Dari lima tersangka, empat di antaranya telah ditahan`: the group the part is of."""
        low = [w.low for w in ws[: t.first]]
        if "antaranya" not in low or not low or low[0] != "dari":
            return None
        k = next((k for k in range(1, len(low)) if "," in self.norm[ws[k - 1].end : ws[k].start]), None)
        if k is None or k < 2:
            return None
        return self._named(ws[1].start, ws[k - 1].end, ws[1].start, qi)

    def _first_conjunct(self, sp: Speaker | None, ss: int, tstart: int) -> Speaker | None:
        """`Bea Cukai dan Kejaksaan Negeri Surabaya memburu …`, `Budi dan Andi ditetapkan …`: of two
        named parties joined by `dan` as the subject, the first is the one named as the party (as the
        guidelines name one party; the other is in the sentence)."""
        if sp is None or sp.start is None or not ss <= sp.start < tstart or not sp.name:
            return sp
        if self.norm[sp.start - 5 : sp.start].lower() != " dan ":
            return sp
        if sp.entity is None and not is_cap(sp.name.split()[0]):
            # `Beberapa UMKM dan industri di Jawa Tengah diminta …`, `Komisi VIII DPR RI dan pemerintah
            # menyetujui …`: the first of two subjects; not the second clause of two (`… mulai bekerja
            # dan negara mulai …`)
            return self._first_subject_phrase(ss, sp.start - 5) or sp
        first = [m for m in self._within(sp.start - 85, sp.start - 5) if m[1] == sp.start - 5 and m[0] >= ss]
        if not first or (sp.entity is not None and first[-1][2] == sp.entity):
            return sp
        ms, me, i = first[-1]
        if not self._named_party(i, ms):
            return sp  # `warga Jakarta dan Bekasi`: places
        return Speaker(self.a.entities[i].canonical, i, ms, me)

    def _first_subject_phrase(self, ss: int, end: int) -> Speaker | None:
        """The noun phrase from the clause's start (past an opening phrase set off by a comma) to
        ``end``, when it is one: no verb, no `yang` clause, no comma in it; the party it names."""
        lo = max(ss, end - 160)  # eight words at most: no need to read further back
        s = max(lo, self.norm.rfind(",", lo, end) + 1)
        if s == lo > ss:
            return None  # no comma or clause start within reach: longer than a subject phrase
        while s < end and not self.norm[s].isalnum():
            s += 1  # a space or a quotation mark opening the sentence
        words = [w.lower() for w in self.norm[s:end].split()]
        preps = objects.words()["prepositions"]  # (`ketegasan dari presiden`: a thing of someone's)
        if not words or len(words) > 8 or any(w in preps or w == "yang" or is_verbish(w) for w in words):
            return None
        s = self._strip_lead(s, end)
        sp = self._named(s, end, s, None) if s < end else None
        return sp if sp is not None and self._party_like(sp) else None

    def _pair(self, ss: int, se: int) -> tuple[Speaker, Speaker] | None:
        """`Kim Jong Un dan Putin`, `antara Presiden Prabowo dan Presiden ke-7 RI Joko Widodo`: two
        named parties joined by `dan` (titles between them allowed) in the sentence."""
        ents = self.a.entities
        state = lambda i: ents[i].label == "LOC" and (ents[i].geo or {}).get("feature") == "country"  # noqa: E731
        ms = [
            (s, e, i)
            for s, e, i in self._within(ss, se)
            if ss <= s
            and e <= se
            and (ents[i].label in ("PER", "ORG") or state(i))
            and not objects.placed_state(self.a, i, s, origin=False)  # `di … wilayah Irak dan Suriah`: where, not who
        ]
        for k, ((s1, e1, i1), (s2, e2, i2)) in enumerate(zip(ms, ms[1:], strict=False)):
            gap = self.norm[e1:s2]
            gap = gap[1:] if gap.startswith(")") else gap  # `Otoritas Jasa Keuangan (OJK) dan …`
            gap = ABBREVIATION.sub(" ", gap)  # `dan Perdana Menteri (PM) Anthony Albanese`: a title's short form
            between = gap.split()
            if i1 == i2 or not between or between[0].lower() not in ("dan", "serta", "dengan"):
                continue
            if len(between) <= 5 and not any(c in gap for c in ",.;:()"):
                titled = state(i2) and k + 2 < len(ms) and ents[ms[k + 2][2]].label == "PER"
                if titled and not self.norm[e2 : ms[k + 2][0]].strip():  # `PM Singapura Lee Hsien Loong`: the person
                    s2, e2, i2 = ms[k + 2]
                return (Speaker(ents[i1].canonical, i1, s1, e1), Speaker(ents[i2].canonical, i2, s2, e2))
        return None

    def _joint_subject(self, ws: list[Word], t: Trigger, ss: int) -> tuple[Speaker, Speaker] | None:
        """`Nehru, Ali Sastroamidjojo, U Nu, dan John Kotelawala bertemu`, `Komisi VIII DPR RI dan
        pemerintah menyetujui`, `OPEC dan beberapa negara bukan anggota sepakat`: the subject of a joint
        act written as a list of parties (commas, then `dan`/`serta`), or as a named party joined to a
        common noun phrase. GUIDELINES.md `events`: the first named acts, the next is the other side
        (a mutual act). Read by grammar: the list must end right before the verb (past adverbs) and
        open the clause (the sentence's start or an opening phrase's comma)."""
        W = lexicon().words
        k = t.first - 1
        while k >= 0 and (ws[k].low in W["trailing_adverbs"] or ws[k].low in W["hedges"]):
            k -= 1
        if k < 0 or ws[k].start < ss:
            return None
        end = ws[k].end
        inclusion = self.norm.rfind(" termasuk ", ss, end)
        end = inclusion if inclusion != -1 else end  # `… negara bukan anggota termasuk Rusia`: part of the phrase
        ents = self.a.entities
        ms = [(s, e, i) for s, e, i in self._within(ss, end) if ss <= s and e <= end and self._named_party(i, s)]
        other: Speaker | None = None
        if ms and ms[-1][1] < end:  # `Komisi VIII DPR RI dan pemerintah`: a named party, then a common phrase
            other = self._joined_phrase(ms[-1][1], end)
            if other is None:
                return None
            chain, joined = [ms[-1]], True
        elif ms:
            chain, joined = [ms[-1]], False
        else:
            return None
        for prev in reversed(ms[:-1]):
            gap = _LIST_GAP.fullmatch(self.norm[prev[1] : chain[0][0]])
            if gap is None or (gap.group(1) is None and gap.group(2) is None) or prev[2] == chain[0][2]:
                break
            if gap.group(2) is None and not joined:
                break  # a comma joins list members only before a closing `dan` (`Budi dan Ani, Rina bertemu`: Rina alone)
            joined = joined or gap.group(2) is not None
            chain.insert(0, prev)
        while chain and not self._opens_clause(ss, chain[0][0]):
            chain.pop(0)  # `Menurut Budi, Ani dan Rina bertemu`: the list opens after the comma
        if not joined or len(chain) + (other is not None) < 2:
            return None
        (s1, e1, i1) = chain[0]
        first = Speaker(ents[i1].canonical, i1, s1, e1)
        if len(chain) > 1:
            s2, e2, i2 = chain[1]
            return first, Speaker(ents[i2].canonical, i2, s2, e2)
        return (first, other) if other is not None else None

    def _named_party(self, i: int, start: int) -> bool:
        """Entity ``i``, named at ``start``, may be a party of an act: a person, a body or a state."""
        return self.a.entities[i].label in ("PER", "ORG") or self._is_state(Speaker("", i, start, start))

    def _joined_phrase(self, after: int, end: int) -> Speaker | None:
        """`Komisi VIII DPR RI dan pemerintah menyetujui`: the common noun phrase in lower case joined
        by `dan`/`serta` to a named party (which ends at ``after``) and running to the verb (``end``),
        as the second party of a joint act, when it names a party."""
        m = _JOINED_PHRASE.fullmatch(self.norm[after:end])
        if m is None:
            return None
        other = Speaker(m.group(1), None, after + m.start(1), after + m.end(1))
        return other if self._party_like(other) and not is_cap(other.name.split()[0]) else None

    def _opens_clause(self, ss: int, pos: int) -> bool:
        """Does a party named at ``pos`` open its clause: only titles (`Presiden`, `Perdana Menteri`)
        stand between it and the sentence's start, or between it and the comma closing an opening
        phrase (`Pada 28-29 Desember 1954, Nehru, …`)?"""
        head = self.norm[ss:pos]
        lead = head[head.rfind(",") + 1 :]  # (the whole head when no comma opens a phrase)
        words = [w.strip("\"'“‘”’").lower() for w in lead.split()]
        return all(not w or w in objects.titles() for w in words)

    def _body_and_named(self, ss: int, tstart: int) -> tuple[Speaker, Speaker] | None:
        """`Pemerintah dan Dewan Perwakilan Rakyat RI sepakat …`: a body named by its common noun
        (`pemerintah`, `polisi`) and a named party as one subject act jointly, the first named first."""
        ents = self.a.entities
        ms = [(s, e, i) for s, e, i in self._within(ss, tstart) if ents[i].label in ("PER", "ORG", "LOC")]
        if not ms:
            return None
        s1, e1, i1 = ms[0]
        m = re.fullmatch(r"\s*(\w+)\s+(?:dan|serta)\s+", self.norm[ss:s1])
        if m is None or m.group(1).lower() not in lexicon().words["asked_bodies"]:
            return None
        body = Speaker(m.group(1), None, ss + m.start(1), ss + m.end(1))
        return body, Speaker(ents[i1].canonical, i1, s1, e1)

    def _owner_of_subject(self, ws: list[Word], t: Trigger, qi: int | None) -> Speaker | None:
        """`Namun, pelariannya tetap terendus polisi`, `rumahnya digeledah`: a thing of someone's
        (a noun with -nya just before the passive, past adverbs) stands for that someone."""
        W = lexicon().words
        k = t.first - 1
        while k > 0 and (ws[k].low in W["trailing_adverbs"] or ws[k].low in W["hedges"]):
            k -= 1
        w = ws[k].low if k >= 0 else ""
        if not w.endswith("nya") or len(w) < 6 or w[:-3] in W["person_nouns"] or is_verbish(ws[k].text):
            return None
        if k > 0 and not any(c in self.norm[ws[k - 1].end : ws[k].start] for c in ",.") and ws[k - 1].low != "dan":
            return None  # `kartu debit korbannya`: part of a longer phrase
        sp = self._third(ws[k].start, qi, "dia")
        return Speaker(sp.name, sp.entity, None, None) if sp is not None else None

    def _opening_source(self, ws: list[Word], t: Trigger, ss: int, qi: int | None) -> Speaker | None:
        """`Dari ketiga tersangka, polisi mengamankan ratusan dokumen`: the ones goods were taken
        from, named in an opening `Dari …,` before the subject."""
        if len(ws) < 3 or ws[0].low != "dari" or t.first < 3:
            return None
        i = 2 if ws[1].low == "tangan" else 1
        head = self.norm[ws[i].start : ws[t.first].start]
        if "," not in head:
            return None
        e = ws[i].start + head.index(",")
        listed = self._counted_group(self.norm[ws[i].start : e], ws[i].start)
        if listed is not None:
            return listed  # `Dari tangan ketiganya, …` after `A, B, dan C`
        if _group_pronoun(self.norm[ws[i].start : e]) and self.last_recipient is not None:
            prev = self.last_recipient  # `Dari tangan ketiganya, …`: the group just acted on
            return Speaker(prev.name, prev.entity, None, None)
        sp = self._named(ws[i].start, e, ws[i].start, qi)
        return sp if sp is not None and self._party_like(sp) else None

    def _coordinated_subject(self, ws: list[Word], t: Trigger, ss: int) -> Speaker | None:
        """`Dia mengaku bersalah pada 2010 …, dan divonis delapan tahun`: a passive verb joined by
        `dan`/`lalu` to an earlier verb of its clause shares that verb's subject."""
        W = lexicon().words
        k = t.first - 1
        while k > 0 and ws[k].low in W["trailing_adverbs"]:
            k -= 1
        if k <= 0 or ws[k].low not in objects.words()["joining_words"]:
            return None
        cs = self._clause_start(ws, t, ss)
        verb = next((w for w in ws[:k] if w.start > cs and is_verbish(w.text)), None)
        if verb is None and cs > ss:  # `Dia mengaku bersalah …`: a verb of saying opens the clause
            cs = ss
            verb = next((w for w in ws[:k] if w.start > cs and is_verbish(w.text)), None)
        span = subject_before(self.norm, cs, verb.start) if verb is not None else None
        sp = self._named_at(span, None)
        return sp if self._party_not_place(sp) else None

    def condition_subject(self, ws: list[Word], t: Trigger, ev: Event) -> Speaker | None:
        """`kalau pemerintah … mengambil secara paksa, maka kami akan …`: a threat is made to the one
        whose act the condition names, the party right after `kalau`/`jika`."""
        conds = [k for k in range(t.first) if ws[k].low in lexicon().words["complementisers"]]
        if not conds:
            return None
        sp = self._np(ws, conds[-1] + 1, ev.quote)
        if sp is not None and sp.start is not None and " atau " in sp.name:
            cut = sp.name.index(" atau ")  # `pemerintah atau kepolisian`: the first named
            sp = self._named(sp.start, sp.start + cut, sp.start, ev.quote)
        return sp if sp is not None and self._party_like(sp) and not _same(sp, ev.actor) else None

    def _reporting_subject(self, ws: list[Word], t: Trigger, ss: int) -> Speaker | None:
        """`Basuki menerangkan para pengusaha wajib …`: the one who states the obligation."""
        ql = quote_lexicon()
        for k in range(t.first - 1, 0, -1):
            if ql.cue(ws[k].text) is not None:
                span = subject_before(self.norm, ss, ws[k].start)
                return self._named_at(span, None)
        return None
