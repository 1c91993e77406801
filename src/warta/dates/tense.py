"""Whether the words around a date look ahead (``akan``, ``mendatang``) or back (``sudah``, ``lalu``)."""

from __future__ import annotations

import re

from warta.dates.candidate import Candidate
from warta.dates.lexicon import tables
from warta.dates.text_shapes import SENTENCE_BREAK

# a clause about the past, or the end of a sentence or of a quote (`"… Anda akan mendapatkannya!"
# ia memposting pada hari Sabtu`): the future word before it does not govern the weekday after
_PAST_CLAUSE = re.compile(r"\b(?:yang|setelah|sejak|usai|seusai|sebelumnya|kemarin|lalu|telah|sudah)\b|[.;!?]\s|[\"”]")


def looks_ahead(before: str) -> bool:
    """A future word (`akan`, `dijadwalkan`) governs the weekday after it (`akan diperiksa pada
    Senin`), unless a clause about the past stands between (`akan memeriksa saksi yang
    ditangkap pada Senin`) or an attribution (`akan mundur, kata Andi, Senin.`: the day of saying)."""
    last = None
    for m in tables()["future_cues"].finditer(before):
        last = m
    if last is None or _PAST_CLAUSE.search(before, last.end()):
        return False
    return not tables()["attribution"].search(before, last.end())  # `akan …, kata Andi, Senin.`


_CLAUSE_END = re.compile(r'[,.;:!?"()\n]')


def ahead_after(text: str, end: int) -> bool:
    """``hari Sabtu akan menjadi ujian``: a future word after the weekday, in its clause."""
    stop = _CLAUSE_END.search(text, end, end + 40)
    return bool(tables()["future_cues"].search(text[end : stop.start() if stop else end + 40].lower()))


PAST_AFTER = re.compile(r"\s+(?:yang\s+)?(?:lalu|silam|kemarin)(?![\w])", re.IGNORECASE)
FUTURE_AFTER = re.compile(r"\s+(?:yang\s+akan\s+datang|mendatang|depan|nanti)(?![\w])", re.IGNORECASE)
_PAST_CUES = re.compile(r"(?<![\w])(?:telah|sudah|sempat|pernah)(?![\w])", re.IGNORECASE)


def tense_around(text: str, c: Candidate) -> int:
    """+1 when the words around a month look ahead (``akan`` before it in its sentence, or after
    it in its clause: ``di bulan Januari kami akan …``), -1 when they say it is done (``sudah``,
    ``telah`` before it in its clause), else 0."""
    before = text[max(0, c.start - 60) : c.start]
    if looks_ahead(before.lower()):
        return 1
    end = _CLAUSE_END.search(text, c.end, c.end + 40)
    after = text[c.end : end.start() if end else c.end + 40].lower()
    if tables()["future_cues"].search(after):
        return 1
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    if _PAST_CUES.search(before, cut[-1] if cut else 0):
        return -1
    return 0


def carry_future(text: str, cands: list[Candidate]) -> None:
    """``dijadwalkan bertemu … pada Jumat, sebelum meninggalkan Rusia pada Sabtu``: a bare
    weekday after one that looks ahead, in the same sentence, looks ahead too."""
    prev: Candidate | None = None
    for c in cands:
        if c.kind == "rel_weekday" and "bare" in c.flags:
            if (
                prev is not None
                and prev.direction > 0
                and c.direction < 0
                and prev.region == c.region
                and not SENTENCE_BREAK.search(text, prev.end, c.start)
            ):
                c.direction = 1
            prev = c
