"""Cited media: a name that is also a common word (`Antara`) is an organisation after a word of
citing or as a credit in brackets, and any capitalised name after a word of quoting (`dikutip dari
Tirto`, `Melansir Mirror`) is the outlet quoted."""

from __future__ import annotations

import re

from warta.cleaning.dateline import outlet_names
from warta.document import Article
from warta.entities.patterns import lexicon, opening_alternation
from warta.entities.spans import CONTEXT, Cand, Cluster
from warta.entities.words import MEDIA_PREFIXES, lower_written, place_of
from warta.resources import word_set

# (`Dikutip detikNews dari Antara`: the citing outlet's own channel may stand before `dari`;
# `keterangan tertulis yang diterima Antara`: the medium a statement was sent to)
# words of quoting, which only a medium follows (`dilansir Variety`), then words of citing that may
# also take a person (`laporan`, `kepada`)
_QUOTING = r"dilansir|melansir|dikutip|mengutip|diberitakan|memberitakan"
_CITING = rf"(?i:{_QUOTING}|pantauan|dilaporkan|melaporkan|laporan|kepada"
_FROM = r"(?:(?i:dari\s*)|[a-z]\w+\s+(?i:dari)\s+)?"  # `dikutip dari`, `dikutip detikNews dari`
_VIA = _CITING + r"|diterima)\s+" + _FROM
# the lookahead on the first letter lets the engine skip most positions at once (same matches)
_CITED = re.compile(rf"(?=[dmplkDMPLK(])(?:{_VIA}(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)|\((?P<credit>[A-Z][\w.]*)\))")

# an outlet's channel written in lower case after a word of citing (`dilansir detiksport`,
# `dikutip dari detikjatim`): the brand names the outlet, the glued word its channel
# (the word of citing may be glued to it in scraped text: `Dilansirdetiksport`)
_VIA_GLUED = (_CITING + r")\s+(?i:dari\s*)?").replace(r"\s+", r"\s*")
_CITED_CHANNEL = re.compile(rf"(?=[dmplkDMPLK]){_VIA_GLUED}(?P<channel>(?:{'|'.join(MEDIA_PREFIXES)})[a-z]{{2,}}\b)")

# a word of quoting that only a medium follows (`dilansir Variety`, `dikutip dari Tirto`, `Melansir
# Mirror, polisi …`): the capitalised run after it names the outlet quoted, listed or not. (`kepada`,
# `laporan`, `dilaporkan` also take people, `dilaporkan Elpi`: after them only listed outlets count.)
_NAME_JOINS = ("of", "and", "the", "&")  # small words inside an outlet's name (`Bank of America`)
_QUOTED = re.compile(  # (`(?<![\w-])(?i:dilansir|…)`, written so that re skips to the words' first letters)
    rf"{opening_alternation(_QUOTING.split('|'), ignore_case=True)}\s+{_FROM}"
    rf"(?P<run>[A-Z][\w.!&'-]*(?: (?:(?:{'|'.join(_NAME_JOINS)}) )?[A-Z][\w.!&'-]*){{0,4}})"
)
_HYPHEN_ON = re.compile(r"\s+[-\u2013]\s*\w")


