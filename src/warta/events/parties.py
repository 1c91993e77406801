"""Who acts and who is acted on: the actor and the recipient of a trigger, read by its voice
(active, passive, nominalisation …) and named as quote speakers are — the canonical entity when
there is one, else the shortest noun phrase; pronouns and the `kami`/`kita` of a quote resolved
to the person meant. The noun-phrase readers and the resolver are the quotes layer's."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from warta.document import Article, Event, Speaker
from warta.events import morph, objects
from warta.events.lexicon import lexicon
from warta.events.triggers import Trigger, find, obliged_after
from warta.quotes.attribution import ADVERBS, SUBORDINATORS, np_after, subject_before
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.names import shortest, until_preposition
from warta.quotes.speakers import LOOKBACK_CHARS, MAX_MENTION_CHARS, Resolver
from warta.quotes.text import DEMONSTRATIVES, Layout, Word, is_cap, is_verbish, words

_ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-z])[).]")  # `(2)`, `2)`, `2.`, `a.`: a list item's number
_LAW_WORD = re.compile(r"\b(polisi|kepolisian|penyidik|jaksa)\b", re.IGNORECASE)


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


_VIA_BEFORE = re.compile(
    r"(?i)(?:dilansir|melansir|dikutip|mengutip|seperti dilaporkan|seperti diberitakan)(?:\s*dari)?\s*(?:[^\s,.]+\s+)?$"
)  # `Melansir E! News`, `DilansirdetikTravel`: the medium a statement was taken from
_TOLD_BEFORE = re.compile(r"(?i)kepada\s*$")  # `mengatakan kepada AFP`: the medium a statement was told to
_DETIK_DESK = re.compile(r"detik[A-Z]\w*|detikcom")  # the outlet's own desks (`detikSulsel`, `detikTravel`)


@cache
def _known_media() -> frozenset[str]:
    """The outlets and foreign media the cleaning and quotes layers know (lower case)."""
    from warta.cleaning.dateline import outlet_names

    return frozenset(n.lower() for n in outlet_names() | quote_lexicon().foreign_media)


@cache
def _we_body_lead() -> re.Pattern[str]:
    """`kami dari `, `kami (`, `kita selaku pihak `: what may stand between `kami` and the body it is."""
    P = objects.words()
    we = "|".join(map(re.escape, sorted(P["we_pronouns"])))
    marks = "|".join(map(re.escape, sorted(P["we_body_markers"])))
    return re.compile(rf"(?i)(?:{we})\s+(?:\(\s*|(?:{marks})\s+(?:pihak\s+)?)")


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

ABBREVIATION = re.compile(r"\(\w{1,6}\)")  # `(PM)`, `(AS)`: a short form in brackets
GROUP_SIZES = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8}
LIST_JOIN = re.compile(r",?\s+(?:dan|serta)\s+|,\s+")  # between the names of a list

NUMERALS = frozenset(
    [
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "kelima",
        "keempat",
        "ketiga",
        "kedua",
        "para",
        "sejumlah",
        "beberapa",
        "seorang",
    ]
)
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
# derived Indonesian nouns (Sneddon ch. 2): peN-an, per-an, ke-an (with -nya), -isasi, and any -nya form
DERIVED = re.compile(r"^(?:(?:pe|per|ke)[a-z]{3,}an(?:nya)?|[a-z]{3,}isasi|[a-z]{4,}nya)$")


@cache
def _subject_leads() -> frozenset[str]:
    """Words stripped from the front of a subject (`saat itu`, `Nah`, `Jadi`, and `adanya` in
    `membenarkan adanya tiga orang ditangkap`), joined once."""
    W = lexicon().words
    return W["subject_lead_strip"] | W["trailing_adverbs"] | objects.words()["existential_leads"]


@cache
def _adverbs_and_modals() -> frozenset[str]:
    """Past adverbs and first-person modals (`sudah`, `ingin`) that stand between a subject and
    its verb (`kami ingin mengucapkan`), joined once."""
    return lexicon().words["trailing_adverbs"] | objects.words()["first_person_modals"]


@cache
def _first_person_leads() -> frozenset[str]:
    """Words after which a first-person pronoun opens the clause with no comma between
    (`pertama-tama saya ingin …`, `Kemarin kami …`), joined once."""
    W = lexicon().words
    return W["subject_lead_strip"] | W["trailing_adverbs"] | objects.words()["first_person_leads"]


class Parties:
    """Reads the actor and recipient of each trigger of one article."""

    def __init__(self, article: Article, lay: Layout):
        self.a = article
        self.norm = article.norm
        quoted = [(q.start, q.end) for q in article.quotes if q.kind == "direct"]
        self.r = Resolver(article, lay, quoted)
        for q in article.quotes:
            if q.speaker is not None:
                self.r.add(q.start, q.speaker)
        self.last_actor: dict[str, Speaker] = {}
        self.last_enforcer: Speaker | None = None  # the actor of the last arrest or investigation step
        self.last_sentencer: Speaker | None = None  # the actor of the last sentence passed (a court, a bench)
        self.last_event: Event | None = None
        self.last_accused: Speaker | None = None  # the suspect or offender the case is about
        self.last_recipient: Speaker | None = None  # of a police, court or crime step
        self.last_of_type: dict[str, Event] = {}  # the last act of each type
        self.first_of_type: dict[str, Event] = {}  # the first act of each type done to someone
        self._ranked: list[int] | None = None  # ORG/PER entities by mentions, for _target
        self._typ = ""  # the type of the event being read
        self._mode: str | None = None  # and its mode
        self._quote_starts: list[int] | None = None
        self._date_starts = [d.start for d in article.dates]
        self._by_mention: dict[str, int] | None = None  # mention text -> PER/ORG entity
        self._title_body: tuple[Speaker | None] | None = None  # the body a protest in the title is at
        self._clause_starts: dict[tuple[int, int], int] = {}  # (sentence start, verb start) -> clause start
        self._sentence_starts = [ss for ss, _se, _p in lay.sentences]
        self._addressed: set[tuple[int | None, int | None]] = set()  # spans `kepada` marks as a party
        self._marked_agents: set[tuple[int | None, int | None]] = set()  # people `oleh` marks as the doer
        self.last_pair: Event | None = None  # the last joint act (meeting, accord) with both sides named
        self._media: frozenset[str] | None = None  # the media this article takes statements from
        self._spans: dict[tuple[int, int], Speaker | None] = {}  # (start, end) -> what the phrase names
        # (trigger start, end, type) -> the thing read where the recipient of that trigger stands
        self._things: dict[tuple[int, int, str], Speaker] = {}

    # -- helpers ---------------------------------------------------------------
    def _quote_at(self, pos: int) -> int | None:
        if self._quote_starts is None:
            self._quote_starts = [q.start for q in self.a.quotes]
        # quotes are in text order and do not overlap: only the last one starting at or before pos
        i = bisect_left(self._quote_starts, pos + 1) - 1
        return i if i >= 0 and pos < self.a.quotes[i].end else None

    def _from_span(self, s: int, e: int) -> Speaker | None:
        """The quote resolver's reading of the phrase ``s:e``, kept: the readers of both parties and
        the ranker ask again for the same phrase, and the resolver does not change once built."""
        key = (s, e)
        if key not in self._spans:
            self._spans[key] = self.r.from_span(s, e)
        return self._spans[key]

    def _within(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The entity mentions that start before ``hi`` and may reach past ``lo`` (a slice found by
        bisection: the article can be long, and these lookups are made per event)."""
        starts = self.r.mention_starts
        return self.r.mentions[bisect_left(starts, lo - MAX_MENTION_CHARS) : bisect_left(starts, hi)]

    def _last_person(self, pos: int, skip: int | None) -> int | None:
        """The last person mentioned before ``pos`` (other than ``skip``)."""
        for _ms, _me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            if i != skip and self.a.entities[i].label == "PER":
                return i
        return None

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

    def _speaker_of(self, qi: int | None) -> Speaker | None:
        if qi is None:
            return None
        sp = self.a.quotes[qi].speaker
        return Speaker(sp.name, sp.entity, None, None) if sp is not None else None

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

    def sayer_before_meeting(self, ws: list[Word], t: Trigger) -> Speaker | None:
        """`Hal itu diungkapkan Natalius Pigai saat menerima Bupati …`: the one who spoke at a
        meeting told in a `saat` clause is the one who met (the agent after the saying passive)."""
        said = lexicon().words["said_at_meeting"]
        for j in range(t.first - 2, -1, -1):
            if ws[j].low in said and ws[j].low.startswith("di"):
                return self._np(ws, j + 1, self._quote_at(ws[j].start))
        return None

    def ruling_court(self, ws: list[Word], t: Trigger, ss: int) -> Speaker | None:
        """`Putusan MA Nomor 99/PK/TUN/2016 membatalkan izin …`: a ruling acts for the court that
        gave it, when the ruling opens the clause before the act."""
        if all(_ENUMERATOR.fullmatch(w.text) or w.text.isdigit() for w in ws[: t.first]):
            return self._list_issuer(ss)  # `1. Mengabulkan permohonan Pemohon`: an item of a ruling
        if ws[0].low not in lexicon().words["ruling_words"]:
            return None
        return self._court(ss, ws[t.first].start)

    def _list_issuer(self, ss: int) -> Speaker | None:
        """`Berikut putusan MK yang dibacakan hari ini:` then `1. Mengabulkan …`, `5. Menolak …`: a
        list item that opens with its verb is done by the body whose ruling the list's lead line
        (the last line ending in a colon, past the other numbered items) names."""
        k = ss
        for _ in range(20):  # back over the items before this one, to the lead line
            lo = self.norm.rfind("\n", 0, max(k - 1, 0)) + 1
            line = self.norm[lo : max(k - 1, lo)].strip()
            if not line:
                return None
            if line.endswith(":"):
                return self._ruling_owner(lo, lo + len(self.norm[lo:k].rstrip()))
            if not _ENUMERATOR.match(line.split()[0]):
                return None
            k = lo
        return None

    def _ruling_owner(self, lo: int, hi: int) -> Speaker | None:
        """The first body named after a ruling word in ``lo:hi`` (`putusan MK`, `amar putusan yang
        dibacakan MK`); None when the line names no ruling."""
        ruling = lexicon().words["ruling_words"]
        at = next((w.end for w in words(self.norm, lo, hi) if w.low in ruling), None)
        if at is None:
            return None
        for ms, me, i in self._within(at, hi):
            if at < ms and me <= hi and self.a.entities[i].label == "ORG":
                return Speaker(self.a.entities[i].canonical, i, ms, me)
        return None

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

    def _is_name(self, sp: Speaker) -> bool:
        """A party written as a name (capitalised words, initials), not a description (`seorang buron`)."""
        return all(is_cap(w) for w in sp.name.split())

    def _article_media(self) -> frozenset[str]:
        """The media of this article (lower case): the known outlets, the quotes' `via`, the outlet's
        desks (`detikSulsel`) and any name written right after `dilansir`/`melansir`/`dikutip`."""
        if self._media is None:
            names = set(_known_media()) | {q.via.lower() for q in self.a.quotes if q.via}
            for ent in self.a.entities:
                if ent.label != "ORG":
                    continue
                for m in ent.mentions:
                    before = self.norm[max(0, m.start - 30) : m.start]
                    if _VIA_BEFORE.search(before) is not None or _DETIK_DESK.fullmatch(m.text):
                        names.add(ent.canonical.lower())
                        break
            self._media = frozenset(names)
        return self._media

    def _attribution_medium(self, sp: Speaker | None) -> bool:
        """Is a party the medium a statement was taken from or told to (`Melansir E! News, …`,
        `mengatakan kepada AFP bahwa …`, `…, The Guardian melaporkan`, a `mereka` resolved to
        `detikTravel`)? A medium reports an
        act; it is neither its doer nor the one it is done to. A medium named as the object of an
        act stays (`mengkritik surat kabar The New York Times`)."""
        if sp is None or sp.name.lower() not in self._article_media():
            return False
        if sp.start is None or sp.end is None:
            return True
        at = self.norm.lower().find(sp.name.lower(), sp.start, sp.end)  # (the phrase `Melansir BBC`)
        at = sp.start if at == -1 else at
        before = self.norm[max(0, at - 30) : at]
        nxt = self.norm[sp.end : sp.end + 30].split()
        reports = bool(nxt) and quote_lexicon().cue(nxt[0].strip(",.")) is not None  # `, The Guardian melaporkan`
        return _VIA_BEFORE.search(before) is not None or _TOLD_BEFORE.search(before) is not None or reports

    def drop_media(self, ev: Event) -> None:
        """After the party chooser: no medium of an attribution stays a party (see above); an act the
        rules gave a medium as actor was dropped before (`…, The Guardian melaporkan`: no complaint)."""
        ev.actor = None if self._attribution_medium(ev.actor) else ev.actor
        ev.recipient = None if self._attribution_medium(ev.recipient) else ev.recipient

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
        if self.a.entities[i].label not in ("PER", "ORG") and not self._is_state(Speaker("", i, ms, me)):
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

    def _carried(self, typ: str, pos: int | None = None) -> Speaker | None:
        """The actor of the last act of the same kind: a passive or a nominalisation with no agent
        in a chain of police or court steps (`… ditangkap. Ia kemudian ditahan.`); for an arrest or
        an investigation with none before, the police or prosecutors the article names last."""
        if typ not in lexicon().words["carry_types"]:
            return None
        sp = self.last_enforcer if typ in ("COERCE", "INVESTIGATE") else self.last_actor.get(typ)
        if sp is None and typ in ("COERCE", "INVESTIGATE"):
            sp = self.last_actor.get("COERCE") or self.last_actor.get("INVESTIGATE")
            if sp is None and pos is not None:
                sp = self._law_enforcer(pos)
        return Speaker(sp.name, sp.entity, None, None) if sp is not None else None

    def _law_enforcer(self, pos: int) -> Speaker | None:
        """The last police or prosecution body (or the word `polisi`) written before ``pos``."""
        enforcers = lexicon().words["law_enforcers"]
        best: Speaker | None = None
        for _ms, me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            ent = self.a.entities[i]
            if me > pos:
                continue
            written = self.norm[_ms:me]  # `KPK` for `Komisi Pemberantasan Korupsi`
            if ent.label == "ORG" and any(
                w.lower() in enforcers for w in f"{ent.canonical} {written}".replace("-", " ").split()
            ):
                if self._only_titles(ent.canonical):
                    continue  # `Pelaksana Tugas Deputi Penindakan`: a title cut from a name, not a body
                best = self._body_of(ent.canonical) or Speaker(ent.canonical, i, None, None)
                break
        if best is None:
            for m in _LAW_WORD.finditer(self.norm[:pos]):
                best = Speaker(m.group(1).lower(), None, None, None)
        if best is None and pos < len(self.norm):
            return self._law_enforcer(len(self.norm))  # named later in the story (`… kata Kapolres`)
        return best

    def _sanctioner(self, pos: int, recip: Speaker | None) -> Speaker | None:
        """The body a sanction with no doer written is by: the body the story writes as the owner of
        a ruling (`keputusan dari Komdis PSSI`, `palu Komdis PSSI`) or as the giver of a sanction
        (`sanksi yang diberikan Komisi Disiplin PSSI`, `penjatuhan sanksi yang dilakukan DLH`), the
        last one before ``pos``, else the first after; not the one sanctioned."""
        P = objects.words()
        found: list[tuple[int, int]] = []
        for ms, _me, i in self.r.mentions:
            if self.a.entities[i].label != "ORG" or (recip is not None and recip.entity == i):
                continue
            before = self.norm[max(0, ms - 60) : ms].lower().split()[-4:]
            if before and before[-1] in ("dari", "oleh"):
                before = before[:-1]
            ruling = bool(before) and before[-1] in P["ruling_nouns"]
            # the noun right before its giver or one word further (`sanksi yang diberikan`)
            given = (
                bool(before)
                and before[-1] in P["sanction_givers"]
                and any(w in P["sanction_nouns"] for w in before[-3:-1])
            )
            if ruling or given:
                found.append((ms, i))
        if not found:
            return None
        ms, i = next((f for f in reversed(found) if f[0] < pos), found[0])
        return Speaker(self.a.entities[i].canonical, i, None, None)

    def _court(self, ss: int, pos: int) -> Speaker | None:
        """The last court named in the sentence before ``pos`` (`putusan kasasi Mahkamah Agung`):
        who passes a sentence when no agent is written."""
        courts = lexicon().words["court_words"]
        for ms, me, i in reversed(self._within(ss, pos)):
            ent = self.a.entities[i]
            words = f"{ent.canonical} {self.norm[ms:me]}".split()
            if ms >= ss and me <= pos and ent.label == "ORG" and any(w.lower() in courts for w in words):
                return Speaker(ent.canonical, i, None, None)
        return None

    def _sentencer(self, ws: list[Word], after: int, qi: int | None, pos: int) -> Speaker | None:
        """Who passes a sentence written with no `oleh` agent (`divonis dua tahun penjara`): the court
        words right after the verb (`divonis hakim`), else whoever passed the story's last sentence,
        else the actor the chain carries unless it is a police or prosecution body, else the court
        the story names last before it (first after it if none before); else no one. A sentence is a
        court's act, not the arresting force's: `Dia divonis dua tahun penjara` in a story of an
        arrest by Brimob that names `Pengadilan Negeri Jakarta Utara`."""
        courts = lexicon().words["court_words"]
        k = after
        while k < len(ws) and (ws[k].low in courts or (k > after and is_cap(ws[k].text))):
            if k > after and self.norm[ws[k - 1].end : ws[k].start] != " ":
                break
            k += 1  # `divonis majelis hakim`, `divonis hakim PN Jakarta Selatan`: the court words and a name
        if k > after:
            sp = self._named(ws[after].start, ws[k - 1].end, ws[after].start, qi)
            if sp is not None:
                return sp
        if self.last_sentencer is not None:
            return Speaker(self.last_sentencer.name, self.last_sentencer.entity, None, None)
        carried = self._carried("COERCE", pos)  # `majelis hakim` of the trial just told, a judge named
        if carried is not None:
            ent = self.a.entities[carried.entity] if carried.entity is not None else None
            names = " ".join([carried.name, *(m.text for m in ent.mentions)] if ent is not None else [carried.name])
            if not set(names.lower().replace("-", " ").split()) & lexicon().words["law_enforcers"]:
                return carried  # (`Komisi Pemberantasan Korupsi`, written `KPK`, arrests; it does not sentence)
        found = [
            (ms, i)
            for ms, me, i in self._within(0, len(self.norm))
            if self.a.entities[i].label == "ORG"
            and any(w.lower() in courts for w in f"{self.a.entities[i].canonical} {self.norm[ms:me]}".split())
        ]
        if not found:
            return None
        _ms, i = next((f for f in reversed(found) if f[0] < pos), found[0])
        return Speaker(self.a.entities[i].canonical, i, None, None)

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

    def _only_titles(self, name: str) -> bool:
        """A name made only of titles and unit words (`Pelaksana Tugas Deputi Penindakan`)."""
        W = lexicon().words
        titles = quote_lexicon().titles
        return all(
            w.lower() in W["police_units"] or w.lower() in titles or w.lower() in W["title_words"] for w in name.split()
        )

    def _body_of(self, name: str) -> Speaker | None:
        """`Satreskrim Polres Polman`, `Reskrim Polres Bogor` (a unit, often cut from a title such
        as `Kasat Reskrim Polres Bogor`): the police or prosecution body the unit belongs to, as
        the article writes it (`Polres Polman`), or None when the name is a body already."""
        W = lexicon().words
        ws = name.split()
        k = 0
        while k < len(ws) and ws[k].lower() in W["police_units"]:
            k += 1
        if k == 0 or k == len(ws):
            return None
        body = ws[k:]
        if len(body) == 1:  # `Satreskrim Polres`: the place is in the text (`Polres Polman`)
            m = re.search(rf"\b{re.escape(body[0])} [A-Z][\w-]+(?: [A-Z][\w-]+)?", self.norm)
            if m is None:
                return None
            text = m.group(0)
        else:
            text = " ".join(body)
        return self._pointer(Speaker(text, None, None, None))

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

    def _before_origin(self, sp: Speaker | None, qi: int | None) -> Speaker | None:
        """`diselamatkan angkatan laut Sri Lanka dari perairan utara`: the agent ends before a `dari`
        naming where from (a lowercase thing, not people: `tim dari Polres` stays whole)."""
        if sp is None or sp.start is None or sp.end is None:
            return sp
        m = re.search(r" dari (\S+)", self.norm[sp.start : sp.end])
        if m is None or is_cap(m.group(1)) or m.group(1).lower() in lexicon().words["person_nouns"]:
            return sp
        return self._named(sp.start, sp.start + m.start(), sp.start, qi) or sp

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

    @staticmethod
    def _split(sp: Speaker | None) -> tuple[Speaker | None, Speaker | None]:
        return sp, None

    # -- the event ---------------------------------------------------------------
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

    def _group_after(self, ws: list[Word], t: Trigger, actor: Speaker) -> Speaker | None:
        """`Ia mengunjungi korban banjir. Ia juga menyerahkan bantuan kepada mereka`: `mereka` after
        the verb is not the one who acts; it is the group the last act was done to."""
        if not any(w.low == "mereka" for w in ws[t.last + 1 :]) or self.last_event is None:
            return None
        prev = self.last_event.recipient
        if prev is None or _same(prev, actor):
            return None
        return Speaker(prev.name, prev.entity, None, None)

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

    def _party_like(self, sp: Speaker, things: bool = True) -> bool:
        """Is ``sp`` someone — a person, a body, people — rather than a thing or a phrase of common
        words? Without ``things`` a paper, a sum, a rule or a procedure with a name after its head
        (`thing_named`: `pagu anggaran OIKN`) passes, as it did before the readers knew it for a thing."""
        if sp.entity is not None or (sp.start, sp.end) in self._addressed:
            return True
        ws = sp.name.split()
        if not ws:
            return False
        W = lexicon().words
        head = ws[0].lower()
        if len(ws) == 1 and ws[0].isupper() and ws[0].isalpha() and 2 <= len(ws[0]) <= 4:
            return True  # initials: `AS`, `DDS`, `RP` (not the currency `Rp`)
        if head in W["step_nouns"] and len(ws) > 1:
            return self._party_like(Speaker(" ".join(ws[1:]), None))  # `program pemerintah`
        if head in W["not_party_heads"] or (things and thing_named(sp.name)):
            return False  # `pagu anggaran OIKN`, `Nota Kesepahaman`: a thing, though a name follows
        if head in W["group_words"] and len(ws) > 1:
            return True  # `sekelompok pemuda`: a band of people
        if head.split("-")[0] in W["not_party_heads"]:
            return False  # `Barang-barang`
        parts = [x for w in ws[:3] for x in w.lower().replace("-", "/").split("/")]
        people = lexicon().union("person_nouns", "described_person_heads")  # `dua pemuda`, `seorang bocah`
        if any(x in people or (x.endswith("nya") and x[:-3] in people) for x in parts):
            return True
        if len(ws) > 1 and " ".join(ws[:2]).lower() in people:
            return True  # `laki-laki`
        titles = quote_lexicon().titles
        written = len(ws) > 1 and all(is_cap(w) for w in ws)  # a post as written: `Duta Besar AS`
        if written and (head in titles or " ".join(ws[:2]).lower() in titles):
            return True  # `Duta Besar AS`, `Kepala Dinas PUPR`: a post is held by someone
        common = lexicon().common
        if len(ws) == 2 and _numeral(ws[0]) and ws[1].lower() in ("lainnya", "sisanya"):
            return True  # `86 lainnya ditahan`: the rest of a group of people
        if len(ws) == 1 and ws[0].isupper() and ws[0].isalpha() and len(ws[0]) <= 4:
            return True  # initials: `AS`, `DDS`
        if self._capital_by_place(sp):
            ws = ws[1:]  # `Realisasi penguatan kerja sama …`, `Pemotongan dana pusat`: no name
        return any(is_cap(w) and w.lower().strip(",.") not in common for w in ws)

    def _party_not_place(self, sp: Speaker | None) -> bool:
        """Is ``sp`` read, someone (`_party_like`) and not a place (`_is_place`)?"""
        return sp is not None and self._party_like(sp) and not self._is_place(sp)

    def _thing_read(self, key: tuple[int, int, str], sp: Speaker) -> bool:
        """Keep ``sp``, read where the recipient of the trigger ``key`` (its start, end and type) stands,
        when it is a thing that passed as a party before the readers knew it for one (`menyetujui pagu
        anggaran OIKN`); say whether it was kept."""
        if not (thing_named(sp.name) and self._party_like(sp, things=False)):
            return False
        self._things[key] = sp
        return True

    def weighed(self, ev: Event) -> Event:
        """``ev`` as detection's `incomplete` veto weighs it: with the thing it was done to as its
        recipient, when the readers read one there and left the recipient empty. A thing is no party,
        but an act on it (`Komisi II DPR RI menyetujui pagu anggaran OIKN`, `Mario menuntut tes DNA`)
        keeps the standing it had when the thing was read as one; only its recipient is left out."""
        thing = self._things.get((ev.trigger_start, ev.trigger_end, ev.type))
        return ev if ev.recipient is not None or thing is None else replace(ev, recipient=thing)

    def _capital_by_place(self, sp: Speaker) -> bool:
        """Does ``sp`` open its sentence with a derived word (a `peN-an`, `per-an`, `ke-an`, `-isasi`,
        `-nya` noun or a verb form) that is capitalised only because it comes first? The entities layer
        found no name there, and such a word is no name (`Diliputi rasa emosi`, `Perceraiannya`)."""
        if sp.entity is not None or sp.start is None:
            return False
        lead = self.norm[max(0, sp.start - 6) : sp.start].rstrip(" \"'“”‘’-–—•")
        if lead and lead[-1] not in ".!?\n":
            return False
        m = re.match(r"\w+", self.norm[sp.start : sp.start + 40])
        first = m.group() if m else ""
        low = first.lower()
        return first[:1].isupper() and not first.isupper() and bool(DERIVED.match(low) or is_verbish(low))

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

    def _client(self, pos: int) -> Speaker | None:
        """The last person written after `kuasa hukum` or `pengacara` before ``pos``."""
        best = None
        for ms, _me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            lead = self.norm[max(0, ms - 14) : ms].lower()
            if self.a.entities[i].label == "PER" and lead.rstrip().endswith(("kuasa hukum", "pengacara")):
                best = i
                break
        return Speaker(self.a.entities[best].canonical, best, None, None) if best is not None else None

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

    def _enforcer_body(self, sp: Speaker) -> Speaker:
        """`penyidik Polda Metro Jaya`, `penyidik Subdit Keamanan Negara Direktorat Reserse Kriminal
        Umum Polda Metro Jaya`: an enforcer written before the body it serves acts as that body, the
        last one named in the phrase's first run of names (the unit's parent: `Unit PPA Satreskrim
        Polres Ciamis` is Polres Ciamis); with no body named, the phrase stays."""
        end = sp.end or sp.start or 0
        cut = self.norm.find(" dan ", sp.start, end)
        end = cut if cut != -1 else end
        bodies = [(ms, me, i) for ms, me, i in self._within(sp.start or 0, end) if ms >= (sp.start or 0) and me <= end]
        bodies = [b for b in bodies if self.a.entities[b[2]].label == "ORG"]
        if not bodies:
            return sp
        ms, me, i = bodies[-1]
        return Speaker(self.a.entities[i].canonical, i, ms, me)

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

    def _is_org(self, i: int) -> bool:
        return self.a.entities[i].label == "ORG"

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

    def _possessor(self, sp: Speaker, steps: bool = False, things: bool = True) -> Speaker | None:
        """`rumah korban`, `motor milik warga`: a thing someone owns stands for its owner; `maksud
        kedua anggota geng motor`: so does a matter of theirs. Without ``things`` only such matters
        count (an actor: a house does not act, `tekanan massa` is the massa's, but `Peran kejaksaan
        adalah mendukung` tells a role, not a deed of the kejaksaan)."""
        ws = sp.name.split()
        W = lexicon().words
        heads = (
            (W["possession_heads"] | objects.words()["owned_heads"] if things else frozenset())
            | objects.words()["matter_heads"]
            | (W["step_nouns"] | _act_nouns() if steps else frozenset())
        )
        if len(ws) < 2 or ws[0].lower() not in heads:
            return None  # `kebijakan pemerintah` is criticism of the pemerintah, `serangan Israel` of Israel
        i = 1
        while i + 1 < len(ws) and ws[i].lower() in heads:
            i += 1  # `sepeda motor korban`: a thing named in two words
        while i + 2 < len(ws) and ws[i].lower() in ("dan", "serta") and ws[i + 1].lower() in heads:
            i += 2  # `sikap dan langkah Menpora`: both the minister's
        # `motor milik warga`, `peran dari koalisi paramiliter Irak`: the owner after the linking word
        rest = ws[i + 1 :] if ws[i].lower() in ("milik", "dari") and len(ws) > i + 1 else ws[i:]
        name = " ".join(rest)
        start = None
        if sp.start is not None:
            k = self.norm.find(name, sp.start, (sp.end or sp.start) + 1)
            start = k if k != -1 else None
        owner = self._named(start, start + len(name), start, None) if start is not None else None
        owner = owner or Speaker(name, None, None, None)
        return owner if self._party_like(owner) else None

    def _last_state(self, pos: int) -> Speaker | None:
        """The last country named before ``pos``."""
        for _ms, me, i in reversed(self._within(pos - LOOKBACK_CHARS, pos)):
            if me <= pos and (self.a.entities[i].geo or {}).get("feature") == "country":
                return Speaker(self.a.entities[i].canonical, i, None, None)
        return None

    def _is_state(self, sp: Speaker) -> bool:
        """A country named as the subject of an act (`Israel`, `Indonesia`), not a city."""
        if sp.entity is None or sp.start is None:
            return False
        geo = self.a.entities[sp.entity].geo or {}
        return geo.get("feature") == "country"

    def _is_place(self, sp: Speaker) -> bool:
        """A place, or a phrase that opens with one (`Peru hingga Madagaskar`)."""
        if sp.entity is not None:
            return self.a.entities[sp.entity].label == "LOC"
        return sp.start is not None and any(
            ms == sp.start and me != sp.end and self.a.entities[i].label == "LOC"
            for ms, me, i in self._within(sp.start, sp.start + 1)
        )

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

    def _other_person(self, pos: int, actor: Speaker | None) -> Speaker | None:
        skip = actor.entity if actor is not None else None
        best = self._last_person(pos, skip)
        return Speaker(self.a.entities[best].canonical, best, None, None) if best is not None else None

    def _reporting_subject(self, ws: list[Word], t: Trigger, ss: int) -> Speaker | None:
        """`Basuki menerangkan para pengusaha wajib …`: the one who states the obligation."""
        ql = quote_lexicon()
        for k in range(t.first - 1, 0, -1):
            if ql.cue(ws[k].text) is not None:
                span = subject_before(self.norm, ss, ws[k].start)
                return self._named_at(span, None)
        return None

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

    def body_of(self, sp: Speaker | None) -> Speaker | None:
        """The organisation a person's role names (`Wakil Ketua KPK` → KPK, `Kasat Reskrim Polres
        Bogor` → Polres Bogor, `Kapolres Bogor` → Polres Bogor), the longest one, or None."""
        if sp is None or sp.entity is None:
            return None
        ent = self.a.entities[sp.entity]
        if ent.label != "PER" or not ent.role:
            return None
        role = " " + ent.role.lower() + " "
        for pair in lexicon().words["chief_titles"]:
            title, body = pair.split()
            role = role.replace(f" {title} ", f" {body} ")  # `Kapolres Bogor` heads `Polres Bogor`
        best: tuple[int, int] | None = None
        for i, e in enumerate(self.a.entities):
            if e.label != "ORG":
                continue
            for name in {e.canonical, *(m.text for m in e.mentions)}:
                if len(name) > 1 and f" {name.lower()} " in role and (best is None or len(name) > best[0]):
                    best = (len(name), i)
        if best is None:
            return None
        return Speaker(self.a.entities[best[1]].canonical, best[1], None, None)

    def we_the_body(self, ev: Event) -> None:
        """`"… kami melakukan penelusuran aset," ujar Kasi Eksekusi Kejati Papua, X`: `kami` in an
        enforcement act the speaker is not resolved for is the police or prosecution body the
        quote's attribution names."""
        if ev.type not in ("COERCE", "INVESTIGATE", "SANCTION") or (ev.actor is not None and ev.actor.entity):
            return
        if not re.search(r"\b(?:kami|kita|pihaknya)\b", self.norm[ev.start : ev.trigger_start], re.IGNORECASE):
            return
        qi = self._quote_at(ev.trigger_start)
        span = self.a.quotes[qi].attribution if qi is not None else None
        if span is None:
            return
        text = " " + self.norm[span[0] : span[1]].lower() + " "
        need = lexicon().words["law_enforcers"]
        for i, ent in enumerate(self.a.entities):
            if ent.label != "ORG" or not any(w in need for w in ent.canonical.lower().replace("-", " ").split()):
                continue
            if any(f" {n.lower()}" in text for n in {ent.canonical, *(m.text for m in ent.mentions)} if len(n) > 2):
                ev.actor = Speaker(ent.canonical, i, None, None)
                return

    def named_body(self, ev: Event) -> None:
        """`Polisi mengungkap …`, `penyidik menyita …` in a story that names the body (`Polres
        Sukabumi`): the generic word stands for the police or prosecutors named last."""
        actor = ev.actor
        if ev.type not in objects.words()["body_types"] or actor is None or actor.entity is not None:
            return
        kind = lexicon().generic_enforcers.get(actor.name.lower())
        if kind is None:
            return
        W = lexicon().words
        need = {"police": W["police_names"], "prosecution": W["prosecution_names"]}.get(kind, W["law_enforcers"])
        count: dict[int, list[int]] = {}
        for ms, me, i in self._within(0, len(self.norm)):
            ent = self.a.entities[i]
            if ent.label != "ORG" or self._only_titles(ent.canonical):
                continue
            words = f"{ent.canonical} {self.norm[ms:me]}".lower().replace("-", " ").split()
            if any(w in need for w in words) and not _police_in_name(ent.canonical, need):
                c = count.setdefault(i, [0, -1])
                c[0] += 1
                c[1] = max(c[1], ms if ms < ev.trigger_start else -1)
        if not count:
            return
        best = max(count, key=lambda i: tuple(count[i]))  # the body the story names most, then last
        if ev.recipient is not None and ev.recipient.entity == best:
            return  # the body is the one acted on (or read so): it does not act on itself
        ev.actor = Speaker(self.a.entities[best].canonical, best, actor.start, actor.end)

    def institutional(self, ev: Event) -> None:
        """An act of enforcement told by an official as `kami`, or with no subject written
        (`"Telah menetapkan 1 orang sebagai tersangka," kata Jubir KPK X`), is the body's act:
        the official speaks for it (the body the role names, else the one the attribution names:
        `ujar Kasi Eksekusi Kejati Papua, Lenni Silaban`)."""
        actor = ev.actor
        if ev.type not in ("COERCE", "INVESTIGATE", "SANCTION") or actor is None or actor.entity is None:
            return
        written = self.norm[actor.start : actor.end].lower() if actor.start is not None else None
        if written is not None and written not in lexicon().words["speaker_pronouns"]:
            return
        body = self.body_of(actor)
        if body is not None and any(w in lexicon().words["law_enforcers"] for w in body.name.lower().split()):
            ev.actor = body  # (a minister's `kita audit BPKP` stays the minister's)

    def remember(self, ev: Event) -> None:
        if ev.actor is not None:
            self.last_actor[ev.type] = ev.actor
        if ev.actor is not None and ev.mode == "sentence":
            self.last_sentencer = ev.actor  # `Majelis hakim menjatuhkan vonis … Ia juga dihukum membayar …`
        if ev.actor is not None and ev.type in ("COERCE", "INVESTIGATE"):
            self.last_enforcer = ev.actor  # `… mengamankan BA. … BA menjalani pemeriksaan`: the same hands
        if ev.recipient is not None and ev.type in lexicon().words["carry_types"]:
            self.last_recipient = ev.recipient
        self.last_event = ev
        self.last_of_type[ev.type] = ev
        joint = ev.type in objects.words()["joint_types"]
        if joint and ev.actor is not None and ev.recipient is not None and not _same(ev.actor, ev.recipient):
            self.last_pair = ev
        if ev.recipient is not None:
            self.first_of_type.setdefault(ev.type, ev)
        if ev.type in ("COERCE", "INVESTIGATE") or ev.mode == "allege":
            self.last_accused = ev.recipient or self.last_accused
        elif ev.type == "CRIME":
            self.last_accused = ev.actor or self.last_accused


