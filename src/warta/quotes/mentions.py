"""Entity mentions as the speaker resolver reads them: a mention of two people merged into one
entity goes to the right person, and a nickname (`X atau Y`, `sapaan akrab`) to the person it
names."""

from __future__ import annotations

import re as stdlib_re

import regex as re

from warta.document import Article
from warta.quotes.lexicon import lexicon

_GREETED = re.compile(r"[ \t]*[,(]?[ \t]*(?:yang\s+merupakan\s+)?sapaan\s+(?:akrab|karib)(nya)?\b[ \t]*")
# how every match of _GREETED opens (the same literal classes and words in both engines): tested
# first, because ``regex`` scans the rest of the text for each ``match(text, pos)`` with no end
# given (~1 us per 1,000 characters), and almost every mention fails here
_GREETED_OPENS = stdlib_re.compile(r"[ \t]*[,(]?[ \t]*(?:yang|sapaan)")


# `Saifullah Yusuf atau Gus Ipul`, `Andi Wijaya alias Ucok`: a second name given to the person
# just named, with up to two honorifics before it
_NICKNAME_LINK = re.compile(
    r"\s*,?\s+(?:atau|alias|(?:yang\s+)?(?:akrab|biasa)\s+disapa)\s+(?:\p{Lu}\w{0,5}\.?\s+){0,2}$"
)


def nicknames(article: Article, mentions: list[tuple[int, int, int]]) -> dict[int, int]:
    """Person entities first introduced as another person's second name (``X atau Y``) when the
    entities layer kept them apart: entity → the person it names."""
    out: dict[int, int] = {}
    seen: set[int] = set()
    ends: dict[int, int] = {}
    spans: dict[int, str] = {}  # the latest mention of each entity, as written
    ents = article.entities
    for ms, me, i in mentions:
        if i not in seen and ents[i].label == "PER":
            m = _NICKNAME_LINK.search(article.norm, max(0, ms - 40), ms)
            j = ends.get(m.start()) if m else None
            if j is not None and j != i and ents[j].label == "PER":
                # a bare `atau` may also offer a choice (`Prabowo atau Gibran`): only a full name
                # then a one-word name read as a nickname
                full = len(spans[j].split()) >= 2 and len(article.norm[ms:me].split()) == 1
                if "atau" not in m.group() or full:
                    out[i] = out.get(j, j)
        if i not in seen and i not in out and ents[i].label == "PER":
            j = _greeted_as(article, mentions, ms, me, i)
            if j is not None:
                out[i] = out.get(j, j)
        seen.add(i)
        ends[me] = i
        spans[i] = article.norm[ms:me]
    return out


def _greeted_as(article: Article, mentions: list[tuple[int, int, int]], ms: int, me: int, i: int) -> int | None:
    """`kata Cak Imin sapaan akrabnya` / `Cak Imin, sapaan akrab Muhaimin Iskandar, …`: a name
    given as another person's everyday name. That person is the one named right after `sapaan
    akrab`, else (`sapaan akrabnya`) the person named last before."""
    m = _GREETED.match(article.norm, me) if _GREETED_OPENS.match(article.norm, me) else None
    if m is None:
        return None
    ents = article.entities
    if not m.group(1):
        nxt = next(((s, k) for s, _e, k in mentions if s >= m.end()), None)
        if nxt is None or nxt[0] - m.end() > 2 or nxt[1] == i or ents[nxt[1]].label != "PER":
            return None
        return nxt[1]
    before = [k for s, _e, k in mentions if s < ms and k != i and ents[k].label == "PER"]
    return before[-1] if before else None


def _acronym(text: str) -> bool:
    return text.isupper() and len(text) <= 6


def _merged(ent) -> bool:
    """A person entity whose mentions include names that share no word (`Kim Jong Un`, `Putin`):
    two people merged into one by mistake."""
    names = {m.text.lower() for m in ent.mentions if not _acronym(m.text)}
    toks = [set(n.split()) for n in names]
    # parts of a full name (`Bambang`, `Soesatyo` where `Bambang Soesatyo` is also written)
    # share no word with each other but are one person: only names never written together are two
    return any(not (a & b) and not any(a | b <= t for t in toks) for k, a in enumerate(toks) for b in toks[k + 1 :])


def checked_mentions(article: Article) -> list[tuple[int, int, int]]:
    """(start, end, entity) for every mention; a mention of a person entity that looks merged
    goes to the other person entity whose name holds all its words (`Putin` → `Vladimir Putin`)."""
    ents = article.entities
    merged = {i for i, e in enumerate(ents) if e.label == "PER" and _merged(e)}
    having: dict[str, set[int]] = {}  # a name word → the unmerged person entities with it
    if merged:
        for j, f in enumerate(ents):
            if f.label == "PER" and j not in merged:
                for w in f.canonical.lower().split():
                    having.setdefault(w, set()).add(j)
    out = []
    titles = lexicon().titles
    for i, e in enumerate(ents):
        if e.label == "PER" and e.canonical.lower().strip(".") in titles:
            continue  # a title read as a name (`Capt.` before `Budi Santoso`) names nobody
        for m in e.mentions:
            k = i
            if i in merged:
                words_of = m.text.lower().split()
                better = set.intersection(*(having.get(w, set()) for w in words_of)) if words_of else set()
                if len(better) == 1:
                    k = next(iter(better))
            out.append((m.start, m.end, k))
    out.sort()
    return out
