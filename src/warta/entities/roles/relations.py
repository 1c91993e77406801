"""Roles that name another person: kinship and working ties (`staf ahli Anang, Aris` is Aris's role,
not Anang's; `Pengacara Ridwan Kamil, Muslim Jaya`), a tie in `-nya` (`asistennya` → `asisten Nikita
Mirzani`), a tie that names no one (dropped: GUIDELINES' role is a title or a job), and a client
named inside a lawyer's role."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from warta.entities.roles.after import LIST_GOES_ON
from warta.entities.roles.before import role_before, trade_right_before
from warta.entities.roles.words import (
    BOUNDARY,
    SENTENCE_SPLIT,
    WORD,
    head_words,
    is_rank,
    is_relation,
    role_firsts,
    role_lists,
    verbish,
    window_start,
)
from warta.entities.spans import Cand, Cluster

NEXT_NAME = re.compile(r"\s*,\s*")


RANK_WORD = re.compile(r"[A-Z][A-Za-z]{1,9}\.?\s+")


_SET_OFF_END = re.compile(r"\s*(?:[,;.]|$)")
_OTHER_ONE = re.compile(r"\s+(?:lainnya|yang lain)\s*,\s*")  # `Pengacara Jokowi lainnya, Rivai`
SAID_BEFORE_ROLE = re.compile(r"\b(?:[Mm]enurut|[Kk]ata|[Uu]jar|[Tt]utur|[Jj]elas)\s+$")


def trade_of_named(
    norm: str,
    found: tuple[str, int],
    people: list[tuple[int, Cluster]],
    cl: Cluster,
    m: Cand,
    lent: frozenset[int] | set[int] = frozenset(),
) -> Cluster | None:
    """The person A of `<trade> A, B` when that phrase before B is one or two words of trade and
    then A's whole name, A's own role is only that trade (or was, before another B took it: ids in
    ``lent``), and no list goes on after B; else None."""
    role, start = found
    words = role.split()
    if len(words) < 2 or LIST_GOES_ON.match(norm, m.end) is not None:
        return None
    for n in (1, 2):
        head = " ".join(words[:n])
        at = start + len(head) + 1
        for pos, other in people:
            if pos != at or other is cl:
                continue
            known = role_lists()["trades"] | role_lists()["role_nouns"]
            if (
                (
                    (other.role or "").lower() != head.lower()
                    and not (other.role is None and id(other) in lent)
                    and not _client_of(norm, head, other, m, start)
                )
                or words[0].lower() not in known
                or any(w[:1].isupper() for w in words[1:n])  # `Sekjen PDIP Hasto, Megawati`: a post and its body
                # `Menurut pengacara Nikita, Budi menilai …`: a new subject after the source; but
                # `kata pengacara Jokowi, Yakup Hasibuan, di …`: B set off by commas is A's lawyer
                or (SAID_BEFORE_ROLE.search(norm, max(0, start - 12), start) and not _SET_OFF_END.match(norm, m.end))
            ):
                return None
            end = next((x.end for x in other.mentions if x.start == pos), -1)
            between = norm[end : m.start]
            if between.strip() in (",", "") or NEXT_NAME.fullmatch(between) or _OTHER_ONE.fullmatch(between):
                return other
            return None
    return None


def _client_of(norm: str, head: str, other: Cluster, m: Cand, start: int) -> bool:
    """`Pengacara Ridwan Kamil, Muslim Jaya,`: a trade that serves a client, the client named
    after it (with no post of their own, or one read elsewhere, not from this trade), and B set
    off by commas on both sides or the phrase opening the sentence (`Pengacara RK, Muslim yakin`):
    B is the client's lawyer. The client is who the article named; it need not hold a post."""
    return (
        head.lower() in role_lists()["client_trades"]
        and not (other.role or "").lower().startswith(head.lower())
        and (norm[m.end : m.end + 1] == "," or _opens_at(norm, start))
    )


