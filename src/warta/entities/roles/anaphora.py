"""Roles from a person named again without the name: a post with `ini`/`tersebut` opening a sentence
(`Wakil Ketua Komisi II DPR ini …`), an epithet (`pengusaha asal Surabaya itu`), a pronoun
(`Dia merupakan Kepala Desa …`), `Menurut <description> ini` after a quote, a bare one-holder title
(`Presiden mengatakan …`) and `sang <trade>`: each gives its post to the person it stands for."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from warta.entities.patterns import lexicon
from warta.entities.roles.after import WHEN_WORDS, clause_role
from warta.entities.roles.before import role_words, sentence_opens
from warta.entities.roles.words import (
    NOT_POSTS,
    SENTENCE_SPLIT,
    WORD,
    head_words,
    is_rank,
    is_relation,
    role_lists,
    verbish,
    window_start,
)
from warta.entities.spans import Cluster

# `Ketua DPW PKB Jawa Timur ini mengatakan`: a post standing for the person the sentence before named
# where a sentence opens (a line start, after `. `) or a quote hands over to its speaker (`," `);
# the patterns below are matched only there, not at every position of the article
_OPENER = re.compile(r"\n|[.!?]\"? |,\" ")
# `Ketua DPW PKB Jawa Timur ini mengatakan`: a post standing for the person the sentence before named
_ANAPHOR = re.compile(r"(?P<role>[A-Z][\w.-]*(?: [\w.()/-]+){0,9}?) (?:ini|tersebut) (?=[a-z])")
# `"…," bos Space X dan Tesla itu memposting`: a description in the speaker's place after a quote
_SLOT = re.compile(r"(?P<role>[a-z][\w.-]*(?: [\w.()/-]+){0,9}?) (?:itu|ini|tersebut) (?=[a-z])")


def openers(norm: str) -> list[tuple[int, bool]]:
    """Where sentences open, each with whether it is a speaker's place after a quote."""
    return [(0, False)] + [(m.end(), m.group() == '," ') for m in _OPENER.finditer(norm)]


_PREFIX = frozenset(("mantan", "eks", "sang"))
_PHRASE_CHARS = 160  # a post of up to ten words and its `ini`


def anaphoric_roles(
    norm: str, opens: list[tuple[int, bool]], people: list[tuple[int, Cluster]], firsts: frozenset[str]
) -> None:
    """A post followed by `ini`/`tersebut` that opens a sentence (`Wakil Ketua Komisi II DPR ini
    menilai …`) is the role of the person last named before it outside a quotation, if that person
    has none yet."""
    heads = head_words(firsts)
    stop = role_lists()["stop"]
    for at, slot in opens:
        if at >= len(norm) or norm[at].isupper() == slot:
            continue  # a post opens a sentence in capitals; a description in a speaker's place does not
        window = norm[at : at + _PHRASE_CHARS]
        if " ini " not in window and " tersebut " not in window and not (slot and " itu " in window):
            continue
        m = (_SLOT if slot else _ANAPHOR).match(norm, at)
        if m is None:
            continue
        role = m.group("role")
        words = role.split()
        head = words[1] if words[0].lower() in _PREFIX and len(words) > 1 else words[0]
        if head.lower() not in heads or not (slot or head[:1].isupper()) or is_relation(head):
            continue
        # `bos Space X dan Tesla`: `dan` may join two capitalised bodies inside the role
        joined = {k for k, w in enumerate(words) if 0 < k < len(words) - 1 and w in ("dan", "serta")}
        if any((w.lower() in stop and k not in joined) or verbish(w) for k, w in enumerate(words)) or is_rank(role):
            continue
        line_start = norm.rfind("\n", 0, m.start()) + 1
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        if k < len(people) and people[k][0] < m.end("role"):
            continue  # a name inside the phrase: not a post standing alone
        owner = None
        for at, cl in reversed(people[:k]):
            if at < line_start - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            # after a quote, the description means the person the story follows: its last speaker
            # or the subject of a recent sentence
            if norm.count('"', para, at) % 2 == 0 and (_speaker_at(norm, at, cl) or (slot and _subject_at(norm, at))):
                owner = cl
                break
        if owner is None or (owner.role and not is_rank(owner.role)):
            continue
        owner.role = role


