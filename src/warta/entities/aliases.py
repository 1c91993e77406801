"""One name, one entity: a nickname in brackets or after `alias` is the person named before it
(`Saifullah Yusuf (Gus Ipul)`, `M Akhirun Piliang alias Kirun`), and a name found under two
labels is one entity."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from warta.document import Article
from warta.entities.gazetteer import ADMIN_HEADS
from warta.entities.patterns import lexicon, opening_alternation
from warta.entities.spans import TAGGER, Cand, Cluster
from warta.resources import word_set

_BRACKET = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
# a line-up's substitute (`Claudio Marchisio (Miralem Pjanic 56 ')`, `(24 - Daniele Rugani 70 ')`):
# the bracket closes on the minute he came on, which no nickname does
_MINUTE = re.compile(r"\d\s*['’]?$")
# familiar honorifics a nickname opens with (`Gus Ipul`, `Kang Emil`; data/nickname_honorifics.txt)
_NICK_HONORIFICS = word_set("warta.entities", "nickname_honorifics.txt", lower=True)


def bracket_aliases(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Saifullah Yusuf (Gus Ipul)`: the name in brackets after a person's name is the same
    person's nickname, a mention of that entity and not an entity of its own."""
    norm = article.norm
    owner: dict[int, Cluster] = {}
    for cl in clusters:
        for m in cl.mentions:
            owner[m.start] = cl
    gone: set[int] = set()
    people = [cl for cl in clusters if cl.label == "PER"]
    brackets = {id(cl): _brackets_after(norm, cl) for cl in people}
    screen = _SCREEN.search(norm) is not None
    # `Will Turner (Orlando Bloom)` anywhere keeps the two apart at every bracket (`Turner (Bloom)`)
    apart = {
        (id(cl), id(o))
        for cl in people
        for b in brackets[id(cl)]
        if _two_people(next((m.text for m in cl.mentions if m.end == b.start()), ""), b.group(1), screen)
        for start, o in owner.items()
        if b.start(1) <= start < b.end(1)
    }
    for cl in people:
        if id(cl) in gone:
            continue
        for b in brackets[id(cl)]:
            inner = [
                o
                for start, o in owner.items()
                if b.start(1) <= start < b.end(1)
                and o is not cl
                and o.label == "PER"
                and id(o) not in gone
                and (id(cl), id(o)) not in apart
            ]
            for other in inner:
                _absorb(cl, other, owner, gone)
    # `Direktorat Jenderal Otonomi Daerah (Dirjen Otda)`: a body's short form in brackets that
    # opens with an office word is read as a titled person; it is the body's
    for cl in clusters:
        if cl.label != "ORG" or id(cl) in gone:
            continue
        for b in _brackets_after(norm, cl):
            inner = [
                o
                for start, o in owner.items()
                if b.start(1) < start < b.end(1)
                and o.label == "PER"
                and id(o) not in gone
                and len(o.mentions) == 1
                and o.mentions[0].end == b.end(1)
            ]
            for other in inner:
                role = cl.role
                _absorb(cl, other, owner, gone)
                cl.role = role  # the office word was the body's name, not a post
    return [cl for cl in clusters if id(cl) not in gone]


# an article about a film or a series (data/screen_words.txt), in any case: `\b(?:word|…)\b` written
# so that re skips to the words' first letters (``opening_alternation``; plain words only)
_SCREEN_WORDS = sorted(word_set("warta.entities", "screen_words.txt", lower=True))
_SCREEN = (
    re.compile(opening_alternation(_SCREEN_WORDS, before=r"\w", ignore_case=True) + r"\b")
    if all(re.fullmatch(r"\w[\w ]*", w) for w in _SCREEN_WORDS)
    else re.compile(r"\b(?:" + "|".join(_SCREEN_WORDS) + r")\b", re.I)
)


