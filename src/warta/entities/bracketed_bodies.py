"""A body in brackets after a person's name: `Surya Darmadi (PT Duta Palma)`, `Manuel Irwanputra
(KerjaKu)`, `Valentino Rossi (Movistar Yamaha)`. The bracket names the person's firm or team, not
another name of the person, but a bracket after a name is read as the name's alias, so the body's
mentions join the person (and a team's label can take the rider's). Such a bracket leaves the person
and names a body of its own, joined to the article's body of the same name when there is one."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities.gazetteer import organisations
from warta.entities.labels import company_words
from warta.entities.posted_bodies import BRAND_WORD
from warta.entities.prefixes import COMPANY_FORM
from warta.entities.products import known_body, known_person


def _body_shaped(name: str, bodies: set[str]) -> bool:
    """A company's form before the name (`PT Duta Palma`), a company's word closing it, a listed
    body opening it (`KTM Racing`), one brand-shaped word (`KerjaKu`), or a word the article's
    bodies are named with (`Movistar Yamaha` beside `Monster Yamaha Tech3`)."""
    words = name.split()
    if COMPANY_FORM.match(name + " ") or known_body(name) or words[0] in organisations():
        return True
    if words[-1].lower() in company_words() or (len(words) == 1 and BRAND_WORD.fullmatch(name)):
        return True
    return len(words) > 1 and any(w in bodies for w in words if len(w) > 2)


def _person_front(e: Entity, front: str) -> bool:
    """The name before the bracket is a person's: a person's (not an acronym, `SEO (Search Engine
    Optimization)`), or two words or more opening with a known given name (`Valentino Rossi`)."""
    if front.isupper() or not any(c.islower() for c in front):
        return False
    return e.label == "PER" or (" " in front and known_person(front.split()[0]))


def _acronym_of(short: str, name: str) -> bool:
    """`Key Performance Indicator (KPI)`, `Daya Anagata Nusantara (Danantara)`: one word opening with
    the name's first letter is the name's own acronym or contraction, not another body."""
    return " " not in short and short[:1].lower() == name[:1].lower()


def _shared(a: str, b: str) -> bool:
    return bool(set(a.lower().split()) & set(b.lower().split()))


def split_bracketed_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with a body named in brackets right after a person's name taken out of the person."""
    out = list(entities)
    for e in entities:
        if e.label not in ("PER", "ORG") or len(e.mentions) < 2:
            continue
        ends = {m.end: m for m in e.mentions}
        for m in list(e.mentions):
            front = ends.get(m.start - 2)
            if (
                front is None
                or m not in e.mentions
                or text[m.start - 2 : m.start] != " ("
                or text[m.end : m.end + 1] != ")"
            ):
                continue
            if _shared(front.text, m.text) or _acronym_of(m.text, front.text) or not _person_front(e, front.text):
                continue
            others = {
                w for o in entities if o is not e and o.label == "ORG" for x in o.mentions for w in x.text.split()
            }
            if not _body_shaped(m.text, others):
                continue
            moved = [
                x
                for x in e.mentions
                if x.text == m.text or (x.text in m.text.split() and not _shared(x.text, front.text))
            ]
            e.mentions = [x for x in e.mentions if x not in moved]
            e.label = "PER"
            if e.canonical in {x.text for x in moved}:
                e.canonical = front.text
            _give(out, m.text, moved)
    return out


def _give(entities: list[Entity], name: str, mentions: list[Mention]) -> None:
    """The mentions join the body already named so, or make a body of their own."""
    for e in entities:
        if e.label == "ORG" and (e.canonical == name or any(x.text == name for x in e.mentions)):
            e.mentions = sorted([*e.mentions, *mentions], key=lambda x: x.start)
            return
    entities.append(Entity(canonical=name, label="ORG", mentions=sorted(mentions, key=lambda x: x.start)))
