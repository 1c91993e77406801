"""Roles a clause gives the person it names: `sesuai kapasitasnya sebagai ahli`, `bekerja sebagai …`,
`setelah dia menjabat Presiden`, `Kepala BRIN dijabat Laksana Tri Handoko`, and a column's writer line
(`Hidayatul Fajri.Dosen di …`)."""

from __future__ import annotations

import bisect
import re

from warta.entities.gazetteer import country_of
from warta.entities.patterns import lexicon
from warta.entities.roles.after import clause_role
from warta.entities.roles.anaphora import PRONOUN_REACH, quoted_at
from warta.entities.roles.before import ROMAN, role_words
from warta.entities.roles.words import (
    MAX_ROLE_WORDS,
    SENTENCE_SPLIT,
    WORD,
    agent_noun,
    head_words,
    is_head,
    is_rank,
    is_relation,
    verbish,
)
from warta.entities.spans import Cluster

# `Anindito diminta menjawab sesuai kapasitasnya sebagai ahli`: the capacity the sentence's person acts in
_CAPACITY = re.compile(r"\b(?:dalam|sesuai(?:\s+dengan)?)\s+kapasitas(?:nya)?\s+sebagai\s+")


# `Kepala BRIN dijabat Laksana Tri Handoko`: a post held by the person named right after the passive
_HELD_VERBS = ("dijabat", "diduduki", "diemban", "dipegang")  # (one must be written: held_by_roles)
_HELD_BY = re.compile(  # starts only where a whitespace run starts: linear on long runs
    r"(?<!\s)\s+(?:(?:kini|saat ini|sekarang|masih)\s+)?(?:" + "|".join(_HELD_VERBS) + r")(?:\s+oleh)?\s+"
)
_HELD_REACH = 120  # the post is the few words right before the passive


def held_by_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Kepala BRIN dijabat Laksana Tri Handoko`: the post before the passive is the role of the
    person named right after it (when the person has no post yet)."""
    if not any(verb in norm for verb in _HELD_VERBS):
        return  # the pattern needs one of the passives: a substring test costs far less than its pass
    starts = {pos: cl for pos, cl in people}
    heads = head_words(firsts)
    for m in _HELD_BY.finditer(norm):
        owner = starts.get(m.end())
        if owner is None or (owner.role and not is_rank(owner.role)):
            continue
        lo = max(0, m.start() - _HELD_REACH, norm.rfind("\n", 0, m.start()) + 1)
        toks = [(t.group(), lo + t.start()) for t in WORD.finditer(norm[lo : m.start()])]
        role = role_words([t for t, _ in toks], heads)
        if role is None or is_relation(role[0]) or not role[0][:1].isupper():
            continue
        owner.role = " ".join(norm[toks[len(toks) - len(role)][1] : m.start()].split())


def _to_sole_person(norm: str, people: list[tuple[int, Cluster]], at: int, role: str) -> None:
    """``role`` goes to the one person named between the sentence's start and ``at`` (within
    PRONOUN_REACH), unless that person has a post already; with two or more named there, whose it
    is stays open (shared by the capacity and the held-post cues)."""
    lo = max(0, at - PRONOUN_REACH)
    opens = [x.end() for x in SENTENCE_SPLIT.finditer(norm, lo, at)]
    start = max([lo, norm.rfind("\n", lo, at) + 1, *opens])
    named = {id(cl): cl for pos, cl in people if start <= pos < at}
    if len(named) == 1:
        (owner,) = named.values()
        if not owner.role or is_rank(owner.role):
            owner.role = role


def capacity_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`… sesuai kapasitasnya sebagai ahli`: the role of the one person the sentence names before
    it (none when it names two or more, or the person has a post already)."""
    if "kapasitas" not in norm:
        return  # the pattern's noun (case-sensitive): a substring test costs far less than its pass
    for m in _CAPACITY.finditer(norm):
        line_end = norm.find("\n", m.end())
        role = clause_role(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None or is_relation(role):
            continue
        _to_sole_person(norm, people, m.start(), role)


# `Harry sudah dikenal sebagai personel boy band One Direction`, `Fandi yang kini tercatat sebagai
# penyerang Madura United`, `Renita bertugas sebagai Petugas …`: a verb of working or being known as
# (`\b(?:bekerja|berprofesi|bertugas|berkarier|meniti\s+karier|tercatat|dikenal)`, with the boundary
# tested after each verb's first letter so that re skips to those letters: same matches)
_WORKS_AS = re.compile(
    r"(?:b(?<!\wb)(?:ekerja|erprofesi|ertugas|erkarier)|m(?<!\wm)eniti\s+karier|t(?<!\wt)ercatat|d(?<!\wd)ikenal)"
    r"\s+sebagai\s+(?:seorang\s+)?"
)


