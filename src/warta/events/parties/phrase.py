"""What a noun phrase names: its edges trimmed (an opening adverb or time phrase, a trailing adverb,
demonstrative or predicate word), the name a naming word or a role noun introduces, a title or a
unit that stands for its holder or body, kin and `kami` bodies, and the entity a mention points to."""

from __future__ import annotations

import re
from functools import cache

from warta.document import Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState
from warta.events.parties.things import _people_head
from warta.events.parties.words import (
    _ENUMERATOR,
    NUMERALS,
    ORDINALS,
    _breaks_phrase,
    _numeral,
    _offence_word,
    _opening_phrase,
    _past_count,
    _predicate_lead,
    _quantifier,
    _sentence_adverb,
    _time_head,
    _time_tail,
)
from warta.quotes.attribution import np_after
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.text import DEMONSTRATIVES, Word, is_cap, is_verbish, words


@cache
def _naming_before() -> re.Pattern[str]:
    """A naming word (`berinisial`, `bernama`) right before a position (searched up to it)."""
    nouns = lexicon().words["naming_words"]
    address = lexicon().words["address_forms"]  # `yakni Saudara AS`: a form of address may stand between
    return re.compile(
        r" (?:"
        + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
        + r")(?: (?i:"
        + "|".join(map(re.escape, sorted(address, key=len, reverse=True)))
        + r")\.?)? $"
    )


@cache
def _we_body_lead() -> re.Pattern[str]:
    """`kami dari `, `kami (`, `kita selaku pihak `: what may stand between `kami` and the body it is."""
    P = objects.words()
    we = "|".join(map(re.escape, sorted(P["we_pronouns"])))
    marks = "|".join(map(re.escape, sorted(P["we_body_markers"])))
    return re.compile(rf"(?i)(?:{we})\s+(?:\(\s*|(?:{marks})\s+(?:pihak\s+)?)")


def _unknown_tail(rest: list[str]) -> bool:
    """Do the words ``rest`` open with one of words.json `unknown_person_tails` (`tak dikenal`)?"""
    low = [w.lower().strip(",.") for w in rest]
    return any(low[: len(t.split())] == t.split() for t in lexicon().words["unknown_person_tails"])


@cache
def _subject_leads() -> frozenset[str]:
    """Words stripped from the front of a subject (`saat itu`, `Nah`, `Jadi`, and `adanya` in
    `membenarkan adanya tiga orang ditangkap`), joined once."""
    W = lexicon().words
    return W["subject_lead_strip"] | W["trailing_adverbs"] | objects.words()["existential_leads"]


