"""A body written between a post and the person's name is the post's, not the name's
(`Manajer MU Jose Mourinho`, `juru bicara Yahoo Carolyn Clark`, `gelandang Everton Morgan
Schneiderlin`, `Sekretaris Ditjen Pendis Arskal Salim`): the capitalised run after the post was
read as one name, so the role lost its body and the name gained it.

Where the body ends and the name begins is read from the article's own store of names: the
body's words lead a life of their own (a body or place named so elsewhere, or the words written
again without the name after them), and so do the name's (one of its words written again without
the body before it, or a known given name opening a name of two words or more). The first words
must not be a known given name, a title or a post, so that a person called by his first name
(`Budi Harta Winata` … `kata Budi`) keeps it."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document.model import Entity, Mention
from warta.entities.fragments import unit_heads
from warta.entities.gazetteer import is_country, place
from warta.entities.patterns import lexicon
from warta.entities.prefixes import _BOARD, COMPANY_FORM
from warta.entities.words import balinese_words, org_of, truecase
from warta.resources import word_set

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PUNCT = ",.;:!?()\"'“”‘’"


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Single words that are posts, titles or honorifics (`Ketua`, `Haji`, `Pangeran`)."""
    lex = lexicon()
    return frozenset(h[0] for h in lex.roles | lex.honorifics if len(h) == 1)


def _apart(text: str, words: list[str], before: str | None, after: str | None) -> bool:
    """The words are written somewhere without `before` right before them or without `after`
    right after them: they lead a life of their own in the article."""
    if not words or words[0] not in text:
        return False
    for m in _written(words).finditer(text):
        prev = _word_before(text, m.start()).strip(_PUNCT)
        nxt = _word_after(text, m.end()).strip(_PUNCT)
        if (before is not None and prev != before) or (after is not None and nxt != after):
            return True
    return False


def _written(words: list[str]) -> re.Pattern[str]:
    """The words as written in the text, whole words, any spaces between them."""
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")


_REACH = 200  # a word is read from a window around the match, not from the whole text (long texts)


def _word_before(text: str, at: int) -> str:
    """The whitespace-separated word right before ``at`` ('' at the text's start)."""
    lo = max(0, at - _REACH)
    words = text[lo:at].split()
    if lo and (not words or not text[lo - 1].isspace() and len(words) == 1):
        words = text[:at].split()  # the window cut into the word or held none: read it all
    return words[-1] if words else ""


def _word_after(text: str, at: int) -> str:
    """The whitespace-separated word right after ``at`` ('' at the text's end)."""
    hi = min(len(text), at + _REACH)
    words = text[at:hi].split()
    if hi < len(text) and (not words or not text[hi].isspace() and len(words) == 1):
        words = text[at:].split()
    return words[0] if words else ""


def _bodies(entities: list[Entity]) -> set[str]:
    """Every name a body or a place goes by in the article."""
    return {x for e in entities if e.label in ("ORG", "LOC") for x in (e.canonical, *(m.text for m in e.mentions))}


def _clipped(short: str, name: str) -> bool:
    """`Juve` of `Juventus`: a one-word short form that is the start of the name's first word."""
    first = name.split()[0] if name.split() else ""
    return " " not in short and len(short) >= 4 and len(first) > len(short) and first.startswith(short)


def _body_named(text: str, lead: list[str], bodies: set[str]) -> bool:
    """The first words are a body or place: known, words of a body's or place's name in the
    article, its clipped first word (`Juve` of `Juventus`), its short form in brackets after it
    (`Gabungan Produsen Rokok Putih Indonesia (Gaprindo)`), or an acronym (`MU`)."""
    name = " ".join(lead)
    known = place(name)
    if org_of(name) or (known is not None and known.kind in ("country", "province")):
        return True
    if any(f" {name} " in f" {b} " for b in bodies):
        return True
    if any(_clipped(name, b) for b in bodies):
        return True
    if f"({name})" in text and any(f"{b} ({name})" in text for b in bodies):
        return True
    return len(lead) == 1 and _ACRONYM.fullmatch(name) is not None


