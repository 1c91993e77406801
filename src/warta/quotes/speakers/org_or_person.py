"""Organisation or person: a phrase naming a body and a person who works there, and which of them speaks."""

from __future__ import annotations

from bisect import bisect_left

from warta.document import Speaker
from warta.entities import gazetteer, patterns
from warta.quotes.attribution import ADVERBS, DAY_OR_MONTH, strip_connectives
from warta.quotes.lexicon import lexicon
from warta.quotes.names import HONORIFICS, NAME_PARTICLES, PAREN, is_country, shortest, until_preposition
from warta.quotes.speakers.phrases import _initials_of
from warta.quotes.speakers.sources import _past_medium
from warta.quotes.speakers.words import (
    _COMMA_GAP,
    _OPEN_PAREN,
    APPOSITION_REACH,
    MAX_MENTION_CHARS,
    MEMBER_HEADS,
    POST_JOINERS,
    ROLE_NAME_GAP,
    UNIT_HEADS,
    _role_key,
)
from warta.quotes.text import is_cap, is_verbish, words


class OrgOrPerson:
    """A phrase naming both a body and a person (`Kepala Humas Ditjen PAS Syarpani`, `Peneliti LIPI`): which
    of them speaks."""

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