def credit_the_praised(evs: list[Event], norm: str) -> None:
    """`Prabowo berterima kasih kepada jajaran Kejagung (yang) telah bekerja keras mengusut kasus
    …`, `berterima kasih kepada sang senior karena selalu mendukungnya`, `gugatan terhadap Marissa
    Mayer atas tuduhan pemaksaan …`: an act told in a clause hung on the one praised or criticised
    is that one's, not the praiser's (the clause's subject is its head); a `-nya` on it is the
    praiser. Only where a few words join them, opened by `yang`, `telah`, `karena` or `atas`."""
    P = objects.words()
    for a in evs:
        r = a.recipient
        if a.type not in P["credit_types"] or r is None or r.start is None or r.end is None or a.actor is None:
            continue
        for b in evs:
            own = b.actor is not None and b.actor.start is not None and b.actor.start >= r.end
            if b is a or b.trigger_start < r.end or own:
                continue  # (`karena warga telah membantu`: a subject of its own)
            gap = norm[r.end : b.trigger_start]
            ws = gap.lower().split()
            if not ws or ws[0] not in P["credit_links"] or len(ws) > 4 or any(c in gap for c in ',.;:"“”'):
                continue
            b.actor = Speaker(r.name, r.entity, None, None)
            if b.trigger.lower().endswith("nya"):
                b.recipient = Speaker(a.actor.name, a.actor.entity, None, None)  # `mendukungnya`: the praiser


