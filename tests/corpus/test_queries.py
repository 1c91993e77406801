"""Store and queries on both backends, with hand-made records (so only the corpus code is tested).

Four articles: a1 (Prabowo on inflation, detik), a2 (a near-copy of a1 carried by kompas, one
sentence changed), a3 (Anies on floods, kompas), a4 (Prabowo on defence, antara).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from warta.corpus import Corpus, StoreError, dedup
from warta.corpus.export import GKG_COLUMNS
from warta.corpus.schema import SCHEMA_VERSION
from warta.corpus.store import Processed, Store

INFLASI = (
    "Presiden Prabowo Subianto mengatakan inflasi nasional tetap terkendali di kisaran dua persen sepanjang tahun ini. "
    "Menurut Prabowo, capaian itu berkat kerja sama pemerintah pusat, pemerintah daerah, dan Bank Indonesia dalam "
    "menjaga pasokan pangan. Ia meminta para kepala daerah terus memantau harga beras, cabai, dan bawang merah di pasar "
    "tradisional setiap pekan. Bank Indonesia memperkirakan laju inflasi tahun depan masih berada dalam sasaran. "
    "Pemerintah juga menyiapkan operasi pasar di daerah yang harga pangannya naik paling tinggi menjelang akhir tahun. "
    '"Inflasi kita termasuk yang terendah di antara negara G20," kata Prabowo di Jakarta.'
)
BANJIR = (
    "Gubernur Anies Baswedan meninjau lokasi banjir di Kampung Melayu, Jakarta Timur, pada Senin pagi. Ratusan warga "
    "mengungsi ke masjid dan sekolah terdekat setelah air sungai Ciliwung meluap sejak dini hari. Petugas pemadam "
    "kebakaran dan relawan membantu mengevakuasi warga lanjut usia dengan perahu karet. Anies meminta dinas sumber daya "
    'air mempercepat pengerukan sungai sebelum puncak musim hujan. "Kami siapkan pompa tambahan di titik rawan," ujar Anies.'
)
PERTAHANAN = (
    "Presiden Prabowo Subianto meresmikan pangkalan militer baru di Natuna untuk memperkuat pertahanan wilayah perbatasan. "
    "Pangkalan itu dilengkapi landasan pesawat tempur, dermaga kapal perang, dan radar pengawas udara. Prabowo menyebut "
    "kehadiran pangkalan ini akan meningkatkan kesiapan prajurit menjaga kedaulatan di Laut Natuna Utara. "
    '"Kita tidak ingin berperang, tetapi kita harus siap," tegas Prabowo.'
)


def _ent(
    name: str, label: str, text: str, role: str | None = None, geo: dict[str, Any] | None = None
) -> dict[str, Any]:
    word = name.split()[0]
    mentions = []
    pos = text.find(word)
    while pos >= 0:
        mentions.append({"text": word, "start": pos, "end": pos + len(word)})
        pos = text.find(word, pos + 1)
    return {
        "canonical": name,
        "label": label,
        "role": role,
        "country": "ID" if geo else None,
        "geo": geo,
        "mentions": mentions,
    }


def _quote(text: str, body: str, speaker: str, entity: int | None) -> dict[str, Any]:
    start = body.find(text)
    return {
        "kind": "direct",
        "text": text,
        "start": start,
        "end": start + len(text),
        "speaker": speaker,
        "speaker_entity": entity,
        "speaker_span": None,
        "cue": "kata",
        "cue_lemma": "kata",
        "cue_span": None,
        "via": None,
        "attribution": None,
    }


def _record(
    rid: str, title: str, body: str, outlet: str, day: str, entities: list, quotes: list, themes: list
) -> dict[str, Any]:
    return {
        "warta_version": "test",
        "id": rid,
        "title": title,
        "url": f"https://{outlet}/berita/{rid}",
        "published": day,
        "outlet": outlet,
        "meta": {},
        "language": {"code": "id"},
        "dateline": {"outlet": None, "place": "Jakarta", "start": 0, "end": 7},
        "headings": [],
        "body": body,
        "paragraphs": [{"start": 0, "end": len(body)}],
        "sentences": [{"start": 0, "end": len(body), "text": body, "paragraph": 0}],
        "token_count": len(body.split()),
        "furniture": [],
        "entities": entities,
        "quotes": quotes,
        "dates": [
            {
                "text": "Senin",
                "start": 0,
                "end": 5,
                "value": day,
                "granularity": "day",
                "end_value": None,
                "reference": None,
                "flags": [],
            }
        ],
        "amounts": [
            {
                "text": "dua persen",
                "start": 10,
                "end": 20,
                "value": 2.0,
                "kind": "percent",
                "unit": "%",
                "currency": None,
            }
        ],
        "summary": [],
        "tone": {"tone": -1.5, "positive": 2.0, "negative": 3.5},
        "themes": themes,
        "warnings": [],
    }


def _processed(rec: dict[str, Any]) -> Processed:
    sig = dedup.signature(rec["body"])
    assert sig is not None
    return Processed(
        id="u-" + rec["id"],
        origin=f"test:{rec['id']}",
        source_id=rec["id"],
        record=rec,
        text=rec["body"],
        sig=sig.to_bytes(),
        n_shingles=sig.n_shingles,
    )


def make_records() -> list[dict[str, Any]]:
    jkt = {
        "lat": -6.2,
        "lon": 106.8,
        "geonames_id": 1642911,
        "province": "DKI Jakarta",
        "province_code": "ID-JK",
        "feature": "city",
    }
    q1 = "Inflasi kita termasuk yang terendah di antara negara G20,"
    a1 = _record(
        "a1",
        "Prabowo: Inflasi Terkendali",
        INFLASI,
        "detik.com",
        "2025-10-20",
        [
            _ent("Prabowo Subianto", "PER", INFLASI, "Presiden"),
            _ent("Bank Indonesia", "ORG", INFLASI),
            _ent("Jakarta", "LOC", INFLASI, geo=jkt),
        ],
        [_quote(q1, INFLASI, "Prabowo Subianto", 0)],
        [{"theme": "ekonomi", "score": 0.8}],
    )
    body2 = INFLASI.replace("Ia meminta para kepala daerah", "Prabowo juga meminta seluruh gubernur dan bupati")
    a2 = _record(
        "a2",
        "Inflasi RI Terendah di G20, Kata Prabowo",
        body2,
        "kompas.com",
        "2025-10-21",
        [_ent("Prabowo Subianto", "PER", body2, "Presiden"), _ent("Bank Indonesia", "ORG", body2)],
        [_quote(q1, body2, "Prabowo Subianto", 0)],
        [{"theme": "ekonomi", "score": 0.7}],
    )
    q3 = "Kami siapkan pompa tambahan di titik rawan,"
    a3 = _record(
        "a3",
        "Anies Tinjau Banjir Kampung Melayu",
        BANJIR,
        "kompas.com",
        "2025-09-01",
        [_ent("Anies Baswedan", "PER", BANJIR, "Gubernur"), _ent("Jakarta", "LOC", BANJIR, geo=jkt)],
        [_quote(q3, BANJIR, "Anies Baswedan", 0)],
        [{"theme": "bencana", "score": 0.9}],
    )
    q4 = "Kita tidak ingin berperang, tetapi kita harus siap,"
    a4 = _record(
        "a4",
        "Prabowo Resmikan Pangkalan Militer di Natuna",
        PERTAHANAN,
        "antaranews.com",
        "2025-10-22",
        [_ent("Prabowo Subianto", "PER", PERTAHANAN, "Presiden"), _ent("Natuna", "LOC", PERTAHANAN)],
        [_quote(q4, PERTAHANAN, "Prabowo", 0)],
        [{"theme": "pertahanan", "score": 0.9}],
    )
    return [a1, a2, a3, a4]


@pytest.fixture
def corpus(db: str) -> Corpus:
    c = Corpus(db)
    res = c.store.write_batch([_processed(r) for r in make_records()])
    assert res.stored == 4
    assert res.duplicates == 1  # a2 joins a1's group
    yield c
    c.close()


def test_near_copy_grouped(corpus: Corpus) -> None:
    assert corpus.duplicates_of("a2") == ["a1", "a2"]  # by its own id…
    assert corpus.duplicates_of("u-a3") == ["a3"]  # … or its internal key


def test_search_ranked_highlighted_collapsed(corpus: Corpus) -> None:
    hits = corpus.search("inflasi")
    assert [h.id for h in hits] == ["a1"]  # a2 collapsed into a1's group
    assert hits[0].copies == 2
    assert "[inflasi]" in hits[0].snippet.lower()
    assert {h.id for h in corpus.search("inflasi", collapse=False)} == {"a1", "a2"}
    ranked = corpus.search("Prabowo")
    assert {h.group for h in ranked} == {"u-a1", "u-a4"}  # one hit per group (its best copy)
    assert ranked[0].score >= ranked[1].score
    assert corpus.search("zzzkatatakada") == []
    assert corpus.search("!!!") == []


def test_search_syntax(corpus: Corpus) -> None:
    assert [h.id for h in corpus.search('"pangkalan militer"')] == ["a4"]
    assert {h.id for h in corpus.search("banjir OR natuna")} == {"a3", "a4"}
    assert [h.id for h in corpus.search("Prabowo -inflasi")] == ["a4"]


def test_search_filters(corpus: Corpus) -> None:
    assert [h.id for h in corpus.search("inflasi", outlet="kompas.com")] == ["a2"]
    assert [h.id for h in corpus.search("Prabowo", since="2025-10-22")] == ["a4"]
    assert [h.id for h in corpus.search("Jakarta", until="2025-09")] == ["a3"]
    assert [h.id for h in corpus.search("Jakarta", entity="Anies")] == ["a3"]
    assert [h.id for h in corpus.search("Prabowo", theme="pertahanan")] == ["a4"]
    assert corpus.search("Prabowo", entity="Tidak Ada Orangnya") == []


def test_quotes_by_speaker_and_topic(corpus: Corpus) -> None:
    said = corpus.quotes("Prabowo")
    texts = [q.text for q in said]
    assert len(texts) == 2  # a1/a2's shared quote collapsed, plus a4's
    assert said[0].published == "2025-10-22" and said[0].outlet == "antaranews.com"
    assert any(q.copies == 2 for q in said)
    about = corpus.quotes("prabowo subianto", about="inflasi")
    assert [q.text for q in about] == ["Inflasi kita termasuk yang terendah di antara negara G20,"]
    assert about[0].url.startswith("https://")
    assert [q.speaker for q in corpus.quotes("Anies")] == ["Anies Baswedan"]
    assert corpus.quotes("Anies", about="inflasi") == []


def test_entity_profile(corpus: Corpus) -> None:
    p = corpus.entity("prabowo")
    assert p is not None
    assert (p.name, p.label, p.articles) == ("Prabowo Subianto", "PER", 3)
    assert p.timeline == [("2025-10-20", 1), ("2025-10-21", 1), ("2025-10-22", 1)]
    assert p.roles == [("Presiden", 3)]
    assert ("Bank Indonesia", "ORG", 2) in p.co_occurring
    assert p.quotes[0].copies == 2
    assert corpus.entity("Nama Yang Tidak Ada") is None
    jkt = corpus.entity("jakarta", label="LOC")
    assert jkt is not None and jkt.articles == 2


def test_stats(corpus: Corpus) -> None:
    st = corpus.stats()
    assert st["articles"] == 4
    assert st["duplicates"] == 1 and st["duplicate_groups"] == 1
    assert dict(st["by_outlet"]) == {"kompas.com": 2, "detik.com": 1, "antaranews.com": 1}
    assert dict(st["by_day"])["2025-10-20"] == 1
    assert dict(st["by_theme"])["ekonomi"] == 2
    assert st["schema_version"] == SCHEMA_VERSION


def test_idempotent_write_and_errors(corpus: Corpus) -> None:
    s = corpus.store
    again = s.write_batch([_processed(make_records()[0])])
    assert (again.stored, again.skipped) == (0, 1)
    s.write_batch([], [("k1", "f.jsonl:3", None, "invalid JSON")])
    s.write_batch([], [("k1", "f.jsonl:3", None, "invalid JSON: again")])
    assert [e["reason"] for e in corpus.errors()] == ["invalid JSON: again"]
    rec = make_records()[2]
    rec["url"] = "https://kompas.com/other"
    p = _processed(rec)
    p.id = "k1"  # a record that failed before and now succeeds clears its error row
    s.write_batch([p])
    assert corpus.errors() == []
    assert len(corpus) == 5


def test_export_formats(corpus: Corpus, tmp_path: Path) -> None:
    buf = io.StringIO()
    assert corpus.export(buf, "jsonl") == 4
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [r["id"] for r in recs] == ["a1", "a2", "a3", "a4"]  # the records' own ids
    assert recs[1]["corpus"]["dup_of"] == "u-a1" and recs[1]["corpus"]["key"] == "u-a2"
    buf = io.StringIO()
    assert corpus.export(buf, "csv", outlet="kompas.com") == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["id"] for r in rows] == ["a2", "a3"] and rows[1]["persons"] == "Anies Baswedan"
    pq_path = tmp_path / "out.parquet"
    assert corpus.export(pq_path, "parquet", since="2025-10-01") == 3
    import pyarrow.parquet as pq

    assert pq.read_table(pq_path).column("id").to_pylist() == ["a1", "a2", "a4"]
    buf = io.StringIO()
    assert corpus.export(buf, "gkg", unique=True) == 3
    lines = buf.getvalue().splitlines()
    assert lines[0].split("\t") == GKG_COLUMNS
    row = dict(zip(GKG_COLUMNS, lines[1].split("\t"), strict=True))
    assert row["V2.1DATE"] == "20251020000000"
    assert row["V2ENHANCEDPERSONS"].startswith("Prabowo,")
    assert row["V2ENHANCEDLOCATIONS"].startswith("4#Jakarta#ID#ID-JK##-6.2#106.8#1642911#")
    off, length, verb, text = row["V2.1QUOTATIONS"].split("|")
    assert INFLASI[int(off) : int(off) + int(length)] == text and verb == "kata"
    assert row["WARTA_SPEAKERS"] == f"{off}|Prabowo Subianto|PER|direct"
    assert row["V1.5TONE"].startswith("-1.5,2,3.5,")
    assert row["V2.1AMOUNTS"] == "2,%,10"


def test_schema_version_and_migration(db: str) -> None:
    with Store(db) as s:
        assert s.version() == SCHEMA_VERSION
        s.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (99, "future"))
    with pytest.raises(StoreError, match="newer than this Warta"):
        Store(db)


def test_missing_sqlite_corpus(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no corpus at"):
        Corpus(tmp_path / "nope.db", create=False)


def test_quotes_corpus_mode_cli(corpus: Corpus, capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    assert main(["quotes", "--db", corpus.db, "--speaker", "Prabowo", "--about", "G20", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["speaker"], r["outlet"], r["published"]) for r in rows] == [
        ("Prabowo Subianto", "detik.com", "2025-10-20")
    ]
    assert rows[0]["copies"] == 2 and rows[0]["url"] == "https://detik.com/berita/a1"
    assert main(["quotes", "--db", corpus.db, "--speaker", "Anies"]) == 0
    out = capsys.readouterr().out
    assert "Anies Baswedan — kata — " in out and "kompas.com" in out


def test_story_found_through_a_copy_that_reads_differently(corpus: Corpus) -> None:
    """Only u-a2 (a near copy of u-a1 with other words) says "bupati": the story is found, once."""
    hits = corpus.search("bupati")
    assert [(h.id, h.group, h.copies) for h in hits] == [("a2", "u-a1", 2)]
    assert corpus.search("bupati", outlet="detik.com") == []  # u-a1 passes the filter but lacks the word
    assert [h.id for h in corpus.search("bupati", since="2025-10-21")] == ["a2"]


def test_filtered_search_takes_the_first_copy_that_passes(corpus: Corpus) -> None:
    """Exact copies of u-a1 and of u-a2 added later: each filter shows the first copy passing it."""
    recs = {r["id"]: r for r in make_records()}
    copies = []
    for src, rid, outlet, day in [("a1", "a5", "liputan6.com", "2025-10-23"), ("a2", "a6", "tempo.co", "2025-10-24")]:
        r = json.loads(json.dumps(recs[src]))
        r.update(id=rid, outlet=outlet, published=day, url=f"https://{outlet}/{rid}")
        copies.append(_processed(r))
    assert corpus.search("inflasi", outlet="liputan6.com") == []  # (what a search keeps is dropped on writing)
    assert [h.id for h in corpus.search("inflasi", entity="Bank Indonesia")] == ["a1"]
    res = corpus.store.write_batch(copies)
    assert res.duplicates == 2
    assert [(h.id, h.copies) for h in corpus.search("inflasi")] == [("a1", 4)]
    assert [h.id for h in corpus.search("inflasi", outlet="liputan6.com")] == ["a5"]
    assert [h.id for h in corpus.search("inflasi", since="2025-10-22")] == ["a5"]
    assert [h.id for h in corpus.search("bupati", outlet="tempo.co")] == ["a6"]
    assert [h.id for h in corpus.search("inflasi", outlet="tempo.co")] == ["a6"]
    assert [h.id for h in corpus.search("inflasi", entity="Bank Indonesia", since="2025-10-23")] == ["a5"]
    assert {h.id for h in corpus.search("inflasi", collapse=False)} == {"a1", "a2", "a5", "a6"}
    if corpus.store.dialect == "sqlite":  # one indexed reading per distinct text
        assert corpus.store.query("SELECT num, reading FROM readings ORDER BY num") == [(2, 2), (6, 2)]
        assert corpus.store.scalar("SELECT COUNT(*) FROM groups_fts_docsize") == 4


def test_filtered_search_past_its_scan_ranks_every_copy(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filter that lets few stories through ends in ranking every copy: the same hits."""
    import warta.corpus.search as search_mod

    cases = [("Prabowo", {"outlet": "kompas.com"}), ("inflasi", {"entity": "Bank Indonesia"}), ("bupati", {})]
    want = [[h.id for h in corpus.search(q, **f)] for q, f in cases]
    monkeypatch.setattr(search_mod, "STORY_SCAN", 0)
    ranked = corpus._ranked_sqlite if corpus.store.dialect == "sqlite" else None
    calls = []
    if ranked is not None:
        monkeypatch.setattr(corpus, "_ranked_sqlite", lambda *a: calls.append(a) or ranked(*a))
    assert [[h.id for h in corpus.search(q, **f)] for q, f in cases] == want
    assert len(calls) == (2 if ranked is not None else 0)  # the two filtered searches
    assert want[0] == ["a2"] and want[2] == ["a2"]


