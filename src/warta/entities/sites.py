"""Places beyond the gazetteer: the dateline's place, a body's building named as where
something happens (`di Mabes Polri`), and the country of a place the lists do not know."""

from __future__ import annotations

import re
from collections import Counter

from warta.document import Article, Entity
from warta.entities.clusters import canonical
from warta.entities.gazetteer import country_of, organisations, place
from warta.entities.patterns import lexicon
from warta.entities.spans import CONTEXT, Cand, Cluster
from warta.resources import word_set


def dateline_place(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """The dateline's place is a place of the story even when written in capitals (`JAKARTA,
    KOMPAS.com -`) or unknown to the lists (`Bukavu (ANTARA News) -`): one LOC mention, joined
    to the entity of the same name. Names found inside the dateline's outlet (`News` of
    `ANTARA News`) are dropped."""
    dl = article.dateline
    if not dl:
        return clusters
    outlet_span = None
    if dl.outlet:
        # case folded: the outlet may be named otherwise than written (`Tribunnews` for `TRIBUNNEWS.COM`)
        at = article.norm[dl.start : dl.end].lower().find(dl.outlet.lower())
        outlet_span = (dl.start + at, dl.start + at + len(dl.outlet)) if at >= 0 else None
    if outlet_span:
        kept = []
        for cl in clusters:
            cl.mentions = [m for m in cl.mentions if not (outlet_span[0] <= m.start < outlet_span[1])]
            if cl.mentions:
                kept.append(cl)
        clusters = kept
    if not dl.place:
        return clusters
    name = dl.place.split(",")[0].strip()
    start = article.norm.find(name, dl.start, dl.end)
    if start < 0 or not name:
        return clusters
    end = start + len(name)
    if any(m.start < end and start < m.end for cl in clusters for m in cl.mentions):
        return clusters
    folded = name.casefold()
    mention = Cand(start, end, "LOC", CONTEXT, article.norm[start:end])
    for cl in clusters:
        if cl.label == "LOC" and any(m.text.casefold() == folded for m in cl.mentions):
            cl.mentions.append(mention)
            cl.mentions.sort(key=lambda m: m.start)
            return clusters
    country = country_of(name)
    key = "L:" + folded
    return [*clusters, Cluster("LOC", key, [mention], country=country)]


# `di Mabes Polri`, `ke Kantor Gubernur Jawa Tengah`: the building of a body, named as where
# something happens, is a place (GUIDELINES: named sites are LOC); as a subject it stays the body
def facility_heads() -> frozenset[str]:
    return word_set("warta.entities", "facility_heads.txt", lower=True)


_LOCATIVE = re.compile(r"(?:\b(?:di|ke|dari|menuju|depan|halaman|sekitar|kawasan|lingkungan)\s+)$", re.IGNORECASE)


def facility_places(article: Article, clusters: list[Cluster]) -> None:
    """An ORG named by a building word and only ever written after a preposition of place is LOC."""
    norm = article.norm
    for cl in clusters:
        if cl.label != "ORG":
            continue
        ws = canonical(cl).lower().split()
        heads = facility_heads()
        if len(ws) < 2 or not (ws[0] in heads or " ".join(ws[:2]) in heads):
            continue
        if all(_LOCATIVE.search(norm[max(0, m.start - 20) : m.start]) for m in cl.mentions):
            cl.label = "LOC"


# `di Kantor Kementerian Keuangan`, `di Studio Trans7`: a building word written before a body's
# name after a preposition of place names the building, a site (LOC); the body is the entities'
# ORG elsewhere (and `nested.inner_orgs` adds it back when the site is its only mention). Not
# `di depan Gedung DPRD`: a protest before a body's building is aimed at the body (events read it).
_BUILDING_BEFORE = re.compile(r"\b(?:[Dd]i|[Kk]e|[Dd]ari|[Mm]enuju)\s+((?:Kantor|Studio)\s+)$")


_OWN_BUILDING = re.compile(r"(?:Kantor|Studio) ")
_AT_BEFORE = re.compile(r"\b(?:[Dd]i|[Kk]e|[Dd]ari|[Mm]enuju)\s+$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _own_building(norm: str, start: int, end: int, names: set[str]) -> int | None:
    """`di Kantor Kemnaker` read as one of the body's own mentions: the building word opens it
    and the rest is another name of the same body (not `Kantor Staf Presiden`, a body of its
    own), or a bare acronym. The site's start, or None."""
    hit = _OWN_BUILDING.match(norm, start)
    if hit is None or not _AT_BEFORE.search(norm[max(0, start - 12) : start]):
        return None
    rest = norm[hit.end() : end]
    # … or a bare acronym no list knows (`di Kantor DPJ`): a body's short name, so its building;
    # or a body the lists know (`di Kantor Kemenkeu`, `di Kantor Kementan`)
    if rest not in names and not _ACRONYM.fullmatch(rest) and rest not in organisations():
        return None
    return start


def building_sites(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """An ORG mention after `di Kantor`, `di Studio` is a site: one LOC mention
    covering the building word, taken out of the body's entity. A mention that an acronym in
    brackets follows stays the body (`di Kantor Direktorat Jenderal Pajak (DJP)` defines DJP)."""
    norm = article.norm
    sites: dict[str, Cluster] = {}
    kept: list[Cluster] = []
    for cl in clusters:
        if cl.label == "ORG":
            stay = []
            names = {norm[m.start : m.end] for m in cl.mentions}
            for m in cl.mentions:
                hit = _BUILDING_BEFORE.search(norm[max(0, m.start - 30) : m.start])
                start = m.start - len(hit.group(1)) if hit else _own_building(norm, m.start, m.end, names)
                if start is None or norm[m.end : m.end + 2].startswith((" (", "(")):
                    stay.append(m)
                    continue
                name = norm[start : m.end]
                key = "L:" + name.casefold()
                site = sites.get(key)
                if site is None:
                    site = sites[key] = Cluster("LOC", key, [], country=country_of(name))
                site.mentions.append(Cand(start, m.end, "LOC", m.strength, name))
            cl.mentions = stay
            if not stay:
                continue
        kept.append(cl)
    if not sites:
        return clusters
    return [*kept, *sites.values()]


# a site's head words (`Gelora Kampus`, `Taman Hutan`) after which the tagger may leave off the
# name's first word (`di Pintar Gelora Kampus`)
_SITE_OPENERS = frozenset(("gelora", "stadion", "taman", "gedung", "hotel", "lapangan", "pasar", "museum", "balai"))
_LEFT_WORD = re.compile(r"\b[Dd]i ([A-Z][a-z]+) $")


def site_first_words(article: Article, clusters: list[Cluster]) -> None:
    """A site's mention opened by a head word, written right after `di` and one unknown
    capitalised word, takes that word back: it opens the site's name (`di Pintar Gelora Kampus`),
    unless it is a place, a given name or a head of a body of its own."""
    norm = article.norm
    lex = lexicon()
    taken = {m.end for cl in clusters for m in cl.mentions}
    for cl in clusters:
        if cl.label != "LOC":
            continue
        for i, m in enumerate(cl.mentions):
            if m.text.split()[0].lower() not in _SITE_OPENERS:
                continue
            hit = _LEFT_WORD.search(norm, max(0, m.start - 30), m.start)
            if hit is None or hit.end() != m.start:
                continue
            word = hit.group(1)
            low = word.lower()
            if (
                country_of(word) is not None
                or word in lex.given
                or (low,) in lex.org_start
                or low in _SITE_OPENERS
                or hit.start(1) - 1 in taken
            ):
                continue
            start = hit.start(1)
            cl.mentions[i] = Cand(start, m.end, m.label, m.strength, norm[start : m.end])


def place_countries(article: Article, clusters: list[Cluster]) -> None:
    """A place the lists do not know lies in the country of a known place named next to it
    (`Kosmodrom Vostochny, Timur Jauh Rusia`), else in the article's most named country."""
    known = sorted((m.start, cl.country) for cl in clusters if cl.label == "LOC" and cl.country for m in cl.mentions)
    counts = Counter(c for _, c in known)
    if article.dateline and article.dateline.place:
        dl = country_of(article.dateline.place)
        if dl:
            counts[dl] += 2
    default = counts.most_common(1)[0][0] if counts else None
    for cl in clusters:
        if cl.label != "LOC" or cl.country:
            continue
        m = cl.mentions[0]
        near = [(abs(s - m.start), c) for s, c in known if abs(s - m.start) < 80]
        cl.country = min(near)[1] if near else default


# a capitalised word right after a mention, or a capitalised word or closing bracket right before
# it: the mention is a word cut from a longer name (`Kampus Institut ...`, `RSCM) Kencana`)
_CUT_FROM_NAME = re.compile(r" [A-Z]")
_CUT_AFTER_NAME = re.compile(r"(?:\b[A-Z][\w.'-]*|\)) $")


def _cut_from_name(text: str, start: int, end: int) -> bool:
    """Whether the span at start:end sits against a capitalised word of a longer name (a word
    opening the sentence, `Di Dieng`, is no name)."""
    if _CUT_FROM_NAME.match(text, end):
        return True
    lo = max(0, start - 40)
    m = _CUT_AFTER_NAME.search(text[lo:start])
    if not m:
        return False
    before = text[max(0, lo + m.start() - 2) : lo + m.start()].strip()
    return m.group().startswith(")") or not (lo + m.start() == 0 or before[-1:] in {".", "!", "?", '"', ""})


def drop_common_word_places(article: Article, entities: list[Entity]) -> list[Entity]:
    """A LOC named only by one common word that no list knows as a place (`Kampus` cut from
    `Kampus Institut Teknologi Bandung`, `Perwakilan` before a body's name) is a head word cut
    from a longer name, not a place. Only when a mention sits against a capitalised word: the
    common-word list (words the NER corpus tagged O) also holds real places written alone
    (`kawasan Dieng, Jawa Tengah`). The dateline's place stays whatever it is called."""
    lex = lexicon()
    dl = article.dateline
    text = article.text
    out = []
    for e in entities:
        names = {e.canonical, *(m.text for m in e.mentions)}
        if (
            e.label == "LOC"
            and all(" " not in n and n.lower() in lex.common and place(n) is None for n in names)
            and any(_cut_from_name(text, m.start, m.end) for m in e.mentions)
            and not (dl and any(dl.start <= m.start < dl.end for m in e.mentions))
        ):
            continue
        out.append(e)
    return out
