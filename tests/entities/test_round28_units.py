"""Round 28: a unit's own name written after its bracketed acronym (`(RSI) Sultan Agung Semarang`),
a body's head before the words its acronym spells (`Satuan Kerja | Pembangunan Jalan Nasional (PJN)`),
and `Satuan Kerja` / `Satuan Pelayanan` as heads of bodies — on sentences written for these tests."""

from __future__ import annotations

import warta


def ents(text: str) -> dict[str, str]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: e.label for e in art.entities}


def names(text: str) -> dict[str, set[str]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: {m.text for m in e.mentions} for e in art.entities}


def test_a_units_own_name_and_region_after_its_acronym_belong_to_the_body() -> None:
    got = ents(
        "Warga mengeluhkan antrean panjang di Rumah Sakit Umum (RSU) Bhakti Husada Magelang sejak pagi. "
        "Petugas menambah loket baru di sana."
    )
    assert got.get("Rumah Sakit Umum Bhakti Husada Magelang") == "ORG", got
    assert got.get("Magelang") == "LOC", got


def test_a_number_before_the_region_is_part_of_the_schools_name() -> None:
    got = ents("Sebanyak 120 siswa Sekolah Rakyat Terpadu (SRT) 17 Balikpapan mengikuti upacara, Senin.")
    assert got.get("Sekolah Rakyat Terpadu 17 Balikpapan") == "ORG", got


def test_a_person_after_the_acronym_is_not_read_into_the_body() -> None:
    got = ents(
        "Kepala Badan Pengawas Obat dan Makanan (BPOM) Taruna Ikrar Semarang mengatakan stok aman. "
        "Taruna Ikrar menambahkan pengawasan diperketat."
    )
    assert "Badan Pengawas Obat dan Makanan Taruna Ikrar Semarang" not in got, got


def test_a_head_before_the_words_the_acronym_spells_opens_the_bodys_name() -> None:
    got = names(
        "KPK menggeledah kantor Satuan Kerja Preservasi Jalan Daerah (PJD) Wilayah 2 Kalimantan Barat. "
        "Penyidik juga memeriksa Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) pekan lalu."
    )
    assert "Satuan Kerja Preservasi Jalan Daerah Wilayah 2 Kalimantan Barat" in got, got
    assert "Preservasi Jalan Daerah" not in got, got
    assert "PUPR" in got.get("Kementerian Pekerjaan Umum dan Perumahan Rakyat", set()), got


def test_a_place_spelled_by_the_acronym_keeps_it() -> None:
    got = names("Kejati Daerah Istimewa Yogyakarta (DIY) menahan dua tersangka korupsi dana hibah.")
    assert "DIY" not in got.get("Kejati Daerah Istimewa Yogyakarta", set()), got


def test_a_service_unit_is_a_body() -> None:
    got = ents(
        "Ratusan siswa keracunan setelah menyantap menu dari Satuan Pelayanan Pemenuhan Gizi (SPPG) "
        "di Kecamatan Cibeber, kata polisi."
    )
    assert got.get("Satuan Pelayanan Pemenuhan Gizi") == "ORG", got


def test_a_counted_kind_of_body_is_no_entity() -> None:
    got = ents(
        "Ujian itu diikuti oleh tujuh Perwira Pertama (Pama) Polri. "
        "Kementerian Sosial juga berkoordinasi dengan seluruh Dinas Sosial se-Indonesia, dan "
        "tercatat 3 Madrasah Tsanawiyah (MTs) ikut lomba."
    )
    for kind in ("Perwira Pertama", "Dinas Sosial", "Madrasah Tsanawiyah"):
        assert kind not in got, (kind, got)
    assert got.get("Kementerian Sosial") == "ORG", got


def test_a_numbered_team_or_an_acronym_after_a_figure_stays() -> None:
    got = ents(
        "Pelaku ditangkap Tim Resmob 99 Polres Bogor Kota, Senin. "
        "Atlet itu kini berada di peringkat 12 BWF setelah juara di Jakarta."
    )
    assert any("Polres Bogor Kota" in name and label == "ORG" for name, label in got.items()), got
    assert got.get("BWF") == "ORG", got
