"""The learned ranker's choice of a pronoun's referent, and the features it reads."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from warta.document import Speaker
from warta.quotes import ranker
from warta.quotes.anaphora import RELATION_HEADS
from warta.quotes.attribution import ADVERBS
from warta.quotes.lexicon import lexicon
from warta.quotes.speakers.subjects import Event
from warta.quotes.speakers.words import _AGE, OBLIQUE_PREPOSITIONS, RANK_CHARS, RANK_PARAGRAPHS
from warta.quotes.text import PREDICATES, is_cap, is_verbish, words


class Ranking:
    """The learned ranker's referent of a pronoun, with the features of each candidate."""

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
        pool: dict[object, ranker.Cand] = {}  # in the order first met
        latest: dict[object, int] = {}
        here = self._sentence_index(pos)
        last_quoted, last_direct = self._event_features(pos, para, here, rule, pool, latest)
        counts = self._mention_features(pos, para, pool, latest)
        ents = self.a.entities
        first_end = self.layout.paragraphs[0][1] if self.layout.paragraphs else 0
        for key, c in pool.items():
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
        return _by_recency(pool, latest)

    def _event_features(
        self,
        pos: int,
        para: int,
        here: int,
        rule: Speaker | None,
        pool: dict[object, ranker.Cand],
        latest: dict[object, int],
    ) -> tuple[object, object]:
        """The speakers and subjects of the events in the ranker's window before ``pos`` (and the
        rules' person beyond it) put in ``pool`` with their features; the keys of the last one
        quoted and the last one quoted directly."""
        last_quoted = last_direct = None
        rank = 0
        window = []
        for k in range(bisect_left(self.event_pos, pos) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > RANK_PARAGRAPHS:
                break
            window.append(ev)
        for ev in window + self._person_beyond(window, pos, rule):
            key = self._key(ev.speaker)
            new = key not in pool
            c = _cand(pool, key, Speaker(ev.speaker.name, ev.speaker.entity, None, None))
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
        return last_quoted, last_direct

    def _mention_features(
        self, pos: int, para: int, pool: dict[object, ranker.Cand], latest: dict[object, int]
    ) -> dict[object, int]:
        """The people and bodies mentioned in the ranker's window before ``pos`` put in ``pool``
        with the features of their last mention (what governs it, a quote or an apposition around
        it); how many times each was mentioned."""
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
            c = _cand(pool, i, self._speaker_for(i, None, None))
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
        return counts

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


def _cand(pool: dict[object, ranker.Cand], key: object, sp: Speaker) -> ranker.Cand:
    """The ranker's candidate under ``key``, made for ``sp`` the first time it is met."""
    c = pool.get(key)
    if c is None:
        c = pool[key] = ranker.Cand(key, sp.name, sp.entity)
    return c


def _by_recency(pool: dict[object, ranker.Cand], latest: dict[object, int]) -> list[ranker.Cand]:
    """The candidates, most recently met first, with their rank by recency as a feature; only
    those of the pronoun's kind when any is (`ia` is a person, `badan itu` a body)."""
    by_recency = sorted(pool, key=lambda k: -latest[k])
    if any(not pool[k].f["kind_mismatch"] for k in by_recency):
        # certain: `ia` is a person, `badan itu` a body; the others are not candidates
        by_recency = [k for k in by_recency if not pool[k].f["kind_mismatch"]]
    for r, key in enumerate(by_recency):
        pool[key].f["mention_rank"] = math.log1p(r)
    return [pool[k] for k in by_recency]