def carry_protest_target(article: Article, evs: list[Event]) -> None:
    """A story tells one protest in many sentences (`Massa menutup jalan`, `Mereka membakar ban`)
    and names whom it is addressed to in one or two of them (`di depan Mapolrestabes X`, `menuntut
    pemerintahan Y dievaluasi`). GUIDELINES: a recipient is who is addressed, and an act told again
    is coded again, so every sentence of the protest with no one named takes the story's target,
    those told before it was named too. Only where the story's protests name one target, a named
    person, body or country (`turun ke jalanan ibu kota Lima` names a place, no one addressed): two
    targets are two protests, and which sentence belongs to which is not written."""
    _carry_story_target(article, evs, "PROTEST")


def carry_aid_recipient(article: Article, evs: list[Event]) -> None:
    """A story of one aid programme names who receives it once or twice (`BSU diberikan kepada
    pekerja …`) and tells its steps again without them (`pemerintah memberikan BSU selama dua bulan`,
    `Penyaluran dilakukan melalui …`): each aid with no one named takes the story's one recipient."""
    _carry_story_target(article, evs, "AID", phrase=True)


def _carry_story_target(article: Article, evs: list[Event], typ: str, phrase: bool = False) -> None:
    """Every act of ``typ`` with no recipient takes the one recipient the story's acts of that type
    name: a party entity, or (``phrase``) a people phrase; none where two are named."""
    acts = [e for e in evs if e.type == typ]
    named = [e.recipient for e in acts if e.recipient is not None]
    if not named or any(not _same(named[0], r) for r in named[1:]):
        return
    target = named[0]
    if target.entity is None and not phrase:
        return
    if target.entity is not None and not objects.is_party(article, target.entity):
        return
    for e in acts:
        if e.recipient is None and not _same(e.actor, target):
            e.recipient = Speaker(target.name, target.entity, None, None)


