"""Degrees and honorifics written around a person's name (`Prof. Dr. Muhammad Nur DEA`, `Dr Husaini
Ibrahim MA`, `AKP Rizki Pratama S.IK.M.Si`, `dr. Ari Syam SpPD-KGEH`, `Dr. Eng. Ir. Bima Ramadan`).

Regional and campus outlets write them in most articles that quote an official or an expert. The
name rules stop at a degree they know (data/degrees.txt), but not at one that is also a body's
acronym (`MA`, the Mahkamah Agung), one glued to another (`S.IK.M.Si`), a consultant's mark
(`Sp.OG(K)`) or a doctor's field (`Dr. Eng.`): the person is then lost behind the degree, or the
degree is read as a body or a person of its own. GUIDELINES: the canonical name is the name
without titles and degrees, and a degree is no entity. Here the whole shape is read from the
text: honorifics before the name, one to four name words, degrees after it."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from warta.document.model import Entity, Mention
from warta.entities.ranks import rank_lists
from warta.entities.shapes import degrees
from warta.resources import word_lists

# a word of the text, with the comma that may close it
_WORD = re.compile(r"[^\s,]+")
# a name word: capitalised, then lower case (`Nur`, `Ni'am`, `Abdul-Aziz`)
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)?")
# a degree's written shape: capitals and dotted pieces, maybe a consultant's mark (`Sp.PD-KGEH`, `Sp.A(K)`)
_DEGREE_SHAPE = re.compile(r"([A-Z][A-Za-z]{0,5}(?:\.[A-Za-z]{1,5})*)\.?(?:-([A-Z]{1,5})|\(([A-Z]{1,5})\))?\.?")
# the field of a specialist's degree written apart from `Sp.` (`Sp. B`, `Sp. PD`)
_FIELD = re.compile(r"[A-Z][A-Za-z]{0,3}\.?")
_MARK = re.compile(r"\(([A-Z]{1,5})\)")
# a capitalised word, with its dots, brackets and hyphens
_CAPITAL = re.compile(r"(?<![\w.])[A-Z][\w.()'’-]*[\w)]\.?")
# degrees glued by their closing period to the next sentence's first word
_NEXT_SENTENCE = re.compile(r"(.+?\.)[A-Z][a-z]{2,}")


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    return word_lists("warta.entities", "name_degrees.json")


@functools.cache
def _glue_parts() -> frozenset[str]:
    """Every degree, listed or ambiguous, that a glued run may be made of (built once, not per word)."""
    return degrees() | _lists()["titled_only"]


def _glued(key: str, known: frozenset[str]) -> bool:
    """`sikmsi` (`S.IK.M.Si`), `shmh` (`SH.MH`): two listed degrees or more written as one word."""
    if key in known:
        return True
    return any(key[:k] in known and _glued(key[k:], known) for k in range(2, len(key) - 1))


def _degree(word: str) -> int:
    """How surely ``word`` is a degree after a name: 2 a listed one (or a dotted run holding one, or
    a specialist's degree with a consultant's mark), 1 one of the ambiguous ones (a degree only after
    a titled name or beside a listed one), 0 none."""
    m = _DEGREE_SHAPE.fullmatch(word)
    if m is None:
        return 0
    lists = _lists()
    mark = (m.group(2) or m.group(3) or "").lower()
    if mark and mark not in lists["specialist_marks"]:
        return 0
    key = m.group(1).replace(".", "").lower()
    if key in degrees():
        return 2
    if key in lists["titled_only"]:
        return 1
    if "." in m.group(1) and _glued(key, _glue_parts()):
        return 2 if any(key[:k] in degrees() or key[k:] in degrees() for k in range(2, len(key) - 1)) else 1
    return 0


@dataclass(frozen=True, slots=True)
class Named:
    """A person's name in the text, and the spans of the honorifics before it and the degrees after it."""

    start: int
    end: int
    front: int  # where the honorifics start (== start when there are none)
    tail_end: int  # where the degrees end
    titled: bool  # honorifics or a rank before the name: it starts right after them


def _words(text: str) -> list[tuple[int, int, str, bool]]:
    """The words of the text: start, end, text without a closing comma, and whether a comma closes it."""
    out = []
    for m in _WORD.finditer(text):
        out.append((m.start(), m.end(), m.group(), text[m.end() : m.end() + 1] == ","))
    return out


def _tail(text: str, ws: list, j: int) -> tuple[int, bool]:
    """Where the degrees after a name end, the name's last word being word ``j - 1`` (``-1`` when none
    follows), and whether one of them is listed for every name."""
    end, listed, k = -1, False, j
    while k < len(ws):
        s, e, w, _ = ws[k]
        if text[ws[k - 1][1] : s].strip(" ,"):
            break  # only spaces and commas between the name and its degrees
        if w in ("Sp.", "Sp") and k + 1 < len(ws) and _FIELD.fullmatch(ws[k + 1][2].rstrip(".")):
            k, e, listed = k + 1, ws[k + 1][1], True  # `Sp. B`: the field of a specialist written apart
            if k + 1 < len(ws) and _MARK.fullmatch(ws[k + 1][2].rstrip(".")):
                k, e = k + 1, ws[k + 1][1]  # `Sp. JP (K)`
        elif level := _degree(w):
            listed = listed or level == 2
        elif (glued := _NEXT_SENTENCE.match(w)) and (level := _degree(glued.group(1))):
            # `Dedy Tabrani S.IK.M.Si.Ketua Perkumpulan …`: the scrape lost the space after the period
            return s + glued.end(1), listed or level == 2
        else:
            break
        end = e
        k += 1
    return end, listed


