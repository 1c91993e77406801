"""Is a party someone? The tests that keep a thing, a place, a country or a counted quantity of goods
from standing as an actor or recipient, the owner a thing stands for, and the thing an act was done
to kept for detection's veto to weigh."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warta.document import Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState
from warta.events.parties.words import _numeral, _quantifier
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.speakers import LOOKBACK_CHARS
from warta.quotes.text import is_cap, is_verbish

# derived Indonesian nouns (Sneddon ch. 2): peN-an, per-an, ke-an (with -nya), -isasi, and any -nya form
DERIVED = re.compile(r"^(?:(?:pe|per|ke)[a-z]{3,}an(?:nya)?|[a-z]{3,}isasi|[a-z]{4,}nya)$")


@cache
def _act_nouns() -> frozenset[str]:
    """The one-word nouns that name an act (`serangan`, `penangkapan`): criticism of one is of its
    doer (`mengecam serangan Israel`)."""
    return frozenset(
        p.words[0] for ps in lexicon().by_first.values() for p in ps if len(p.words) == 1 and p.voice == "noun"
    )


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


def _armed(sp: Speaker | None) -> bool:
    """A military force or armed group named as such (`militer Israel`, `pasukan Rusia`, `koalisi pimpinan
    Arab Saudi`, `pemberontak Houthi`)."""
    if sp is None:
        return False
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


class ThingTests(PartyState):
    """Whether a party is someone rather than a thing or a place (see the module)."""

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
        if head in objects.words()["collective_people"]:
            return True  # `masyarakat turun ke jalan`: a public as a party
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
