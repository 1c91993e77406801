"""Layer 'entities': people, organisations and places, one canonical entity each.

Spans come from rules over the body (titles, heads, gazetteers, acronym definitions, verbs of
saying) and from the statistical tagger (``warta.entities.tagger.tag_article``, optional);
``resolve`` merges them, resolves overlaps and groups mentions into entities.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from warta.document import PAD, Article
from warta.document.model import Entity, Mention
from warta.entities import acronyms
from warta.entities import clusters as cs
from warta.entities import resolve as rs
from warta.entities import roles as rl
from warta.entities.gazetteer import country_of
from warta.entities.patterns import from_tokens, tokenize

__all__ = ["annotate", "country_of", "extract"]

# Build the rules' tokens from ``article.tokens`` (segmentation layer) when it has them; the
# layer's own tokenizer stays the fallback for articles without tokens.
USE_SEGMENT_TOKENS = True

# Page furniture, used only when the cleaning layer has not marked the lines itself.
_FURNITURE = re.compile(
    r"^\s*(baca juga|advertisement|scroll to continue|simak video|lihat juga|lihat video|saksikan|"
    r"\(foto:|foto:|video:|detik pagi|follow|ikuti)",
    re.I,
)


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _is_titlecase(line: str) -> bool:
    if line.rstrip().endswith((".", '"', ",")):
        return False
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def regions_of(article: Article) -> list[rs.Region]:
    """Body paragraphs and headings (from the cleaning layer when present, else raw lines)."""
    norm = article.norm
    spans: list[tuple[int, int, bool]] = []
    if article.paragraphs or article.headings:
        for p in article.paragraphs:
            for m in re.finditer(r"[^\n]+", norm[p.start : p.end]):
                line = m.group()
                spans.append((p.start + m.start(), p.start + m.end(), _is_titlecase(line)))
        spans += [(h.start, h.end, True) for h in article.headings]
    elif article.lines:
        for ln in article.lines:
            if ln.kind in ("body", "heading", "title"):
                spans.append((ln.start, ln.end, ln.kind != "body" or _is_titlecase(norm[ln.start : ln.end])))
    else:
        for m in re.finditer(r"[^\n]+", norm):
            line = m.group()
            if line.strip() and not _FURNITURE.match(line):
                spans.append((m.start(), m.end(), _is_titlecase(line)))
    spans.sort()
    tokens = article.tokens
    if not tokens or not USE_SEGMENT_TOKENS:
        return [rs.Region(tokenize(norm, s, e), t) for s, e, t in spans]
    # read the segmentation layer's tokens (regions are sorted and do not overlap)
    out = []
    k = 0
    for s, e, t in spans:
        if k and tokens[k - 1].end > s:  # a region inside the previous one: start over
            k = bisect.bisect_left([tk.start for tk in tokens], s)
        toks, k = from_tokens(norm, tokens, k, s, e)
        out.append(rs.Region(toks, t))
    return out


def _tagger_spans(article: Article) -> list[tuple[int, int, str]]:
    """Raw spans from the statistical tagger; nothing when it is absent or fails."""
    try:
        from warta.entities.tagger import tag_article
    except Exception:
        return []
    try:
        return [(int(s), int(e), str(lab)) for s, e, lab in (tag_article(article) or [])]
    except Exception as e:  # the tagger is optional: never let it break the layer
        article.warnings.append(f"entities: tagger failed: {e}")
        return []


def _outside_titlecase(regions: list[rs.Region], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In a heading every word is capitalised, so the tagger reads whole headings as names
    (`Kim Jong Un Undang Putin`); there only the rules and known names count."""
    titled = [(r.toks[0].start, r.toks[-1].end) for r in regions if r.titlecase and r.toks]
    if not titled:
        return spans
    return [sp for sp in spans if not any(s <= sp[0] < e for s, e in titled)]


