"""A match report lists each side's players on a line of its own: after the side's name or the
bench's label and a colon, with shirt numbers, substitutes and their minute in brackets
(`Arsenal (3 - 4 - 2 - 1): Cech; Holding, Mustafi, Chambers; …`, `Cadangan: 27 Dede Sulaiman,
28 Andri Ibo, …`, `Bologna: 1 - Angelo Da Costa, … 4 - Emil Krafth (Bruno Petkovic 75 ')`), or
with no label at all (`Neto, Montoya, Coquelin, …`). The players' names there stand alone, with
no post, verb or given name around them, so a one-word surname (`Holding`, `Soler`) or a foreign
name is often not read as a person, or is read as a club or a place (`Casilla`, `Matias
Cordoba`). A line is a line-up when it is a list of four names or more, nearly all name-shaped,
of which several are persons already (its own players found by the other rules); once an article
has one, every labelled list of names in it (a bench, the other side) is one too. Each of its
names is a person: added, given to the person already named so, or relabelled when a body or a
place was read there and nowhere else. So are the scorers a result line gives in brackets after
the score, each with his minute (`Burnley 1 - 0 Stoke City (George Boyd 58 ')`)."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.line_ups import named_as
from warta.entities.patterns import lexicon
from warta.entities.words import name_particles

# a list item: the text between separators and brackets
_PIECE = re.compile(r"[^,;()]+")
# the side's or the bench's label before the colon that opens the line (`Arsenal (3 - 4 - 2 - 1)`,
# `Cadangan`): a few capitalised words, with the formation in brackets
_LABEL = re.compile(r"^[A-Z][\w.'’&]*(?: [\w.'’&]+){0,4}(?: \([\d -]+\))?\s*:\s*")
# a shirt number before the name (`27 `, `1 - `) and the minute after it (` 58 '`, ` 90 + 4 '`)
_NUMBER = re.compile(r"^\d{1,3}\s*(?:-\s*)?")
_MINUTE = re.compile(r"\s*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’]?\s*$")
_WORD = re.compile(r"[A-Z][\w'’.]*$")
# a match's score anywhere in the article (`2 - 1`, `2-1`)
_SCORE = re.compile(r"\b\d{1,2} ?- ?\d{1,2}\b")
# a result line's score, then its scorers in brackets, each with a minute mark
_SCORERS = re.compile(r"\d{1,2} - \d{1,2} [^\n()]{2,60}\(([^()\n]*\d\s*['’][^()\n]*)\)")


def _name_shaped(name: str) -> bool:
    """One to five words, the first and last capitalised, the rest capitalised or particles;
    IndoSum's spaced hyphen joins two parts (`Maitland - Niles`, `Yoo Jae - hoon`)."""
    words = name.replace(" - ", "-").split()
    if not 1 <= len(words) <= 5 or not _WORD.match(words[0]) or not _WORD.match(words[-1].split("-")[0]):
        return False
    particles = name_particles()  # lower-case words inside a name (`Gomes de Oliviera`)
    return all(_WORD.match(w.split("-")[0]) or w in particles for w in words) and not any(c.isdigit() for c in name)


def _posted(name: str) -> bool:
    """A post, a title or an honorific among the words (`Kapolda`, `Dandim`): a line of guests
    names posts bare, which are no players' names."""
    lex = lexicon()
    return any((w.lower(),) in lex.roles or (w.lower(),) in lex.honorifics for w in name.split())


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list line as (start, end) in the text: the pieces between commas,
    semicolons and brackets, each without its shirt number, its minute and a closing full stop;
    a bracket's pieces joined by ` - ` (`Zlatan Ibrahimovic 90 + 4 ' - Phil Jagieka 22 '`) apart."""
    out = []
    for m in _PIECE.finditer(text, start, end):
        s, e = m.start(), m.end()
        for part in re.split(r"(?<=['’]) - ", text[s:e]):
            piece = part.strip().rstrip(".")
            if piece:
                at = text.index(piece, s)
                lead = _NUMBER.match(piece)
                a = at + (lead.end() if lead else 0)
                b = at + len(_MINUTE.sub("", piece))
                if b > a:
                    out.append((a, b))
            s += len(part) + 3  # past the part and its ` - `
    return out


