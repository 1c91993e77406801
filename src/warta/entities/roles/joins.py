"""Two or three trades joined into one role: `Aktor sekaligus sutradara Reza`, `Claire, penulis,
sutradara dan aktris asal Prancis,`, `Ekonom dan Direktur Global Analisis Pasar, Budi`. The rules
read one trade beside the name (the one nearest it); the others joined to it by `dan`, `serta`,
`sekaligus` or a comma belong to the same person, so the role takes them in."""

from __future__ import annotations

import re

from warta.entities.roles.words import WORD, ends_post, is_head, is_relation, role_lists
from warta.entities.spans import Cluster

_JOIN = r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|sekaligus)\s+)"
# trades joined before the role, ending right where it starts
_BEFORE = re.compile(r"(?:(?<![\w-])[A-Za-z]+" + _JOIN + r")+$")
# trades joined after the role, from right where it ends
_AFTER = re.compile(r"(?:" + _JOIN + r"[A-Za-z]+(?![\w-]))+")
_TAIL = re.compile(r"(?:\s+(?:asal\s+)?[A-Z][\w.-]*){1,3}(?=\s*[,.;)]|\s+(?:yang|itu|ini|tersebut)\b)")
_REACH = 40  # the role stands this close to the name (`Budi (45), …`, `…, Budi`)
_JOIN_WORDS = frozenset(("dan", "serta", "sekaligus"))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", text) if w]


def _all_trades(text: str, trades: frozenset[str]) -> bool:
    """Every word but the joins is a trade (and there is one)."""
    words = [w.lower() for w in _words(text) if w.lower() not in _JOIN_WORDS]
    return bool(words) and all(w in trades for w in words)


def join_trades(norm: str, clusters: list[Cluster], trades: frozenset[str]) -> None:
    """Widen each person's role by the trades joined to it right beside one of its mentions."""
    for cl in clusters:
        role = cl.role
        if cl.label != "PER" or not role:
            continue
        for m in cl.mentions:
            lo = max(0, m.start - _REACH - len(role))
            at = norm.rfind(role, lo, m.start)
            if at < 0 or not _close(norm[at + len(role) : m.start]):
                at = norm.find(role, m.end, m.end + _REACH)
                if at < 0 or not _close(norm[m.end : at]):
                    continue
            wider = _widen(norm, at, at + len(role), role, trades)
            if wider != role:
                cl.role = wider
            break


def _close(gap: str) -> bool:
    """Only a comma, a space or the person's age in brackets between role and name."""
    return re.fullmatch(r"\s*(?:\(\d{1,3}\))?\s*,?\s*", gap) is not None


def _widen(norm: str, start: int, end: int, role: str, trades: frozenset[str]) -> str:
    """The role between ``start`` and ``end`` with the trades joined before it (when its first word
    is a trade) and after it (when its last word is a trade), and the origin or body that closes
    the last trade after it (`aktris asal Prancis`)."""
    first, last = role.split()[0].lower(), role.split()[-1].lower()
    line_start = norm.rfind("\n", 0, start) + 1
    new_start, new_end = start, end
    # the pattern, anchored at ``start``, is searched only when the first word is a trade
    before = _BEFORE.search(norm, max(line_start, start - 80), start) if first in trades else None
    if before is not None:
        # the trades nearest the role, as far back as every word is a trade
        keep = ""
        for part in reversed(re.findall(r"[A-Za-z]+" + _JOIN, before.group())):
            if not _all_trades(part, trades):
                break
            keep = part + keep
        if keep:
            new_start = start - len(keep)
    if last in trades:
        after = _AFTER.match(norm, end)
        if after is not None:
            pieces = re.findall(_JOIN + r"[A-Za-z]+", after.group())
            took = 0
            for piece in pieces:
                if not _all_trades(piece, trades):
                    break
                took += len(piece)
            if took:
                new_end = end + took
                tail = _TAIL.match(norm, new_end)
                if tail is not None:
                    new_end = tail.end()
    if (new_start, new_end) == (start, end):
        return role
    return " ".join(norm[new_start:new_end].split())


# a first post joined by `sekaligus` right before the role read before a name, from the last stop
_FIRST_POST = re.compile(r"([^,.;:!?\"“”()\n]{2,80}?)\s+sekaligus\s+$")
_FIRST_WORDS = 8  # `Wakil Ketua Umum Dewan Pimpinan Pusat Partai X`


def join_posts_before(norm: str, clusters: list[Cluster], heads: frozenset[str]) -> None:
    """`Ketua IPFO sekaligus Deputi Bidang … Kemenko IPK Rachmat`: the role read before the name is
    the second of two posts joined by `sekaligus`; the first one (opening with a title or a trade,
    after a comma, a verb of saying or the sentence's start) is the same person's, so the role takes
    it in. Not a tie to someone (`istri sekaligus manajer X`) nor a standing in a case."""
    for cl in clusters:
        role = cl.role
        if cl.label != "PER" or not role or role.split()[0].lower() == "sekaligus":
            continue
        for m in cl.mentions:
            at = norm.rfind(role, max(0, m.start - _REACH - len(role)), m.start)
            if at < 0 or not _close(norm[at + len(role) : m.start]):
                continue
            # (the pattern ends with `sekaligus` and white space: a plain test of the stretch's end
            # first, as the pattern is tried from every position of the stretch)
            lo = max(0, at - 120)
            ends = norm[lo:at].rstrip().endswith("sekaligus")
            first = _FIRST_POST.search(norm, lo, at) if ends else None
            words = _first_post(first.group(1), heads) if first is not None else None
            if words:
                cl.role = " ".join(words) + " sekaligus " + role
            break


def _first_post(text: str, heads: frozenset[str]) -> list[str] | None:
    """The words of ``text`` after its last verb or stop word, when they open with a title or a trade
    and hold no verb: the first of two posts joined by `sekaligus`."""
    words = [w.group() for w in WORD.finditer(text)]
    cut = max((k + 1 for k, w in enumerate(words) if ends_post(w, heads)), default=0)
    words = words[cut:]
    if not words or len(words) > _FIRST_WORDS or not is_head(words[0], heads):
        return None
    low = words[0].lower().removesuffix("nya")
    if is_relation(low) or low in role_lists()["legal_status"] or words[0].lower().endswith("nya"):
        return None
    return words
