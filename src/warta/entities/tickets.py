"""`pemerintahan Prabowo-Gibran`, `rezim Prabowo Gibran`: two people named by one word each, joined
as a ticket or a pair (written with a hyphen somewhere), are not a third person. When the two words are each a word of the name of
a different person of the article (`Prabowo Subianto`, `Gibran Rakabuming Raka`), the pair is no
entity of its own (GUIDELINES leaves such pairs optional), and its one-word mentions (`Prabowo`,
which clustering may have put with the pair) go back to the person they name."""

from __future__ import annotations

import re

from warta.document.model import Entity

_PAIR = re.compile(r"([A-Z][\w']+)[- ]([A-Z][\w']+)")


def _owner(word: str, people: list[Entity], pair: Entity) -> Entity | None:
    """The one other person with ``word`` among the words of a longer name."""
    owners = [
        p
        for p in people
        if p is not pair and len(p.canonical.split()) > 1 and word in p.canonical.replace("-", " ").split()
    ]
    return owners[0] if len(owners) == 1 else None


def split_tickets(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities less the two-person pairs read as one person (their one-word mentions rejoined);
    the article must write the pair with a hyphen somewhere (`Prabowo-Gibran`), as tickets are."""
    people = [e for e in entities if e.label == "PER"]
    gone: set[int] = set()
    for e in people:
        m = _PAIR.fullmatch(e.canonical)
        if m is None or f"{m.group(1)}-{m.group(2)}" not in text:
            continue
        a, b = _owner(m.group(1), people, e), _owner(m.group(2), people, e)
        if a is None or b is None or a is b or id(a) in gone or id(b) in gone:
            continue
        for mention in e.mentions:
            home = {m.group(1): a, m.group(2): b}.get(mention.text)
            if home is not None:
                home.mentions = sorted([*home.mentions, mention], key=lambda x: x.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
