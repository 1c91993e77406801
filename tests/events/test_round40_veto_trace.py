"""Round 40 (issue #12, tag evinc): the pool trace names the clause of detection's `incomplete`
veto that dropped each candidate, so that a party class's reach is counted before it is built."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import warta
import warta.events as events

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))


def _script():
    import events_veto_trace  # (a script, importable once scripts/ is on the path)

    return events_veto_trace


TEXT = (
    "Polres Bekasi menangkap Budi Santoso di rumahnya, Senin (3/11). "
    "Bantuan sembako disalurkan kepada korban banjir di Bekasi."
)


def test_a_veto_is_traced_to_its_clause():
    """A gift told in the passive with no giver and no one read is vetoed for want of both parties;
    the arrest before it is kept; the veto function is put back afterwards."""
    mod = _script()
    art = warta.read({"id": "x_1", "text": TEXT}, exclude=["summary", "tone", "themes", "events"])
    original = events._complete
    with mod.VetoWatch() as watch:
        rows = list(watch.rows("x_1", art))
    assert events._complete is original
    kept = [r for r in rows if r["fate"] == "kept"]
    assert [(r["type"], r["actor"], r["recipient"]) for r in kept] == [("COERCE", "Polres Bekasi", "Budi Santoso")]
    vetoed = [r for r in rows if r["fate"] == "incomplete"]
    assert len(vetoed) == 1 and vetoed[0]["type"] == "AID"
    assert "ev.actor is None and ev.recipient is None" in vetoed[0]["clause"]


def test_the_pool_is_read_line_by_line_and_counted(tmp_path):
    """Pool records are split on newlines only (texts carry U+2028), and the count groups the
    vetoes by clause."""
    mod = _script()
    pool = tmp_path / "pool.jsonl"
    pool.write_text(
        json.dumps({"id": "x_1", "text": TEXT.replace(". B", ".\u2028B")}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    rows = list(mod.trace_pool(pool, None))
    summary = mod.count(rows)
    assert "incomplete 1 in 1 articles" in summary
    assert "ev.actor is None and ev.recipient is None" in summary
