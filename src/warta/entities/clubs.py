"""A club stands where a side of a match stands: `bertandang ke markas Sunderland`, `imbang 0-0
melawan Crystal Palace`. Named once and with no title, a club's name is easily read as a person
or a place; in an article about football (two football words, data/match_cues.txt) a PER or LOC
entity that has no role and is named right after a match cue (`markas`, `melawan`, `menjamu`) or
beside a score is relabelled ORG, unless it opens with a known given name (`melawan Marc Klok`)
or is a known place named elsewhere as a place (`di Madrid`). A name opening or closing with a
club's word (`FC Porto`, `Swansea City`, data/club_words.txt) is a club wherever it stands, and a
"place" named with a league's word (`Premier League`, `Serie A`) is the league's body."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from warta.document.model import Dateline, Entity, Mention
from warta.entities import gazetteer as gz
from warta.entities.patterns import lexicon, opening_alternation, sections
from warta.entities.products import known_person
from warta.entities.words import place_of

_SCORE_BEFORE = re.compile(r"\b\d{1,2}-\d{1,2}\s+(?:dari|atas|kontra|melawan|lawan|dengan)?\s*$")
_PLACE_PREP = re.compile(r"\b(?:di|ke|dari|kota|asal|kelahiran)\s+$", re.I)


def _sections(name: str, fold: bool) -> dict[str, frozenset[str]]:
    """A data file's words by section (patterns.sections), folded to lower case or not."""
    return {k: frozenset(w.lower() if fold else w for w in ws) for k, ws in sections(name).items()}


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    """The match cues and the football words (read once)."""
    lists = _sections("match_cues.txt", fold=True)
    return lists[""], lists["football"]


