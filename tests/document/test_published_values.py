"""A record's ``published`` that is not an ISO date is read as a day when it is one written
another common way (``22/10/2025``, ``Rabu, 22 Oktober 2025 10:00 WIB`` as detik prints it),
and otherwise dropped with a warning that keeps the value. It used to be cut to ten characters
whatever it was (``Rabu, 22 O``): the value was lost, the dates layer had no anchor, and the
corpus stored ``Rabu, 22 O`` as the day, which passes every ``--since`` filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta
from warta.corpus import Corpus

TEXT = "Jakarta - Gubernur Pramono Anung meninjau banjir di Kampung Melayu pada Rabu (22/10). Warga mengungsi."


@pytest.mark.parametrize(
    ("given", "day"),
    [
        ("2025-10-22", "2025-10-22"),
        ("2025-10-22T10:00:00+07:00", "2025-10-22"),
        ("2025-10-22 10:00:00", "2025-10-22"),
        ("22/10/2025", "2025-10-22"),
        ("22-10-2025 10:00", "2025-10-22"),
        ("Rabu, 22 Oktober 2025 10:00 WIB", "2025-10-22"),
        ("Rabu, 22 Okt 2025 10:00 WIB", "2025-10-22"),
        ("22 Oct 2025", "2025-10-22"),
        ("October 22, 2025", "2025-10-22"),
        ("2025/10/22", "2025-10-22"),
    ],
)
def test_a_published_day_written_another_way_is_read(given: str, day: str) -> None:
    rec = warta.read({"text": TEXT, "published": given}).to_dict()
    assert rec["published"] == day
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [("Rabu (22/10)", "2025-10-22")]
    assert not rec["warnings"]


@pytest.mark.parametrize("given", ["not a date", "2025-13-45", "31/02/2025", "kemarin sore", "99999999999"])
def test_a_published_that_is_no_date_is_dropped_with_a_warning(given: str) -> None:
    rec = warta.read({"text": TEXT, "published": given}).to_dict()
    assert rec["published"] is None
    assert any(given in w and "published" in w for w in rec["warnings"]), rec["warnings"]


def test_the_corpus_stores_no_day_that_is_not_one(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    recs = [
        {"id": "a", "text": TEXT, "published": "not a date"},
        {"id": "b", "text": TEXT.replace("Warga", "Para warga"), "published": "Rabu, 22 Okt 2025 10:00 WIB"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    with Corpus(str(tmp_path / "p.db")) as c:
        c.ingest([str(src)], jobs=0)
        days = dict(c.store.query("SELECT source_id, published FROM articles"))
        assert days == {"a": None, "b": "2025-10-22"}
        assert {h.id for h in c.search("banjir", since="2025-10-01", collapse=False)} == {"b"}
