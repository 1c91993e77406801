"""Tails a body's name keeps that the name rules stop before, and pieces of a body's name read
as places:

- a state company's legal tail, `PT Jasa Marga (Persero) Tbk`: the rules stop at the bracket, so
  the body comes out as `PT Jasa Marga`;
- a coordinating ministry's lower-case `bidang` and its field, `Kementerian Koordinator bidang
  Perekonomian`: the rules stop at the lower-case word and read the field as a second body;
- a country closing a body's name written elsewhere in full (`ASPEK Indonesia` named before,
  then `Presiden ASPEK Indonesia Mirah`): the country is that body's mention, not a place;
- a country written right after a body's mention (`Danone Indonesia`, `Mission Australia`): the
  body's national branch or full name, not a place;
- a country inside a programme's or card's name (`Program Indonesia Pintar`): no place is meant."""

from __future__ import annotations

import re

from warta.document.model import Entity, Mention
from warta.entities.field_lists import FIELD
from warta.entities.gazetteer import is_country, organisations
from warta.resources import word_set

# `PT X (Persero) Tbk`, `PT X Tbk.`, `Perum X (Persero)`: what may close a company's name
_LEGAL_TAIL = re.compile(r"(?: \((?:Persero|Perseroan)\))?(?: Tbk\b\.?)?")
_COMPANY_OPENERS = ("PT ", "PT. ", "Perum ", "Persero ")
# `bidang Perekonomian`, `bidang Politik, Hukum, dan Keamanan`, `Bidang Kemaritiman dan Investasi`
_BIDANG = re.compile(rf" [bB]idang {FIELD}(?:(?:, {FIELD})*,? dan {FIELD})?")
_COORDINATING = re.compile(r"\b(?:Kementerian|Kementrian|Menteri) Koordinator$")
_MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
# `Universitas 17 Agustus 1945 (Untag)`: a body named after a date, sure only with its acronym after
_DATE_NAME = re.compile(rf" (?:[1-9]|[12][0-9]|3[01]) (?:{_MONTHS}) [12][0-9]{{3}}(?= \([A-Z][A-Za-z]{{2,}}\))")
# `Pakar IT Universitas …`: a short field acronym glued before a body opener is the expert's field
_FIELD_BEFORE = re.compile(r"[A-Z]{2,4} (?=[A-Z][a-z]+\b)")


def _program_words() -> frozenset[str]:
    return word_set("warta.entities", "program_words.txt")


def _extend(text: str, e: Entity, i: int, end: int, start: int | None = None) -> None:
    m = e.mentions[i]
    old = m.text
    start = m.start if start is None else start
    e.mentions[i] = Mention(start, end, text[start:end])
    if e.canonical == old:
        e.canonical = text[start:end]


def _openers() -> frozenset[str]:
    return word_set("warta.entities", "body_openers.txt", lower=True)


def _drop_inside(entities: list[Entity], spans: list[tuple[int, int, Entity]]) -> list[Entity]:
    """Mentions of other entities lying wholly inside an extended span go; so does an entity left
    with none."""
    out = []
    for e in entities:
        keep = [m for m in e.mentions if not any(o is not e and s <= m.start and m.end <= t for s, t, o in spans)]
        if not keep:
            continue
        if len(keep) < len(e.mentions):
            e.mentions[:] = keep
            if e.canonical not in {m.text for m in keep}:
                e.canonical = max((m.text for m in keep), key=len)
        out.append(e)
    return out


