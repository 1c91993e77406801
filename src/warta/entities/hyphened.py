"""A hyphenated given name written with spaces round the hyphen, as IndoSum's tokenised text does
(`Pierre - Emerick Aubameyang`, `Karl - Heinz Rummenigge`, `Sven - Goran Eriksson`): the tagger reads
the person after the hyphen and the first half as a person of its own, which takes the post written
before the whole name (`striker Borussia Dortmund Pierre`). A first half listed in
data/hyphened_given_names.txt joins the person after it, with that half's role; a ticket of two
people (`Sudrajat - Achmad Syaikhu`) opens with no such word.

The same spacing cuts a name's end: the Arabic article before a family name (`Bashar al - Assad`,
`Sheikh Tamim bin Hamad al - Thani`) and the last syllable of a Korean given name (`Kim Jong - un`,
`Son Wan - ho`); the tail joins the person written before it, and a "person" read in the family
name alone (`Assad`) is that person's mention.

A double-barrelled family name is cut the same way (`Daniel Day - Lewis` read as `Lewis`, `Catherine
Zeta - Jones` as `Catherine Zeta`, `Andrea Gustovic - Ercegovac` as two people): its halves join, unless
the sentence names a ticket (`pasangan … TB Hasanudin - Anton`, data/ticket_words.txt)."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon
from warta.resources import word_set

_HALF = re.compile(r"(?<![\w-])([A-Z][a-z]+) - $")


def _given() -> frozenset[str]:
    return word_set("warta.entities", "hyphened_given_names.txt", lower=True)


def joined_given_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with each person's mention after a listed first half and ` - ` opening on that half."""
    starts = {(m.start, m.end): e for e in entities for m in e.mentions}
    dropped: set[int] = set()
    for e in entities:
        if e.label != "PER":
            continue
        for k, m in enumerate(e.mentions):
            half = _HALF.search(text, max(0, m.start - 20), m.start)
            if half is None or half.group(1).lower() not in _given():
                continue
            s, t = half.span(1)
            other = starts.get((s, t))
            if any(x.start < t and x.end > s for f in entities if f is not e for x in f.mentions) and other is None:
                continue  # the half inside another entity's longer mention (`Dortmund Hans`): left alone
            e.mentions[k] = Mention(s, m.end, text[s : m.end])
            if e.canonical.startswith(text[m.start : m.end]):
                e.canonical = f"{half.group(1)}-{e.canonical}"
            if other is not None and other is not e:
                other.mentions = [x for x in other.mentions if (x.start, x.end) != (s, t)]
                if other.label == "PER" and other.role and text[:s].rstrip(" ,").endswith(other.role):
                    e.role = other.role  # the post written right before the whole name
                if not other.mentions:
                    dropped.add(id(other))
    return [e for e in entities if id(e) not in dropped]


# after a name: ` al - Assad` (an Arabic article and the family name), ` - un` (a Korean given name's
# last syllable, in lower case, not a word of the sentence)
_ARABIC_TAIL = re.compile(r" ((?i:al|el)) - ([A-Z][\w'’]+)")
_SYLLABLE_TAIL = re.compile(r" - ([a-z]{1,5})(?![\w-])")
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}$")  # `Jong`, `Wan`, `Jae`: the syllable before the hyphen


def _tail(text: str, m: Mention) -> tuple[int, str] | None:
    """Where the cut tail of the name at ``m`` ends and how the name is written with it."""
    arabic = _ARABIC_TAIL.match(text, m.end)
    if arabic is not None:
        return arabic.end(), f"{m.text} {arabic.group(1)}-{arabic.group(2)}"
    words = m.text.split()
    syllable = _SYLLABLE_TAIL.match(text, m.end)
    lex = lexicon()
    if (
        syllable is not None
        and len(words) >= 2
        and _SYLLABLE.match(words[-1])
        and syllable.group(1) not in lex.common
        and syllable.group(1) not in lex.stopwords
    ):
        return syllable.end(), f"{m.text}-{syllable.group(1)}"
    return None


