"""A SQLite store deleted (or replaced) while `warta ingest` writes to it: SQLite goes on writing
to the open, unlinked file, so the run said 'ingested 282 new articles into del.db', exit 0,
and there was no del.db. The writer now checks, once a batch, that its file is still there: it
stops with one line saying the run's writes are gone, exit 1; a rerun stores the records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_testdata import SLOW, records, write_jsonl  # noqa: E402

from warta.cli import main
from warta.corpus import Corpus
from warta.corpus.ingest import ingest
from warta.corpus.store import StoreGone


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_ingest_stops_when_its_store_file_goes(tmp_path: Path, how: str) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", records(6))
    db = tmp_path / "c.db"

    def gone(_summary: object) -> None:
        if db.exists():
            os.unlink(db)
            if how == "replaced":
                db.write_bytes(b"")

    with pytest.raises(StoreGone, match=f"was {how}"):
        ingest([str(src)], str(db), jobs=0, exclude=SLOW.split(","), batch_size=2, progress=False, on_batch=gone)


def test_the_cli_says_so_and_a_rerun_stores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", records(6))
    db = tmp_path / "c.db"
    import importlib

    ingest_module = importlib.import_module("warta.corpus.ingest")

    real = ingest_module.ingest

    def deleting(*args: object, **kwargs: object) -> object:
        kwargs["on_batch"] = lambda _s: db.exists() and os.unlink(db)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "ingest", deleting)
    argv = ["ingest", "-j", "0", "--quiet", "--batch", "2", "--exclude", SLOW, "--db", str(db), str(src)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "was deleted while this run wrote to it" in err, err
    monkeypatch.setattr(ingest_module, "ingest", real)
    assert main(argv) == 0
    with Corpus(str(db), create=False) as c:
        assert c.store.scalar("SELECT COUNT(*) FROM articles") == 6