def extend_tails(text: str, entities: list[Entity]) -> list[Entity]:
    """Bodies extended over their legal tail, their `bidang` field or the date naming them (before
    its acronym), and cut after a field acronym glued before their opener (`Pakar IT Universitas`)."""
    spans: list[tuple[int, int, Entity]] = []
    names = {m.text for e in entities for m in e.mentions}
    dated: dict[str, Entity] = {}
    for e in entities:
        if e.label != "ORG":
            continue
        for i, m in enumerate(e.mentions):
            cut = _FIELD_BEFORE.match(m.text)
            if cut and m.text.split()[1].lower() in _openers() and m.text.split()[0] not in names:
                _extend(text, e, i, m.end, m.start + cut.end())  # `IT Universitas …` is `Universitas …`
                m = e.mentions[i]
            end = None
            got = _DATE_NAME.match(text, m.end)
            if got:
                end = got.end()
                acronym = re.match(r" \(([A-Za-z]+)\)", text[end : end + 20])
                if acronym:
                    dated[acronym.group(1)] = e
            elif m.text.startswith(_COMPANY_OPENERS):
                got = _LEGAL_TAIL.match(text, m.end)
                if got and got.end() > m.end:
                    end = got.end()
            elif _COORDINATING.search(m.text):
                got = _BIDANG.match(text, m.end)
                if got:
                    end = got.end()
            if end is not None:
                _extend(text, e, i, end)
                spans.append((m.start, end, e))
    for e in entities:  # the acronym after a body named by a date is that body (`(Untag)`)
        body = dated.get(e.canonical)
        if body is not None and body is not e and e.label == "ORG" and all(" " not in m.text for m in e.mentions):
            body.mentions[:] = sorted(body.mentions + e.mentions, key=lambda x: x.start)
            e.mentions[:] = []
    entities = [e for e in entities if e.mentions]
    return _drop_inside(entities, spans) if spans else entities


def countries_in_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A country's mention that closes a body's name written out elsewhere joins that body; one
    inside a programme's name (`Program Indonesia Pintar`) goes."""
    bodies = [(m.text, e) for e in entities if e.label == "ORG" for m in e.mentions if " " in m.text]
    programs = _program_words()
    added: list[tuple[int, int, Entity]] = []
    out = []
    for e in entities:
        if e.label != "LOC" or not is_country(e.canonical):
            out.append(e)
            continue
        keep = []
        for m in e.mentions:
            joined = next(
                ((n, b) for n, b in bodies if n.endswith(" " + m.text) and text.endswith(n, 0, m.end)),
                None,
            )
            if joined is not None:
                name, body = joined
                start = m.end - len(name)
                if any(x.start == start for x in body.mentions):
                    keep.append(m)  # the body's mention already covers it: the nesting is meant
                    continue
                body.mentions.append(Mention(start, m.end, text[start : m.end]))
                body.mentions.sort(key=lambda x: x.start)
                added.append((start, m.end, body))
                continue
            before = re.search(r"(\w+) $", text[max(0, m.start - 30) : m.start])
            after = re.match(r" [A-Z][a-z]+", text[m.end : m.end + 30])
            if before and before.group(1) in programs and after:
                continue
            keep.append(m)
        if keep:
            e.mentions[:] = keep
            out.append(e)
    # a body's mention that now covers another one (`ASPEK` inside `ASPEK Indonesia`) drops it
    return _drop_inside(out, added) if added else out