@cache
def _act_nouns() -> frozenset[str]:
    """The one-word nouns that name an act (`serangan`, `penangkapan`): criticism of one is of its
    doer (`mengecam serangan Israel`)."""
    return frozenset(
        p.words[0] for ps in lexicon().by_first.values() for p in ps if len(p.words) == 1 and p.voice == "noun"
    )


def _breaks_phrase(w: str) -> bool:
    """Does a word written inside a party phrase end it? A conjunction or copula in lower case
    (`58 korban namun`, `Palestina meski`, `ibu adalah kejahatan`, `Kedua negara juga saling`),
    a dash or a lone quote mark, or a quoted word (`aparat penegak hukum 'tidak tumpul …'`)."""
    if w in ("--", "'", '"', "‘", "’", "“", "”"):
        return True  # (a single `-` joins a detokenised name: `Wi - Fi`, `Dae - soo`)
    if w[0] in "'\"‘“" and w[1:2].islower():
        return True
    return w.islower() and w.strip(",.") in objects.words()["party_breaks"]


def _predicate_lead(w: str, nxt: str) -> bool:
    """Does ``w`` open the predicate inside what was read as a party phrase (`mahasiswa tampak turun`,
    `Y ikut dianiaya`, `netizen pun ramai-ramai`)? An adverb of aspect in lower case followed by a
    word in lower case or closing the phrase; before a name it is part of the phrase (`anggota tetap
    Dewan Keamanan`)."""
    return w.islower() and w in objects.words()["predicate_leads"] and (not nxt or nxt[:1].islower())


