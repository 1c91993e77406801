"""Venues and facilities: a stadium written in two languages ('Stadion Etihad', 'Etihad Stadium') and
a bare venue name the texts write as the place of an event ('di Etihad').
"""

from __future__ import annotations

import re

from warta.corpus.store import Store
from warta.identity import names
from warta.identity.name_words import VENUE_LEADING, VENUE_TRAILING, core, kind_variants

VENUE_KIND = {"stadion": "stadium"}  # one kind of venue in two languages


def one_venue(store: Store, base: str) -> bool:
    """Whether the stored venues of the bare name are of one kind ('Stadion Emirates', 'Emirates
    Stadium'): a stadium and another venue of one name leave the bare name either."""
    kinds = {
        VENUE_KIND.get(k, k)
        for v in kind_variants(store, base, "LOC")
        if (k := core(v, "LOC")[1]) in (*VENUE_LEADING, *VENUE_TRAILING)
    }
    return len(kinds) <= 1


VENUE_USE = re.compile(r"(?:^|[^\w-])(?:di|ke|menuju)\s+$")


def written_as_venue(store: Store, base: str) -> bool:
    """Whether the texts write the bare name, outside its venue's full name, as the place of an event
    ('bertanding di Olimpico', 'kembali ke Etihad') in at least half of its uses: a venue's own name;
    else it is a brand's, a product's or a road's that the venue is named after."""
    from warta.identity.usage import body_of, written

    kinds = "|".join((*VENUE_LEADING, *VENUE_TRAILING))
    full = re.compile(rf"(?:{kinds})\s+{names.flex(base)}|{names.flex(base)}\s+(?:{kinds})\b", re.IGNORECASE)
    bare = re.compile(rf"(?<![\w-]){names.flex(base)}(?![\w-])", re.IGNORECASE)
    at = alone = 0
    for _, text, _ in written(store, base):
        body = body_of(text)
        spans = [m.span() for m in full.finditer(body)]
        for m in bare.finditer(body):
            if any(a <= m.start() < b for a, b in spans):
                continue
            alone += 1
            at += bool(VENUE_USE.search(body[max(0, m.start() - 12) : m.start()]))
    return alone > 0 and 2 * at >= alone
