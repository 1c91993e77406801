"""Offence steps: each act of a crime told in its own sentence is its own CRIME event (GUIDELINES.md
`events`), even when it is told in a plain verb (`pelaku menempel QRIS palsu`, `dijual oleh
sindikat`, `tersangka menagih fee`). One concern of the events layer, kept apart so the lexicon's
rules stay as they are: the plain verb is an offence only in a story of a crime and only when the
offender does it, so the step needs both.

The offender is a noun of offenders (`pelaku`, `tersangka`, `sindikat`: data/words.json
`offenders`) or a word of the name of the one the story accuses (:attr:`Parties.last_accused`);
the verb's root is one of the harmful or deceptive acts (`offence_steps`). Negated, planned and
purposed acts and relative clauses (`pelaku yang menempel …`, background) are not steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.document import Article, Event, Speaker
from warta.entities.patterns import opening_alternation
from warta.events.lexicon import Pattern, lexicon
from warta.events.morph import form
from warta.events.triggers import Trigger
from warta.quotes.lexicon import lexicon as cue_lexicon
from warta.quotes.text import Word, is_verbish


@dataclass(frozen=True, slots=True)
class Story:
    """Who a story of a crime is about, as words of their names: the accused and the victims."""

    accused: frozenset[str]
    victims: frozenset[str]


VICTIM_TYPES = ("CRIME", "ASSAULT")  # the victim of an offence or an attack
STORY_TYPES = frozenset(("CRIME", "COERCE", "ASSAULT"))  # a story of a crime: its offence, an arrest or an attack
# a sentence already telling the offence needs no step (an attack beside it does not tell it)
HARM_TYPES = frozenset(("CRIME",))
STEP_AFFIXES = ("meN", "meN-kan", "meN-i", "di", "di-kan", "di-i")  # the active and passive verbs
SUBJECT_REACH = 4  # words back from the verb to the offender (`tersangka FM telah meloloskan`)
CONTRABAND_REACH = 3  # words after a verb of making to the contraband made (`membuat dua pucuk senjata`)


def crime_story(out: list[Event]) -> bool:
    """Does the article, up to here, report a crime (an offence, an arrest or an attack)?"""
    return any(e.type in STORY_TYPES for e in out)


def party_words(article: Article, parties: list[Speaker | None]) -> frozenset[str]:
    """The lower-cased capitalised words naming these parties: their names and every mention."""
    names = []
    for sp in parties:
        if sp is not None:
            names.append(sp.name)
            if sp.entity is not None:
                names += [m.text for m in article.entities[sp.entity].mentions]
    return frozenset(w.lower() for n in names for w in n.split() if w[:1].isupper())


def _one_of(w: Word, nouns: str, named: frozenset[str]) -> bool:
    """Is the word a noun of the list ``nouns`` (`pelaku`, `korban`) or a word of a name in ``named``?"""
    low = w.low[:-3] if w.low.endswith("nya") and len(w.low) > 6 else w.low
    return low in lexicon().words[nouns] or (w.text[:1].isupper() and w.low in named)


def _step_root(w: Word) -> str | None:
    """The voice of a `me-`/`di-` verb whose root is a harmful or deceptive act, else None."""
    return _step_forms().get(w.low)


@cache
def _step_forms() -> dict[str, str]:
    """Every `me-`/`di-` form of the roots of ``offence_steps`` (`menjual`, `dijanjikan`, `menempel`)
    and ``offence_make_steps`` (`membuat`, `merakit`), with its voice."""
    forms: dict[str, str] = {}
    for root in lexicon().words["offence_steps"] | lexicon().words["offence_make_steps"]:
        for affix in STEP_AFFIXES:
            forms.setdefault(form(root, affix), "act" if affix.startswith("meN") else "pass")
    return forms


@cache
def _make_forms() -> frozenset[str]:
    """The `me-`/`di-` forms of the roots of making (``offence_make_steps``)."""
    return frozenset(form(root, affix) for root in lexicon().words["offence_make_steps"] for affix in STEP_AFFIXES)


def _makes_contraband(norm: str, ws: list[Word], i: int) -> bool:
    """A verb of making is a step only when what is made is contraband, named within the next words
    (`membuat senjata api`, `merakit bom rakitan`, `mencetak uang palsu`), not `membuat laporan`."""
    if ws[i].low not in _make_forms():
        return True
    after = " " + " ".join(w.low for w in ws[i + 1 : i + 1 + CONTRABAND_REACH]) + " "
    return any(f" {thing} " in after for thing in lexicon().words["contraband"])


def _guarded(ws: list[Word], i: int) -> bool:
    """Negated, planned, purposed or relative (`tidak menjual`, `akan menagih`, `untuk mengambil`,
    `pelaku yang menempel`): no step told as done."""
    W = lexicon().words
    stops = W["negation"] | W["modal"] | W["offence_step_guards"]
    return any(w.low in stops for w in ws[max(0, i - SUBJECT_REACH) : i])


def _subject(norm: str, ws: list[Word], i: int) -> list[Word]:
    """The words before the verb in its clause (no comma or quote between), up to SUBJECT_REACH."""
    back: list[Word] = []
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_REACH), -1):
        if any(c in norm[ws[j].end : ws[j + 1].start] for c in ",;:\"'"):
            break
        back.append(ws[j])
    return back


def _offender_subject(back: list[Word], story: Story) -> bool:
    """Is the offender the subject right before the verb (``back``, read backwards), with only
    adverbs or their name's words between (`tersangka FM telah meloloskan`, `pelaku diduga
    menempel`)? Not when an earlier verb governs them (`membuat pelaku tega membuang`, `Pelaku
    datang dengan membawa`)."""
    W = lexicon().words
    between = W["trailing_adverbs"] | W["offence_step_adverbs"]
    for k, w in enumerate(back):
        if _one_of(w, "offenders", story.accused):
            before = back[k + 1] if k + 1 < len(back) else None
            if before is not None and before.low in lexicon().words["offence_step_joint"]:
                return False  # `korban dan pelaku mulai mengikat perjanjian`: a joint act, no offence
            said = before is not None and cue_lexicon().cue(before.low) is not None  # `mengatakan BS diduga …`
            return before is None or said or not before.low.startswith(("me", "di"))
        if not (w.low in between or w.text[:1].isupper() or w.low.isdigit()):
            return False
    return False


def _agent(ws: list[Word], i: int) -> list[Word]:
    """The words that may name a passive verb's agent: right after it, or after `oleh`."""
    after = ws[i + 1 : i + 4]
    return after[1:3] if after and after[0].low == "oleh" else after[:2]


def _done_by_offender(norm: str, ws: list[Word], i: int, voice: str, story: Story) -> bool:
    """The offender is the verb's subject (active) or its agent (passive, `diambil sindikat`); or,
    with no agent named, the victim is the passive's subject (`Vera dibawa ke Myanmar`, `korban
    dijanjikan pekerjaan`) — not when taken to care or to the police (`dibawa ke rumah sakit`)."""
    if voice == "act":
        return _offender_subject(_subject(norm, ws, i), story)
    agent = _agent(ws, i)
    if any(_one_of(w, "offenders", story.accused) for w in agent):
        return True
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    named_agent = nxt is not None and (nxt.low == "oleh" or nxt.text[:1].isupper())
    after = " " + " ".join(w.low for w in ws[i + 1 : i + 5]) + " "
    cared = any(f" {place} " in after for place in lexicon().words["offence_step_care"])
    victim = any(_one_of(w, "victims", story.victims) for w in _own_subject(_subject(norm, ws, i)))
    return victim and not named_agent and not cared


def _own_subject(back: list[Word]) -> list[Word]:
    """The words of ``back`` (read backwards) up to the first verb: the passive's own subject, not an
    earlier verb's (`warga Kristen dibunuh, mayatnya dibuang`: the body is thrown, not the victim)."""
    own: list[Word] = []
    for w in back:
        if w.low.startswith(("me", "di")) and is_verbish(w.low):
            break
        own.append(w)
    return own


def candidate(ws: list[Word]) -> bool:
    """May the sentence hold a harmful verb (a quick test before the story is read)?"""
    forms = _step_forms()
    return any(w.low in forms for w in ws)


def find_step(norm: str, ws: list[Word], story: Story, read: set[int]) -> Trigger | None:
    """The first offence step of a sentence: a harmful verb the offender does, not guarded; a word
    the lexicon already read (``read``, kept or dropped by its rules) is theirs. The offender is
    read from the words around the verb only: taking the parties' reader's resolved subject
    (pronouns, dropped subjects) added only wrong steps on the development sets."""
    for i, w in enumerate(ws):
        voice = None if i in read else _step_root(w)
        if voice is None or _guarded(ws, i) or not _makes_contraband(norm, ws, i):
            continue
        if not _done_by_offender(norm, ws, i, voice, story):
            continue
        return Trigger(Pattern("CRIME", None, voice, (w.low,), "steps"), i, i)
    return None


def crime_words(norm: str) -> bool:
    """Does the text name a suspect, a victim or a syndicate (`tersangka`, `korban`: data/words.json
    `crime_story_words`)? A story whose offence comes before its arrest is a story of a crime too."""
    return _story_words().search(norm) is not None


@cache
def _story_words() -> re.Pattern[str]:
    """The words in any case; plain words written so that re skips to their first letters
    (``opening_alternation``: \b before a word is no word character before it)."""
    words = sorted(lexicon().words["crime_story_words"])
    if all(re.fullmatch(r"\w[\w ]*", w) for w in words):
        return re.compile(opening_alternation(words, before=r"\w", ignore_case=True) + r"\b")
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def needs_step(out: list[Event], ss: int, marked: bool) -> bool:
    """A sentence in a story of a crime (``marked`` by its words, or an offence, arrest or attack
    told so far) that tells no offence or attack yet."""
    story = marked or crime_story(out)
    return story and not any(e.start == ss and e.type in HARM_TYPES for e in out)