def _side(label: str, entities: list[Entity]) -> bool:
    """The label before the colon names a side: a body of the article (`Arsenal (3 - 4 - 2 - 1)`)."""
    name = re.sub(r"\s*(?:\([\d -]+\))?\s*:\s*$", "", label)
    return named_as(entities, name, "ORG") is not None


def _line_ups(text: str, entities: list[Entity]) -> list[list[tuple[int, int]]]:
    """The items of every line-up line of the article (none when it has none). A line is one on
    its own when it is a list of names of which several are persons already and few a body or a
    place, or a list of six names or more, each name-shaped and none a body or a place, after a
    side's label in an article that gives a score. Then a labelled list of names is one too when
    at most half its names were read as bodies or places (a bench: `Cadangan: Casilla, Theo, …`)."""
    per = [(x.start, x.end) for e in entities if e.label == "PER" for x in e.mentions]
    other = [(x.start, x.end) for e in entities if e.label != "PER" for x in e.mentions]
    scored = _SCORE.search(text) is not None
    lines, alone, pos = [], False, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count(",") + line.count(";") < 3:
            continue
        label = _LABEL.match(line)
        body = start + (label.end() if label else 0)
        items = [(a, b) for a, b in _items(text, body, start + len(line)) if not text[a:b].isdigit()]
        if len(items) < 4:
            continue
        n = len(items)
        shaped = sum(_name_shaped(text[a:b]) for a, b in items)
        found = sum(any(s < b and a < e for s, e in per) for a, b in items)
        placed = sum(any(s < b and a < e for s, e in other) for a, b in items)
        if shaped * 10 < n * 9 or placed * 2 > n:
            continue
        lines.append((items, bool(label) or found >= 3))
        sided = bool(label) and scored and n >= 6 and shaped == n and not placed and _side(label.group(), entities)
        alone = alone or (found >= 3 and found * 5 >= n * 2 and placed * 4 <= n) or sided
    return [items for items, labelled in lines if labelled] if alone else []


def _scorers(text: str) -> list[tuple[int, int]]:
    """The scorers of every result line: the bracket's items when each ends with a minute mark."""
    out = []
    for m in _SCORERS.finditer(text):
        inner = m.group(1)
        pieces = [p for p in re.split(r"[,;]|(?<=['’]) - ", inner) if p.strip()]
        if all(re.search(r"\d\s*['’]\s*$", p) for p in pieces):
            out.extend(_items(text, m.start(1), m.end(1)))
    return out


def squad_players(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with every name of the article's line-up lines and result lines' scorers a
    person (see the module's note)."""
    lines = _line_ups(text, entities) if text.count(",") >= 6 else []
    spans = {(a, b) for items in lines for a, b in items} | set(_scorers(text) if "'" in text or "’" in text else [])
    if not spans:
        return entities
    for a, b in sorted(spans):
        name = text[a:b]
        if not _name_shaped(name) or _posted(name):
            continue
        over = [e for e in entities if any(x.start < b and a < x.end for x in e.mentions)]
        if over:
            body = over[0]
            only_here = all((x.start, x.end) in spans for x in body.mentions)
            exact = any((x.start, x.end) == (a, b) for x in body.mentions)
            if len(over) == 1 and body.label != "PER" and exact and only_here:
                body.label, body.role, body.country, body.geo = "PER", None, None, None
            continue
        at = Mention(a, b, name)
        owner = named_as(entities, name, "PER")
        if owner is None and " " not in name:
            surnamed = [e for e in entities if e.label == "PER" and e.canonical.split()[-1] == name]
            owner = surnamed[0] if len(surnamed) == 1 else None
        if owner is None:
            entities.append(Entity(name, "PER", [at]))
        else:
            owner.mentions = sorted([*owner.mentions, at], key=lambda x: x.start)
    return entities
