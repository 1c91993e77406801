"""Round 40: academic degrees and honorifics around a person's name (`Prof. Dr. Ir. H. Ahmad Sutrisno, M.Sc.`,
`dr. Hengky Setyahadi Sp. B`, `Dr Husein Ibrahim MA`, `AKP Rizki Pratama S.IK.M.Si`, `dr. Andi Wijaya, Sp.PD-KGEH`),
the house style of regional and campus outlets. The probe set (data/degrees_probe40.jsonl, 97 rows) puts them
before, after and around names, with and without commas and spaces, as the subject of a verb of saying, in an
apposition, after a post, in a quote's closing `ujar …` and after `Menurut`; each row's persons (canonical, no
degree), the words that must be no person (the degree), the role and the speaker were written by GUIDELINES.md
and committed before Warta was run on it. Names are invented. Rows still failing carry `gap` (reason below)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import warta

_ROWS = [json.loads(line) for line in (Path(__file__).parent / "data" / "degrees_probe40.jsonl").open()]

# why a row marked `gap` still fails (reach on the 713 pool articles and detik_2025 in brackets)
GAPS: dict[str, str] = {
    "role_after_honorifics": "a person found after honorifics and degrees by name_degrees.py gets no role: roles are "
    "read on the clusters before it (pool 0: no such person with a post before the honorifics)",
    "speaker_degree": "the quotes layer reads a degree after a comma or `Sp. B` as the speaker's name (its own "
    "degree list, quotes/data/grammar.json; pool 1 article `Sp. B, FINACS`, detik_2025 1 `S.I.K., M.Si.`)",
    "hospital_named_after_doctor": "`Direktur RSUD dr. X, MARS`: the hospital named after a doctor is read first",
    "untitled_name_opening": "a name opening the sentence with only ambiguous degrees after it and no title before",
}


def _token_f1(a: str, b: str) -> float:
    x, y = Counter(a.lower().split()), Counter(b.lower().split())
    common = sum((x & y).values())
    return 0.0 if not common else 2 * common / (sum(x.values()) + sum(y.values()))


def failures(row: dict) -> list[str]:
    """What Warta gets wrong on the row: persons missed, degrees read as persons, roles, speakers."""
    a = warta.read({"id": "t", "text": row["text"]})
    people = {e.canonical: e for e in a.entities if e.label == "PER"}
    out = [f"missed {p}" for p in row["per"] if p not in people]
    out += [f"person {p}" for p in row["no_per"] if p in people]
    for name, role in (row.get("role") or {}).items():
        e = people.get(name)
        if e is None or not e.role or _token_f1(role, e.role) < 0.5:
            out.append(f"role of {name}")
    for q in row.get("quotes", []):
        hit = [x for x in a.quotes if q["has"].lower() in x.text.lower()]
        sp = hit[0].speaker if hit else None
        names = [sp.name, a.entities[sp.entity].canonical if sp.entity is not None else None] if sp else []
        want = q["speaker"].lower()
        if not any(n and (n.lower() in want or want in n.lower()) for n in names):
            out.append(f"speaker {names}")
    return out


def _param(k: int, row: dict):
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[row["gap"]])] if row.get("gap") else []
    return pytest.param(row, id=f"{k}-{row['construction']}", marks=marks)


@pytest.mark.parametrize("row", [_param(k, r) for k, r in enumerate(_ROWS)])
def test_degrees_probe(row: dict) -> None:
    assert failures(row) == []
