"""Parties read off the entity layer and the words around a verb where the voice readers of
``parties/`` find none: the name written right before a passive verb, the one a case is about
(`mendalami kasus … yang melibatkan PT X`), the body named inside a `terhadap`/`kepada` phrase
or in the object of a stance (`mendukung sikap Menpora X`), the owner of goods (`milik X`), the
ones a main clause says died (`tewas setelah …`), a name the entity layer missed after a title.
Plain functions over the article, its words and its entity mentions; the word lists are
``data/parties.json``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

from warta.document import Article
from warta.events.lexicon import lexicon
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.quotes.text import Word, is_verbish

Mention = tuple[int, int, int]  # start, end, entity index
Within = Callable[[int, int], Sequence[Mention]]


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/parties.json``."""
    raw = json.loads((resources.files("warta.events") / "data" / "parties.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@cache
def titles() -> frozenset[str]:
    """The words of titles (`Menteri`, `Kapolres`, `Plt`): the quotes layer's and the events layer's."""
    return frozenset(quote_lexicon().titles | lexicon().words["title_words"])


def is_party(a: Article, i: int) -> bool:
    """A person, a body, or a country (`Israel` is acted on as a state, not as a place)."""
    ent = a.entities[i]
    return ent.label in ("PER", "ORG") or (ent.geo or {}).get("feature") == "country"


def placed_state(a: Article, i: int | None, start: int | None, origin: bool = True) -> bool:
    """Is entity ``i``, named at ``start``, a country written as where something is (`dijual di
    Indonesia`, `dibawa … dari Indonesia`, `di sebagian kecil wilayah Irak dan Suriah`)? A place
    preposition or a place noun right before the name makes it the place of the act, not a party.
    With ``origin`` False `dari` does not count: the two sides of a joint act are often told by
    where they come from (`Delegasi dari Indonesia dan Malaysia bertemu`), and then are those states."""
    if i is None or start is None or a.entities[i].label != "LOC":
        return False
    before = a.norm[max(0, start - 40) : start]
    m = re.search(r"(\w+)\s+$", before)
    W = words()
    word = m.group(1).lower() if m is not None else ""
    return (word in W["place_prepositions"] or word in W["place_nouns"]) and (origin or word != "dari")


def _word_before(norm: str, ws: Sequence[Word], pos: int) -> str:
    """The lower-cased word that ends right before ``pos`` (or "")."""
    prev = [w for w in ws if w.end <= pos]
    return prev[-1].low if prev and not norm[prev[-1].end : pos].strip() else ""


def passive_subject(a: Article, within: Within, ws: Sequence[Word], first: int, cs: int) -> Mention | None:
    """`berujung Khariq Anhar ditetapkan sebagai tersangka`, `bos PT Sritex, Iwan Lukminto
    bersaudara ditetapkan`: the named party that ends right before a passive verb (past adverbs
    and hedges) is the one acted on, whatever the subject reader made of the words before it."""
    W = lexicon().words
    skips = W["trailing_adverbs"] | W["hedges"] | words()["passive_skips"]
    k = first - 1
    while k >= 0 and ws[k].low in skips:
        k -= 1
    if k < 0 or ws[k].start < cs:
        return None
    if any(c in a.norm[ws[k].end : ws[first].start] for c in ',.;:"“”()'):
        return None  # `…, kata X, ditahan`: not the phrase the verb hangs on
    ends = [m for m in within(ws[k].start, ws[k].end) if ws[k].start < m[1] <= ws[k].end and m[0] >= cs]
    ends = [m for m in ends if is_party(a, m[2])]
    if not ends:
        return None
    ms, me, i = max(ends, key=lambda m: m[1] - m[0])
    if me != ws[k].end:
        return None
    if _word_before(a.norm, ws, ms) in words()["prepositions"]:
        return None  # `diperiksa di Polda Metro Jaya ditetapkan …`: a place or an agent, not the subject
    return ms, me, i


def case_party(
    a: Article, within: Within, ws: Sequence[Word], after: int, skip: int | None, allege: bool = False
) -> Mention | None:
    """`mendalami kasus dugaan korupsi …, yang melibatkan PT Sritex`, `penyidikan terkait kasus PT
    Sritex`: an investigation or a seizure with no one named after its verb is on the party the
    case is about, the first named after `kasus` (not the body handling it, `ditangani KPK`)."""
    P = words()
    nouns = P["case_nouns"] | P["allege_nouns"] if allege else P["case_nouns"]  # a report `dugaan korupsi di X`
    c = next((k for k in range(after, len(ws)) if ws[k].low in nouns), None)
    if c is None or c - after > 8:
        return None
    hi = ws[min(len(ws) - 1, c + 14)].end
    for ms, me, i in within(ws[c].end, hi):
        if ms < ws[c].end or me > hi or not is_party(a, i) or i == skip:
            continue
        if _word_before(a.norm, ws, ms) in P["not_accused_before"]:
            continue
        if any(c2 in a.norm[ws[c].end : ms] for c2 in ".;:"):
            return None
        return ms, me, i
    return None


def marked_party(a: Article, within: Within, ws: Sequence[Word], after: int, skip: int | None) -> Mention | None:
    """`protes terhadap kebijakan tunjangan anggota DPR`, `pemberian fee kepada KSO BRN`: the
    party named inside the `terhadap`/`kepada` phrase after a protest or an offence."""
    P = words()
    stop = lexicon().words["np_stop"]
    m = next((k for k in range(after, min(len(ws), after + 6)) if ws[k].low in P["party_markers"]), None)
    if m is None or m + 1 >= len(ws) or any(c in a.norm[ws[after - 1].end : ws[m].start] for c in ".;:,"):
        return None
    e = m + 1
    while (
        e + 1 < len(ws) and e - m < 8 and ws[e + 1].low not in stop and not a.norm[ws[e].end : ws[e + 1].start].strip()
    ):
        e += 1
    lo, hi = ws[m + 1].start, ws[e].end
    for ms, me, i in within(lo, hi):
        if lo <= ms and me <= hi and is_party(a, i) and i != skip:
            return ms, me, i
    return None


def owner_after(a: Article, ws: Sequence[Word], after: int) -> tuple[int, int] | None:
    """`turut disita satu unit sepeda motor warna merah milik pelaku`: the words after `milik`
    in the clause of a seizure or an offence, the one the goods were taken from (a span)."""
    P = words()
    stop = lexicon().words["np_stop"]
    k = next((k for k in range(after, min(len(ws), after + 10)) if ws[k].low in P["owner_words"]), None)
    if k is None or k + 1 >= len(ws) or any(c in a.norm[ws[after].start : ws[k].start] for c in ".;:"):
        return None
    e = k + 1
    while (
        e + 1 < len(ws) and e - k < 5 and ws[e + 1].low not in stop and not a.norm[ws[e].end : ws[e + 1].start].strip()
    ):
        e += 1
    return ws[k + 1].start, ws[e].end


def died_before(ws: Sequence[Word], first: int) -> int | None:
    """`Para kadet tewas setelah salah seorang teroris meledakkan rompinya`: the word `tewas` of
    a main clause an attack is the cause of (its subject is who was attacked), or None."""
    P = words()
    for k in range(first - 1, 0, -1):
        if ws[k].low in P["died_words"]:
            between = [w.low for w in ws[k + 1 : first]]
            return k if any(w in P["died_after"] for w in between) and len(between) <= 12 else None
    return None


def object_party(a: Article, within: Within, ws: Sequence[Word], after: int, skip: int | None) -> Mention | None:
    """`mendukung sikap dan langkah Menpora Erick Thohir`, `mengkritik keputusan rapat pimpinan
    DPR`: support or criticism of a thing is of the party named in the object phrase (up to a
    preposition, a clause word or a stop, so not `… di depan Presiden`)."""
    stops = words()["object_stops"]
    e = after
    while e < len(ws) and e - after < 12 and ws[e].low not in stops:
        if e > after and any(c in a.norm[ws[e - 1].end : ws[e].start] for c in ',.;:"“”'):
            break
        if e > after and is_verbish(ws[e].text):
            break  # `mengutuk serangan itu dan mengatakan Amerika …`: another clause
        e += 1
    if e == after:
        return None
    lo, hi = ws[after].start, ws[e - 1].end
    found = [(ms, me, i) for ms, me, i in within(lo, hi) if lo <= ms and me <= hi and is_party(a, i) and i != skip]
    rank = {"PER": 0, "ORG": 1}  # `Menteri … RI (Menpora) Erick Thohir`: the person, not the country in the title
    return min(found, key=lambda m: (rank.get(a.entities[m[2]].label, 2), m[0]), default=None)


def requester(a: Article, within: Within, ws: Sequence[Word], after: int, skip: int | None) -> Mention | None:
    """`mengabulkan sebagian gugatan Daniel`, `memenuhi tuntutan buruh KSPI`: the party named in
    the object when its head is a request (past `sebagian`/`seluruh`), as ``object_party`` reads
    it; None for any other object (`membatalkan keputusan KPU` grants no one anything)."""
    P = words()
    k = after
    while k < len(ws) and ws[k].low in P["request_leads"]:
        k += 1
    if k >= len(ws) or ws[k].low not in P["request_nouns"]:
        return None
    found = object_party(a, within, ws, k, skip)
    if found is not None:
        return found
    # `gugatan nomor 105/PUU-XXII/2024 yang diajukan warga bernama Daniel`: the one who filed it
    for j in range(k + 1, min(len(ws) - 1, k + 12)):
        if ws[j].low in P["filed_verbs"] and ws[j - 1].low == "yang":
            return object_party(a, within, ws, j + 1, skip)
    return None


def trailing_name(a: Article, within: Within, norm: str, s: int, e: int) -> tuple[int, int] | None:
    """`Menteri Luar Negeri Australia Penny Wong`: the capitalised words that end a phrase after
    its title, when no entity covers them (a name the entity layer missed), as a span; None when
    the phrase is titles and places only (`Menteri Luar Negeri`)."""
    covered = [(ms, me) for ms, me, _i in within(s, e) if ms < e and me > s]
    toks = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"\S+", norm[s:e])]
    k = len(toks)
    while k > 0:
        ts, te, w = toks[k - 1]
        if not (w[:1].isupper() and w[1:2].islower()) or w.lower() in titles():
            break
        if any(ms < te and me > ts for ms, me in covered):
            break
        k -= 1
    if k == len(toks) or len(toks) - k < 2 or k == 0:
        return None  # one word may be a place or an acronym; a name of two or more, after a title
    return toks[k][0], toks[-1][1]
