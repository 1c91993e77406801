"""Last look at the finished entities for shapes no name has: a lone letter or a number read as a
person (`inisial K`, `Pasal 32`), a body's `RI` read as the place Indonesia (`MPR RI`), a name
with a bare middle initial read as two people (`Yasonna H Laoly`), and a name closed by the whole
part of a decimal number (`Kemenlu 3,32`, `Pelabuhan Priok 2,9 hari`, `Android 8.0`)."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.gazetteer import country_of, organisations, place
from warta.entities.glued import join_renamed
from warta.entities.patterns import lexicon
from warta.entities.ranks import rank_lists
from warta.resources import word_set

# `RI` after these is the state that made the law, not a place named in the story
_LAW_BEFORE_RI = re.compile(r"(?:\bUU|\bUndang-Undang|\bPerpres|\bPP|\bPerppu|\bKeppres|\bPermen\w*)\s+$")


def degrees() -> frozenset[str]:
    return word_set("warta.entities", "degrees.txt", lower=True)


_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.?\s+")


# a sum of money glued to its currency (`Rp300 ribu`, `Rp2,36 miliar`, `US$5`) cut where the digits end
_CURRENCY = re.compile(r"^(?:Rp|US\$|S\$|\$|€|£)\s?")


def _no_name(text: str) -> bool:
    """One character, digits only, or a sum of money: no person, body or place is named like that."""
    t = _CURRENCY.sub("", text.strip(" ."))
    return len(t) <= 1 or t.replace(".", "").replace(",", "").isdigit()


# a lone letter right after these is a person's initial (`berinisial M`, `tersangka M`)
_INITIAL_CUE = re.compile(r"(?:berinisial|tersangka|terdakwa|pelaku|korban|saksi)\s+$", re.I)


def drop_shapeless(text: str, entities: list[Entity]) -> list[Entity]:
    """Drop entities whose every mention is a lone character or a number, unless a letter is
    given as a person's initial (`berinisial M`); two-letter initials (`AG`) always stay."""
    out = []
    for e in entities:
        if all(_no_name(m.text) for m in e.mentions) and not (
            e.label == "PER"
            and any(m.text.isalpha() and _INITIAL_CUE.search(text, max(0, m.start - 20), m.start) for m in e.mentions)
        ):
            continue
        out.append(e)
    return out


def _is_ri(e: Entity, m: Mention) -> bool:
    return e.label == "LOC" and m.text == "RI"


def join_ri(text: str, entities: list[Entity]) -> list[Entity]:
    """`MPR RI`, `Kejaksaan Agung RI`: `RI` right after a body's name is part of the name (the
    body of the Republic), so the body takes it and Indonesia loses that mention; after a law's
    name (`UU RI Nomor 20`) it names no place at all."""
    org_end: dict[int, tuple[Entity, int]] = {}
    for e in entities:
        if e.label == "ORG":
            for k, m in enumerate(e.mentions):
                org_end[m.end] = (e, k)
    out = []
    for e in entities:
        keep = []
        for m in e.mentions:
            if not _is_ri(e, m):
                keep.append(m)
                continue
            before = text[max(0, m.start - 40) : m.start]
            gap = len(before) - len(before.rstrip(" "))
            hit = org_end.get(m.start - gap) if 0 < gap <= 1 else None
            if hit is not None:
                org, k = hit
                om = org.mentions[k]
                org.mentions[k] = Mention(om.start, m.end, text[om.start : m.end])
                if org.canonical == om.text:
                    org.canonical = text[om.start : m.end]
                continue
            if _LAW_BEFORE_RI.search(before):
                continue
            keep.append(m)
        if keep:
            e.mentions = keep
            out.append(e)
    return out


def join_middle_initial(text: str, entities: list[Entity]) -> list[Entity]:
    """`Yasonna H Laoly`: two persons' mentions apart only by a capital letter are one name with
    a middle initial; the two entities become one, named in full."""
    by_start = {m.start: e for e in entities if e.label == "PER" for m in e.mentions}
    drop: set[int] = set()
    for e in entities:
        if e.label != "PER" or id(e) in drop:
            continue
        for m in list(e.mentions):
            gap = _MIDDLE_INITIAL.match(text, m.end)
            if not gap or gap.end() not in by_start:
                continue
            other = by_start[gap.end()]
            if other is e or id(other) in drop:
                continue
            om = next(x for x in other.mentions if x.start == gap.end())
            full = Mention(m.start, om.end, text[m.start : om.end])
            rest = [x for x in e.mentions + other.mentions if x is not m and x is not om]
            e.mentions = sorted([full, *rest], key=lambda x: x.start)
            e.canonical = full.text
            e.role = e.role or other.role
            drop.add(id(other))
            break
    return [e for e in entities if id(e) not in drop]