class PhraseNames(PartyState):
    """The party a noun phrase names (see the module)."""

    def _named(self, s: int, e: int, pos: int, qi: int | None) -> Speaker | None:
        """The party a noun phrase names: pronouns resolved, else as a quote speaker; a phrase
        that ends in a name the entity layer missed is that name, not the person its title fits."""
        sp = self._named_phrase(s, e, pos, qi)
        if sp is None or sp.start is None:
            return sp
        kin = self._kin_of(sp, s, e)  # `Ayah Khadr`: the father, not Khadr
        if kin is not None:
            return kin
        if sp.entity is not None and any(i == sp.entity and ms < e and me > s for ms, me, i in self._within(s, e)):
            return sp  # the entity is written in the phrase
        if sp.entity is None and (not sp.name or sp.name.split()[0].lower() not in objects.titles()):
            return sp  # `Ratusan warga Desa Sukamaju`: not a title before a name
        other = objects.trailing_name(self.a, self._within, self.norm, s, e)
        return Speaker(self.norm[other[0] : other[1]], None, other[0], other[1]) if other is not None else sp

    @staticmethod
    def _described(raw: list[str]) -> bool:
        """`Pria asal Gorontalo itu`, `sutradara berusia 42 tahun ini`: a person described and pointed
        back to (a described head or an occupation, then a demonstrative at the end)."""
        W = lexicon().words
        head, last = raw[0].lower(), raw[-1].lower().strip(",.")
        if head in W["described_person_heads"] or head in objects.words()["described_person_heads"]:
            return last in ("itu", "tersebut")
        return head in objects.words()["described_occupations"] and last in DEMONSTRATIVES

    def _kin_of(self, sp: Speaker, s: int, e: int) -> Speaker | None:
        """`Ayah Khadr`, `istri Bupati Morut`: a kin or staff noun before a name is someone else
        than the one named; the phrase (up to a `yang` clause or a comma) is the party."""
        if sp.entity is None:
            return None
        text = self.norm[s:e]
        low = text.lower()
        kin = objects.words()["kin_nouns"]
        first = low.split(" ", 2)
        head = first[0] if first[0] in kin else " ".join(first[:2]) if " ".join(first[:2]) in kin else None
        if head is None or len(first) < 2:
            return None
        e = self._strip_trail(s, e)  # `Pengacara Khadr sebenarnya`: the phrase ends as any party's does
        text = self.norm[s:e]
        inside = [ms for ms, me, i in self._within(s, e) if i == sp.entity and s < ms < e]
        if not inside or any(c in self.norm[s : inside[0]] for c in ",()"):
            return None  # `istri sirinya, Endang Sulastri`: the name in apposition is the one meant
        end = len(text)
        for stop in (" yang ", ",", " dan "):
            k = text.find(stop)
            end = min(end, k) if k > len(head) else end
        return Speaker(text[:end].strip(), None, s, s + len(text[:end].rstrip()))

    def _we_body(self, s: int, e: int) -> Speaker | None:
        """`kami dari LBH GP Ansor`, `Kami (Asphirasi)`, `kami selaku pihak Polres`: a `kami` the
        speaker names as a body right after it speaks for that body, not for the speaker alone."""
        m = _we_body_lead().match(self.norm, s)
        if m is None:
            return None
        at = m.end()
        for ms, me, i in self._within(at, at + 1):
            if ms == at and self.a.entities[i].label == "ORG":
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        name = re.match(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*", self.norm[at : at + 80])  # a name NER missed here
        sp = self._pointer(Speaker(name.group(0), None, at, at + name.end())) if name is not None else None
        if sp is not None and sp.entity is not None and self.a.entities[sp.entity].label == "ORG":
            return sp
        if name is not None:  # `Aliansi … Indonesia (Asphirasi)`: an acronym the article defines after a body
            for k in (m.start() for m in re.finditer(rf"\s\({re.escape(name.group(0))}\)", self.norm)):
                for _ms, me, i in self._within(k - 1, k):
                    if me == k and self.a.entities[i].label == "ORG":
                        return Speaker(self.a.entities[i].canonical, i, at, at + name.end())
        return None

    def _named_at(self, span: tuple[int, int] | None, qi: int | None) -> Speaker | None:
        """The party the phrase at ``span`` names (`_named`; a subject `subject_before` found), None
        with no span."""
        return self._named(*span, span[0], qi) if span is not None else None

    def _named_phrase(self, s: int, e: int, pos: int, qi: int | None) -> Speaker | None:
        """The party a noun phrase names: pronouns resolved, else as a quote speaker."""
        W = lexicon().words
        s = self._strip_lead(s, e)
        body = self._we_body(s, e)
        if body is not None:
            return body
        raw = self.norm[s:e].split()
        if len(raw) == 1 and (raw[0].lower().strip(',."“”') in W["subject_lead_strip"] or _sentence_adverb(raw[0])):
            return None  # `"Faktanya, selain …`, `Sebaliknya,`, `Menariknya`: a sentence adverb, no one
        if len(raw) >= 2 and raw[0].lower() == "negara" and raw[1].lower().strip(",.") in DEMONSTRATIVES:
            state = self._last_state(pos)  # `memperingatkan negara tersebut`: the country just named
            if state is not None:
                return Speaker(state.name, state.entity, s, e)
        former = len(raw) > 2 and raw[0].lower() in objects.words()["former_words"]
        desc = raw[1:] if former else raw  # `Mantan perawat … ini`: the one the occupation was
        if len(desc) > 1 and self._described(desc):
            sp = self.r.salient(pos, "person")  # `Pria asal Gorontalo itu menghabisi Endang`: the man named before
            if sp is not None and sp.entity is not None:
                return Speaker(sp.name, sp.entity, s, e)
        e = self._strip_trail(s, e)
        named = False
        for nw in W["naming_words"]:  # `pelaku pembunuhan Riky bernama Erwin`: the one named
            k = self.norm.find(" " + nw + " ", s, e)
            if k != -1:
                s = k + len(nw) + 2
                named = True
        text = self.norm[s:e].strip()
        tw = text.split()
        if len(tw) > 1 and tw[0].lower() in W["role_nouns"] and all(is_cap(w) for w in tw[1:]):
            s = self.norm.index(tw[1], s)  # `tersangka AS`, `pelaku DS`: the one named
            text, named = self.norm[s:e].strip(), True
        cut = text.find(" dari ")
        if cut > 0 and not named and any(w.lower() in W["person_nouns"] for w in text[:cut].split()[-2:]):
            tail = s + cut + len(" dari ")
            body = [(ms, me, i) for ms, me, i in self._within(tail, tail + 1) if ms == tail]
            one = text.split()[0].lower() in ("seorang", "salah")  # `seorang polisi dari Direktorat …`: the officer
            if body and one and self.a.entities[body[0][2]].label == "ORG" and len(text[:cut].split()) <= 2:
                return Speaker(text[:cut], None, s, s + cut)
            if body and self.a.entities[body[0][2]].label == "ORG" and len(text[:cut].split()) <= 2:
                ms, me, i = body[0]  # `polisi dari Polsek Kuta`, `tim dari KPK`: the body they act for
                return Speaker(self.a.entities[i].canonical, i, ms, me)
            if not any(
                ms == tail and self.a.entities[i].label in ("PER", "ORG") for ms, _me, i in self._within(tail, tail + 1)
            ):
                # `Seratusan mahasiswa dari berbagai perguruan tinggi`: the people, not where from
                e = s + cut
                text = self.norm[s:e]
                tw = text.split()
        role = next((k for k, w in enumerate(tw[:3]) if w.lower() in W["role_nouns"]), None)
        if role is not None and role + 1 < len(tw) and _offence_word(tw[role + 1]):
            # `tiga pelaku pengeroyokan`, `pelaku pembunuhan Riky Saputra`: the offenders, not the offence
            e = s + text.index(tw[role]) + len(tw[role])
            text = self.norm[s:e]
        if not named and _naming_before().search(self.norm, max(0, s - 16), s):
            named = True  # `Pelaku yang berinisial AS`: the phrase is the name itself
        if named and text and is_cap(text):
            sp = self._from_span(s, s + len(text))
            if sp is None or sp.entity is None or self.a.entities[sp.entity].label == "LOC":
                return Speaker(text, None, s, s + len(text))  # `berinisial AS`: a person, not a country
            return Speaker(sp.name, sp.entity, s, s + len(text))
        low = text.lower()
        if not low:
            return None
        ws = low.split()
        pronoun_last = ws[-1] in W["speaker_pronouns"] or ws[-1] in W["third_pronouns"]
        if 1 < len(ws) <= 3 and pronoun_last and not any(is_cap(w) for w in text.split()[1:]):
            low = ws[-1]
        elif 1 < len(ws) <= 3 and ws[0] in W["speaker_pronouns"]:
            low = ws[
                0
            ]  # `kami sepakat`: the pronoun, then what was said of it  # `Jadi saya`, `Restructuring saya`: the pronoun is the subject
        group = self._counted_group(low, s)  # `Ketiganya`: the three just listed
        if group is not None:
            return group
        if low in objects.words()["concerned_words"]:
            concerned = self._concerned(pos, qi)  # `"Yang bersangkutan telah mengajukan permohonan …"`
            if concerned is not None:
                return concerned
        if low == "kliennya":  # `kuasa hukum Lisa Mariana … kliennya`: the one the lawyer speaks for
            client = self._client(pos)
            if client is not None:
                return client
        if low == "pihaknya":  # `Wakil Ketua KPK X mengatakan pihaknya …`: X's side is the body X speaks for
            sp = self._speaker_of(qi) or self.r.salient(pos, "any")
            body = self.body_of(sp)
            return Speaker(body.name, body.entity, s, e) if body is not None else sp
        if low in W["speaker_pronouns"]:
            return self._speaker_of(qi) or self.r.salient(pos, "any")
        if low == "mereka" and self._mode == "judgement" and self.last_accused is not None:
            prev = self.last_accused  # `DKPP menilai mereka telah melanggar`: the ones complained about
            return Speaker(prev.name, prev.entity, None, None)
        if low == "mereka" and self._typ in self.last_actor:
            prev = self.last_actor[self._typ]  # `mereka sudah tujuh kali mencuri`: the same offenders
            return Speaker(prev.name, prev.entity, None, None)
        accused = self.last_accused
        suspect = accused is not None and accused.entity is not None and self.a.entities[accused.entity].label == "PER"
        opener = self._previous_subject(pos) if low in ("ia", "dia") and qi is None else None
        if opener is not None:
            return opener  # `Wilhelmus merupakan salah tersangka … Dia diduga menyuap Marianus`
        if low in ("ia", "dia") and self._typ == "CRIME" and qi is None and suspect:
            return Speaker(accused.name, accused.entity, None, None)  # `Dia diduga menyuap Marianus`: the suspect
        if low == "mereka":
            group = self._plural_antecedent(pos)  # `Polisi menangkap tiga pemuda. Mereka diduga mencuri …`
            if group is not None:
                return group
        if low in W["third_pronouns"]:
            sp = self._third(pos, qi, low)
            if low == "mereka" and self._one_person(sp):
                return self._group_opening(pos)  # `mereka` is many: not the person last named or quoted
            return sp
        sp = self._from_span(s, e)
        if sp is None and len(ws) == 1 and ws[0].endswith("nya") and ws[0][:-3] in W["person_nouns"]:
            return Speaker(text, None, s, e)  # `pacarnya`, `tetangganya`: someone of the one named before
        head = (_past_count(ws) or ws)[0]  # `seluruh kader PAN`: kader
        if sp is not None and sp.entity is None and head not in W["person_nouns"]:
            # `Adapun hari ini KPK`: a person or body named at the end of the phrase (but
            # `istri Bupati Morowali Utara` is the wife)
            end = [(ms, me, i) for ms, me, i in self._within(s, e) if s <= ms and me == e]
            if end and self.a.entities[end[-1][2]].label in ("PER", "ORG"):
                ms, me, i = end[-1]
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        if sp is None:
            return None
        if sp.entity is None and any(w == "orang" and _unknown_tail(ws[m + 1 :]) for m, w in enumerate(ws)):
            return Speaker(text, None, s, s + len(text))  # `dua orang yang tidak dikenal`: not cut at `yang`
        people = self._people_of_body(s, e, sp)
        if people is not None:
            return people
        return Speaker(sp.name, sp.entity, s, e)

    def _unit_body(self, s: int, e: int) -> Speaker | None:
        """The first body named in a phrase that opens with a unit acting for it (`tim Densus 88`, `tim
        Polres X dan Polsek Y`, `Tim PSCS Cilacap`): a team does what its body does, and the gold names
        the body (`tim BNN` is BNN); of several, the first named, as for joint acts."""
        for ms, me, i in self._within(s, e):
            if s <= ms and me <= e and self.a.entities[i].label == "ORG":
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        return None

    def _people_of_body(self, s: int, e: int, sp: Speaker) -> Speaker | None:
        """`Para penggemar Arsenal`, `otoritas pajak Spanyol`: a noun of people before the name of a
        body or place is those people (GUIDELINES: `pejabat Amerika Serikat`), not the body; a
        person's name after a role noun (`tersangka Budi`) is that person and stays."""
        if sp.entity is None or self.a.entities[sp.entity].label not in ("ORG", "LOC"):
            return None
        ws = words(self.norm, s, e)
        k = next((n for n, w in enumerate(ws) if not _quantifier(w.low)), None)
        W = lexicon().words
        if k is None or ws[k].low not in W["person_nouns"] or ws[k].low in W["side_nouns"]:
            return None
        if ws[k].low in quote_lexicon().titles:
            return None
        staff = lexicon().union("own_staff", "law_enforcers", "court_words", "staff_nouns")
        if ws[k].text[:1].isupper() and ws[k].low in staff:
            return None  # `Penyidik KPK menetapkan …`, `Aparat Polres X mengamankan …`: the body acts
        head = ws[k].start
        for ms, me, i in self._within(head, e):
            if i != sp.entity or ms <= head or me > e:
                continue
            if all(w[:1].islower() for w in self.norm[ws[k].end : ms].split()):
                # (the noun itself may open the sentence: `Suporter Persib Bandung mengkritik …`)
                # a count stays (`5 orang …`, `ribuan warga …`), a determiner goes (`para`, `seluruh`)
                k = next((n for n, w in enumerate(ws) if w.low not in W["agent_determiners"]), k)
                return Speaker(self.norm[ws[k].start : me], None, ws[k].start, me)
        return None

    def _strip_trail(self, s: int, e: int) -> int:
        """Before `masih terus`, `tengah`, `juga` at the end of a subject (`Polisi masih terus`)."""
        adverbs = lexicon().words["trailing_adverbs"]
        cut = lexicon().words["phrase_cut"]
        ws0 = self.norm[s:e].split()
        for k, w in enumerate(ws0[1:], 1):
            nxt = ws0[k + 1] if k + 1 < len(ws0) else ""
            if ws0[k - 1].lower() == "orang" and _unknown_tail(ws0[k:]):
                break  # `dua orang tak dikenal`: who they are, not a predicate
            # `penyidik KPK harus serius`: the party ends before the modal; `Y ikut dianiaya`, `pemerintah
            # daerah tetap kreatif`: before an adverb that opens the predicate (not `anggota tetap Dewan …`)
            if w.lower() in cut or _breaks_phrase(w) or _predicate_lead(w, nxt):
                e = s + self.norm[s:e].index(" " + w) if (" " + w) in self.norm[s:e] else e
                break
        while True:
            text = self.norm[s:e].rstrip()
            ws = text.split()
            nxt = [w.strip(",.") for w in self.norm[s + len(text) : s + len(text) + 12].split()[:1]]
            n = _time_tail(ws) or max(0, _time_tail(ws + nxt) - 1)  # (the phrase read may stop before `lalu`)
            if 0 < n < len(ws):  # `pemerintah beberapa waktu lalu`: when, not who
                e = s + len(text) - len(" ".join(ws[-n:]))
                continue
            last = ws[-1].lower() if len(ws) > 1 and not is_cap(ws[-1]) else ""  # not `Lombok Tengah`
            lone = last == "lainnya" and not _numeral(ws[-2])  # not `86 lainnya`
            joined = last in objects.words()["party_joiners"]  # `58 orang korban dan …`: the first of a list
            if last and (last in adverbs or last in DEMONSTRATIVES or lone or joined):
                e = s + len(text) - len(ws[-1])
            else:
                return s + len(text)

    def _strip_lead(self, s: int, e: int) -> int:
        """Past `saat itu`, `Nah`, `Jadi`, `Tentu` at the front of a subject."""
        lead = _subject_leads()
        while True:
            ws = self.norm[s:e].split()
            if len(ws) > 1 and _ENUMERATOR.fullmatch(ws[0]):
                s = self.norm.index(ws[1], s + len(ws[0]))  # `(2) Setiap Orang`: a list number is no part of a party
            elif len(ws) > 2 and f"{ws[0]} {ws[1]}".lower().strip(",") in lead:
                s = self.norm.index(ws[2], s + len(ws[0]) + len(ws[1]))
            elif (
                len(ws) > 1
                and (ws[0].lower().strip(",") in lead or _sentence_adverb(ws[0]))
                and (ws[0].endswith(",") or ws[0].lower() not in ORDINALS)
            ):
                s = self.norm.index(ws[1], s + len(ws[0]))  # (`Kedua, …` enumerates; `Kedua kelompok` counts)
            elif (k := _time_head(ws) or _opening_phrase(ws)) > 0:
                # `Atas kejadian itu korban melapor`: where or why, then who; `Mulai tahun depan Arab Saudi`: when
                s = self.norm.index(ws[k], s + sum(len(w) + 1 for w in ws[:k]) - 1)
            elif len(ws) > 1 and ws[0].lower() in lexicon().words["party_lead_prepositions"]:
                # `manfaat BLTS bagi KPM yang sudah menerima bantuan`, `Banyak dari orang tua tersebut`:
                # a phrase read from the word before its head starts with the preposition, no part of a name
                s = self.norm.index(ws[1], s + len(ws[0]))
            else:
                return s

    def _np(self, ws: list[Word], i: int, qi: int | None) -> Speaker | None:
        """The noun phrase from word ``i`` (``oleh`` skipped), or None."""
        if i >= len(ws):
            return None
        if ws[i].low in lexicon().words["np_stop"] and ws[i].low != "oleh":
            return None
        if self.norm[ws[i - 1].end : ws[i].start].strip(" ") not in ("",) and i > 0:
            return None  # a comma or a stop between the trigger and the phrase
        roles = lexicon().words["role_nouns"]  # `kepada teradu Adi Susanto`, `terdakwa`: a role, not a verb
        people = lexicon().words["person_nouns"]  # `mengundang diplomat`, `direksi`: no `di-` passive
        low = ws[i].low
        if is_verbish(ws[i].text) and low not in quote_lexicon().titles and low not in roles and low not in people:
            return None
        j = i
        while j + 1 < len(ws) and ws[j].text.isdigit() and ws[j + 1].text.isdigit():
            if self.norm[ws[j].end : ws[j + 1].start] not in (".", ","):
                break
            j += 1  # `1.200 keluarga`, `35,04 juta warga`: one number, whatever its separators
        span = np_after(self.norm, ws, j, max_words=8)
        if span is None:
            return None
        span = (ws[i].start, span[1]) if j > i and span[0] == ws[j].start else span
        k = next((k for k, w in enumerate(ws) if w.start >= span[1]), None)
        if k is not None and self.norm[span[0] : span[1]].lower() in NUMERALS and _people_head(ws[k].low):
            # `mengusir seorang diplomat Pakistan`, `para teradu melakukan …`: the count and the people counted
            rest = np_after(self.norm, ws, k, max_words=8)
            span = (span[0], rest[1] if rest is not None and rest[0] == ws[k].start else ws[k].end)
            k = next((k for k, w in enumerate(ws) if w.start >= span[1]), None)
        inside = [m for m, w in enumerate(ws) if span[0] <= w.start and w.end <= span[1]]
        o = next((m for m in inside[-2:] if ws[m].low == "orang"), None)  # `dua orang tak` (`dikenal` stopped it)
        if o is not None and o + 1 < len(ws):
            span = (span[0], self._orang_tail(ws, o + 1, span[1]))
            k = next((k for k, w in enumerate(ws) if w.start >= span[1]), None)
        naming = lexicon().words["naming_words"]
        if k is not None and k + 1 < len(ws) and ws[k].low in naming and is_cap(ws[k + 1].text):
            # `istri Bupati Morut berinisial FH`, `tersangka, yakni Saudara AS`: the one named (a run of
            # capitalised words)
            first = k + 1
            if ws[first].low in lexicon().words["address_forms"] and first + 1 < len(ws) and is_cap(ws[first + 1].text):
                first += 1  # `Saudara AS`: the name, not the form of address
            last = first
            while (
                last + 1 < len(ws) and self.norm[ws[last].end : ws[last + 1].start] == " " and is_cap(ws[last + 1].text)
            ):
                last += 1
            return self._named(ws[first].start, ws[last].end, ws[first].start, qi)
        return self._named(span[0], span[1], span[0], qi)

    def _orang_tail(self, ws: list[Word], k: int, end: int) -> int:
        """Where a phrase with `orang` (word ``k`` the next) really ends (``end`` as read): `orang` is a counter
        more than a noun, and what follows tells who (issue #12, round 39 probe). `orang (yang) tak
        dikenal` (words.json `unknown_person_tails`: the participle `dikenal` stopped the phrase, so
        `dua orang`); `tiga orang terduga teroris` (a person noun after it, `terduga` read as a verb)."""
        gap = self.norm[ws[k - 1].end : ws[k].start]
        if gap != " ":
            return end
        tails = [t.split() for t in lexicon().words["unknown_person_tails"]]
        hit = [len(t) for t in tails if [w.low for w in ws[k : k + len(t)]] == t]
        if hit:
            return ws[k + max(hit) - 1].end
        if ws[k].low in lexicon().words["person_nouns"] and ws[k].text[:1].islower():
            rest = np_after(self.norm, ws, k + 1, max_words=4) if k + 1 < len(ws) else None
            if rest is not None and rest[0] == ws[k + 1].start and self.norm[ws[k].end : ws[k + 1].start] == " ":
                return rest[1]
            return ws[k].end
        return end

    def _title_holder(self, sp: Speaker | None) -> Speaker | None:
        """`mantan Direktur Utama PT Timah`, `Kepala Dinas PUPR Kabupaten Bogor` with no name: the one
        who holds the title is arrested or examined, not the body the title is of (a body is named
        so as a speaker, but is not detained); the party is the title phrase."""
        if sp is None or sp.entity is None or sp.start is None or sp.end is None:
            return sp
        if self.a.entities[sp.entity].label != "ORG":
            return sp
        titles, former = objects.titles(), objects.words()["former_words"]
        s = sp.start
        lead = re.search(r"((?:[\w.]+ ){1,4})$", self.norm[max(0, s - 40) : s])
        if lead is not None:  # `mantan Direktur Utama ` before the body's name
            words = lead.group(1).split()
            k = len(words)
            while k > 0 and (words[k - 1].lower() in titles or words[k - 1].lower() in former):
                k -= 1
            s -= len(" ".join(words[k:])) + 1 if k < len(words) else 0
        first = self.norm[s : sp.end].split()
        if not first or first[0].lower() not in former | titles:
            return sp
        while first and first[0].lower() in former and len(first) > 1 and first[1].lower() in former:
            first = first[1:]
        if first[0].lower() in former and (len(first) < 2 or first[1].lower() not in titles):
            return sp
        if any(self.a.entities[i].label == "PER" for ms, me, i in self._within(s, sp.end) if ms >= s and me <= sp.end):
            return sp  # a name is in it: the resolver named the person
        text = self.norm[s : sp.end].strip()
        return Speaker(text, None, s, sp.end)

    def _is_name(self, sp: Speaker) -> bool:
        """A party written as a name (capitalised words, initials), not a description (`seorang buron`)."""
        return all(is_cap(w) for w in sp.name.split())

    def _only_titles(self, name: str) -> bool:
        """A name made only of titles and unit words (`Pelaksana Tugas Deputi Penindakan`)."""
        W = lexicon().words
        titles = quote_lexicon().titles
        return all(
            w.lower() in W["police_units"] or w.lower() in titles or w.lower() in W["title_words"] for w in name.split()
        )

    def _pointer(self, sp: Speaker | None) -> Speaker | None:
        """A party written as one of an entity's mentions (`Kejari Jember`), or as a unit acting for
        one (`tim Densus 88`), is that entity, under its canonical name, with a pointer to it."""
        if sp is None or sp.entity is not None:
            return sp
        first = sp.name.split()[0].lower() if sp.name.split() else ""
        if first in objects.words()["enforcer_staff"] and sp.start is not None and sp.end is not None:
            return self._enforcer_body(sp)
        unit = first in lexicon().words["unit_nouns"]
        if unit and sp.start is not None and sp.end is not None:
            body = self._unit_body(sp.start, sp.end) or self._unit_name(sp)
            return body or sp  # `tim Densus 88`: the body its team acts for
        if self._by_mention is None:
            self._by_mention = {}
            for ms, me, i in self.r.mentions:
                if self.a.entities[i].label in ("PER", "ORG"):
                    self._by_mention.setdefault(self.norm[ms:me].lower(), i)
            for i, ent in enumerate(self.a.entities):
                if ent.label in ("PER", "ORG"):
                    self._by_mention.setdefault(ent.canonical.lower(), i)
        i = self._by_mention.get(sp.name.lower())
        if i is None:
            i = self._title_holder_of(sp.name)  # `Pak Wali`, `Presiden`: the one the roles layer gave the post
        return Speaker(self.a.entities[i].canonical, i, sp.start, sp.end) if i is not None else sp

    def _title_holder_of(self, name: str) -> int | None:
        """`Pak Wali menyambut baik`, `Presiden harus membuktikan`, `sanksi terhadap ketua, 4 anggota
        …`: a party written only as the title of a post one person holds (an honorific or `sang`
        before it at most), or as a whole post with no name (`mengingatkan Menteri Kelautan dan
        Perikanan agar …`, `Mantan Kepala … Baznas Jabar ditetapkan menjadi tersangka`), is the
        person the entities layer gave that post (its roles layer reads a bare title or a post
        pointed back to as its holder, as the quotes layer names `kata Presiden`), when exactly one
        person of the article holds a post opening with that title, or that very post; else None."""
        P = objects.words()
        ws = name.lower().strip(" ,.").split()
        if ws and ws[0] in P["title_honorifics"]:
            ws = ws[1:]
        title = " ".join(ws)
        head = ws[1] if len(ws) > 2 and ws[0] in P["former_words"] else (ws[0] if len(ws) > 1 else "")
        bare = title in P["bare_titles"]  # `Pak Wali`: a post opening with it (`Wali Kota Makassar`)
        if not bare and head not in objects.titles():
            return None  # else the whole post written out (`Menteri Kelautan dan Perikanan`)
        holders = set()
        for i, ent in enumerate(self.a.entities):
            role = ent.role.lower() if ent.label == "PER" and ent.role else None
            if role is not None and (f"{role} ".startswith(f"{title} ") if bare else role == title):
                holders.add(i)
        return holders.pop() if len(holders) == 1 else None

    def _unit_name(self, sp: Speaker) -> Speaker | None:
        """`Tim PSCS Cilacap dikenakan sanksi`, `Tim KBRI menyisir …`: a team followed by a name the
        entity layer did not find is the body that name gives (the gold names the club or the
        mission, as for `tim BNN`), under the canonical of an entity it is a mention of; a team of a
        place (`tim Belarus`) stays the team."""
        ws = sp.name.split()
        rest = ws[1:]
        if not rest or len(rest) > 5 or not all(is_cap(w) for w in rest) or sp.start is None or rest[0] == ws[0]:
            return None  # `tim kuasa hukumnya`, `tim repatriasi Indonesia`: a team described, no name
        name = " ".join(rest).strip(",.")
        k = self.norm.find(name, sp.start, (sp.end or sp.start) + 1)
        if k == -1 or any(ms == k and self.a.entities[i].label == "LOC" for ms, _me, i in self._within(k, k + 1)):
            return None  # `tim Belarus`, `Tim Jawa Barat`: a place's side, not a body
        for n in range(len(rest)):  # the whole name, else the body it ends in (`Tim Perlindungan WNI KJRI Jeddah`)
            tail = " ".join(rest[n:]).strip(",.")
            named = self._pointer(Speaker(tail, None, None, None))
            if named is not None and named.entity is not None and (n == 0 or self._is_org(named.entity)):
                at = self.norm.find(tail, k, k + len(name) + 1)
                return Speaker(named.name, named.entity, at, at + len(tail))
        return Speaker(name, None, k, k + len(name))
