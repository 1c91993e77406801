"""Round 21 (issue #13): shapes of unlinked names found on fresh pairs, on made-up names.

A body's acronym the article writes inside its name is that name; an amount read into a place's
name is the place; a person's name cut short, or read with stray words of the text before it, is the
one stored person so named, never a name of given names only, after a given name or word, nor two
names one article keeps apart."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_root as _same  # noqa: E402
from storydata import stored_root as _root  # noqa: E402

from warta.identity.evidence import acronym_written_in, stray_lead  # noqa: E402
from warta.identity.forms import form_identity  # noqa: E402
from warta.identity.names import inserted_word  # noqa: E402


def test_an_acronym_written_inside_a_name_is_found_only_inside() -> None:
    assert inserted_word("pengadilan negeri pn zamrud", "pengadilan negeri zamrud") == "pn"
    assert inserted_word("pengadilan negeri zamrud pn", "pengadilan negeri zamrud") is None  # at the end
    assert inserted_word("pn pengadilan negeri zamrud", "pengadilan negeri zamrud") is None  # at the start
    assert inserted_word("pengadilan zamrud", "pengadilan negeri zamrud") is None


def test_an_inserted_acronym_but_not_a_dictionary_word() -> None:
    assert acronym_written_in("pengadilan negeri pn zamrud", "pengadilan negeri zamrud")  # spelled out of it
    assert acronym_written_in("dinas arsip dazra kota zamrud", "dinas arsip kota zamrud")  # no word at all
    assert not acronym_written_in("pengadilan negeri kota zamrud", "pengadilan negeri zamrud")  # another court?
    assert not acronym_written_in("pengadilan negeri 2 zamrud", "pengadilan negeri zamrud")


def test_a_name_written_with_its_acronym_inside_is_that_body_after_one_article(tmp_path: Path) -> None:
    body = "Pengadilan Negeri (PN) Zamrud menyidangkan perkara itu."
    recs = [
        record("p1", "Sidang", body, entities=[("Pengadilan Negeri Zamrud", "ORG", ["Pengadilan Negeri (PN) Zamrud"])]),
        # a regional office too: 'Dinas …' takes no short form, but its own name with its acronym is it
        record(
            "p2",
            "Arsip",
            "Dinas Arsip (Dazra) Kota Zamrud membuka layanan.",
            entities=[("Dinas Arsip Kota Zamrud", "ORG", ["Dinas Arsip (Dazra) Kota Zamrud"])],
        ),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        court = _root(c, "ORG", "pengadilan negeri zamrud")
        assert court is not None
        assert form_identity(c.store, "pengadilan negeri pn zamrud", "ORG") == court
        office = _root(c, "ORG", "dinas arsip kota zamrud")
        assert form_identity(c.store, "dinas arsip dazra kota zamrud", "ORG") == office


def test_an_amount_read_into_a_place_name_is_the_place(tmp_path: Path) -> None:
    recs = [
        record("a1", "Dana", "Provinsi Zamrud Timur menerima dana.", entities=[("Provinsi Zamrud Timur", "LOC", [])]),
        record(
            "a2",
            "Dana",
            "Dana terbesar Provinsi Zamrud Timur Rp 7 triliun.",
            entities=[("Provinsi Zamrud Timur Rp 7", "LOC", [])],
        ),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _same(c, "LOC", "provinsi zamrud timur rp 7", "provinsi zamrud timur")
    with _ingest(tmp_path / "r.db", recs[::-1]) as c:  # the amount's name first: the same
        assert _same(c, "LOC", "provinsi zamrud timur rp 7", "provinsi zamrud timur")


def _people(*names: str) -> list[dict[str, Any]]:
    return [
        record(f"n{i}", "Berita", f"{n} hadir dalam acara itu {i}.", entities=[(n, "PER", [])])
        for i, n in enumerate(names)
    ]


def test_a_person_name_cut_short_joins_the_one_longer_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _people("Larasati Wiryo Santoso", "Larasati Wiryo")) as c:
        assert _same(c, "PER", "larasati wiryo", "larasati wiryo santoso")
    with _ingest(tmp_path / "r.db", _people("Larasati Wiryo", "Larasati Wiryo Santoso")) as c:
        assert _same(c, "PER", "larasati wiryo", "larasati wiryo santoso")


def test_a_name_cut_short_of_two_people_stays_apart(tmp_path: Path) -> None:
    recs = _people("Larasati Wiryo Santoso", "Larasati Wiryo Pratama", "Larasati Wiryo")
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "PER", "larasati wiryo", "larasati wiryo santoso")
        assert not _same(c, "PER", "larasati wiryo", "larasati wiryo pratama")


def test_given_names_only_or_an_honorific_stay_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _people("Rangga Sutan Wiryo", "Rangga Sutan")) as c:
        assert not _same(c, "PER", "rangga sutan", "rangga sutan wiryo")  # 'Muhammad Ali' of many


def test_two_names_of_one_article_are_two_people(tmp_path: Path) -> None:
    body = "Larasati Wiryo Santoso dan Larasati Wiryo hadir."
    recs = [
        record("t1", "Acara", body, entities=[("Larasati Wiryo Santoso", "PER", []), ("Larasati Wiryo", "PER", [])])
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "PER", "larasati wiryo", "larasati wiryo santoso")


def test_stray_words_before_a_person_name_but_not_a_given_name() -> None:
    assert stray_lead("sekar larasati", "tarumanagara sekar larasati")  # a university read into her name
    assert stray_lead("agus wiryo", "jawakarta diy agus wiryo")  # a region read in
    assert not stray_lead("wiryo santoso", "putri wiryo santoso")  # a daughter named after her father
    assert not stray_lead("wiryo santoso", "wiryo santoso pratama")  # not after


def test_a_person_name_after_stray_words_joins_the_name(tmp_path: Path) -> None:
    with _ingest(tmp_path / "t.db", _people("Sekar Larasati Wiryo", "Tarumanagara Sekar Larasati Wiryo")) as c:
        assert _same(c, "PER", "sekar larasati wiryo", "tarumanagara sekar larasati wiryo")
    with _ingest(tmp_path / "r.db", _people("Wiryo Santoso", "Putri Wiryo Santoso")) as c:
        assert not _same(c, "PER", "wiryo santoso", "putri wiryo santoso")


def test_the_rest_of_a_name_after_a_given_name_joins_the_full_name(tmp_path: Path) -> None:
    assert stray_lead("wiryo santoso", "gian wiryo santoso")  # 'Wiryo' begins no name of its own
    assert not stray_lead("sutan wiryo", "rangga sutan wiryo")  # 'Sutan Wiryo' is a full name itself
    with _ingest(tmp_path / "t.db", _people("Gian Wiryo Santoso", "Wiryo Santoso")) as c:
        assert _same(c, "PER", "wiryo santoso", "gian wiryo santoso")
        assert c.store.scalar(  # the full name is the identity's
            "SELECT COUNT(*) FROM entity_links l JOIN entities e ON e.num = l.entity WHERE e.norm = 'wiryo santoso'"
        )


def _titled(*people: tuple[str, str]) -> list[dict[str, Any]]:
    out = []
    for i, (n, title) in enumerate(people):
        rec = record(f"m{i}", "Berita", f"{title} {n} hadir dalam rapat {i}.", entities=[(n, "PER", [])])
        rec["entities"][0]["role"] = title
        out.append(rec)
    return out


def test_a_surname_with_the_one_bearers_title_is_that_person(tmp_path: Path) -> None:
    recs = _titled(("Wiryosantoso Larasati", "Menteri Arsip"), ("Wiryosantoso", "Menteri Arsip"))
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _same(c, "PER", "wiryosantoso", "wiryosantoso larasati")
    with _ingest(tmp_path / "r.db", recs[::-1]) as c:
        assert _same(c, "PER", "wiryosantoso", "wiryosantoso larasati")


def test_another_title_two_titled_bearers_or_a_given_name_stay_apart(tmp_path: Path) -> None:
    recs = _titled(("Wiryosantoso Larasati", "Menteri Arsip"), ("Wiryosantoso", "Ketua Koperasi"))
    with _ingest(tmp_path / "t.db", recs) as c:
        assert not _same(c, "PER", "wiryosantoso", "wiryosantoso larasati")
    recs = _titled(
        ("Wiryosantoso Larasati", "Menteri Arsip"),
        ("Dimas Wiryosantoso", "Menteri Arsip"),
        ("Wiryosantoso", "Menteri Arsip"),
    )
    with _ingest(tmp_path / "u.db", recs) as c:
        assert not _same(c, "PER", "wiryosantoso", "wiryosantoso larasati")
        assert not _same(c, "PER", "wiryosantoso", "dimas wiryosantoso")
    recs = _titled(("Rangga Larasati", "Menteri Arsip"), ("Rangga", "Menteri Arsip"))  # a common given name
    with _ingest(tmp_path / "v.db", recs) as c:
        assert not _same(c, "PER", "rangga", "rangga larasati")


def test_words_read_in_before_a_legal_form_or_after_a_national_word(tmp_path: Path) -> None:
    recs = [
        record("s1", "Pupuk", "PT Zamrud Tani menambah produksi.", entities=[("PT Zamrud Tani", "ORG", [])]),
        record("s2", "Pupuk", "BUMN PT Zamrud Tani menambah produksi.", entities=[("BUMN PT Zamrud Tani", "ORG", [])]),
        record("s3", "Sehat", "Kementerian Arsip menggelar rapat.", entities=[("Kementerian Arsip", "ORG", [])]),
        record(
            "s4",
            "Sehat",
            "Kementerian Arsip RI Larasati Wiryo menyampaikan.",
            entities=[("Kementerian Arsip RI Larasati Wiryo", "ORG", [])],
        ),
        # a unit before the legal form and a place after the national word name other bodies
        record("s5", "Fraksi", "Fraksi PT Zamrud Tani rapat.", entities=[("Fraksi PT Zamrud Tani", "ORG", [])]),
        record(
            "s6",
            "Kota",
            "Kementerian Arsip RI Kota Zamrud rapat.",
            entities=[("Kementerian Arsip RI Kota Zamrud", "ORG", [])],
        ),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert _same(c, "ORG", "bumn pt zamrud tani", "pt zamrud tani")
        assert _same(c, "ORG", "kementerian arsip ri larasati wiryo", "kementerian arsip")
        assert not _same(c, "ORG", "fraksi pt zamrud tani", "pt zamrud tani")
        assert not _same(c, "ORG", "kementerian arsip ri kota zamrud", "kementerian arsip")


def test_names_read_with_more_words_join_whichever_arrives_first(tmp_path: Path) -> None:
    recs = [
        record(
            "o1",
            "Dana",
            "Dana Provinsi Zamrud Timur Rp 7 triliun.",
            entities=[("Provinsi Zamrud Timur Rp 7", "LOC", [])],
        ),
        record("o2", "Zamrud", "Zamrud Timur menerima dana.", entities=[("Zamrud Timur", "LOC", [])]),
        record(
            "o3",
            "Sehat",
            "Kementerian Arsip RI Larasati Wiryo menyampaikan.",
            entities=[("Kementerian Arsip RI Larasati Wiryo", "ORG", [])],
        ),
        record("o4", "Sehat", "Kementerian Arsip menggelar rapat.", entities=[("Kementerian Arsip", "ORG", [])]),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "LOC", "provinsi zamrud timur rp 7", "zamrud timur")
            assert _same(c, "ORG", "kementerian arsip ri larasati wiryo", "kementerian arsip")