def _two_people(outer: str, inner: str, screen: bool = False) -> bool:
    """`Will Turner (Orlando Bloom)`, `Mildred Hayes (Frances McDormand)`, `Isak Jenie (JAS Kapital)`,
    `Bradley Smith (KTM Racing)`: a full name of two words or more right before a bracket that holds
    two words or more sharing none of its words, with no honorific, is not that person's nickname but
    an actor playing a character (or the character), or the person's body. A nickname is one word
    (`Joko Widodo (Jokowi)`), shares a word (`Andi Agustinus (Andi Narogong)`) or opens with an
    honorific (`Saifullah Yusuf (Gus Ipul)`). In an article about a film or a series (``screen``) a
    one-word name before the bracket is enough (`Henry (Brenton Thwaites)`)."""
    words = inner.split()
    if not outer or (len(outer.split()) < 2 and not screen) or len(words) < 2:
        return False
    if {w.casefold() for w in outer.split()} & {w.casefold() for w in words}:
        return False
    return words[0].casefold().rstrip(".") not in _opening_honorifics()


@lru_cache(maxsize=1)
def _opening_honorifics() -> frozenset[str]:
    """One-word honorifics of the lexicon and the familiar ones a nickname opens with."""
    return frozenset(h[0] for h in lexicon().honorifics if len(h) == 1) | _NICK_HONORIFICS


def _brackets_after(norm: str, cl: Cluster) -> list[re.Match[str]]:
    """The brackets right after each of ``cl``'s mentions (taken before any mention moves over),
    less a line-up's substitutes."""
    return [b for m in list(cl.mentions) if (b := _BRACKET.match(norm, m.end)) and not _MINUTE.search(b.group(1))]


def _absorb(cl: Cluster, other: Cluster, owner: dict[int, Cluster], gone: set[int]) -> None:
    """``other`` is another name of ``cl``: its mentions (and its role, if ``cl`` has none) move over."""
    cl.mentions.extend(other.mentions)
    cl.mentions.sort(key=lambda x: x.start)
    cl.role = cl.role or other.role
    for x in other.mentions:
        owner[x.start] = cl
    gone.add(id(other))


_COMPANY_FORMS = frozenset(("pt", "pt.", "cv", "cv.", "ud", "pd"))
# `macet di Sudirman` for `Jalan Sudirman`: streets are named after people, so a guessed person
# that is a street of the article is that street
_STREET_HEADS = ("jalan raya", "jalan", "jl.", "jl", "jln.", "jln")
_PLACE_HEADS = ADMIN_HEADS + _STREET_HEADS
# offices named after the district, town or province they serve (`Polsek Dukuh Pakis`)
_REGIONAL_HEADS = frozenset(
    [
        "polsek",
        "polres",
        "polresta",
        "polrestabes",
        "polda",
        "kodim",
        "koramil",
        "korem",
        "kodam",
        "pemkot",
        "pemkab",
        "pemprov",
        "kejari",
        "kejati",
        "bpbd",
        "kpud",
    ]
)


def unify_labels(clusters: list[Cluster]) -> list[Cluster]:
    """One name, one entity: when the same name ended up under two labels (`Rowneybury House`
    as ORG in a list and as a guessed PER), the better-founded entity takes the other's mentions."""

    def weight(cl: Cluster) -> tuple[int, int]:
        return (max(m.strength for m in cl.mentions), len(cl.mentions))

    by_name: dict[str, Cluster] = {}
    headless: dict[str, Cluster] = {}  # `gayamsari` of `Kecamatan Gayamsari`
    regional: set[str] = set()  # `dukuh pakis` of `Polsek Dukuh Pakis`
    out: list[Cluster] = []
    for cl in sorted(clusters, key=weight, reverse=True):
        names = {m.text.casefold() for m in cl.mentions if m.acronym_of is None}
        if cl.label == "ORG":  # `PT First Travel` is also `First Travel`
            names |= {n.split(" ", 1)[1] for n in names if " " in n and n.split(" ", 1)[0] in _COMPANY_FORMS}
        home = next((by_name[n] for n in names if n in by_name), None)
        if home is None and cl.label == "PER" and weight(cl)[0] <= TAGGER:
            # `Kecamatan Gayamsari` … `sampai ke Genuk, Gayamsari`: a guessed person that is the
            # name of an administrative place of the article is that place
            home = next((headless[n] for n in names if n in headless), None)
        if home is None and cl.label == "PER" and weight(cl)[0] <= TAGGER and names & regional:
            cl.label, cl.role = "LOC", None  # `Polsek Dukuh Pakis` … `warga Dukuh Pakis`: the office's place
            cl.key = "L:" + next(iter(names & regional))
        if home is not None and home.label != cl.label and not (home.label == "LOC" and cl.label == "PER" and cl.role):
            if cl.label == "ORG" and any(m.text.split()[0].casefold() in _COMPANY_FORMS for m in cl.mentions):
                home.label, home.role = "ORG", None  # a company's legal form settles what it is
            home.mentions.extend(cl.mentions)
            home.mentions.sort(key=lambda m: m.start)
            continue
        for n in names:
            by_name.setdefault(n, cl)
            first, _, rest = n.partition(" ")
            if cl.label == "ORG" and first in _REGIONAL_HEADS and rest:
                regional.add(rest)
            if cl.label == "LOC" and (head := next((h for h in _PLACE_HEADS if n.startswith(h + " ")), None)):
                rest = n[len(head) + 1 :]
                headless.setdefault(rest, cl)
                if head in _STREET_HEADS and " " in rest:
                    headless.setdefault(rest.rsplit(" ", 1)[1], cl)  # `Thamrin` of `Jalan MH Thamrin`
        out.append(cl)
    # `Danone Day`, `Danone Impact Journey`: a guessed person named after an organisation of the
    # same article is a programme or an event
    org_words = {cl.mentions[0].text for cl in out if cl.label == "ORG" and " " not in cl.mentions[0].text}
    return [
        cl
        for cl in out
        if not (cl.label == "PER" and weight(cl)[0] <= TAGGER and cl.mentions[0].text.split()[0] in org_words)
    ]


