"""Round 39: roles written AFTER or AROUND a name, and ties to another person — the second family of the round's
probe (the first, a title before the name, is data/bounds_probe39.jsonl). Each sentence of
data/role_probe39.jsonl varies one construction (`construction`): a post set off by commas after the name, an age
in brackets and `warga …` (no role), `yang juga`, `selaku`, `sebagai`, a client's lawyer or a victim's kin set off
before the name, a tie after it, a post in brackets, a rank before the name and the post after it (the post is the
role, not the rank), a role closing the sentence, a body with `dan` or `(ACR)`, a role given once and the name bare
later, two people with roles in one sentence; a second batch (`batch: 2`) a post closed by `kepada`/`saat` instead of
its comma, trades no list knows, `seorang` + a trade, person nouns (no role), ties naming another person, a trade
`dari` a body. Every row's person and role (null: none by GUIDELINES `role`) was written and committed before Warta was
run on it (162 rows, then 38). Names and bodies are invented. Rows that fail on main fdfe9331 carry `gap` (the
reason and the construction's reach on the pool are in XFAIL below); none reached the round's threshold for a fix."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest

import warta

_ROWS = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "role_probe39.jsonl").open()]


@functools.cache
def _scorer(shared: Path):
    """../shared/eval/score.py, whose `token_f1` is the role test of `entities_role` (right at F1 >= .5)."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def failures(row: dict, score) -> list[str]:
    """What Warta gets wrong on one probe row, as the scorer would count it (empty when right)."""
    ents = warta.read({"id": "t", "text": row["text"]}, layers=["entities"]).entities
    want = row["per"].lower()
    person = next(
        (e for e in ents if e.label == "PER" and want in {e.canonical.lower(), *(m.text.lower() for m in e.mentions)}),
        None,
    )
    if person is None:
        return ["per"]
    if row["role"] is None:
        return ["role"] if person.role else []
    if not person.role or score.token_f1(row["role"], person.role) < 0.5:
        return ["role"]
    return []


# constructions left unfixed in round 39: a row's `gap` -> why, with the construction's reach on the 713 pool
# articles (/work/pool/out_r39f, main fdfe9331; counted before any fix, the threshold of the round being 8 articles
# or 3 outlets). Strict: a row that starts passing shows.
XFAIL: dict[str, str] = {
    "name_word": (
        "a name whose last word is a common, title or place word (`Lukman Hakim`, `Benny Tanjung`, `Fadli "
        "Ramadhan`) is not found at all, so neither is its role: the entity tagger's word lists, not roles; pool 5 "
        "persons in 5 articles, 3 outlets (`Fahmi Hakim`, `Raja Juli`, `Gilang Ramadhan`, `Muhammad Ramadhan`, "
        "`Frans Lebu Raya`). Round 39 nameso reads `Hakim`/`Ramadhan`/`Tanjung`/`Raya` closing a name (4 of the 5 "
        "pool persons); the rows left fail for other causes: the role after `hadir sebagai`, `Letkol Laut` (a navy "
        "rank read as a place), `Putri Ayu` (a given name that is also a common word)"
    ),
    "two_people": (
        "`A, Post X, dan B, Post Y,`: the first post runs on over `, dan B` and B is lost; pool 0 such sentences"
    ),
    "two_people_before": "`Post X, A, serta Post Y, B.`: B at the sentence's close is lost; pool 1 such sentence",
    "sebagai_at_stop": "`Name hadir sebagai Post.` (the post closing the sentence): pool 0",
    "bracket_humas": "`Name (Humas X)`: `Humas` alone in brackets is no post there; pool 2 posts in brackets, 2 articles",
    "post_closed_by_clause": (
        "a post set off after the name and closed by `kepada …` instead of a comma (`kata A, Humas X kepada "
        "wartawan`): pool 1 person missed (of 36 posts set off and followed by `kepada`/`saat`/`usai`, the rest with "
        "a closing comma and read)"
    ),
    "rare_trade": (
        "a trade no list knows (`promotor`) or a description closed by `itu`/`tersebut` (`Kurator pameran itu, "
        "Name`): pool 1 (`promotor laga …`); the 87 `… itu/tersebut, Name` of the pool are all adverbials"
    ),
    "tie_naming_person": (
        "a tie naming another person with a tail (`Mantan rekan setim Rossi di Yamaha, Name`) or a trade before a "
        "person's name (`pelatih Budi Hartono sejak kecil, Name`, the trade given to Budi): pool 2 (CNN Indonesia)"
    ),
    "person_noun": (
        "`seorang ibu rumah tangga` read as a role; the row's null is doubtful (a housewife may count as an "
        "occupation), left as written before the run"
    ),
}


def _marks(row: dict) -> list:
    gap = row.get("gap")
    return [pytest.mark.xfail(reason=XFAIL[gap], strict=True)] if gap else []


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r), id=r["text"][:60]) for r in _ROWS])
def test_role_after_name(row: dict, shared: Path) -> None:
    assert failures(row, _scorer(shared)) == []