def _people_head(w: str) -> bool:
    """Does a word name people or a body (`warga`, `pemainnya`, `perusahaan`, `pimpinan`)?"""
    w = w.lower().removesuffix("nya")
    W = lexicon().words
    lists = ("person_nouns", "body_nouns", "side_nouns", "role_nouns", "staff_nouns", "protester_nouns")
    lists += ("asked_bodies", "described_person_heads", "group_words")
    return any(w in W[k] for k in lists) or w in objects.words()["people_an_nouns"]


def _topic_head(name: str) -> bool:
    """Is a phrase headed by a noun of an act or a state (`usulan`, `pembebasan`, `kepentingan`,
    `sikap`) rather than of people or a body (`perusahaan`, `pimpinan`, `pelayan`)? By morphology:
    a pe(N)-/per-/ke- … -an noun; else a step noun or a listed topic noun (`kerja`, `dugaan`)."""
    ws = name.split()
    while len(ws) > 1 and _quantifier(ws[0].lower()) and ws[0].lower() != "para":
        ws = ws[1:]  # `berbagai program pemerintah`: the head after the quantifier (`para pemain` are people)
    if not ws:
        return False
    w = ws[0].lower().removesuffix("nya")
    if not w.isalpha() or _people_head(w):
        return False
    if w in lexicon().words["step_nouns"] or w in objects.words()["topic_nouns"]:
        return True
    return len(w) > 6 and w.endswith("an") and w.startswith(("pe", "ke"))