def works_as_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """The post or trade after `bekerja/bertugas/dikenal … sebagai` is the role of the person named
    last before it in the same clause (no comma between), if that person has no post yet."""
    for m in _WORKS_AS.finditer(norm):
        line_end = norm.find("\n", m.end())
        role = clause_role(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None or is_relation(role):
            continue
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        if not k:
            continue
        pos, owner = people[k - 1]
        end = next(x.end for x in owner.mentions if x.start == pos)
        if end > m.start() or re.search(r"[,.;:!?\"“”()\n]", norm[end : m.start()]) or m.start() - end > 60:
            continue
        if not owner.role or is_rank(owner.role):
            owner.role = role


# `… setelah dia menjabat Presiden`, `… dari jabatannya sebagai Ketua MK`, `… saat masih menjabat
# sebagai Wali Kota Solo`: the post a sentence gives its one person as held
_HOLDS = re.compile(
    r"\b(?:(?:dia|ia|beliau)(?:\s+(?:masih|juga|kini|sempat|pernah))?\s+menjabat(?:\s+sebagai)?"
    r"|jabatannya\s+sebagai"
    r"|(?:saat|ketika|semasa|selama)\s+(?:masih\s+)?menjabat(?:\s+sebagai)?)\s+(?=[A-Z])"
)


def _capital_post(norm: str, at: int, line_end: int, firsts: frozenset[str]) -> str | None:
    """The post in capitals from ``at``: a title, then capitalised words, a short form in brackets,
    numbers, and `dan` between capitalised words (`Ketua dan Hakim Mahkamah Konstitusi`)."""
    toks = [t.group() for t in WORD.finditer(norm, at, min(line_end, at + 200))]
    if not toks or toks[0].lower().strip(".") not in firsts or is_rank(toks[0]):
        return None
    given = lexicon().given
    out: list[str] = []
    k = 0
    while k < len(toks) and len(out) < MAX_ROLE_WORDS:
        w = toks[k]
        if w == "(" and k + 2 < len(toks) and toks[k + 1][:1].isupper() and toks[k + 2] == ")":
            out.append(f"({toks[k + 1]})")
            k += 3
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if w in ("dan", "serta") and nxt[:1].isupper() and nxt not in given:
            out.append(w)
        elif w[:1].isupper() or ROMAN.fullmatch(w):
            out.append(w.rstrip("."))
            if w.endswith("."):
                break
        else:
            break
        k += 1
    while out and out[-1] in ("dan", "serta"):
        out.pop()
    return " ".join(out) or None


def held_post_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Prabowo mengaku kaget … setelah dia menjabat Presiden`: the post a sentence says its one
    person holds (none when it names two or more before the cue, the cue is quoted, or the person
    has a post already)."""
    if "jabat" not in norm:
        return  # every cue says `menjabat` or `jabatannya`: a substring test skips the pattern's pass
    for m in _HOLDS.finditer(norm):
        if quoted_at(norm, m.start()):
            continue
        line_end = norm.find("\n", m.end())
        role = _capital_post(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None:
            continue
        _to_sole_person(norm, people, m.start(), role)


# after a writer's name at the end of an opinion piece: the post the line closes with, glued to
# the name by the scrape or set off by a comma (`Wawan Sobari.Dosen …`, `Eddy Soeparno,Wakil Ketua MPR RI`)
_SIGNATURE = re.compile(r"[.,] ?(?P<r>[^\W\d_][^\n\"“”]{2,200}?)\.?[ \t]*(?:\n|$)")
_SIGNATURE_TAIL = 300  # after the writer's line: at most a line or two of furniture (`Tonton juga video …`)
# before the writer's name: the line's start (or a degree, `Dr.`), the sentence before glued to it by
# the scrape (`berantakan.Masykurudin`), or the byline's `oleh` (`Artikel ini ditulis oleh Hanan`)
_SIGNED = re.compile(r"(?:(?:^|\n)[ \t]*(?:(?:Dr|Prof|Ir|H)\.? )?|[a-z][.!?]|\boleh )$")


def signature_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Hidayatul Fajri.Dosen di Departemen Ilmu Administrasi Negara, Universitas Negeri Padang.`:
    the writer's line at the end of a column gives the post after the name up to the line's end
    (its first item: up to a comma or `yang`), when it opens with a title or a trade and holds no verb."""
    heads = head_words(firsts)
    for start, cl in people:
        if cl.role or len(norm) - start > _SIGNATURE_TAIL + 300:
            continue
        m = next((x for x in cl.mentions if x.start == start), None)
        sig = _SIGNATURE.match(norm, m.end) if m is not None else None
        if (
            sig is None
            or len(norm) - sig.end() > _SIGNATURE_TAIL
            or not _SIGNED.search(norm, max(0, start - 30), start)
        ):
            continue
        words = sig.group("r").split()
        cut = next((k for k, w in enumerate(words) if w.endswith(",") or w.lower() == "yang"), None)
        if cut is not None:
            words = words[: cut + (0 if words[cut].lower() == "yang" else 1)]
        if not words or not words[-1].rstrip(",."):
            continue
        words[-1] = words[-1].rstrip(",.")
        first = words[0]
        if not (is_head(first, heads) or first.lower() in firsts or agent_noun(first)):
            continue
        if any(verbish(w) for w in words) or len(words) > MAX_ROLE_WORDS or country_of(" ".join(words)):
            continue
        cl.role = " ".join(words)
