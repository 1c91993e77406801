"""Round 36 (issue #13, "repeatable: same input, same stories"): the same articles ingested in another
order, in two runs, or relinked give the same identities.

At ingest each article re-decides only the names it touches, so a name could keep what an earlier state
of the corpus decided for it ('Rosan' joined to 'Rosan Roeslani' or to 'Rosan Perkasa Roeslani' by which
came first; a name a rule dropped once never joined again). An ingest now ends by deciding every name
on the whole corpus (``warta.identity.settle``), and ``relink_all`` is that same decision."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import processed, record  # noqa: E402

from warta.corpus import Corpus, dedup  # noqa: E402
from warta.corpus.ingest import ingest  # noqa: E402
from warta.corpus.store import Processed, Store, unpack  # noqa: E402
from warta.identity import relink_all, settle_ingest  # noqa: E402

SHARED_NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "detik_2025.jsonl"


def _art(rid: str, body: str, *ents: tuple[str, str, list[str]]) -> dict[str, Any]:
    return record(rid, "Berita", body, entities=list(ents))


def _records() -> list[dict[str, Any]]:
    """Shapes whose links depended on arrival order on the detik_2025 store."""
    return [
        # a person's short name written for two full names of one man (the longer one hosts)
        _art("ro1", "Menteri Rosan Roeslani hadir. Rosan berbicara.", ("Rosan Roeslani", "PER", ["Rosan"])),
        _art("ro2", "Rosan Roeslani menjawab. Rosan menambahkan.", ("Rosan Roeslani", "PER", ["Rosan"])),
        _art(
            "ro3",
            "Rosan Perkasa Roeslani datang. Rosan tersenyum.",
            ("Rosan Perkasa Roeslani", "PER", ["Rosan"]),
        ),
        _art("ro4", "Rosan meninjau pabrik itu.", ("Rosan", "PER", [])),
        _art("ro5", "Rosan kembali meninjau pabrik.", ("Rosan", "PER", [])),
        # a ministry with and without its closing 'RI', and its acronym written for both
        _art(
            "ks1",
            "Kementerian Sosial (Kemensos) menyalurkan bansos. Kemensos mendata warga.",
            ("Kementerian Sosial", "ORG", ["Kemensos"]),
        ),
        _art(
            "ks2",
            "Kementerian Sosial RI (Kemensos) menyalurkan bantuan. Kemensos menambah kuota.",
            ("Kementerian Sosial RI", "ORG", ["Kemensos"]),
        ),
        _art(
            "ks3",
            "Kementerian Sosial Republik Indonesia (Kemensos) hadir. Kemensos menjawab.",
            ("Kementerian Sosial Republik Indonesia", "ORG", ["Kemensos"]),
        ),
        _art("ks4", "Kemensos membuka posko bantuan.", ("Kemensos", "ORG", [])),
        # one body's name in Indonesian and in English, one acronym the texts define for both
        _art(
            "im1",
            "Dana Moneter Internasional (IMF) memangkas proyeksi. IMF menilai ekonomi melambat.",
            ("Dana Moneter Internasional", "ORG", ["IMF"]),
        ),
        _art(
            "im2",
            "International Monetary Fund (IMF) merilis laporan. IMF menyebut risiko naik.",
            ("International Monetary Fund", "ORG", ["IMF"]),
        ),
        _art(
            "im3",
            "Dana Moneter Internasional (IMF) menaikkan proyeksi. IMF optimistis.",
            ("Dana Moneter Internasional", "ORG", ["IMF"]),
        ),
        _art("im4", "IMF menggelar pertemuan tahunan.", ("IMF", "ORG", [])),
        # a region's parliament under its province's short and full names
        _art("dj1", "DPRD Jatim menggelar rapat paripurna.", ("DPRD Jatim", "ORG", [])),
        _art("dj2", "DPRD Provinsi Jatim membahas anggaran.", ("DPRD Provinsi Jatim", "ORG", [])),
        _art("dj3", "DPRD Jawa Timur menyetujui perda.", ("DPRD Jawa Timur", "ORG", [])),
        _art("dj4", "DPRD Jawa Timur menolak usulan itu.", ("DPRD Jawa Timur", "ORG", [])),
    ]


def _ingest(db: Path, *runs: list[dict[str, Any]], ready: dict[str, Processed] | None = None) -> None:
    """``runs`` ingested one after another into ``db`` as ``warta ingest`` does, the records' reading
    given (``ready``: already read, by id; else built by the tests)."""
    from warta.sources import Item

    def reader(_rid: str, _origin: str, rec: dict[str, Any], *_: Any) -> Processed:
        return ready[rec["id"]] if ready else processed(rec)

    for run in runs:
        items = [Item(record=r, origin=f"test:{r['id']}") for r in run]
        ingest([], str(db), jobs=0, items=items, progress=False, reader=reader)


def _links(db: Path) -> set[tuple[str, str, str]]:
    """The live links by names: (name, into, reason)."""
    with Corpus(str(db)) as c:
        return {
            (str(a), str(b), str(r))
            for a, b, r in c.store.query(
                "SELECT e.key, t.key, l.reason FROM entity_links l JOIN entities e ON e.num = l.entity "
                "JOIN entities t ON t.num = l.target WHERE l.undone = 0"
            )
        }


def test_the_same_articles_in_any_order_give_the_same_links(tmp_path: Path) -> None:
    recs = _records()
    _ingest(tmp_path / "f.db", recs)
    _ingest(tmp_path / "r.db", recs[::-1])
    _ingest(tmp_path / "h.db", recs[1::2], recs[0::2])  # two runs: every other article, then the rest
    forward = _links(tmp_path / "f.db")
    assert {a for a, _, _ in forward} >= {"PER:rosan", "ORG:kemensos", "ORG:imf", "ORG:dprd jatim"}
    assert _links(tmp_path / "r.db") == forward
    assert _links(tmp_path / "h.db") == forward
    with Corpus(str(tmp_path / "f.db")) as c:
        assert relink_all(c.store) == 0
    assert _links(tmp_path / "f.db") == forward  # relinking gives the ingest's own links, reasons and all


def test_a_link_dropped_once_is_made_again_when_the_names_are_one(tmp_path: Path) -> None:
    # 'Kemensos' first joins the plain name; once the names with 'RI' and the state's words arrive,
    # all four are one body whichever arrived first, and relinking leaves them so
    recs = [r for r in _records() if r["id"].startswith("ks")]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        _ingest(tmp_path / name, order)
    assert _links(tmp_path / "f.db") == _links(tmp_path / "r.db")
    with Corpus(str(tmp_path / "r.db")) as c:
        keys = ["ORG:kemensos", "ORG:kementerian sosial", "ORG:kementerian sosial ri"]
        roots = {c.store.scalar("SELECT num FROM entities WHERE key = ?", (k,)) for k in keys}
        from warta.identity import root

        assert len({root(c.store, int(n)) for n in roots if n is not None}) == 1


def test_a_small_ingest_into_a_large_store_keeps_its_touched_links_until_relinked(tmp_path: Path) -> None:
    # deciding every name costs as much as the store: an ingest of a small share leaves it to relink_all
    recs = _records()
    _ingest(tmp_path / "s.db", recs[:-1])
    s = Store(str(tmp_path / "s.db"))
    try:
        before = s.scalar("SELECT COUNT(*) FROM entity_links")
        settle_ingest(s, 1)  # one article of seventeen: under the share
        assert s.scalar("SELECT COUNT(*) FROM entity_links") == before
    finally:
        s.close()


@pytest.mark.skipif(not SHARED_NEWS.exists(), reason=f"no {SHARED_NEWS} (the shared data is not here)")
def test_detik_records_replayed_in_reverse_give_the_same_links(tmp_path: Path) -> None:
    """Sixty detik_2025 articles, read once, then stored forward, reversed and in two runs."""
    lines = SHARED_NEWS.read_text(encoding="utf-8").splitlines()[:60]
    src = tmp_path / "read.db"
    with Corpus(str(src)) as c:
        c.ingest([_write(tmp_path / "in.jsonl", lines)], jobs=0)
    st = Store(str(src))
    ready = {}
    for key, sid, rec, body in st.query("SELECT id, source_id, record, body FROM articles ORDER BY num"):
        sig = dedup.signature(body or "")
        ready[str(sid)] = Processed(
            key, "replay", sid, unpack(rec), body, sig and sig.to_bytes(), sig and sig.n_shingles
        )
    st.close()
    recs = [{"id": sid, "text": p.text} for sid, p in ready.items()]
    _ingest(tmp_path / "f.db", recs, ready=ready)
    _ingest(tmp_path / "r.db", recs[::-1], ready=ready)
    _ingest(tmp_path / "h.db", recs[:20], recs[20:], ready=ready)
    forward = _links(tmp_path / "f.db")
    assert forward
    assert _links(tmp_path / "r.db") == forward
    assert _links(tmp_path / "h.db") == forward


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(json.dumps(json.loads(x), ensure_ascii=False) for x in lines) + "\n", "utf-8")
    return str(path)


def test_an_ingest_stopped_before_its_settle_is_settled_by_the_next(tmp_path: Path) -> None:
    # an ingest into an empty store counts evidence only; stopped before its end, it leaves evidence and
    # no link: the next ingest, however small, decides every name
    recs = _records()
    s = Store(str(tmp_path / "k.db"))
    try:
        from warta.identity import begin_ingest

        begin_ingest(s)
        for r in recs[:-1]:
            s.write_batch([processed(r)])
        assert not s.scalar("SELECT COUNT(*) FROM entity_links")  # stopped here: no settle
    finally:
        s.close()
    _ingest(tmp_path / "k.db", recs[-1:])
    _ingest(tmp_path / "f.db", recs)
    assert _links(tmp_path / "k.db") == _links(tmp_path / "f.db")