def _cut(text: str, words: list[str], bodies: set[str]) -> int | None:
    """Where the name begins after the body's words, or None when nothing shows a body there."""
    given, posts = lexicon().given, _post_words()
    for k in range(1, len(words)):
        lead, name = words[:k], words[k:]
        if lead[0] in given or len(lead[0]) < 2 or any(w.lower() in posts for w in lead):
            return None
        if not all(_NAME_WORD.fullmatch(w) for w in name) or name[0].lower() in posts:
            continue
        body = _body_named(text, lead, bodies) and _apart(text, lead, None, name[0])
        # the name's words written again without the body before them (`… Arskal menyatakan`)
        person = any(_apart(text, [w], prev, None) for prev, w in zip(words[k - 1 :], name, strict=False))
        if body and (person or len(name) >= 2):
            return k
    return None


def _given_cut(words: list[str], others: list[str], role: str) -> int | None:
    """Where the name begins at its first known given name after words that cannot be the
    person's (`Direktur Olahraga Lille | Luis Campos` … `Campos`, `Pemain Milwaukee Bucks |
    Malcolm Brogdon`), when no body is known to show it but the post is short and names no body
    of its own (`Direktur Departemen … BI Juli Budi Winantya` keeps `Juli`). The words before
    hold no given name, post or initial and are never written as the person again; the name
    after them is two words or more, and either it (or its last word, the surname) is written
    alone elsewhere or two words or more stand before it. An Indonesian called by a middle or
    last given name (`Ramdan Denny Prakoso` … `Denny`, `Dwimawan Heru` … `Heru`) keeps his
    first one: neither shape matches him."""
    if len(role.split()) > 2 or any(w.isupper() and len(w) > 1 for w in role.split()):
        return None
    given, posts = lexicon().given, _post_words()
    k = next((i for i, w in enumerate(words) if w in given), 0)
    lead, name = words[:k], words[k:]
    if not lead or len(name) < 2 or any(len(w) < 2 or w.lower() in posts or w.isupper() for w in lead):
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in words) or any(w in x.split() for x in others for w in lead):
        return None
    alone = any(x in (" ".join(name), name[-1]) for x in others)
    return k if alone or len(lead) >= 2 else None