# `… membuat Gubernur nonaktif DKI Jakarta itu menderita`: a post and its body, then `itu`, inside
# a sentence
_INNER_ANAPHOR = re.compile(r" (?:itu|tersebut) (?=[a-z])")
_INNER_REACH = 400  # the person such a phrase stands for was named in the sentence or the one before


def _phrase_before(norm: str, at: int, heads: frozenset[str]) -> tuple[list[str], int]:
    """The role words of the phrase ending at ``at`` (`itu`/`tersebut` follows), within its
    paragraph and _PHRASE_CHARS, and where they start."""
    lo = max(norm.rfind("\n", 0, at) + 1, at - _PHRASE_CHARS)
    toks = [(t.group(), t.start()) for t in WORD.finditer(norm, lo, at)]
    role = role_words([t for t, _ in toks], heads)
    return role, (toks[len(toks) - len(role)][1] if role else at)


def quoted_at(norm: str, at: int) -> bool:
    """``at`` stands inside a quotation of its paragraph (an odd number of marks before it)."""
    return norm.count('"', norm.rfind("\n", 0, at) + 1, at) % 2 == 1


def _phrase_owner(norm: str, people: list[tuple[int, Cluster]], start: int, end: int) -> tuple[int, Cluster] | None:
    """The person a phrase at ``start``–``end`` stands for: the one named last before it, within
    _INNER_REACH, when neither the phrase nor that name is quoted and no name stands inside it."""
    if quoted_at(norm, start):
        return None
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    if k < len(people) and people[k][0] < end:
        return None  # a name inside the phrase: not a post standing alone
    if not k or people[k - 1][0] < start - _INNER_REACH:
        return None
    at, owner = people[k - 1]
    return None if quoted_at(norm, at) else (at, owner)


def inner_anaphoric_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A capitalised post with its body followed by `itu`/`tersebut` inside a sentence (`kasus
    Ketua Umum Partai Golkar itu`, `membuat Gubernur nonaktif DKI Jakarta itu menderita`) is the
    role of the person named last before it, outside a quotation, if that person has none yet."""
    heads = head_words(firsts)
    for m in _INNER_ANAPHOR.finditer(norm):
        role, start = _phrase_before(norm, m.start(), heads)
        if not role or len(role) < 2 or not role[0][:1].isupper() or is_relation(" ".join(role)):
            continue
        if not any(w[:1].isupper() and w.lower() not in heads for w in role[1:]):
            continue  # a post with no body (`Ketua itu`) could be anyone's
        if any(ch.isdigit() for w in role for ch in w):
            continue  # `PM No. 84/2013 tersebut`: a regulation, not a post
        found = _phrase_owner(norm, people, start, m.start())
        if found is None:
            continue
        if _subject_at(norm, start) and not (_subject_at(norm, found[0]) or _speaker_at(norm, *found)):
            # `Prabowo bertemu Xi di Beijing. Presiden RI itu membahas …`: a phrase that opens its
            # sentence stands for the subject (or speaker) before it, not the last name
            found = _subject_before(norm, people, start) or _sole_person_before(norm, people, start)
            if found is None:
                continue
        owner = found[1]
        if not owner.role or is_rank(owner.role):
            owner.role = " ".join(role).replace("( ", "(").replace(" )", ")")


def _subject_before(norm: str, people: list[tuple[int, Cluster]], start: int) -> tuple[int, Cluster] | None:
    """The person last named before ``start`` (within _INNER_REACH, outside a quotation) as the
    subject of a sentence or as a speaker; None when there is none."""
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    for at, cl in reversed(people[:k]):
        if at < start - _INNER_REACH:
            break
        if not quoted_at(norm, at) and (_subject_at(norm, at) or _speaker_at(norm, at, cl)):
            return at, cl
    return None


def _sole_person_before(norm: str, people: list[tuple[int, Cluster]], start: int) -> tuple[int, Cluster] | None:
    """The one person the sentence before ``start`` names (however often), outside a quotation,
    when no person is its subject: `ICW merespons kasus yang dialami Tri Yanto. Mantan Kepala … itu`
    can stand for no one else. None when it names nobody or more than one person."""
    end = norm.rfind(".", 0, start)
    lo = max(norm.rfind(". ", 0, end), norm.rfind("\n", 0, end)) + 1 if end > 0 else 0
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    named = people[bisect.bisect_left(people, lo, key=lambda p: p[0]) : k]
    if not named or any(cl is not named[-1][1] for _at, cl in named) or quoted_at(norm, named[-1][0]):
        return None
    return named[-1]


_AGED = re.compile(r" (?:(?:berusia|berumur) )?\d{1,3} tahun$")


def epithet_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A trade in lower case with its body or origin, then `itu`/`tersebut`, as the subject of a
    sentence (`Namun, politikus Partai Gerindra itu menolak`, `Sejak itu rider Spanyol tersebut
    belum membalap`) stands for the person the sentence before is about: the subject named last
    before it, outside a quotation, if that person has no post yet."""
    heads = head_words(firsts)
    for m in _INNER_ANAPHOR.finditer(norm):
        # `rider Spanyol berusia 27 tahun tersebut`: the age says which one, so a trade alone will do
        age = _AGED.search(norm, max(0, m.start() - 30), m.start())
        role, start = _phrase_before(norm, age.start() if age else m.start(), heads)
        # (capitalised only as the sentence's first word: `Kiper berusia 29 tahun itu banyak disorot`)
        lower = bool(role) and (role[0][:1].islower() or sentence_opens(norm, window_start(norm, start), start))
        if not role or len(role) < (1 if age else 2) or not lower or role[0].lower() in NOT_POSTS:
            continue
        if is_relation(" ".join(role)) or not (age or any(w[:1].isupper() for w in role[1:])):
            continue  # a tie, or a trade with no body or origin (`pengusaha itu`) that could be anyone's
        if _object_of_verb(norm, start):
            continue  # `Budi menyebut pengusaha Mesir itu menyambut …`: the verb's object, no subject
        found = _phrase_owner(norm, people, start, m.start())
        if found is None or not _subject_at(norm, found[0]):
            continue  # the last name is not what its sentence is about
        owner = found[1]
        if not owner.role or is_rank(owner.role):
            owner.role = " ".join(role)