def cited_media(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A cited outlet whose name is also a common word (`Antara`) is an organisation when it
    follows a word of citing or stands as a credit in brackets; any name a word of quoting opens
    is a cited outlet too (`dikutip dari Tirto`), even one read as a person or a place."""
    norm = article.norm
    taken = {(m.start, m.end) for cl in clusters for m in cl.mentions}
    by_name = {m.text.casefold(): cl for cl in clusters if cl.label == "ORG" for m in cl.mentions}
    media = outlet_names()
    # a channel opens with an outlet's brand: without one in the text that scan finds nothing
    branded = any(prefix in norm for prefix in MEDIA_PREFIXES)
    for p in article.paragraphs:
        for m in _CITED.finditer(norm, p.start, p.end):
            key = "name" if m.group("name") else "credit"
            name = m.group(key).rstrip(".")
            if name not in media:
                name = name.split()[0].rstrip(".")  # `Antara. Sejumlah`: the sentence ends
                if name not in media:
                    continue
            clusters = _add(clusters, by_name, taken, m.start(key), name)
        for m in _CITED_CHANNEL.finditer(norm, p.start, p.end) if branded else ():
            clusters = _add(clusters, by_name, taken, m.start("channel"), m.group("channel"))
        for m in _QUOTED.finditer(norm, p.start, p.end):
            clusters = _add_quoted(norm, m, clusters, by_name, taken)
    return clusters


# an outlet's edition, bureau or channel after a word of citing: a medium's name, then a place's
# (`Goal Italia`, `kepada Antara London`) or a channel's number that a clause goes on from
# (`Dilansir Sport 1, …`, `kepada Telefoot 1 seperti dikutip …`)
_EDITION = re.compile(
    rf"(?=[dmplkDMPLK])(?P<cue>{_VIA})(?P<name>[A-Z][\w.+'&]*(?: [A-Z][\w.+'&]*)?)"
    r" (?:(?P<place>[A-Z][a-z]+)|(?P<number>\d{1,2}))(?=[,.;:)\"”]|\s+(?:seperti|sebagaimana|yang|saat|ketika)\b)"
)
_QUOTING_CUE = re.compile(rf"(?i:{_QUOTING})")


def _media() -> frozenset[str]:
    """Every outlet a list names: the cleaning layer's (data/outlets.txt) and the foreign media a
    speaker talks to (the quotes layer's data/foreign_media.txt: `Goal`, `Marca`, `Kicker`)."""
    return outlet_names() | word_set("warta.quotes", "foreign_media.txt")


def outlet_editions(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Seperti dilaporkan Goal Italia`, `kepada Antara London`, `Dilansir Sport 1, …`: after a
    word of citing, a listed outlet and a place's name (its edition or bureau), or a medium and a
    channel's number, are one outlet's name (GUIDELINES: cited media are ORG), not the outlet and a
    place or an outlet cut before its number. A channel is a listed outlet, the organisation read
    there, or any name after a word of quoting (`dilansir`, `dikutip`)."""
    norm = article.norm
    media: frozenset[str] | None = None
    for p in article.paragraphs:
        for m in _EDITION.finditer(norm, p.start, p.end):
            if media is None:
                media = _media()
            name, start, end = m.group("name"), m.start("name"), m.end()
            if m.group("place"):
                if name not in media or place_of(m.group("place")) is None:
                    continue
            elif not (name in media or _QUOTING_CUE.match(m.group("cue")) or _org_at(clusters, start, len(name))):
                continue
            clusters = _replace(clusters, start, end, norm[start:end])
    return clusters


def _org_at(clusters: list[Cluster], start: int, size: int) -> bool:
    """An organisation is read at exactly ``start`` for ``size`` characters."""
    return any(cl.label == "ORG" and (c.start, c.end) == (start, start + size) for cl in clusters for c in cl.mentions)


def _replace(clusters: list[Cluster], start: int, end: int, name: str) -> list[Cluster]:
    """``clusters`` with every mention inside ``start``–``end`` taken out (an entity left with none
    dropped) and the outlet ``name`` written there a mention of its organisation."""
    if any(
        c.start < end and start < c.end and not start <= c.start <= c.end <= end for cl in clusters for c in cl.mentions
    ):
        return clusters  # a longer name reaches over the run: left as it is
    for cl in clusters:
        cl.mentions = [c for c in cl.mentions if not (start <= c.start and c.end <= end)]
    kept = [cl for cl in clusters if cl.mentions]
    by_name = {c.text.casefold(): cl for cl in kept if cl.label == "ORG" for c in cl.mentions}
    return _add(kept, by_name, set(), start, name)


# a source line closing a story: `Sumber: Engadget dan Gigabyte.`, `Sumber berita PhoneArena.`
_SOURCE_LINE = re.compile(r"(?i:sumber(?: berita)?)\s*:?\s+(?P<list>[A-Z0-9].{0,80}?)\.?\s*$")
_SOURCE_GAP = re.compile(r",\s*|\s+(?:dan|&)\s+")
# one source: capitalised words, small English joins inside (`Road to VR`, `The Verge`, `9to5Google`)
_SOURCE = re.compile(r"[A-Z0-9][\w.'-]*(?: (?:(?:to|of|the|on|for) )?[A-Z0-9][\w.'-]*)*")


def credited_sources(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Sumber: Engadget dan Gigabyte.`: a line that only credits a story's sources names each as
    a cited outlet or a company (GUIDELINES: cited media are ORG), even one read as a person
    (`Gigabyte`) or never read; a source in lower case (`gambar header FB`) is left."""
    norm = article.norm
    taken = {(m.start, m.end) for cl in clusters for m in cl.mentions}
    by_name = {m.text.casefold(): cl for cl in clusters if cl.label == "ORG" for m in cl.mentions}
    for line in article.lines:
        m = _SOURCE_LINE.fullmatch(norm, line.start, line.end) if line.kind in ("body", "furniture") else None
        if m is None:
            continue
        at = m.start("list")
        for item in _SOURCE_GAP.split(m.group("list")):
            at = norm.index(item, at)
            if _SOURCE.fullmatch(item):
                clusters = _credit(clusters, by_name, taken, at, item)
            at += len(item)
    return clusters


def _credit(
    clusters: list[Cluster], by_name: dict[str, Cluster], taken: set[tuple[int, int]], start: int, name: str
) -> list[Cluster]:
    """``clusters`` with the source ``name`` at ``start`` an organisation: the entity read there or
    by that name elsewhere relabelled (unless it has a post), or a new mention."""
    at = (start, start + len(name))
    home = next((cl for cl in clusters for c in cl.mentions if (c.start, c.end) == at), None)
    if home is None:
        folded = name.casefold()
        home = next((cl for cl in clusters if any(c.text.casefold() == folded for c in cl.mentions)), None)
        if home is None or home.role is not None or any(a < at[1] and at[0] < b for a, b in taken):
            return _add(clusters, by_name, taken, start, name)
        home.mentions.append(Cand(*at, "ORG", CONTEXT, name))
        home.mentions.sort(key=lambda x: x.start)
        taken.add(at)
    if home.label != "ORG" and home.role is None:
        home.label, home.country = "ORG", None
    return clusters


def _add_quoted(
    norm: str, m: re.Match[str], clusters: list[Cluster], by_name: dict[str, Cluster], taken: set[tuple[int, int]]
) -> list[Cluster]:
    """``clusters`` with the outlet a word of quoting names (the match ``m`` of ``_QUOTED``): a
    new mention, or the entity already read there made an organisation (`dikutip dari Tirto` read
    as a place), unless it has a role or is a person named more than once."""
    name = _quoted_outlet(m.group("run"))
    start = m.start("run")
    if name is None or _HYPHEN_ON.match(norm, start + len(name)):
        return clusters  # `Al - Jazeera`: a name split at a spaced hyphen is not read whole
    home = next((cl for cl in clusters for c in cl.mentions if (c.start, c.end) == (start, start + len(name))), None)
    if home is None:
        return _add(clusters, by_name, taken, start, name)
    if home.label != "ORG" and home.role is None and not (home.label == "PER" and len(home.mentions) > 1):
        home.label, home.country = "ORG", None  # `dikutip dari Tirto` read as a place
    return clusters


def _add(
    clusters: list[Cluster], by_name: dict[str, Cluster], taken: set[tuple[int, int]], start: int, name: str
) -> list[Cluster]:
    """``clusters`` with the outlet ``name`` written at ``start`` as a mention of its organisation
    (a new one if the article has none), unless a mention already covers some of it."""
    end = start + len(name)
    if any(a < end and start < b for a, b in taken):
        return clusters
    home = by_name.get(name.casefold())
    if home is None:
        home = Cluster("ORG", "O:" + name.casefold(), [])
        by_name[name.casefold()] = home
        clusters = [*clusters, home]
    home.mentions.append(Cand(start, end, "ORG", CONTEXT, name))
    home.mentions.sort(key=lambda x: x.start)
    taken.add((start, end))
    return clusters


def _quoted_outlet(run: str) -> str | None:
    """The outlet a word of quoting names by the capitalised ``run`` after it: up to a day or a
    month (`dilansir AFP Minggu`), a sentence's end or a trailing joining word; ``None`` for a
    post (`mengutip Menteri …`), common words (`dikutip dari Pengumuman Nomor …`) or a person's
    given name opening two words or more. A place's name is an outlet's here (`dikutip dari Tirto`)."""
    lex = lexicon()
    words: list[str] = []
    for w in run.split(" "):
        if w.rstrip(".").lower() in lex.nonentities:
            break
        words.append(w.rstrip("."))
        if w.endswith("."):
            break  # `Antara. Sejumlah`: the sentence ends
    while words and words[-1] in _NAME_JOINS:
        words.pop()
    words = [w for w in words if w]
    if not words:
        return None
    first = words[0].lower()
    if (first,) in lex.roles or (first,) in lex.honorifics or (len(words) > 1 and words[0] in lex.given):
        return None
    name = " ".join(words)
    return None if all(lower_written(w.lower()) for w in words) else name
