"""Bodies run together with what stands next to them: a unit written with its parent body
(`Direktorat Tindak Pidana Umum Badan Reserse Kriminal`) is two organisations; a board word cut
off its body (`Pengurus` + `Pusat Angkatan Muda …`) is one; a person's given name swallowed by the
body before it (`… Kementerian Luar Negeri Iqbal Lalu` + `Muhammad`) goes back to the person."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities.patterns import lexicon

# units inside a ministry, police or agency, named before the body they belong to
_UNIT_HEADS = frozenset(
    ("direktorat", "subdirektorat", "biro", "divisi", "deputi", "inspektorat", "sekretariat", "bagian", "subbagian")
)
# bodies a unit belongs to; the first three never stand inside another body's name
_STRONG_PARENTS = frozenset(("kementerian", "kepolisian", "kejaksaan"))
_PARENT_HEADS = _STRONG_PARENTS | frozenset(("badan", "komisi", "lembaga", "mahkamah"))
# a board of an organisation (`Pengurus Pusat`, `Pengurus Wilayah`): one name with the body
_BOARDS = frozenset(("pengurus", "dewan pengurus", "dewan pimpinan"))
_BOARD_LEVELS = frozenset(("pusat", "wilayah", "daerah", "cabang", "besar", "harian"))


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _names(entities: list[Entity]) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for e in entities:
        for n in (e.canonical, *(m.text for m in e.mentions)):
            out.setdefault(_fold(n), e)
    return out


def _retext(text: str, e: Entity, old: Mention, new: Mention) -> None:
    e.mentions = sorted([new if m is old else m for m in e.mentions], key=lambda m: m.start)
    if e.canonical == old.text:
        e.canonical = new.text


def give_back_names(text: str, entities: list[Entity]) -> list[Entity]:
    """An ORG mention right before a person's mention that ends in a given name and the words
    after it (`… Luar Negeri Iqbal Lalu` + `Muhammad`): those words open the person's name."""
    given = lexicon().given
    per_at = {m.start: (e, m) for e in entities if e.label == "PER" for m in e.mentions}
    grown: list[Entity] = []
    for e in entities:
        if e.label != "ORG":
            continue
        for m in list(e.mentions):
            hit = per_at.get(m.end + 1)
            if hit is None or text[m.end : m.end + 1] != " ":
                continue
            words = m.text.split(" ")
            j = next((j for j in range(2, len(words)) if words[j] in given), None)
            if j is None or not all(w[:1].isupper() and w.isalpha() for w in words[j:]):
                continue
            cut = m.start + len(" ".join(words[:j]))
            person, pm = hit
            _retext(text, e, m, Mention(m.start, cut, text[m.start : cut]))
            start = cut + 1
            _retext(text, person, pm, Mention(start, pm.end, text[start : pm.end]))
            grown.append(person)
    drop: set[int] = set()
    for person in grown:  # `Iqbal` alone elsewhere is this person, now that the name opens with it
        first = person.canonical.split(" ")[0]
        for other in entities:
            if other is not person and other.label == "PER" and all(x.text == first for x in other.mentions):
                person.mentions = sorted([*person.mentions, *other.mentions], key=lambda x: x.start)
                drop.add(id(other))
    return [e for e in entities if id(e) not in drop]


def _parent_at(words: list[str]) -> int | None:
    if len(words) < 4:
        return None
    unit = words[0].casefold() in _UNIT_HEADS
    for k in range(2, len(words) - 1):
        w = words[k].casefold()
        if words[k][:1].isupper() and (w in _STRONG_PARENTS or (unit and w in _PARENT_HEADS)):
            return k
    return None


def split_parent_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """`Direktorat Tindak Pidana Umum | Badan Reserse Kriminal`, `Badan Hukum Indonesia |
    Kementerian Luar Negeri`: the body a unit belongs to is an organisation of its own."""
    names = _names(entities)
    added: list[Entity] = []
    for e in entities:
        if e.label != "ORG":
            continue
        for m in list(e.mentions):
            words = m.text.split(" ")
            k = _parent_at(words)
            if k is None:
                continue
            cut = m.start + len(" ".join(words[:k]))
            _retext(text, e, m, Mention(m.start, cut, text[m.start : cut]))
            right = Mention(cut + 1, m.end, text[cut + 1 : m.end])
            home = names.get(_fold(right.text))
            if home is None or home is e:
                home = Entity(right.text, "ORG", [])
                names[_fold(right.text)] = home
                added.append(home)
            home.mentions = sorted([*home.mentions, right], key=lambda x: x.start)
    return sorted([*entities, *added], key=lambda x: x.mentions[0].start)


def join_boards(text: str, entities: list[Entity]) -> list[Entity]:
    """`Pengurus` + `Pusat Angkatan Muda Partai Golkar`: the board word before the level that
    opens a body's name makes one name with it (`Pengurus Pusat …`); a lone `Pengurus` read as an
    organisation there goes."""
    taken: set[tuple[int, int]] = set()
    for e in entities:
        if e.label != "ORG":
            continue
        for m in list(e.mentions):
            if m.text.split(" ")[0].casefold() not in _BOARD_LEVELS or len(m.text.split(" ")) < 2:
                continue
            before = text[max(0, m.start - 20) : m.start].casefold()
            board = next((b for b in _BOARDS if before.endswith(b + " ")), None)
            if board is None:
                continue
            start = m.start - len(board) - 1
            taken.add((start, m.start - 1))
            _retext(text, e, m, Mention(start, m.end, text[start : m.end]))
    out = []
    for e in entities:
        e.mentions = [m for m in e.mentions if (m.start, m.end) not in taken]
        if e.mentions:
            out.append(e)
    return out


def fix_units(text: str, entities: list[Entity]) -> list[Entity]:
    """All of the above, in order (names first, so a parent body is cut without the person)."""
    return join_boards(text, split_parent_bodies(text, give_back_names(text, entities)))