def _police_in_name(name: str, need: frozenset[str]) -> bool:
    """`Korps Sukarelawan Akademi Polisi`, `Akademi Polisi`: the common word `polisi` after another
    head names something of the police (a school, a corps), not a force that arrests or shoots."""
    ws = name.lower().replace("-", " ").split()
    hits = [k for k, w in enumerate(ws) if w in need]
    return bool(hits) and all(ws[k] == "polisi" for k in hits) and hits[0] > 0


def _armed(sp: Speaker) -> bool:
    """A military force or armed group named as such (`militer Israel`, `pasukan Rusia`)."""
    words = sp.name.lower().split()
    return bool(words) and words[0] in lexicon().words["military_nouns"]


def _goods(sp: Speaker) -> bool:
    """`puluhan paket sabu`, `ratusan dokumen palsu`, `ribuan botol miras`, `USD 1 juta`: things
    seized, though counted as people are (a measure word or a currency says it is a thing)."""
    goods = lexicon().words["seized_goods"] | lexicon().words["measure_words"]
    ws = sp.name.split()
    if sp.entity is None and ws and ws[0].lower() in lexicon().words["currencies"]:
        return True  # `uang USD 1 juta`, read from `USD 1`: money
    counted = len(ws) > 1 and (_numeral(ws[0]) or ws[0].lower() in goods)
    return sp.entity is None and counted and any(w.lower() in goods for w in ws[1:3])


