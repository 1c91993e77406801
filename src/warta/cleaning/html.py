"""Main text and metadata of an HTML page, with trafilatura."""

from __future__ import annotations

from typing import Any

from warta.errors import InputError


def extract(html: str) -> dict[str, Any]:
    """Return ``{"text", "title", "author", "date", "sitename", "url"}`` of the page's story."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=False
    )
    if doc is None:
        raise InputError("HTML page has no extractable main text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
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
