"""Round 39: the most frequent construction of Indonesian news, a person introduced by a title or trade, a
body and a name (`Kepala Dinas Pendidikan Kota Bandung Hikmat mengatakan …`). The probe set
(data/bounds_probe39.jsonl) varies the title (a capitalised post, a lower-case trade), the body (short, in
full, with `dan`, with an acronym in brackets, with a place, `PT X (Persero) Tbk`, a university, `dari Fraksi
X`), the name (one to three words, initials, a rank, `Prof`/`dr`) and what follows; each sentence's person,
role and bodies were written by GUIDELINES.md before Warta was run on it. Names are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta

_ROWS = [json.loads(line) for line in (Path(__file__).parent / "data" / "bounds_probe39.jsonl").open()]


def _f1(a: str, b: str) -> float:
    """The scorer's role test: token F1 of lower-cased words."""
    x, y = a.lower().split(), b.lower().split()
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    if not common:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


def failures(row: dict) -> list[str]:
    """What Warta gets wrong on one probe sentence, as the scorer would count it (empty when right)."""
    ents = warta.read({"id": "t", "text": row["text"]}, layers=["entities"]).entities
    names = {e.label: set() for e in ents}
    for e in ents:
        names[e.label] |= {e.canonical.lower(), *(m.text.lower() for m in e.mentions)}
    out = []
    person = next(
        (
            e
            for e in ents
            if e.label == "PER" and row["per"].lower() in {e.canonical.lower(), *(m.text.lower() for m in e.mentions)}
        ),
        None,
    )
    if person is None:
        out.append("per")
    elif not person.role or _f1(person.role, row["role"]) < 0.5:
        out.append("role")
    for alternatives in row["orgs"]:
        if not any(a.lower() in names.get("ORG", set()) for a in alternatives.split("|")):
            out.append("org")
            break
    last = row["per"].split()[-1].lower()
    if any(e.label != "PER" and last in e.canonical.lower().split() for e in ents):
        out.append("swallowed")
    return out


# constructions left unfixed this round: (field, value) -> reason
XFAIL: dict[tuple[str, str], str] = {
    ("name", "initial"): (
        "a middle initial with its dot after a body (`… (Persero) Herman S. Wibowo`): the run stops at the "
        "initial's dot; 13 such names in the 713 pool articles, 6 missed, none after a body"
    ),
    ("name", "prof"): (
        "`Prof`/`Dr.` between the body and the name: sites are named after a `Prof` (`RSUP Prof Ngoerah`), "
        "so the span is left whole; 19 `Body Prof Name` runs in the pool, nearly all named sites"
    ),
}
# trades the role lists do not know, or a trade's field of three words before the body
XFAIL_TRADES: dict[str, str] = {
    "epidemiolog": "`epidemiolog` is no listed trade: `Epidemiolog Universitas Airlangga Hendra` stays one body",
    "guru besar hukum tata negara": "a trade's field in lower case between the trade and the body: no role",
}


def _marks(row: dict) -> list:
    reasons = [XFAIL[k] for k in (("name", row["name"]), ("body", row["body"])) if k in XFAIL]
    reasons += [r for t, r in XFAIL_TRADES.items() if row["role"].lower().startswith(t)]
    # a row marked `gap` in the data fails today for one of the reasons above; strict, so a fix shows
    return [pytest.mark.xfail(reason=reasons[0], strict=True)] if reasons and row.get("gap") else []


@pytest.mark.parametrize("row", [pytest.param(r, marks=_marks(r), id=r["text"][:60]) for r in _ROWS])
def test_title_body_name(row: dict) -> None:
    assert failures(row) == []