def _object_of_verb(norm: str, start: int) -> bool:
    """Whether the words at ``start`` follow a verb (`menyebut`, `ditemui`, `bertemu`): then they
    are its object, not the subject of their sentence."""
    before = norm[max(0, start - 30) : start].split()
    # (`Usai diperiksa, pengusaha … itu`: a comma closes the fronted clause; the phrase is the subject)
    return bool(before) and before[-1].isalpha() and verbish(before[-1])


# `… Budi Hartono. Dia merupakan Kepala Desa Sukamaju.`: a sentence that opens with a pronoun
# and gives its post as the predicate
# (`(?:(?:Saat ini|Kini|Sebelumnya),?\s+)?(?:ia|dia|beliau)|Ia|Dia|Beliau`, with the optional
# opener spelt out into the alternatives in the order re tries them, so every alternative opens with
# a letter and re skips to those letters instead of trying every position: same matches)
_PRONOUN_IS = re.compile(
    r"(?:Saat ini,?\s+(?:ia|dia|beliau)|Kini,?\s+(?:ia|dia|beliau)|Sebelumnya,?\s+(?:ia|dia|beliau)"
    r"|ia|dia|beliau|Ia|Dia|Beliau)\s+"
    r"(?:(?:juga|kini|saat ini|diketahui)\s+)?(?:adalah|merupakan|ialah|menjabat(?:\s+sebagai)?)\s+"
)
PRONOUN_REACH = 400  # the sentence before is short enough for its one person to be the `ia`


# `… Budi Hartono. Sebagai Kepala Desa, ia merasa …`: the post before the pronoun
_AS_PRONOUN = re.compile(r"(?:Sebagai|Selaku) (?P<role>[A-Z][^,.;:\n\"“”]{1,100}), (?:ia|dia|beliau)\b")


_SANG = re.compile(r"\bsang (?P<trade>[a-z]+)\b")
_SANG_REACH = 1000  # the one person the story has named so far, within a few paragraphs


@lru_cache(maxsize=1)
def _sang_trades() -> frozenset[str]:
    """The trades `sang` may stand before for a person, built once rather than per article."""
    lists = role_lists()
    return (lists["trades"] | lists["role_nouns"]) - lists["kinship"] - lists["relations"] - NOT_POSTS