def countries_closing_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """`Plan International Indonesia`, `Danone Indonesia`, `Mission Australia`: a country written
    right after a body's mention, with no name word going on after it, is the body's national
    branch or its full name (the annotated sets name `Telkom Indonesia`, `KADIN Indonesia` as
    one body): the mention runs over the country, which is no place there."""
    ends = {m.end: (m, e) for e in entities if e.label == "ORG" for m in e.mentions}
    people = {m.start for e in entities if e.label == "PER" for m in e.mentions}
    spans: list[tuple[int, int, Entity]] = []
    for e in entities:
        if e.label != "LOC" or not is_country(e.canonical):
            continue
        for m in e.mentions:
            body = ends.get(m.start - 1)
            if body is None or text[m.start - 1] != " " or m.text.startswith("Republik "):
                continue  # `di PBB Republik Afrika Tengah`: a branch goes by the country's short name
            if re.match(r"[0-9(]| [0-9(]| [A-Z]", text[m.end : m.end + 2]) and m.end + 1 not in people:
                continue  # a name going on after the country, save the person who leads the body
            bm, b = body
            bm.end, bm.text = m.end, text[bm.start : m.end]
            if len(bm.text) > len(b.canonical) and bm.text.startswith(b.canonical):
                b.canonical = bm.text
            spans.append((bm.start, bm.end, b))
    return _drop_inside(entities, spans) if spans else entities


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def joined_by_acronym(text: str, entities: list[Entity]) -> list[Entity]:
    """Two names joined by `dan` and followed by a bracketed acronym made of both names' initials
    (`Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)`) are one body: the rules split a
    name at `dan`, but the acronym spells out the whole."""
    at = {m.start: (e, m) for e in entities if e.label in ("ORG", "PER") for m in e.mentions}
    gone: set[int] = set()
    for e in entities:
        if e.label not in ("ORG", "PER") or id(e) in gone:
            continue
        for m in list(e.mentions):
            if not text.startswith(" dan ", m.end) or m.end + 5 not in at:
                continue
            other, n = at[m.end + 5]
            if other is e or id(other) in gone:
                continue
            got = re.match(r" \(([A-Z]{3,})\)", text[n.end : n.end + 20])
            whole = text[m.start : n.end]
            if got is None or _initials(whole) != got.group(1):
                continue
            e.label, e.country, e.role = "ORG", None, None
            e.mentions[:] = sorted(
                [x for x in e.mentions if x is not m]
                + [Mention(m.start, n.end, whole)]
                + [x for x in other.mentions if x is not n],
                key=lambda x: x.start,
            )
            e.canonical = whole
            gone.add(id(other))
            break
    return [e for e in entities if id(e) not in gone]


# a company's legal form around its name, no part of the short name (`PT Bank Rakyat Indonesia
# (Persero) Tbk` is `BRI`)
_LEGAL_FORM = frozenset(("PT", "Tbk", "Tbk.", "Persero", "Ltd", "Ltd.", "Inc", "Inc."))
_SHORT = re.compile(r"(?:PT )?([A-Z]{3,6})")


def _body_initials(name: str) -> str:
    """Initials of a body's capitalised words, its bracketed parts and legal form left out."""
    return _initials(" ".join(w for w in re.sub(r"\([^)]*\)", " ", name).split() if w not in _LEGAL_FORM))


def spelled_acronyms(entities: list[Entity]) -> list[Entity]:
    """`PT Bank Rakyat Indonesia (Persero) Tbk` then `BRI`, `Tentara Nasional Indonesia` then
    `TNI`: an acronym the article never defines in brackets, whose letters are the initials of
    exactly one other body it names in full, is that body's short name; GUIDELINES writes one
    entity, the full name canonical and the acronym a mention. An acronym the lists know for
    another name stays itself (`PKB` is the party, not `Pemerintah Kota Bandung`)."""
    known = organisations()
    full: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label == "ORG" and len(e.canonical.split()) >= 3:  # (too long for an acronym)
            full.setdefault(_body_initials(e.canonical), []).append(e)
    gone: set[int] = set()
    for e in entities:
        got = _SHORT.fullmatch(e.canonical) if e.label == "ORG" else None
        bodies = full.get(got.group(1), []) if got else []
        if len(bodies) != 1 or known.get(got.group(1), bodies[0].canonical) not in bodies[0].canonical:
            continue
        body = bodies[0]
        body.mentions = sorted(body.mentions + e.mentions, key=lambda x: x.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


_BRACKETED = re.compile(r" \(([A-Z][A-Za-z]{1,7})\) ")
_TAIL = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}")


