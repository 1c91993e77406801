"""Who said it: the speaker noun phrase mapped to an entity, and pronouns, ``-nya`` clitics and
quotes with no attribution of their own resolved to the person meant.

A named speaker becomes the canonical entity (``Speaker.entity`` points into
``article.entities``) when the entities layer has one covering the phrase or sharing its name;
otherwise the name as written, without titles. An unnamed speaker is the shortest noun phrase
(``warga``, ``pejabat Amerika Serikat``). Pronouns go to the most recent salient speaker or
sentence subject before the quote, across paragraph boundaries.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from warta.document import Article, Entity, Speaker
from warta.entities import gazetteer, patterns
from warta.quotes import ranker
from warta.quotes.anaphora import (
    NOT_PERSON_HEADS,
    PERSON_HEADS,
    RELATION_HEADS,
    anaphoric,
    institution_anaphor,
    matter,
    related,
    relative_of_named,
)
from warta.quotes.attribution import ADVERBS, DAY_OR_MONTH, MEDIUM_PREFIX, NP_STOP, strip_connectives
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.mentions import checked_mentions, nicknames
from warta.quotes.names import (
    DEGREES,
    HONORIFICS,
    INSTITUTION_HEADS,
    NAME_PARTICLES,
    NONSPACE,
    PAREN,
    body_of,
    is_country,
    name_of,
    short_roles,
    shortest,
    skip_lead,
    title_run,
    trim_tail,
    until_preposition,
)
from warta.quotes.text import DEMONSTRATIVES, PREDICATES, Candidate, Layout, Word, indexed, is_cap, is_verbish, words

DETERMINERS = (
    "para",
    "sang",
    "seorang",
    "sejumlah",
    "beberapa",
    "kalangan",
    "pihak",
    "sebagian",
    "setidaknya",
    "salah satu",
    "salah seorang",
    "banyak",
)
SOURCE_NOUNS = (
    "data",
    "penjelasan dalam",
    "penjelasan",
    "keterangan",
    "keterangan resmi",
    "pernyataan",
    "catatan",
    "rilis",
)
SOURCE_NOUN_WORDS = wordset("source_nouns")
SOURCE_NOUN_LINKS = wordset("source_noun_links")
BODY_DESCRIPTORS = wordset("body_descriptors")
PEOPLE_WORDS = wordset("people_words")
FIRST_PERSON = wordset("first_person")
TELLING_CUES = wordset("telling_cues")
WORKS = wordset("works")
_WORK_REACH = 8  # words before a `yang` that may name the work it relates to
NOT_NOMINAL = ADVERBS | NP_STOP | wordset("not_subject_start") | wordset("not_nominal")
DOER = re.compile(r"pe(?:n|m|ng|ny)\w{3,}")  # peN- nouns of the doer (`penyidik`, `pengunjuk`)
COPULAS = frozenset(("merupakan", "adalah", "ialah", "menjadi", "yakni", "yaitu"))
APPOSITION_REACH = 150  # characters from a name to the verb over its description (`X, Kepala …, mengatakan`)
SUBJECT_WINDOW = 1  # paragraphs over which a newer sentence subject overrides the last quoted person
# How far back a pronoun's referent is looked for: far beyond any news story's paragraphs, and a
# bound that keeps a huge input linear.
LOOKBACK_PARAGRAPHS = 60
LOOKBACK_CHARS = 20_000
MAX_MENTION_CHARS = 300  # no entity mention is longer: a lookup by position starts this far back
RANK_PARAGRAPHS = 6  # how far back the ranker looks for candidate referents
RANK_CHARS = 4_000
QUOTED_WINDOW = 4  # paragraphs over which the person last quoted stays the default referent of -nya/ia
LABEL_RANK = {"PER": 0, "ORG": 1, "LOC": 2}
_OPEN_PAREN = re.compile(r"\s*\([^()]*$")
ROLE_TAIL_WORDS = wordset("role_tail_words")
NICKNAME_HONORIFICS = wordset("nickname_honorifics")
_ROMAN = re.compile(r"[IVX]{1,4}")  # `Jilid II`, `Periode III`
# cue lemmas that say the speaker adds to what they said before (`tambahnya`, `imbuhnya`)
ADDING_CUES = frozenset(("tambah", "imbuh", "lanjut", "sambung"))
COUNSEL_HEADS = wordset("counsel_heads")
ONE_PERSON_LEADS = wordset("one_person_leads")
GROUP_NOUNS = wordset("group_nouns")
NOT_GROUP_WORDS = wordset("not_group_words")
GROUP_QUANTIFIERS = wordset("group_quantifiers")
CASE_PARTY_NOUNS = wordset("case_party_nouns")
MEMBER_HEADS = wordset("member_heads")
UNIT_HEADS = wordset("unit_heads")
MEDIUM_QUALIFIERS = wordset("medium_qualifiers")
# punctuation that ends a clause; not the dot of a title before a name (`Prof. Dr. Muhammad Nur`)
_CLAUSE_STOP = re.compile(r'[;:"()]|(?<!\b[A-Z][a-z]{0,3})\.')
# where the phrase after a cue ends: a comma or a stop, or an adjunct (`kata X kepada Y`)
_CLAUSE_END = re.compile(r"[,.;\n]|\s(?:" + "|".join(sorted(NP_STOP)) + r")\b")
# the only words that make a governor: `oleh`, and verbs in me-/di-/be- (see ``_governor``)
_GOVERNING = re.compile(r"(?<!\S)(?:oleh|me[a-z]{3}|di[a-z]{3}|be[a-z]{3})")
# the rest of a description up to a closing demonstrative at the end of its sentence, or before
# the place, time or occasion of the words (`pria yang akrab disapa Bamsoet ini di Jakarta, Jumat`)
_DESCRIPTION_TAIL = re.compile(
    r"""(?:\s+yang\s|\s*,\s|\s+(?=ber[a-z]{3,}\s)|\s+(?=(?:di|asal|kelahiran)\s)|(?=(?:\s+[a-z0-9][\w-]*){1,5}\s+(?:ini|itu)\b))"""
    r"""[^."“”;:!?\n]{0,160}?\s(ini|itu|tersebut)"""
    r"""(?=\s*(?:[.!?]|\(|\[|$|,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|\d)"""
    r"""|,?\s(?:di|saat|ketika|usai|seusai|sesudah|setelah|sebelum|sambil|seraya|sembari|kepada|dalam|pada|melalui)\s))"""
)
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+(\p{Lu}{1,4})\b")  # `berinisial AS`: a person's initials
_AGE = re.compile(r"\s*\(\d{1,3}(?: tahun)?\)")  # an age after a name
_RELATIVE = re.compile(r"\byang\b")  # the word opening a relative clause (`X yang hadir …`)
# verbs that give a nickname (`yang akrab disapa Cak Imin`)
NICKNAME_VERBS = frozenset(("disapa", "dipanggil", "disebut", "sapaan", "panggilan", "julukan", "dijuluki"))
_APPOSITION = re.compile(r"\s*(?:\(\d+\)\s*)?,\s*[a-z][\w\s.-]{0,60}")  # `X (30), anak Y, hadir`
OBLIQUE_PREPOSITIONS = wordset("oblique_prepositions")
DETERMINER_MODIFIERS = wordset("determiner_modifiers")
PLURAL_LEADS = frozenset(("para", "sejumlah", "beberapa"))
# lower-case words that join the parts of one post (`Dubes RI untuk Jepang`, `Dirjen PBB di Jenewa`)
POST_JOINERS = frozenset(("dan", "serta", "di", "untuk", "bidang", "urusan", "pada"))
ROLE_NAME_GAP = 8  # how far a name in apposition may lie from its role phrase (`Nama, Role`)
# adjuncts of scene between a subject's name and its verb (`X dalam kesempatan itu menyampaikan`)
SCENE_STARTS = wordset("adjunct_start") - {"kepada", "kepadanya", "dengan"}
SCENE_WORDS = 7  # how many words such a scene and the verb after it may span
# a share of those asked opening a subject (`81% para pelaku pasar`, `27 persen`): a finding
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|persen\b)")
UNNAMED_REACH = 3  # paragraphs back in which `seorang sumber` may bring in the source `sumber itu` means
_COMMA_GAP = re.compile(r"\s*,\s*")
# one unnamed person brought in (`seorang warga`, `salah seorang pengguna`): the noun after the count
_ONE_LEADS = "|".join(sorted((w.replace(" ", r"\s+") for w in ONE_PERSON_LEADS), key=len, reverse=True))
_ONE_PERSON_PHRASE = re.compile(rf"\b(?i:{_ONE_LEADS})\s+(\p{{Ll}}+)\b")
_SOURCE_LEADS = "seorang|sebuah|salah satu"  # what brings in an unnamed source (`kata seorang sumber`)
_NAMED_AFTER = re.compile(r"(?:\s+\p{Ll}+){0,3}?(?:\s*,\s*|\s+(?:bernama|berinisial|yakni|yaitu)\s+)\p{Lu}")


def _role_key(role: str) -> str:
    """A role compared as the words it has, without brackets (`Badan … (BPBD) Kabupaten X`)."""
    return " ".join(PAREN.sub(" ", role).lower().split())


_BRACKETED = re.compile(r"\s*\((\p{Lu}[^()]{1,60}?)\)?\s*$")  # `mereka (PT Duta Palma)`
_ACRONYM_AFTER = re.compile(r"\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)")  # `Badan Pusat Statistik (BPS)`


@dataclass(slots=True)
class Event:
    pos: int
    speaker: Speaker
    person: bool
    para: int
    quoted: bool = False  # the speaker of a quote (not only the subject of a sentence)
    org_only: bool = False  # an organisation as subject: only `badan … itu` may point to it
    direct: bool = False  # the speaker of a direct quote (words in quotation marks)
    agent: bool = False  # brought in as the agent of a passive (`disampaikan Kepala Dinas X Budi`)

    def may_mean(self, kind: str) -> bool:
        """May a pronoun of ``kind`` (person | org | any) point to this event's speaker?"""
        if kind == "org":
            return not self.person
        return not self.org_only and (self.person or kind == "any")


_UNSET = object()
# compiled once: a module-level ``regex`` call looks its pattern up again each time (~15 us)
_JOINED = re.compile(r"\s(?:dan|serta)\s")
_WEB_ADDRESS = re.compile(r"\w\.[a-z]{2,}$")  # `Tiket.com`
_NEXT_NAME_WORD = re.compile(r" (\p{Lu}\p{Ll}+)\b(?! *[(,]?\s*\d| \p{Lu})")


def _kept(norm: str, key: tuple, owner: object = None) -> dict:
    """The answers kept under ``key`` (and for ``owner``, when given: the answers hold for that very
    object) with the word index of ``norm``, beside :func:`~warta.quotes.attribution.subject_before`'s:
    they hold while the same text is read, so the events layer's Resolver reads what the quotes
    layer's found. A fresh dict when the text is not the one indexed."""
    idx = indexed(norm)
    if idx is None:
        return {}
    got = idx.answers.get(key)
    if got is None or got[0] is not owner:  # type: ignore[index]
        got = idx.answers[key] = (owner, {})
    return got[1]  # type: ignore[index]