# a brand's word: a capital inside it, not a surname's prefix (`GoToMalls`, `TechCrunch`; not `McDaid`)
BRAND_WORD = re.compile(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+[A-Z]\w*")


def _alone_cut(words: list[str], others: list[str], role: str) -> int | None:
    """Where the name begins after a one-word body the article also writes alone and that was
    read as this person (`CEO Snap Evan Spiegel` … `saham Snap` … `Spiegel melanjutkan`): the
    person is also called by a word of the name after it, or the body's word is a brand's and the
    name opens with a known given name (`CEO GoToMalls Bruno Zysman`). A person called by a first
    name no list knows (`Gubernur Djarot Saiful Hidayat` … `kata Djarot`) shows neither. The post
    is a bare one (`CEO`), naming no body of its own (`Sekjen KPU Bernad Dermawan Sutrisno` keeps
    `Bernad`)."""
    lead, name = words[0], words[1:]
    if not all(w.lower() in _post_words() for w in role.split()):
        return None
    if len(name) < 2 or lead not in others or lead in lexicon().given or lead.lower() in _post_words():
        return None
    if len(lead) < 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    called = any(x in name or x == " ".join(name) for x in others)
    return 1 if called or (BRAND_WORD.fullmatch(lead) and name[0] in lexicon().given) else None


def _longest(e: Entity) -> Mention:
    """The mention with the most words: the one the post stands before."""
    return max(e.mentions, key=lambda x: len(x.text.split()))


def _renamed(e: Entity, mentions: list[Mention]) -> None:
    """The entity's mentions set anew, its canonical name the longest of them."""
    e.mentions = sorted(mentions, key=lambda x: x.start)
    e.canonical = max((x.text for x in e.mentions), key=lambda t: len(t.split()))


def _without_front(text: str, x: Mention, lead: str, first: str) -> Mention:
    """The mention less the front words ``lead`` when it opens with them (the name begins at
    ``first``)."""
    if not x.text.startswith(lead + " "):
        return x
    at = x.start + x.text.index(first, len(lead))
    return Mention(at, x.end, text[at : x.end])


def _posted(text: str, m: Mention, role: str) -> bool:
    """The post is written right before the mention, on its line."""
    line = text[: m.start].rsplit("\n", 1)[-1]
    return " ".join(line.split()).casefold().endswith(" ".join(role.split()).casefold())


def split_posted_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with a body cut off the front of a posted person's name and given to the role."""
    gone: set[int] = set()
    for e in entities:
        if e.label != "PER" or not e.role or id(e) in gone:
            continue
        long = _longest(e)
        words = long.text.split()
        if len(words) < 2 or not _posted(text, long, e.role):
            continue
        k = _cut(text, words, _bodies(entities))
        others = [x.text for x in e.mentions if x.text != long.text]
        if k is None:
            k = _given_cut(words, others, e.role)
        if k is None:
            k = _alone_cut(words, others, e.role)
        if k is None:
            continue
        lead, name = " ".join(words[:k]), " ".join(words[k:])
        kept, alone = [], []
        for x in e.mentions:
            if x.text == lead:
                alone.append(x)  # the body named alone, read as the person
                continue
            kept.append(_without_front(text, x, lead, words[k]))
        for other in entities:  # the name alone may be a person of its own (`Imam Muslimin`)
            if (
                other is not e
                and other.label == "PER"
                and all(x.text in name.split() or x.text == name for x in other.mentions)
            ):
                kept += other.mentions
                e.role = e.role or other.role
                gone.add(id(other))
        _renamed(e, kept)
        e.role = f"{e.role} {lead}"
        if alone:
            _give_body(text, entities, lead, alone)
    return [e for e in entities if id(e) not in gone]


def _give_body(text: str, entities: list[Entity], lead: str, mentions: list[Mention]) -> None:
    """The body's own mentions go to the body that goes by that name (or is clipped to it, or
    gives it as its short form), or make one."""
    for b in entities:
        if b.label in ("ORG", "LOC") and (
            b.canonical == lead
            or any(x.text == lead for x in b.mentions)
            or f"{b.canonical} ({lead})" in text
            or _clipped(lead, b.canonical)
        ):
            b.mentions = sorted(b.mentions + mentions, key=lambda x: x.start)
            return
    entities.append(Entity(lead, "ORG", mentions))


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _numbered_front(words: list[str]) -> int | None:
    """Where the name begins after a body's numeral in front of it (`Wilayah | V Dian Patria`,
    `Teradu I Muhammad Afifuddin`): a Roman numeral among the first three words, then two name
    words or more; a Balinese `I` before a birth-order name (`I Made`, `I Gusti`) opens the name."""
    for k, w in enumerate(words[:3]):
        if not w or not _ROMAN.fullmatch(w) or len(words) - k - 1 < 2:
            continue
        if w == "I" and words[k + 1].lower() in balinese_words():
            return None
        if all(_NAME_WORD.fullmatch(x) for x in words[k + 1 :]):
            return k + 1
    return None


def split_numbered_fronts(text: str, entities: list[Entity]) -> list[Entity]:
    """A body's Roman numeral (and the words before it) read as the start of a person's name is
    cut off: it closes the post written before the name (`Kepala Satgas Korsup KPK Wilayah V`),
    or is dropped (`Teradu I`, a party's number in a ruling)."""
    for e in entities:
        if e.label != "PER":
            continue
        long = _longest(e)
        words = long.text.split()
        k = _numbered_front(words)
        if k is None:
            continue
        lead = " ".join(words[:k])
        if e.role and _posted(text, long, e.role):
            e.role = f"{e.role} {lead}"
        _renamed(e, [x for x in (_without_front(text, x, lead, words[k]) for x in e.mentions) if x.text != lead])
    return entities


# lower-case words inside a name (`Joao Angelo de Sousa Mota`, `Rafael van der Vaart`)
_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin", "binti"}
)