@lru_cache(maxsize=4)
def _football_words(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern for all the football words, so an article is scanned once, not once a word
    (`\b(?:word|…)\b`, written so that re skips to the words' first letters when every word opens
    with a word character, as \b before it then means no word character before it)."""
    ordered = sorted(words, key=len, reverse=True)
    if all(re.match(r"\w", w) for w in ordered):
        return re.compile(opening_alternation(ordered, before=r"\w") + r"\b")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b")


@lru_cache(maxsize=2)
def _football(text: str, words: frozenset[str]) -> bool:
    """Two different football words in the article. Four steps ask it of the same text (a scan of
    the whole text each); a pure function of the text and the fixed word list, so the answer is
    kept for the last two texts."""
    found: set[str] = set()
    for m in _football_words(words).finditer(text.lower()):
        found.add(m.group())
        if len(found) >= 2:
            return True
    return False


def _side(text: str, start: int, cues: frozenset[str]) -> bool:
    """The name at ``start`` is a side of a match: after a cue or a score."""
    before = text[max(0, start - 40) : start]
    words = [w.rstrip(".") for w in before.lower().split()]  # a comma closes the phrase: `kandang lawan, Stadio X`
    if words and (words[-1] in cues or " ".join(words[-2:]) in cues):
        return True  # `menjamu Chelsea`, `tuan rumah Sampdoria`
    return bool(_SCORE_BEFORE.search(before))


@lru_cache(maxsize=1)
def _club_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that mark a club in any article, those that do so in football articles, and the
    words of a league's name."""
    lists = _sections("club_words.txt", fold=False)
    return lists["marks"], lists["football"], lists["leagues"]


_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")


def _club_named(text: str, e: Entity, words: frozenset[str]) -> bool:
    """A multi-word name opening or closing with a club's word, and no known place: neither in the
    entity lists nor a big town abroad the geocoder knows (`di Kansas City`, a World Cup venue, is
    no club). A word opening the name right after a capitalised word closes the club before it
    (`pemain Bhayangkara FC Thiago Furtuoso`): the name is the person's, not a club's."""
    parts = e.canonical.split()
    if len(parts) < 2 or (parts[-1] not in words and parts[0] not in words):
        return False
    if place_of(e.canonical) is not None or gz.town_abroad(e.canonical):
        return False
    if parts[-1] in words:
        return True
    return not any(_closes_club(text[max(0, m.start - 30) : m.start]) for m in e.mentions)


def _closes_club(before: str) -> bool:
    """Does ``before`` end with a capitalised word that may be a club's own (`Bhayangkara` FC …)? A
    post or a function word capitalised at the sentence start (`Pemain SC Cambuur`, `Bersama FC
    Porto`) names no club."""
    hit = _NAME_BEFORE.search(before)
    if hit is None:
        return False
    word = hit.group().strip().lower()
    lex = lexicon()
    return (word,) not in lex.roles and word not in lex.stopwords


@lru_cache(maxsize=1)
def _transfer_before() -> re.Pattern[str]:
    """`… bergabung ke `, `mengangkut Neymar dari `, `transfer Sandro Wagner dari `: a word of a
    player's move (data/club_words.txt, [transfers]), at most three words, then `ke` or `dari`, with
    no stop between, closing the text before a name."""
    words = "|".join(sorted(_sections("club_words.txt", fold=True)["transfers"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:\s+[\w-]+){{0,3}}?\s+(?:ke|dari)\s+$", re.I)


def _transferred(text: str, start: int) -> bool:
    """The name at ``start`` is the club a player moves to or from (`bergabung ke Hoffenheim`)."""
    return _transfer_before().search(text, max(0, start - 70), start) is not None


def transferred_clubs(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with a "person" or a town abroad read as a place that a football article names as
    the club a player moves to or from (`dipinjamkan ke Southampton`, `mengangkut Neymar dari
    Barcelona`, `bergabung ke RB Leipzig dari Stuttgart`) read as a club: no post, no known given
    name opening it, no other mention after a word of place (`kelahiran Stuttgart`, `di Barcelona`);
    a country, a province, a town at home or a ground (`bergabung ke Anfield`) is left. A town that
    opens or closes a club's name the article writes (`Madrid` of `Real Madrid`) is left to
    ``city_named_clubs``, which joins it to the club."""
    if not _football(text, _cues()[1]):
        return entities
    given = lexicon().given
    ends = {w for e in entities if e.label == "ORG" for w in _name_ends(e.canonical)}
    for e in entities:
        if e.label not in ("PER", "LOC") or e.role or not e.mentions or e.canonical.split()[0] in given:
            continue
        if e.label == "LOC" and (not _town_abroad(e.canonical) or e.canonical in ends):
            continue
        moved = [_transferred(text, m.start) for m in e.mentions]
        placed = [_PLACE_PREP.search(text[max(0, m.start - 12) : m.start]) is not None for m in e.mentions]
        if any(moved) and not any(p and not t for p, t in zip(placed, moved, strict=True)):
            e.label = "ORG"
            e.country = None
    return entities


def club_sides(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with the persons and places that stand as a side of a football match, or are named
    as clubs, read as clubs."""
    cues, football = _cues()
    marks, football_marks, _ = _club_words()
    if _football(text, football):
        marks = marks | football_marks
    else:
        cues = frozenset()  # no match sides outside football: only names marked in any article
    given = lexicon().given
    for e in entities:
        if e.label not in ("PER", "LOC") or not e.mentions:
            continue
        if _club_named(text, e, marks) or (cues and _town_closed(e, given) and not _numbered(text, e)):
            e.label = "ORG"
            e.country = None
            continue
        if not cues or (e.role and not _town_club(e)) or e.canonical.split()[0] in given:
            continue
        if e.label == "LOC" and place_of(e.canonical) is not None:
            continue
        if any(_PLACE_PREP.search(text[max(0, m.start - 8) : m.start]) for m in e.mentions):
            continue
        if any(_side(text, m.start, cues) or _scored(text, m.end) for m in e.mentions) or _town_club(e):
            e.label = "ORG"
            e.country = None
    return _listed_with_clubs(text, entities, given) if cues else entities


Span = tuple[int, int]  # a mention's start and end

# a score right after a side in a results list (`Crystal Palace 1 - 2`, `Phoenix Suns 122 - 114`)
_SCORE_AFTER = re.compile(r"\s*\d{1,3}\s*[-\u2013]\s*\d{1,3}(?![\d'\u2019])")
# what joins two items of a list of clubs, a tally or a span of years in brackets allowed after the
# first (`Olympiacos (18), FC Porto (17)`, `PSM Makassar (2004 - 2006), Telekom Malaka`)
_LIST_JOIN = re.compile(r"[\s\u200e]*(?:\([\d\s\u2010-\u2013/-]+\)[\s\u200e]*)?(?:,|dan|serta)[\s\u200e]+(?:dan\s+)?")


def _scored(text: str, end: int) -> bool:
    """A score follows the name: a side of a result (`kalah dari tamunya Crystal Palace 1 - 2`)."""
    return _SCORE_AFTER.match(text, end) is not None


def _town_abroad(name: str) -> bool:
    """A town abroad, one test for every rule here: a city of the entity lists outside Indonesia, or,
    for a name the lists do not hold, one the geocoder knows (a big town or a state abroad). A name
    the lists hold as something else (a country, a province, a district at home such as `Natal`) is
    none, though the geocoder knows a town abroad so called."""
    place = place_of(name)
    if place is not None:
        return place.kind == "city" and place.country not in (None, "ID")
    return gz.town_abroad(name)


def _listed_with_clubs(text: str, entities: list[Entity], given: frozenset[str]) -> list[Entity]:
    """Entities, with a person or a place of a football article that stands in a list of three names
    or more next to a club (`Borussia Dortmund (18), Olympiacos (18), FC Porto (17)`, `merapat ke
    Duisburg, Werder Bremen, Kaiserlautern`) read as a club too: every mention so listed, none after
    a shirt number, no post, no known given name opening it, no country, province, town at home or
    venue (a town abroad only in a longer list of clubs: `Fulham, Portsmouth, Birmingham, Sunderland`). Two names
    alone are no list: `dipinjamkan ke Bristol City, Tammy Abraham` names the player after his club,
    `kandang Swansea, Liberty Stadium` the ground; a body inside a place's name (`Kompleks
    Kopassus`) is no neighbour."""
    spans = _top_spans(entities)
    clubs = {(m.start, m.end) for e in entities if e.label == "ORG" for m in e.mentions} & set(spans)
    for e in entities:
        if e.label not in ("PER", "LOC") or e.role or not e.mentions or e.canonical.split()[0] in given:
            continue
        if _numbered(text, e) or _venue(e.canonical):
            continue
        town = _town_abroad(e.canonical)
        if not town and place_of(e.canonical) is not None:
            continue  # a country, a province, a town at home
        if all(_in_club_list(text, (m.start, m.end), spans, clubs, town) for m in e.mentions):
            e.label = "ORG"
            e.country = None
    return entities


@lru_cache(maxsize=1)
def _venue_words() -> frozenset[str]:
    """The words of a ground's name (data/club_words.txt, [venues])."""
    return _sections("club_words.txt", fold=False)["venues"]


def _venue(name: str) -> bool:
    """A ground's or a venue's name (`Liberty Stadium`, `Stadion Segiri`), or one a place's head word
    opens (`Kompleks …`)."""
    words = name.split()
    return bool(_venue_words().intersection(words)) or (words[0].lower(),) in lexicon().loc_start


def _top_spans(entities: list[Entity]) -> list[Span]:
    """Every mention's span that no longer mention holds (`Kopassus` inside `Kompleks Kopassus` is
    left out), sorted by start: a holder sorts before what it holds, so one sweep finds them."""
    top: list[Span] = []
    reach = -1
    for start, end in sorted({(m.start, m.end) for e in entities for m in e.mentions}, key=lambda s: (s[0], -s[1])):
        if end > reach:
            top.append((start, end))
            reach = end
    return top


def _neighbour(text: str, span: Span, spans: list[Span], after: bool) -> Span | None:
    """The mention joined to ``span`` by a list's joint, after it or before it; None if none. The
    spans are sorted by start, and none holds another, so their ends are sorted too."""
    i = bisect_left(spans, span)
    if i == len(spans) or spans[i] != span:
        return None  # a mention inside a longer one stands in no list
    near = spans[i + 1 : i + 4] if after else spans[max(0, i - 3) : i][::-1]
    for other in near:
        a, b = (span, other) if after else (other, span)
        if 0 < b[0] - a[1] <= 24 and _LIST_JOIN.fullmatch(text, a[1], b[0]):
            return other
    return None


def _in_club_list(text: str, span: Span, spans: list[Span], clubs: set[Span], town: bool) -> bool:
    """The mention stands in a list of three names or more, a club right beside it; a town abroad
    (`Arsenal, Bristol City, Fulham, Portsmouth, Birmingham, Sunderland`) only in a list of four or
    more most other items of which are clubs."""
    prev, nxt = _neighbour(text, span, spans, False), _neighbour(text, span, spans, True)
    if not ({prev, nxt} & clubs):
        return False
    items = [*_walk(text, prev, spans, False), *_walk(text, nxt, spans, True)]
    if not town:
        return len(items) >= 2
    return len(items) >= 3 and 2 * sum(x in clubs for x in items) > len(items)


def _walk(text: str, span: Span | None, spans: list[Span], after: bool) -> list[Span]:
    """The list's items from ``span`` on, one way (at most 20)."""
    items: list[Span] = []
    while span is not None and len(items) < 20:
        items.append(span)
        span = _neighbour(text, span, spans, after)
    return items


# a shirt number before a name in a line-up (`77 - Matias Cordoba`): a player, not a club
_SHIRT_NUMBER = re.compile(r"\b\d{1,2}\s*[-\u2013]\s*$")


def _numbered(text: str, e: Entity) -> bool:
    """A mention of the entity stands after a shirt number."""
    return any(_SHIRT_NUMBER.search(text, max(0, m.start - 8), m.start) for m in e.mentions)


def _town_closed(e: Entity, given: frozenset[str]) -> bool:
    """`Werder Bremen`, `Borussia Dortmund`, `Olympique Lyon`, `RB Leipzig`: in a football article a
    person or a place of two words with no post, the second a big town abroad and the first no known
    given name, place, head word or Indonesian word, the whole no known place and no mention after a
    shirt number (`77 - Matias Cordoba`), is the club named after the town."""
    parts = e.canonical.split()
    if len(parts) != 2 or e.role or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    first = parts[0]
    if first in given or known_person(first) or place_of(first) is not None or place_of(e.canonical) is not None:
        return False
    lex = lexicon()
    low = first.lower()
    if (low,) in lex.loc_start or (low,) in lex.org_start or low in lex.common:
        return False  # `Kota Bandung`, `Dasar Watford yang tak menyerah` (an Indonesian word opens it)
    return gz.town_abroad(parts[1]) and not gz.town_abroad(e.canonical) and not gz.town_abroad(first)


def _town_club(e: Entity) -> bool:
    """`pelatih Mainz`, `sama poinnya dengan Augsburg`: in a football article a "person" written
    only as one word that is a big town abroad (and after no word of place) is the club named
    after it."""
    return (
        e.label == "PER"
        and " " not in e.canonical
        and all(" " not in m.text for m in e.mentions)
        and gz.town_abroad(e.canonical)
    )


def league_bodies(entities: list[Entity]) -> list[Entity]:
    """Entities, with a "place" named with a league's word (`Premier League`, `Serie A`) read as the
    league's body. Run after the bodies closed by a country are joined, so the country written after
    a league (`Bundesliga Jerman`) stays a place."""
    leagues = _club_words()[2]
    for e in entities:
        if e.label == "LOC" and leagues.intersection(e.canonical.split()):
            e.label = "ORG"
            e.country = None
    return entities


def _bare(name: str) -> str:
    """A nickname folded, its leading `The` off: `the Hammers`, `The Hammers` and `Hammers` meet."""
    low = name.lower()
    return low[4:] if low.startswith("the ") else low


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, tuple[str, str | None]]:
    """Folded nickname → a word or words of the club's own name, and a word that names another club
    when it stands in the name too (`Inter` of `Inter Milan` for `Rossoneri`; data/club_nicknames.tsv)."""
    rows = (ln.split("\t") for ln in sections("club_nicknames.tsv")[""])
    return {_bare(r[0]): (r[1], r[2] if len(r) == 3 else None) for r in rows if len(r) in (2, 3)}


def _words_in(words: str) -> re.Pattern[str]:
    """``words`` standing whole in a name (`West Ham` in `West Ham United`, not in `Westham`)."""
    return re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")


def _named_club(entities: list[Entity], nick: Entity, words: str, other: str | None) -> Entity | None:
    """The club (ORG) whose name holds ``words`` as whole words (`West Ham` in `West Ham United`) and
    not ``other`` (`AC Milan`, not `Inter Milan`, for `Milan`); the most mentioned if several."""
    hit, miss = _words_in(words), _words_in(other) if other else None
    clubs = [
        e
        for e in entities
        if e is not nick and e.label == "ORG" and hit.search(e.canonical) and not (miss and miss.search(e.canonical))
    ]
    return max(clubs, key=lambda e: len(e.mentions), default=None)


def club_nicknames(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities, with a club's nickname (`The Gunners`, `Setan Merah`) joined to the club the article
    names (`Arsenal`) as one more mention, or, in a football article that names no such club, read
    as a club. Outside football a nickname is left as it is (`Blues` is music, `Spurs` a team of
    another game) unless its club is named."""
    table = _nicknames()
    football: bool | None = None
    gone: set[int] = set()
    for e in entities:
        words = table.get(_bare(e.canonical))
        if words is None:
            continue
        club = _named_club(entities, e, *words)
        if club is not None and id(club) not in gone:
            club.mentions = sorted([*club.mentions, *e.mentions], key=lambda m: m.start)
            gone.add(id(e))
            continue
        if football is None:
            football = _football(text, _cues()[1])
        if football:
            e.label = "ORG"
            e.country = None
            e.role = None
    return [e for e in entities if id(e) not in gone]


def _in_dateline(dateline: Dateline | None, m: Mention) -> bool:
    """The mention stands in the dateline the cleaning layer found (`MADRID - …`, `Madrid, Kamis -`):
    the dateline's place, the desk's seat."""
    return dateline is not None and dateline.start <= m.start < dateline.end


def _named_clubs(text: str, entities: list[Entity]) -> list[Entity]:
    """The clubs a football article names with a club's word (data/club_words.txt: `Real Madrid`,
    `Leicester City`, `Arema FC`); none outside football."""
    marks, football_marks, _ = _club_words()
    words = marks | football_marks
    clubs = [e for e in entities if e.label == "ORG" and " " in e.canonical and words.intersection(e.canonical.split())]
    return clubs if clubs and _football(text, _cues()[1]) else []


def _name_ends(name: str) -> tuple[str, str]:
    """The first and last words of a name, where a club's town or short name stands (`Real Madrid`,
    `Shenzhen FC`, `Leicester City`)."""
    words = name.split()
    return words[0], words[-1]


def _sole_club(word: str, clubs: list[Entity]) -> Entity | None:
    """The one club whose name ``word`` opens or closes; None when no club's does, or two clubs'
    do (`Manchester` of `Manchester United` and `Manchester City`)."""
    owners = [c for c in clubs if word in _name_ends(c.canonical)]
    return owners[0] if len(owners) == 1 else None


def city_named_clubs(text: str, entities: list[Entity], dateline: Dateline | None) -> list[Entity]:
    """`Real Madrid … Madrid menilai Ronaldo tak bersalah`, `Shenzhen FC … Shenzhen mengunggah puisi`:
    in an article about football a town abroad that opens or closes the name of exactly one club the
    article names (a club's word in it, data/club_words.txt: `Real`, `FC`, `City`) is that club's short
    name (the gold reads `Milan` as a mention of `AC Milan`); its mentions join the club, except where
    a word of place stands before it (`di Madrid`, `asal Madrid`) or it stands in the article's
    ``dateline`` (the cleaning layer's). The town stays a place where it is so written; a town at home
    (`Persib Bandung … ke Bandung`) is left alone."""
    clubs = _named_clubs(text, entities)
    if not clubs:
        return entities
    # each club with the first and last words of its name, where a town's name stands (`Real Madrid`, `Shenzhen FC`)
    gone: set[int] = set()
    for e in entities:
        if e.label != "LOC" or " " in e.canonical or not _town_abroad(e.canonical):
            continue
        owner = _sole_club(e.canonical, clubs)
        if owner is None:
            continue
        moved = [
            m
            for m in e.mentions
            if (_transferred(text, m.start) or not _PLACE_PREP.search(text[max(0, m.start - 12) : m.start]))
            and not _in_dateline(dateline, m)
        ]
        if not moved:
            continue
        owner.mentions = sorted([*owner.mentions, *moved], key=lambda m: m.start)
        e.mentions = [m for m in e.mentions if all(m is not x for x in moved)]
        if not e.mentions:
            gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def club_short_names(text: str, entities: list[Entity]) -> list[Entity]:
    """`Leicester City … Leicester`, `Arema FC … Arema`, `Manchester United … United`: in an article
    about football a one-word organisation with no post that opens or closes the name of exactly one
    club the article names (a club's word in it, data/club_words.txt) is that club's short name, one
    entity with it (the gold reads `Mainz` as a mention of `FSV Mainz`). A word two clubs share
    (`Manchester` of `Manchester United` and `Manchester City`) is left."""
    clubs = _named_clubs(text, entities)
    if not clubs:
        return entities
    gone: set[int] = set()
    for e in entities:
        if e.label != "ORG" or e.role or " " in e.canonical:
            continue
        owner = _sole_club(e.canonical, clubs)
        if owner is None:
            continue
        owner.mentions = sorted([*owner.mentions, *e.mentions], key=lambda m: m.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def nickname(name: str) -> tuple[str, str | None] | None:
    """The words of the club's own name a listed nickname stands for (`The Citizens` → `Manchester
    City`), and the word that makes a name holding them another club's; None for no listed nickname."""
    return _nicknames().get(_bare(name))
