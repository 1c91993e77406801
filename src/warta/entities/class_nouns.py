"""A name written after a class noun of bodies is the body, the noun says what the name is:
a company's (`perusahaan otobus Harapan Jaya`, `sub brand ZTE`, `merek Mitsubishi`), a club's
(`klub Napoli`) or a paper's (`koran lokal Asashi`). Up to two lower-case words may describe the
class between noun and name (`perusahaan teknologi informasi SimilarWeb`), and `seperti`/`macam`/
`yakni` may lead to it (`perusahaan besar seperti Total`). Other outlets name a foreign body once
this way, so the name is often found nowhere else: it is added as the body; a PER or a town read
there becomes the body."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warta.document.model import Entity, Mention
from warta.entities.concepts import creeds
from warta.entities.gazetteer import is_country, place
from warta.entities.patterns import lexicon, match_phrase, opening_alternation, sections, tokenize
from warta.entities.products import known_person, uncued_after, word_before
from warta.resources import word_set

# the capitalised run a class noun names: words opening with a capital or glued ones (`iPhone`,
# `kumparan`'s house style aside), an ampersand between two (`Ernst & Young`); it stops at the
# first lower-case word
_CAP = r"(?:[A-Z][\w&'.-]*[\w&']|[A-Z])"
_NAME = re.compile(rf"{_CAP}(?: (?:& )?{_CAP})*")
_DESCRIBER = re.compile(r"[a-z]{3,}")
_LEADS = frozenset(("seperti", "macam", "yakni", "yaitu", "bernama"))
# a verb's prefix: `perusahaan mengeluarkan SK`, `klub dibela Mason` — not a describing word
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")
_THING_LISTS = ("product_nouns.txt", "goods_nouns.txt", "thing_nouns.txt", "work_nouns.txt")


@cache
def _nouns() -> dict[tuple[str, ...], bool]:
    """Class nouns (data/class_nouns.txt) as word tuples, with whether the name may follow them
    right away (`perusahaan Ashanty` is as often the person's company: that noun needs a describing
    word before the name)."""
    out: dict[tuple[str, ...], bool] = {}
    for line in word_set("warta.entities", "class_nouns.txt", lower=True):
        bare = not line.endswith("+")
        out[tuple(line.rstrip("+ ").split())] = bare
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


@cache
def _stops() -> frozenset[str]:
    """Words that say the name is not the body but its owner or place (`klub asuhan Ranieri`)."""
    listed = word_set("warta.entities", "class_noun_stops.txt", lower=True)
    # a noun of goods, works or programmes last names the thing (`produsen kendaraan Maung`,
    # `startup peserta program ExpandIn`)
    things = {"program"}.union(*(word_set("warta.entities", f, lower=True) for f in _THING_LISTS))
    return listed | things | lexicon().stopwords - _LEADS


@cache
def _noun_pattern() -> re.Pattern[str]:
    """The class nouns as one pattern, longest first (`perusahaan rintisan` before `perusahaan`), in
    any case (written so that re skips to their first letters: ``opening_alternation``)."""
    return re.compile(opening_alternation([" ".join(n) for n in _nouns()], ignore_case=True) + "(?= )")


_WORD_AFTER = re.compile(r" ([a-z]+)")


def names_after_class_nouns(text: str, nouns: list[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised runs a class noun of bodies (``nouns``, its matches in ``text``) names:
    right after it, or after at most two describing words and at most one leading word (`seperti`)."""
    out = []
    for m in nouns:
        bare = _nouns()[tuple(m.group().lower().split())]
        at, described, led = m.end(), 0, False
        while True:
            name = _NAME.match(text, at + 1) if text.startswith(" ", at) else None
            if name:
                if bare or described or led:
                    out.append(name)
                break
            word = _WORD_AFTER.match(text, at)
            if word is None:
                break
            if word.group(1) in _LEADS and not led:
                led = True
            elif described < 2 and not led and _describes(word.group(1)):
                described += 1
            else:
                break
            at = word.end()
    return out


