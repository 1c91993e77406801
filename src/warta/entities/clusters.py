"""From selected candidates to entities: overlaps resolved (``select``), candidates grouped into
entities (``cluster``: people by shared name words, organisations by full name or acronym, places
by gazetteer canonical; the fullest mention canonical), other occurrences of a known name made
mentions (``propagate``), and guesses kept only when confirmed (``confirm``)."""

from __future__ import annotations

import bisect
import re

from warta.entities import gazetteer as gz
from warta.entities.patterns import lexicon
from warta.entities.spans import CONTEXT, TAGGER, TENTATIVE, UNTYPED, WEAK, Cand, Cluster, Region
from warta.entities.words import org_of, place_of

# a list between two names (`BPS, BI dan OJK`)
LIST_SEP = re.compile(r"^\s*(,|,?\s*(dan|serta|atau|maupun|hingga|sampai))\s*$")
# words an organisation's key leaves out (`Kantor Kota X` is `X`'s)
ORG_KEY_DROP = frozenset({"kantor", "kabupaten", "kota", "provinsi", "kab.", "the", "metro"})
TRAILING_RI = re.compile(r"\s+(RI|Republik Indonesia|Indonesia)$")

# --------------------------------------------------------------------------- selection


def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: firm ones (rules, gazetteers) first and among them the
    longest (`Sekretariat Daerah Provinsi Jawa Tengah` over its `Jawa Tengah`); then the
    tagger's and the guesses, strongest first. Offsets order the result."""

    def rank(i: int) -> tuple:
        c = cands[i]
        firm = c.strength >= CONTEXT
        return (not firm, -(c.end - c.start) if firm else -c.strength, -c.strength, -(c.end - c.start), c.start)

    order = sorted(range(len(cands)), key=rank)
    # kept spans never overlap, so sorted by start they are sorted by end too: only the last
    # one starting before a candidate's end can overlap it
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    keep = []
    for i in order:
        c = cands[i]
        k = bisect.bisect_left(taken_starts, c.end)
        if k and taken_ends[k - 1] > c.start:
            continue
        taken_starts.insert(k, c.start)
        taken_ends.insert(k, c.end)
        keep.append(i)
    keep.sort(key=lambda i: cands[i].start)
    return [cands[i] for i in keep]


# --------------------------------------------------------------------------- clustering


def _org_key(text: str, acronyms: dict[str, str]) -> str:
    text = TRAILING_RI.sub("", text) or text
    if text in acronyms:
        text = acronyms[text]
    else:
        full = org_of(text)
        if full:
            text = full
    words: list[str] = []
    src = text.split()
    if text.isupper() and any(len(w) > 4 for w in src):
        # `POLRES METRO JAKSEL` = `Polres Metro Jaksel`; short acronyms stay (`KPU RI`)
        src = [w.title() if len(w) > 3 else w for w in src]
    i = 0
    while i < len(src):
        w = src[i]
        if w in _short_forms():
            words.append(_short_forms()[w])
        elif w in acronyms:
            words.append(acronyms[w])
        elif w in gz.organisations() and gz.organisations()[w]:
            words.append(gz.organisations()[w])
        else:
            for k in range(min(4, len(src) - i), 0, -1):
                p = gz.places().get(" ".join(src[i : i + k]))
                if p is not None and p.kind != "district":
                    words.append(p.canonical)
                    i += k - 1
                    break
            else:
                words.append(w)
        i += 1
    # `Kantor Dinas X Kabupaten Sleman` = `Dinas X Sleman`
    key = " ".join(words).casefold().split()
    key = [w for w in key if w not in ORG_KEY_DROP] or key
    return " ".join(key)


def _short_forms() -> dict[str, str]:
    if not _SHORT:
        from warta.entities.gazetteer import _rows

        _SHORT.update({r[0]: r[1] for r in _rows("org_short_forms.tsv") if len(r) > 1})
    return _SHORT


