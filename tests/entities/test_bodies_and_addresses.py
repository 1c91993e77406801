"""Chambers named bare, a regional body whose province is written alone too, and addresses
(`RT 04 RW 02`, `Jalan Raya` + a person's name) — issue #16, round 4, on news sentence shapes."""

from __future__ import annotations

import warta


def ents(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.country) for e in art.entities}


def test_a_foreign_chamber_named_bare_is_an_organisation() -> None:
    got = ents(
        "Presiden Prancis Emmanuel Macron meminta anggaran itu segera disahkan Parlemen. "
        "Di Washington, RUU imigrasi tertahan di Kongres karena kursi Senat terbelah."
    )
    for body in ("Parlemen", "Kongres", "Senat"):
        assert got.get(body, ("", None))[0] == "ORG", (body, got)


def test_a_chamber_word_inside_a_longer_name_or_before_an_ordinal_is_not_taken_alone() -> None:
    got = ents("Partai itu menggelar Kongres ke-6 di Surabaya. Ketua Kongres Pemuda Jawa hadir di sana.")
    assert "Kongres" not in got


def test_a_regional_council_keeps_its_province_when_the_province_is_named_alone_too() -> None:
    text = (
        "Bupati Tanah Laut, Sulawesi Selatan, Rahmat Hidayat ditahan jaksa. "
        "Sebelumnya Rahmat menjadi anggota DPRD Sulawesi Selatan periode 2014-2019."
    )
    got = ents(text)
    assert got.get("DPRD Sulawesi Selatan", ("",))[0] == "ORG", got
    assert "DPRD" not in got
    assert got.get("Sulawesi Selatan", ("",))[0] == "LOC"


def test_neighbourhood_units_end_a_place_name() -> None:
    got = ents("Petugas menemukan sarang ular di kebun Dusun Karangrejo RT 04 RW 02, kata Kapolsek.")
    assert "Dusun Karangrejo" in got and got["Dusun Karangrejo"][0] == "LOC"
    assert not any("RT" in name for name in got)


def test_a_unit_number_closes_the_address_before_the_village() -> None:
    got = ents("Air merendam rumah warga di RT 2 RW 7 Kelurahan Cempaka Baru sejak Senin malam.")
    assert "Kelurahan Cempaka Baru" in got, got


def test_a_main_road_named_after_a_person_is_one_place() -> None:
    got = ents("Kecelakaan terjadi di Jalan Raya Ahmad Dahlan, Kecamatan Medan Satria, Kota Bekasi, Rabu.")
    assert got.get("Jalan Raya Ahmad Dahlan", ("",))[0] == "LOC", got
    assert "Ahmad Dahlan" not in got and "Jalan Raya" not in got


def test_a_city_after_a_department_head_is_the_departments_not_a_person() -> None:
    got = ents(
        "Ribuan orang berkumpul di Los Angeles City. "
        "Departemen Kepolisian Los Angeles mengatakan tidak ada korban jiwa."
    )
    assert got.get("Departemen Kepolisian Los Angeles", ("",))[0] == "ORG", got
    assert "Departemen Kepolisian" not in got


def test_a_nickname_after_atau_and_an_honorific_is_the_same_person() -> None:
    got = ents(
        "Gubernur Jawa Barat Ridwan Kamil atau Kang Emil meninjau banjir. "
        '"Kami kirim bantuan," kata Kang Emil. Ketua Golkar atau Demokrat belum hadir.'
    )
    assert "Ridwan Kamil" in got and "Emil" not in got and "Kang Emil" not in got, got


def test_a_weekday_with_its_date_is_no_part_of_a_place_name() -> None:
    got = ents("Menteri itu bertemu Presiden di Istana Kamis (16/10) untuk membahas anggaran.")
    assert not any("Kamis" in name for name in got), got


def test_a_guessed_person_named_like_a_district_of_the_article_is_that_district() -> None:
    got = ents(
        "Air menggenang di Jalan Pahlawan, Kelurahan Sidomulyo, Kecamatan Wonokerto, Pekalongan. "
        '"Antrean mengular dari Batang, terus sampai ke Kedungwuni, Wonokerto," ungkap Sudarman.'
    )
    assert got.get("Kecamatan Wonokerto", ("",))[0] == "LOC"
    assert "Wonokerto" not in got, got


def test_old_and_short_place_names_get_their_country() -> None:
    got = ents("Veteran itu pernah bertugas di Timor Timur. Kini ia bekerja di DC bersama diplomat lain.")
    assert got.get("Timor Timur") == ("LOC", "TL"), got
    assert got.get("DC") == ("LOC", "US"), got


def test_guessed_names_listed_between_places_are_places() -> None:
    got = ents("Desa dilanda banjir terletak di Kecamatan Woyla, Bubon, Meureubo dan Johan Pahlawan. Hujan sudah reda.")
    for name in ("Meureubo", "Johan Pahlawan"):
        assert got.get(name, ("LOC",))[0] == "LOC", (name, got)


def test_a_name_set_off_after_a_place_stays_a_person() -> None:
    got = ents("Bupati Tanah Bumbu, Kalimantan Selatan, Zairullah Azhar, usai diperiksa jaksa kemarin.")
    assert got.get("Zairullah Azhar", ("",))[0] == "PER", got


def test_a_head_word_before_a_full_stop_ends_the_name() -> None:
    got = ents("Pencurian terjadi di Kecamatan Binjai Kota. Saat itu petugas sedang berjaga di pos.")
    assert "Kecamatan Binjai Kota" in got, got
    assert not any("Saat" in name for name in got)


def test_a_city_closing_a_site_name_is_its_own_place_and_the_sites_address() -> None:
    got = ents("Menteri itu menginap di Hotel Santika Premiere Jawa Barat sebelum rapat, Kamis.")
    assert got.get("Hotel Santika Premiere") == ("LOC", "ID"), got
    assert got.get("Jawa Barat", ("",))[0] == "LOC", got


def test_a_street_head_inside_a_run_opens_the_address() -> None:
    got = ents("Petugas berjaga di gerai keliling di Showroom Toyota Jalan Ahmad Dahlan, Jakarta Selatan.")
    assert got.get("Jalan Ahmad Dahlan", ("",))[0] == "LOC", got


def test_a_city_ending_a_village_name_is_the_villages_name_cut() -> None:
    text = (
        "Tanggul jebol di kawasan Jati Bekasi, Pasar Rebo, Jakarta Timur. "
        "Rumah di sekitar RT 3 RW 6 Kelurahan Jati Bekasi terendam."
    )
    es = warta.read(text, layers=["entities"]).entities
    villages = [e for e in es if e.canonical == "Kelurahan Jati Bekasi"]
    assert villages and "Jati Bekasi" in [m.text for m in villages[0].mentions]
    assert not any(e.canonical == "Bekasi" for e in es)