def _front_len(words: list[str]) -> int:
    """How many of a post's last words open the name after it: a Balinese `I`/`Ni` and its
    birth-order name (`… Tabanan I Made | Agus`), a regional title (`Lalu`), or a name's
    particle with the known given names before it (`Joao Angelo de | Sousa Mota`)."""
    given = lexicon().given
    if len(words) >= 3 and words[-2] in ("I", "Ni") and words[-1].lower() in balinese_words():
        return 2
    if len(words) >= 2 and words[-1].lower() in word_set("warta.entities", "name_openers.txt", lower=True):
        return 1 if words[-1][:1].isupper() else 0
    if len(words) < 3 or words[-1] not in _PARTICLES:
        return 0
    n = 1
    while n < len(words) - 1 and words[-1 - n] in given:
        n += 1
    return n if n > 1 else 0


def rejoin_name_fronts(text: str, entities: list[Entity]) -> list[Entity]:
    """A name's first words read as the end of the post before it go back to the name."""
    for e in entities:
        if e.label != "PER" or not e.role:
            continue
        long = _longest(e)
        words = e.role.split()
        n = _front_len(words)
        if not n or not _posted(text, long, e.role):
            continue
        front = re.search(r"\s+".join(map(re.escape, words[-n:])) + r"\s+$", text[: long.start])
        if front is None:
            continue
        _renamed(
            e,
            [x for x in e.mentions if x is not long]
            + [Mention(front.start(), long.end, text[front.start() : long.end])],
        )
        e.role = " ".join(words[:-n])
    return entities


_BESIDE = re.compile(r",?\s{1,3}$")


def _personal_tie(role: str) -> bool:
    """A tie of kin, a peer or a client's (`istri Gary Oldman`, `rekan Chris`, `pengacara Jokowi`):
    what follows is a person."""
    from warta.entities.roles.words import role_lists as _lists  # (roles builds on this module's neighbours)

    low, lists = role.lower(), _lists()
    ties = lists["kinship"] | lists["fellow_ties"] | lists["client_trades"]
    return any(low == t or low.startswith(t + " ") for t in ties)


def _post_before(text: str, role: str, m: Mention) -> int | None:
    """Where the post is written right before the mention (a comma between or not), if it is."""
    at = text.rfind(role, max(0, m.start - len(role) - 3), m.start)
    return at if at != -1 and _BESIDE.fullmatch(text, at + len(role), m.start) else None


def _post_spans(text: str, entities: list[Entity]) -> list[tuple[int, int]]:
    """Where each person's post (no personal tie) is written right beside one of the person's
    mentions: before it (a comma between or not) or after it, set off by a comma."""
    spans = []
    for e in entities:
        if e.label != "PER" or not e.role or "," in e.role or _personal_tie(e.role):
            continue  # (a post with a comma may be a list of names read as one)
        for m in e.mentions:
            at = _post_before(text, e.role, m)
            if at is not None:
                spans.append((at, at + len(e.role)))
            after = text[m.end : m.end + len(e.role) + 3]
            if after.startswith(", ") and after[2:].startswith(e.role):
                spans.append((m.end + 2, m.end + 2 + len(e.role)))
    return spans