def _attack_target(sp: Speaker) -> Speaker | None:
    """`sebuah pembangkit listrik milik negara di …` → `pembangkit listrik`: a place or vehicle
    attacked, named by its head words (no article, owner or place after it)."""
    W = lexicon().words
    ws = sp.name.split()
    if ws and ws[0].lower() in ("sebuah", "suatu", "satu", "salah", "seluruh", "beberapa", "sejumlah"):
        ws = ws[1:]
    if not ws or ws[0].lower() not in W["attack_targets"]:
        return None
    cut = next(
        (k for k, w in enumerate(ws) if k and w.lower() in ("milik", "di", "yang", "dan", "pada", "sekitar")), len(ws)
    )
    return Speaker(" ".join(ws[:cut]).rstrip(",."), None, None, None)


ORDINALS = frozenset(("pertama", "kedua", "ketiga", "keempat", "kelima", "keenam"))


def _object_focus(ws: list[Word], t: Trigger) -> bool:
    """A bare verb after a personal pronoun (`kami tangkap`, `saya tahan`): Indonesian's passive
    with the agent before the verb."""
    W = lexicon().words
    first = ws[t.first].low
    if first.startswith(("di", "ter")) or t.first == 0:
        return False
    return ws[t.first - 1].low in W["speaker_pronouns"] or ws[t.first - 1].low in ("ia", "dia", "mereka")


