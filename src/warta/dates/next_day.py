"""``keesokan harinya``, ``sehari sebelumnya``: a day counted from the day the story last named."""

from __future__ import annotations

import re
from datetime import date

from warta.dates.calendar_days import shift
from warta.document import Article
from warta.document.model import DateMention

# `di hari berikutnya`, `keesokan harinya`, `sehari sebelumnya`: a day counted from the day the
# story last named (heldout8's gold: `kata Adies, Selasa (19/8)` … `di hari berikutnya` = 20/8)
_DAY_AFTER = re.compile(
    r"(?<![\w])(?:(?P<next>(?:pada\s+|di\s+)?hari\s+berikutnya|keesokan\s+harinya|esok\s+harinya|sehari\s+kemudian|sehari\s+setelahnya)"
    r"|(?P<prev>sehari\s+sebelumnya))(?![\w])",
    re.IGNORECASE,
)


DAY_AFTER_WINDOW = 600  # how far back the day it counts from may stand


def days_after(article: Article, regions: list[tuple[int, int]], found: list[DateMention]) -> list[DateMention]:
    """Add the days counted from the last day the story named before them."""
    text = article.norm
    if "berikutnya" not in text and "harinya" not in text and "ehari " not in text:
        return found  # a cheap look before the regular expression
    days = [m for m in found if m.granularity == "day" and m.end_value is None]
    added: list[DateMention] = []
    for m in _DAY_AFTER.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        if not any(a <= m.start() and m.end() <= b for a, b in regions):
            continue  # furniture, not story text
        before = [d for d in days if d.end <= m.start() and m.start() - d.end <= DAY_AFTER_WINDOW]
        if not before:
            continue
        day = shift(date.fromisoformat(before[-1].value), 1 if m.group("next") else -1)
        if day is None:
            continue  # counted past the calendar's ends from `31/12/9999`: no day
        added.append(
            DateMention(
                m.start(),
                m.end(),
                article.norm_text(m.start(), m.end()),
                day.isoformat(),
                "day",
                reference="previous_date",
            )
        )
    return sorted(found + added, key=lambda d: d.start) if added else found
