"""The subjects of the story's sentences as the resolver keeps them (:class:`Event`): who is the subject of
each clause, what governs a name (an active verb's object, a passive's agent), and the answers kept for
the next resolver of the same text."""

from __future__ import annotations

from dataclasses import dataclass

from warta.document import Speaker
from warta.quotes.attribution import ADVERBS, strip_connectives
from warta.quotes.lexicon import lexicon
from warta.quotes.names import NAME_PARTICLES
from warta.quotes.speakers.words import (
    _AGE,
    _APPOSITION,
    _CLAUSE_STOP,
    _GOVERNING,
    _NAMED_AFTER,
    _ONE_PERSON_PHRASE,
    COPULAS,
    SCENE_STARTS,
    SCENE_WORDS,
)
from warta.quotes.text import PREDICATES, indexed, is_cap, is_verbish, words


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


class SubjectTracking:
    """Subject events: the people and bodies the story's clauses are about, as a pronoun's referents."""

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
        if (
            w.low == "yang"
            and ents[i].label == "PER"
            and not between.strip()
            and (self._opens_sentence(s) or self._titled_opening(s))
        ):
            # `Wati yang dikonfirmasi terpisah membantah …`, `Sementara Asisten I Setda Tabanan I
            # Made Agus yang mewakili bupati menyambut baik …`: a name opening its sentence (after
            # its title run) with a relative clause after it is the sentence's subject
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

    def _titled_opening(self, s: int) -> bool:
        """`Sementara Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Tabanan I Made Agus …`: only
        connectives and the name's title run (a capitalised word first, no punctuation, no verb in lower
        case) stand before ``s`` in its sentence, so the name opens the sentence's subject; not a name
        listed after a verb (`Ia mengapresiasi Menko PM, …; serta Menag, Nasaruddin Umar yang …`)."""
        ss = self._sentence_start(s)
        pre = words(self.norm, strip_connectives(self.norm, ss, s), s)
        if not pre or not is_cap(pre[0].text) or any(c in self.norm[pre[0].start : s] for c in ',.;:"()'):
            return False
        return not any(w.text.islower() and is_verbish(w.text) for w in pre)

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
