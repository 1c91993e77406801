"""A person read at the end of a body's name: the two readings overlap, and only one can be right.
When the person has a post, the body's name ran on over them (`Kepala Satuan Tugas … KPK Wilayah V
Dian Patria`: the roman numeral let the body's name go on), so the body is cut before the person;
when not, the body is named after them (`Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto`),
so that mention is no person's."""

from __future__ import annotations

from warta.document.model import Entity, Mention


def people_closing_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies cut before a posted person closing their name; unposted people closing a body's name
    lose that mention (and go when it was their only one)."""
    people = [(x, p) for p in entities if p.label == "PER" for x in p.mentions]
    for e in entities:
        if e.label != "ORG":
            continue
        for i, m in enumerate(e.mentions):
            x, p = next(((x, p) for x, p in people if m.start < x.start and x.end == m.end), (None, None))
            if x is None or p is None or text[x.start - 1] != " ":
                continue
            if p.role:
                cut = text[m.start : x.start].rstrip()
                if e.canonical == m.text:
                    e.canonical = cut
                e.mentions[i] = Mention(m.start, m.start + len(cut), cut)
            else:
                p.mentions = [y for y in p.mentions if y is not x]
    return [e for e in entities if e.mentions]