def sang_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """`… dihentikannya tayangan sang motivator`: `sang` and a trade, outside a quotation, stand for
    the one person the article has named in the paragraphs before (none when it named two or
    more, or the person has a post already)."""
    if "sang " not in norm:
        return  # a substring test costs far less than the pattern's pass over the text
    trades = _sang_trades()
    for m in _SANG.finditer(norm):
        trade = m.group("trade")
        if trade not in trades or quoted_at(norm, m.start()):
            continue
        named = {id(cl): cl for pos, cl in people if m.start() - _SANG_REACH <= pos < m.start()}
        if len(named) == 1:
            (owner,) = named.values()
            if not owner.role or is_rank(owner.role):
                owner.role = trade


def pronoun_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Dia merupakan Kepala Desa Sukamaju.` (or `Sebagai Kepala Desa, ia …`) stands for the one
    person the sentence before names; with two or more people there, whose it is stays open and
    nothing is set."""
    found = [(m, m.end()) for m in _PRONOUN_IS.finditer(norm) if opens_sentence(norm, m.start())]
    found += [(m, m.start("role")) for m in _AS_PRONOUN.finditer(norm) if opens_sentence(norm, m.start())]
    for m, at in found:
        line_end = norm.find("\n", at)
        end = m.end("role") if "role" in m.groupdict() else len(norm) if line_end == -1 else line_end
        role = clause_role(norm, at, end, firsts)
        if role is None or is_relation(role):
            continue
        lo = max(0, m.start() - PRONOUN_REACH)
        opens = [x.end() for x in SENTENCE_SPLIT.finditer(norm, lo, m.start()) if x.end() < m.start()]
        prev = max([lo, norm.rfind("\n", lo, max(lo, m.start() - 1)) + 1, *opens])
        named = {id(cl): cl for pos, cl in people if prev <= pos < m.start()}
        if len(named) != 1:
            continue
        (owner,) = named.values()
        if not owner.role or is_rank(owner.role):
            owner.role = role


# `Menurut istri Anang Hermansyah ini, …`, `Menurut politikus PDIP tersebut, …`: a description
# standing for the person whose words follow, the one the story last quoted
_ACCORDING = re.compile(r"\b[Mm]enurut (?P<role>[A-Za-z][\w.-]*(?: [\w.()/-]+){0,7}?) (?:ini|tersebut|itu),")


def according_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Menurut <description> ini, …` after a quote: the description is the last speaker's role,
    if the speaker has none yet. Only a relation may name another person (`istri Anang`)."""
    heads = head_words(firsts)
    stop = role_lists()["stop"]
    i = norm.find("enurut ", 1)
    while i != -1:
        m = _ACCORDING.match(norm, i - 1)
        i = norm.find("enurut ", i + 1)
        if m is None:
            continue
        role = m.group("role")
        words = role.split()
        head = words[1] if words[0] in _PREFIX and len(words) > 1 else words[0]
        if head.lower() not in heads or any(w.lower() in stop or verbish(w) for w in words):
            continue
        k = bisect.bisect_left(people, m.start("role"), key=lambda p: p[0])
        named = k < len(people) and people[k][0] < m.end("role")
        if named and not is_relation(head):
            continue  # a name inside a post that is no relation: not a description standing alone
        owner = None
        for at, cl in reversed(people[:k]):
            if at < m.start() - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            if norm.count('"', para, at) % 2 == 0 and _speaker_at(norm, at, cl):
                owner = cl
                break
        if owner is not None and (not owner.role or is_rank(owner.role)):
            owner.role = role


# `Presiden mengatakan …`, `kata presiden kepada wartawan`: a head of state or government standing
# alone as the subject or the speaker, in place of the name (a `Bupati` or `Gubernur` alone is as
# often one the article never names)
_BARE_TITLE = re.compile(
    r"(?P<title>[Pp]residen|[Pp]erdana [Mm]enteri)"
    r" (?=[a-z])"
)
_SAID_BEFORE = re.compile(r"\b(?:kata|ujar|tutur) $")


def _title_words(norm: str) -> list[int]:
    """Where `Presiden`/`presiden`/`Perdana Menteri` starts (found by plain search: rare words)."""
    out = []
    for tail in ("residen ", "erdana "):
        i = norm.find(tail, 1)
        while i != -1:
            if norm[i - 1] in "Pp":
                out.append(i - 1)
            i = norm.find(tail, i + 1)
    return sorted(out)


def opens_sentence(norm: str, at: int) -> bool:
    """Whether a sentence opens at ``at``: the text's or a line's start, or after `. ` or `." `."""
    return (
        at == 0
        or norm[at - 1] == "\n"
        or norm[max(0, at - 2) : at] in _ENDS
        or norm[max(0, at - 3) : at] in _QUOTE_ENDS
    )


_ENDS = frozenset((". ", "! ", "? "))
_QUOTE_ENDS = frozenset(('." ', '!" ', '?" '))


def bare_title_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """A one-holder title standing alone in place of a name (`Presiden mengatakan tindakannya …`
    after `… pemerintahan Trump`) is the role of the person last named before it outside a
    quotation, when that person is named more than once and has no post yet."""
    for at0 in _title_words(norm):
        # the subject also after a fronted clause of time (`Selama setahun ini, Presiden telah …`)
        if (
            not opens_sentence(norm, at0)
            and not _subject_at(norm, at0)
            and not _SAID_BEFORE.search(norm, max(0, at0 - 8), at0)
        ):
            continue
        m = _BARE_TITLE.match(norm, at0)
        if m is None:
            continue
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        for at, cl in reversed(people[:k]):
            if at < m.start() - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            if norm.count('"', para, at) % 2:
                continue  # named inside a quotation
            if cl.role and not is_rank(cl.role) and cl.role.lower() != m.group("title").lower():
                continue  # one who holds another post (`Ketua Umum Hipmi`) is not the one the title stands for
            if len(cl.mentions) < 2:
                continue  # a passer-by named once, not a person the story is about
            if not cl.role or is_rank(cl.role):
                cl.role = m.group("title")
            break


_ANAPHOR_REACH = 1000  # how far back the person a `Ketua … ini` stands for may be named
_CUE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w.]*\s+){0,3}$")
_CUE_AFTER = re.compile(r"\s*(?:,\s*)?([a-z]+)")
_DATELINE_CHARS = 60  # `Bandarlampung (ANTARA News) – `: an outlet's dateline is short
_FRONTED_CHARS = 160  # a fronted clause of time before the subject (`Setelah absen …,`)


def _subject_at(norm: str, at: int) -> bool:
    """Whether a name at ``at`` opens its sentence (`Musk berselisih dengan Trump …`): its subject."""
    if at == 0 or norm[at - 1] == "\n" or norm[max(0, at - 2) : at] in (". ", "! ", "? "):
        return True
    # after a dateline (`Jakarta - Budi …`, `Jakarta, CNN Indonesia -- Budi …`): the first sentence's subject
    line_start = norm.rfind("\n", 0, at) + 1
    if norm[max(0, at - 3) : at] in (" - ", " – ", "-- ") and at - line_start < _DATELINE_CHARS:
        return True
    # after a fronted clause of time (`Setelah absen tiga seri, Jorge Martin kemudian crash`)
    if norm[max(0, at - 2) : at] != ", ":
        return False
    opens = max(line_start, norm.rfind(". ", line_start, at) + 2)
    clause = norm[opens : at - 2]
    first = clause.split(" ", 1)[0].lower()
    return first in WHEN_WORDS and "," not in clause and len(clause) < _FRONTED_CHARS


def _speaker_at(norm: str, at: int, cl: Cluster) -> bool:
    """Whether the mention of ``cl`` at ``at`` is a speaker's (`kata Budi`, `Budi mengatakan`): the
    person a following `Ketua … ini` stands for is the one whose words the article is giving."""
    lex = lexicon()
    m = _CUE_BEFORE.search(norm, max(0, at - 40), at)
    if m and (m.group(1),) in lex.cue_after:
        return True
    end = next((mm.end for mm in cl.mentions if mm.start == at), at)
    m = _CUE_AFTER.match(norm, end, end + 30)
    return bool(m) and m.group(1) in lex.cue_before
