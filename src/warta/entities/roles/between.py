"""A phrase set off between two names: whose it is. `Ahmad, Kapolres Bogor, Budi, dan Joko` is a list,
the phrase the first name's; `Kepala KPP Pratama Klaten, Veronica Hartini, …` is a post whose office's
last word the tagger read as a person."""

from __future__ import annotations

import re

from warta.entities.gazetteer import country_of
from warta.entities.patterns import lexicon
from warta.entities.roles.before import WORD_BEFORE, role_before
from warta.entities.roles.relations import NEXT_NAME, RANK_WORD, SAID_BEFORE_ROLE
from warta.entities.roles.words import WORD, is_rank, is_relation, role_firsts, role_lists
from warta.entities.spans import Cand, Cluster

_SET_OFF_NAME = re.compile(r", (?=[A-Z])")


def post_through_name(norm: str, clusters: list[Cluster], people: list[tuple[int, Cluster]]) -> None:
    """`Kepala KPP Pratama Klaten, Veronica Hartini, …`: the tagger read the end of the office's
    name as a person (`Pratama Klaten`, `Movistar Yamaha`, `Taman Nasional Kaziringa`) and gave
    it the post. A "person" right after its post that ends with a place or holds no given name
    (and, named again, never speaks), then a comma and a person with no post (no list going on)
    set off by a comma — or, for words with no place, by the sentence's end or the second
    person's verb — is words of that post: the post with them is the second person's, and they
    are no person."""
    starts: dict[int, Cluster] | None = None  # built for the first candidate only: most articles have none
    for cl in clusters:
        if cl.label != "PER" or not cl.role or is_relation(cl.role):
            continue
        role = cl.role
        m = next((x for x in cl.mentions if norm[max(0, x.start - len(role) - 1) : x.start] == role + " "), None)
        if m is None or not _opens_post_or_trade(role) or (len(cl.mentions) > 1 and _speaks(norm, cl)):
            continue  # (named again: `Yayasan PPNU Trate … MINU Trate`, so long as it never speaks as a person)
        if not _office_words(m.text) or _LISTED_BEFORE.search(
            norm, max(0, m.start - len(role) - 40), m.start - len(role)
        ):
            continue  # an item of a list of people is no post (`Ahmad, Kepala KPP Pratama Klaten, …`)
        if starts is None:
            starts = {pos: owner for pos, owner in people}
        gap = _SET_OFF_NAME.match(norm, m.end)
        other = starts.get(gap.end()) if gap else None
        if other is None or other is cl or (other.role and not is_rank(other.role)):
            continue
        end = next(x.end for x in other.mentions if x.start == gap.end())
        placed = country_of(m.text.split()[-1]) is not None
        if not _apposition_closes(norm, end, placed, m.start - len(role) - 1) or _list_goes_on(norm, end, starts):
            continue
        other.role = f"{role} {m.text}"
        cl.role = None
        if not placed:
            cl.label = "ORG"  # `Movistar Yamaha`, `Houston Rockets`: the office's body, no person


# a name and a comma right before a post: the post is an item of a list of people
_LISTED_BEFORE = re.compile(r"[A-Z][\w.'’-]*, $")


def _opens_post_or_trade(role: str) -> bool:
    """Whether a role opens with a title's word or a trade's (`Manajer …`, `supir Taksi …`)."""
    first = role.split()[0].lower()
    return first in role_firsts() or first in role_lists()["trades"] or first in role_lists()["role_nouns"]


def _speaks(norm: str, cl: Cluster) -> bool:
    """Whether a verb of saying stands beside any mention (`kata Trate`, `Trate mengatakan`): a
    name that speaks is a person's, not the words of an office."""
    lex = lexicon()
    for x in cl.mentions:
        before = WORD_BEFORE.search(norm, max(0, x.start - 20), x.start)
        after = WORD.match(norm, x.end + 1)
        if before is not None and (before.group(1).lower(),) in lex.cue_after:
            return True
        if norm[x.end : x.end + 1] == " " and after is not None and after.group().lower() in lex.cue_before:
            return True
    return False


