"""Crash safety: ``kill -9`` the ingest writer at random moments, rerun, and check that every
input record is stored exactly once and no good record left an error row (both backends)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from corpus_testdata import SLOW, records, write_jsonl

from warta.corpus import Corpus

N = 300  # enough that a run is still going when the kill lands, even on a quiet machine


def _count(db: str) -> int:
    try:
        with Corpus(db) as c:
            return len(c)
    except Exception:  # noqa: BLE001 - the store may not exist yet
        return 0


def _children(pid: int) -> list[int]:
    try:
        out = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(x) for x in (task / "children").read_text().split()]
        return out
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_sigkill_at_random_points_then_rerun(db: str, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", records(N))
    cmd = [
        sys.executable,
        "-m",
        "warta",
        "ingest",
        str(src),
        "--db",
        db,
        "-j",
        "2",
        "--batch",
        "5",
        "--exclude",
        SLOW,
        "--quiet",
    ]
    rng = random.Random(7)
    mid_run_kills = 0
    last = 0
    for round_ in range(4):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if last >= N:
            break
        target = rng.randint(last + 1, last + max(1, (N - last) // 4))
        deadline = time.monotonic() + 60
        while proc.poll() is None and _count(db) < target and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.random() * 0.01)
        workers = _children(proc.pid)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _count(db)
        assert now >= last, "a kill must never lose committed records"
        if proc.returncode == -signal.SIGKILL and 0 < now < N:
            mid_run_kills += 1
        last = now
        if round_ == 0:  # the writer's workers notice it died and exit on their own
            deadline = time.monotonic() + 5
            while any(_alive(w) for w in workers) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not any(_alive(w) for w in workers), "orphaned worker processes"
    assert mid_run_kills >= 3, "the kills should land in the middle of runs"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Corpus(db) as c:
        ids = [r[0] for r in c.store.query("SELECT source_id FROM articles")]
        assert sorted(ids) == sorted(f"r{i}" for i in range(N))  # each record exactly once
        assert c.errors() == []
        assert int(c.store.scalar("SELECT COUNT(*) FROM minhash")) == N
        # child rows were written in the same transactions: no article lacks its LSH rows
        assert int(c.store.scalar("SELECT COUNT(DISTINCT article) FROM lsh")) == N


def _two_ingests_together(db: str, tmp_path: Path) -> None:
    recs = records(60)
    fwd = write_jsonl(tmp_path / "fwd.jsonl", recs)
    rev = write_jsonl(tmp_path / "rev.jsonl", list(reversed(recs)))
    keep_entities = ",".join(x for x in SLOW.split(",") if x != "entities")

    def cmd(src: Path) -> list[str]:
        return [sys.executable, "-m", "warta", "ingest", str(src), "--db", db, "-j", "1", "--batch", "3"] + [
            "--exclude",
            keep_entities,
            "--quiet",
        ]

    procs = [subprocess.Popen(cmd(src), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for src in (fwd, rev)]
    outs = [p.communicate(timeout=180)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Corpus(db) as c:
        ids = [r[0] for r in c.store.query("SELECT source_id FROM articles")]
        assert sorted(ids) == sorted(r["id"] for r in recs)
        assert c.errors() == []
        keys = [r[0] for r in c.store.query("SELECT key FROM entities")]
        assert keys and len(keys) == len(set(keys))
        assert int(c.store.scalar("SELECT COUNT(*) FROM mentions")) > 0


def test_two_ingests_start_together_on_a_new_store(empty_db: str, tmp_path: Path) -> None:
    """Both runs create the schema at once and write overlapping records (and entities) in
    opposite orders: both succeed, every distinct record is stored once, no entity twice."""
    _two_ingests_together(empty_db, tmp_path)


def test_two_ingests_together_on_an_existing_store(db: str, tmp_path: Path) -> None:
    """The same on a store that exists: the writers meet on records and entities only."""
    _two_ingests_together(db, tmp_path)
