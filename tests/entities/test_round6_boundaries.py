"""Name boundaries from the third round's blind sets (issue #16): a pronoun with a glued particle
(`Iapun`), flag ranks and `Capt.` before a name, a body's seat followed by its locality, a place
word opening a name after the office's region. Names differ from the annotated sets."""

import pytest

import warta


def entities(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    art = warta.read(text, layers=["entities", "places"])
    return {e.canonical: (e.label, e.role, e.country) for e in art.entities}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Bandung - Rapat berlangsung lama. Iapun mengakui banyak usulan ditolak warga.", "Iapun"),
        ("Bandung - Warga menunggu. Merekapun pulang ke rumah masing-masing sebelum malam.", "Merekapun"),
        ("Bandung - Siapa yang bertanggung jawab? Dialah yang harus menjawab itu.", "Dialah"),
    ],
)
def test_a_function_word_with_a_glued_particle_is_no_name(text, absent):
    assert absent not in entities(text)


def test_a_flag_rank_with_its_grade_is_no_part_of_the_name():
    ents = entities("Surabaya - Laksamana Madya Hadi Prasetyo meninjau kapal perang di Surabaya.")
    assert "Hadi Prasetyo" in ents and ents["Hadi Prasetyo"][0] == "PER"
    assert not any("Madya" in name for name in ents)


def test_a_rank_between_a_body_and_a_name_closes_the_body():
    ents = entities(
        "Jakarta - Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya Hadi Prasetyo mengatakan "
        "anggaran cukup. Hadi menambahkan hal lain."
    )
    assert ents["Kementerian Pertahanan"][0] == "ORG"
    assert ents["Hadi Prasetyo"][0] == "PER"


def test_capt_is_a_title():
    ents = entities('Jakarta - "Aturan itu harus dipatuhi," kata Ketua Serikat Nelayan Capt. Yohanes Sitompul.')
    assert "Yohanes Sitompul" in ents
    assert not any(name.startswith("Capt") or name.endswith("Capt") for name in ents)


@pytest.mark.parametrize(
    "text, body, locality",
    [
        ("Jakarta - Rapat digelar di Mabes TNI Cijantung, Jakarta Timur, Senin.", "Mabes TNI", "Cijantung"),
        (
            "Jakarta - Anak-anak itu dibina di Kementerian Sosial Cibubur, Jakarta Timur.",
            "Kementerian Sosial",
            "Cibubur",
        ),
    ],
)
def test_a_seat_and_its_locality_are_two_entities(text, body, locality):
    ents = entities(text)
    assert body in ents
    assert ents[locality][0] == "LOC" and ents[locality][2] == "ID"


def test_a_regional_office_stays_one_body():
    ents = entities("Bekasi - Kementerian Agama Bekasi, Jawa Barat menerima usulan itu.")
    assert "Kementerian Agama Bekasi" in ents


def test_a_place_word_after_the_region_opens_the_name():
    ents = entities("Bogor - Gubernur bertemu Bupati Kediri Ende Saputra di Bogor untuk membahas banjir.")
    assert ents["Ende Saputra"][:2] == ("PER", "Bupati Kediri")
    assert "Ende" not in ents


def test_one_place_of_two_words_before_the_name_stays_the_region():
    ents = entities("Jakarta - Gubernur DKI Jakarta Rano Wibowo meninjau banjir.")
    assert ents["Rano Wibowo"][:2] == ("PER", "Gubernur DKI Jakarta")


def test_the_body_cut_before_a_rank_joins_its_other_mentions():
    text = (
        "Jakarta - Kementerian Pertahanan menolak usulan itu. Sekretaris Jenderal Kementerian Pertahanan "
        "Laksamana Madya Hadi Prasetyo mengatakan anggaran cukup."
    )
    bodies = [e for e in warta.read(text, layers=["entities"]).entities if e.canonical == "Kementerian Pertahanan"]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2


def test_a_given_name_that_is_also_a_district_opens_the_name_after_a_body():
    ents = entities("Jakarta - Ketua DPR RI Bambang Wiryawan hadir. Bambang menegaskan sikap partainya.")
    assert ents["Bambang Wiryawan"][:2] == ("PER", "Ketua DPR RI")
    assert "DPR RI" in ents


@pytest.mark.parametrize(
    "text, channel",
    [
        ("Jakarta - Seperti dilansir detiksport, pemain itu cedera lutut.", "detiksport"),
        ("Semarang - Dikutip dari detikjateng, warga mulai mengungsi.", "detikjateng"),
    ],
)
def test_a_cited_channel_in_lower_case_is_an_organisation(text, channel):
    assert entities(text)[channel][0] == "ORG"


def test_an_outlet_word_not_cited_is_no_channel():
    assert not any(name.startswith("detik") for name in entities("Jakarta - Mereka menunggu detik terakhir."))


def test_a_listed_place_with_a_head_word_inside_runs_into_no_body():
    ents = entities("London - Duta besar Inggris untuk Amerika Serikat Peter Wilson mundur. Wilson tidak berkomentar.")
    assert ents["Amerika Serikat"][0] == "LOC"
    assert ents["Peter Wilson"][0] == "PER"
    assert not any(name.startswith("Serikat") for name in ents)


def test_a_contracted_head_is_the_spelled_out_body():
    text = "Jakarta - Komisi Wasit PBSI menolak permohonan itu. Komwas PBSI juga menyebut denda tetap berlaku."
    bodies = [e for e in warta.read(text, layers=["entities"]).entities if e.label == "ORG"]
    home = next(e for e in bodies if e.canonical == "Komisi Wasit PBSI")
    assert "Komwas PBSI" in {m.text for m in home.mentions}


def test_a_word_that_only_shares_letters_is_no_contraction():
    text = "Jakarta - Komisi Banding PBSI menolak permohonan itu. Kompas PBSI menulis hal lain."
    bodies = [e for e in warta.read(text, layers=["entities"]).entities if e.canonical == "Komisi Banding PBSI"]
    assert all("Kompas" not in m.text for e in bodies for m in e.mentions)


def test_a_channel_glued_to_the_word_of_citing_is_cited():
    ents = entities("Jakarta - Pelatih itu mundur.\n\nDilansirdetiksport, pemutusan kontrak diumumkan Senin.")
    assert ents["detiksport"][0] == "ORG"


def test_an_outlet_after_diberitakan_is_cited():
    ents = entities(
        'Sampang - "Masih kami selidiki," kata Kapolsek Omben AKP Rudi Wibowo, seperti diberitakan Antara. Sejumlah barang bukti disita.'
    )
    assert ents["Antara"][0] == "ORG"


def test_an_arabic_article_inside_a_name_does_not_cut_it():
    ents = entities(
        "Gaza - Sayap militer Hamas, Brigade Izzuddin al-Falasthin, mengaku bertanggung jawab. "
        "Presiden Abdel Karim el-Masri menolak."
    )
    assert ents["Brigade Izzuddin al-Falasthin"][0] == "ORG"
    assert ents["Abdel Karim el-Masri"][0] == "PER"
    assert "Brigade Izzuddin" not in ents


def test_a_lower_case_word_with_a_hyphen_is_no_name_word():
    assert not any("as-is" in name for name in entities("Jakarta - Kebijakan Presiden as-is tetap berlaku."))


def test_a_guard_at_a_sentence_start_is_no_person():
    assert "Satpam" not in entities("Bandung - Warga datang ke kantor camat. Satpam menahan mereka di pintu.")