_SHORT: dict[str, str] = {}


def loc_key(text: str) -> tuple[str, str | None]:
    p = gz.place(text)
    if p is not None:
        if p.kind == "country" and p.country:
            return "C:" + p.country, p.country
        low = text.casefold()
        head = next((h for h in gz.ADMIN_HEADS if low.startswith(h + " ")), None)
        if head:  # `Kota Bandung` and `Kabupaten Bandung` are two places
            return f"L:{head} {p.canonical.casefold()}", p.country
        return "L:" + p.canonical.casefold(), p.country
    first, _, rest = text.partition(" ")
    if rest and first in _short_forms():
        text = f"{_short_forms()[first]} {rest}"  # `Ponpes Al Khoziny` = `Pondok Pesantren Al Khoziny`
    return "L:" + text.casefold(), None


def canonical(c: Cluster) -> str:
    texts = [m.text for m in c.mentions if m.acronym_of is None] or [m.text for m in c.mentions]
    if c.label == "LOC" and c.key.startswith("C:"):
        # a country by its own name, not by an epithet (`Tanah Air`, `Negeri Jiran`) the article also uses
        own = [t for t in texts if (p := gz.place(t)) is not None and p.canonical.casefold() == t.casefold()]
        if own:
            texts = own
        elif (p := gz.place(texts[0])) is not None and p.kind == "country":
            return p.canonical  # only the epithet in the article (`kembali ke Tanah Air`): `Indonesia`

    def score(t: str) -> tuple:
        return (len(t.split()), not t.isupper(), len(t))

    return max(texts, key=score)