_STREET_PAIR = re.compile(
    r"(?P<head>(?:Jalan|Jl\.?|Jln\.?)\s+)(?P<a>[A-Z][\w. ]*?\w)-(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$"
)


def _street_key(name: str) -> str:
    return re.sub(r"^(?:jalan|jln\.?|jl\.?)\s+", "", name.casefold()).strip()


def _is_town(name: str) -> bool:
    """`Jalan Pantura Semarang-Demak` is one road between two towns, not two streets."""
    p = place(name)
    return p is not None and p.kind in ("city", "regency", "province")


def split_street_pairs(entities: list[Entity]) -> list[Entity]:
    """`Jalan MH Thamrin-Sudirman` names two streets that meet (or a stretch between them): each
    street is its own place, and the right one keeps the head the writer left out."""
    streets: dict[str, Entity] = {}
    for e in entities:
        if e.label == "LOC" and not _STREET_PAIR.match(e.canonical):
            for n in [e.canonical] + [m.text for m in e.mentions]:
                streets.setdefault(_street_key(n), e)
    out = []
    for e in entities:
        pairs = [(m, _STREET_PAIR.match(m.text)) for m in e.mentions] if e.label == "LOC" else []
        if not pairs or not all(x and not _is_town(x.group("b")) for _, x in pairs):
            out.append(e)
            continue
        for m, x in pairs:
            pieces = (
                (m.start, m.start + x.end("a"), x.group("head") + x.group("a")),
                (m.start + x.start("b"), m.end, x.group("head") + x.group("b")),
            )
            for s, t, name in pieces:
                home = streets.get(_street_key(name)) or streets.get(_street_key(name).split()[-1])
                if home is None:
                    home = Entity(name, "LOC", [], country=e.country)
                    streets[_street_key(name)] = home
                    out.append(home)
                home.mentions = sorted(
                    [*home.mentions, Mention(s, t, m.text[s - m.start : t - m.start])], key=lambda y: y.start
                )
    return sorted(out, key=lambda y: y.mentions[0].start)


# (the word boundary before the rank is tested after its capital, `(?<!\w[A-Z])`: a pattern that
# opens with a character class lets re skip to the capitals, one that opens with `\b` is tried at
# every position; same matches)
_RANKED_INITIALS = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z]+)\.?\s+([A-Z]{2,3})\b(?![-/.]\w)")


def ranked_initials(text: str, entities: list[Entity]) -> list[Entity]:
    """`Bripda AG dan Bripda AN`: two or three capitals after a police or military rank are a
    person's initials (the guidelines count them as persons), not a body's short form."""
    ranks, corps = rank_lists()
    known = organisations()
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    at = {(m.start, m.end): e for e in entities for m in e.mentions}
    ranked: set[tuple[int, int]] = set()
    added: dict[str, Entity] = {}
    for x in _RANKED_INITIALS.finditer(text):
        s, t = x.span(2)
        if x.group(1).lower() in ranks and x.group(2).lower() not in corps and x.group(2) not in known:
            ranked.add((s, t))
        short = x.group(2)
        if short.lower() in corps or short in known:
            continue  # `Kolonel TNI`, `Kompol Polri`: the service, not a person
        if x.group(1).lower() not in ranks or (s, t) in taken or any(a < t and s < b for a, b in spans):
            continue
        e = added.get(x.group(2))
        if e is None:
            e = added[x.group(2)] = Entity(x.group(2), "PER", [])
        e.mentions.append(Mention(s, t, x.group(2)))
    for e in {id(x): x for x in at.values()}.values():
        if e.label != "PER" and all((m.start, m.end) in ranked for m in e.mentions):
            e.label, e.role, e.country = "PER", None, None  # `Briptu RH` read as a body's short form
    if not added:
        return entities
    return sorted([*entities, *added.values()], key=lambda e: e.mentions[0].start)