def _office_words(name: str) -> bool:
    """Whether a "person" read right after a post may be the words of its office: it ends with a
    place (`Pratama Klaten`), or none of its words is a known given name (`Movistar Yamaha`,
    `Houston Rockets`, `Taman Nasional Kaziringa`), where a person mostly has one (`Lukas Enembe`)."""
    if country_of(name.split()[-1]):
        return True
    given = lexicon().given
    return not any(w in given for w in name.split())


_SAYING_AFTER = re.compile(r"\s+(\w+)")


def _apposition_closes(norm: str, end: int, placed: bool, role_start: int) -> bool:
    """Whether the name ending at ``end`` closes the apposition `<post> <office>, <name>`: set off
    by a comma after it, or — when the office's words hold no place, so that only the shape speaks —
    by the sentence's end (`kata Manajer SLRT Sambilulungan, Nia.`) or by a verb of saying whose
    subject it is (`Direktur Taman Nasional Kaziringa, Satyendra Singh menyebutkan`), unless the
    post opened with one (`Menurut Sekjen PDIP Hasto, Megawati mengatakan`: a new subject)."""
    if norm[end : end + 1] == ",":
        return True
    if placed:
        return False
    if norm[end : end + 1] == "." and norm[end + 1 : end + 2] in ("", " ", "\n"):
        return True
    verb = _SAYING_AFTER.match(norm, end)
    return (
        verb is not None
        and verb.group(1) in lexicon().cue_before
        and not SAID_BEFORE_ROLE.search(norm, max(0, role_start - 12), role_start)
    )


_AND_AFTER = re.compile(r",?\s*(?:dan|serta|hingga|sampai)\s")


def _list_goes_on(norm: str, end: int, starts: dict[int, Cluster]) -> bool:
    """After a name at ``end``: `, dan …`, or a comma and another person or a title (`, Wiranto`,
    `, Menteri …`) — a list of people; a comma and a date or a place (`, Senin`) is none."""
    if _AND_AFTER.match(norm, end):
        return True
    nxt = NEXT_NAME.match(norm, end)
    if nxt is None or nxt.end() in starts:
        return nxt is not None
    word = WORD.match(norm, nxt.end())
    return word is not None and word.group().lower() in role_firsts()


def one_owner(
    norm: str,
    set_off: list[tuple[int, int, Cluster, str, Cand, int]],
    people: list[tuple[int, Cluster]],
    firsts: frozenset[str],
) -> None:
    """`Ahmad, Kapolres Bogor, Budi, dan Joko`: one phrase between two names, read as the first's
    description and as the second's post; it is one person's. When the first name has a post of
    its own before it (`Bupati Bogor, Rudy, Kapolres Bogor, Wikha`) the list pairs post and name,
    and the phrase is the second's; otherwise the list pairs name and description (the first's)."""
    afters = [x for x in set_off if x[3] == "after"]
    pairs = [
        (a, b_cl)
        for b_start, b_end, b_cl, kind, _m, _ls in set_off
        if kind == "before"
        for a in afters
        if a[2] is not b_cl and a[0] < b_end and b_start < a[1]
    ]
    # the second's post from the title rules (`…, Kapolres Bogor, Budi`): the name right after the phrase
    starts = {pos: other for pos, other in people}
    for a in afters:
        nxt = NEXT_NAME.match(norm, a[1])
        at = nxt.end() if nxt else -1
        for _ in range(3):  # the name, after at most two words of rank (`, AKBP Budi`)
            other = starts.get(at)
            if other is not None:
                if other is not a[2] and (other.role or "").lower() == norm[a[0] : a[1]].lower():
                    pairs.append((a, other))
                break
            word = RANK_WORD.match(norm, at) if at >= 0 else None
            if word is None or not is_rank(word.group().strip()):
                break
            at = word.end()
    for (_a_start, _a_end, a_cl, _k, a_m, a_ls), b_cl in pairs:
        own = role_before(norm, a_m.start, a_ls, firsts, a_m.end)
        if own is not None and own[1] < a_m.start and (a_cl.role or "") != own[0]:
            a_cl.role = own[0]  # post, name, post, name: the phrase is the second's
        elif own is None:
            b_cl.role = None  # name, description, name: the phrase is the first's
