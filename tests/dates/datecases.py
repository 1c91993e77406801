"""What the date tests compare: the dates found in a text, as (text, value) pairs, checking on the
way that every offset points into the original text."""

from __future__ import annotations

from warta.dates import find_dates
from warta.document import Article
from warta.document.normalize import normalize


def dates_of(text: str, published: str | None) -> list[tuple[str, str]]:
    """The (text, value) of each date found in ``text``, times of day left out."""
    art = Article(text=text, norm=normalize(text), published=published)
    out = []
    for d in find_dates(art):
        assert text[d.start : d.end] == d.text  # offsets point into the original text
        if d.granularity != "time":
            out.append((d.text, d.value))
    return out