def extract(article: Article, tagged: list[tuple[int, int, str]] | None = None) -> list[Entity]:
    """Entities of an article (``tagged`` overrides the tagger's spans, e.g. in tests)."""
    regions = regions_of(article)
    ex = rs.Extractor(article.norm, regions)
    ex.run()
    ex.add_tagged(_outside_titlecase(regions, _tagger_spans(article)) if tagged is None else tagged)
    acr = acronyms.acronym_definitions(article.norm, regions, ex.cands)
    chosen = cs.select(cs.confirm(article.norm, ex.cands + acr))
    acr_chosen = [c for c in chosen if c.acronym_of is not None]
    clusters = cs.cluster(chosen, acr_chosen)
    cs.propagate(article.norm, regions, clusters)
    # a guessed name (capitalised words, nothing else to go on) must come back at least once
    # (or open with a known given name)
    given = rs.lexicon().given
    clusters = [
        cl
        for cl in clusters
        if not (
            cl.label == "PER"
            and len(cl.mentions) == 1
            and cl.mentions[0].strength <= rs.WEAK
            and not cl.role
            and cl.mentions[0].text.split()[0] not in given
        )
    ]
    clusters = _unify_labels(clusters)
    clusters = _dateline_place(article, clusters)
    clusters = _split_places(clusters)
    clusters = _cited_media(article, clusters)
    clusters = _split_org_person(article, clusters)
    clusters = _split_ranked(article, clusters)
    clusters = _bracket_aliases(article, clusters)
    _facility_places(article, clusters)
    clusters = _not_names(article, clusters)
    _refine_roles(article, clusters)
    _place_countries(article, clusters)
    clusters.sort(key=lambda c: c.mentions[0].start)
    out = []
    for cl in clusters:
        out.append(
            Entity(
                canonical=cs._canonical(cl).replace(PAD, ""),
                label=cl.label,
                mentions=[Mention(m.start, m.end, article.text[m.start : m.end]) for m in cl.mentions],
                role=_without_rank(cl.role),
                country=cl.country if cl.label == "LOC" else None,
            )
        )
    return out


# Heads that open a new place inside a run of capitalised words (`Jalan Cipendawa Kecamatan
# Rawalumbu`, `Jalan Perimeter Selatan Bandara Soekarno Hatta`): two places, not one.
_INNER_PLACE_HEADS = frozenset(
    ("kecamatan", "kelurahan", "desa", "kabupaten", "kab.", "kota", "provinsi", "bandara", "pelabuhan", "jalan", "jl.")
)