def test_migration_from_version_1(empty_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store made by schema version 1 (no story index) is upgraded in place when opened."""
    import warta.corpus.store as store_mod

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 1)
    with Store(empty_db) as s:
        assert s.version() == 1
        s.write_batch([_processed(r) for r in make_records()])
    monkeypatch.undo()
    with Corpus(empty_db) as c:
        assert c.store.version() == SCHEMA_VERSION
        hits = c.search("inflasi")
        assert [(h.group, h.copies) for h in hits] == [("u-a1", 2)]
        assert [h.outlet for h in c.search("inflasi", outlet="KOMPAS.com", collapse=False)] == ["kompas.com"]
        assert [h.id for h in c.search("bupati")] == ["a2"]  # version 5 indexed u-a2's own reading


def test_migration_from_version_2_adds_filter_indexes(empty_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Version 3 adds the folded outlet/theme indexes the filtered search relies on."""
    import warta.corpus.store as store_mod

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 2)
    with Store(empty_db) as s:
        s.write_batch([_processed(r) for r in make_records()])
    monkeypatch.undo()
    with Corpus(empty_db) as c:
        assert c.store.version() == store_mod.SCHEMA_VERSION
        if c.store.dialect == "sqlite":
            names = {r[0] for r in c.store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        else:
            names = {
                r[0] for r in c.store.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
            }
        assert {"articles_outlet_folded", "themes_theme_folded"} <= names
        assert [h.group for h in c.search("inflasi", outlet="kompas.com")] == ["u-a1"]