def cluster(cands: list[Cand], acr_cands: list[Cand], norm: str = "") -> list[Cluster]:
    """Group selected candidates into entities (see module docstring). ``norm`` (the article's
    text) lets a bare regency name stay apart when the article also names the city."""
    by_span = {(c.start, c.end): c for c in cands}
    # every other use of a defined acronym is that entity (`AHY` tagged ORG after
    # `Agus Harimurti Yudhoyono (AHY)`)
    defined = {a.text: a.acronym_of for a in acr_cands if a.acronym_of in by_span}
    acr_cands = list(acr_cands)
    for c in cands:
        if c.acronym_of is None and c.text in defined and place_of(c.text) is None and org_of(c.text) is None:
            full = by_span[defined[c.text]]
            if full is not c:
                c.acronym_of, c.label = defined[c.text], full.label
                acr_cands.append(c)
    acronyms: dict[str, str] = {}
    for a in acr_cands:
        full = by_span.get(a.acronym_of) if a.acronym_of else None
        if full is not None and full.label == "ORG":
            acronyms.setdefault(a.text, TRAILING_RI.sub("", full.text) or full.text)
    lex = lexicon()
    clusters: list[Cluster] = []
    index: dict[str, Cluster] = {}

    def put(c: Cand, key: str, country: str | None = None) -> Cluster:
        cl = index.get(key)
        if cl is None:
            cl = Cluster(c.label, key)
            index[key] = cl
            clusters.append(cl)
        cl.mentions.append(c)
        cl.role = fuller_role(cl.role, c.role)
        if (c.country or country) and not cl.country:
            cl.country = c.country or country
        return cl

    # people: longest names first, shorter ones join the name they are part of
    people = [c for c in cands if c.label == "PER" and c.acronym_of is None]
    people.sort(key=lambda c: (-len(c.text.split()), c.start))
    per_clusters: list[Cluster] = []
    having: dict[str, list[Cluster]] = {}  # name word → the person clusters (in order) that have it
    for c in people:
        words = {w.casefold() for w in c.text.split()}
        probe = min(words, key=lambda w: len(having.get(w, ()))) if words else ""
        homes = [pc for pc in having.get(probe, ()) if words <= pc.names]
        home = homes[0] if len(homes) == 1 else (_likeliest(homes, c.start, c.text) if homes else None)
        if home is None:
            home = put(c, f"P:{len(per_clusters)}:{c.text.casefold()}")
            home.names = words
            per_clusters.append(home)
            for w in words:
                having.setdefault(w, []).append(home)
        else:
            home.mentions.append(c)
            home.role = fuller_role(home.role, c.role)
    name_words = {}
    for pc in per_clusters:
        for w in pc.names:
            if w not in lex.common and len(w) > 2:
                name_words.setdefault(w, []).append(pc)
    for c in cands:
        if c.label == "PER" or c.acronym_of is not None:
            continue
        words = [w.casefold() for w in c.text.split()]
        known = org_of(c.text) is not None or place_of(c.text) is not None
        if c.strength <= CONTEXT and not known and len(words) == 1 and len(name_words.get(words[0], [])) == 1:
            pc = name_words[words[0]][0]
            c.label = "PER"
            pc.mentions.append(c)
            continue
        if c.label == "LOC":
            key, country = loc_key(c.text)
            put(c, key, country)
        else:
            put(c, "O:" + _org_key(c.text, acronyms))
    headed: dict[str, list[Cluster]] = {}
    for cl in clusters:
        if cl.label == "LOC" and " " in cl.key:
            head, _, rest = cl.key[2:].partition(" ")
            if head in gz.ADMIN_HEADS:
                headed.setdefault("L:" + rest, []).append(cl)
    for cl in list(clusters):
        homes = headed.get(cl.key) if cl.label == "LOC" else None
        if homes and len(homes) == 1 and homes[0] is not cl and _city_named(norm, homes[0].key, cl.key):
            continue  # `Kabupaten Bogor` … `Wali Kota Bogor` … `di Bogor`: the bare name is the city
        if homes and len(homes) == 1 and homes[0] is not cl:
            homes[0].mentions.extend(cl.mentions)
            homes[0].country = homes[0].country or cl.country
            clusters.remove(cl)
            index.pop(cl.key, None)
    # acronyms follow the name they abbreviate
    home_of = {id(m): cl for cl in clusters for m in cl.mentions}
    for a in acr_cands:
        full = by_span.get(a.acronym_of) if a.acronym_of else None
        home = home_of.get(id(full)) if full is not None else None
        if home is not None:
            if not any(m.start == a.start for m in home.mentions):
                home.mentions.append(a)
            if home.label == "PER":
                home.names.add(a.text.casefold())
    for cl in clusters:
        cl.mentions.sort(key=lambda m: m.start)
    return clusters


_REGENCY_HEADS = ("kabupaten ", "kab. ")


def _city_named(norm: str, home_key: str, bare_key: str) -> bool:
    """The home is a regency (`Kabupaten X`) and the article also names the city of the same
    name (`Kota X`, `kota X`, `Pemkot X`, `Wali Kota X`): many pairs share a name (Bogor, Bekasi,
    Malang, Tangerang …), and a bare `X` then means the city, not the regency."""
    if not norm or not home_key[2:].startswith(_REGENCY_HEADS):
        return False
    name = bare_key[2:]
    return re.search(rf"\b(?:kota|pemkot|walikota)\s+{re.escape(name)}(?![\w-])", norm, re.IGNORECASE) is not None


def _likeliest(homes: list[Cluster], pos: int, text: str = "") -> Cluster:
    """The person a short name at ``pos`` means when several names hold it (`Prabowo` in
    `Prabowo Subianto` and `Raden Prabowo Argo Yuwono`): the one the article already called by
    that short name (the other is `Argo` to it), then the one it names most often, then the one
    named last before it (then the nearest after)."""
    form = text.casefold()

    def key(pc: Cluster) -> tuple[bool, int, int]:
        starts = [m.start for m in pc.mentions]
        before = [s for s in starts if s < pos]
        dist = pos - max(before) if before else 10**9 + min(starts) - pos
        called = bool(form) and any(m.text.casefold() == form and m.start < pos for m in pc.mentions)
        return called, len(pc.mentions), -dist

    return max(homes, key=key)


