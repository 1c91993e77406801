"""Find the dateline that opens a story (``Liputan6.com, Moskow -``, ``JAKARTA, KOMPAS.com -``,
``Jakarta (ANTARA) -``, ``Jakarta -``) and split it into outlet and place."""

from __future__ import annotations

import re

from warta.document import Dateline

_DASH = r"(?:-{1,2}|—|–|:)"
_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4}){1,2}"
_NAMED_OUTLET = r"(?:CNN Indonesia|CNBC Indonesia|Kompas TV|Berita ?Satu|VIVA|Tribunnews|ANTARA|Antara|Reuters|AFP|AP|Xinhua|Bernama)"

_FORMS = [
    # Liputan6.com, Moskow -   TEMPO.CO, Jakarta -   Bisnis.com, JAKARTA —   Liputan6.com, Jakarta:
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*,\s*(?P<place>{_PLACE})\s*{_DASH}(?=\s)"),
    # JAKARTA, KOMPAS.com -   Jakarta, CNN Indonesia --
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_DOMAIN}|{_NAMED_OUTLET})\s*{_DASH}(?=\s)"),
    # Jakarta (ANTARA) -   Washington (AFP) -   Nusa Dua, Bali (ANTARA) -
    re.compile(
        rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)\s*\(\s*(?P<outlet>{_DOMAIN}|{_NAMED_OUTLET}|[A-Z]{{2,10}})\s*\)\s*{_DASH}(?=\s)"
    ),
    # Jakarta -   JAKARTA —   (place alone; no colon form, too ambiguous)
    re.compile(rf"^(?P<place>{_PLACE})\s+(?:-{{1,2}}|—|–)(?=\s+[\"'(]?[A-Z0-9])"),
    # detikNews, Jakarta -
    re.compile(rf"^(?P<outlet>detik[A-Za-z]*|Kumparan|kumparan)\s*,\s*(?P<place>{_PLACE})\s*{_DASH}(?=\s)"),
]


def find_dateline(norm: str, start: int, end: int) -> Dateline | None:
    """The dateline at the start of the line ``norm[start:end]``, offsets in the original text."""
    line = norm[start:end]
    for form in _FORMS:
        m = form.match(line)
        if not m:
            continue
        if m.end() + 1 >= len(line):  # a dateline introduces text; a lone "Jakarta -" line is not one
            continue
        groups = m.groupdict()
        place = (groups.get("place") or "").strip() or None
        outlet = (groups.get("outlet") or "").strip() or None
        if place and len(place.split(",")[0].split()) > 3:
            continue
        return Dateline(outlet=outlet, place=place, start=start, end=start + m.end())
    return None
