"""Round 14 entity rules (issue #16): sentences written for the tests, not taken from the eval sets."""

from __future__ import annotations

from warta.document.model import Entity, Mention
from warta.entities.labels import people_read_as_places_by_kin_or_name


def _entity(text: str, name: str, label: str) -> Entity:
    at = text.index(name)
    return Entity(name, label, [Mention(at, at + len(name), name)])


def test_a_street_named_after_a_person_after_di_stays_a_place() -> None:
    text = "Perampokan serupa pernah terjadi di Budi Santoso pada pekan lalu."
    out = [_entity(text, "Budi Santoso", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[0].label == "LOC"


def test_an_unknown_place_opening_with_a_given_name_is_still_a_person_elsewhere() -> None:
    text = "Bantuan itu disalurkan melalui Budi Santoso dan Kupang."
    out = [_entity(text, "Budi Santoso", "LOC")]
    people_read_as_places_by_kin_or_name(text, out)
    assert out[0].label == "PER"


def test_a_state_company_keeps_its_legal_tail() -> None:
    from warta.entities.name_tails import extend_tails

    text = "Tarif itu ditetapkan PT Angkasa Pura (Persero) Tbk pada Senin."
    out = extend_tails(text, [_entity(text, "PT Angkasa Pura", "ORG"), _entity(text, "Persero", "ORG")])
    assert [(e.canonical, e.label) for e in out] == [("PT Angkasa Pura (Persero) Tbk", "ORG")]
    text = "Tarif itu ditetapkan PT Angkasa Pura pada Senin."
    out = extend_tails(text, [_entity(text, "PT Angkasa Pura", "ORG")])
    assert out[0].mentions[0].text == "PT Angkasa Pura"


def test_a_coordinating_ministry_keeps_its_field() -> None:
    from warta.entities.name_tails import extend_tails

    text = "Rapat digelar di Kementerian Koordinator bidang Kemaritiman, Rabu."
    out = [_entity(text, "Kementerian Koordinator", "ORG"), _entity(text, "Kemaritiman", "ORG")]
    out = extend_tails(text, out)
    assert [e.canonical for e in out] == ["Kementerian Koordinator bidang Kemaritiman"]
    text = "Kementerian Luar Negeri bidang kerja sama menggelar rapat."
    out = extend_tails(text, [_entity(text, "Kementerian Luar Negeri", "ORG")])
    assert out[0].canonical == "Kementerian Luar Negeri"


def test_a_country_closing_a_body_named_in_full_elsewhere_is_that_body() -> None:
    from warta.entities.name_tails import countries_in_names

    text = "Serikat Buruh Indonesia (SERBU Indonesia) menolak. Ketua SERBU Indonesia Ana Lestari bicara di Indonesia."
    body = Entity("Serikat Buruh Indonesia", "ORG", [Mention(0, 23, "Serikat Buruh Indonesia")])
    at = text.index("SERBU Indonesia")
    body.mentions.append(Mention(at, at + 15, "SERBU Indonesia"))
    second = text.index("SERBU Indonesia", at + 1)
    loc = Entity(
        "Indonesia",
        "LOC",
        [Mention(second + 6, second + 15, "Indonesia"), Mention(text.rindex("Indonesia"), len(text) - 1, "Indonesia")],
        country="ID",
    )
    out = countries_in_names(text, [body, loc])
    assert [m.start for m in out[0].mentions] == [0, at, second]
    assert [m.start for m in out[1].mentions] == [text.rindex("Indonesia")]


def test_a_country_inside_a_programme_name_is_no_place() -> None:
    from warta.entities.name_tails import countries_in_names

    text = "Ia terdaftar di Program Indonesia Pintar sejak SD."
    out = countries_in_names(text, [_entity(text, "Indonesia", "LOC")])
    assert out == []
    text = "Ia pulang ke Indonesia Timur."
    out = countries_in_names(text, [_entity(text, "Indonesia", "LOC")])
    assert len(out) == 1


def test_names_joined_by_dan_before_an_acronym_of_both_are_one_body() -> None:
    from warta.entities.name_tails import joined_by_acronym

    text = "Balai Riset dan Observasi Laut (BROL) memantau suhu."
    out = [_entity(text, "Balai Riset", "ORG"), _entity(text, "Observasi Laut", "PER")]
    out[1].mentions.append(Mention(32, 36, "BROL"))
    out = joined_by_acronym(text, out)
    assert [(e.canonical, e.label, len(e.mentions)) for e in out] == [("Balai Riset dan Observasi Laut", "ORG", 2)]
    text = "Balai Riset dan Observasi Laut (BMKG) memantau suhu."
    out = [_entity(text, "Balai Riset", "ORG"), _entity(text, "Observasi Laut", "ORG")]
    assert len(joined_by_acronym(text, out)) == 2


def test_a_contraction_of_a_body_named_before_is_that_body() -> None:
    from warta.entities.name_tails import contracted_bodies

    text = "Ia melapor ke Cabang Dinas Kesehatan. Pihak Cabdin lalu datang."
    out = contracted_bodies(text, [_entity(text, "Cabang Dinas Kesehatan", "ORG"), _entity(text, "Cabdin", "PER")])
    assert [(e.canonical, [m.text for m in e.mentions]) for e in out] == [
        ("Cabang Dinas Kesehatan", ["Cabang Dinas Kesehatan", "Cabdin"])
    ]
    text = "Ia melapor ke Cabang Dinas Kesehatan. Pak Cahyo lalu datang."
    out = contracted_bodies(text, [_entity(text, "Cabang Dinas Kesehatan", "ORG"), _entity(text, "Cahyo", "PER")])
    assert len(out) == 2


def test_cabang_opens_a_dinas_but_not_a_bank() -> None:
    from warta.entities.prefixes import opened_bodies

    text = "Ia berkoordinasi dengan Cabang Dinas Pendidikan pagi ini."
    out = opened_bodies(text, [_entity(text, "Dinas Pendidikan", "ORG")])
    assert out[0].canonical == "Cabang Dinas Pendidikan"
    text = "Ia menabung di Cabang BCA pagi ini."
    out = opened_bodies(text, [_entity(text, "BCA", "ORG")])
    assert out[0].canonical == "BCA"


def test_a_cited_outlet_with_its_media_word_and_a_numbered_channel_are_bodies() -> None:
    import warta

    text = (
        "Jakarta - Pelatih itu tampil di Trans 7 pada Selasa malam. "
        '"Saya senang," kata dia kepada ANTARA News seusai acara di Jakarta.'
    )
    ents = {(e.canonical, e.label) for e in warta.read(text, layers=["entities"]).entities}
    assert ("Trans 7", "ORG") in ents
    assert ("ANTARA News", "ORG") in ents
    assert not any(name == "News" for name, _ in ents)


def test_a_body_named_after_a_date_keeps_it_before_its_acronym() -> None:
    from warta.entities.name_tails import extend_tails

    text = "Dosen TI Universitas 1 Maret 1950 (Unimar) Padang, Ani, menilai lain."
    out = [_entity(text, "TI Universitas", "ORG"), _entity(text, "Unimar", "ORG")]
    out = extend_tails(text, out)
    assert [(e.canonical, [m.text for m in e.mentions]) for e in out] == [
        ("Universitas 1 Maret 1950", ["Universitas 1 Maret 1950", "Unimar"])
    ]
    text = "Rapat Yayasan Harapan 1 Maret 2024 lalu membahas dana."
    out = extend_tails(text, [_entity(text, "Yayasan Harapan", "ORG")])
    assert out[0].canonical == "Yayasan Harapan"


def test_a_board_named_without_its_body_is_no_organisation() -> None:
    from warta.entities.name_tails import drop_bare_boards

    text = "Hal itu dibahas di Rapat Dewan Gubernur bulan depan. Dewan Gubernur Bank Sentral Eropa juga."
    out = [_entity(text, "Dewan Gubernur", "ORG"), _entity(text, "Dewan Gubernur Bank Sentral Eropa", "ORG")]
    assert [e.canonical for e in drop_bare_boards(out)] == ["Dewan Gubernur Bank Sentral Eropa"]


def test_a_name_joined_by_dan_to_a_place_after_di_is_a_place() -> None:
    from warta.entities.located import people_listed_after_a_place as people_listed_after_places

    text = "Kejadian serupa terjadi di Sunter dan Kali Baru kemarin."
    out = [_entity(text, "Sunter", "LOC"), _entity(text, "Kali Baru", "PER")]
    people_listed_after_places(text, out)
    assert out[1].label == "LOC"
    text = "Rapat di Sunter dan Kali Baru hadir kemarin."
    out = [_entity(text, "Sunter", "ORG"), _entity(text, "Kali Baru", "PER")]
    people_listed_after_places(text, out)
    assert out[1].label == "PER"


def test_a_police_directorate_opens_its_polda() -> None:
    from warta.entities.prefixes import opened_bodies

    text = "Hal itu ditemukan Ditreskrimsus Polda Jawa Timur kemarin."
    out = opened_bodies(text, [_entity(text, "Polda Jawa Timur", "ORG")])
    assert out[0].canonical == "Ditreskrimsus Polda Jawa Timur"
    text = "Hal itu ditemukan Satria Bank Jatim kemarin."
    out = opened_bodies(text, [_entity(text, "Bank Jatim", "ORG")])
    assert out[0].canonical == "Bank Jatim"


def test_a_dinas_contraction_with_its_region_joins_the_dinas() -> None:
    from warta.entities.name_tails import contracted_bodies

    text = "Dinas Kebudayaan dan Pariwisata Provinsi Maluku Utara hadir. Kepala Disbudpar Maluku Utara bicara."
    body = _entity(text, "Dinas Kebudayaan dan Pariwisata Provinsi Maluku Utara", "ORG")
    short = _entity(text, "Disbudpar", "LOC")
    region = Entity(
        "Maluku Utara", "LOC", [Mention(text.rindex("Maluku Utara"), text.rindex("Maluku Utara") + 12, "Maluku Utara")]
    )
    out = contracted_bodies(text, [body, short, region])
    assert [m.text for m in out[0].mentions] == [body.canonical, "Disbudpar Maluku Utara"]
    assert len(out) == 1


def test_a_body_name_cut_at_a_slash_is_one_name() -> None:
    from warta.entities.name_tails import slash_joined

    text = "Programnya adalah Balai Desa/Kelurahan Sehat Bersama tahun ini."
    out = [_entity(text, "Balai Desa", "ORG"), _entity(text, "Kelurahan Sehat Bersama", "LOC")]
    assert [e.canonical for e in slash_joined(text, out)] == ["Balai Desa/Kelurahan Sehat Bersama"]
    text = "Suku bunga Bank Indonesia Rate/BI naik."
    out = [_entity(text, "Bank Indonesia Rate", "ORG"), _entity(text, "BI", "ORG")]
    assert len(slash_joined(text, out)) == 2
