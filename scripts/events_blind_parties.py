"""The events Warta found in a blind party sample, printed WITHOUT their parties, and later compared.

Round 40 (issue #12): of the events Warta finds, only about 60% carry both parties right, and every
event whose parties are mended counts straight into end to end. To see which party classes are
wrong without being led by Warta's own answer, the parties are annotated blind: ``show`` prints,
for the sample's articles (notes/evparty_split.md, round 40), each event's number, type, trigger and
sentence from a start output, never its actor or recipient; the annotator writes the actor and
recipient of each act by GUIDELINES.md in a TSV (notes/blind40_evparty.tsv: id, event number, type,
trigger, actor, recipient, note; `noact` in the note for an event that is no act). ``compare``
then reads Warta's parties for the same events and prints each disagreement.

    python scripts/events_blind_parties.py show [--out /work/pool/out_r40start] [ID ...]
    python scripts/events_blind_parties.py compare notes/blind40_evparty.tsv [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

SAMPLE = [
    "detik_515",
    "detik_553",
    "detik_784",
    "detik_792",
    "detik_157",
    "detik_301",
    "detik_376",
    "detik_871",
    "detik_485",
    "detik_93",
    "indosum_897",
    "indosum_427",
    "indosum_839",
    "indosum_239",
    "indosum_417",
    "indosum_845",
    "indosum_83",
    "indosum_926",
    "indosum_17",
    "indosum_410",
]


def _events(out: Path, aid: str) -> list[dict]:
    return json.loads((out / f"{aid}.json").read_text(encoding="utf-8"))["events"]


def show(out: Path, ids: list[str]) -> None:
    """Each event's type, trigger and sentence: nothing that says who Warta took as a party."""
    for aid in ids:
        print("=====", aid)
        for n, ev in enumerate(_events(out, aid)):
            print(f"{aid}\t{n}\t{ev['type']}\t{ev['trigger']}\t{' '.join(ev['text'].split())}")


def _fold(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def _name(party: dict | None) -> str:
    return party.get("name", "") if party else ""


def _forms(party: dict | None, entities: list[dict]) -> set[str]:
    """The party's name and, when it is an entity, every mention of it (the scorer takes those too)."""
    if not party:
        return {""}
    forms = {_fold(party.get("name"))}
    ent = party.get("entity")
    if isinstance(ent, int) and 0 <= ent < len(entities):
        forms |= {_fold(m if isinstance(m, str) else m.get("text")) for m in entities[ent].get("mentions", [])}
        forms.add(_fold(entities[ent].get("canonical")))
    return forms


def _gold(value: str) -> set[str]:
    return {_fold("" if v == "null" else v) for v in value.split("|")}


def compare(tsv: Path, out: Path) -> None:
    """Each annotated act next to Warta's parties; the counts of actor, recipient and both right."""
    rows = [r for r in csv.reader(tsv.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    n = {"acts": 0, "actor": 0, "recipient": 0, "both": 0, "noact": 0}
    for aid, num, typ, trig, actor, recipient, *note in rows:
        rec = json.loads((out / f"{aid}.json").read_text(encoding="utf-8"))
        ev, entities = rec["events"][int(num)], rec.get("entities", [])
        if note and "noact" in note[0]:
            n["noact"] += 1
            continue
        n["acts"] += 1
        got_a, got_r = _name(ev.get("actor")), _name(ev.get("recipient"))
        ok_a = bool(_forms(ev.get("actor"), entities) & _gold(actor))
        ok_r = bool(_forms(ev.get("recipient"), entities) & _gold(recipient))
        n["actor"] += ok_a
        n["recipient"] += ok_r
        n["both"] += ok_a and ok_r
        if not (ok_a and ok_r):
            print(f"{aid}#{num} {typ} {trig!r}: {' '.join(ev['text'].split())}")
            if not ok_a:
                print(f"    actor     gold {actor!r}  warta {got_a!r}")
            if not ok_r:
                print(f"    recipient gold {recipient!r}  warta {got_r!r}")
            if note:
                print(f"    note: {note[0]}")
    print(n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("verb", choices=["show", "compare"])
    ap.add_argument("args", nargs="*")
    ap.add_argument("--out", type=Path, default=Path("/work/pool/out_r40start"))
    a = ap.parse_args()
    if a.verb == "show":
        show(a.out, a.args or SAMPLE)
    else:
        compare(Path(a.args[0] if a.args else "notes/blind40_evparty.tsv"), a.out)


if __name__ == "__main__":
    main()
