"""Other people named inside a role: a role read before a name may hold a list of names (no post),
its holder's body (`Kepala Program Studi Akuntansi`) or a place; these checks tell the cases apart,
and turn a 'person' that is only a word of another's post into a body or drop its role."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from warta.entities.gazetteer import country_of
from warta.entities.patterns import lexicon
from warta.entities.roles.after import LIST_GOES_ON
from warta.entities.roles.before import ROMAN
from warta.entities.roles.words import WORD, is_relation, positions, verbish
from warta.entities.spans import Cand, Cluster
from warta.resources import word_set

# after the last word of a body's or a post's name: its short form in brackets (`… Minang (IKM)`),
# the bracket that closes a post written in brackets (`(Menko Infra)`), or the rest of a word the
# writer split with a hyphen (`Dirjen Perundang - undangan`)
_NAME_GOES_ON_AFTER = re.compile(r"\s*\(\s*(?P<short>[A-Z]{2,8})\s*\)|\s*\)|\s+-\s+[a-z]")


def things_named_as_holders(norm: str, clusters: list[Cluster]) -> None:
    """A 'person' that took the post written right before it but is a word of something else holds
    no post: a place after the post (`anggota Polres Way Kanan, Lampung,`, `Uskup Jakarta, Bogor, …`;
    not a person named like a place whose description follows: `Mulia, koordinator lapangan,`) is the
    place it is; the last word of the post's own body or title, the run going on after it (`Ketua Umum
    Ikatan Keluarga Minang (IKM)`, `(Dirjen Otda)`), is a body's word."""
    given = lexicon().given
    for cl in clusters:
        if cl.label != "PER" or not cl.role or any(m.text.split()[0] in given for m in cl.mentions):
            continue
        country = country_of(cl.mentions[0].text)
        placed = any(norm[: m.start].rstrip(" ,").endswith(cl.role) for m in cl.mentions)  # the post before it
        # (a tie is no place's: `istri Atim, Sanya` names a woman called like a town)
        if country is not None and placed and not is_relation(cl.role) and all(country_of(m.text) for m in cl.mentions):
            cl.label, cl.role, cl.country = "LOC", None, country
        elif all(" " not in m.text for m in cl.mentions) and any(_closes_a_run(norm, m, cl.role) for m in cl.mentions):
            cl.label, cl.role = "ORG", None


def _closes_a_run(norm: str, m: Cand, role: str) -> bool:
    """Whether the one-word mention ``m`` closes the capitalised run that opens with ``role`` (read
    right before it), the run going on after it as a name does not (see _NAME_GOES_ON_AFTER)."""
    if not norm[: m.start].rstrip().endswith(role.split()[-1]) or norm[m.start - 1 : m.start] != " ":
        return False
    after = _NAME_GOES_ON_AFTER.match(norm, m.end)
    if after is None:
        return False
    if after.group("short") is None:
        # the closing bracket of a post written in brackets (`(Menko Infra)`), or a split word
        return ")" not in after.group() or norm[: m.start].rstrip().endswith("(" + role)
    # the short form spells the run's capitalised words, this one last (`Ikatan Keluarga Minang (IKM)`)
    short = after.group("short")
    words = [w for w in re.findall(r"[\w'-]+", norm[max(0, m.start - 120) : m.end]) if w[:1].isupper()]
    return len(words) >= len(short) and "".join(w[0] for w in words[-len(short) :]) == short


def body_of_post(m: Cand, holders: list[tuple[int, int, Cluster]]) -> bool:
    """A 'person' whose words close the post another person holds, set off after that one's name
    (`Gatot, Kepala Program Studi Akuntansi mengatakan`, `Priyanka, analis di Phillip Nova`), is the
    post's body: no given name opens it and the post is no tie to someone (`kuasa hukum Budi`)."""
    return m.text.split()[0] not in lexicon().given and any(
        e == m.end and owner.role and owner.role.endswith(m.text) and not is_relation(owner.role)
        for _s, e, owner in holders
    )


def others_inside(people: list[tuple[int, Cluster]], cl: Cluster, start: int, end: int, norm: str = "") -> bool:
    """Whether another person is named between ``start`` and ``end``."""
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    j = bisect.bisect_left(people, end, lo=k, key=lambda p: p[0])  # the people from ``end`` on are not inside
    # a place read as a person inside a post (`… cabang Bakauheni, Ahsan Muhtar`) does not count, nor
    # a region's number (`… Partai Golkar Wilayah Indonesia I, Nusron`)
    return any(
        owner is not cl
        and not country_of(owner.mentions[0].text)
        and not ROMAN.fullmatch(owner.mentions[0].text)
        and not (norm and any(_used_as_place(norm, x.text) for x in owner.mentions if x.start == at))
        and not (norm and _titled_body(norm, owner, at))
        for at, owner in people[k:j]
    )


@lru_cache(maxsize=1)
def _body_posts() -> frozenset[str]:
    """Posts and positions that name the body a person works or plays for right after them (`bos`,
    `pendiri`, `gelandang`; data/body_posts.txt and roles.json positions)."""
    return word_set("warta.entities", "body_posts.txt", lower=True) | positions()


def bodies_inside(norm: str, people: list[tuple[int, Cluster]], cl: Cluster, found: tuple[str, int], end: int) -> bool:
    """The 'people' inside a role read before a name (its holder, ending at ``end``) are words of its
    bodies, so the role is the holder's: a body after a post in lower case that names one (`bos
    Mercedes, Toto Wolff.`, `mantan gelandang Liverpool dan Newcastle United, Danny Guthrie.`), or a
    word glued to a body's capitals (`… Pusat Riset Iklim dan Atmosfer, Badan Riset …`, `Founder
    Greeneration Indonesia, Waste4Change, dan Ecoxyztem, Bijaksana`); not when names are listed on
    after the holder (`Ketua KPK Firli, Alexander, dan Nurul`: a list of people)."""
    role, start = found
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    j = bisect.bisect_left(people, start + len(role), lo=k, key=lambda p: p[0])
    inside = {id(owner): (at, owner) for at, owner in people[k:j] if owner is not cl}
    if not inside or LIST_GOES_ON.match(norm, end) is not None:
        return False
    if len(inside) == 1:
        ((at, _owner),) = inside.values()
        # (a post in lower case: a title in capitals before the body, `CEO Rekosistem`, is read as
        # the body's own person by the title rules)
        before = norm[start:at].split()
        if before and before[-1].islower() and (before[-1] in _body_posts() or " ".join(before[-2:]) in _body_posts()):
            return True
    return all(_body_word(norm, owner, at, start) for at, owner in inside.values())


def _body_word(norm: str, owner: Cluster, at: int, start: int) -> bool:
    """A 'person' inside another's post that is a word of a body's name (no known given name, no
    verb after it): joined by `dan` to the body's capitals (`Pusat Riset Iklim dan Atmosfer`,
    `Greeneration Indonesia, Waste4Change, dan Ecoxyztem`), closing with a company's word (`DNR
    Logistics`; data/company_words.txt) or holding a numeral (`Wilayah IV Tipe A Pekanbaru`)."""
    words = owner.mentions[0].text.split()
    before = norm[start:at].split()
    joined = len(before) >= 2 and before[-1] == "dan" and before[-2][:1].isupper()
    named = words[-1].lower() in word_set("warta.entities", "company_words.txt", lower=True) or any(
        _NUMERAL.fullmatch(w) for w in words
    )
    return (
        (joined or named)
        and not any(w in lexicon().given for w in words)
        and not any(_verb_next(norm, x.end) for x in owner.mentions)
    )


_NUMERAL = re.compile(r"[IVX]{2,5}|\d{1,3}")  # `Wilayah IV`, `Tipe 2` (not the `I` of `I Nyoman`)


def _titled_body(norm: str, owner: Cluster, at: int) -> bool:
    """A 'person' named once, right after its title, inside another's post, with no known given name
    and no list or verb after it (`Drummer Foo Fighters, yakni Taylor Hawkins`): the body of the
    post, no person."""
    role = owner.role or ""
    return (
        len(owner.mentions) == 1
        and bool(role)
        and owner.mentions[0].text.split()[0] not in lexicon().given
        and norm[max(0, at - len(role) - 1) : at].lower() == role.lower() + " "
        # (`Menteri Pertanian Amran, Menteri Agama …`: a list of titled people goes on after it)
        and LIST_GOES_ON.match(norm, owner.mentions[0].end) is None
        and not _verb_next(norm, owner.mentions[0].end)  # (`… PDIP Megawati menegaskan`: she acts)
    )


def _verb_next(norm: str, end: int) -> bool:
    """Whether the word right after ``end`` is a verb (`me-`, `ber-`, `di-`)."""
    nxt = WORD.match(norm, end + 1) if norm[end : end + 1] == " " else None
    return nxt is not None and verbish(nxt.group())


_JOINT_AFTER = re.compile(r"\s*(?:,|dan\b|serta\b)")


def listed_inside(norm: str, people: list[tuple[int, Cluster]], cl: Cluster, start: int, end: int) -> bool:
    """Whether another person named between ``start`` and ``end`` is followed there by a comma or
    `dan` (`Kombes Aswin, Kombes Mugi, dan Kombes Eko`): a list of names, not one post."""
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    for at, owner in people[k:]:
        if at >= end:
            break
        for x in owner.mentions:
            if owner is not cl and x.start == at and x.end < end and _JOINT_AFTER.match(norm, x.end):
                return True
    return False


def _used_as_place(norm: str, word: str) -> bool:
    """`Kepala BBPOM Bandarlampung, Syamsuliani, di Bandarlampung`: a single word the article also
    writes after `di` is a place the gazetteer does not know (spelt as one word), not a person."""
    if " " in word.strip() or not word[:1].isupper():
        return False
    if "di " + word.strip() not in norm:
        return False  # a substring test first: the pattern below is compiled for each word and scans the text
    return re.search(r"(?<![\w-])di " + re.escape(word.strip()) + r"(?![\w-])", norm) is not None
