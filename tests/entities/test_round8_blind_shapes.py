"""Entity shapes from the seventh round's blind sets, tested on made-up names: a month that is also
a first name after the office words (`Kepala … BPS April Budi Santoso`), and that a month before a
number or after `pada` stays a date."""

import warta


def _ents(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: (e.label, e.role) for e in art.entities}


def test_month_first_name_after_office_words() -> None:
    ents = _ents("Menurut Kepala Divisi Statistik Harga BPS April Budi Santoso, harga beras naik.")
    assert ents.get("April Budi Santoso", ("", ""))[0] == "PER"
    assert "Budi Santoso" not in ents


def test_month_before_number_is_no_name() -> None:
    ents = _ents("Kepala BPS Juni 2025 Ahmad Yani mengatakan harga naik.")
    assert not any(name.startswith("Juni") for name in ents)


def test_bare_social_security_body_is_an_organisation() -> None:
    ents = _ents("Pemerintah daerah menanggung iuran BPJS bagi warga miskin di Lebak.")
    assert ents.get("BPJS", ("", ""))[0] == "ORG"


def test_title_short_form_alone_that_is_a_listed_body() -> None:
    # `Kadin` is also short for a head of office; alone, with no office or name after it, it is the chamber
    ents = _ents('"Kami mengundang pengusaha dari Kadin, asosiasi dan bank," kata Rudi Hartono.')
    assert ents.get("Kadin", ("", ""))[0] == "ORG"
    assert ents.get("Rudi Hartono", ("", ""))[0] == "PER"


def test_district_name_after_a_foreign_country_is_a_first_name() -> None:
    # `Tanta` is a district of South Kalimantan; after `Tonga` it opens a person's name
    ents = _ents("Perdana Menteri Tonga Tanta Fifita berkunjung ke Jakarta pekan lalu.")
    assert ents.get("Tanta Fifita") == ("PER", "Perdana Menteri Tonga")


def test_regional_office_with_acronym_before_the_region() -> None:
    text = "Audit dilakukan di Badan Pendapatan Daerah (Bapenda) Kabupaten Lebak pekan lalu."
    ents = _ents(text)
    assert ents.get("Badan Pendapatan Daerah Kabupaten Lebak", ("", ""))[0] == "ORG"
    assert ents.get("Kabupaten Lebak", ("", ""))[0] == "LOC"  # the region stays a place too
    art = warta.read(text)  # every later layer reads the nested spans without failing
    org = next(e for e in art.entities if e.label == "ORG")
    assert text[org.mentions[0].start : org.mentions[0].end].endswith("(Bapenda) Kabupaten Lebak")


def test_contracted_portfolio_is_the_office_not_a_name() -> None:
    ents = _ents("Menko Marves Rahmat Hidayat tiba di Bali. Menko Marves menambahkan bahwa pelabuhan akan dibangun.")
    assert ents.get("Rahmat Hidayat") == ("PER", "Menko Marves")
    assert "Marves" not in ents


def test_body_glued_to_the_person_named_alone_later() -> None:
    ents = _ents(
        "Hal itu disampaikan Deputi Bidang Hubungan, Pers dan Media (HPM) Sekretariat Presiden Rudi Hartanto "
        "seperti dikutip dari laman resmi. "
        "Rudi mengatakan mobil itu milik pemerintah daerah."
    )
    assert ents.get("Rudi Hartanto", ("", ""))[0] == "PER"
    assert not any(name.endswith("Rudi Hartanto") and label == "ORG" for name, (label, _) in ents.items())


def test_field_after_bidang_is_no_person() -> None:
    ents = _ents("Hal itu dikatakan Deputi Bidang Protokol, Pers dan Media (PPM) Kantor Wapres dalam keterangannya.")
    assert "Protokol" not in ents


def test_candidate_and_trade_short_titles() -> None:
    ents = _ents(
        "Ketua partai itu memberi wejangan kepada cagub Rahmat Hidayat di kantornya. Ia juga bertemu motivator Ari Wibowo."
    )
    assert ents.get("Rahmat Hidayat") == ("PER", "cagub")
    assert ents.get("Ari Wibowo") == ("PER", "motivator")


def test_what_a_party_board_leads_is_an_organisation() -> None:
    ents = _ents(
        "Menteri itu mengajak Dewan Pimpinan Pusat (DPP) Nelayan Maju berkolaborasi. "
        "Sementara itu, Ketua Umum DPP Nelayan Maju, Rudi Hartono menyampaikan organisasinya siap."
    )
    assert ents.get("Nelayan Maju", ("", ""))[0] == "ORG"
    assert ents.get("Rudi Hartono") == ("PER", "Ketua Umum DPP Nelayan Maju")


def test_roman_numeral_after_a_party_board_is_no_initial() -> None:
    ents = _ents("Instruksi itu datang melalui ketua DPD I Hanura Sulteng, kepada seluruh kader.")
    assert not any(label == "PER" for label, _ in ents.values())


def test_party_board_with_region_is_no_regional_office() -> None:
    ents = _ents("Ketua DPD Pemuda Bangsa Mandiri (PBM) Provinsi Bali hadir dalam rapat itu.")
    assert not any(name.endswith("Provinsi Bali") and label == "ORG" for name, (label, _) in ents.items())


def test_post_then_its_short_form_in_brackets_then_the_name() -> None:
    ents = _ents("Menteri Koordinator Bidang Pangan (Menko Pangan) Rahmat Hidayat menyebut stok beras aman.")
    assert ents.get("Rahmat Hidayat") == ("PER", "Menteri Koordinator Bidang Pangan")


def test_word_of_fame_between_trade_and_name() -> None:
    ents = _ents("Putra motivator kondang Ari Wibowo mendatangi kantor polisi.")
    assert ents.get("Ari Wibowo", ("", ""))[0] == "PER"
    assert (ents["Ari Wibowo"][1] or "").startswith("motivator")
