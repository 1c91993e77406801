"""Round 27 (issue #13): a one-word given name or surname is counted by its bare uses, the convention
every pair file now follows. Another bearer written only in full ('Rudi Hartawan', 'Nusron Wahid',
'Jalan A Yani') calls no one by the short form; a bare use, alone or after a title ('kata Rudi',
'Kompol Rudi'), in an article without the person is another owner, and in an article that also writes
another full name of it is that man's whatever the story."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import _owner_in, decide, form_identity  # noqa: E402


def _num(c: Any, label: str, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def _own() -> dict[str, Any]:
    body = 'Kapolsek Cibeunying Rudi Santika mengatakan pelaku sudah ditahan. "Kami dalami," kata Rudi.'
    rec = record("r1", "Pelaku Ditahan", body, entities=[("Rudi Santika", "PER", ["Rudi"])])
    rec["entities"][0]["role"] = "Kapolsek Cibeunying"
    return rec


def _other(body: str) -> dict[str, Any]:
    return record("r2", "Rapat Anggaran", body, entities=[("Sumedang", "LOC", [])])


def test_another_bearer_written_only_in_full_is_no_other_owner(tmp_path: Path) -> None:
    recs = [_own(), _other("Rapat anggaran dipimpin Rudi Hartawan hingga malam di gedung dewan.")]
    with _ingest(tmp_path / "full.db", recs) as c:
        assert form_identity(c.store, "rudi", "PER") == _num(c, "PER", "rudi santika")


def test_a_bare_use_for_another_man_is_another_owner(tmp_path: Path) -> None:
    # his article calls him 'Rudi' after the full name: the short form names two men
    body = "Rapat anggaran dipimpin Rudi Hartawan hingga malam. Rudi meminta dinas hadir."
    with _ingest(tmp_path / "beside.db", [_own(), _other(body)]) as c:
        ident, why = decide(c.store, "rudi", "PER")
        assert ident is None and "another owner" in why
    # a title before it is still the bare form ('Kompol Rudi'), however the story
    with _ingest(tmp_path / "title.db", [_own(), _other("Rapat dibuka Kompol Rudi di aula polres.")]) as c:
        ident, why = decide(c.store, "rudi", "PER")
        assert ident is None and "another owner" in why


def test_a_name_word_before_the_form_makes_it_part_of_another_name() -> None:
    own = {"wahid", "santoso"}
    assert _owner_in("Judul\nMenteri ATR Nusron Wahid meninjau lahan.", "wahid", own) is None
    assert _owner_in("Judul\nMacet panjang terjadi di Jalan A Yani sore tadi.", "yani", {"yani"}) is None
    assert _owner_in('Judul\n"Kami siap," ujar Wahid kepada wartawan.', "wahid", own) == "alone"
    assert _owner_in("Judul\nBupati Wahid meresmikan pasar.", "wahid", own) == "alone"  # a title: bare
    assert _owner_in("Judul\nNusron Wahid hadir. Wahid lalu berpidato.", "wahid", own) == "other"