def _describes(word: str) -> bool:
    """A lower-case word that can describe the class (`otobus`, `teknologi`), not a verb, a function
    word or one that names an owner or a place (`milik`, `asal`)."""
    return bool(_DESCRIBER.fullmatch(word)) and word not in _stops() and not _VERB.fullmatch(word)


_NUMBER_AFTER = re.compile(r"\.? ?\d")


def _place_headed(name: str) -> bool:
    """`klub Pulau Garam`: a name opening with a place's head word stays the place (a club's home)."""
    return match_phrase(tokenize(name, 0, len(name)), 0, lexicon().loc_start) > 0


def _addable(name: str) -> bool:
    """A run worth adding as a body: not a place, a listed non-entity, a creed (`lembaga
    pendidikan Kristen` is a kind of school) or a lone letter."""
    lex = lexicon()
    low = name.lower()
    if len(name) < 2 or low in lex.nonentities or low in lex.stopwords or low in creeds():
        return False
    return place(name) is None


# the home a class noun's describing words may close with (`harian olahraga dari Portugal`, `klub
# Qatar`): a word of origin and a capitalised place's name, or the place's name alone
_HOME = re.compile(rf" (?:(?:dari|asal) )?(?P<place>{_CAP}(?: {_CAP}){{0,2}})(?=,)")
# the body's name set off by commas after the class: `…, A Bola, seperti dikutip …`
_SET_OFF = re.compile(rf", (?P<name>{_NAME.pattern})(?=[,.])")


def names_set_off_after_class_nouns(text: str, nouns: list[re.Match[str]]) -> list[tuple[str, re.Match[str]]]:
    """`harian olahraga dari Portugal, A Bola,`, `perusahaan pengiriman barang dari Denmark, Maersk.`,
    `klub Qatar, Al Gharafa,`: the capitalised name set off by commas right after a class noun of
    bodies, its describing words (at most three) and at most a place it comes from, is the body
    (an apposition); a class noun that needs a describing word has one. Each comes with the class's
    words before the comma (`klub qatar`), which the roles layer may have read as the name's post.
    ``nouns`` are the class nouns' matches in ``text``, found once for both readers."""
    out = []
    for m in nouns:
        bare = _nouns()[tuple(m.group().lower().split())]
        at, described = m.end(), 0
        while described < 3 and (word := _WORD_AFTER.match(text, at)) is not None and _describes(word.group(1)):
            described, at = described + 1, word.end()
        home = _HOME.match(text, at)
        if home is not None:
            if place(home.group("place")) is None:
                continue  # a name right after the class is the body itself (`majalah Forbes, Roger Ebert`)
            at = home.end()
        if not (bare or described):
            continue
        name = _SET_OFF.match(text, at)
        if name is not None and (run := _NAME.match(text, name.start("name"))) is not None:
            out.append((text[m.start() : at].lower(), run))
    return out


def bodies_after_class_nouns(text: str, entities: list[Entity]) -> list[Entity]:
    """Relabel to ORG a PER (no role, not a known person's name, not a speaker) or a non-country
    place named right after a class noun of bodies, or set off by commas after it and its
    describing words, and add the names found nowhere."""
    nouns = list(_noun_pattern().finditer(text))
    set_off = names_set_off_after_class_nouns(text, nouns)
    names = names_after_class_nouns(text, nouns) + [n for _, n in set_off]
    return _bodies_named(text, entities, names, bare_posts=frozenset(c for c, _ in set_off))


@cache
def _partner_pattern() -> re.Pattern[str]:
    """The partnership phrases (data/partner_cues.txt), up to two lower-case words allowed before
    their closing `dengan` (`kerja sama khusus dengan`)."""
    # `(?<![\w-])(?:head(?: [a-z]+){0,2}? dengan|…) (?=Name)` in any case, written as the heads (so
    # that re skips to their first letters: ``opening_alternation``) and then the tail they share:
    # the same matches, tried in the same order
    heads = [
        line.removesuffix(" dengan")
        for line in sorted(word_set("warta.entities", "partner_cues.txt", lower=True), key=len, reverse=True)
    ]
    return re.compile(rf"{opening_alternation(heads, ignore_case=True)}(?i:(?: [a-z]+){{0,2}}? dengan (?={_CAP}))")


