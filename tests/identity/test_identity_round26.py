"""Round 26 (issue #13): classes of the opened blind pair sets (IndoSum, heldout13/14), each with a
counter-case on made-up names.

A person's name with one word cut short ('Dani' of 'Daniel', an initial for the last word of a name of
three words) is the one stored name written in full, when a surname that is no given name is shared;
two such full names, or only a given name shared, keep it apart.

An acronym an article defines as an English name with its small words ('Islamic State in Iraq and
Syria (ISIS)', 'Mobility as a Service (MaaS)') names the whole: the tail the entities layer read
('Iraq and Syria', 'Service') is no expansion of it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_root as _same  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from identitycases import persons as _recs  # noqa: E402

from warta.identity import names, relink_all  # noqa: E402
from warta.identity.forms import form_identity  # noqa: E402
from warta.identity.spelling import clipped  # noqa: E402

GIVEN = frozenset(("dani", "daniel", "eko", "wahyu", "wahyuningsih"))


def test_a_word_cut_short_is_the_same_name() -> None:
    assert clipped("dani pradipta", "daniel pradipta", GIVEN)
    assert clipped("sekar arum w", "sekar arum wulandari", GIVEN)  # the last word's initial
    assert not clipped("sekar w", "sekar wulandari", GIVEN)  # two words: the initial may be anyone's
    assert not clipped("eko wahyu", "eko wahyuningsih", GIVEN)  # only a given name shared
    assert not clipped("ari pradipta", "ariel pradipta", GIVEN)  # three letters are no one's short name
    assert not clipped("dani pradipta", "daniel pratama", GIVEN)  # two words differ


def test_a_name_with_a_word_cut_short_joins_the_one_full_name(tmp_path: Path) -> None:
    recs = [*_recs("Daniel Pradipta", "Dani Pradipta", 2), *_recs("Sekar Arum Wulandari", "Sekar Arum W", 1)]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "PER", "dani pradipta", "daniel pradipta")
            assert _same(c, "PER", "sekar arum w", "sekar arum wulandari")
            assert relink_all(c.store) == 0


def test_a_word_cut_short_of_two_full_names_stays_apart(tmp_path: Path) -> None:
    recs = [
        *_recs("Sekar Arum Wulandari", "Sekar Arum W", 1),
        *_recs("Sekar Arum Widuri", "Sekar Arum Widuri", 1),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert not _same(c, "PER", "sekar arum w", "sekar arum wulandari")
            assert not _same(c, "PER", "sekar arum w", "sekar arum widuri")


def test_an_english_name_defined_with_its_small_words_is_whole() -> None:
    body = "Kelompok itu berbaiat kepada Islamic State in Iraq and Syria (ISIS) sejak lama."
    assert names.defined_longer(body, "Iraq and Syria", "isis") == "islamic state in iraq and syria"
    assert not names.defines(body, "Iraq and Syria", "isis")
    body = "Kota itu menuju konsep Mobility as a Service (MaaS) tahun depan."
    assert names.defined_longer(body, "Service", "maas") == "mobility as a service"
    # the whole name defined is still the acronym's
    body = "Pemerintah membentuk Badan Pengelola Dana Desa (BPDD) tahun ini."
    assert names.defines(body, "Badan Pengelola Dana Desa", "bpdd")
    assert names.defined_longer(body, "Badan Pengelola Dana Desa", "bpdd") is None


def test_an_acronym_read_for_the_tail_of_an_english_name_is_not_its(tmp_path: Path) -> None:
    recs = [
        record(
            f"m{i}",
            "Transportasi",
            "Integrasi tarif menjadi pondasi menuju Mobility as a Service (MaaS) di kota itu. MaaS dibahas.",
            entities=[("Service", "ORG", ["MaaS"])],
        )
        for i in range(2)
    ]
    with _ingest(tmp_path / "m.db", recs) as c:
        assert form_identity(c.store, "maas", "ORG") is None


def _venue_recs(bare: str, full: str, bare_body: str, rid: str = "v") -> list[dict[str, Any]]:
    """An article naming the venue in full, and one naming it bare."""
    return [
        record(f"{rid}1", "Laga", f"Tim tuan rumah menang 2-0 di {full}, Minggu malam.", entities=[(full, "LOC", [])]),
        record(f"{rid}2", "Laga", bare_body, entities=[(bare, "LOC", [])]),
    ]


def test_a_venue_written_as_the_place_of_a_match_is_its_stadium(tmp_path: Path) -> None:
    recs = [
        *_venue_recs("Kembangjaya", "Stadion Kembangjaya", "Mereka kembali bertanding di Kembangjaya pekan depan."),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "LOC", "kembangjaya", "stadion kembangjaya")
            assert relink_all(c.store) == 0
    recs = _venue_recs(
        "Gelora Wibawa", "Gelora Wibawa Stadium", "Klub ibu kota akan menjamu lawan di Gelora Wibawa.", "w"
    )
    with _ingest(tmp_path / "s.db", recs) as c:
        assert _same(c, "LOC", "gelora wibawa", "gelora wibawa stadium")


def test_a_venue_named_after_a_road_a_brand_or_a_town_stays_apart(tmp_path: Path) -> None:
    recs = [
        # the bare name is a road the text lists, never the place of a match
        *_venue_recs("Kembangjaya", "Stadion Kembangjaya", "Perhatikan Jalan Raya Melati atau Kembangjaya yang macet."),
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        assert not _same(c, "LOC", "kembangjaya", "stadion kembangjaya")
    # a town the gazetteer knows: the stadium is named after it, not it
    recs = _venue_recs("Bandung", "Stadion Bandung", "Tim itu akan bertanding di Bandung.")
    with _ingest(tmp_path / "b.db", recs) as c:
        assert not _same(c, "LOC", "bandung", "stadion bandung")


def _articles(rid: str, body: str, name: str, label: str, n: int, forms: list[str] = ()) -> list[dict[str, Any]]:
    """``n`` articles whose body (``{i}`` their number) names ``name``, written ``forms`` too."""
    return [record(f"{rid}{i}", "Berita", body.format(i=i), entities=[(name, label, list(forms))]) for i in range(n)]


def test_a_currency_code_is_no_short_form_of_its_country(tmp_path: Path) -> None:
    recs = _articles(
        "k",
        "Rupiah pada sesi {i} menguat terhadap dolar Selandia Baru (NZD) sebesar 0,2%. NZD turun tipis.",
        "Selandia Baru",
        "LOC",
        2,
        ["NZD"],
    )
    recs += _articles(
        "u",
        "Pada hari ke-{i} rupiah melemah terhadap dolar Amerika Serikat (AS) dan AS menaikkan bunga.",
        "Amerika Serikat",
        "LOC",
        2,
        ["AS"],
    )
    with _ingest(tmp_path / "k.db", recs) as c:
        assert form_identity(c.store, "nzd", "LOC") is None
        # the country's own initials after a currency's word are its short form
        assert form_identity(c.store, "as", "LOC") is not None


def test_a_name_of_its_own_is_not_folded_into_another_persons_longer_name(tmp_path: Path) -> None:
    many = _articles("h", "Haryanto Wibisono memimpin rapat ke-{i} di Bogor.", "Haryanto Wibisono", "PER", 3)
    # his wife's name ends with his; the article reads his name once as a short form of hers
    once = record(
        "hw",
        "Kunjungan",
        "Hajah Sekar Kinanti Haryanto Wibisono hadir bersama suaminya, Presiden Haryanto Wibisono.",
        entities=[
            ("Hajah Sekar Kinanti Haryanto Wibisono", "PER", ["Haryanto Wibisono"]),
            ("Haryanto Wibisono", "PER", []),
        ],
    )
    for name, order in (("f.db", [*many, once]), ("r.db", [once, *many])):
        with _ingest(tmp_path / name, order) as c:
            assert not _same(c, "PER", "haryanto wibisono", "hajah sekar kinanti haryanto wibisono")
    # a name written less often than the longer one it is read for joins it
    few = _articles("s", "Sekar Kinanti Putri Wibisono berbicara ke-{i}.", "Sekar Kinanti Putri Wibisono", "PER", 3)
    short = record(
        "sp",
        "Rapat",
        "Sekar Kinanti Putri Wibisono datang. Putri Wibisono berbicara.",
        entities=[("Sekar Kinanti Putri Wibisono", "PER", ["Putri Wibisono"]), ("Putri Wibisono", "PER", [])],
    )
    with _ingest(tmp_path / "s.db", [*few, short]) as c:
        assert _same(c, "PER", "putri wibisono", "sekar kinanti putri wibisono")