def joined_name_tails(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with each person's mention followed by a cut tail (`Bashar al - Assad`, `Kim Jong
    - un`) running over it; a person read in the family name alone (`Assad`) joins that person."""
    dropped: set[int] = set()
    for e in entities:
        if e.label != "PER" or id(e) in dropped:
            continue
        for k, m in enumerate(list(e.mentions)):
            found = _tail(text, m)
            if found is None:
                continue
            end, written = found
            family = written.split("-")[-1] if " al-" in written.lower() or " el-" in written.lower() else None
            e.mentions[k] = Mention(m.start, end, text[m.start : end])
            if e.canonical == m.text or e.canonical.endswith(" " + m.text):
                e.canonical = e.canonical[: len(e.canonical) - len(m.text)] + written
            for other in entities:
                if other is e or id(other) in dropped:
                    continue
                inside = [x for x in other.mentions if m.end < x.start and x.end <= end]
                if not inside:
                    continue
                other.mentions = [x for x in other.mentions if x not in inside]
                if other.label == "PER" and family and all(x.text == family for x in other.mentions):
                    e.mentions.extend(other.mentions)  # `rezim Assad`: the same person by the family name
                    e.role = e.role or other.role
                    other.mentions = []
                if not other.mentions:
                    dropped.add(id(other))
        e.mentions.sort(key=lambda x: x.start)
    return [e for e in entities if id(e) not in dropped]


# ` - Lewis`: one capitalised word after a spaced hyphen, no other capitalised word after it (a ticket's
# second name runs on: `Ridwan Kamil - Uu Ruzhanul Ulum`)
_FAMILY_TAIL = re.compile(r" - ([A-Z][a-z'’]+)(?![\w'’-])(?! [A-Z])")
# `Daniel Day - `: two or three capitalised words before a spaced hyphen, right before a one-word person
_FAMILY_FRONT = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){1,2}) - $")
_SENTENCE_START = re.compile(r"[.!?]\s")
_LOWER_WORD = re.compile(r"[a-z]+")


def _ticket_words() -> frozenset[str]:
    return word_set("warta.entities", "ticket_words.txt", lower=True)


def _in_ticket(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` says two people are named as a ticket or pair (`pasangan`)."""
    lo = max(0, at - 300)
    opens = max((m.end() for m in _SENTENCE_START.finditer(text, lo, at)), default=lo)
    ticket = _ticket_words()  # (looked up once, not for every word of the sentence)
    return any(w in ticket for w in _LOWER_WORD.findall(text[opens:at].lower()))


def _named_elsewhere(word: str, entities: list[Entity], lo: int, hi: int, own: Entity) -> bool:
    """Whether another person of the article is called by ``word`` outside ``lo``–``hi`` (`Ahok - Djarot`
    … `Djarot Saiful Hidayat`: the second of a ticket, not the end of the first name)."""
    return any(
        word in x.text.split() and not (lo <= x.start and x.end <= hi)
        for e in entities
        if e is not own and e.label == "PER"
        for x in e.mentions
    )


def _held(entities: list[Entity], lo: int, hi: int) -> bool:
    """Whether some entity's mention lies within ``lo``–``hi``."""
    return any(x.start < hi and x.end > lo for e in entities for x in e.mentions)


def joined_family_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A double-barrelled family name written with spaces round the hyphen, as IndoSum's tokenised text
    does (`Daniel Day - Lewis`, `Catherine Zeta - Jones`, `Dominic Calvert - Lewin`): the tagger reads
    one half as the person and drops or splits off the other. A person of two or three words followed by
    ` - ` and one capitalised word, or a one-word person after such a run that opens with a known given
    name, is one person, unless the sentence names a ticket (`pasangan … TB Hasanudin - Anton`) or the
    other half is another person's word elsewhere in the article."""
    given = lexicon().given
    dropped: set[int] = set()
    for e in entities:
        if e.label != "PER" or id(e) in dropped:
            continue
        for k, m in enumerate(list(e.mentions)):
            words = m.text.split()
            tail = _FAMILY_TAIL.match(text, m.end) if 2 <= len(words) <= 3 else None
            front = _FAMILY_FRONT.search(text, max(0, m.start - 40), m.start) if len(words) == 1 else None
            # (a given name after the hyphen is a second person's, `Hamish Daud - Raisa`; a front half
            # some entity holds is that entity's, not the start of this one's name)
            if tail is not None and tail.group(1) not in given:
                start, end, half = m.start, tail.end(), tail.group(1)
            elif front is not None and front.group(1).split()[0] in given and not _held(entities, *front.span(1)):
                start, end, half = front.start(1), m.end, front.group(1)
            else:
                continue
            # (the family word of the other half: `Daniel` of `Daniel Day` may be anyone's given name)
            if _in_ticket(text, start) or _named_elsewhere(half.split()[-1], entities, start, end, e):
                continue
            whole = text[start:end]
            e.mentions[k] = Mention(start, end, whole)
            if e.canonical == m.text or len(words) > 1:
                e.canonical = whole.replace(" - ", "-")
            for other in entities:
                if other is e or id(other) in dropped:
                    continue
                other.mentions = [x for x in other.mentions if not (start <= x.start and x.end <= end)]
                if not other.mentions:
                    dropped.add(id(other))
        e.mentions.sort(key=lambda x: x.start)
    return [e for e in entities if id(e) not in dropped]