# the word every partnership phrase closes with, right before the name (products.uncued_after's noun)
_PARTNER_WORD = frozenset(("dengan",))
# a hyphen (spaced or not) or a lower-case particle of a foreign name right after the run: the name
# goes on (`Go - Jek`, `Campagnie des Alpes`), the run is only its piece
_NAME_GOES_ON = re.compile(r" ?- ?[A-Z]| (?:de|des|du|da|of|and|van|von|der|la|le|el) [A-Z]")


def bodies_after_partner_cues(text: str, entities: list[Entity]) -> list[Entity]:
    """`bekerja sama dengan Epson`, `menjalin kerja sama khusus dengan LIPI`: the name right after a
    partnership phrase (data/partner_cues.txt) is the partner body, as a class noun's name is; other
    outlets name such a partner once, bare, and the tagger reads a brand of two capitalised words as
    a person (`Blue Bird`). A "person" stays one when it is named in one word (a player's partner in
    a move, `bekerja sama dengan Kovacic`) or the article gives it a given name or a person's cue
    anywhere (products.uncued_after's test)."""
    names = [
        n
        for m in _partner_pattern().finditer(text)
        if (n := _NAME.match(text, m.end())) is not None and not _NAME_GOES_ON.match(text, n.end())
    ]
    return _bodies_named(text, entities, names, people_cued=_PARTNER_WORD)


@cache
def _newsroom_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """The newsroom frames (data/newsroom_cues.txt): a trade or an interview's phrase in lower case
    right before a name; the word of the one told (`kepada`) before a name; the verbs of saying
    (data/speech_cues.txt) one of which opens that clause; and the last words of the cues (the
    nouns a medium's name follows, for products.uncued_after)."""
    lists = sections("newsroom_cues.txt")
    cues = sorted({*lists["trades"], *lists["interviews"]}, key=len, reverse=True)
    # in lower case only: a capitalised trade opens a post's name (`Redaktur Pelaksana detikInet`)
    named, told = _before_name(cues), _before_name(lists["told"])
    said = frozenset(w.lower() for words in sections("speech_cues.txt").values() for w in words)
    last = frozenset(line.split()[-1] for line in (*cues, *lists["told"]))
    return named, told, said, last


def _before_name(phrases: list[str]) -> re.Pattern[str]:
    """One of ``phrases`` (tried in their order, case kept) standing alone and followed by a space and
    a capitalised word: the frame a name opens after (written so that re skips to the phrases'
    first letters: ``opening_alternation``)."""
    return re.compile(rf"{opening_alternation(phrases)} (?={_CAP})")


# the clause closes right after the one told: a stop, a comma, a semicolon or the line's end
_CLAUSE_END = re.compile(r"[.,;:]|\s*$", re.M)
# the clause before the one told: the words since the last stop or quote mark
_CLAUSE_BEFORE = re.compile(r"[^.!?\"\u201c\u201d\n]*$")


def _attributed(text: str, at: int, said: frozenset[str]) -> bool:
    """A verb of saying among the (at most nine) words of the clause before ``at``: `ujar Cole`."""
    clause = _CLAUSE_BEFORE.search(text, max(0, at - 120), at)
    words = clause.group().split()[-9:] if clause else []
    return any(w.strip(",").lower() in said for w in words)