def _front_words() -> frozenset[str]:
    """Honorifics, ranks and corps that stand before a name (`Prof. Dr.`, `AKP`, `Kombes Pol`)."""
    ranks, corps = rank_lists()
    return _lists()["before"] | ranks | corps


def _worth_reading(text: str) -> bool:
    """A capitalised word of the text is a degree, a specialist's `Sp`, or a doctor's field (`Dr. Eng.`):
    the quick test that spares the word-by-word reading to the many articles with none."""
    fields = _lists()["doctor_fields"]
    for m in _CAPITAL.finditer(text):
        w = m.group()
        glued = _NEXT_SENTENCE.match(w)
        if _degree(w) or w in ("Sp.", "Sp") or w.rstrip(".").lower() in fields or glued and _degree(glued.group(1)):
            return True
    return False


def named_with_degrees(text: str) -> list[Named]:
    """Every name written with degrees after it: after honorifics or a rank any degree (`Dr Husaini
    Ibrahim MA`), else a run of degrees holding one listed for every name (`Rafli Siregar SIK MH`)."""
    front, fields = _front_words(), _lists()["doctor_fields"]
    ws = _words(text)
    out: list[Named] = []
    i = 0
    while i < len(ws):
        f = i
        while i < len(ws) and ws[i][2].rstrip(".").lower() in front and not ws[i][3]:
            i += 1
        j = i
        while j < len(ws) and j - i < 4 and _NAME_WORD.fullmatch(ws[j][2]) and not _degree(ws[j][2]):
            if j > i and (text[ws[j - 1][1] : ws[j][0]] != " " or ws[j][2].rstrip(".").lower() in front):
                break  # `Arkeolog Dr Husein`: the honorifics open the name
            j += 1
            if ws[j - 1][3]:
                break  # a comma closes the name
        if j == i:
            i = max(i, f + 1)
            continue
        end, listed = _tail(text, ws, j)
        if end > 0 and (i > f or listed):
            out.append(Named(ws[i][0], ws[j - 1][1], ws[f][0], end, i > f))
        elif i - f >= 2 and any(w[2].rstrip(".").lower() in fields for w in ws[f:i]):
            out.append(Named(ws[i][0], ws[j - 1][1], ws[f][0], ws[j - 1][1], False))  # `Dr. Eng. Bima`
        i = j
    return out


def _inside(m: Mention, a: int, b: int) -> bool:
    return a <= m.start and m.end <= b


def _cut_bodies_before(text: str, n: Named, entities: list[Entity]) -> None:
    """`Rektor Universitas Andalas Prof. Dr. Yuliandri, S.H., M.H.`, `Direktur RSUD dr. Ani, MARS`: a
    body's name run on into the honorifics of a name with degrees after it ends before them."""
    for e in entities:
        if e.label == "PER":
            continue
        for k, m in enumerate(e.mentions):
            if m.start < n.front and n.start < m.end <= n.tail_end:
                name = text[m.start : n.front].rstrip(" ,")
                if e.canonical == m.text:
                    e.canonical = name
                e.mentions[k] = Mention(m.start, m.start + len(name), name)
        e.mentions = [m for m in e.mentions if m.text]


def degrees_around_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A degree (or a doctor's field before the name) is no entity of its own and no word of the
    name; a name between honorifics and degrees is a person, joined to the person read on a word
    of it (`Nur` of `Prof. Dr. Muhammad Nur DEA`)."""
    found = named_with_degrees(text) if _worth_reading(text) else []
    if not found:
        return entities
    before = _lists()["before"]
    for n in found:
        for e in entities:
            # `MA`, `KK`: a degree read as a name; `Eng` of `Dr. Eng.`: an honorific (not a rank's corps, `TNI`)
            e.mentions = [
                m
                for m in e.mentions
                if not (
                    _inside(m, n.end + 1, n.tail_end)
                    or _inside(m, n.front, n.start - 1)
                    and m.text.rstrip(".").lower() in before
                )
            ]
            if e.label != "PER":
                continue
            for k, m in enumerate(e.mentions):
                if n.start <= m.start < n.end < m.end <= n.tail_end:
                    name = text[m.start : n.end]
                    if e.canonical == m.text:
                        e.canonical = name
                    e.mentions[k] = Mention(m.start, n.end, name)
        entities = [e for e in entities if e.mentions]
        if not n.titled:
            continue  # where an untitled name starts is not sure: only its degrees are cut off
        if n.tail_end > n.end:
            _cut_bodies_before(text, n, entities)
            entities = [e for e in entities if e.mentions]
        if any(m.start < n.end and n.start < m.end for e in entities for m in e.mentions if e.label != "PER"):
            continue  # a body or a place read there: left to the steps that read them
        name = text[n.start : n.end]
        mention = Mention(n.start, n.end, name)
        owner = next(
            (e for e in entities if e.label == "PER" and any(m.start < n.end and n.start < m.end for m in e.mentions)),
            None,
        )
        if owner is not None:
            # `Nur` read inside `Muhammad Nur`: the mention becomes the whole name
            owner.mentions = [m for m in owner.mentions if not (m.start < n.end and n.start < m.end)] + [mention]
        else:
            owner = next((e for e in entities if e.label == "PER" and e.canonical == name), None)
            if owner is None:
                owner = next(
                    (e for e in entities if e.label == "PER" and len(name.split()) > 1 and e.canonical in name.split()),
                    None,
                )
            if owner is None:
                entities.append(Entity(canonical=name, label="PER", mentions=[mention]))
                continue
            owner.mentions.append(mention)
        owner.mentions.sort(key=lambda m: m.start)
        if len(name) > len(owner.canonical) and owner.canonical in name:
            owner.canonical = name
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities
