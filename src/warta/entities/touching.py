"""Two "people" whose mentions touch across one space are one person's name cut in two
(`Menteri Sekretaris Negara Prasetyo Hadi` read as `Prasetyo` and `Hadi`, `Gian Wiatma
Jonimandala` as `Gian` and `Wiatma Jonimandala`): news writes a comma, `dan` or a post between two
people, never a bare space. The whole run is the name, and both parts' other mentions are his.
Only a first part of one capitalised word (not `CHK`, a corps, nor `Boca Juniors`) and a second
part named nowhere else (`Skuad Garuda Shin Tae-yong (STY)`: a person of his own) are joined."""

from __future__ import annotations

from warta.document.model import Entity, Mention


def _role_less_name(role: str | None, name: str) -> str | None:
    """The post the second part was given, less the first part of the name it swallowed
    (`Menteri Sekretaris Negara Prasetyo` is `Menteri Sekretaris Negara`)."""
    if role and role.endswith(" " + name):
        return role[: -len(name) - 1]
    return role


def join_touching_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each pair of people whose mentions touch across one space made one."""
    starts = {m.start: (e, m) for e in entities if e.label == "PER" for m in e.mentions}
    gone: set[int] = set()
    for e in entities:
        if e.label != "PER" or id(e) in gone:
            continue
        for m in e.mentions:
            nxt = starts.get(m.end + 1)
            if nxt is None or text[m.end] != " " or nxt[0] is e or id(nxt[0]) in gone:
                continue
            other, n = nxt
            if " " in m.text or not m.text[1:].islower() or len(other.mentions) > 1:
                continue
            whole = Mention(m.start, n.end, text[m.start : n.end])
            rest = [x for x in e.mentions if x is not m] + [x for x in other.mentions if x is not n]
            e.mentions = sorted([whole, *rest], key=lambda x: x.start)
            e.role = e.role or _role_less_name(other.role, m.text)
            e.canonical = max((x.text for x in e.mentions), key=len)
            gone.add(id(other))
            break
    return [e for e in entities if id(e) not in gone]
