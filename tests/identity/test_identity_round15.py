"""Round 15 (issue #13): kind words and the bare names they leave, on made-up names.

A field noun after a ministry word is no name; a coordinating ministry and a legal form's sector word
are kind words; a regional legislature is a regional office; a kind-word name whose bare form is no
stored entity follows the identity the corpus writes that form for, a ministry only a ministry."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_root as _same  # noqa: E402

from warta.identity import core, generic_bare  # noqa: E402


def test_a_field_noun_after_a_ministry_word_is_no_name() -> None:
    assert generic_bare("kelautan", "kementerian")  # ke-…-an: every government has one
    assert generic_bare("perkebunan", "kemenko")  # pe(r)-…-an
    assert not generic_bare("kelautan", "bank")  # only after a ministry word
    assert not generic_bare("komdigi", "kementerian")  # an acronym-like name
    assert not generic_bare("esdm", "kementerian")  # a short lexicon entry is no field word


def test_sector_word_after_a_legal_form_and_coordinating_ministry_are_kind_words() -> None:
    assert core("pt asuransi sentosa", "ORG") == ("sentosa", "pt")
    assert core("pt bank sentosa", "ORG") == ("sentosa", "pt")
    assert core("pt pupuk sentosa", "ORG") == ("pupuk sentosa", "pt")  # not a sector word of the list
    assert core("kemenko xyz", "ORG") == ("xyz", "kemenko")


def test_ministry_of_a_field_stays_apart_from_the_bare_field(tmp_path: Path) -> None:
    body = "Kementerian Kelautan menggelar rapat. Sektor Kelautan tumbuh pesat tahun ini."
    recs = [
        record("k1", "Rapat", body, entities=[("Kementerian Kelautan", "ORG", [])]),
        record("k2", "Sektor", "Kelautan menjadi andalan daerah pesisir.", entities=[("Kelautan", "ORG", [])]),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "ORG", "kementerian kelautan", "kelautan")


def test_an_acronym_after_a_ministry_word_still_joins(tmp_path: Path) -> None:
    recs = [
        record("k1", "Rapat", "Kementerian XYZ menggelar rapat.", entities=[("Kementerian XYZ", "ORG", [])]),
        record("k2", "Sektor", "XYZ menyiapkan program baru.", entities=[("XYZ", "ORG", [])]),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _same(c, "ORG", "kementerian xyz", "xyz")


def _written_bare(full: str, kind_name: str) -> list[dict[str, Any]]:
    return [
        record(
            f"w{i}",
            "Berita",
            f"{full} (QRS) menggelar rapat {i}. QRS menyiapkan program.",
            entities=[(full, "ORG", ["QRS"])],
        )
        for i in range(2)
    ] + [record("w9", "Berita", f"{kind_name} menggelar rapat kerja.", entities=[(kind_name, "ORG", [])])]


def test_a_kind_word_name_of_an_unstored_bare_form_joins_what_the_form_is_written_for(tmp_path: Path) -> None:
    recs = _written_bare("Kementerian Qualitas Riset Sains", "Kementerian QRS")
    with _ingest(tmp_path / "t.db", recs) as c:
        assert c.store.scalar("SELECT COUNT(*) FROM entities WHERE key = 'ORG:qrs'") == 0  # only written
        assert _same(c, "ORG", "kementerian qrs", "kementerian qualitas riset sains")


def test_a_ministry_of_a_sector_is_not_the_sector(tmp_path: Path) -> None:
    recs = _written_bare("Quasi Rantai Sosial", "Kementerian QRS")  # the form is written for no ministry
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "ORG", "kementerian qrs", "quasi rantai sosial")


def test_a_regional_legislature_defines_no_acronym_for_its_party(tmp_path: Path) -> None:
    body = "Anggota DPRD Partai Sentosa Raya (PSR) menyampaikan aspirasi. PSR mendukung program itu."
    recs = [record("d1", "Berita", body, entities=[("DPRD Partai Sentosa Raya", "ORG", ["PSR"])])]
    recs.append(record("d2", "Berita", "PSR menggelar kongres.", entities=[("PSR", "ORG", [])]))
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "ORG", "psr", "dprd partai sentosa raya")
    # the counter-case: the party's own name takes its acronym
    recs = [record("d1", "Berita", body.replace("DPRD ", ""), entities=[("Partai Sentosa Raya", "ORG", ["PSR"])])]
    recs.append(record("d2", "Berita", "PSR menggelar kongres.", entities=[("PSR", "ORG", [])]))
    with _ingest(tmp_path / "t2.db", recs) as c:
        assert _same(c, "ORG", "psr", "partai sentosa raya")


def _inside_recs(alone: str) -> list[dict[str, Any]]:
    host = "Forum Kota Lestari QZX"
    return [
        record("i1", "Forum", f"{host} menggelar rapat. Sekretaris {host} hadir.", entities=[(host, "ORG", [])]),
        record("i2", "Forum", f"Anggota {host} bertemu wali kota. {alone}", entities=[("QZX", "ORG", [])]),
    ]


def test_an_acronym_written_only_inside_a_longer_name_joins_it(tmp_path: Path) -> None:
    recs = _inside_recs("Rapat berlangsung lancar.")
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _same(c, "ORG", "qzx", "forum kota lestari qzx")
    with _ingest(tmp_path / "r.db", recs[::-1]) as c:  # the longer name arriving later re-decides it
        assert _same(c, "ORG", "qzx", "forum kota lestari qzx")


def test_an_acronym_also_written_alone_stays_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _inside_recs("QZX juga menggelar pameran.")) as c:
        assert not _same(c, "ORG", "qzx", "forum kota lestari qzx")