def bodies_in_posts(text: str, entities: list[Entity]) -> list[Entity]:
    """A 'person' written inside another person's post where that post stands beside the other's
    name (`juru bicara Disneyland Hong Kong, Gregory So`, `Eric Hartness, Vice President of
    Marketing Bandai Namco America`, `Komandan Korps Markas Hankam Herman Sarens`) is the post's
    body: an organisation, when written there in full. Not when the post is a personal tie (`istri
    Gary Oldman`, `pengacara Jokowi`) or the name follows a period word (`era Obama`), nor when the
    'person' has a post of its own or opens with a known given name or a title."""
    spans = _post_spans(text, entities)
    if not spans:
        return entities
    given, posts = lexicon().given, _post_words()
    gone: set[int] = set()
    for e in entities:
        first = e.canonical.split()[0] if e.canonical else ""
        if e.label != "PER" or e.role or first in given or first.lower() in posts:
            continue
        # written in full there (a person named before is called short: `tim hukum Miryam`)
        full = [m for m in e.mentions if m.text == e.canonical and not _period_of(text, m.start)]
        if any(s <= m.start and m.end <= t for m in full for s, t in spans):
            e.label = "ORG"
            body = _short_form_of(text, entities, e.canonical)
            if body is not None:  # `Gabungan Petani Tebu Nusantara (Gaptenu)`: the body's short form
                body.mentions = sorted(body.mentions + e.mentions, key=lambda x: x.start)
                gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _short_form_of(text: str, entities: list[Entity], short: str) -> Entity | None:
    """The body the article names in full with ``short`` in brackets after it, if any."""
    return next(
        (b for b in entities if b.label == "ORG" and b.canonical != short and f"{b.canonical} ({short})" in text),
        None,
    )


def _period_of(text: str, start: int) -> bool:
    """`Mantan menteri pertahanan era Obama`: a period word before the name, a person's time."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in word_set("warta.entities", "period_words.txt", lower=True)


_TOKEN = re.compile(r"\S+")


def _role_spans(text: str, entities: list[Entity]) -> list[tuple[int, int, bool]]:
    """Where each person's post is written right before one of the person's mentions (a comma
    between or not), and whether the post is a personal tie (`pengacara`, `istri`)."""
    spans = []
    for e in entities:
        if e.label != "PER" or not e.role or "," in e.role:
            continue
        for m in e.mentions:
            at = _post_before(text, e.role, m)
            if at is not None:
                spans.append((at, at + len(e.role), _personal_tie(e.role)))
    return spans


def _name_word(word: str) -> bool:
    """A word writers keep capitalised (`Tottenham`, `Telegram`, `Sauber`): not a common word
    and not one the case table finds mostly in lower case mid-sentence."""
    low = word.lower()
    return low not in lexicon().common and truecase().get(low) in (None, "3", "3A")


def _run_at(words: list[re.Match[str]], k: int) -> list[re.Match[str]]:
    """The capitalised words from ``k`` on, up to a bracket, a comma or a lower-case word."""
    run = []
    for w in words[k:]:
        word = w.group()
        if not word[:1].isupper():
            break
        run.append(w)
        if word[-1] in ",;:":
            break
    return run


def _opens_post(names: list[str]) -> bool:
    """The words open with a post of the lexicon (`Wali Kota …`, `Ketua Umum …`)."""
    roles = lexicon().roles
    return any(tuple(n.lower() for n in names[:j]) in roles for j in range(1, min(4, len(names)) + 1))


def _headed(names: list[str]) -> bool:
    """A body's head opens the words and a name or a place follows it (`PT Hajar Aswad`,
    `Universitas Islam Indonesia`), or a body's last word closes them (`IM57+ Institute`). A
    unit inside a body (`Biro Komunikasi`, `Departemen Komunikasi BI`) is the post's, save a
    country's department (`Departemen Kehakiman AS`)."""
    lex = lexicon()
    if len(names) < 2:
        return False
    if names[-1].lower() in lex.org_end:  # (`Hubungan Media`: a field, no name before it)
        return any(_name_word(x) or place(x) is not None for x in names[:-1])
    n = 2 if tuple(x.lower() for x in names[:2]) in lex.org_start else 1
    if (names[0].lower(),) not in lex.org_start and n == 1:
        return False
    if names[0].lower() in unit_heads():  # (not a unit of a known body: `… Bank Indonesia`)
        inner = any(org_of(" ".join(names[j:])) for j in range(1, len(names)))
        return is_country(names[-1]) and not inner
    return any(_name_word(x) or place(x) is not None for x in names[n:])


def _inside_post(words: list[re.Match[str]], k: int) -> bool:
    """The word at ``k`` goes on a post of the lexicon begun before it (`Juru | Bicara`)."""
    low = [w.group().lower() for w in words[: k + 1]]
    return any(tuple(low[j:]) in lexicon().roles for j in range(max(0, k - 3), k))