def _split_places(clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """A place name that runs into a second one is cut before the second one's head."""
    out: list[rs.Cluster] = []
    extra: list[rs.Cand] = []
    for cl in clusters:
        if cl.label != "LOC":
            out.append(cl)
            continue
        kept = []
        for m in cl.mentions:
            words = m.text.split()
            cut = next(
                (
                    k
                    for k in range(2, len(words) - 1)
                    if words[k].lower() in _INNER_PLACE_HEADS and words[k][0].isupper()
                ),
                None,
            )
            if cut is None:
                kept.append(m)
                continue
            left = " ".join(words[:cut])
            right_at = m.start + m.text.index(words[cut], len(left))
            kept.append(rs.Cand(m.start, m.start + len(left), "LOC", m.strength, left))
            extra.append(rs.Cand(right_at, m.end, "LOC", m.strength, m.text[right_at - m.start :]))
        cl.mentions = kept
        out.append(cl)
    by_key = {cl.key: cl for cl in out if cl.label == "LOC"}
    for cand in extra:
        key, country = cs._loc_key(cand.text)
        home = by_key.get(key)
        if home is None:
            home = rs.Cluster("LOC", key, [], country=country)
            by_key[key] = home
            out.append(home)
        home.mentions.append(cand)
        home.mentions.sort(key=lambda m: m.start)
    return out


_VIA = r"(?i:dilansir|melansir|dikutip|mengutip|pantauan|dilaporkan|melaporkan|laporan|kepada)\s+(?i:dari\s*)?"


def _cited_media(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """A cited outlet whose name is also a common word (`Antara`) is an organisation when it
    follows a word of citing or stands as a credit in brackets."""
    norm = article.norm
    taken = {(m.start, m.end) for cl in clusters for m in cl.mentions}
    by_name = {m.text.casefold(): cl for cl in clusters if cl.label == "ORG" for m in cl.mentions}
    pat = re.compile(rf"{_VIA}(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)|\((?P<credit>[A-Z][\w.]*)\)")
    media = _media_names()
    for p in article.paragraphs:
        for m in pat.finditer(norm, p.start, p.end):
            key = "name" if m.group("name") else "credit"
            name = m.group(key).rstrip(".")
            if name not in media:
                name = name.split()[0]
                if name not in media:
                    continue
            s = m.start(key)
            e = s + len(name)
            if any(a < e and s < b for a, b in taken):
                continue
            cand = rs.Cand(s, e, "ORG", rs.CONTEXT, name)
            home = by_name.get(name.casefold())
            if home is None:
                home = rs.Cluster("ORG", "O:" + name.casefold(), [])
                by_name[name.casefold()] = home
                clusters = [*clusters, home]
            home.mentions.append(cand)
            home.mentions.sort(key=lambda x: x.start)
            taken.add((s, e))
    return clusters


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    raw = resources.files("warta.cleaning").joinpath("data/outlets.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


def _org_head(words: list[str]) -> bool:
    """A known organisation, or a name opened by an organisation's head (`Kementerian …`)."""
    if rs._org_of(" ".join(words)):
        return True
    heads = rs.lexicon().org_start
    low = tuple(w.lower() for w in words)
    return any(low[: len(h)] == h for h in heads) and len(words) >= 2


def _person_words(words: list[str]) -> bool:
    """Capitalised words that could be a person's name: none of them an office, organisation
    or place word."""
    org, place = rs._org_words(), rs._place_words()
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and w.lower() not in org
        and w.lower() not in place
        and country_of(w) is None
        for w in words
    )


def _split_org_person(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """`Pejabat Kementerian Dalam Negeri Josue Boji mengatakan`: a known organisation's name
    run on into the capitalised name of the person who speaks is an organisation and a person."""
    norm = article.norm
    cues = rs.lexicon().cue_before
    out: list[rs.Cluster] = []
    people: list[rs.Cluster] = []
    given = rs.lexicon().given
    person_words = {w for cl in clusters if cl.label == "PER" for m in cl.mentions for w in m.text.split()}
    for cl in clusters:
        if cl.label != "ORG" or len(cl.mentions) != 1:
            out.append(cl)
            continue
        m = cl.mentions[0]
        nxt = norm[m.end : m.end + 30].split()
        words = m.text.split()
        if not nxt or nxt[0].strip(",.").lower() not in cues or len(words) < 3:
            out.append(cl)
            continue
        cut = next(
            (
                k
                for k in range(max(2, len(words) - 3), len(words))
                if _org_head(words[:k])
                and _person_words(words[k:])
                # a person: a known given name, or named alone elsewhere (`Boji mengatakan`)
                and (words[k] in given or words[-1] in person_words)
            ),
            None,
        )
        if cut is None:
            out.append(cl)
            continue
        left = " ".join(words[:cut])
        at = m.start + m.text.index(words[cut], len(left))
        cl.mentions = [rs.Cand(m.start, m.start + len(left), "ORG", m.strength, left)]
        out.append(cl)
        person = rs.Cand(at, m.end, "PER", m.strength, norm[at : m.end])
        people.append(rs.Cluster("PER", "P:" + person.text.casefold(), [person], names=set(person.text.split())))
    for p in people:  # the person may be named again later (`Boji mengatakan`)
        last = p.mentions[0].text.split()[-1]
        for cl in out:
            if cl.label == "PER" and all(x.text in (last, p.mentions[0].text) for x in cl.mentions):
                p.mentions.extend(cl.mentions)
                cl.mentions = []
        p.mentions.sort(key=lambda x: x.start)
        out.append(p)
    return [cl for cl in out if cl.mentions]


@lru_cache(maxsize=1)
def _ranks() -> tuple[frozenset[str], frozenset[str]]:
    def words(name: str) -> frozenset[str]:
        raw = resources.files("warta.entities").joinpath(f"data/{name}").read_text("utf-8")
        return frozenset(ln.strip().lower() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))

    return words("ranks.txt"), words("rank_corps.txt")


_INITIALS_CUE = re.compile(r"\b(?:ber)?inisial\s+$", re.IGNORECASE)
# an academic degree after a name and a comma (`M. Ali Nurdin, S.H.,`)
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Z]?[A-Za-z]{0,3}\.?")


@lru_cache(maxsize=1)
def _region_titles() -> frozenset[str]:
    raw = resources.files("warta.entities").joinpath("data/region_titles.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


def _not_names(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """Capitalised words that are not what they were taken for: initials after `berinisial`
    are no place or body (`pelaku berinisial AS`), a degree after a name is no person (`, S.H.`),
    and the word between `Kapolsek` and a rank is the region (`Kapolsek Cilandak Kompol …`)."""
    norm = article.norm
    ranks, _corps = _ranks()
    titles = _region_titles()
    for cl in clusters:
        if cl.label in ("LOC", "ORG"):
            initials = {m.text for m in cl.mentions if _INITIALS_CUE.search(norm[max(0, m.start - 12) : m.start])}
            cl.mentions = [m for m in cl.mentions if m.text not in initials]  # `AS` again later is the same person
        elif cl.label == "PER":
            cl.mentions = [
                m
                for m in cl.mentions
                if not (_DEGREE.fullmatch(m.text) and norm[max(0, m.start - 2) : m.start].strip() == ",")
            ]
            before = [norm[max(0, m.start - 20) : m.start].split()[-1:] for m in cl.mentions]
            after = [norm[m.end : m.end + 20].split()[:1] for m in cl.mentions]
            if cl.mentions and all(
                b and b[0].lower() in titles and a and a[0].strip(".,").lower() in ranks
                for b, a in zip(before, after, strict=True)
            ):
                cl.label, cl.role = "LOC", None
    return [cl for cl in clusters if cl.mentions]


def _without_rank(role: str | None) -> str | None:
    """`Kapolri Jenderal` → `Kapolri`: a rank at the end of a role is the title before the name."""
    if not role:
        return role
    ranks, corps = _ranks()
    ws = role.split()
    while len(ws) > 1:
        last = ws[-1].strip("().").lower()
        # `Jenderal` is a rank after `Kapolri` but part of `Sekretaris Jenderal`, `Direktur Jenderal`
        general = last == "jenderal" and ws[-2].lower() not in ("sekretaris", "direktur", "inspektur", "komisaris")
        if not (last in ranks or last in corps or general):
            break
        ws.pop()
    return " ".join(ws)


def _split_ranked(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """`Komandan Kodim 0733/Kota Semarang Letkol Inf Yoyon Nugroho` read as one place: a rank
    inside a place's or a body's name ends it, and the capitalised words after the rank (and its
    corps) are a person."""
    ranks, corps = _ranks()
    out: list[rs.Cluster] = []
    people: list[rs.Cand] = []
    for cl in clusters:
        if cl.label not in ("LOC", "ORG"):
            out.append(cl)
            continue
        kept = []
        for m in cl.mentions:
            words = m.text.split()
            k = next((k for k in range(1, len(words) - 1) if words[k].strip("().").lower() in ranks), None)
            j = k + 1 if k is not None else 0
            while k is not None and j < len(words) and words[j].strip("().").lower() in corps:
                j += 1
            name = words[j:] if k is not None else []
            if not name or not all(w[:1].isupper() and w.isalpha() for w in name):
                kept.append(m)
                continue
            left = " ".join(words[:k])
            kept.append(rs.Cand(m.start, m.start + len(left), cl.label, m.strength, left))
            at = m.start + m.text.index(name[0], len(" ".join(words[:j])))
            people.append(rs.Cand(at, m.end, "PER", m.strength, article.norm[at : m.end]))
        cl.mentions = kept
        out.append(cl)
    for person in people:
        words = {w.casefold() for w in person.text.split()}
        home = next((cl for cl in out if cl.label == "PER" and words <= cl.names), None)
        if home is None:
            home = rs.Cluster("PER", "P:" + person.text.casefold(), [], names=words)
            out.append(home)
        home.mentions.append(person)
        home.mentions.sort(key=lambda x: x.start)
    return [cl for cl in out if cl.mentions]


_BRACKET = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")


def _bracket_aliases(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """`Saifullah Yusuf (Gus Ipul)`: the name in brackets after a person's name is the same
    person's nickname, a mention of that entity and not an entity of its own."""
    norm = article.norm
    owner: dict[int, rs.Cluster] = {}
    for cl in clusters:
        for m in cl.mentions:
            owner[m.start] = cl
    gone: set[int] = set()
    for cl in clusters:
        if cl.label != "PER" or id(cl) in gone:
            continue
        for m in list(cl.mentions):
            b = _BRACKET.match(norm, m.end)
            if not b:
                continue
            inner = [
                o
                for start, o in owner.items()
                if b.start(1) <= start < b.end(1) and o is not cl and o.label == "PER" and id(o) not in gone
            ]
            for other in inner:
                cl.mentions.extend(other.mentions)
                cl.mentions.sort(key=lambda x: x.start)
                cl.role = cl.role or other.role
                for x in other.mentions:
                    owner[x.start] = cl
                gone.add(id(other))
    return [cl for cl in clusters if id(cl) not in gone]


ROLE_WINDOW = 400  # characters around a name that its post or description may take
_SENTENCE_STOP = re.compile(r"(?<![A-Z])[a-z]{2,}\.$")


def _refine_roles(article: Article, clusters: list[rs.Cluster]) -> None:
    """Roles the title rules miss (see ``roles``): a person with no role or only a rank takes
    the post or the description the article sets beside the name; a person named inside
    another's role (`staf ahli Anang, Aris`) loses the role read from those words."""
    norm = article.norm
    firsts = frozenset(p[0] for p in rs.lexicon().roles)
    claimed: list[tuple[int, int, rs.Cluster]] = []
    for cl in clusters:
        if cl.label == "PER" and cl.role and _SENTENCE_STOP.search(cl.role):
            cl.role = None  # `… oleh menteri. Budi Santoso …`: a word of the sentence before
        if cl.label != "PER" or (cl.role and not rl.is_rank(cl.role)):
            continue
        for m in cl.mentions[:4]:
            # the line around the mention, at most ROLE_WINDOW characters each way: a post or a
            # description beside a name is short, and a scrape that lost its newlines is one line
            lo = max(0, m.start - ROLE_WINDOW)
            line_start = max(norm.rfind("\n", lo, m.start) + 1, lo)
            hi = min(len(norm), m.end + ROLE_WINDOW)
            line_end = norm.find("\n", m.end, hi)
            line_end = hi if line_end == -1 else line_end
            found = rl.role_before(norm, m.start, line_start, firsts)
            if found is not None:
                cl.role = found[0]
                claimed.append((found[1], m.start, cl))
                break
            after = rl.role_after(norm, m.end, line_end, firsts)
            if after is not None:
                cl.role = after
                break
    claimed.sort(key=lambda c: c[0])
    starts = [s for s, _e, _owner in claimed]
    reach = max((e - s for s, e, _owner in claimed), default=0)

    def claimed_at(pos: int) -> list[tuple[int, int, rs.Cluster]]:
        """The claimed spans that hold ``pos`` (found by bisection: roles are short)."""
        return [
            c
            for c in claimed[bisect.bisect_left(starts, pos - reach) : bisect.bisect_right(starts, pos)]
            if c[0] <= pos < c[1]
        ]

    for cl in clusters:
        inside = [any(owner is not cl for _s, _e, owner in claimed_at(m.start)) for m in cl.mentions]
        if cl.label == "PER" and all(inside) and country_of(cl.mentions[0].text):
            # `Koordinator data ASDP cabang Bakauheni, Ahsan Muhtar`: a place inside a post
            cl.label, cl.role, cl.country = "LOC", None, country_of(cl.mentions[0].text)
            continue
        if cl.label != "PER" or not cl.role:
            continue
        if any(owner is not cl for m in cl.mentions for _s, _e, owner in claimed_at(m.start)):
            cl.role = None


def _dateline_place(article: Article, clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """The dateline's place is a place of the story even when written in capitals (`JAKARTA,
    KOMPAS.com -`) or unknown to the lists (`Bukavu (ANTARA News) -`): one LOC mention, joined
    to the entity of the same name. Names found inside the dateline's outlet (`News` of
    `ANTARA News`) are dropped."""
    dl = article.dateline
    if not dl:
        return clusters
    outlet_span = None
    if dl.outlet:
        at = article.norm.find(dl.outlet, dl.start, dl.end)
        outlet_span = (at, at + len(dl.outlet)) if at >= 0 else None
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
    mention = rs.Cand(start, end, "LOC", rs.CONTEXT, article.norm[start:end])
    for cl in clusters:
        if cl.label == "LOC" and any(m.text.casefold() == folded for m in cl.mentions):
            cl.mentions.append(mention)
            cl.mentions.sort(key=lambda m: m.start)
            return clusters
    country = country_of(name)
    key = "L:" + folded
    return [*clusters, rs.Cluster("LOC", key, [mention], country=country)]


# `di Mabes Polri`, `ke Kantor Gubernur Jawa Tengah`: the building of a body, named as where
# something happens, is a place (GUIDELINES: named sites are LOC); as a subject it stays the body
@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    raw = resources.files("warta.entities").joinpath("data/facility_heads.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


_LOCATIVE = re.compile(r"(?:\b(?:di|ke|dari|menuju|depan|halaman|sekitar|kawasan|lingkungan)\s+)$", re.IGNORECASE)


def _facility_places(article: Article, clusters: list[rs.Cluster]) -> None:
    """An ORG named by a building word and only ever written after a preposition of place is LOC."""
    norm = article.norm
    for cl in clusters:
        if cl.label != "ORG":
            continue
        ws = cs._canonical(cl).lower().split()
        heads = _facility_heads()
        if len(ws) < 2 or not (ws[0] in heads or " ".join(ws[:2]) in heads):
            continue
        if all(_LOCATIVE.search(norm[max(0, m.start - 20) : m.start]) for m in cl.mentions):
            cl.label = "LOC"


def _place_countries(article: Article, clusters: list[rs.Cluster]) -> None:
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


def _unify_labels(clusters: list[rs.Cluster]) -> list[rs.Cluster]:
    """One name, one entity: when the same name ended up under two labels (`Rowneybury House`
    as ORG in a list and as a guessed PER), the better-founded entity takes the other's mentions."""

    def weight(cl: rs.Cluster) -> tuple[int, int]:
        return (max(m.strength for m in cl.mentions), len(cl.mentions))

    by_name: dict[str, rs.Cluster] = {}
    out: list[rs.Cluster] = []
    for cl in sorted(clusters, key=weight, reverse=True):
        names = {m.text.casefold() for m in cl.mentions if m.acronym_of is None}
        home = next((by_name[n] for n in names if n in by_name), None)
        if home is not None and home.label != cl.label:
            home.mentions.extend(cl.mentions)
            home.mentions.sort(key=lambda m: m.start)
            continue
        for n in names:
            by_name.setdefault(n, cl)
        out.append(cl)
    # `Danone Day`, `Danone Impact Journey`: a guessed person named after an organisation of the
    # same article is a programme or an event
    org_words = {cl.mentions[0].text for cl in out if cl.label == "ORG" and " " not in cl.mentions[0].text}
    return [
        cl
        for cl in out
        if not (cl.label == "PER" and weight(cl)[0] <= rs.TAGGER and cl.mentions[0].text.split()[0] in org_words)
    ]


def annotate(article: Article) -> None:
    """Fill ``article.entities``."""
    article.entities = extract(article)