def bracketed_tails(text: str, entities: list[Entity]) -> list[Entity]:
    """`Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan` … `BPJS Kesehatan`, `Rumah Sakit Umum
    Pusat (RSUP) Prof Ngoerah` … `RSUP Prof Ngoerah`: the rules close a body's name at its
    bracketed acronym, but the words after the bracket go on with the name when the article
    also writes them after the acronym alone. One body: the head and the tail make its name,
    the whole run and the acronym with its tail are mentions."""
    named = {m.text: e for e in entities if e.label == "ORG" for m in e.mentions}
    gone: set[int] = set()
    for e in entities:
        if e.label != "ORG" or id(e) in gone:
            continue
        for m in e.mentions:
            b = _BRACKETED.match(text, m.end)
            tail = _TAIL.match(text, b.end()) if b else None
            if tail is None:
                continue
            words = tail.group().split()
            for k in range(len(words), 0, -1):
                other = named.get(f"{b.group(1)} {' '.join(words[:k])}")
                if other is not None and other is not e and id(other) not in gone:
                    end = b.end() + len(" ".join(words[:k]))
                    whole = Mention(m.start, end, text[m.start : end])
                    other.mentions = sorted(
                        [x for x in e.mentions if x is not m] + [whole] + other.mentions, key=lambda x: x.start
                    )
                    other.canonical = f"{m.text} {' '.join(words[:k])}"
                    gone.add(id(e))
                    break
            if id(e) in gone:
                break
    return [e for e in entities if id(e) not in gone]


# conventional openings beside the word's own first letters (`Disbudpar`, `Disdik` for Dinas …)
_OPENINGS = {"dinas": ("dis",)}


def _contracts(word: str, words: list[str]) -> bool:
    """`cabdin` from `cabang dinas`, `disbudpar` from `dinas kebudayaan pariwisata`: the word is
    made of a 2-4 letter opening of each of the name's first words (or of its stem after ke-/pe-),
    in order."""
    if not words:
        return False
    head = words[0]
    stems = [head] + [head[2:] for p in ("ke", "pe") if head.startswith(p) and len(head) > 6]
    openings = [st[:n] for st in stems for n in range(2, 5) if len(st) >= n] + list(_OPENINGS.get(head, ()))
    for opening in openings:
        if not word.startswith(opening):
            continue
        rest = word[len(opening) :]
        if not rest:
            return len(words) == 1
        if len(words) > 1 and _contracts(rest, words[1:]):
            return True
    return False


def _with_region(text: str, m: Mention, body: Entity) -> Mention:
    """The contraction's mention run on over the region closing the body's name when it follows
    (`Disbudpar Papua Barat` for `Dinas … Provinsi Papua Barat`)."""
    words = body.canonical.split()
    for k in (3, 2, 1):
        tail = " " + " ".join(words[-k:])
        if (
            len(words) > k + 1
            and text.startswith(tail, m.end)
            and not text[m.end + len(tail) : m.end + len(tail) + 1].isalnum()
        ):
            return Mention(m.start, m.end + len(tail), text[m.start : m.end + len(tail)])
    return m


def contracted_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """A one-word name that contracts the opening words of a body named in the article
    (`Cabdin` for `Cabang Dinas Pendidikan`, read as a person since no list knows it;
    `Disbudpar Papua Barat`) joins that body, over the region after it when the body's name
    closes with that region."""
    bodies = [e for e in entities if e.label == "ORG" and len(e.canonical.split()) >= 2]
    gone: set[int] = set()
    spans: list[tuple[int, int, Entity]] = []
    for e in entities:
        if e in bodies or any(" " in m.text for m in e.mentions) or e.role:
            continue
        word = e.canonical.lower()
        if len(word) < 5 or not word.isalpha():
            continue
        for b in bodies:
            words = [w.lower() for w in b.canonical.split() if w.lower() not in ("dan", "serta")]
            if any(_contracts(word, words[:k]) for k in range(2, len(words) + 1)):
                joined = [_with_region(text, m, b) for m in e.mentions]
                spans += [(m.start, m.end, b) for m in joined]
                b.mentions[:] = sorted(b.mentions + joined, key=lambda x: x.start)
                gone.add(id(e))
                break
    out = [e for e in entities if id(e) not in gone]
    return _drop_inside(out, spans) if spans else out


