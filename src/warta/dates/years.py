"""Years: ``tahun 2025``, a bare ``2025`` (unless it counts or codes something), decrees' and events' years."""

from __future__ import annotations

import re
from bisect import bisect_left

from warta.amounts.numbers import word_number
from warta.dates.candidate import Add, Candidate, Hits
from warta.dates.lexicon import tables
from warta.dates.text_shapes import PREVIOUS_WORD, SENTENCE_START
from warta.document import Article
from warta.document.model import DateMention

_CONSTITUTION = re.compile(r"(?<![\w-])(?:Undang-Undang\s+Dasar|UUD)(?:\s+Negara\s+Republik\s+Indonesia)?\s+$")
_LIST_NUMBER = re.compile(r"(?:^|\n)\d{1,2}\.$")  # `1.2019: Kepala Dinas`: list number 1, year 2019
_DECREE_NUMBER = re.compile(r"(?i:nomor|no\.?)\s*\d+[A-Za-z]?\s+$")
_NEXT = re.compile(r"\s*([^\s,.;:()\"']+(?:\s+[^\s,.;:()\"']+)?)")


def _plausible_year(text: str, s: int, e: int, y: int) -> bool:
    """A bare 4-digit number is a year unless its neighbours say it counts or codes something."""
    t = tables()
    lo, hi = t["bare"]
    if not lo <= y <= hi:
        return False
    pw = None if _LIST_NUMBER.search(text, max(0, s - 4), s) else PREVIOUS_WORD.search(text, max(0, s - 25), s)
    if pw:
        prev = pw.group(1).lower().rstrip(".")
        if prev in t["blocked_before"] or prev.endswith(("rp", "$")):
            return False
        if prev.isdigit() and not _NAMED_NUMBER.search(text, max(0, s - 30), s):
            return False  # `12 2017`: a run of numbers; but `Liga 1 2017`, `Nokia 6 2018`: a name's number
    if text[max(0, s - 4) : s].lower().rstrip() == "(c)":
        return False  # `(c) 2025 Tempo`: a copyright line
    if pw and pw.group(1).lower() in t["year_sure"]:
        return True  # `Pada 2019 warga mengungsi`: a count word after it does not make it a count
    nx = _NEXT.match(text, e, min(len(text), e + 40))
    if nx:
        words = nx.group(1).lower().split()
        if words[0] in t["followers"] or " ".join(words) in t["followers"] or words[0].isdigit():
            return False
    return True


# `Liga 1 2017`, `Nokia 6 2018`: a capitalised word and its one- or two-digit number before a year
_NAMED_NUMBER = re.compile(r"(?<![\w-])(?-i:[A-Z][\w-]*) \d{1,2} $")
# `B 2025 TJ`: a vehicle plate (region letters, number, letters), not a year
_PLATE = re.compile(r" (?-i:[A-Z]{1,3})(?![\w])")
_PLATE_BEFORE = re.compile(r"(?<![\w])(?-i:[A-Z]{1,2}) $")
# `Asean Traffic Police Forum 2017`: capitalised words right before a year name the event it is
# the year of (GUIDELINES: years in event names). Two words (as score.py splits words: `U-17` is
# two) are taken at most, so the mention still overlaps, by score.py's token F1 of 0.5, a gold
# that is the year alone as well as one that is a name of up to nine words.
_NAME_WORD = re.compile(r"(?:(?<![\w-])(?-i:[A-Z][\w-]*)|\((?-i:[A-Z][\w-]*)\))[ ]$")
_SCORE_TOKEN = re.compile(r"\w+")
EVENT_NAME_WORDS = 2
_ROMAN = re.compile(r"[ivx]+|[a-z]")


def _event_name_start(text: str, start: int) -> int:
    """Where the event name a bare year ends begins (``start`` itself when none)."""
    t = tables()
    taken = 0
    while True:
        w = _NAME_WORD.search(text, max(0, start - 30), start)
        if w is None:
            break
        word = w.group().strip(" ()").lower()
        taken += len(_SCORE_TOKEN.findall(word))  # `U-17` is two words to the scorer
        if taken > EVENT_NAME_WORDS:
            break
        parts = word.split("-")
        if any(x in t["months"] or x in t["weekdays"] or x in t["name_stop"] for x in parts) or _ROMAN.fullmatch(word):
            break  # `Semester I 2025`: a numeral counts a part of the year, it names nothing
        if SENTENCE_START.search(text, max(0, w.start() - 4), w.start()) or w.start() == 0:
            break  # a capital that opens a sentence says nothing (`Pada 2019`)
        start = w.start()
    return start