_ALIAS = re.compile(
    # `Endang Sulastri (41) alias Mami`: an age in brackets may stand between the name and the cue
    r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s*,?\s+(?:alias|als\.?|a\.k\.a\.?|(?:atau\s+)?(?:yang\s+)?(?:akrab|biasa)\s+disapa"
    # `Muhaimin Iskandar atau Cak Imin`: `atau` before a nickname's honorific names the same person
    # (`Prabowo atau Jokowi` does not: two people)
    r"|atau\s+(?P<hon>" + "|".join(sorted(_NICK_HONORIFICS)) + r")\.?)\s+",
    re.I,
)


def _person_mentions(clusters: list[Cluster], gone: set[int]) -> Iterator[tuple[Cluster, Cand]]:
    """Each person's mentions in turn, a person's stopping once it is taken into another (``gone``)."""
    for cl in clusters:
        if cl.label != "PER":
            continue
        for m in list(cl.mentions):
            if id(cl) in gone:
                break
            yield cl, m


def alias_names(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Ismail Marzuki alias Mail Syahputra`, `Muhammad Akhirun alias Kirun`: the name after
    `alias` (or `akrab disapa`) is the same person's, a mention of that entity and not one of its own."""
    norm = article.norm
    owner: dict[int, Cluster] = {m.start: cl for cl in clusters for m in cl.mentions}
    gone: set[int] = set()
    for cl, m in _person_mentions(clusters, gone):
        a = _ALIAS.match(norm, m.end)
        # the nickname's mention may hold its honorific (`Kang Emil`) or not (`Ipul`)
        other = (owner.get(a.end()) or (a.group("hon") and owner.get(a.start("hon")))) if a else None
        if other is None or other is cl or id(other) in gone or other.label == "LOC":
            continue
        _absorb(cl, other, owner, gone)
    return [cl for cl in clusters if id(cl) not in gone]


# `Pria yang akrab disapa Kang Emil ini …`: a description opening its sentence that gives the
# nickname of the person it points back to
_DESCRIBED_NICKNAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+yang\s+(?:akrab\s+|biasa\s+|kerap\s+)?disapa\s+",
)
# how far back the person a description points to may be named (about two sentences)
_DESCRIBED_REACH = 400


def described_nicknames(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Walikota Bandung, Ridwan Kamil mengatakan … Pria yang akrab disapa Kang Emil ini ingin …`:
    a description opening its sentence and naming a nickname (`yang akrab disapa`) points back to
    the last person named before it; the nickname is that person's, not a person of its own."""
    norm = article.norm
    owner: dict[int, Cluster] = {m.start: cl for cl in clusters for m in cl.mentions}
    gone: set[int] = set()
    # the pattern's last word must be written: a substring test costs far less than its pass
    for d in _DESCRIBED_NICKNAME.finditer(norm) if "disapa" in norm else ():
        nick = owner.get(d.end())
        if nick is None or nick.label != "PER" or id(nick) in gone:
            continue
        before = [
            (m.end, cl)
            for cl in clusters
            if cl.label == "PER" and cl is not nick and id(cl) not in gone
            for m in cl.mentions
            if d.start() - _DESCRIBED_REACH <= m.start and m.end <= d.start()
        ]
        if before:
            _absorb(max(before, key=lambda x: x[0])[1], nick, owner, gone)
    return [cl for cl in clusters if id(cl) not in gone]


# `… tegas Ani, sapaan akrabnya.`, `Ani (sapaan akrab Sri Mulyani)`: the name before the cue is a nickname
_CALLED_AFTER = re.compile(r"\s*[,(]\s*(?:yang\s+)?(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\b\s*")
# `perempuan bernama asli Alecia Beth Moore itu`, `pemilik nama asli Asri Pramawati ini`: a real name
_REAL_NAME = re.compile(r"\b(?:ber)?nama\s+(?:asli|lahir)(?:nya)?\s+$")
# how far back the person a nickname or a real name belongs to may be named (about three sentences)
_CALLED_REACH = 600


def _named_before(
    clusters: list[Cluster], cl: Cluster, at: int, gone: set[int], reach: int = _CALLED_REACH
) -> list[tuple[int, Cluster]]:
    """(end, person) of the mentions of other persons ending within ``reach`` before ``at``."""
    return [
        (m.end, o)
        for o in clusters
        if o.label == "PER" and o is not cl and id(o) not in gone
        for m in o.mentions
        if at - reach <= m.start and m.end <= at
    ]


def _last_named(named: list[tuple[int, Cluster]]) -> Cluster | None:
    """The person of ``_named_before``'s list named last (the latest mention end), None for none."""
    return max(named, key=lambda x: x[0], default=(0, None))[1]


def _nickname_owner(
    clusters: list[Cluster], cl: Cluster, m: Cand, named: Cluster | None, gone: set[int]
) -> Cluster | None:
    """Whose nickname ``m`` (of ``cl``, set off by `sapaan akrab`) is: the person the cue names
    (``named``, `Ani (sapaan akrab Sri Mulyani)`), else the last person named before whose name
    holds the nickname's letters however far back (`Ani` of `Sri Mulyani`), else the last person
    named within ``_CALLED_REACH`` before it."""
    if named is not None and named is not cl:
        return named
    nick = m.text.lower()
    anywhere = _named_before(clusters, cl, m.start, gone, reach=m.start)
    held = [x for x in anywhere if any(nick in w.text.lower() for w in x[1].mentions)]
    return _last_named(held or _named_before(clusters, cl, m.start, gone))


def called_names(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A nickname set off by `sapaan akrab(nya)` after it, or a real name after `(ber)nama asli`,
    is another name of a person named before (the one the cue names, else the one whose name holds
    the nickname's letters, else the last one), not a person of its own."""
    norm = article.norm
    owner: dict[int, Cluster] = {m.start: cl for cl in clusters for m in cl.mentions}
    gone: set[int] = set()
    for cl, m in _person_mentions(clusters, gone):
        target = None
        if (c := _CALLED_AFTER.match(norm, m.end)) and len({x.text for x in cl.mentions}) == 1:
            target = _nickname_owner(clusters, cl, m, owner.get(c.end()), gone)
        elif (real := _REAL_NAME.search(norm, max(0, m.start - 24), m.start)) and cl.mentions[0] is m:
            # named for the first time by its real name (`Melody` named before: she is described)
            target = _last_named(_named_before(clusters, cl, real.start(), gone))
        if target is not None and target.label == "PER" and id(target) not in gone:
            _absorb(target, cl, owner, gone)
    return [cl for cl in clusters if id(cl) not in gone]


def clipped_names(clusters: list[Cluster]) -> list[Cluster]:
    """`Pras` for `Prasetyo Hadi`, `Sandi` for `Sandiaga Uno`: a one-word person that is the
    clipped first name of exactly one person named before it is that person."""
    people = [cl for cl in clusters if cl.label == "PER"]
    gone: set[int] = set()
    for cl in people:
        words = {m.text for m in cl.mentions}
        if cl.role or len(words) != 1:
            continue
        short = next(iter(words))
        if " " in short or len(short) < 3 or not short[:1].isupper() or short.isupper():
            continue
        first_at = cl.mentions[0].start
        homes = [
            o
            for o in people
            if o is not cl
            and id(o) not in gone
            and o.mentions[0].start < first_at
            and any(len(w) > len(short) + 1 and w.startswith(short) for m in o.mentions for w in m.text.split()[:1])
        ]
        # another name word of anyone that starts so (`Budi` of `Budiman` and `Budiarto`) leaves it open
        if len(homes) != 1:
            continue
        home = homes[0]
        home.mentions.extend(cl.mentions)
        home.mentions.sort(key=lambda x: x.start)
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


_SEP = r"(?:\s*,\s*(?:dan\s+|serta\s+|atau\s+)?|\s+(?:dan|serta|atau)\s+)"
# the gap between two listed names, over capitalised items that are no entity (`, Bubon, `)
_LIST_GAP = re.compile(_SEP + r"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)?" + _SEP + ")*")


def _syllable_short(short: str, words: list[str]) -> bool:
    """`Komdis` of `Komisi Disiplin`, `Kemensos` of `Kementerian Sosial`: the short form is a
    prefix of two letters or more of each word, in order, and nothing else."""
    short = short.casefold()
    if not words:
        return not short
    head = words[0].casefold()
    return any(
        short[:n] == head[:n] and _syllable_short(short[n:], words[1:])
        for n in range(min(len(head), len(short)), 1, -1)
    )


_WORD_CHAR = re.compile(r"\w")


def _boundary(norm: str, i: int) -> bool:
    """``\b`` at ``i``: a word character on one side only."""
    left = i > 0 and _WORD_CHAR.match(norm, i - 1) is not None
    right = i < len(norm) and _WORD_CHAR.match(norm, i) is not None
    return left != right


def _short_forms(norm: str, tail: str) -> list[tuple[int, int]]:
    """Spans of ``\b[A-Z][a-z]{3,} <tail>\b`` in ``norm``, left to right and not overlapping,
    found from the tail's occurrences (a pattern compiled per tail cost more than the rest)."""
    needle = " " + tail
    out: list[tuple[int, int]] = []
    last = 0
    i = norm.find(needle, 4)
    while i != -1:
        j = i
        while j > 0 and "a" <= norm[j - 1] <= "z":
            j -= 1
        s, e = j - 1, i + len(needle)
        if i - j >= 3 and "A" <= norm[s] <= "Z" and s >= last and _boundary(norm, s) and _boundary(norm, e):
            out.append((s, e))
            last = e
        i = norm.find(needle, i + 1)
    return out


def contracted_heads(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Komdis PSSI` and `Komisi Disiplin PSSI` are one body: an organisation whose first word
    contracts the first words of another's, the rest alike; the spelled-out name is canonical.
    The short form is looked for in the text too (its tail alone may have been taken: `PSSI`)."""
    norm = article.norm
    for cl in [c for c in clusters if c.label == "ORG"]:
        if not cl.mentions:
            continue  # its only mention was inside a short form found before
        words = max((m.text for m in cl.mentions), key=len).split()
        for k in range(2, len(words)):
            tail = " ".join(words[k:])
            if norm.count(tail) <= sum(tail in m.text for m in cl.mentions):
                continue  # the tail is written nowhere but in this body's own name (cheap test)
            for s, e in _short_forms(norm, tail):
                first = norm[s : norm.index(" ", s)]
                if not _syllable_short(first, words[:k]) or first == words[0]:
                    continue
                if any(m.start == s and m.end == e for m in cl.mentions):
                    continue
                for o in clusters:  # `PSSI` inside it is no mention of its own there
                    o.mentions = [m for m in o.mentions if not (s <= m.start and m.end <= e)]
                cl.mentions.append(Cand(s, e, "ORG", TAGGER, norm[s:e]))
                cl.mentions.sort(key=lambda x: x.start)
    clusters = [cl for cl in clusters if cl.mentions]
    orgs = [cl for cl in clusters if cl.label == "ORG"]
    gone: set[int] = set()
    for cl in orgs:
        names = {m.text for m in cl.mentions}
        if len(names) != 1:
            continue
        words = next(iter(names)).split()
        short = words[0]
        if len(short) < 4 or short.isupper() or not short[:1].isupper() or not short.isalpha():
            continue
        homes = [
            o
            for o in orgs
            if o is not cl
            and id(o) not in gone
            and any(
                len(ws := m.text.split()) - len(words) >= 1
                and ws[len(ws) - len(words) + 1 :] == words[1:]
                and _syllable_short(short, ws[: len(ws) - len(words) + 1])
                for m in o.mentions
            )
        ]
        if len(homes) != 1:
            continue
        homes[0].mentions.extend(cl.mentions)
        homes[0].mentions.sort(key=lambda x: x.start)
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


def listed_places(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`Kecamatan Woyla, Bubon, Meureubo dan Johan Pahlawan`: in a list closed by `dan` whose
    items are places and guessed people, the guesses are places too; so is a guess between two
    places. (`Kalimantan Selatan, Abdul Latif, usai …` is no list: a name set off after a place.)"""
    norm = article.norm
    owner = {id(m): cl for cl in clusters for m in cl.mentions}
    mentions = sorted((m for cl in clusters for m in cl.mentions), key=lambda m: m.start)
    guesses = {
        id(cl)
        for cl in clusters
        if cl.label == "PER" and not cl.role and max(m.strength for m in cl.mentions) <= TAGGER
    }
    # runs of mentions joined by list gaps, with the gap before each item
    runs: list[list[tuple[Cand, str]]] = []
    for m in mentions:
        prev = runs[-1][-1][0] if runs else None
        gap = _LIST_GAP.fullmatch(norm, prev.end, m.start) if prev is not None and prev.end <= m.start else None
        if gap is not None:
            runs[-1].append((m, gap.group()))
        else:
            runs.append([(m, "")])
    to_place: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        labels = [owner[id(m)].label for m, _ in run]
        closed = any(w in run[-1][1] for w in ("dan", "serta", "atau"))
        # the list must be one of places for sure: opened by an administrative place (`Kecamatan
        # Woyla, …`) or holding more places than guesses (`Hamas Palestina dan Ikhwanul Muslimin`,
        # `Abate, Calabria, De Sciglio, Gomez` are no such lists: districts listed are home ones)
        n_loc = sum(1 for m, _ in run if owner[id(m)].label == "LOC" and owner[id(m)].country == "ID")
        admin = any(
            lab == "LOC" and m.text.split()[0].lower() in ADMIN_HEADS for (m, _), lab in zip(run, labels, strict=True)
        )
        if not (admin or (n_loc >= 2 and n_loc > len(run) - n_loc)):
            continue
        for k, (m, _) in enumerate(run):
            cl = owner[id(m)]
            if id(cl) not in guesses:
                continue
            between = 0 < k < len(run) - 1 and labels[k - 1] == "LOC" and labels[k + 1] == "LOC"
            all_places = closed and all(
                lab == "LOC" or id(owner[id(x)]) in guesses for (x, _), lab in zip(run, labels, strict=True)
            )
            if between or all_places:
                to_place.add(id(cl))
    for cl in clusters:
        if id(cl) in to_place:
            cl.label, cl.key = "LOC", "L:" + cl.mentions[0].text.casefold()
    return clusters


def admin_name_parts(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """`kawasan Jati Padang` where the article also writes `Kelurahan Jati Padang`: the known city
    at the end of a village's name (`Padang`) is a cut of the village's name, not that city."""
    norm = article.norm
    names: dict[str, Cluster] = {}
    for cl in clusters:
        if cl.label != "LOC":
            continue
        for m in cl.mentions:
            words = m.text.split()
            if len(words) >= 3 and words[0].lower() in ADMIN_HEADS:
                names.setdefault(" ".join(words[1:]), cl)
    if not names:
        return clusters
    gone: set[int] = set()
    homes = {id(cl) for cl in names.values()}
    for cl in clusters:
        if cl.label != "LOC" or id(cl) in homes:
            continue
        moved = []
        for m in cl.mentions:
            for full, home in names.items():
                lead = full[: len(full) - len(m.text)]
                if full.endswith(" " + m.text) and norm[max(0, m.start - len(lead)) : m.start] == lead:
                    start = m.start - len(lead)
                    home.mentions.append(Cand(start, m.end, "LOC", m.strength, norm[start : m.end]))
                    home.mentions.sort(key=lambda x: x.start)
                    moved.append(m)
                    break
        if moved:
            cl.mentions = [m for m in cl.mentions if m not in moved]
            if not cl.mentions:
                gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