_BARE_BOARD = re.compile(r"(?:Dewan (?:Gubernur|Direksi|Komisaris)|Direksi|Komisaris)")


# a party's or a mass organisation's board named in full, its short form in brackets, then the
# organisation it leads (`Dewan Pimpinan Nasional (DPN) Tani Merdeka`)
_PARTY_BOARD = re.compile(r"Dewan (?:Pimpinan|Pengurus) (?:Pusat|Nasional|Daerah|Wilayah|Cabang)")
_BOARD_BRACKET = re.compile(r" \(([A-Z]{3})\) (?=[A-Z])")


def _board_of(text: str, e: Entity) -> bool:
    """Every mention of ``e`` is a party board's full name before its bracketed short form and the
    organisation it leads, or that short form in the bracket."""
    brackets: set[int] = set()
    for m in e.mentions:
        hit = _BOARD_BRACKET.match(text, m.end) if _PARTY_BOARD.fullmatch(m.text) else None
        if hit is not None:
            brackets.add(hit.start(1))
    return bool(brackets) and all(_PARTY_BOARD.fullmatch(m.text) or m.start in brackets for m in e.mentions)


def drop_bare_boards(entities: list[Entity], text: str = "") -> list[Entity]:
    """A board named with no body after it anywhere (`Rapat Dewan Gubernur`) goes: it is an organ
    of a body the story names otherwise, not an organisation of its own (``prefixes.boards_cut``
    reads a board followed by its body); so does a party's board named in full before the
    organisation it leads (`Dewan Pengurus Pusat (DPP) Gebu Minang`: the gold reads the
    organisation)."""
    return [
        e
        for e in entities
        if not (e.label == "ORG" and (all(_BARE_BOARD.fullmatch(m.text) for m in e.mentions) or _board_of(text, e)))
    ]


# `Kodam V/Brawijaya`, `Korem 061/Suryakancana`, `Kodim 0618/Kota Bandung`: a numbered
# territorial command, a slash and the name it bears
_NUMBERED_BEFORE = re.compile(r"(?:[IVXL]+|\d+)$")
_SLASH_NAME = re.compile(r"/((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)(?![\w/])")


def _slash_end(text: str, m: Mention, at: dict[int, tuple[Entity, Mention]]) -> int | None:
    """Where the name after ``m``'s slash ends, when ``m`` and it make one name: a name of two
    words or more the article already reads after a name of two words or more (`Koperasi
    Desa/Kelurahan Merah Putih`, `Gedung DPR/MPR RI`), or the capitalised name after a numbered
    command (`Kodam V/Brawijaya`)."""
    if not text.startswith("/", m.end) or " " not in m.text:
        return None
    if m.end + 1 in at and " " in at[m.end + 1][1].text:
        return at[m.end + 1][1].end
    # (`Bank Indonesia Rate/BI …`: a lone acronym after the slash is a name of its own)
    named = _SLASH_NAME.match(text, m.end)
    return named.end() if named and _NUMBERED_BEFORE.search(m.text) else None


def slash_joined(text: str, entities: list[Entity]) -> list[Entity]:
    """A body's (or a building's) mention, a slash and a capitalised name right after it are one
    name (see ``_slash_end``): the rules cut at the slash."""
    at = {m.start: (e, m) for e in entities if e.label in ("ORG", "LOC") for m in e.mentions}
    spans: list[tuple[int, int, Entity]] = []
    for e in entities:
        if e.label not in ("ORG", "LOC"):
            continue
        for i, m in enumerate(e.mentions):
            end = _slash_end(text, m, at)
            if end is None:
                continue
            _extend(text, e, i, end)
            spans.append((m.start, end, e))
    return _drop_inside(entities, spans) if spans else entities