# posts held in a body (not in a region: `Bupati OKI` names a regency)
_BODY_POSTS = frozenset(
    ("ketua", "ketum", "sekjen", "sekretaris", "bendahara", "direktur", "dirut", "koordinator", "jubir", "pendiri")
)
_SHORT_FORM = re.compile(r"[A-Z]{2,6}$")


def bodies_in_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """`Sekjen FUI Muhammad Al Khaththath`: the short form closing a person's post in a body is
    that body, an organisation of its own, though no list knows it."""
    ranks, corps = rank_lists()
    nonentities = lexicon().nonentities
    names = {n for e in entities for n in (e.canonical, *(m.text for m in e.mentions))}
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    added: dict[str, Entity] = {}
    for e in entities:
        words = (e.role or "").split()
        if e.label != "PER" or len(words) < 2 or words[0].lower() not in _BODY_POSTS:
            continue
        short = words[-1]
        if not _SHORT_FORM.match(short) or short in names or short.lower() in ranks | corps:
            continue
        if country_of(short) is not None or short.lower() in nonentities:
            continue  # `Bupati OKI` names a place, `Direktur … HAM` a subject
        for x in re.finditer(rf"\b{short}\b", text):
            s, t = x.span()
            if any(a < t and s < b for a, b in spans):
                continue
            body = added.setdefault(short, Entity(short, "ORG", []))
            if all(m.start != s for m in body.mentions):
                body.mentions.append(Mention(s, t, short))
    added = {k: v for k, v in added.items() if v.mentions}
    if not added:
        return entities
    return sorted([*entities, *added.values()], key=lambda e: e.mentions[0].start)


def degree_word(word: str) -> bool:
    """An academic or medical degree (`SH`, `M.Si`, `SpPD`; data/degrees.txt), capitalised."""
    return word[:1].isupper() and word.replace(".", "").lower() in degrees()


def strip_degrees(text: str, entities: list[Entity]) -> list[Entity]:
    """`dr Hengky Setyahadi Sp. B`, `dr Andi Wijaya SpPD`: a degree closing a person's mention is
    no word of the name; the mention ends before it."""
    for e in entities:
        if e.label != "PER":
            continue
        for i, m in enumerate(e.mentions):
            words = m.text.split(" ")
            k = len(words)
            while k > 1 and degree_word(words[k - 1]):
                k -= 1
            if k < len(words):
                name = " ".join(words[:k]).rstrip(",")
                e.mentions[i] = Mention(m.start, m.start + len(name), text[m.start : m.start + len(name)])
                if e.canonical == m.text:
                    e.canonical = name
    return entities


# a number closing a mention, and the decimal mark and digit right after the mention
_NUMBER_TAIL = re.compile(r"\s*\d+$")
_DECIMAL_ON = re.compile(r"[.,]\d")


def cut_decimal_tails(text: str, entities: list[Entity]) -> list[Entity]:
    """`Kementerian Kesehatan 62,9`, `Pelabuhan Priok 2,9 hari`, `Hunindo Tech 6.0`: a number a
    decimal mark goes on from is a score, a measure or a version, never the numeral of a name
    (`SMP 2`, `Wilayah II` have none); it is cut off, and an entity whose name is then another's
    joins it. A mention that was the number alone goes."""
    changed: list[Entity] = []
    for e in entities:
        cut: dict[str, str] = {}
        kept: list[Mention] = []
        for m in e.mentions:
            tail = _NUMBER_TAIL.search(m.text)
            if tail is None or not _DECIMAL_ON.match(text, m.end):
                kept.append(m)
                continue
            end = m.start + tail.start()
            if end > m.start:
                kept.append(Mention(m.start, end, text[m.start : end]))
                cut[m.text] = text[m.start : end]
        if len(kept) != len(e.mentions) or cut:
            e.mentions = kept
            e.canonical = cut.get(e.canonical, e.canonical)
            changed.append(e)
    return join_renamed([e for e in entities if e.mentions], changed)


def tidy(text: str, entities: list[Entity]) -> list[Entity]:
    """All of the above, in this order (not the order they are written in): decimal tails, degrees,
    shapeless names, `RI`, middle initials, street pairs, ranked initials, bodies in titles."""
    out = cut_decimal_tails(text, entities)
    out = join_middle_initial(text, join_ri(text, drop_shapeless(text, strip_degrees(text, out))))
    return bodies_in_titles(text, ranked_initials(text, split_street_pairs(out)))
