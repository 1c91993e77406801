"""Round 7 (issue #13): name evidence for a common first name is checked against what the articles
writing only that name are about (co-mentions they share with the full name's articles, weighted by
rarity); a short first name one article short of evidence is joined when that context is strong."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers as _fillers  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import (
    processed,  # noqa: E402
    record,  # noqa: E402
)
from storydata import same_identity as _same  # noqa: E402

from warta.identity.name_words import given_names  # noqa: E402


def _dian(bare_with: str) -> list[dict[str, Any]]:
    recs = [
        record(
            f"d{i}",
            f"Perkara tambang {i}",
            f"Kepala Satgas V Dian Patria bersama Setyo Budiyanto memeriksa tambang {i}. Dian menambahkan.",
            entities=[("V Dian Patria", "PER", ["Dian"]), *([("Setyo Budiyanto", "PER", [])] if i == 0 else [])],
        )
        for i in range(3)
    ]
    return [
        *_fillers(),
        *recs,
        record(
            "dx",
            "Laga semalam",
            f"Dian mencetak gol bersama {bare_with} dalam laga semalam.",
            entities=[("Dian", "PER", []), (bare_with, "PER", [])],
        ),
    ]


def test_a_common_first_name_needs_shared_context(tmp_path: Path) -> None:
    assert "dian" in given_names()
    # the article writing only 'Dian' names nobody the full name's articles name: another Dian
    with _ingest(tmp_path / "a.db", _dian("Riko Simanjuntak")) as c:
        assert not _same(c, "Dian", "V Dian Patria")
    # it names a rare person they name too: the same Dian
    with _ingest(tmp_path / "b.db", _dian("Setyo Budiyanto")) as c:
        assert _same(c, "Dian", "V Dian Patria")


def _puan(bare_with: list[str]) -> list[dict[str, Any]]:
    return [
        *_fillers(),
        record(
            "p1",
            "Rapat paripurna",
            "Ketua DPR Puan Maharani bersama Hasto Kristiyanto dan Said Abdullah hadir. Puan menyatakan setuju.",
            entities=[
                ("Puan Maharani", "PER", ["Puan"]),
                ("Hasto Kristiyanto", "PER", []),
                ("Said Abdullah", "PER", []),
            ],
        ),
        record(
            "p2",
            "Kunjungan kerja",
            f"Puan meninjau pasar bersama {' dan '.join(bare_with)}.",
            entities=[("Puan", "PER", []), *((n, "PER", []) for n in bare_with)],
        ),
    ]


def test_a_short_first_name_one_article_short_joins_on_strong_context(tmp_path: Path) -> None:
    assert "puan" not in given_names()
    with _ingest(tmp_path / "a.db", _puan(["Hasto Kristiyanto", "Said Abdullah"])) as c:
        assert _same(c, "Puan", "Puan Maharani")
    # one rare co-mention is not enough to stand for the second article
    with _ingest(tmp_path / "b.db", _puan(["Hasto Kristiyanto"])) as c:
        assert not _same(c, "Puan", "Puan Maharani")
    with _ingest(tmp_path / "c.db", _puan(["Riko Simanjuntak"])) as c:
        assert not _same(c, "Puan", "Puan Maharani")


def test_a_foreign_city_named_like_its_country_or_region_stays_apart(tmp_path: Path) -> None:
    from warta.identity.names import foreign_region

    assert foreign_region("meksiko") and foreign_region("gaza")
    assert not foreign_region("makkah") and not foreign_region("bogor") and not foreign_region("jakarta")
    recs = [
        record(
            f"m{i}",
            f"Kabar {city}",
            f"Warga {city} dan Kota {city} berkumpul.",
            entities=[(city, "LOC", []), (f"Kota {city}", "LOC", [])],
        )
        for i, city in enumerate(("Meksiko", "Makkah"))
    ]
    with _ingest(tmp_path / "m.db", recs) as c:
        assert not _same(c, "Kota Meksiko", "Meksiko")  # the capital, not the country
        assert _same(c, "Kota Makkah", "Makkah")  # a city only


def test_an_acronym_its_own_articles_define_otherwise_stays_apart(tmp_path: Path) -> None:
    from warta.identity.names import defined_as, same_body

    assert defined_as("Dana Program Indonesia Pintar (PIP) cair.", "PIP") == ["program indonesia pintar"]
    assert defined_as("kata Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) kemarin", "BMKG") == [
        "badan meteorologi klimatologi dan geofisika"
    ]
    assert defined_as("di Jakarta (KPK) kemarin", "KPK") == []
    assert same_body("badan metereologi klimatologi dan geofisika", "badan meteorologi klimatologi dan geofisika")
    assert not same_body("pajak bumi dan bangunan", "perserikatan bangsa-bangsa")

    def recs(*bare: str) -> list[dict[str, Any]]:
        return [
            *(
                record(
                    f"u{i}",
                    f"Sidang {i}",
                    f"Perserikatan Bangsa-Bangsa (PBB) bersidang {i}. PBB menyatakan.",
                    entities=[("Perserikatan Bangsa-Bangsa", "ORG", ["PBB"])],
                )
                for i in range(2)
            ),
            *(record(f"u9{i}", f"Kabar {i}", b, entities=[("PBB", "ORG", [])]) for i, b in enumerate(bare)),
        ]

    with _ingest(tmp_path / "a.db", recs("Tarif Pajak Bumi dan Bangunan (PBB) naik. PBB dibayar warga.")) as c:
        assert not _same(c, "PBB", "Perserikatan Bangsa-Bangsa")  # another body under one acronym
    with _ingest(tmp_path / "b.db", recs("Sidang PBB di New York dibuka.")) as c:
        assert _same(c, "PBB", "Perserikatan Bangsa-Bangsa")
    # one stray definition among the articles writing only 'PBB' leaves the dominant reading
    un = [f"Sidang PBB ke-{i} di New York dibuka." for i in range(5)]
    with _ingest(tmp_path / "c.db", recs("Tarif Pajak Bumi dan Bangunan (PBB) naik.", *un)) as c:
        assert _same(c, "PBB", "Perserikatan Bangsa-Bangsa")


def test_a_surname_no_article_wrote_joins_its_only_bearer_on_strong_context(tmp_path: Path) -> None:
    def recs(bare_with: list[str], second: bool = False) -> list[dict[str, Any]]:
        out = [
            *_fillers(),
            record(
                "o1",
                "Gedung Putih",
                "Mantan presiden Barack Obama bertemu Kamala Harris dan Nancy Pelosi di Washington.",
                entities=[("Barack Obama", "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
            ),
            record(
                "o2",
                "Pidato",
                f"Obama berpidato bersama {' dan '.join(bare_with)}.",
                entities=[("Obama", "PER", []), *((n, "PER", []) for n in bare_with)],
            ),
        ]
        if second:
            out.append(record("o3", "Kenya", "Auma Obama berbicara.", entities=[("Auma Obama", "PER", [])]))
        return out

    with _ingest(tmp_path / "a.db", recs(["Kamala Harris", "Nancy Pelosi"])) as c:
        assert _same(c, "Obama", "Barack Obama")
        # decided again when a second bearer arrives later
        c.store.write_batch(
            [processed(record("o3", "Kenya", "Auma Obama berbicara.", entities=[("Auma Obama", "PER", [])]))]
        )
        assert not _same(c, "Obama", "Barack Obama")
    with _ingest(tmp_path / "b.db", recs(["Kamala Harris"])) as c:
        assert not _same(c, "Obama", "Barack Obama")  # one rare co-mention: too little context
    with _ingest(tmp_path / "d.db", recs(["Kamala Harris", "Nancy Pelosi"], second=True)) as c:
        assert not _same(c, "Obama", "Barack Obama")  # a second bearer stored first
    *fill, full, bare = recs(["Kamala Harris", "Nancy Pelosi"])
    with _ingest(tmp_path / "c.db", [*fill, bare, full]) as c:
        assert _same(c, "Obama", "Barack Obama")  # the bare name first: decided again when the full one arrives


def test_no_sole_bearer_among_misread_phrases(tmp_path: Path) -> None:
    recs = [
        *_fillers(),
        record(
            "w1",
            "Sejarah",
            "Perang Diponegoro dikenang bersama Kamala Harris dan Nancy Pelosi.",
            entities=[("Perang Diponegoro", "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
        ),
        record(
            "w2",
            "Pahlawan",
            "Diponegoro dikenang bersama Kamala Harris dan Nancy Pelosi.",
            entities=[("Diponegoro", "PER", []), ("Kamala Harris", "PER", []), ("Nancy Pelosi", "PER", [])],
        ),
    ]
    with _ingest(tmp_path / "w.db", recs) as c:
        assert not _same(c, "Diponegoro", "Perang Diponegoro")  # 'perang' is a dictionary word


def test_state_continent_and_legal_form_words(tmp_path: Path) -> None:
    pairs = [("Federasi Rusia", "Rusia", "LOC"), ("Republik Korea", "Korea", "LOC"), ("Benua Afrika", "Afrika", "LOC")]
    pairs += [("Perum Bulog", "Bulog", "ORG"), ("Lippo Grup", "Lippo", "ORG")]
    recs = [
        record(f"s{i}", long, f"Kabar {long} dan {bare}.", entities=[(long, label, []), (bare, label, [])])
        for i, (long, bare, label) in enumerate(pairs)
    ]
    with _ingest(tmp_path / "s.db", recs) as c:
        assert _same(c, "Federasi Rusia", "Rusia") and _same(c, "Benua Afrika", "Afrika")
        assert not _same(c, "Republik Korea", "Korea")  # the gazetteer's 'Korea' is a peninsula, no country
        assert _same(c, "Perum Bulog", "Bulog") and _same(c, "Lippo Grup", "Lippo")


def test_a_place_named_after_a_place_is_no_expansion_of_it(tmp_path: Path) -> None:
    recs = [
        record(
            f"b{i}",
            f"Wisata {i}",
            f"Wisatawan memadati Pantai Kuta hari ke-{i}. Kuta ramai.",
            entities=[("Pantai Kuta", "LOC", ["Kuta"])],
        )
        for i in range(3)
    ]
    recs.append(record("b9", "Kuta", "Kuta diguyur hujan.", entities=[("Kuta", "LOC", [])]))
    with _ingest(tmp_path / "b.db", recs) as c:
        assert not _same(c, "Kuta", "Pantai Kuta")  # the beach is named after the place
