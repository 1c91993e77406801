"""The words every role reader shares: roles.json's lists, the titles that open a role, ranks, the
test for a verb, a relation or a role's head word, and the window a role is read in. One place, so
that the readers before and after a name and the article-wide passes agree on what a role word is."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.entities.patterns import lexicon
from warta.entities.ranks import rank_lists
from warta.resources import word_lists

WORD = re.compile(r"[^\W_][\w'’./-]*|[,.;:!?\"“”()\[\]&]")
BOUNDARY = set(',.;:!?"“”()[]')
# a word that closes a sentence (`Ginting.`), not an initial or an abbreviation (`M.`, `Jl.`, `S.H.`)
SENTENCE_END_WORD = re.compile(r"[^\W\d_]{4,}\.$")
NOT_POSTS = frozenset(("warga", "penduduk", "korban", "tersangka", "saksi", "terdakwa"))


MAX_ROLE_WORDS = 20  # `Pengawas Senior Departemen Pengawasan Lembaga Keuangan Mikro dan …`


@lru_cache(maxsize=1)
def role_lists() -> dict[str, frozenset[str]]:
    return word_lists("warta.entities", "roles.json")


def kinship() -> frozenset[str]:
    """Family ties (`istri`, `putra`, `adik ipar`): the words roles.json lists under `kinship`."""
    return role_lists()["kinship"]


@lru_cache(maxsize=1)
def _all_ranks() -> frozenset[str]:
    """The ranks here and the tagger's ranks and corps (`Letkol Inf`, `Kompol`): one list of words
    that say a rank, not a post."""
    ranks, corps = rank_lists()
    # a flag rank's grade (`Laksamana Pertama`) is a rank only after it: alone it is an ordinary word
    return role_lists()["ranks"] | ranks | (corps - {"madya", "muda", "pertama"})


def is_rank(text: str) -> bool:
    """`AKP`, `Kombes Pol`, `Brigjen`, `Letkol Inf`: a rank (and its service), not a post."""
    ranks = _all_ranks()
    ws = text.lower().replace(".", " ").split()
    i = 0
    while i < len(ws):
        for n in (4, 3, 2, 1):
            if " ".join(ws[i : i + n]) in ranks:
                i += n
                break
        else:
            return False
    return bool(ws)


def verbish(w: str) -> bool:
    low = w.lower()
    return (
        w[:1].islower()
        and len(low) > 5
        # meN- before l, r, w, y is `me-` (`melakukan`, `merasa`, `mewakili`, `meyakini`)
        and (low.startswith(("meng", "meny", "mem", "men", "ber", "di")) or (low[:2] == "me" and low[2] in "lrwy"))
        and not low.startswith("dir")
        and low not in role_lists()["not_verbs"]  # `distrik`, `divisi`: nouns that only look like verbs
    )


@lru_cache(maxsize=4)  # the same cached title words each call: the union is built once
def head_words(title_firsts: frozenset[str]) -> frozenset[str]:
    return title_firsts | role_lists()["role_nouns"]


def is_head(word: str, heads: frozenset[str]) -> bool:
    """A word that can open a role: a title, a role noun, or a `-wan`/`-wati` noun of a
    trade (`fisikawan`, `wartawati`)."""
    low = word.lower().strip(".")
    if low.endswith("nya") and low[:-3] in heads and (word[:1].islower() or is_relation(low[:-3])):
        return True  # `asistennya`, `kuasa hukumnya`, `Istrinya,`: a relation to someone named before
    return (
        low in heads
        or (word[:1].islower() and len(low) > 6 and low.endswith(("wan", "wati")))
        or (word[:1].isupper() and CONTRACTED_HEAD.match(low) is not None)
    )


# `Kadinsos`, `Kadinkes`, `Kadisdik`, `Kadishub`: the head of a service (`Kepala Dinas …`) contracted
# with the service's short name (not `Kadin`, the chamber of commerce)
CONTRACTED_HEAD = re.compile(r"kadi[ns][a-z]{2,}$")


def agent_noun(word: str) -> bool:
    """A lower-case noun of one who does something, by its form, for a description set off by
    commas whose noun the role lists lack (`peserta magang`, `penambang belerang`, `nutrisionis`):
    `pe(N)-` without `-an` (`pekan`, `pernyataan` are no doers) or `-is`, `-log`."""
    low = word.lower()
    if not word[:1].islower() or len(low) < 6 or not low.isalpha():
        return False
    if low.startswith("pe"):
        return (
            not low.endswith("an") and low not in role_lists()["not_agents"] and low not in role_lists()["person_nouns"]
        )
    return low.endswith(("nis", "log"))


def opens_role(word: str) -> bool:
    """A word that can open a role where no rule reads the words around it (a column's writer line):
    a title's first word, a role noun or a doer's noun (`Dosen`, `Anggota`, `Pengajar`)."""
    firsts = role_firsts()
    return is_head(word, head_words(firsts)) or word.lower() in firsts or agent_noun(word)


def is_relation(role: str) -> bool:
    low = role.lower()
    return any(low == r or low.startswith(r + " ") for r in role_lists()["relations"])


MAX_ROLE_MENTIONS = 12  # mentions of a person read for a post (a long article names one often)
ROLE_WINDOW = 400  # characters around a name that its post or description may take


def window_start(norm: str, at: int) -> int:
    """Where the line around ``at`` starts, at most ROLE_WINDOW characters back: a post or a
    description beside a name is short, and a scrape that lost its newlines is one line."""
    lo = max(0, at - ROLE_WINDOW)
    return max(norm.rfind("\n", lo, at) + 1, lo)


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Players' positions and staff posts (`striker`, `bek`, `pelatih`, `manajer`)."""
    return role_lists()["positions"] | role_lists()["staff_positions"]


SENTENCE_SPLIT = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


@lru_cache(maxsize=1)
def post_nouns() -> frozenset[str]:
    """Role nouns that say a post or a job (`capres`, `pemain`), not a relation to the next name
    (`anak`, `istri`) nor where one lives (`warga`)."""
    address = ("ibu", "bapak", "om", "tante")  # forms of address too (`Ibu Sri`): no post alone
    return frozenset(
        w for w in role_lists()["role_nouns"] if not is_relation(w) and w not in NOT_POSTS and w not in address
    )


@lru_cache(maxsize=1)
def role_firsts() -> frozenset[str]:
    """First words of the titles that are roles (computed once, not per article)."""
    return frozenset(p[0] for p in lexicon().roles)


def ends_post(word: str, heads: frozenset[str]) -> bool:
    """A verb (not a title that looks like one) or a stop word: where a post read past `sekaligus`
    ends when no comma closes it (`pendiri FPCI sekaligus Ketua IDNG melalui …`)."""
    return (verbish(word) and not is_head(word, heads)) or word.lower() in role_lists()["stop"]
