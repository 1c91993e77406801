"""Places and bodies named after a person (`RSUD Siti Fatimah`, `Jalan Kapten P Tendean`): the
head the candidates read alone and the person's name read right after it are one name, of the
head's label. Works on the chosen candidates, before they are grouped."""

from __future__ import annotations

from warta.entities.roles.words import is_rank
from warta.entities.spans import Cand
from warta.resources import word_set


def person_named_heads() -> frozenset[str]:
    return word_set("warta.entities", "person_named_heads.txt", lower=True)


def join_named_after(norm: str, chosen: list[Cand]) -> list[Cand]:
    """A head alone (`RSUD`, `Jalan`) followed on the same line by a person's name, with at most
    a rank between (`Jalan Kapten P Tendean`), becomes one candidate with the head's label."""
    heads = person_named_heads()
    cands = sorted(chosen, key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if (
            nxt is not None
            and c.label in ("ORG", "LOC")
            and c.acronym_of is None
            and nxt.label == "PER"
            and c.text.lower() in heads
            and _gap_ok(norm[c.end : nxt.start])
        ):
            out.append(Cand(c.start, nxt.end, c.label, max(c.strength, nxt.strength), norm[c.start : nxt.end]))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


def _gap_ok(gap: str) -> bool:
    """One space, or a rank between spaces (`Kapten`, `Letjen`), on the same line."""
    if gap == " ":
        return True
    words = gap.strip().split()
    return gap.startswith(" ") and gap.endswith(" ") and "\n" not in gap and 0 < len(words) <= 2 and is_rank(gap)