def media_after_newsroom_cues(text: str, entities: list[Entity]) -> list[Entity]:
    """`jurnalis Deportes Cuarto`, `mantan wartawan MetroTv`, `dalam wawancara dengan Ruhr
    Nachrichten`, `ujar Cole kepada ITV.`: the name right after a newsroom trade or an interview's
    phrase, or told a speech's words at the close of its attribution (data/newsroom_cues.txt), is
    the medium (GUIDELINES: cited media are ORG). Other outlets name a foreign paper or channel
    once this way and no list knows it: it is added, or a "person" read there with no given name,
    post or person's cue anywhere, named there only, made the body (as a partner's name is). A run
    opening with a given name, a post or an honorific is a person's (`kepada Presiden Joko Widodo`,
    `wartawan Budi`), and so is a "person" the article names again."""
    named, told, said, last = _newsroom_patterns()
    lex = lexicon()
    names = [n for m in named.finditer(text) if (n := _NAME.match(text, m.end())) is not None]
    names += [
        n
        for m in told.finditer(text)
        if (n := _NAME.match(text, m.end())) is not None
        and _CLAUSE_END.match(text, n.end())
        and _attributed(text, m.start(), said)
    ]
    # a person the article names again (`jurnalis Najwa Shihab` … `Najwa`) is the journalist
    again = {m.start for e in entities if e.label == "PER" and len(e.mentions) > 1 for m in e.mentions}
    names = [
        n
        for n in names
        if n.start() not in again
        and not _NAME_GOES_ON.match(text, n.end())
        and (first := n.group().split()[0]) not in lex.given
        and (first.lower(),) not in lex.roles
        and (first.lower(),) not in lex.honorifics
    ]
    # the roles layer reads the trade before the name as its post (`jurnalis`): that post is the cue
    return _bodies_named(text, entities, names, people_cued=last, bare_posts=last)


def _bodies_named(
    text: str,
    entities: list[Entity],
    names: list[re.Match[str]],
    people_cued: frozenset[str] = frozenset(),
    bare_posts: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The names ``names`` found made bodies: a PER (no role but one closing with one of
    ``bare_posts``, not a known person's name, not a speaker; with ``people_cued``, the words a name
    follows there, also no given name and no person's cue anywhere) or a non-country place
    relabelled, the names no entity covers added. A post in ``bare_posts`` is the frame's own word
    the roles layer read as the name's post (`jurnalis`, `klub qatar`), so it does not make a person."""
    if not names:
        return entities
    covered: dict[int, Entity] = {}
    for e in entities:
        for m in e.mentions:
            for k in range(m.start, m.end):
                covered[k] = e
    cues = word_set("warta.entities", "speech_cues.txt", lower=True)
    added: dict[str, Entity] = {}
    for m in names:
        e = covered.get(m.start())
        if e is None:
            name = m.group().rstrip(".")
            if covered.get(m.start() + len(name) - 1) is not None or not _addable(name):
                continue
            if _NUMBER_AFTER.match(text, m.end()):
                continue  # `maskapai penerbangan Emirates EK 0357`: a code or a model, not the name alone
            mention = Mention(m.start(), m.start() + len(name), name)
            if name in added:
                added[name].mentions.append(mention)
            else:
                added[name] = Entity(canonical=name, label="ORG", mentions=[mention])
            continue
        if e.role is not None and e.role.lower().endswith(tuple(bare_posts)):
            e = replace(e, role=None)  # a copy to test: the entity keeps its post unless relabelled
        if e.label == "ORG" or e.role or place(e.canonical.split()[0]) is not None:
            continue  # `surat kabar resmi Korut Rodong Sinmun`: the run opens with a place, not the name
        if e.label == "LOC" and (is_country(e.canonical) or _place_headed(e.canonical)):
            continue
        if e.label == "PER" and people_cued:
            if len(e.canonical.split()) < 2 or not uncued_after(text, e, people_cued):
                continue  # a given name, a post or a person's cue somewhere, or a lone family name
                # (`bekerja sama dengan Kovacic` of a player's pass): a person after all
        elif e.label == "PER" and (
            known_person(e.canonical.split()[0]) or any(word_before(text, x.start) in cues for x in e.mentions)
        ):
            continue
        e = covered[m.start()]
        e.label, e.country, e.role = "ORG", None, None
    if not added:
        return entities
    # the name written again elsewhere in the article is the same body
    for name, e in added.items():
        seen = {x.start for x in e.mentions}
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if m.start() not in seen and m.start() not in covered:
                e.mentions.append(Mention(m.start(), m.end(), name))
        e.mentions.sort(key=lambda x: x.start)
    return sorted([*entities, *added.values()], key=lambda x: x.mentions[0].start)