def _body_at(text: str, words: list[re.Match[str]], k: int, tie: bool) -> list[re.Match[str]] | None:
    """The body's words when one starts at ``k`` inside the post: a run opened by a body's head
    or closed by one (`_headed`), or a known body, or — right after the post's own words
    (`Presiden | Tottenham`) or a linking word (`CEO dari | Ocean Hugger Foods`) — a name no
    writer puts in lower case. Not a post, a place, a given name or a lone acronym."""
    lex, posts = lexicon(), _post_words()
    run = _run_at(words, k)
    names = [w.group().rstrip(",;:") for w in run]
    if not names or any(n.lower() in posts for n in names) or _opens_post(names) or _inside_post(words, k):
        return None
    name = " ".join(names)
    if place(name) is not None or names[0] in lex.given or _BOARD.match(name):
        return None  # (a board is its body's organ: the body follows it, `Dewan Direksi | X Group`)
    if _headed(names) or org_of(name):
        return run
    before = [w.group() for w in words[:k]]
    linked = before[-1].lower() in word_set("warta.entities", "post_links.txt", lower=True)
    after_post = all(b.lower() in posts or not b[:1].isupper() for b in before)
    if tie or not (linked or after_post) or not _name_word(names[0]) or _ACRONYM.fullmatch(name):
        return None
    return run if _stands_alone(text, names) else None


def _stands_alone(text: str, names: list[str]) -> bool:
    """The words are written somewhere as a name of their own — after no capitalised word or
    post and before none (`Tottenham` in `… melawan Tottenham.`) — and never after a body's
    head (`Menteri Perindustrian` … `Kementerian Perindustrian`: a field, no body)."""
    lex, posts = lexicon(), _post_words()
    alone = False
    for m in _written(names).finditer(text):
        raw = _word_before(text, m.start())
        prev, nxt = raw.strip(_PUNCT), _word_after(text, m.end())
        if (prev.lower(),) in lex.org_start:
            return False
        opened = not prev or raw[-1] in _PUNCT or not (prev[:1].isupper() or prev.lower() in posts)
        closed = text[m.end() : m.end() + 1] in tuple(_PUNCT) or not (nxt[:1].isupper() or nxt[:1].isdigit())
        alone = alone or (opened and closed)
    return alone


def _named(entities: list[Entity], name: str, start: int, end: int) -> bool:
    """Some entity goes by the name, with or without its legal form or bracketed tail; a body
    named closes it after words that name nothing (`Riset | Wahid Institute`, `Departemen
    Komunikasi | Bank Indonesia`: a unit of it, unlike `PS | TNI`); or some entity has a mention
    at the start of its words (one inside them is a body or a place closing the name)."""
    fold = name.casefold()
    bare = fold[COMPANY_FORM.match(name).end() :] if COMPANY_FORM.match(name) else None
    for e in entities:
        own = e.canonical.casefold()
        if own in (bare, fold) or own.startswith(fold + " ("):
            return True
        for m in e.mentions:
            if m.text.casefold() == fold or m.start < end and start < m.end and m.start <= start:
                return True
        if e.label == "ORG" and f" {own} " in f" {fold} ":
            front = fold[: f" {fold} ".index(f" {own} ")].split()
            if front and not any(_name_word(w) for w in front):
                return True
    return False


def bodies_named_in_posts(text: str, entities: list[Entity]) -> list[Entity]:
    """A body written inside a person's post right before the name (`pengacara Departemen
    Kehakiman AS, Elizabeth Hedges`, `Presiden Tottenham Daniel Levy`, `CEO dari Ocean Hugger
    Foods David Benzaquen`) is an organisation the article names, with every place it is
    written: the post was read whole and the body in it was no entity."""
    for s, t, tie in _role_spans(text, entities):
        words = list(_TOKEN.finditer(text, s, t))
        for k in range(1, len(words)):
            run = _body_at(text, words, k, tie)
            if run is None:
                continue
            start, end = run[0].start(), run[-1].start() + len(run[-1].group().rstrip(",;:"))
            name = text[start:end]
            if not _named(entities, name, start, end):
                pat = _written([name])
                entities.append(Entity(name, "ORG", [Mention(m.start(), m.end(), name) for m in pat.finditer(text)]))
            break
    return entities


