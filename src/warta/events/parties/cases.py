"""Case steps: who arrests, investigates, sanctions, rules or sentences when the sentence writes no
one — the last enforcer of the chain, the police or prosecution body the story names, the court,
the body a ruling or sanction is by — and an official's act as the act of the body they speak for."""

from __future__ import annotations

import re

from warta.document import Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.events.parties.state import PartyState
from warta.events.parties.words import _ENUMERATOR
from warta.events.triggers import Trigger
from warta.quotes.speakers import LOOKBACK_CHARS
from warta.quotes.text import Word, is_cap, words

_LAW_WORD = re.compile(r"\b(polisi|kepolisian|penyidik|jaksa)\b", re.IGNORECASE)


def _police_in_name(name: str, need: frozenset[str]) -> bool:
    """`Korps Sukarelawan Akademi Polisi`, `Akademi Polisi`: the common word `polisi` after another
    head names something of the police (a school, a corps), not a force that arrests or shoots."""
    ws = name.lower().replace("-", " ").split()
    hits = [k for k, w in enumerate(ws) if w in need]
    return bool(hits) and all(ws[k] == "polisi" for k in hits) and hits[0] > 0


class CaseSteps(PartyState):
    """Who does a police, prosecution or court step (see the module)."""

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
