"""Round 11 (issue #13): what evidence is trustworthy for a short form. An acronym defined for a
longer name whose tail the entities layer read, an acronym written in capitals beside one name and as
a name elsewhere, a person's form that is a place or a phrase's word, a lower-case share that makes an
organisation's form a common word, person cues in the text, and spellings of one name joined even
when the form they share is no stored entity."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import names, root  # noqa: E402
from warta.identity.forms import decide, form_identity  # noqa: E402


def _rec(rid: str, body: str, name: str, label: str, forms: list[str], role: str | None = None) -> dict[str, Any]:
    rec = record(rid, "Berita", body, entities=[(name, label, forms)])
    rec["entities"][0]["role"] = role
    return rec


def _num(c: Any, label: str, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def test_the_tail_of_a_defined_name_is_not_what_the_acronym_names() -> None:
    body = "ASN Badan Pemberdayaan Perempuan dan Keluarga Berencana (BPPKB) Way Kanan ditangkap."
    assert names.defined_longer(body, "Keluarga Berencana", "bppkb") is not None
    body = "Satgas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi (PPKPT) masih menelusuri."
    assert names.defined_longer(body, "Perguruan Tinggi", "ppkpt") is not None
    # the whole name, or a name the form is spelled out of, is what it names
    assert (
        names.defined_longer("Ketua Komisi Pemberantasan Korupsi (KPK) hadir.", "Komisi Pemberantasan Korupsi", "kpk")
        is None
    )
    assert names.defined_longer("Presiden Bank Sentral Eropa (ECB) hadir.", "Bank Sentral Eropa", "ecb") is None


def test_an_acronym_read_with_only_the_tail_of_its_name_stays_undecided(tmp_path: Path) -> None:
    recs = [
        _rec(
            "d1",
            "Dialog Perkumpulan Doktor Ilmu Kepolisian Indonesia (DIKPI) dengan koalisi sipil.",
            "Kepolisian Indonesia",
            "ORG",
            ["DIKPI"],
        ),
        _rec("d2", "Kepala Dinas Pendidikan (Disdik) hadir di sekolah.", "Dinas Pendidikan", "ORG", ["Disdik"]),
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert form_identity(c.store, "dikpi", "ORG") is None
        assert form_identity(c.store, "disdik", "ORG") == _num(c, "ORG", "dinas pendidikan")


def test_an_acronym_in_capitals_beside_one_name_and_a_name_elsewhere_has_another_owner(tmp_path: Path) -> None:
    recs = [
        _rec(
            "g1",
            "Data satelit Gravity Recovery and Climate Experiment (GRACE) dianalisis.",
            "Gravity Recovery and Climate Experiment",
            "ORG",
            ["GRACE"],
        ),
        record(
            "g2", "Pelantikan", "Di sisi kanan tampak Grace Natalie dan Ahmad Ali.", entities=[("Jokowi", "PER", [])]
        ),
    ]
    with _ingest(tmp_path / "g.db", recs) as c:
        ident, why = decide(c.store, "grace", "ORG")
        assert ident is None and "a name or word elsewhere" in why
    with _ingest(tmp_path / "g2.db", recs[:1]) as c:  # no other use: the article's own definition decides
        assert form_identity(c.store, "grace", "ORG") == _num(c, "ORG", "gravity recovery and climate experiment")


def test_an_acronym_defined_in_lower_case_elsewhere_as_another_thing_stays_apart(tmp_path: Path) -> None:
    recs = [
        _rec(
            "a1",
            "Masykurudin Hafidz, Direktur Akademi Pemilu dan Demokrasi (APD), menilai aturan itu.",
            "Akademi Pemilu dan Demokrasi",
            "ORG",
            ["APD"],
        ),
        record(
            "a2",
            "Relawan",
            "Relawan memakai alat pelindung diri (APD) selama bekerja.",
            entities=[("Bogor", "LOC", [])],
        ),
        record("a3", "Relawan", "Petugas wajib memakai alat pelindung diri (APD).", entities=[("Depok", "LOC", [])]),
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        ident, why = decide(c.store, "apd", "ORG")
        assert ident is None and "defined as another name" in why


def test_a_persons_form_that_is_a_regency_or_the_start_of_a_phrase_is_not_decided_on_one_article(
    tmp_path: Path,
) -> None:
    recs = [
        _rec("p1", "Bupati Agam Benni Warlis bertemu Andre Rosiade.", "Agam Benni Warlis", "PER", ["Agam"], "Bupati"),
        _rec(
            "p2", "Program Jaksa Sahabat Nazir membantu sertifikat wakaf.", "Sahabat Nazir", "PER", ["Nazir"], "Jaksa"
        ),
        _rec(
            "p3",
            "Kepala Seksi Nasky Putra Tandjung hadir. Nasky menjawab.",
            "Nasky Putra Tandjung",
            "PER",
            ["Nasky"],
            "Pengamat",
        ),
    ]
    with _ingest(tmp_path / "p.db", recs) as c:
        ident, why = decide(c.store, "agam", "PER")
        assert ident is None and "place" in why
        ident, why = decide(c.store, "nazir", "PER")
        assert ident is None and "common word" in why
        # a common word later in a real name ('Putra') is no sign of a phrase
        assert form_identity(c.store, "nasky", "PER") == _num(c, "PER", "nasky putra tandjung")


def test_an_organisations_form_is_a_common_word_only_when_the_text_often_writes_it_in_lower_case(
    tmp_path: Path,
) -> None:
    recs = [_rec("s1", "Satuan Tugas (Satgas) PKH dibentuk.", "Satuan Tugas", "ORG", ["Satgas"])]
    recs += [
        record(f"s{i}", "Satgas", f"Satgas PKH menyita lahan {i}.", entities=[("Riau", "LOC", [])]) for i in range(2, 6)
    ]
    recs.append(record("s9", "Tim", "Tim satgas turun ke lapangan.", entities=[("Jambi", "LOC", [])]))
    with _ingest(tmp_path / "s.db", recs) as c:  # one lower-case use among six: still the body
        assert form_identity(c.store, "satgas", "ORG") == _num(c, "ORG", "satuan tugas")
    recs = [_rec("o1", "PT Pos Indonesia (Pos) mengirim paket.", "PT Pos Indonesia", "ORG", ["Pos"])]
    recs += [
        record(f"o{i}", "Pos", f"Warga berjaga di pos ronda {i}.", entities=[("Solo", "LOC", [])]) for i in range(2, 4)
    ]
    with _ingest(tmp_path / "o.db", recs) as c:
        ident, why = decide(c.store, "pos", "ORG")
        assert ident is None and "common word" in why


def test_a_person_written_with_an_age_or_two_initials_is_no_misread_phrase(tmp_path: Path) -> None:
    recs = [
        _rec("m1", "Narapidana bernama Armi Siregar (27) tewas. Armi dikeroyok.", "Armi Siregar", "PER", ["Armi"]),
        _rec("m2", "Alat dipinjam melalui Siman Bahar (SB). Siman menolak.", "Siman Bahar", "PER", ["Siman"]),
        _rec("m3", "Tahanan dibawa ke Rutan Salemba. Salemba penuh.", "Rutan Salemba", "PER", ["Salemba"]),
        _rec(
            "m4",
            "Prinsip Social Loan Principles (SLP) dipakai. Principles itu baru.",
            "Social Loan Principles",
            "PER",
            ["Principles"],
        ),
    ]
    with _ingest(tmp_path / "m.db", recs) as c:
        assert form_identity(c.store, "armi", "PER") == _num(c, "PER", "armi siregar")
        assert form_identity(c.store, "siman", "PER") == _num(c, "PER", "siman bahar")
        assert form_identity(c.store, "salemba", "PER") is None
        assert form_identity(c.store, "principles", "PER") is None  # three initials: a phrase's acronym


def test_spellings_of_one_name_join_though_the_form_they_share_is_no_stored_entity(tmp_path: Path) -> None:
    recs = [
        _rec(
            f"f{i}",
            f"Wakil Ketua KPK Fitroh Rohcahyanto menjelaskan. Fitroh menambahkan {i}.",
            "Fitroh Rohcahyanto",
            "PER",
            ["Fitroh"],
        )
        for i in range(2)
    ]
    recs.append(
        _rec(
            "f9",
            "Wakil Ketua KPK Fitroh Rohcyahyanto meminta maaf. Fitroh hadir.",
            "Fitroh Rohcyahyanto",
            "PER",
            ["Fitroh"],
        )
    )
    recs.append(
        _rec(
            "t1",
            "Satgas Foreign Terrorist Fighters (FTF) dibentuk. FTF diawasi.",
            "Foreign Terrorist Fighters",
            "PER",
            ["FTF"],
        )
    )
    recs.append(_rec("t2", "Pengawasan Terrorist Fighters (FTF) diperketat.", "Terrorist Fighters", "PER", ["FTF"]))
    for order in (recs, recs[::-1]):
        with _ingest(tmp_path / f"f{len(order)}{order[0]['id']}.db", order) as c:
            assert _num(c, "PER", "fitroh rohcyahyanto") == _num(c, "PER", "fitroh rohcahyanto")
            # 'FTF' is spelled out of one name and not the other: no spelling of one name; but since
            # round 21 the only stored name 'Terrorist Fighters' runs into is that name cut short
            # (heldout12a judges the pair the same; heldout8 judged 'ftf'/'Terrorist Fighters' apart)
            assert _num(c, "PER", "terrorist fighters") == _num(c, "PER", "foreign terrorist fighters")


def test_a_form_written_alone_in_an_article_of_the_same_story_is_no_other_owner(tmp_path: Path) -> None:
    death = "Pengemudi ojol Affan Kurniawan tewas dilindas rantis Brimob di Pejompongan. Affan dimakamkan."
    recs = [
        record(
            "a1",
            "Ojol tewas",
            death,
            entities=[("Affan Kurniawan", "PER", ["Affan"]), ("Pejompongan", "LOC", []), ("Brimob", "ORG", [])],
        ),
        record(
            "a2",
            "Komnas HAM Usut Kasus Tewasnya Affan",
            "Komnas HAM meminta CCTV Pejompongan.",
            entities=[("Pejompongan", "LOC", [])],
        ),
    ]
    recs[0]["entities"][0]["role"] = "Pengemudi ojol"
    recs += [record(f"z{i}", "Lain", f"Berita lain {i}.", entities=[(f"Kota{i}", "LOC", [])]) for i in range(40)]
    with _ingest(tmp_path / "s.db", recs) as c:
        assert form_identity(c.store, "affan", "PER") == _num(c, "PER", "affan kurniawan")
    # the form as part of another full name in the same story is another owner
    recs[1] = record(
        "a2", "Komnas HAM", "Saksi Affan Syahputra melihat di Pejompongan.", entities=[("Pejompongan", "LOC", [])]
    )
    with _ingest(tmp_path / "o.db", recs) as c:
        ident, why = decide(c.store, "affan", "PER")
        assert ident is None and "another owner" in why


def test_a_shorter_name_of_the_person_elsewhere_is_no_other_owner(tmp_path: Path) -> None:
    recs = [
        _rec(
            "h1",
            "Anggota DPR Andreas Hugo Pareira menilai. Hugo menambahkan.",
            "Andreas Hugo Pareira",
            "PER",
            ["Hugo"],
            "Anggota DPR",
        ),
        record("h2", "Pers", '"Itu hak publik," kata Andreas Hugo kepada wartawan.', entities=[("Jakarta", "LOC", [])]),
    ]
    with _ingest(tmp_path / "h.db", recs) as c:
        assert form_identity(c.store, "hugo", "PER") == _num(c, "PER", "andreas hugo pareira")
    recs[1] = record(
        "h2", "Pers", '"Itu hak publik," kata Victor Hugo kepada wartawan.', entities=[("Jakarta", "LOC", [])]
    )
    with _ingest(tmp_path / "v.db", recs) as c:  # a given name before it: another Hugo
        assert form_identity(c.store, "hugo", "PER") is None


def test_an_alias_the_text_writes_after_the_full_name_is_his(tmp_path: Path) -> None:
    recs = [
        _rec("o1", "Hartono membeberkan penangkapan Pajar Permana alias Ojan.", "Pajar Permana", "PER", ["Ojan"]),
        _rec("o2", "Polisi menangkap Budi Santoso. Dodi juga hadir.", "Budi Santoso", "PER", ["Dodi"]),
    ]
    with _ingest(tmp_path / "o.db", recs) as c:
        assert form_identity(c.store, "ojan", "PER") == _num(c, "PER", "pajar permana")
        assert form_identity(c.store, "dodi", "PER") is None  # a name the text never says is his


def test_a_number_of_the_sentence_read_into_a_name_is_the_name(tmp_path: Path) -> None:
    recs = [
        _rec(
            "k1",
            "Komisi Pemberantasan Korupsi (KPK) menahan tersangka.",
            "Komisi Pemberantasan Korupsi",
            "ORG",
            ["KPK"],
        ),
        record("k2", "KPK", "KPK memeriksa saksi.", entities=[("KPK", "ORG", [])]),
        record(
            "k3",
            "Anggaran",
            "Dibanding anggaran KPK 3 tahun ke belakang, pemulihan naik.",
            entities=[("KPK 3", "ORG", [])],
        ),
        record("s1", "Sekolah", "SMAN memakai kurikulum baru.", entities=[("SMAN", "ORG", [])]),
        record("s2", "Lomba", "Siswa SMAN 3 Bandung juara. SMAN 3 menggelar lomba.", entities=[("SMAN 3", "ORG", [])]),
    ]
    with _ingest(tmp_path / "k.db", recs) as c:
        assert _num(c, "ORG", "kpk 3") == _num(c, "ORG", "komisi pemberantasan korupsi")
        assert _num(c, "ORG", "sman 3") != _num(c, "ORG", "sman")  # a numbered school, not a quantity


def test_a_number_read_into_a_name_joins_whichever_arrives_first(tmp_path: Path) -> None:
    recs = [
        record(
            "m1",
            "Survei",
            "Kemenkes 3,35, disusul Kementerian Kesehatan 62,1 persen.",
            entities=[("Kementerian Kesehatan 62", "ORG", [])],
        ),
        record(
            "m2", "Rapat", "Kementerian Kesehatan menggelar rapat.", entities=[("Kementerian Kesehatan", "ORG", [])]
        ),
    ]
    for order, name in ((recs, "a.db"), (recs[::-1], "b.db")):
        with _ingest(tmp_path / name, order) as c:
            assert _num(c, "ORG", "kementerian kesehatan 62") == _num(c, "ORG", "kementerian kesehatan")