def _person_tail(entities: list[Entity], name: list[str]) -> Entity | None:
    """A person of the article called by the name after the body, or by one of its words
    (`Ditjen Dikti Khairul` … `Khairul meyakini`, `MotoGP Valentino Rossi` … `Rossi`)."""
    return next(
        (
            p
            for p in entities
            if p.label == "PER" and all(x.text == " ".join(name) or x.text in name for x in p.mentions)
        ),
        None,
    )


def _not_named(word: str) -> bool:
    """A word no person's name holds: an acronym (`DPR`) or a Roman numeral (`III`)."""
    return (len(word) > 1 and word.isupper()) or _ROMAN.fullmatch(word) is not None


def split_body_person_runs(text: str, entities: list[Entity]) -> list[Entity]:
    """A "body" named once whose name is a body the article names elsewhere (or an acronym, or one
    brand-shaped word) and then a person's name (`Ditjen Dikti Khairul`, `APAC Jupe Tan`, `MotoGP
    Valentino Rossi`) is the two side by side: the tagger read the capitalised run as one body. The
    longest front that is a body is cut off when the article calls the person by the name after it
    (or by one of its words) elsewhere (`Khairul meyakini`, `kata Jupe`, `Rossi`); the name joins
    that person (with the post before it as the role, if it has none) and the front joins the body.
    A name holding a place (`DPRD | DKI Jakarta …`), an acronym or a numeral (`Komisi | III DPR`), or
    closing with a body's word (`Persija Jakarta FC`), and a bare head word (`Komisi`), are left
    whole. A post alone before two name words (`kiper SFC Teja Paku Alam`) is no proof: it took a
    person of the JUDGE half."""
    bodies = _bodies(entities)
    given, posts = lexicon().given, _post_words()
    out = list(entities)
    for e in entities:
        if e.label != "ORG" or len(e.mentions) != 1:
            continue
        m = e.mentions[0]
        words = m.text.split()
        if len(words) < 2 or m.text != " ".join(words) or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        others = bodies - {e.canonical, m.text}
        post = _word_before(text, m.start).strip(_PUNCT)
        posted = post.lower() in posts and post[:1].islower()
        for k in range(len(words) - 1, 0, -1):  # the longest body first: `Ditjen Dikti | Khairul`
            lead, name = words[:k], words[k:]
            if lead[0] in given or name[0].lower() in posts or place(name[0]) is not None:
                continue
            if name[-1].lower().rstrip(".") in lexicon().org_end or any(_not_named(w) for w in name):
                continue
            if (lead[0].lower(),) in lexicon().org_start and k == 1:
                continue  # a bare head word (`Komisi | III DPR`) names no body of its own
            person = _person_tail(entities, name)
            if person is None:
                continue
            # a brand's one word (`MotoGP`) shows a body: the person is called by the name too
            if not ((k == 1 and BRAND_WORD.fullmatch(lead[0])) or _body_named(text, lead, others)):
                continue
            at = m.start + m.text.index(name[0], len(" ".join(lead)))
            whole = Mention(at, m.end, text[at : m.end])
            lead_text = " ".join(lead)
            _renamed(person, [*person.mentions, whole])
            if posted and not person.role:
                person.role = f"{post} {lead_text}"
            out.remove(e)
            front = Mention(m.start, m.start + len(lead_text), lead_text)
            # the body the article names in full with these opening words (`Ditjen Dikti Kemdiktisaintek`)
            full = next((b for b in out if b.label == "ORG" and b.canonical.startswith(lead_text + " ")), None)
            if full is not None:
                full.mentions = sorted([*full.mentions, front], key=lambda x: x.start)
            else:
                _give_body(text, out, lead_text, [front])
            break
    return out