def _offence_word(w: str) -> bool:
    """`pembunuhan`, `pencurian`, `kasus`, `dugaan`: what a role noun is followed by when it
    names the offence rather than the person."""
    w = w.lower()
    return w in ("kasus", "dugaan", "tindak", "perkara") or (w.startswith("pe") and w.endswith("an") and len(w) > 7)


def _opening_phrase(ws: list[str]) -> int:
    """The words of an opening prepositional phrase closed by a demonstrative (`Atas kejadian itu`,
    `Dalam kasus ini`) before a subject, or 0."""
    if len(ws) < 3 or ws[0].lower() not in lexicon().words["opening_prepositions"]:
        return 0
    k = next((k for k, w in enumerate(ws[:5]) if w.lower().strip(",") in DEMONSTRATIVES), None)
    return k + 1 if k is not None and k + 1 < len(ws) else 0


def _time_tail(ws: list[str]) -> int:
    """How many words at the end of ``ws`` are a time phrase (`beberapa waktu lalu`, `pekan lalu`,
    `dua tahun silam`): a unit of time and the word placing it, after an optional count; else 0."""
    P = objects.words()
    if len(ws) < 3 or ws[-1].lower().strip(",.") not in P["time_placings"]:
        return 0
    if ws[-2].lower() not in P["time_units"] or is_cap(ws[-2]):
        return 0
    before = ws[-3].lower()
    counted = _numeral(before) or before in ("beberapa", "sejumlah")
    return 3 if counted and len(ws) > 3 else 2


def _time_head(ws: list[str]) -> int:
    """How many words at the front of ``ws`` are a time phrase (`Mulai tahun depan`, `pekan lalu`):
    `mulai`/`sejak` optionally, then a unit of time and the word placing it; else 0."""
    P = objects.words()
    k = 1 if ws and ws[0].lower() in P["time_openers"] else 0
    if len(ws) < k + 3 or ws[k].lower() not in P["time_units"]:
        return 0
    return k + 2 if ws[k + 1].lower().strip(",") in P["time_placings"] else 0


def _sentence_adverb(w: str) -> bool:
    """`Sebaliknya,`, `Nahas,`, `Tolong,`, `Menariknya`, `Parahnya,`: a word that opens a sentence
    as a comment on it, not its subject — an interjection (`interjections`) or an adjective or
    adverb made a sentence adverb by `-nya` (`menarik` → `Menariknya`, `sebalik` → `Sebaliknya`);
    a noun of people with `-nya` (`Korbannya`, `Pelakunya`) is still someone."""
    low = w.lower().strip(',."“”!')
    if low in lexicon().words["interjections"]:
        return True
    if not low.endswith("nya") or len(low) < 7 or not low.isalpha():
        return False
    stem = low[:-3]
    W = lexicon().words
    if low in W["third_pronouns"] or _group_pronoun(low) or _quantifier(stem):
        return False  # `dirinya`, `keduanya`, `Semuanya`, `Seluruhnya`: someone
    if stem in W["person_nouns"] or stem in W["described_person_heads"] or stem in W["role_nouns"]:
        return False
    adjectival = stem in lexicon().common or stem.startswith("se")  # `menarik`, `parah`; `sebaliknya`, `sepertinya`
    return adjectival or w.endswith(",")


def _quantifier(w: str) -> bool:
    """A number or quantifier before a noun (`tiga`, `para`, `seluruh`, `ratusan`, `12`): not its head."""
    W = lexicon().words
    return w in NUMERALS or w in W["agent_determiners"] or w in W["crowd_counts"] or w.isdigit()


def _past_count(ws: list[str]) -> list[str]:
    """``ws`` from its head on, past the numbers and quantifiers before it (`_quantifier`: `seluruh
    kader PAN` is kader PAN, `Ribuan awak kapal` awak kapal); empty when every word is one. The words
    keep their case."""
    k = 0
    while k < len(ws) and _quantifier(ws[k].lower()):
        k += 1
    return ws[k:]


def thing_named(name: str) -> bool:
    """Does ``name`` name a thing — a paper, a sum of money, a rule, a procedure (parties.json
    `thing_heads`) — by its head, past a count? A name written after the head is the thing's, not a
    party (`pagu anggaran OIKN tahun 2025`, `sejumlah Nota Kesepahaman`, `tes DNA`, `Pasal 27A UU
    ITE`). The party readers read it; detection's veto weighs an act with such a thing where it was
    read as one before (`Parties.weighed`), so the act stands with no recipient. The lexicon's
    `not_party_heads` are read apart: they were never parties, and an act on one still needs someone."""
    ws = [w.lower().strip(",.()\"'“”") for w in name.split()]
    while len(ws) > 1 and (_quantifier(ws[0]) or ws[0].replace(".", "").replace(",", "").isdigit()):
        ws = ws[1:]  # `sejumlah Nota Kesepahaman`, `200 dokumen`
    return bool(ws) and ws[0].split("-")[0] in objects.words()["thing_heads"]  # (`berkas-berkas`)


def _group_pronoun(w: str) -> bool:
    """`mereka`, `keduanya`, `ketiganya`: the group the story's last act was done to."""
    w = w.lower().strip(",")
    return w == "mereka" or (w.startswith("ke") and w.endswith("nya") and w[2:-3] in NUMERALS)


def _group_size(w: str) -> int | None:
    """`keduanya` 2, `ketiganya` 3: how many a counted group pronoun stands for."""
    w = w.lower().strip(",.")
    if not (w.startswith("ke") and w.endswith("nya")):
        return None
    return GROUP_SIZES.get(w[2:-3])


def _numeral(w: str) -> bool:
    """A number, in digits or in words (`86`, `tiga`)."""
    return w.isdigit() or w.lower() in NUMERALS


def _same(a: Speaker | None, b: Speaker | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.name.lower() == b.name.lower()


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
