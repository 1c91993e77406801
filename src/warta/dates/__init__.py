"""Layer 'dates': every calendar day, month, year and time the article names, with ISO values.

Matches on ``article.norm`` inside body paragraphs and headings (the whole text until those
exist). ``Rabu (13/9/2023)`` → 2023-09-13; ``Jumat (15/9)`` → the year that makes it a
Friday near the article's other dates; ``10-21 April 2025`` → 2025-04-10 with end_value
2025-04-21; ``kemarin`` → the day before ``published``; ``pukul 10.30 WIB`` → a datetime
at UTC+7 when the day is known. Durations, ages, amounts and case numbers are not dates.
When the input had no ``published``, ``article.meta["published_estimate"]`` records the
latest explicit day and says so.
"""

from __future__ import annotations

from warta.dates.patterns import patterns
from warta.dates.read import find_dates
from warta.document import Article

__all__ = ["annotate", "find_dates"]


def annotate(article: Article) -> None:
    """Fill ``article.dates`` (and ``meta["published_estimate"]`` when ``published`` is missing).

    A day counted past the calendar's ends from a day the text writes at them (`31/12/9999`,
    then `keesokan harinya`) is no day (:func:`~warta.dates.calendar_days.shift`); the others stand."""
    article.dates = find_dates(article)


patterns()  # compile once at import, not on the first article