class Resolver:
    def __init__(
        self,
        article: Article,
        layout: Layout,
        quoted: list[tuple[int, int]] | None = None,
        reported: list[tuple[int, int]] | None = None,
    ):
        self.quoted = quoted or []
        # the content of indirect quotes: a subject in there is the reporter's words, not the story's
        self.reported = sorted(reported or [])
        self.reported_starts = [q[0] for q in self.reported]
        self.quoted_sorted = sorted(self.quoted)
        self.quoted_starts = [q[0] for q in self.quoted_sorted]
        self.a = article
        self.norm = article.norm
        self._initial_names: frozenset[str] | None = None
        self.layout = layout
        self.mentions: list[tuple[int, int, int]] = checked_mentions(article)
        # sorted starts, so that lookups by position are bisections, not scans of the article
        self.mention_starts = [ms for ms, _me, _i in self.mentions]
        self.same_as = nicknames(article, self.mentions)
        # `A dan B menyatakan …` as one speaker: quotes only (the events layer splits joint parties)
        self.joint_speakers = False
        # `kata Ketua KPU Sulsel` as the chairman, not the commission: quotes only (the events
        # layer codes the act as the body's)
        self.role_holders = False
        self.first_end: dict[int, int] = {}
        for _ms, me, i in self.mentions:
            self.first_end.setdefault(i, me)
        self.by_text: dict[str, int] = {}
        for i, e in sorted(enumerate(article.entities), key=lambda x: LABEL_RANK.get(x[1].label, 3), reverse=True):
            for t in [e.canonical] + [m.text for m in e.mentions]:
                self.by_text[t.lower()] = i
        self.events: list[Event] = []
        self.event_pos: list[int] = []
        self._names: dict[int, str] = {}
        self._others: frozenset[str] | None = None
        self._persons: tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]] | None = None
        # what governs a name at a position does not change while the article is read: the
        # ranker asks again for every pronoun, so the answers are kept
        # (shared with the next Resolver of the same text and sentences: the events layer's)
        sentences = tuple(layout.sentences)
        self._governors: dict[int, str | None] = _kept(self.norm, ("governors", sentences))
        self._obliques: dict[int, bool] = _kept(self.norm, ("obliques", sentences))
        self._subject_events()

    # -- entities -------------------------------------------------------------
    def _speaker_for(self, i: int, s: int | None, e: int | None) -> Speaker:
        i = self.same_as.get(i, i)
        ent = self.a.entities[i]
        name = self._person_name(i) if ent.label == "PER" else body_of(ent.canonical)
        if ent.mentions and all(m.start > 0 and self.norm[m.start - 1] == "@" for m in ent.mentions):
            name = "@" + name  # `akun Twitter @TMCPoldaMetro`: a handle is named as written, sign and all
        return Speaker(name, i, s, e)

    def _person_name(self, i: int) -> str:
        """A person's name without a first word the article names as a place or a body of its
        own (`Jepang Minoru Kihara` after `juru bicara pemerintah Jepang` → `Minoru Kihara`):
        the entities layer ran the role's place into the name."""
        name = self._names.get(i)
        if name is None:
            ws = self.a.entities[i].canonical.split()
            while len(ws) > 1 and ws[-1].lower().strip(",") in DEGREES:
                ws = ws[:-1]  # `Srikurnia Yati MKes`: an academic degree is no part of the name
            if len(ws) >= 3:
                others = self._other_names()
                while len(ws) > 2 and (
                    ws[0].lower() in others
                    or ws[0].lower().strip(".") in ROLE_TAIL_WORDS
                    or is_country(ws[0])
                    or (ws[0].isupper() and ws[0].isalpha() and len(ws[0]) >= 3)  # `PDIP Masinton Pasaribu`
                ):
                    ws = ws[2:] if _ROMAN.fullmatch(ws[1]) and len(ws) > 3 else ws[1:]  # `Jilid I Ruki`
                ws = ws[_lead_before_given(ws) :]
            if len(ws) >= 2 and self._place_tail(i, ws[0]):
                ws = ws[1:]
            if len(ws) == 1:
                ws = self._nickname_honorific(i) + ws
            name = self._names[i] = " ".join(ws)
        return name

    def _place_tail(self, i: int, first: str) -> bool:
        """`Kemenag Bandar Lampung Azhari`: every mention of person ``i`` opens with ``first``, and
        the word written before it joins it into a place name (`Bandar Lampung`): the entities
        layer cut the place in two and ran its tail into the name."""
        ms = self.a.entities[i].mentions
        if not ms or not all(m.text.split()[0] == first for m in ms):
            return False
        for m in ms:
            before = self.norm[max(0, m.start - 30) : m.start].split()
            if before and before[-1][:1].isupper() and gazetteer.place(f"{before[-1]} {first}") is not None:
                return True
        return False

    def _nickname_honorific(self, i: int) -> list[str]:
        """`Gus Ipul`, `Cak Imin`: a one-word name written every time after the same honorific of
        nicknames is named with it (the bare word is never the person's name in the text)."""
        before = {
            tuple(self.norm[max(0, m.start - 8) : m.start].replace("(", " ").split()[-1:])
            for m in self.a.entities[i].mentions
        }
        if len(before) != 1:
            return []
        hon = list(next(iter(before)))
        return hon if hon and hon[0].lower() in NICKNAME_HONORIFICS and hon[0][:1].isupper() else []

    def _other_names(self) -> frozenset[str]:
        """One-word names of the article's places and bodies (lower case), and role words."""
        if self._others is None:
            out = set(lexicon().role_words)
            for ent in self.a.entities:
                if ent.label in ("LOC", "ORG"):
                    for t in [ent.canonical] + [m.text for m in ent.mentions]:
                        if " " not in t.strip():
                            out.add(t.strip().lower())
            self._others = frozenset(out)
        return self._others

    def _initials(self) -> frozenset[str]:
        """Names the article gives as a person's initials (`berinisial AS`): people, though all capitals."""
        if self._initial_names is None:
            self._initial_names = frozenset(m.group(1) for m in _INITIALS.finditer(self.norm))
        return self._initial_names

    def _is_person(self, sp: Speaker) -> bool:
        if sp.entity is not None:
            return self.a.entities[sp.entity].label == "PER"
        name = sp.name
        first = name.split()[0] if name.split() else ""
        if (first.isupper() and len(first) > 1) or first.lower() in INSTITUTION_HEADS:
            return False  # `BPBD DKI Jakarta`, `Dinas Pendidikan …`: a body, even when no entity covers it
        if sp.start is not None and sp.end is not None:
            i = self._entity_in(sp.start, sp.end)
            if i is not None and self.a.entities[i].label == "ORG":
                ent = self.a.entities[i]
                if any(name.lower().startswith(t.lower()) for t in [ent.canonical] + [m.text for m in ent.mentions]):
                    return False  # the name opens with an organisation's: a body, not a person
        if name in self._initials():
            return True  # `warga berinisial AS`, `orang tua siswa, inisial S,`: a person's initials
        if sp.start is not None and self._one_person(sp.start, name):
            return True  # `Menurut salah seorang warga …` then `"…," ujarnya`: that one resident
        return (
            is_cap(name)
            and not name.isupper()
            and not any(w.lower() in lexicon().speaker_nouns for w in name.split()[:1])
        )

    def _one_person(self, s: int, name: str) -> bool:
        """Is the unnamed speaker ``name`` at ``s`` one person: its phrase opens with a word that
        counts one (`seorang`, `salah seorang`), or its head noun was brought in so just before
        (`seorang ibu paruh baya berteriak …` then `kata ibu …`)? Not a body or a crowd."""
        ws = self.norm[s : s + 40].lower().split()[:2]
        if ws and (ws[0] in ONE_PERSON_LEADS or " ".join(ws) in ONE_PERSON_LEADS):
            return True
        head = name.split()[0].lower() if name.split() else ""
        return head.isalpha() and self._brought_in(_ONE_LEADS, head, s)

    def _brought_in(self, leads: str, head: str, pos: int) -> bool:
        """Was ``head`` brought in after one of ``leads`` (`seorang sumber`) in the few
        paragraphs before ``pos``?"""
        para = self._para_of(pos)
        lo = self.layout.paragraphs[max(0, para - UNNAMED_REACH)][0] if para >= 0 else max(0, pos - 600)
        return _intro(leads, head).search(self.norm, lo, pos) is not None

    def _para_of(self, pos: int) -> int:
        i = bisect_right(self.layout.paragraph_starts, pos) - 1
        return i if i >= 0 and pos < self.layout.paragraphs[i][1] else -1

    def _subject_events(self) -> None:
        """PER and ORG mentions that stand as the subject of a clause (followed by a verb or an
        adverb): the people a later `ia` or `-nya` may point to."""
        self._unnamed_subject_events()
        ents = self.a.entities
        if not ents:
            self._subject_events_without_entities()
            return
        # what each mention makes of itself does not depend on the reported speech a resolver
        # skips: the events layer's resolver reads the quotes layer's answers for the same text
        answers = _kept(self.norm, ("subjects", tuple(self.layout.sentences), tuple(self.mentions)), ents)
        for n, (s, e, i) in enumerate(self.mentions):
            if ents[i].label not in ("PER", "ORG"):
                continue
            got = answers.get(n, _UNSET)
            if got is _UNSET:
                got = answers[n] = self._agent_subject(s, e, i)
            if got is False:
                continue
            if got is None:
                if self._in_reported(s):
                    continue  # `Dia mengungkapkan, Kapolsek X tidak berniat …`: X is talked about, not talking
                got = answers.get(-1 - n, _UNSET)
                if got is _UNSET:
                    got = answers[-1 - n] = self._clause_subject(n, s, e, i)
                if got is None:
                    continue
            s, e, i, person, said, agent, org_only = got
            sp = self._speaker_for(i, s, e)
            self._add_event(Event(s, sp, person, self._para_of(s), quoted=said, org_only=org_only, agent=agent))

    def _unnamed_subject_events(self) -> None:
        """`Dalam rapat itu, hadir seorang warga … Ia meminta …`: one unnamed person brought into
        the story's own words (`seorang`, `salah seorang` and a noun of people, no name after
        it), not as the object of a verb, after a preposition or as what someone is, is whom a
        later `ia` may mean."""
        if "eorang" not in self.norm:
            return  # most stories count nobody so (a scan for the word is cheaper than the pattern's)
        nouns = lexicon().speaker_nouns
        for m in _ONE_PERSON_PHRASE.finditer(self.norm):
            s, head = m.start(), m.group(1).lower()
            if head not in nouns or self._in_quoted(s) or self._in_reported(s):
                continue
            if _NAMED_AFTER.match(self.norm, m.end()):
                continue  # `seorang warga bernama Budi`, `seorang warga, Budi,`: the name's own event
            if self.norm[max(0, s - 3) : s].rstrip()[-1:] in (",", "("):
                continue  # `Mioara Mandea, seorang ahli …`: a named person described
            before = words(self.norm, max(self._sentence_start(s), s - 30), s)
            if before and before[-1].low in COPULAS | {"sebagai", "selaku", "bagai", "seperti"}:
                continue  # `Dia adalah seorang dokter`: what someone is
            if self._governor(s) is not None or self._oblique(s):
                continue  # `menangkap seorang pria`, `kepada seorang warga`
            sp = Speaker(head, None, s, m.end())
            self._add_event(Event(s, sp, True, self._para_of(s)))

    def _agent_subject(self, s: int, e: int, i: int) -> tuple | bool | None:
        """A person brought in as the agent of a passive, as a subject event (its fields, see
        :meth:`_subject_events`); False when the mention is no subject; None to read on."""
        ents = self.a.entities
        governor = self._governor(s)
        if governor == "agent" and ents[i].label == "PER" and self._embedded_agent(s):
            return False  # `Budi tak merinci poin yang disampaikan Andi`: Andi is talked about
        if governor == "agent" and ents[i].label == "PER":
            # `Hal itu disampaikan Kepala Dinas X Budi`, `dikonfirmasi oleh …, Kombes Rizki`:
            # a person brought in as the agent of a passive is who a later `Dia` means
            said = self._said_by(s)  # `Hal senada disampaikan anggota Komisi VII Kurtubi`: a speaker
            return (s, e, i, True, said, not said, False)
        if governor == "object":
            return False  # `Prabowo meminta Sugiono mengevaluasi …`: Sugiono is no subject
        if self._oblique(s):
            return False  # `Musk berselisih dengan Trump mengenai …`: Trump is no subject
        return None

    def _clause_subject(self, n: int, s: int, e: int, i: int) -> tuple | None:
        """The mention as the subject of its clause (followed by a verb or an adverb): the
        fields of its event (start, end, entity, person, quoted, agent, org_only), or None."""
        ents = self.a.entities
        age = _AGE.match(self.norm, e)  # `Ujang (52), juga mengeluhkan …`
        after = age.end() if age else e
        nxt = words(self.norm, after, min(len(self.norm), after + 30))
        if not nxt:
            return None
        between = self.norm[after : nxt[0].start]
        if "," in between and ents[i].label == "PER" and self._described_then_verb(after) and self._leads_subject(s):
            # `Widi Hernowo, VP HSSE Mubadala Energi, menyampaikan …`: the name is the subject
            return (s, e, i, True, False, False, False)
        apposed = "," in between and self.norm[max(0, s - 2) : s].strip() == ","
        if any(c in between for c in '.;:"()') or (
            "," in between and not is_verbish(nxt[0].text) and not (apposed and nxt[0].low in ADVERBS)
        ):
            return None
        w = nxt[0]
        if "," in between and n:
            ps, pe, pi = self.mentions[n - 1]
            if pe <= s and ents[pi].label == "PER" and _APPOSITION.fullmatch(self.norm, pe, s):
                s, e, i = ps, pe, pi  # `Camillia, anak Ridwan Kamil, hadir`: the subject is Camillia
        if ents[i].label == "ORG" and is_verbish(w.text) and not w.low.startswith("di"):
            return (s, e, i, False, False, False, True)
        if w.low == "yang" and ents[i].label == "PER" and not between.strip() and self._opens_sentence(s):
            # `Wati yang dikonfirmasi terpisah membantah …`: a name opening its sentence with a
            # relative clause after it is the sentence's subject
            return (s, e, i, True, False, False, False)
        if ents[i].label == "PER" and not between.strip() and self._scene_then_verb(s, after):
            # `Sementara Hariyanto dalam kesempatan itu menyampaikan …`: a scene between the
            # name opening its sentence and its verb; the name is still the subject
            return (s, e, i, True, False, False, False)
        if w.text[:1].isupper() or ents[i].label != "PER" or w.low.startswith("di"):
            return None  # `Rosan disebut …` is not the agent of a statement
        if w.low in COPULAS:
            return None  # `X merupakan …` describes X; it does not make X the one speaking
        verb = next((x for x in nxt if x.low not in ADVERBS), None)
        if verb is not None and verb is not w and verb.low.startswith("di") and is_verbish(verb.text):
            return None  # `Budi juga langsung dipanggil …`: the one acted on, as in `Budi dipanggil`
        if is_verbish(w.text) or w.low in ADVERBS or w.low in PREDICATES or lexicon().cue(w.text):
            return (s, e, i, ents[i].label == "PER", False, False, False)
        return None

    def _scene_then_verb(self, s: int, after: int) -> bool:
        """`Hariyanto dalam kesempatan itu menyampaikan …`, `Budi saat dihubungi menjelaskan …`:
        the name opens its sentence, a scene adjunct (`dalam`, `saat`, `usai` …) follows it, and
        an active verb of the name's own comes after the adjunct's few words, before any stop."""
        ws = words(self.norm, after, min(len(self.norm), after + 80))
        if not ws or ws[0].low not in SCENE_STARTS or not ws[0].text.islower() or not self._opens_sentence(s):
            return False
        for k, w in enumerate(ws[1:SCENE_WORDS], start=1):
            if any(c in self.norm[ws[k - 1].end : w.start] for c in ',.;:"()'):
                return False
            if k >= 2 and w.text.islower() and is_verbish(w.text) and not w.low.startswith(("di", "ter", "ber")):
                return True
        return False

    def _opens_sentence(self, s: int) -> bool:
        """Only connectives stand before ``s`` in its sentence."""
        ss = self._sentence_start(s)
        return strip_connectives(self.norm, ss, s) >= s - 1 or self.norm[ss:s].strip() == ""

    def _governor(self, s: int) -> str | None:
        g = self._governors.get(s, _UNSET)
        if g is _UNSET:
            g = self._governors[s] = self._find_governor(s)
        return g  # type: ignore[return-value]

    def _find_governor(self, s: int) -> str | None:
        """What governs the name at ``s`` in its clause: "object" after an active verb
        (`memeriksa Budi`), "agent" after a passive verb or `oleh` (`disampaikan Budi`), else None.
        Titles and capitalised words of the name's role run are passed over (`meminta Kepala
        Dinas X Budi`); a comma or the start of the sentence ends the look back."""
        lo = max(self._sentence_start(s), s - 80)
        stop = _CLAUSE_STOP.search(self.norm, lo, s)
        while stop is not None:  # only the clause that holds the name
            lo = stop.end()
            stop = _CLAUSE_STOP.search(self.norm, lo, s)
        if not _GOVERNING.search(self.norm, lo, s):
            return None  # no word before the name that could govern it
        ws = words(self.norm, lo, s)
        lex = lexicon()
        for k in range(len(ws) - 1, -1, -1):
            w = ws[k]
            after = self.norm[w.end : ws[k + 1].start if k + 1 < len(ws) else s]
            if "," in after and w.low != "oleh":
                # `oleh Kasubdit …, Kombes Rizki`: the name in apposition is still the agent;
                # not `Selain diperiksa Propam, Budi juga dipanggil …`, where the name has its own predicate
                if not self._passive_before(ws, k) or self._predicate_after(s):
                    return None
                return "agent"
            base = w.low.strip(".")
            if is_cap(w.text) or base in lex.titles or base in lex.role_words or base in NAME_PARTICLES:
                continue
            if w.text.isalpha() and not is_verbish(w.text) and any(x.low in lex.titles for x in ws[max(0, k - 3) : k]):
                continue  # `disampaikan pengamat transportasi Darmaningtyas`: a word of the role
            if base == "oleh" or (base.startswith("di") and (is_verbish(w.text) or lex.cue(w.text))):
                return "agent"
            if is_verbish(w.text) and not base.startswith(("ber", "ter", "se")):
                return "object"
            return None
        return None

    def _predicate_after(self, s: int) -> bool:
        """Is the name starting at ``s`` followed (past its capitalised words) by a verb, an
        adverb or a predicate of its own, with no punctuation between?"""
        for w in words(self.norm, s, min(len(self.norm), s + 80)):
            if is_cap(w.text):
                continue
            gap = self.norm[s : w.start]
            if any(c in gap for c in ',.;:"()'):
                return False
            return w.low in ADVERBS or w.low in PREDICATES or is_verbish(w.text)
        return False

    def _embedded_agent(self, s: int) -> bool:
        """Is the agent at ``s`` that of a passive in a relative clause (`yang disampaikan X`)
        hung on the object of another verb (`Budi tak merinci poin yang disampaikan Andi`)? Then
        the sentence is about its own subject, and a later `-nya` does not mean X."""
        ss = self._sentence_start(s)
        ws = words(self.norm, max(ss, s - 80), s)
        k = next(
            (
                k
                for k in range(len(ws) - 1, -1, -1)
                if ws[k].low == "oleh" or (ws[k].low.startswith("di") and is_verbish(ws[k].text))
            ),
            None,
        )
        if k is None or k == 0 or ws[k - 1].low != "yang":
            return False
        head = words(self.norm, ss, ws[k - 1].start)
        return any(w.text[:1].islower() and is_verbish(w.text) and not w.low.startswith("di") for w in head)

    def _said_by(self, s: int) -> bool:
        """Is the agent at ``s`` brought in by a passive verb of saying (`disampaikan`,
        `diungkapkan`), so that it spoke (`Hal senada disampaikan X. Ia menilai …`: `Ia` is X)?"""
        lo = max(self._sentence_start(s), s - 80)
        lex = lexicon()
        return any(
            w.low.startswith("di") and (c := lex.cue(w.text)) is not None and "passive" in c.uses
            for w in words(self.norm, lo, s)
        )

    def _passive_before(self, ws: list, k: int) -> bool:
        """Do the words up to ``ws[k]`` end in `oleh`/a passive verb and a role run (`dikonfirmasi
        oleh Kasubdit I Dittipidsiber Bareskrim Polri`)? The run may hold plain nouns (`oleh
        salah satu pedagang batik di Pasar Klewer`): only a verb ends it."""
        lex = lexicon()
        for j in range(k, max(-1, k - 10), -1):
            w = ws[j]
            base = w.low.strip(".")
            if j < k and any(c in self.norm[w.end : ws[j + 1].start] for c in ',.;:"()'):
                return False
            if is_cap(w.text) or base in lex.titles or base in lex.role_words or base in NAME_PARTICLES:
                continue
            if base == "oleh" or (base.startswith("di") and (is_verbish(w.text) or lex.cue(w.text) is not None)):
                return True
            if not w.text.isalpha() or is_verbish(w.text) or lex.cue(w.text) is not None:
                return False
        return False

    def _subject_events_without_entities(self) -> None:
        """With no entities layer: capitalised subjects of sentences (`Luhut belum memberikan …`)."""
        from warta.quotes.attribution import subject_before

        for ss, se, _p in self.layout.sentences:
            if self.norm[ss : ss + 1] in '"(' or any(a - 1 <= ss < b for a, b in self.quoted):
                continue  # words inside a quote are not the story's subjects
            ws = words(self.norm, ss, min(se, ss + 200))
            for k, w in enumerate(ws[:14]):
                if k and (is_verbish(w.text) or lexicon().cue(w.text)) and not w.text[:1].isupper():
                    sp = subject_before(self.norm, ss, w.start)
                    if sp is not None and is_cap(self.norm[sp[0] : sp[1]]) and self._namelike(sp):
                        speaker = self.from_span(*sp)
                        if speaker is not None and self._is_person(speaker):
                            self._add_event(Event(sp[0], speaker, True, self._para_of(sp[0])))
                    break

    def _namelike(self, sp: tuple[int, int]) -> bool:
        """A one-word subject at the start of a sentence is capitalised anyway: take it as a
        name only when the article also writes it capitalised inside a sentence."""
        ws = self.norm[sp[0] : sp[1]].split()
        if sum(1 for w in ws if is_cap(w)) > 1:
            return True
        # written in lower case elsewhere: a common word (`Upaya ini …`)
        return re.search(r"\b" + re.escape(ws[0].lower()) + r"\b", self.norm) is None

    def _shorter_name(self, name: str) -> str:
        """`Pekanbaru Agung Nugroho` → `Agung Nugroho` when the article also writes the name
        without its first word (a place or body before a name, with no entities to tell)."""
        ws = name.split()
        while len(ws) >= 3:
            rest = " ".join(ws[1:])
            if re.search(r"(?<!" + re.escape(ws[0]) + r" )\b" + re.escape(ws[1]) + r"\b", self.norm):
                ws = ws[1:]
                continue
            if rest not in self.norm:
                break
            break
        return " ".join(ws)

    def _near(self, s: int, e: int) -> list[tuple[int, int, int]]:
        """The mentions that start before ``e`` and may reach ``s`` (none is longer than
        MAX_MENTION_CHARS), in text order."""
        lo = bisect_left(self.mention_starts, s - MAX_MENTION_CHARS)
        return self.mentions[lo : bisect_left(self.mention_starts, e)]

    def _entity_in(self, s: int, e: int) -> int | None:
        best: tuple[int, int, int] | None = None
        for _ms, me, i in self._near(s, e):
            if me <= s:
                continue
            rank = LABEL_RANK.get(self.a.entities[i].label, 3)
            key = (rank, -me)
            if best is None or key < (best[0], -best[1]):
                best = (rank, me, i)
        return best[2] if best else None

    def _relative_named(self, s: int, e: int) -> Speaker | None:
        """`istrinya`, `sang istri`: a relation noun with ``-nya`` or `sang` means the relative the
        story named before with that noun in apposition (`istri Atim, Sanya,` / `istrinya, Sanya,`),
        whatever the entities layer took the name for."""
        ws = self.norm[s:e].split()
        if len(ws) == 2 and ws[0].lower() == "sang":
            head = ws[1].lower()
        elif len(ws) == 1 and ws[0].lower().endswith("nya"):
            head = ws[0].lower()[:-3]
        else:
            return None
        if head not in RELATION_HEADS:
            return None
        pattern = re.compile(
            rf"\b(?i:{head})(?:nya|\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})?,\s+"
            rf"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}}),"
        )
        found = None
        for m in pattern.finditer(self.norm, max(0, s - LOOKBACK_CHARS), s):
            found = m
        if found is None:
            return None
        name = found.group(1)
        i = self._entity_named(name)
        if i is not None and self.a.entities[i].label == "PER":
            return self._speaker_for(i, s, e)
        return Speaker(name, None, s, e)

    def _entity_named(self, name: str) -> int | None:
        low = name.lower()
        if low in self.by_text:
            return self.by_text[low]
        toks = tuple(low.split())
        if not toks:
            return None
        ends, whole = self._person_index()
        if toks in ends:  # the first person whose name begins or ends with these words
            return ends[toks]
        # `Riset Ali Noer Zaman` holds the person `Ali`: the longest person name inside, not at the start
        for n in range(len(toks) - 1, 0, -1):
            for k in range(1, len(toks) - n + 1):
                i = whole.get(toks[k : k + n])
                if i is not None:
                    return i
        return None

    def _person_index(self) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]]:
        """Person names by their leading and trailing words, and by the whole name (first entity wins)."""
        if self._persons is None:
            ends: dict[tuple[str, ...], int] = {}
            whole: dict[tuple[str, ...], int] = {}
            for i, ent in enumerate(self.a.entities):
                if ent.label != "PER":
                    continue
                cw = tuple(ent.canonical.lower().split())
                whole.setdefault(cw, i)
                for n in range(1, len(cw)):
                    ends.setdefault(cw[:n], i)
                    ends.setdefault(cw[-n:], i)
            self._persons = (ends, whole)
        return self._persons

    # -- noun phrases ----------------------------------------------------------
    def from_span(self, s: int, e: int, said: bool = False) -> Speaker | None:
        """The speaker a noun phrase names: function words left at its front dropped
        (`dimana seorang terdakwa`), a place never the speaker of a phrase led by a common noun.
        ``said``: the phrase is a quote's speaker (not an event's party, which the events layer
        reads): a member of a body or outlets of a place there is no body or place speaking, and a
        unit named before its body speaks, not the body (:meth:`_unit_before`)."""
        s = _past_source_noun(self.norm, skip_lead(self.norm, s, e), e)
        e = trim_tail(self.norm, s, e)
        sp = self._from_span(s, e)
        if sp is None or sp.entity is None:
            return sp
        label = self.a.entities[sp.entity].label
        if label == "LOC":
            ws = self.norm[s:e].split()
            lead = ws[0].lower() if ws else ""
            lex = lexicon()
            common = ws[0][:1].islower() and lead not in lex.titles
            if said and not common:
                common = lead in lex.speaker_nouns  # `Media Inggris menyebut …`: sentence-initial
            if lead[:1] and common and lead not in DETERMINERS and lead not in SOURCE_NOUN_WORDS:
                # `ahli gizi di New York City`; not `pernyataan dari pihak Las Palmas`, the club's statement
                return Speaker(shortest(until_preposition(ws)), None, s, e)
        if label == "ORG" and said:
            member = self._member_of(sp.entity, s, e) or self._unit_before(sp.entity, s, e)
            if member is not None:
                return member
        return sp

    def _member_of(self, i: int, s: int, e: int) -> Speaker | None:
        """`Kepala ekonom PT Bank Central Asia Tbk (BCA) menilai …`, `Peneliti LIPI menilai …`: a
        noun of someone who works for the body (grammar.json `member_heads`) before its name,
        and no name after it, is an unnamed person (or the person last given that whole role),
        not the body, which does not speak through its economist or member as through its chair.
        A person quoted earlier in the same paragraph is whom the phrase describes (`Irma
        mengatakan, … Anggota Komisi IX DPR RI menyinggung …`)."""
        starts = [ms for ms, _me, k in self._near(s, e) if k == i and s < ms]
        if not starts:
            return None
        lead = self.norm[s : min(starts)].split()
        if not lead or not any(w.lower().strip(".,") in MEMBER_HEADS for w in lead):
            return None
        text = _OPEN_PAREN.sub("", PAREN.sub("", self.a.norm_text(s, e))).strip(" ,.")
        j = self._by_full_role(text, s)
        if j is not None:
            return self._speaker_for(j, s, e)
        ev = self._last_quoted_person(s, frozenset())
        if ev is not None and ev.speaker.entity is not None and ev.para == self._para_of(s) >= 0:
            return Speaker(ev.speaker.name, ev.speaker.entity, s, e)
        return Speaker(shortest(until_preposition(text.split())), None, s, e)

    def _from_span(self, s: int, e: int) -> Speaker | None:
        whole = s
        s = self._apposed(s, e)
        relative = self._relative_named(s, e)
        if relative is not None:
            return relative
        i = self._entity_in(s, e)
        if i is None or self.a.entities[i].label != "PER":
            holder = self._role_holder(s, e)
            if holder is None:
                holder = self._named_before_apposition(s)
            if holder is None:
                holder = self._named_after_post(whole, e)
            if holder is None:
                holder = self._role_repeated(s, e)
            if holder is not None:
                return self._speaker_for(holder, s, e)
        lead = self.norm[s:e].split()
        joint = self._joint(s, e) if self.joint_speakers else None
        if joint is not None:
            return joint
        counsel = self._counsel_for(lead, s, i)
        if counsel is not None:
            return Speaker(counsel, None, s, e)
        if len(lead) >= 2 and lead[0].lower() in RELATION_HEADS and is_cap(lead[1]):
            # `Anak Ridwan Kamil`: the child speaks, not the person named
            return Speaker(shortest([lead[0].lower()] + lead[1:]), None, s, e)
        common = lead and lead[0][:1].islower() and lead[0].lower() not in lexicon().titles
        if common and lead[0] in BODY_DESCRIPTORS:
            named = self._body_after_descriptor(lead, s, e)
            if named is not None:
                return named
        if common and "," not in self.norm[s:e] and not self._name_at_end(i, s, e):
            i = None  # `pengemudi Pajero`, `warga Desa X`: the name only qualifies a common noun
        if i is not None and self.a.entities[i].label == "PER":
            glued = self._person_glued_after(i, s, e)
            return glued if glued is not None else self._speaker_for(i, s, e)
        if i is not None and self.a.entities[i].label == "ORG":
            tail_start = s
            for _ms, me, k in self._near(s, e):
                if k == i and me > s:
                    tail_start = max(tail_start, me)
            tail = PAREN.sub("", self.norm[tail_start:e])
            if not any(is_cap(w) for w in tail.split()):
                titled = self.role_holders and lead[0].lower().strip(".") in lexicon().titles and not self._org_at(i, s)
                if not titled:
                    return self._speaker_for(i, s, e)
                # `kata Ketua KPU Sulsel`: the holder of a role in the organisation, not the organisation
                j = self._by_full_role(self.a.norm_text(s, e).strip(" ,."), s)
                if j is not None:
                    return self._speaker_for(j, s, e)
                glued = self._glued_person(i, s, tail_start)
                if glued is not None:
                    return glued
                # `kata Ketua DKPP` with nobody given the role: the body speaks through its chair
                # (annotators accept the body; the events layer codes the act as the body's)
                return self._speaker_for(i, s, e)
        raw = self.a.norm_text(s, e)
        first = raw.split()[0].lower().strip(".") if raw.split() else ""
        text = _OPEN_PAREN.sub("", PAREN.sub("", raw)).strip(" ,.")
        low = text.lower()
        text = _past_medium(text)
        low = text.lower()
        changed = True
        while changed:
            changed = False
            for d in DETERMINERS:
                if low.startswith(d + " ") and not _modifier_only(low[len(d) + 1 :]):
                    text = text[len(d) + 1 :].strip()
                    low = text.lower()
                    changed = True
        if not text:
            return None
        ws = text.split()
        lex = lexicon()
        long = lex.role_short.get(" ".join(text.lower().split())) if len(ws) > 1 else None
        if long is not None and " " not in long:
            j = self._by_role([long], s)  # `ujar Kepala Negara`: the President named before
            if j is not None:
                return self._speaker_for(j, s, e)
        if ws[0][:1].islower() and ws[0].lower() not in lex.titles:
            return Speaker(shortest(ws), None, s, e)  # `pejabat Amerika Serikat`, `warga`
        lead_common = len(ws) > 1 and ws[1][:1].islower() and ws[1].lower() not in NAME_PARTICLES
        if lead_common and first not in lex.titles and ws[0].lower().strip(".") not in lex.titles:
            return Speaker(shortest(ws), None, s, e)  # `Putusan pengadilan banding AS`, `Kantor berita Rusia`
        if any(is_cap(w) for w in ws) and (first in lex.titles or ws[0].lower().strip(".") in lex.titles):
            j = self._by_full_role(text, s)
            if j is not None:  # `Jaksa Agung juga menegaskan …`: the role alone, given to a person earlier
                return self._speaker_for(j, s, e)
        if any(is_cap(w) for w in ws):
            name = name_of(ws, lex.titles, titled=first in lex.titles)
            if name is None:  # only titles: `Kapolri`, `sang menteri`
                j = self._by_role(ws, s)
                if j is not None:
                    return self._speaker_for(j, s, e)
                return Speaker(text, None, s, e)
            j = self._entity_named(name)
            nw = len(name.split())
            honoured = len(ws) > nw and ws[-nw - 1].endswith(".") and ws[-nw - 1].lower().strip(".") in HONORIFICS
            if honoured and (j is None or self.a.entities[j].label != "PER"):
                return Speaker(name, None, s, e)  # `Capt. Budi Santoso`: an honorific goes before a person
            if j is not None and self.a.entities[j].label == "LOC" and name != text:
                k = self._by_role(ws, s)  # `wali kota London`: a role held in a place, not the place
                return self._speaker_for(k, s, e) if k is not None else Speaker(shortest(ws), None, s, e)
            if j is not None:
                return self._speaker_for(j, s, e)
            same = i is not None and self.a.entities[i].canonical.lower() == name.lower()
            if same and (self.a.entities[i].label != "LOC" or name == text):
                return self._speaker_for(i, s, e)
            if i is not None and self.a.entities[i].label == "LOC" and name != text:
                j = self._by_role(ws, s)  # `Kapolres Tasikmalaya Kota`: a role, not the place
                if j is not None:
                    return self._speaker_for(j, s, e)
                after = self._name_after_mention(i, s, e)
                return Speaker(after, None, s, e) if after else Speaker(text, None, s, e)
            if not self.a.entities and (first in lex.titles or ws[0].lower().strip(".") in lex.titles):
                name = self._shorter_name(name)
            holder = self._holder_after_body(name.split())
            return Speaker(holder or name, None, s, e)
        if all(w.lower().strip(".") in lex.titles for w in ws):
            j = self._by_role(ws, s)
            if j is not None:
                return self._speaker_for(j, s, e)
        return Speaker(text, None, s, e)

    def _unit_before(self, i: int, s: int, e: int) -> Speaker | None:
        """`Direktorat Jenderal (Ditjen) Imigrasi Kementerian Imipas`, `pernyataan DPM FISIP Unud`:
        a unit's name (opening with a word of grammar.json `unit_heads` or an acronym) written
        before its body's own name says the unit speaks, not the body: the unit's entity when it
        has one, else the phrase as written down to the body's name. None when a title, a
        descriptor, a medium or a common word comes first (`Ketua DKPP`, `Kelompok ISIS`, `Laman
        Medical News Today`, `data Survei Status Gizi Indonesia (SSGI) Kementerian Kesehatan`)."""
        ms = next((m.start for m in self.a.entities[i].mentions if s < m.start < e), None)
        if ms is None or self.norm[:ms].rstrip().endswith("("):
            return None  # `UNWTO (Organisasi Pariwisata Dunia PBB)`: the body's name spelt out
        body = next(m.text for m in self.a.entities[i].mentions if m.start == ms).split()
        ws = _past_medium(PAREN.sub("", self.norm[s:ms]).strip(" ,") + " " + " ".join(body)).split()[: -len(body)]
        if not ws or len(ws) > 5 or not (ws[0].lower() in UNIT_HEADS or (len(ws[0]) > 1 and ws[0].isupper())):
            return None
        for k_ms, _me, k in self._near(s, ms):
            if k != i and k_ms >= s and self.a.entities[k].label == "ORG":
                return self._speaker_for(k, s, e)
        titles = lexicon().titles
        if any(not is_cap(w) or w[:1].isdigit() or w.lower().strip(".") in titles for w in ws):
            return None
        return Speaker(" ".join(ws + body), None, s, e)

    def _role_holder(self, s: int, e: int) -> int | None:
        """`Adnan Abu Hasna, Penasihat Media UNRWA mengatakan …`, `kata Kalakhar BPBD Boyolali,
        Suratno, …`: a capitalised role phrase set off by a comma from a person's name, given to
        that person as their role by the entities layer, means the person, whatever the role's
        head word (no title list holds every post), not the body named inside the role."""
        text = self.norm[s:e].strip(" ,.")
        if not text or not is_cap(text.split()[0]):
            return None
        want = _role_key(text)
        lo = bisect_left(self.mention_starts, s - MAX_MENTION_CHARS)
        hi = bisect_left(self.mention_starts, e + ROLE_NAME_GAP)
        for ms, me, i in self.mentions[lo:hi]:
            ent = self.a.entities[i]
            if ent.label != "PER" or not ent.role or _role_key(ent.role) != want:
                continue
            if (me <= s and _COMMA_GAP.fullmatch(self.norm[me:s])) or (
                ms >= e and _COMMA_GAP.fullmatch(self.norm[e:ms])
            ):
                return i
        return None

    def _role_repeated(self, s: int, e: int) -> int | None:
        """`pengemudi Pajero` after `AR, pengemudi Pajero, …`, `JPU` after `Jaksa Penuntut Umum (JPU)
        Tegar …`, `Menurut Karo,` after `Karo Monev Stamarena Polri Brigjen Hadi Utomo` (the
        entities layer read `Karo` as the regency): a phrase naming no person that repeats the
        whole role the article gave a person before (two words or more, or an acronym), or a lone
        capitalised word opening that role, is the person last given it — not an unnamed someone,
        a body or a place. One common noun (`warga`, `polisi`) stays unnamed."""
        ws = _OPEN_PAREN.sub("", PAREN.sub("", self.a.norm_text(s, e))).strip(" ,.").split()
        labels = {self.a.entities[i].label for ms, me, i in self._near(s, e) if s <= ms and me <= e}
        if not ws or labels - {"LOC"}:
            return None  # a person or a body named (`KPK`, `Satpol PP`): not someone's role
        whole = " ".join(ws).lower()
        acronym = len(ws) == 1 and ws[0].isupper() and len(ws[0]) >= 2
        if (labels and len(ws) >= 2) or (labels and acronym) or (len(ws) == 1 and not is_cap(ws[0])):
            return None
        best = None
        for _ms, i, ent in self._persons_before(s):
            role = PAREN.sub("", ent.role or "").split()
            if len(ws) >= 2:
                hit = " ".join(role).lower() == whole  # the whole role, not words written before a name
            elif acronym:
                hit = _initials_of(role) == ws[0]  # `JPU` spells `Jaksa Penuntut Umum`, not the body in `… (PU)`
            else:
                hit = len(role) >= 2 and role[0] == ws[0]
            if hit:
                best = i
        return best

    def _named_after_post(self, s: int, e: int) -> int | None:
        """`Menurut Sekretaris Corporate PT Pertamina (Persero) Syahrial Mucktar`, `kata Dirjen PBB
        di Jenewa Michael Moller`, `kata Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul
        Muhari`: a post phrase cut short before the rest of its post, then the person holding it.
        The person named right after, when only the post's own words lie between (capitalised
        words, brackets, commas and the few words that join a post's parts), or None."""
        ws = self.norm[s:e].split()
        if not ws or not is_cap(ws[0]) or ws[0].lower().strip(".") not in lexicon().titles:
            return None
        k = bisect_left(self.mention_starts, e)
        while k < len(self.mentions) and self.mentions[k][0] < e + 80:
            if self.a.entities[self.mentions[k][2]].label == "PER":
                break
            k += 1  # a body named inside the rest of the post (`… Kebencanaan BNPB Abdul Muhari`)
        else:
            return None
        gap = PAREN.sub(" ", self.norm[e : self.mentions[k][0]])
        if any(c in gap for c in '.;:!?"()\n') or len(gap) > 80:
            return None
        words = gap.replace(",", " ").split()
        if len(words) > 8 or not all(is_cap(w) or w in POST_JOINERS for w in words):
            return None
        return self.mentions[k][2]

    def _named_before_apposition(self, s: int) -> int | None:
        """`David Benzaquen, CEO dari Ocean Hugger Foods berujar …`, `Siti Nadia Tarmizi, M.Epid,
        mengatakan …`: a person's name opening the sentence, then its description set off by a
        comma (no verb in it, nothing quoted) up to the verb: the person speaks, not the last
        piece of the description the subject was cut to."""
        if self.norm[max(0, s - 2) : s].strip() != ",":
            return None
        lo = bisect_left(self.mention_starts, s - APPOSITION_REACH)
        hi = bisect_left(self.mention_starts, s)
        people = [(ms, me, i) for ms, me, i in self.mentions[lo:hi] if me <= s and self.a.entities[i].label == "PER"]
        if not people:
            return None
        ms, me, i = max(people, key=lambda x: x[1])
        gap = self.norm[me:s]
        if not gap.startswith(",") or any(c in gap for c in '.;:"()\n'):
            return None
        if any(is_verbish(w.text) and w.text[:1].islower() for w in words(self.norm, me, s)):
            return None
        return i if self._leads_subject(ms) else None

    def _described_then_verb(self, e: int) -> bool:
        """From the end of a name: a comma, a description with no verb, sentence punctuation or
        quote in it, a second comma, then a verb in lower case (after adverbs)."""
        if not self.norm.startswith(",", e):
            return False
        close = self.norm.find(",", e + 1, e + APPOSITION_REACH)
        if close == -1 or any(c in self.norm[e + 1 : close] for c in '.;:"()\n'):
            return False
        desc = words(self.norm, e + 1, close)
        if not desc or any(w.text[:1].islower() and is_verbish(w.text) for w in desc):
            return False
        nxt = words(self.norm, close + 1, min(len(self.norm), close + 40))
        verb = next((w for w in nxt if w.low not in ADVERBS), None)
        return (
            verb is not None
            and verb.text[:1].islower()
            and (is_verbish(verb.text) or lexicon().cue(verb.text) is not None)
        )

    def _leads_subject(self, ms: int) -> bool:
        """Does the name at ``ms`` open its sentence's subject: nothing before it but connectives,
        an adjunct closed by its comma (`Dari sisi industri, X, …`) or its title run (`Direktur …
        Kemenkes RI dr X`)? Not after a preposition (`Selain X, …`, `Menurut X, pemerintah …`)."""
        ss = strip_connectives(self.norm, self._sentence_start(ms), ms)
        pre = self.norm[ss:ms].split()
        if not pre or pre[-1].endswith(","):
            return True
        titles = lexicon().titles
        return pre[0].lower().strip(".") in titles and all(
            is_cap(w) or w.lower().strip(".") in titles or w.lower().strip(".") in HONORIFICS for w in pre
        )

    def _name_after_mention(self, i: int, s: int, e: int) -> str | None:
        """`Atase Hukum KBRI Riyadh Mihibbuddin`: capitalised words after the place's mention that
        end the phrase name the person holding the role there (the entities layer missed them)."""
        end = max((me for ms, me, k in self.mentions if k == i and s <= ms < e), default=None)
        if end is None:
            return None
        tail = self.norm[end:e].split()
        lex = lexicon()
        if not tail or len(tail) > 4 or "," in self.norm[end:e] or "(" in self.norm[end:e]:
            return None
        if not all(is_cap(w) and w.lower() not in lex.titles and w.lower() not in lex.role_words for w in tail):
            return None
        return " ".join(tail)

    def _holder_after_body(self, ws: list[str]) -> str | None:
        """`Pensosbud KBRI Maroko Fauzan Adzim`, `Wolfsburg Olaf Rebbe`: a post's body (its last
        word an acronym, a word that ends bodies' and places' names, or a body or place the
        article names on its own), then two to four capitalised words that are none of these:
        the person holding the post, whom the entities layer did not find."""
        others = self._other_names()
        lex = lexicon()

        def body_word(w: str) -> bool:
            low = w.lower().strip(".,")
            return (
                (w.isupper() and w.isalpha() and len(w) > 1) or low in lex.org_words or low in others or is_country(w)
            )

        b = max((k for k, w in enumerate(ws) if body_word(w)), default=None)
        if b is None:
            return None
        tail = ws[b + 1 :]
        if not 2 <= len(tail) <= 4:
            return None
        common = patterns.lexicon().common
        if any(
            not is_cap(w) or w.lower() in lex.titles or w.lower() in DAY_OR_MONTH or w.lower() in common for w in tail
        ):
            return None  # `Satgas Penanggulangan Aktivitas Ilegal`: ordinary words go on naming the body
        name = " ".join(tail)
        if gazetteer.place(name) is not None or any(gazetteer.place(w) is not None for w in tail):
            return None  # `KBRI Phnom Penh`: the body's place
        if any(
            name.lower() in (t.lower() for t in [x.canonical] + [m.text for m in x.mentions]) for x in self.a.entities
        ):
            return None  # a place or body the article names
        return name

    def _glued_person(self, i: int, s: int, e: int) -> Speaker | None:
        """`Ekonom Bank Permata Josua Pardede`: a title, then what the entities layer read as one
        organisation (four words or more) ending in two words shaped like a person's name and
        like nothing that ends the name of a body or a place: the person is the speaker."""
        ws = self.norm[s:e].split()
        ment = next((me - ms for ms, me, k in self.mentions if k == i and s <= ms < e), None)
        if ment is None or len(ws) < 3:
            return None
        org = self.norm[e - ment : e].split() if self.norm[s:e].endswith(self.norm[e - ment : e]) else []
        if 2 <= len(org) < 4 or (len(org) >= 4 and len(ws) < 5):
            return self._one_name_after_acronym(i, org, s, e)
        if len(org) < 4:
            return None
        lex = lexicon()
        places = {w.lower() for ent in self.a.entities if ent.label == "LOC" for w in ent.canonical.split()}
        name = org[-2:]
        for w in name:
            low = w.lower()
            if not (w[:1].isupper() and w[1:].islower() and w.isalpha()):
                return None
            if low in lex.org_words or low in lex.role_words or low in lex.titles or low in DAY_OR_MONTH:
                return None
            if low in places or low in NAME_PARTICLES:
                return None
        if org[-3].lower() in NAME_PARTICLES | {"dan", "&", "untuk", "of"}:
            return None
        text = " ".join(name)
        j = self._entity_named(text)
        if j is not None and self.a.entities[j].label == "PER":
            return self._speaker_for(j, s, e)
        return Speaker(text, None, s, e)

    def _one_name_after_acronym(self, i: int, org: list[str], s: int, e: int) -> Speaker | None:
        """`Kepala Bagian Humas Ditjen PAS Syarpani`: a title, then a body read as one with the
        one-word name after its acronym (`PAS`), a known body's name or one the article names
        alone (`Partai Gerindra Habiburokhman`): the name is the speaker, unless the whole is a
        known body (`BPJS Ketenagakerjaan`) or the last word is a common word or a `ke-…-an`
        noun that names a field, not a person."""
        if len(org) < 2:
            return None
        acronym = org[-2].isupper() and org[-2].isalpha() and len(org[-2]) >= 2
        body = " ".join(org[:-1])
        if (
            not acronym
            and body not in gazetteer.organisations()  # `Ketua DPP Partai Gerindra Habiburokhman`
            and not any(  # `Ketua Bawaslu Abhan`, `Bawaslu` named alone before
                k != i and self.a.entities[k].label == "ORG" and self.norm[ms:me] in (org[-2], body)
                for ms, me, k in self.mentions
            )
        ):
            return None
        w = org[-1]
        low = w.lower()
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 3):
            return None
        lex = lexicon()
        if low in lex.org_words or low in lex.role_words or low in lex.titles or low in DAY_OR_MONTH:
            return None
        if low in patterns.lexicon().common or (low.startswith(("ke", "pe")) and low.endswith("an")):
            return None
        if " ".join(org) in gazetteer.organisations() or gazetteer.place(w) is not None:
            return None
        j = self._entity_named(w)
        if j is not None and self.a.entities[j].label == "PER":
            return self._speaker_for(j, s, e)
        return Speaker(w, None, s, e)

    def _person_glued_after(self, i: int, s: int, e: int) -> Speaker | None:
        """`Deputi Bidang Protokol, Pers dan Media (PPM) Sekretariat Presiden Bey Machmudin`: a
        field of the role read as a person, and the name at the end swallowed by an organisation
        that closes the phrase: the name at the end is the speaker."""
        per_end = max((me for ms, me, k in self._near(s, e) if k == i and ms >= s), default=None)
        if per_end is None:
            return None
        tail = self.norm[s:e].rstrip(" ,.")
        end = s + len(tail)
        for ms, me, k in self._near(s, e):
            if ms >= per_end and me == end and self.a.entities[k].label == "ORG":
                return self._glued_person(k, s, end)
        return None

    def _body_after_descriptor(self, lead: list[str], s: int, e: int) -> Speaker | None:
        """`perusahaan teknologi informasi SimilarWeb`, `organisasi HAM Amnesty International`: a
        descriptor of a kind of body, lower-case words (or an acronym) after it, then the body's
        own name to the end of the phrase; the name is the speaker. A known place there
        (`perusahaan asal Jepang`) or a person (`kelompok pendukung Budi`) leaves the phrase as it is."""
        end = s + len(self.norm[s:e].rstrip(" ,."))
        for ms, me, k in self._near(s, e):
            if ms > s and me == end and self.a.entities[k].label == "ORG":
                return self._speaker_for(k, s, e)
        n = 1
        while n < len(lead) and lead[n].isalpha() and lead[n].islower():
            n += 1
        name = " ".join(lead[n:]).rstrip(" ,.")
        if n == 1 or not name or not all(is_cap(w) for w in lead[n:]) or gazetteer.place(name) is not None:
            return None
        if any(me > s and self.a.entities[k].label == "PER" for _ms, me, k in self._near(s, e)):
            return None
        return Speaker(name, None, s, e)  # (a name read as a place but unknown as one is the body's)

    def _org_at(self, i: int, s: int) -> bool:
        """A mention of entity ``i`` starts at ``s`` (the title word is part of its name)."""
        return any(ms == s and k == i for ms, _me, k in self._near(s, s + 1))

    def _name_at_end(self, i: int | None, s: int, e: int) -> bool:
        """`petinggi laskar FPI Maman Suryadi`: a role phrase closed by a person's full name (two
        words or more) names that person; `pengemudi Pajero` or `warga Desa X` only qualify a noun."""
        if i is None or self.a.entities[i].label != "PER":
            return False
        end = s + len(self.norm[s:e].rstrip(" ,."))
        for ms, me, k in self._near(s, e):
            if k == i and ms > s and me == end and len(self.norm[ms:me].split()) >= 2:
                return True
        return False

    def described_by_clause(self, span: tuple[int, int]) -> int | None:
        """`…," tambah pemain yang kini memperkuat Persib Bandung itu.`, `terang presenter
        acara X kelahiran Y, 8 Mei 1984 ini.`: a description led by a common noun or a title,
        running to a closing `ini`/`itu`/`tersebut` at the end of the sentence, points back to the
        person quoted before. The end of that description, or None (a person named in it speaks)."""
        s, e = span
        ws = self.norm[s:e].split()
        if not ws or ws[-1].lower() in DEMONSTRATIVES:
            return None
        head = ws[0].lower().strip(".")
        lex = lexicon()
        titled = ws[0][:1].islower() or head in lex.titles or head in lex.role_words or head in PERSON_HEADS
        if not titled and (len(ws) < 2 or self._named_at(s)):
            return None  # a capitalised phrase is a description only when it names nobody
        if head in PLURAL_LEADS or head in NOT_PERSON_HEADS or head in lex.speaker_nouns:
            return None  # `warga yang tinggal di dekat lokasi itu`: a new, unnamed source
        if head in RELATION_HEADS and self._person_after(s + len(ws[0]), e):
            return None  # `anak Nama yang …`: a relative of the person named (not `Putri Indonesia`)
        m = _DESCRIPTION_TAIL.match(self.norm, e)
        if m is None:
            return None
        end = m.end(1)
        i = self._entity_in(s, end)
        if i is not None and self.a.entities[i].label == "PER" and not self._new_nickname(i, s, end):
            return None  # `kata Andi Wijaya yang juga ketua RT itu`: the name speaks
        return end

    def _new_nickname(self, i: int, s: int, e: int) -> bool:
        """`pria yang akrab disapa Cak Imin itu`: a name given as the nickname of the person
        described (first written here, or a short form of a name written before: `pria yang
        akrab disapa Hendra ini`) is that person's other name, not someone new."""
        ms = next((ms for ms, _me, k in self.mentions if k == i and s <= ms < e), None)
        if ms is None:
            return False
        before = self.norm[s:ms].lower().split()
        return any(w in NICKNAME_VERBS for w in before[-3:])

    def _person_after(self, s: int, e: int) -> bool:
        """A person is named between ``s`` and ``e``."""
        k = bisect_left(self.mention_starts, s)
        while k < len(self.mentions) and self.mentions[k][0] < e:
            if self.a.entities[self.mentions[k][2]].label == "PER":
                return True
            k += 1
        return False

    def _named_at(self, s: int) -> bool:
        """A person or a body is named from ``s`` on."""
        k = bisect_left(self.mention_starts, s)
        return (
            k < len(self.mentions) and self.mentions[k][0] == s and self.a.entities[self.mentions[k][2]].label != "LOC"
        )

    def _joint(self, s: int, e: int) -> Speaker | None:
        """`Tim Dokter RSCM dan IDI menyatakan …`, `kelompok HAM dan pakar PBB`: bodies or groups
        joined by `dan` speak together; the phrase as written is the speaker. Not a name with
        `dan` inside (one mention spans it), nor anything holding a person's name (`Wakil Ketua
        DPR dan Ketua Harian Gerindra Sufmi Dasco`: roles of one person)."""
        text = self.norm[s:e]
        m = _JOINED.search(text)
        if m is None:
            return None
        cut = s + m.start()
        inside = [(ms, me, k) for ms, me, k in self._near(s, e) if me > s]
        if not inside or any(ms < cut < me for ms, me, _k in inside):
            return None
        if any(self.a.entities[k].label != "ORG" for _ms, _me, k in inside):
            return None
        if not text[: m.start()].split() or not text[m.end() :].split():
            return None
        if text.count("(") > text.count(")"):
            text = text + ")" if self.norm[e : e + 1] == ")" else _OPEN_PAREN.sub("", text)
        ws = text.split()
        while ws and ws[0].lower() in DETERMINERS:
            ws = ws[1:]
        return Speaker(shortest(ws), None, s, e) if ws else None

    def _counsel_for(self, lead: list[str], s: int, i: int | None) -> str | None:
        """`Pengacara Yingluck mengatakan …` after Yingluck was introduced: Yingluck's counsel
        speaks (the phrase, lower-cased head), unless the article gave that person this role."""
        if i is None or self.a.entities[i].label != "PER" or len(lead) < 2:
            return None
        n = 2 if " ".join(lead[:2]).lower() in COUNSEL_HEADS else 1 if lead[0].lower() in COUNSEL_HEADS else 0
        if not n or len(lead) <= n or not is_cap(lead[n]):
            return None
        head = " ".join(lead[:n]).lower()
        ent = self.a.entities[i]
        if head in (ent.role or "").lower():
            return None  # `Pengacara Hotman Paris`: the person named is the counsel (not `Kuasa Direksi`'s `kuasa`)
        if self.first_end.get(i, s + 1) > s:
            return None  # a name given here for the first time is the counsel's own
        return shortest([head] + lead[n:])

    def _apposed(self, s: int, e: int) -> int:
        """`Pelatih Elektrik, Tien Mei`, `peneliti pada ESOHR, Duaa Dhainy`: a role phrase and a
        name in apposition after its comma; the name is the speaker (start of the name, or ``s``)."""
        k = self.norm.rfind(",", s, e)
        if k < 0 or "(" in self.norm[k:e]:
            return s
        first = self.norm[s:e].split()[0].lower().strip(".") if self.norm[s:e].split() else ""
        if not (self.norm[s : s + 1].islower() or first in lexicon().titles):
            return s
        tail = self.norm[k + 1 : e].split()
        lead = 0
        while lead < len(tail) - 1 and tail[lead].lower().strip(".") in HONORIFICS:
            lead += 1  # `…, dr. Srikurnia Yati`: the honorific goes before the name
        name = tail[lead:]
        while len(name) > 1 and name[-1].lower().strip(",") in DEGREES:
            name = name[:-1]
        if not name or not all(is_cap(w) for w in name) or name[0].lower().strip(".,") in DEGREES:
            return s  # (`Ir. Joko Santoso, M.Si`: a degree after the name, not a name in apposition)
        pos = k + 1 + (len(self.norm[k + 1 : e]) - len(self.norm[k + 1 : e].lstrip()))
        for w in tail[:lead]:
            pos = self.norm.index(w, pos) + len(w)
        return pos + (len(self.norm[pos:e]) - len(self.norm[pos:e].lstrip()))

    def plural_subject(self, pos: int) -> Speaker | None:
        """`Para pakar PBB, pada April lalu, sempat menyerukan … Mereka mengatakan …`: a group
        named as the subject of one of the two sentences before `mereka` (led by `para`,
        `sejumlah`, `beberapa`) is who `mereka` means."""
        k = bisect_right(self.layout.sentence_starts, pos) - 1
        for j in range(k - 1, max(-1, k - 3), -1):
            ss, se, _p = self.layout.sentences[j]
            ss = strip_connectives(self.norm, ss, se)  # `Sebelumnya, sejumlah mantan pemain …`
            ws = words(self.norm, ss, min(se, ss + 300))
            if len(ws) < 3 or ws[0].low not in PLURAL_LEADS:
                continue
            end = self._group_end(ws, 1, stops=False)
            if end < 2:
                return None
            group = [w.text for w in ws[1:end]]
            acr = _ACRONYM_AFTER.match(self.norm, ws[end - 1].end)
            if acr is not None:
                # `mantan pemain Oriental Circus Indonesia (OCI)` → `mantan pemain OCI`, the shortest form
                named = next((k for k in range(len(group)) if all(is_cap(x) for x in group[k:])), None)
                if named is not None and len(group) - named >= 2:
                    group = group[:named] + [acr.group(1)]
            # the group as written, without `para`: `pakar PBB` (not the body its members belong to)
            return Speaker(shortest(group), None, None, None)
        return None

    def group_before(self, pos: int, sentences: int = 3) -> Speaker | None:
        """`mereka` the rules gave one person: the latest group named before it in its own
        sentence or the two before, in this paragraph or the two before — a phrase led by
        `para`/`sejumlah`/`beberapa` (`…, lapor para peneliti di …`), a noun of people, which
        Indonesian leaves unmarked for number (`dikemukakan oleh partai politik karena mereka
        berdalih`; grammar.json `group_nouns`), a reduplicated noun (`dubes
        negara-negara Uni Eropa`). A plural pronoun never means one person. (An organisation is
        not taken: one named in passing, `… di University of Massachusetts Amherst`, would win.)
        ``sentences``: how many sentences to read back, the pronoun's own first."""
        k = bisect_right(self.layout.sentence_starts, pos) - 1
        para = self._para_of(pos)
        for j in range(k, max(-1, k - sentences), -1):
            ss, se, p = self.layout.sentences[j]
            if p >= 0 and para >= 0 and para - p > 2:
                break
            ws = words(self.norm, ss, min(se, pos))
            for n in range(len(ws) - 1, -1, -1):
                w = ws[n]
                if not w.text[:1].islower() or (n and ws[n - 1].low in ONE_PERSON_LEADS) or self._in_quoted(w.start):
                    continue
                if w.low in PLURAL_LEADS:
                    end = self._group_end(ws, n + 1)
                    if end > n + 1:
                        return Speaker(shortest([x.text for x in ws[n + 1 : end]]), None, None, None)
                    continue
                half = w.low.partition("-")
                twin = half[1] and half[0] == half[2] and half[0].isalpha() and self._nominal(half[0])
                # a reduplicated noun of people, or the complement of a noun before it (`dubes
                # negara-negara …`), not a reduplicated adjective (`juga lucu-lucu`)
                twin = twin and (half[0] in GROUP_NOUNS or (n > 0 and self._nominal(ws[n - 1].text)))
                if w.low in GROUP_NOUNS or twin:
                    first = n - 1 if twin and half[0] not in GROUP_NOUNS else n
                    end = self._group_end(ws, n + 1)
                    if self._pointed_back(ws, n):
                        continue  # `pemain berusia 27 tahun itu`: one person pointed back to
                    return Speaker(shortest([x.text for x in ws[first:end]]), None, None, None)
        return None

    def _pointed_back(self, ws: list, n: int) -> bool:
        """`pemain berusia 27 tahun itu`: a noun closed by a demonstrative within five words,
        before any punctuation, describes one person named before, not a group."""
        for m in range(n + 1, min(len(ws), n + 6)):
            if self._punctuated(ws[m - 1], ws[m]):
                return False
            if ws[m].low in DEMONSTRATIVES:
                return True
        return False

    def _punctuated(self, before: Word, after: Word) -> bool:
        """Whether punctuation (`,.;:"(`) stands between two neighbouring words: a noun phrase
        read by group_before does not run across it."""
        return any(ch in self.norm[before.end : after.start] for ch in ',.;:"(')

    @staticmethod
    def _nominal(word: str) -> bool:
        """A lower-case word that may be a noun of a phrase: no verb, cue, adverb, stop word or
        demonstrative (`masing-masing`, `benar-benar` and `pelan-pelan` are not groups)."""
        low = word.lower()
        return (
            word[:1].islower()
            and not is_verbish(word)
            and not lexicon().cue(word)
            and low not in ADVERBS
            and low not in NP_STOP
            and low not in DEMONSTRATIVES
            and low not in NOT_GROUP_WORDS
        )

    def _group_end(self, ws: list, start: int, stops: bool = True) -> int:
        """Where the noun phrase going on at ``ws[start]`` ends (``start`` when it does not go on):
        at punctuation, a verb, a cue or an adverb (and with ``stops`` a preposition or other
        np_stop word), seven words on at most."""
        end = start
        while end < min(len(ws), start + 7):
            w = ws[end]
            if self._punctuated(ws[end - 1], w):
                break
            if w.text[:1].islower() and (
                is_verbish(w.text) or lexicon().cue(w.text) or w.low in ADVERBS or (stops and w.low in NP_STOP)
            ):
                break
            end += 1
        return end

    def unnamed_before(self, span: tuple[int, int]) -> Speaker | None:
        """`sumber itu`, `warga tersebut`, `sang sumber`: a noun of unnamed sources with a
        demonstrative (or after `sang`) points back to the unnamed source that noun brought in
        before (`kata seorang sumber …`, `hadir seorang warga …`, `sumber ET mengakui …`), not to a
        person or body named in between."""
        ws = self.norm[span[0] : span[1]].split()
        if len(ws) != 2:
            return None
        if ws[0].lower() == "sang":
            head = ws[1].lower()
        elif ws[1].lower() in ("itu", "tersebut"):
            head = ws[0].lower()
        else:
            return None
        if head not in lexicon().speaker_nouns:
            return None
        para = self._para_of(span[0])
        for k in range(bisect_left(self.event_pos, span[0]) - 1, -1, -1):
            ev = self.events[k]
            if para >= 0 and ev.para >= 0 and para - ev.para > UNNAMED_REACH:
                break
            if ev.quoted and ev.speaker.entity is None and ev.speaker.name.lower().split()[:1] == [head]:
                # `sumber ET mengakui …` ¶ `Sumber itu …`; `seorang sumber dari rumah produksi` … `sumber itu`
                return Speaker(shortest(until_preposition(ev.speaker.name.split())), None, None, None)
        return Speaker(head, None, None, None) if self._brought_in(_SOURCE_LEADS, head, span[0]) else None

    def by_head(self, span: tuple[int, int]) -> Speaker | None:
        """A description led by a role word (`pelatih asal China ini`, `sang menteri`): the
        latest person before it given that role or title, if any."""
        ws = [w for w in self.norm[span[0] : span[1]].split() if w.lower() != "sang"]
        if not ws:
            return None
        head = ws[0].lower().strip(".")
        lex = lexicon()
        if head not in lex.titles and head not in lex.role_words:
            return None
        j = self._by_role([head], span[0])
        if j is None:
            return None
        # only a person the story has been quoting or following (a role the entities layer
        # gave to a word of a team's name is no referent)
        para = self._para_of(span[0])
        for k in range(bisect_left(self.event_pos, span[0]) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > RANK_PARAGRAPHS:
                break
            if ev.speaker.entity == j:
                return self._speaker_for(j, None, None)
        return None

    def title_speaker(self) -> Speaker | None:
        """The person a headline of the shape `…, Name: words` quotes, when the entities layer
        knows the name as a person: whom a pronoun with nobody before it in the body means."""
        title = self.a.title or ""
        if ":" not in title:
            return None
        head = title.rsplit(":", 1)[0].rsplit(",", 1)[-1].strip()
        ws = head.split()
        if not 1 <= len(ws) <= 4 or not all(is_cap(w) for w in ws):
            return None
        i = self._entity_named(head)
        if i is None or self.a.entities[i].label != "PER":
            return None
        return self._speaker_for(i, None, None)

    def _persons_before(self, pos: int) -> Iterator[tuple[int, int, Entity]]:
        """(start, entity index, entity) of each person mention in the lookback before ``pos``."""
        for ms, _me, i in self.mentions[bisect_left(self.mention_starts, pos - LOOKBACK_CHARS) :]:
            if ms >= pos:
                return
            ent = self.a.entities[i]
            if ent.label == "PER":
                yield ms, i, ent

    def _by_full_role(self, text: str, pos: int) -> int | None:
        """The person last mentioned before ``pos`` whose whole role is ``text`` (`Jaksa Agung`):
        a role written without a name means its holder, not the name-like word inside it."""
        want = " ".join(text.lower().split())
        head, _, rest = want.partition(" ")
        long_ = lexicon().role_short.get(head)
        wants = {want, f"{long_} {rest}".strip()} if long_ else {want}  # `Ketum PSI`: `ketua umum psi`
        best = None
        for ms, i, ent in self._persons_before(pos):
            role = " ".join((ent.role or "").lower().split())
            if role and (role in wants or role.endswith(f"({want})") or wants & short_roles(role)):
                best = i  # also `Menteri Koordinator … (Menko Polhukam)`: the role's short form
            elif " ".join(self.norm[max(0, ms - len(want) - 8) : ms].lower().split()).endswith(want):
                best = i  # `Ketua KPU Sulsel Hasbullah Nur …`: the role written before the name
        return best

    def _by_role(self, ws: list[str], pos: int) -> int | None:
        """An entity whose role or whose title before a mention matches ``Kapolri``/``menteri``."""
        lex = lexicon()
        keys = [w.lower().strip(".") for w in ws if w.lower().strip(".") not in ("sang", "pak", "bu", "ibu", "bapak")]
        if not keys:
            return None
        long_forms = [lex.role_short[k] for k in keys if k in lex.role_short]
        best = None
        for ms, i, ent in self._persons_before(pos):
            if ent.role and any(k in ent.role.lower().split() for k in keys):
                best = i
                continue
            if any(k in title_run(self.norm[max(0, ms - 40) : ms]) for k in keys if k in lex.titles):
                best = i
                continue
            if long_forms and ms >= 0:
                # `kata Menkes` after `Menteri Kesehatan Budi …`: the short title of a role written out
                role = " ".join(((ent.role or "") + " " + self.norm[max(0, ms - 80) : ms]).lower().split())
                if any(f in role for f in long_forms):
                    best = i
        return best

    # -- salience --------------------------------------------------------------
    def salient(
        self,
        pos: int,
        kind: str,
        exclude: frozenset[int] = frozenset(),
        spoken: bool = False,
        bound: frozenset[int] = frozenset(),
    ) -> Speaker | None:
        """The most recent speaker or subject before ``pos`` a pronoun of ``kind`` may mean.
        A speaker quoted in this paragraph or the one before wins over a later sentence subject:
        news stories keep quoting the person they are quoting. Entities in ``exclude`` (named
        inside the quote itself: a speaker does not talk of himself by name) are passed over
        while another fits. ``spoken``: words in quotation marks after `ujarnya` are a person's,
        so the person last quoted wins over an organisation reported in between. Entities in
        ``bound`` (:meth:`bound_in`) are passed over always."""
        if exclude - bound:
            sp = self._salient(pos, kind, spoken, exclude | bound)
            if sp is not None:
                return sp
        return self._salient(pos, kind, spoken, bound)

    def _salient(self, pos: int, kind: str, spoken: bool, exclude: frozenset[int] = frozenset()) -> Speaker | None:
        ev = self._salient_event(pos, kind, exclude)
        if spoken and kind == "any" and isinstance(ev, Event) and not ev.person and not ev.direct:
            person = self._last_quoted_person(pos, exclude)
            if person is not None and self._para_of(pos) - person.para <= QUOTED_WINDOW:
                ev = person
        if isinstance(ev, Event):
            return Speaker(ev.speaker.name, ev.speaker.entity, None, None)
        return ev

    def _last_quoted_person(self, pos: int, exclude: frozenset[int]) -> Event | None:
        """The person quoted last before ``pos``, past people only named since (`Namun belum
        dirincikan Budi …`, an agent): whom `ujarnya` after a body's reported words means."""
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.quoted and ev.may_mean("person") and not (exclude and ev.speaker.entity in exclude):
                return ev
        return None

    def _salient_event(self, pos: int, kind: str, exclude: frozenset[int]) -> Event | Speaker | None:
        para = self._para_of(pos)
        best = None
        best_quoted = None
        # events are kept in position order: walk back from ``pos``; the first fit is the latest
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > LOOKBACK_PARAGRAPHS:
                break
            if not ev.may_mean(kind) or (exclude and ev.speaker.entity in exclude):
                continue
            if best is None:
                best = ev
            if ev.quoted and para - ev.para <= QUOTED_WINDOW and best_quoted is None:
                best_quoted = ev
            if best is not None and (best_quoted is not None or (ev.para >= 0 and para - ev.para > QUOTED_WINDOW)):
                break
        pick = best_quoted or best
        # a subject earlier in this same paragraph, named after the last quoted speaker, is who
        # the paragraph is about (`Luhut sendiri mengaku … Sebab, menurutnya …`); the subject of
        # the sentence that holds the pronoun is not its referent
        if (
            best is not None
            and best_quoted is not None
            and best.pos > best_quoted.pos
            and para - best.para <= SUBJECT_WINDOW
            and best_quoted.para < best.para
            and best.pos < self._sentence_start(pos)
        ):
            pick = best
        if pick is None:
            k = bisect_left(self.mention_starts, pos)
            lo = bisect_left(self.mention_starts, pos - LOOKBACK_CHARS)
            last = None
            for ms, _me, i in reversed(self.mentions[lo:k]):
                if self.a.entities[i].label == "PER" and i not in exclude:
                    if self._governor(ms) != "object":
                        return self._speaker_for(i, None, None)
                    last = last if last is not None else i  # an object only when nobody else is named
            return self._speaker_for(last, None, None) if last is not None else None
        return pick

    # -- ranking -------------------------------------------------------------
    def rank(
        self,
        pos: int,
        kind: str,
        exclude: frozenset[int] = frozenset(),
        spoken: bool = False,
        trace: list | None = None,
        bound: frozenset[int] = frozenset(),
    ) -> Speaker | None:
        """Like :meth:`salient`, but the candidates before ``pos`` are scored by the shipped
        ranking model, the rules' choice being one of its features. ``trace`` (training only)
        receives the candidates and the rules' choice. ``bound``: never candidates."""
        rule = self.salient(pos, kind, exclude, spoken, bound)
        m = ranker.model()
        if m is None and trace is None:
            return rule
        cands = self.candidates(pos, kind, exclude, spoken, rule)
        if bound:
            cands = [c for c in cands if c.entity not in bound]
        if trace is not None:
            trace.append({"pos": pos, "rule": rule, "cands": cands})
        if m is None or not cands:
            return rule
        best = m.best(cands)
        if best is None:
            return rule
        return Speaker(best.name, best.entity, None, None)

    def _key(self, sp: Speaker) -> object:
        return sp.entity if sp.entity is not None else sp.name.lower()

    def candidates(
        self, pos: int, kind: str, exclude: frozenset[int], spoken: bool, rule: Speaker | None
    ) -> list[ranker.Cand]:
        """The people and bodies a pronoun at ``pos`` may point to, most recent first, with the
        features of :data:`ranker.FEATURES`."""
        para = self._para_of(pos)
        sent = self._sentence_start(pos)
        pool: dict[object, ranker.Cand] = {}
        latest: dict[object, int] = {}
        order: list[object] = []

        def cand(key: object, sp: Speaker) -> ranker.Cand:
            c = pool.get(key)
            if c is None:
                c = pool[key] = ranker.Cand(key, sp.name, sp.entity)
                order.append(key)
            return c

        last_quoted = last_direct = None
        rank = 0
        here = self._sentence_index(pos)
        window = []
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > RANK_PARAGRAPHS:
                break
            window.append(ev)
        for ev in window + self._person_beyond(window, pos, rule):
            key = self._key(ev.speaker)
            new = key not in pool
            c = cand(key, Speaker(ev.speaker.name, ev.speaker.entity, None, None))
            if not ev.quoted and not ev.agent and self._sentence_index(ev.pos) == here - 1:
                c.f["prev_subject"] = 1.0
            if new:
                c.f["person"] = float(ev.person)
                c.f["event_rank"] = math.log1p(rank)
                c.f["latest_event"] = float(rank == 0)
                rank += 1
            latest[key] = max(latest.get(key, -1), ev.pos)
            if ev.quoted:
                c.f["quoted"] = 1.0
                if last_quoted is None:
                    last_quoted = key
                if ev.direct and last_direct is None:
                    last_direct = key
            elif ev.agent:
                c.f["agent"] = 1.0
            else:
                c.f["subject"] = 1.0
        ents = self.a.entities
        lo = bisect_left(self.mention_starts, pos - RANK_CHARS)
        hi = bisect_left(self.mention_starts, pos)
        last_mention: dict[object, int] = {}
        counts: dict[object, int] = {}
        _me_of = {ms: me for ms, me, _i in self.mentions[lo:hi]}
        for ms, _me, i in self.mentions[lo:hi]:
            if ents[i].label not in ("PER", "ORG"):
                continue
            mp = self._para_of(ms)
            if mp >= 0 and para - mp > RANK_PARAGRAPHS:
                continue
            counts[i] = counts.get(i, 0) + 1
            last_mention[i] = ms
        for i, ms in last_mention.items():
            c = cand(i, self._speaker_for(i, None, None))
            c.f["person"] = float(ents[i].label == "PER")
            latest[i] = max(latest.get(i, -1), ms)
            gov = self._governor(ms)
            c.f["object"] = float(gov == "object")
            if gov == "agent":
                c.f["agent"] = 1.0
            c.f["oblique"] = float(self._oblique(ms))
            c.f["in_quote"] = float(self._in_quoted(ms))
            c.f["possessor"] = float(self._possessed(ms))
            c.f["apposition"] = float(self._set_off(ms, _me_of.get(ms, ms)))
        first_end = self.layout.paragraphs[0][1] if self.layout.paragraphs else 0
        for key in order:
            c = pool[key]
            i = c.entity
            person = bool(c.f.get("person"))
            if i is not None:
                person = ents[i].label == "PER"
                c.f["person"] = float(person)
                c.f["has_role"] = float(bool(ents[i].role))
                c.f["first_para"] = float(any(m.start < first_end for m in ents[i].mentions))
                c.f["named_inside"] = float(i in exclude)
            c.f["org"] = float(not person)
            c.f["kind_mismatch"] = float((kind == "person" and not person) or (kind == "org" and person))
            c.f["mentions"] = math.log1p(counts.get(i, 0)) if i is not None else 0.0
            lp = self._para_of(latest[key])
            c.f["para_dist"] = math.log1p(max(0, para - lp)) if lp >= 0 and para >= 0 else math.log1p(RANK_PARAGRAPHS)
            c.f["same_para"] = float(lp == para and para >= 0)
            c.f["same_sentence"] = float(latest[key] >= sent)
            c.f["last_quoted"] = float(key == last_quoted)
            c.f["last_direct"] = float(key == last_direct)
            c.f["spoken_person"] = float(spoken and person)
            c.f["sent_dist"] = math.log1p(max(0, here - self._sentence_index(latest[key])))
            c.f["last_quoted_org"] = float(key == last_quoted and not person)
            c.f["direct_last_direct"] = float(spoken and key == last_direct)
            c.f["rule_pick"] = float(rule is not None and self._key(rule) == key)
        by_recency = sorted(order, key=lambda k: -latest[k])
        if any(not pool[k].f["kind_mismatch"] for k in by_recency):
            # certain: `ia` is a person, `badan itu` a body; the others are not candidates
            by_recency = [k for k in by_recency if not pool[k].f["kind_mismatch"]]
        for r, key in enumerate(by_recency):
            pool[key].f["mention_rank"] = math.log1p(r)
        return [pool[k] for k in by_recency]

    def _person_beyond(self, window: list[Event], pos: int, rule: Speaker | None) -> list[Event]:
        """The rules' choice, a person, when it lies beyond the ranker's window and nobody in the
        window is a person (`ia` ten paragraphs after the expert was quoted, with only bodies
        named since): the ranker weighs it rather than give the words to a body it never saw
        compete. Empty otherwise."""
        if rule is None or any(ev.person for ev in window):
            return []
        key = self._key(rule)
        lo = bisect_left(self.mention_starts, pos - RANK_CHARS)
        hi = bisect_left(self.mention_starts, pos)
        para = self._para_of(pos)
        for ms, _me, i in self.mentions[lo:hi]:
            mp = self._para_of(ms)
            if self.a.entities[i].label == "PER" and not (mp >= 0 and para - mp > RANK_PARAGRAPHS):
                return []  # a person named in the window: the ranker has one to weigh
        for k in range(bisect_left(self.event_pos, pos) - len(window) - 1, -1, -1):
            ev = self.events[k]
            if self._key(ev.speaker) == key:
                return [ev] if ev.person else []
        return []

    def _sentence_index(self, pos: int) -> int:
        return bisect_right(self.layout.sentence_starts, pos) - 1

    def _possessed(self, ms: int) -> bool:
        """`Anak Ridwan Kamil`, `istri Budi`: the name follows a relation noun (its owner, not the person)."""
        ws = words(self.norm, max(self._sentence_start(ms), ms - 40), ms)
        return bool(ws) and ws[-1].low in RELATION_HEADS

    def _set_off(self, ms: int, me: int) -> bool:
        """`Kepala Dinas X, Budi, mengatakan`: the name set off by commas after a description."""
        return self.norm[max(0, ms - 2) : ms].strip() == "," and self.norm[me : me + 1] == ","

    def _oblique(self, ms: int) -> bool:
        o = self._obliques.get(ms)
        if o is None:
            o = self._obliques[ms] = self._find_oblique(ms)
        return o

    def _find_oblique(self, ms: int) -> bool:
        """Does a preposition govern the name at ``ms`` (`dengan Trump`, `kepada Kapolri X`)?
        A comma closes a fronted phrase when the name has a predicate of its own (`Berbeda
        dengan Tomy, Arkani justru memilih …`: Arkani is the subject)."""
        lo = max(self._sentence_start(ms), ms - 60)
        ws = words(self.norm, lo, ms)
        for k in range(len(ws) - 1, -1, -1):
            w = ws[k]
            if "," in self.norm[w.end : ws[k + 1].start if k + 1 < len(ws) else ms] and self._own_predicate(ms):
                return False
            base = w.low.strip(".")
            if is_cap(w.text) or base in lexicon().titles or base in lexicon().role_words:
                continue
            return base in OBLIQUE_PREPOSITIONS
        return False

    def _own_predicate(self, ms: int) -> bool:
        """Is the name at ``ms`` (and its age, `Arkani (24)`) followed by a predicate of its own?"""
        k = bisect_left(self.mention_starts, ms)
        if k == len(self.mentions) or self.mentions[k][0] != ms:
            return False
        me = self.mentions[k][1]
        age = _AGE.match(self.norm, me)
        end = age.end() if age else me
        nxt = words(self.norm, end, min(len(self.norm), end + 30))
        if not nxt or any(c in self.norm[end : nxt[0].start] for c in ',.;:"()'):
            return False
        w = nxt[0]
        return w.low in ADVERBS or w.low in PREDICATES or (is_verbish(w.text) and not w.low.startswith("di"))

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


def resolve(article: Article, cands: list[Candidate], layout: Layout, trace: list | None = None) -> None:
    """Fill ``Candidate.resolved`` for every candidate, in text order. ``trace`` (training only)
    receives, for each quote whose speaker the ranker chose, its index and candidates."""
    quoted = [p for c in cands if c.kind == "direct" for p in c.pieces]
    reported = [p for c in cands if c.kind == "indirect" for p in c.pieces]
    r = Resolver(article, layout, quoted, reported)
    r.joint_speakers = True
    r.role_holders = True
    prev: Candidate | None = None
    described: set[int] = set()  # candidates whose speaker is a description (`wanita itu`), not a pronoun
    last_direct: Candidate | None = None
    for k, c in enumerate(cands):
        # (a description runs on after the speaker only where the verb of saying comes first:
        # `X, mengatakan … pekan ini.` is the statement, not a clause describing X)
        before_cue = c.cue_span is not None and c.speaker_span is not None and c.cue_span[0] >= c.speaker_span[1]
        # (nor where the statement follows the speaker: `Menurut pakar, nyamuk … krisis iklim yang
        # menghangatkan negara tersebut.` is the statement after the source, not its description)
        before_text = c.speaker_span is not None and bool(c.pieces) and c.pieces[0][0] >= c.speaker_span[1]
        described_end = (
            r.described_by_clause(c.speaker_span)
            if c.speaker_span and not c.pronoun and not before_cue and not before_text
            else None
        )
        if described_end is not None:
            c.speaker_span = (c.speaker_span[0], described_end)  # type: ignore[index]
        if c.speaker_span is not None and c.pronoun is None:
            _plural_phrase(article.norm, c)
        if c.speaker_span is not None and not c.pronoun:
            if institution_anaphor(article.norm, c.speaker_span):
                c.pronoun = "org"
                described.add(k)
            elif (
                anaphoric(article.norm, c.speaker_span) and not r.names_before_relative(c.speaker_span)
            ) or relative_of_named(article.norm, c.speaker_span):
                c.pronoun = "person"
                described.add(k)
    for k, c in enumerate(cands):
        sp: Speaker | None = None
        if c.kind == "indirect" and c.via is None and _first_person(article.norm, c.speaker_span):
            c.extra["nobody"] = True  # `kami menyampaikan …`, `menurut saya …`: the writer, or words nested in a quote
        elif c.kind == "indirect" and c.via is None and c.speaker_span and matter(article.norm, c.speaker_span):
            c.extra["nobody"] = True  # `kasus ini mengingatkan kita bahwa …`: the writer's, as a finding is
        elif c.kind == "indirect" and c.cue_lemma in TELLING_CUES and c.cue_span and _work_tells(r, c.cue_span[0]):
            c.extra["nobody"] = True  # `Film ini mengisahkan …`: a work's plot, told by the writer
        elif c.inherit and prev is not None:
            sp = prev.resolved  # type: ignore[assignment]
            if c.cue is None:
                c.cue, c.cue_lemma = prev.cue, prev.cue_lemma
            if c.via is None:
                c.via = prev.via
        elif c.continuation:
            intro = r.introduced(c.start, c.para) if c.kind == "direct" else None
            if intro is not None:
                sp = intro
            elif prev is not None and prev.resolved is not None and c.para - _last_para(prev) <= 1:
                sp = prev.resolved  # type: ignore[assignment]
                if c.via is None:
                    c.via = prev.via  # `"…," kata Khan, dilansir Reuters.` ¶ `"…"`: the same interview
            else:
                nxt = next((d for d in cands[k + 1 :] if d.kind == "direct"), None)
                if nxt is not None and nxt.speaker_span and nxt.para - c.para <= 1 and not nxt.continuation:
                    sp = r.from_span(*nxt.speaker_span, said=True)
                if sp is None:
                    sp = _ranked(r, k, trace, c.start, "person")
        elif c.speaker_span is not None and not c.pronoun:
            sp = r.from_span(*c.speaker_span, said=True)
            if sp is not None and sp.entity is None and _fragment(sp.name):
                sp = r.person_in_clause(c) or _source_phrase(article.norm, c.speaker_span) or sp
            if (
                c.kind == "indirect"
                and c.via is None
                and sp is not None
                and sp.entity is None
                and _nobody(sp.name, r, c.speaker_span)
            ):
                c.extra["nobody"] = True  # `Lebih jauh, … menjelaskan`, `Gambaran ini menegaskan`: no source
                sp = None
            elif c.kind == "indirect" and _SHARE.match(article.norm, c.speaker_span[0]):
                c.extra["nobody"] = True  # `18,1% mengaku tidak puas`: a survey's figure, not a source
                sp = None
        elif c.pronoun:
            kind = c.pronoun if c.pronoun in ("person", "org") else "any"
            ref = (
                c.speaker_span[0]
                if c.speaker_span
                else (c.start if c.kind == "direct" else (c.cue_span or (c.start,))[0])
            )
            # who is named inside the quote, or as the possessor in `Anak Ridwan Kamil itu`, is not its speaker
            by_relation = c.speaker_span is not None and related(article.norm, c.speaker_span)
            exclude = r.named_in(c.pieces + ([c.speaker_span] if by_relation else []))  # type: ignore[list-item]
            bound = r.bound_in(c)  # `Ia mengaku … dari Ferry`: not Ferry, whoever else
            if c.kind == "direct":
                bound |= r.spoken_of(c.pieces)  # `"Saksi sempat melarang …," paparnya`: not the witness
            sp = None
            if k in described and kind == "person" and c.speaker_span is not None:
                sp = r.unnamed_before(c.speaker_span)  # `kata seorang sumber` … `lanjut sumber tersebut`
                sp = sp or r.by_head(c.speaker_span)  # `pelatih asal China ini`: the coach named before
                if sp is None and c.kind == "direct":
                    sp = r.introduced(c.start, c.para)  # `Kapten tim, Rizky, juga … "…," kata pemain itu`
                if sp is not None and sp.entity in bound:
                    sp = None  # `pria itu mengatakan Budi …`: not Budi
            plural = c.speaker_span is not None and article.norm_text(*c.speaker_span).lower() == "mereka"
            if plural:
                sp = r.plural_subject(c.speaker_span[0])  # `Para pakar PBB … Mereka mengatakan`
                if sp is None and c.extra.get("quantified"):
                    sp = r.group_before(ref)  # `Kebanyakan mereka`: people counted, so a group of people
            if sp is None and c.kind == "indirect" and k not in described and kind != "org":
                sp = r.sole_before(ref, exclude)  # `…, Ary Santoso. Menurutnya, …`: the one just named
            if sp is None and bound and kind != "org":
                sp = r.counsel_of(bound, ref)  # `kuasa hukum Axel … dia meminta … membebaskan Axel`
            adds_to = _latest_named(prev, last_direct)
            if sp is None and _adds_to(c, adds_to):
                sp = adds_to.resolved  # type: ignore[union-attr]  # `"…," tambahnya`: the last one quoted goes on
            if sp is None:
                sp = _ranked(r, k, trace, min(ref, c.start), kind, exclude, spoken=c.kind == "direct", bound=bound)
            if sp is None and k in described and c.speaker_span is not None:
                sp = r.from_span(*c.speaker_span, said=True)  # nobody to point back to: the description itself
            if sp is None and kind in ("person", "any"):
                sp = r.title_speaker()  # `Ia mengaku …` opening a story headlined `…, Venna: Syok …`
            if plural and sp is not None and sp.entity is not None:
                sp = _plural_group(r, sp, ref) or sp
        if sp is not None:
            sp = _person_named_as_place(article, sp) or sp
            c.resolved = Speaker(sp.name, sp.entity, *(c.speaker_span or (None, None)))
            if not c.extra.get("embedded"):
                r.add(c.speaker_span[0] if c.speaker_span else c.start, sp, direct=c.kind == "direct")
            if c.via is None and sp.name in lexicon().foreign_media:
                c.via = sp.name  # `The Sun melaporkan …`, `…, lapor Reuters.`: a medium's words, taken from it
        if c.via is not None:
            c.via = c.via[skip_lead(c.via, 0, len(c.via)) :]  # `dilaporkan oleh TechCrunch`
            j = r._entity_named(c.via)
            if j is not None:
                c.via = article.entities[j].canonical
        if not c.extra.get("embedded"):
            prev = c  # (a source named in a relative clause is not the one the story follows)
        if c.kind == "direct":
            last_direct = c


def _initials_of(ws: list[str]) -> str:
    """`Jaksa Penuntut Umum` → `JPU`: the capitals opening each word."""
    return "".join(w[0] for w in ws if w[:1].isupper())


def _plural_phrase(norm: str, c: Candidate) -> None:
    """A speaker phrase that is `mereka` with a word around it: counted (`Kebanyakan mereka`,
    `Sebagian dari mereka`; grammar.json `group_quantifiers`) or with an adverb or auxiliary after
    it (`mereka sedang berada … dan menyatakan`) is the pronoun, marked as a group (a quantifier
    also says the group is people); `mereka (PT Duta Palma)` is the body named in brackets."""
    s, e = c.speaker_span  # type: ignore[misc]
    if "ereka" not in norm[s:e]:
        return
    ws = words(norm, s, e)
    k = next((n for n, w in enumerate(ws) if w.low == "mereka"), None)
    if k is None or len(ws) == 1:
        return
    lead = " ".join(w.low for w in ws[:k] if w.low != "dari")
    rest = ws[k + 1 :]
    named = _BRACKETED.match(norm, ws[k].end, e)
    if k == 0 and named is not None:
        c.speaker_span = named.span(1)  # `mereka (PT Duta Palma)`: the body in brackets
        return
    if k and lead not in GROUP_QUANTIFIERS:
        return
    if rest and not all(w.low in ADVERBS or w.low in PREDICATES for w in rest):
        return
    c.speaker_span = (ws[k].start, ws[k].end)
    c.pronoun = "group"
    if k:
        c.extra["quantified"] = True


def _plural_group(r: Resolver, sp: Speaker, ref: int) -> Speaker | None:
    """`mereka` given ``sp``: one person never (the group named last before it, if any); a body
    named outside the pronoun's sentence yields to a group named in it before the pronoun
    (`Mahar politik ini selalu dikemukakan oleh partai politik karena mereka berdalih`)."""
    ent = r.a.entities[sp.entity]  # type: ignore[index]
    if ent.label == "PER":
        return r.group_before(ref)
    if ent.label != "ORG":
        return None
    s = r._sentence_start(ref)
    if any(s <= ms < ref for ms, _me, i in r.mentions if i == sp.entity):
        return None
    return r.group_before(ref, sentences=1)


@lru_cache(maxsize=256)
def _intro(leads: str, head: str) -> re.Pattern:
    """`seorang sumber`, `salah seorang warga`: ``head`` after one of ``leads``, any case."""
    return re.compile(rf"\b(?:{leads})\s+{re.escape(head)}\b", re.I)


def _lead_before_given(ws: list[str]) -> int:
    """`Tiket.com George Hendrata`, `Grand Master Alejandro Ramirez`: a web address or a title
    of two words that the entities layer ran into the front of a person's name, before a given
    name; how many words to drop (0 when the name opens otherwise)."""
    lead = 1 if _WEB_ADDRESS.search(ws[0]) else 2 if " ".join(ws[:2]).lower() in lexicon().titles else 0
    return lead if lead and len(ws) - lead >= 2 and ws[lead] in patterns.lexicon().given else 0


def _fragment(name: str) -> bool:
    """One word that names nobody by itself: a title without its holder (`Menteri`), a degree
    letter (`B` of `Sp. B`), a noun of an adjunct (`usai acara`); not a speaker noun (`warga`)."""
    ws = name.split()
    if len(ws) != 1:
        return False
    low = ws[0].lower()
    lex = lexicon()
    if low in lex.speaker_nouns or low in lex.role_words:
        return False
    return len(low) == 1 or low in lex.titles or ws[0].islower()


def _names_someone(word: str) -> bool:
    """A noun of people or sources (lists, a title, a body's head word, a pronoun) or a peN- doer
    (`penyidik`, `pengunjuk rasa`; not the -an of a process, `penyusunan`)."""
    lex = lexicon()
    low = word.lower().strip(".,")
    for w in (low, low.removesuffix("nya")):
        if w in lex.speaker_nouns or w in lex.role_words or w in lex.titles or w in lex.org_words:
            return True
        if w in lex.pronouns or w in PEOPLE_WORDS or w in SOURCE_NOUN_WORDS or w in SOURCE_NOUNS:
            return True
    return bool(DOER.fullmatch(low)) and not low.endswith("an")


def _first_person(norm: str, span: tuple[int, int] | None) -> bool:
    """Whether a speaker phrase opens with a first-person pronoun (`kami`, `Saya`): reported speech
    of the writer's own narrative, or words nested in someone's quotation, not a source's."""
    ws = norm[span[0] : span[1]].split(maxsplit=1) if span is not None else []
    return bool(ws) and ws[0].lower().strip(",.") in FIRST_PERSON


def _work_tells(r: Resolver, cue: int) -> bool:
    """Whether the subject of a telling cue at ``cue`` is a work (`Film yang disutradarai … ini
    mengisahkan …`, `diangkat dari buku "…", yang mengisahkan …`): the plot is the writer's
    summary of the work, not a statement its maker or anyone made. The work opens the sentence,
    or a `yang` right before the cue relates to it."""
    ws = [w.strip(",.\"“”'‘’").lower() for w in r.norm[r._sentence_start(cue) : cue].split()]
    ws = [w for w in ws if w]
    if not ws:
        return False
    if ws[0] in WORKS:
        return True
    return ws[-1] == "yang" and any(w in WORKS for w in ws[-_WORK_REACH - 1 : -1])


def _nobody(name: str, r: Resolver, span: tuple[int, int]) -> bool:
    """A subject with no entity that names no one (`Lebih jauh`, `desain kebijakan perlu jujur`,
    `Gambaran ini`, `Jadi cukup`, `Mendengar itu`): the clause is the writer's, not reported speech.
    No word of the name or of the subject as written (`Media lokal`) names people or a source, nor
    is it a handle or a demonstrative pointing back (`Perempuan kelahiran …, itu mengatakan`); the
    words after the first are lower case (no name); and a word shows it is no noun phrase of a
    source: an adverb, negation or preposition, or a first word that is an ordinary verb (me-,
    ber-, ter-) or abstract -an noun, with no title before it (`Pak Indah`)."""
    ws = name.split()
    written = r.norm[max(0, span[0] - 1) : span[1]]  # with the `@` of a handle cut off before it
    if any(_names_someone(w) for w in ws + written.split()) or "@" in written or name.lower() in DEMONSTRATIVES:
        return False
    if not all(w.islower() and w.replace("-", "").isalpha() for w in ws[1:]):
        return False
    if any(w.lower() in NOT_NOMINAL for w in ws[1:]):
        return True
    if ws[0].lower() in NOT_NOMINAL and (ws[0].islower() or r._opens_sentence(span[0])):
        return True  # `Jangan membayangkan …`, not the agency `Antara` inside a sentence
    before = r.norm[max(0, span[0] - 30) : span[0]].split()
    if before and before[-1].lower().strip(".") in lexicon().titles:
        return False
    return _verb_or_abstract(ws[0].lower())


def _verb_or_abstract(word: str) -> bool:
    """An ordinary word (not a name) shaped as a verb (`mendengar`, `meningkatnya`, `terdapat`)
    or as an abstract noun in -an (`gambaran`, `pencapaian`, `keputusan`; not -wan, `wartawan`)."""
    base = word.removesuffix("nya")
    if base not in _common_words() and word not in _common_words():
        return False
    if base.startswith(("me", "ber", "ter")):
        return True
    return base.endswith("an") and not base.endswith(("wan", "man"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The entities' ordinary words (tagged O in NERP) that are not given names."""
    lex = patterns.lexicon()
    return frozenset(w for w in lex.common if w.islower()) - frozenset(w.lower() for w in lex.given)


def _person_named_as_place(article: Article, sp: Speaker) -> Speaker | None:
    """`Bima` of `Bimastyaji Surya Ramadan`, `Victoria` of `Victoria Beckham`, `Bima` of `Bima
    Laga`: a one-word place that speaks is a person whose name opens with its word, read as a
    town by the entities layer. The person of the article whose first name it clips (four letters
    or more), else the place's word written somewhere right before a capitalised word that is no
    place, body, day or month (the person as written there)."""
    if sp.entity is None:
        return None
    ent = article.entities[sp.entity]
    name = ent.canonical
    if ent.label != "LOC" or " " in name or len(name) < 4 or sp.name != name:
        return None
    for j, other in enumerate(article.entities):
        first = other.canonical.split()[0]
        if other.label == "PER" and len(first) > len(name) and first.startswith(name):
            return Speaker(other.canonical, j, sp.start, sp.end)
    for m in ent.mentions:
        nxt = _NEXT_NAME_WORD.match(article.norm[m.end : m.end + 40])
        if nxt is not None and not _place_word(nxt.group(1)):
            return Speaker(f"{name} {nxt.group(1)}", None, sp.start, sp.end)
    return None


def _place_word(word: str) -> bool:
    """A word that goes on a place's or body's name (`Selatan`, `Raya`), a known place, a day or
    a month, rather than a person's family name."""
    low = word.lower()
    lex = lexicon()
    return low in lex.org_words or low in DAY_OR_MONTH or gazetteer.place(word) is not None


def _past_source_noun(norm: str, s: int, e: int) -> int:
    """`Menurut laporan The Sun`, `Menurut pengakuan Rob`, `laporan terbaru dari Goldman Sachs`,
    `tulis analisa pasar Phintraco Sekuritas`: the statement, report or account names its source
    right after it (past up to two lower-case words that qualify the noun), and the source is the
    speaker, not the document; past the nouns and links to a capitalised name, else ``s``."""
    ws = list(NONSPACE.finditer(norm[s:e]))
    low = [w.group().lower() for w in ws]
    k = 0
    while k < len(ws) and low[k] in SOURCE_NOUN_WORDS:
        k += 1
    if k == 0:
        return s
    while k < len(ws) and low[k] in SOURCE_NOUN_LINKS:
        k += 1
    q = k
    while q < min(len(ws), k + 2) and _qualifier(ws[q].group()):
        q += 1  # `analisa pasar`, `penjelasan dalam laman`
    while q < len(ws) and low[q] in SOURCE_NOUN_LINKS:
        q += 1
    if q < len(ws) and is_cap(ws[q].group()):
        return s + ws[q].start()
    return s


def _past_medium(text: str) -> str:
    """`akun Instagram @x` → `@x`, `laporan AFP` → `AFP`, `keterangan resmi agen … Chernobyl` →
    `agen … Chernobyl`, `pernyataan dari pihak Las Palmas` → `pihak Las Palmas`: the medium or
    statement noun dropped before its source (with the links after it when a name follows), but
    not before an adjective of outlets (`Media lokal melaporkan …`: the local media, not `lokal`)."""
    for p in MEDIUM_PREFIX + SOURCE_NOUNS:
        if not text.lower().startswith(p + " "):
            continue
        rest = text[len(p) + 1 :].strip().split()
        if rest and rest[0].lower() in MEDIUM_QUALIFIERS:
            return text
        if any(is_cap(w) for w in rest):
            while len(rest) > 1 and rest[0].lower() in SOURCE_NOUN_LINKS:
                rest = rest[1:]
        text = " ".join(rest)
    return text


def _qualifier(word: str) -> bool:
    """A lower-case word that may qualify a statement noun (`pasar`, `keuangan`); never a noun
    of people, whose name after it is theirs (`keterangan istri Atim`: the wife speaks)."""
    if not (word.isalpha() and word.islower()) or word in SOURCE_NOUN_LINKS:
        return False
    lex = lexicon()
    return not (
        word in RELATION_HEADS
        or word in PERSON_HEADS
        or word in lex.speaker_nouns
        or word in lex.role_words
        or word in lex.titles
    )


def _source_phrase(norm: str, span: tuple[int, int]) -> Speaker | None:
    """`Pernyataan tersebut menjelaskan …`: a statement that points back, whose noun was dropped
    as a source word and left a fragment, is named by the phrase as written (no one in its
    clause to give it to)."""
    text = " ".join(norm[span[0] : span[1]].split())
    if not text.lower().startswith(tuple(f"{n} " for n in SOURCE_NOUNS)):
        return None
    return Speaker(text, None, *span)


def _ranked(
    r: Resolver, k: int, trace: list | None, pos: int, kind: str, exclude=frozenset(), spoken=False, bound=frozenset()
):
    """The ranker's choice for candidate ``k``; its candidates go to ``trace`` with ``k``."""
    if trace is None:
        return r.rank(pos, kind, exclude, spoken, bound=bound)
    got: list = []
    sp = r.rank(pos, kind, exclude, spoken, got, bound)
    trace.extend(dict(t, quote=k) for t in got)
    return sp


def _modifier_only(rest: str) -> bool:
    """`pihak terkait`, `pihak berwenang`, `pihak setempat`: what follows the determiner is one
    modifier (data/grammar.json `determiner_modifiers`), no noun of its own, so the determiner
    is the head and stays (`para terdakwa` loses `para`: `terdakwa` is a noun)."""
    ws = rest.split()
    return len(ws) == 1 and ws[0] in DETERMINER_MODIFIERS


def _adds_to(c: Candidate, last: Candidate | None) -> bool:
    """`"…," jelasnya. … "…," tambahnya.`: a direct quote whose verb says the speaker adds to
    what was said (`tambahnya`, `imbuhnya`, `lanjutnya`) with only a -nya for a speaker goes on
    with the last person quoted, within the next paragraphs."""
    if c.kind != "direct" or c.speaker_span is not None or c.cue_lemma not in ADDING_CUES:
        return False
    return not (last is None or last.resolved is None or last.resolved.entity is None or c.para - _last_para(last) > 2)


def _latest_named(prev: Candidate | None, last_direct: Candidate | None) -> Candidate | None:
    """Whom `"…," tambahnya` adds to: the last direct quote's speaker, or a person named as the
    source of an indirect statement after it (`Sementara itu, Dirjen Pajak Bimo menjelaskan …`
    then `"…," imbuhnya`: Bimo goes on, not the one quoted before him)."""
    if (
        prev is not None
        and prev.kind == "indirect"
        and prev.speaker_span is not None
        and not prev.pronoun
        and prev.resolved is not None
        and prev.resolved.entity is not None
    ):
        return prev
    return last_direct


def _last_para(c: Candidate) -> int:
    return c.extra.get("last_para", c.para)
