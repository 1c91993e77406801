"""Main text and metadata of an HTML page, with trafilatura."""

from __future__ import annotations

import re
from typing import Any

from warta.cleaning.dateline import find_dateline
from warta.errors import InputError

# `<strong>Jakarta, CNN Indonesia</strong> -- Teks`, `<p><b>JAKARTA, KOMPAS.com</b></p><p>- Teks`: the
# extractor puts the bold dateline on a line of its own and the dash on the next
_SPLIT_DATELINE = re.compile(r"([ \t]*[A-Z][^\n]{1,60}?)[ \t]*\n[ \t]*((?:-{1,2}|—|–)[ \t])")


def extract(html: str) -> dict[str, Any]:
    """Return ``{"text", "title", "author", "date", "sitename", "url"}`` of the page's story."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=False
    )
    if doc is None:
        raise InputError("HTML page has no extractable main text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = _join_split_dateline(data.get("text") or "")
    if not text.strip():
        raise InputError("HTML page has no extractable main text")
    return {
        "text": text,
        "title": data.get("title"),
        "author": data.get("author"),
        "date": data.get("date"),
        "sitename": data.get("sitename"),
        "url": data.get("url"),
    }


def _join_split_dateline(text: str) -> str:
    """One line for a dateline the page's markup set apart from its dash (see ``_SPLIT_DATELINE``)."""
    pos = 0
    for _ in range(4):  # the dateline opens the story: within its first lines (a title may stand above)
        m = _SPLIT_DATELINE.match(text, pos)
        if m and len(m.group(1).split()) <= 6:
            joined = text[:pos] + m.group(1) + " " + m.group(2) + text[m.end() :]
            end = joined.find("\n", pos)
            if find_dateline(joined, pos, end if end >= 0 else len(joined)):
                return joined
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return text
