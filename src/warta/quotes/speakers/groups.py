"""`mereka` and groups: a plural pronoun read as a group named before it, never one person."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from warta.document import Speaker
from warta.quotes.attribution import ADVERBS, NP_STOP, strip_connectives
from warta.quotes.lexicon import lexicon
from warta.quotes.names import shortest
from warta.quotes.speakers.words import (
    _ACRONYM_AFTER,
    _BRACKETED,
    GROUP_NOUNS,
    GROUP_QUANTIFIERS,
    NOT_GROUP_WORDS,
    ONE_PERSON_LEADS,
    PLURAL_LEADS,
)
from warta.quotes.text import DEMONSTRATIVES, PREDICATES, Candidate, Word, is_cap, is_verbish, words

if TYPE_CHECKING:
    from warta.quotes.speakers.resolver import Resolver


class Groups:
    """A group named before a plural pronoun (`Para pakar PBB … Mereka mengatakan`)."""

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