def propagate(norm: str, regions: list[Region], clusters: list[Cluster]) -> None:
    """Every other occurrence of a known surface form (or a person's single name word) is a mention."""
    lex = lexicon()
    surfaces: dict[tuple[str, ...], Cluster | None] = {}
    owners: dict[tuple[str, ...], list[Cluster]] = {}  # every entity offering a surface

    def offer(words: tuple[str, ...], cl: Cluster) -> None:
        held = owners.setdefault(words, [])
        if cl not in held:
            held.append(cl)
        if words in surfaces and surfaces[words] is not cl:
            surfaces[words] = None  # ambiguous: two entities share it
        else:
            surfaces[words] = cl

    for cl in clusters:
        for m in cl.mentions:
            offer(tuple(m.text.split()), cl)
        if cl.label == "PER":
            for m in cl.mentions:
                for w in m.text.split():
                    if len(w) > 2 and w.lower() not in lex.common and w.lower() not in lex.stopwords and w[0].isupper():
                        offer((w,), cl)
    if not surfaces:
        return
    longest = max(len(k) for k in surfaces)
    covered = sorted((m.start, m.end) for cl in clusters for m in cl.mentions)
    starts = [s for s, _ in covered]

    def is_free(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, e) - 1
        while k >= 0 and covered[k][1] > s:
            if covered[k][0] < e:
                return False
            k -= 1
        return True

    first_words = {k[0] for k in surfaces}
    added = []
    for reg in regions:
        toks = reg.toks
        i = 0
        while i < len(toks):
            hit = 0
            if toks[i].is_cap and toks[i].text in first_words:
                for k in range(min(longest, len(toks) - i), 0, -1):
                    words = tuple(t.text for t in toks[i : i + k])
                    if words not in surfaces:
                        continue
                    cl = surfaces[words]
                    s, e = toks[i].start, toks[i + k - 1].end
                    if cl is None and k == 1 and all(o.label == "PER" for o in owners[words]):
                        cl = _likeliest(owners[words], s, words[0])  # `Budi` of `Budi Santoso` or `Budi Hartono`
                    if cl is None:  # a name two entities share: not to be split into its parts
                        hit = k
                        break
                    # a longer capitalised run around it is another name (`Jakarta` in `Jakarta Pusat`)
                    if (
                        i + k < len(toks) and toks[i + k].is_cap and toks[i + k].is_word and not reg.titlecase
                    ) or not is_free(s, e):
                        break
                    added.append((cl, Cand(s, e, cl.label, WEAK, " ".join(words))))
                    hit = k
                    break
            i += hit or 1
    for cl, c in added:
        cl.mentions.append(c)
    for cl in clusters:
        cl.mentions.sort(key=lambda m: m.start)


