"""The speaker a noun phrase names: function words and titles dropped, the entity it covers or shares a
name with, or the phrase as written."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex as re

from warta.document import Speaker
from warta.entities import patterns
from warta.quotes.anaphora import NOT_PERSON_HEADS, PERSON_HEADS, RELATION_HEADS
from warta.quotes.lexicon import lexicon
from warta.quotes.names import (
    DEGREES,
    HONORIFICS,
    NAME_PARTICLES,
    PAREN,
    name_of,
    shortest,
    skip_lead,
    trim_tail,
    until_preposition,
)
from warta.quotes.speakers.sources import _past_medium, _past_source_noun
from warta.quotes.speakers.words import (
    _DESCRIPTION_TAIL,
    _JOINED,
    _OPEN_PAREN,
    _WEB_ADDRESS,
    BODY_DESCRIPTORS,
    COUNSEL_HEADS,
    DETERMINER_MODIFIERS,
    DETERMINERS,
    NICKNAME_VERBS,
    PLURAL_LEADS,
    SOURCE_NOUN_WORDS,
)
from warta.quotes.text import DEMONSTRATIVES, is_cap


class SpeakerPhrase:
    """The speaker a noun phrase names (:meth:`from_span`) and the description after it."""

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

    def _from_span(self, s: int, e: int) -> Speaker | None:
        """The speaker the phrase at ``s``..``e`` names, its function words dropped: a relative, a
        role's holder, a joint speaker, a counsel, a relative of the one named, a body after its
        descriptor, the person or body the entities layer found, else read off the words."""
        whole = s
        s = self._apposed(s, e)
        relative = self._relative_named(s, e)
        if relative is not None:
            return relative
        i = self._entity_in(s, e)
        if i is None or self.a.entities[i].label != "PER":
            holder = self._holder_named(whole, s, e)
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
            body = self._body_or_holder(i, lead, s, e)
            if body is not None:
                return body
        raw = self.a.norm_text(s, e)
        first = raw.split()[0].lower().strip(".") if raw.split() else ""
        text = self._bare_words(raw)
        if not text:
            return None
        return self._from_words(text, first, i, s, e)

    def _holder_named(self, whole: int, s: int, e: int) -> int | None:
        """The person holding the role the phrase names (`Adnan Abu Hasna, Penasihat Media UNRWA`,
        `Siti Nadia Tarmizi, M.Epid,`, `Sekretaris Corporate PT Pertamina (Persero) Syahrial
        Mucktar`, a role repeated), when the phrase names no person itself."""
        holder = self._role_holder(s, e)
        if holder is None:
            holder = self._named_before_apposition(s)
        if holder is None:
            holder = self._named_after_post(whole, e)
        if holder is None:
            holder = self._role_repeated(s, e)
        return holder

    def _body_or_holder(self, i: int, lead: list[str], s: int, e: int) -> Speaker | None:
        """Organisation ``i`` named by the phrase with no capitalised word after it: the body, or
        the holder of the role a title before it names (`kata Ketua KPU Sulsel`: the chairman;
        `kata Ketua DKPP` with nobody given the role: the body through its chair); None when a
        name follows the body."""
        tail_start = s
        for _ms, me, k in self._near(s, e):
            if k == i and me > s:
                tail_start = max(tail_start, me)
        tail = PAREN.sub("", self.norm[tail_start:e])
        if any(is_cap(w) for w in tail.split()):
            return None
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

    @staticmethod
    def _bare_words(raw: str) -> str:
        """The phrase as written without brackets, a medium or statement noun before its source
        (`akun Instagram @x`) and determiners (`para`, `pihak`, unless only a modifier follows)."""
        text = _OPEN_PAREN.sub("", PAREN.sub("", raw)).strip(" ,.")
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
        return text

    def _from_words(self, text: str, first: str, i: int | None, s: int, e: int) -> Speaker:
        """The speaker read off the bare words of the phrase (``first``: its first word as written,
        a title or not; ``i``: the entity it covers): a short role given to the person named before
        (`ujar Kepala Negara`), a common noun as written (`pejabat Amerika Serikat`, `warga`), a
        name, or the words themselves."""
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
            return self._from_name(ws, text, first, i, s, e)
        if all(w.lower().strip(".") in lex.titles for w in ws):
            j = self._by_role(ws, s)
            if j is not None:
                return self._speaker_for(j, s, e)
        return Speaker(text, None, s, e)

    def _from_name(self, ws: list[str], text: str, first: str, i: int | None, s: int, e: int) -> Speaker:
        """Capitalised words ``ws``: the person or body their name (past titles) is, a role's holder
        when they name only titles or a role in a place (`Kapolri`, `wali kota London`), else the
        name as written (`Capt. Budi Santoso`; a holder after a post's body)."""
        lex = lexicon()
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


def _initials_of(ws: list[str]) -> str:
    """`Jaksa Penuntut Umum` → `JPU`: the capitals opening each word."""
    return "".join(w[0] for w in ws if w[:1].isupper())


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


def _modifier_only(rest: str) -> bool:
    """`pihak terkait`, `pihak berwenang`, `pihak setempat`: what follows the determiner is one
    modifier (data/grammar.json `determiner_modifiers`), no noun of its own, so the determiner
    is the head and stays (`para terdakwa` loses `para`: `terdakwa` is a noun)."""
    ws = rest.split()
    return len(ws) == 1 and ws[0] in DETERMINER_MODIFIERS