def _opens_at(norm: str, at: int) -> bool:
    """Whether a sentence opens at ``at``: the text's start, a new line, or after `.`, `!`, `?`."""
    before = norm[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in ".!?\n"


_ONE_OF = r"\b(?:salah\s+(?:satu|seorang)|sejumlah|beberapa|para)\s+"


# a number word or numeral after a tie (`ibu tiga anak`, `ayah 2 putri`)
_COUNT = re.compile(r"\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|banyak")


def unanchored_tie(role: str, norm: str = "") -> bool:
    """A family or personal tie that does not say whose it is: GUIDELINES' role is a title or a
    job, and a bare tie (`ibunya, Aryani`) or one of a group's (`salah satu orang tua siswa, Dian`)
    says neither. A tie to someone (`adik Anniesa`, `Ibu korban`) is kept."""
    words = role.split()
    low = [w.lower() for w in words]
    n = next((n for n in (3, 2, 1) if n <= len(low) and " ".join(low[:n]) in role_lists()["kinship"]), 0)
    if not n or any(w[:1].isupper() for w in words[n:]):
        return False
    if n < len(low) and _COUNT.fullmatch(low[n]):
        return True  # `Ibu tiga anak ini`: a count of children names no one
    return n == len(words) or re.search(_ONE_OF + re.escape(role) + r"\b", norm, re.I) is not None


_TEAM = re.compile(r"\b(?:tim|kubu)\s+$", re.I)


_APPOSED_TIE = re.compile(r",\s+(?P<r>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) $")


def apposed_relations(norm: str, clusters: list[Cluster]) -> None:
    """`Vidi Galenso, kuasa hukum Mario membenarkan`: a tie or a trade set off after one name and
    run into a second name (`pengacara Mario`) is the first person's, toward the second
    (outlets_heldout10); the second holds no such role, and the first takes it with the name when
    it has none."""
    ends = {m.end: (cl, m.start) for cl in clusters if cl.label == "PER" for m in cl.mentions}
    # a title or job (GUIDELINES), not kin: `Kiswinar, putra motivator Mario` is no tie of this kind;
    # nor a post or a position (`anggota`, `kiper`), which names its holder after it: `Bepe dan Ryuji,
    # kiper Andritany` is Andritany's role
    words = (role_lists()["relations"] | role_lists()["trades"]) - role_lists()["kinship"]
    for cl in clusters:
        if cl.label != "PER":
            continue
        for m in cl.mentions:
            tie = _APPOSED_TIE.search(norm, max(0, m.start - 40), m.start)
            if tie is None or tie.group("r") not in words:
                continue
            owner, owner_start = ends.get(tie.start(), (None, 0))
            if owner is None or owner is cl or trade_right_before(norm, owner_start):
                continue  # (`gitaris Satriyo, gitaris Ari, basis Rindra, vokalis Andi`: a list of trades)
            if cl.role and cl.role.lower() == tie.group("r"):
                cl.role = None
            if owner.role is None:
                owner.role = f"{tie.group('r')} {norm[m.start : m.end]}"


def served_by_team(norm: str, cl: Cluster) -> bool:
    """`laporan tim kuasa hukum Setya Novanto`: a team of lawyers (doctors, aides) named after
    the person serves that person, whose role it is not. True when every mention the role stands
    right before is led by such a collective word."""
    role = cl.role or ""
    if any(w[:1].isupper() for w in role.split()[1:]):
        return False  # `tim pelatih Persib Budi`: a body in the role, so the person is one of the team
    led = [
        m.start - len(role) - 1
        for m in cl.mentions
        if norm[max(0, m.start - len(role) - 1) : m.start].lower() == role.lower() + " "
    ]
    return bool(led) and all(_TEAM.search(norm, max(0, at - 12), at) for at in led)


def relation_over_office(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`Staf khusus Menteri Keuangan, Yustinus`: the title run reads the office (`Menteri
    Keuangan`), a neighbour's post; the person is that office's staff. The relation before the
    office, with it, is the role; None when no mention has one."""
    role = (cl.role or "").lower()
    for m in cl.mentions[:4]:
        line_start = window_start(norm, m.start)
        found = role_before(norm, m.start, line_start, firsts, m.end)
        if found is None or not is_relation(found[0]):
            continue
        text = found[0].lower()
        if text.endswith(" " + role) and norm[found[1] + len(found[0]) : m.start].strip(" ,") == "":
            return found[0]
    return None


def client_named(trade: str, cl: Cluster, m: Cand) -> bool:
    """A trade that serves a client (`pengacara`) before a later mention of someone the article has
    already named: the person is the client (`pengacara Lisa`), since a lawyer the article brings in
    is introduced there, at the first mention."""
    words = trade.lower().split()
    serving = (
        words[-1] in role_lists()["client_trades"] or words[0] in role_lists()["staff_positions"]
    )  # `manajer Martin`
    return serving and m.start > min(x.start for x in cl.mentions)


def client_only(norm: str, cl: Cluster) -> bool:
    """The person's role is a bare client trade (`pengacara`) written only before later mentions
    of them, never before the first: the article named the person first, so they are the client."""
    role = cl.role or ""
    if role.lower() not in role_lists()["client_trades"]:
        return False
    mentions = sorted(cl.mentions, key=lambda x: x.start)
    before = [x for x in mentions if norm[max(0, x.start - len(role) - 1) : x.start].lower() == role.lower() + " "]
    return bool(before) and before[0] is not mentions[0]


def whose(norm: str, people: list[tuple[int, Cluster]], cl: Cluster, found: tuple[str, int]) -> bool:
    """`ketua tim hukum Miryam, Aga Khan`, `Ketua tim pemenangan Prabowo, Budi`: the one other person
    named inside the role ends it and follows a lower-case noun (no title, joiner, kin word or
    verb): the name says whose team or office it is, so the role is still the next name's; a name
    after a title or a body (`Ketua KPK Firli, Alexander`) opens a list instead."""
    role, start = found
    end = start + len(role)
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    j = bisect.bisect_left(people, end, lo=k, key=lambda p: p[0])
    inside = [(at, owner) for at, owner in people[k:j] if owner is not cl]
    if len({id(owner) for _at, owner in inside}) != 1:
        return False
    at, owner = inside[0]
    if not any(x.start == at and x.end == end for x in owner.mentions):
        return False
    before = norm[start:at].split()
    w = before[-1] if len(before) > 1 else ""
    lists = role_lists()
    return (
        w.isalpha()
        and w.islower()
        and w not in role_firsts()
        and w not in lists["stop"]
        and w not in lists["kinship"]
        and not verbish(w)
    )


# words in `-nya` that say which one, not whose (`Anggota Komisi III lainnya`, `Kapolres sebelumnya`)
_NOT_POSSESSIVE = frozenset(("lainnya", "sebelumnya", "berikutnya", "selanjutnya", "terdahulunya"))


def possessed(
    norm: str,
    role: str,
    at: int,
    people: list[tuple[int, Cluster]],
    cl: Cluster,
    after: bool = False,
    subject: bool = False,
) -> str | None:
    """`asistennya` → `asisten Nikita Mirzani`: a relation written with `-nya` names the person
    the sentence named last before it (or the one person of the sentence before, for a relation
    that opens its sentence or follows the name: `Siti, istrinya,`); without one the bare noun
    stays. A tie to kin or a peer in `-nya` is none: the gold gives no `istrinya, Veronica` a role."""
    words = role.split()
    # `Anggota Komisi III lainnya, Rano`: `lainnya` (another) is no one's, and not part of the post
    while len(words) > 1 and words[-1].lower() in _NOT_POSSESSIVE:
        words.pop()
    k = next(
        (
            x
            for x, w in enumerate(words)
            if w.lower().endswith("nya") and (w[:1].islower() or (not x and is_relation(w.lower()[:-3])))
        ),
        None,
    )
    if k is None or (after and not _relation_stem(words, k)):
        return " ".join(words)
    bare = words[k][:-3]
    if _kin_or_peer(words[0]) or _kin_or_peer(bare):
        return None  # `adiknya, Wladimir`, `Rekan setimnya, Norman`: a tie, no title or job (GUIDELINES)
    sentence_start = max((mm.end() for mm in SENTENCE_SPLIT.finditer(norm, max(0, at - 300), at)), default=0)
    owner = None
    for pos, other in people:
        if sentence_start <= pos < at and other is not cl and not (subject and owner is not None):
            owner = other  # the last one named before it, or the first (the subject) when told
    if owner is None and (after or (not k and not norm[sentence_start:at].strip())):
        # `Budi Santoso datang. Istrinya, Siti, menangis.`: the one person of the sentence before
        lo = max(0, sentence_start - 300)
        before = max((mm.end() for mm in SENTENCE_SPLIT.finditer(norm, lo, max(lo, sentence_start - 1))), default=0)
        named = {id(o): o for pos, o in people if before <= pos < sentence_start and o is not cl}
        owner = next(iter(named.values())) if len(named) == 1 else None
    words[k] = bare if owner is None else f"{bare} {_full_name(owner)}"
    return " ".join(words)


# `kuasa hukumnya Moh Zakki`, `pelatihnya Richard Mainaky`: a tie or a post in `-nya` right
# before the name, no comma between (up to one word of the post before it)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?P<w>[a-z]+)\s+)?\b(?P<n>[a-z]+nya)\s+$")


def possessive_before(norm: str, start: int, line_start: int) -> tuple[str, int] | None:
    """A post or a working tie in `-nya` written right before the name is the name's, and its
    `-nya` someone's (`possessed` names whose): the title rules read no `-nya` before a name."""
    m = _POSSESSIVE_BEFORE.search(norm, max(line_start, start - 40), start)
    if m is None or m.end() != start:
        return None
    lists = role_lists()
    if _kin_or_peer(m.group("n")[:-3]) or m.group("w") in lists["fellow_ties"]:
        return None  # `istrinya Lili`, `rekannya Edwin`: a tie to kin or a peer, no title or job
    if (
        m.group("w")
        and _relation_stem([m.group("w"), m.group("n")], 1)
        and is_relation(f"{m.group('w')} {m.group('n')[:-3]}")
    ):
        return f"{m.group('w')} {m.group('n')}", m.start()
    if _relation_stem([m.group("n")], 0):
        return m.group("n"), m.start("n")
    return None


def _kin_or_peer(word: str) -> bool:
    """`istri`, `adik`, `rekan`: the first word of a tie to kin or a peer (roles.json `kinship`,
    `fellow_ties`), which is no title or job."""
    return word.lower() in _ties()


@lru_cache(maxsize=1)
def _ties() -> frozenset[str]:
    lists = role_lists()
    return lists["kinship"] | lists["fellow_ties"]


def _relation_stem(words: list[str], k: int) -> bool:
    """`istrinya`, `kuasa hukumnya`: the word in `-nya` (with the words before it) is a relation
    or a post, so the `-nya` is someone's."""
    bare = words[k][:-3].lower()
    return is_relation(bare) or is_relation(" ".join([*words[:k], bare])) or bare in head_words(role_firsts())


def _full_name(cl: Cluster) -> str:
    """The fullest name of a person: the mention with most words."""
    return max((m.text for m in cl.mentions), key=lambda t: (len(t.split()), len(t)))


def title_inside_relation(
    norm: str,
    role: str,
    start: int,
    end: int,
    people: list[tuple[int, Cluster]],
    cl: Cluster,
    firsts: frozenset[str],
) -> None:
    """`Anak Presiden Joko Widodo, Kaesang`, `Juru bicara Presiden Prabowo, Prasetyo`: the title
    between the relation and the person it names (`Presiden`) is that person's role, when they have
    none or only the relation's words read as their title (`Staf Khusus Menteri Keuangan`)."""
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    for at, other in people[k:]:
        if at >= end:
            break
        misread = bool(other.role) and role.lower().startswith(other.role.lower())
        if other is cl or (other.role and not is_rank(other.role) and not misread):
            continue
        words = [w.group() for w in WORD.finditer(norm, start, at)]
        # the relation (one or two words: `kuasa hukum`), then a title in capitals up to the name
        for n in (1, 2):
            title = words[n:]
            if (
                title
                and title[0][:1].isupper()
                and title[0].lower() in firsts
                and is_relation(" ".join(words[:n]))
                and not any(w in BOUNDARY for w in title)
                and not is_rank(" ".join(title))
            ):
                other.role = " ".join(title)
                break
        break