def find_prev_year(text: str, hits: Hits, add: Add, region: int) -> None:
    """``tahun sebelumnya``, ``tahun berikutnya``: the year before or after the one spoken of."""
    for m in hits("prev_year"):
        pw = PREVIOUS_WORD.search(text, max(0, m.start() - 20), m.start())
        if pw and (pw.group(1).isdigit() or word_number(pw.group(1)) is not None):
            continue  # `dua tahun sebelumnya`: how long before, not the year before
        add(
            Candidate(
                m.start(), m.end(), "prev_year", n=1 if m.group("dir").lower() == "berikutnya" else -1, region=region
            )
        )


def find_tahun(text: str, hits: Hits, add: Add, region: int) -> None:
    """``tahun 2025``, ``musim 2017``: a year that says it is one."""
    t = tables()
    for m in hits("tahun"):
        y = int(m.group("y"))
        lo, hi = t["prefixed"]
        if lo <= y <= max(hi, t["named_max"]):  # `tahun 2600`: a year because it says so
            c = Candidate(m.start(), m.end(), "year", y=y, region=region)
            if _DECREE_NUMBER.search(text, max(0, m.start() - 24), m.start()):
                c.flags.append("decree")  # `Nomor 1 Tahun 2017`: the year of a law, not of the story
            add(c)


def find_decree(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Perpres 12/2025``: the year of a decree's number."""
    t = tables()
    for m in hits("decree"):
        y = int(m.group("y"))
        lo, hi = t["bare"]
        if lo <= y <= hi:
            add(Candidate(m.start("num"), m.end(), "year", y=y, region=region, flags=["decree"]))


def find_bare_year(text: str, hits: Hits, add: Add, region: int) -> None:
    """``2025``, ``Piala Dunia 2022``: a bare year and the event name it ends."""
    for m in hits("bare_year"):
        y = int(m.group("y"))
        plate = _PLATE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _PLATE.match(text, m.end())
        if _plausible_year(text, m.start(), m.end(), y) and not plate:
            # `Undang-Undang Dasar 1945`: the year names the constitution, and the mention is its name
            law = _CONSTITUTION.search(text, max(0, m.start() - 60), m.start())
            start = law.start() if law else _event_name_start(text, m.start())
            add(Candidate(start, m.end(), "year", y=y, region=region))


def find_quarter(text: str, hits: Hits, add: Add, region: int) -> None:
    """``Q1-2025``, ``TW II/2025``: the year of a quarter."""
    t = tables()
    for m in hits("quarter"):
        y = int(m.group("y"))
        if t["bare"][0] <= y <= t["bare"][1]:
            add(Candidate(m.start(), m.end(), "year", y=y, region=region))


def find_hijri(text: str, hits: Hits, add: Add, region: int) -> None:
    """``1446 H/2025 M``: the Gregorian year after a Hijri one."""
    for m in hits("hijri"):
        add(Candidate(m.start("y"), m.end(), "year", y=int(m.group("y")), region=region))


def trim_places(article: Article, found: list[DateMention]) -> None:
    """``APBD DKI Jakarta 2018``: capitalised words before a year that the entities layer read as a
    place or a person are not the name of an event; the year's mention starts after them."""
    if not article.entities:
        return
    spans = sorted((m.start, m.end) for e in article.entities if e.label in ("LOC", "PER") for m in e.mentions)
    for d in found:
        if d.granularity != "year" or d.text[:1].isdigit() or len(d.text) <= 4:
            continue
        year_start = d.end - 4
        k = bisect_left(spans, (d.start,))
        cut = None
        while k < len(spans) and spans[k][0] < year_start:
            cut = max(cut or 0, spans[k][1])
            k += 1
        if cut is not None:
            while cut < year_start and article.norm[cut] in " ()":
                cut += 1
            d.start, d.text = cut, article.norm_text(cut, d.end)