def confirm(norm: str, cands: list[Cand]) -> list[Cand]:
    """Tentative candidates take the label of their list: a district next to a place
    (`Pullman Central Park, Grogol`) is a place; an untyped run in a list joined by `dan`
    with a typed one (`AIIMS, Harvard, dan Stanford University`) shares its label."""
    items = sorted(cands, key=lambda c: (c.start, -c.end))
    # drop tentative runs that overlap a firm candidate
    firm_spans = sorted((c.start, c.end) for c in items if c.strength > TENTATIVE)
    firm_starts = [a for a, _ in firm_spans]

    def overlaps_firm(c: Cand) -> bool:
        k = bisect.bisect_left(firm_starts, c.end) - 1
        while k >= 0:
            a, b = firm_spans[k]
            if b > c.start:
                return True
            if c.start - a > 400:
                return False
            k -= 1
        return False

    items = [c for c in items if c.strength > TENTATIVE or not overlaps_firm(c)]
    seq: list[Cand] = []
    for c in items:  # sorted by start, longest first: skip runs inside the previous one
        if seq and c.start == seq[-1].start and c.end == seq[-1].end:
            if c.strength > seq[-1].strength:
                seq[-1] = c
            continue
        if seq and c.end <= seq[-1].end:
            continue
        seq.append(c)
    links: list[tuple[Cand, Cand, bool]] = []
    for a, b in zip(seq, seq[1:], strict=False):
        gap = norm[a.end : b.start]
        if len(gap) < 14 and (m := LIST_SEP.match(gap)):
            links.append((a, b, bool(m.group(2))))

    def typed(c: Cand) -> bool:
        return c.strength > TENTATIVE and c.label != UNTYPED

    def conj_follows(n: int) -> bool:
        """Does the list that link ``n`` belongs to end with `dan`/`atau` further on?"""
        while n < len(links):
            if links[n][2]:
                return True
            if n + 1 < len(links) and links[n + 1][0] is not links[n][1]:
                return False
            n += 1
        return False

    for _ in range(3):
        for n, (a, b, conj) in enumerate(links):
            for x, y in ((a, b), (b, a)):
                in_list = conj or (x is a and conj_follows(n + 1))
                if x.strength == TAGGER and y.strength >= CONTEXT and y.label in ("ORG", "LOC") and in_list:
                    x.label, x.strength = y.label, CONTEXT  # the tagger yields to a listed neighbour
                    continue
                if x.strength != TENTATIVE or not typed(y) or y.label == "PER":
                    continue
                if x.label == "LOC" and y.label == "LOC":
                    x.strength = WEAK
                elif x.label == UNTYPED and (conj or (x is a and conj_follows(n + 1))):
                    # `A, B, dan C`: only items before the `dan` of their own list
                    x.label, x.strength = y.label, WEAK
    # `Frank De Boer, Timur Kapadze, hingga Shin Tae-yong`: an untyped run listed between two
    # people is a person too (one neighbour is not enough: `Budi, Jakarta` is an address)
    for (a, b, _c1), (b2, c, _c2) in zip(links, links[1:], strict=False):
        between = b is b2 and b.label == UNTYPED and b.strength == TENTATIVE and a.label == c.label == "PER"
        if between and typed(a) and typed(c) and _name_shaped(b.text):
            b.label, b.strength = "PER", WEAK
    # `…, Fathia Izzati, hingga Jovial da Lopez`: a name with a family particle inside, listed
    # next to a person, is a person (one neighbour is enough: no place or body is named so)
    for a, b, _c in links:
        for x, y in ((a, b), (b, a)):
            if (
                x.label == UNTYPED
                and x.strength == TENTATIVE
                and typed(y)
                and y.label == "PER"
                and _particle_name(x.text)
            ):
                x.label, x.strength = "PER", WEAK
    return [c for c in items if typed(c)]


# family particles inside a person's name (`Andovi da Lopez`, `Ahmad bin Said`); not `de`, which
# also sits inside places (`Rio de Janeiro`)
_NAME_PARTICLES = frozenset(("da", "dos", "van", "von", "bin", "binti"))


def _name_shaped(text: str) -> bool:
    """Two to four capitalised words, none of them all capitals (a family particle may sit inside)."""
    words = text.split()
    inner = [w for w in words[1:-1] if w in _NAME_PARTICLES]
    caps = [w for w in words if w not in inner]
    return 2 <= len(caps) <= 4 and all(w[:1].isupper() and not w.isupper() for w in caps)


def _particle_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and any(w in _NAME_PARTICLES for w in words[1:-1]) and _name_shaped(text)


def fuller_role(old: str | None, new: str | None) -> str | None:
    """The role a person keeps: the first one found, unless it is a bare title written in full
    later (`Wagub`, then `Wakil Gubernur DKI Jakarta`)."""
    if not old:
        return new
    if new and " " not in old and len(new.split()) > 2 and not new.lower().startswith(("mantan", "eks")):
        return new
    return old
