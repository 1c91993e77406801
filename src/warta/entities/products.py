"""A brand written with its model is a product, not the company: `mobil Toyota Innova`, `Toyota
Innova 2014`, `ponsel Samsung Galaxy`. GUIDELINES counts no products, so a body's mention that
names a product is dropped (and the body with it when nothing else names it); the company named
on its own (`Presiden Direktur Toyota Bob Azam`, `kata Toyota`) stays."""

from __future__ import annotations

import re

from warta.document.model import Entity
from warta.resources import word_set

# the model after the brand: one or two capitalised words, or a code (`Innova`, `Galaxy S24`, `CR-V`)
_MODEL = re.compile(r" ([A-Z][\w-]*(?: (?=[\w-]*[A-Za-z])[A-Z0-9][\w-]*)?)")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b")
# product nouns that name a kind of thing, not a brand (`merek Toyota` is the brand itself)
_NOT_KIND = frozenset(("merek", "produk", "aplikasi"))


def _kinds() -> frozenset[str]:
    return word_set("warta.entities", "product_nouns.txt", lower=True) - _NOT_KIND


def _product(text: str, start: int, end: int, taken: set[int]) -> bool:
    """The mention at ``start:end`` is a brand followed by its model, after a product noun or
    before a model year."""
    model = _MODEL.match(text, end)
    if model is None or model.start(1) in taken:
        return False  # no model, or the next word opens a name of its own (`Toyota Bob Azam`)
    before = text[max(0, start - 20) : start].split()
    kind = bool(before) and before[-1] in _kinds()
    return kind or bool(_YEAR_AFTER.match(text, model.end()))


def drop_products(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the bodies' mentions that name a product (and bodies left with none)."""
    taken = {m.start for e in entities for m in e.mentions}
    out = []
    for e in entities:
        if e.label == "ORG":
            kept = [m for m in e.mentions if not _product(text, m.start, m.end, taken)]
            if not kept:
                continue
            if len(kept) < len(e.mentions):
                e.mentions = kept
                if e.canonical not in {m.text for m in kept}:
                    e.canonical = max((m.text for m in kept), key=len)
        out.append(e)
    return out
