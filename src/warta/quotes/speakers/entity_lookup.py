"""Which entity a name, a position or a span of the article is."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex as re

from warta.document import Speaker
from warta.entities import gazetteer
from warta.quotes.anaphora import RELATION_HEADS
from warta.quotes.lexicon import lexicon
from warta.quotes.names import DEGREES, INSTITUTION_HEADS, body_of, is_country
from warta.quotes.speakers.phrases import _intro, _lead_before_given
from warta.quotes.speakers.words import (
    _INITIALS,
    _ONE_LEADS,
    _ROMAN,
    LABEL_RANK,
    LOOKBACK_CHARS,
    MAX_MENTION_CHARS,
    NICKNAME_HONORIFICS,
    ONE_PERSON_LEADS,
    ROLE_TAIL_WORDS,
    UNNAMED_REACH,
)
from warta.quotes.text import is_cap


class EntityLookup:
    """Which entity a name, a position or a span is; person names as the story writes them."""

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
