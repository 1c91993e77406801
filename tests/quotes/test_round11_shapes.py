"""Speaker shapes of outlets other than detik (issue #16, eleventh round), written with other
names: a role-only speaker followed by a place adjunct, a speaker brought in by a passive verb
of saying, role words the entities layer runs into a name, a role written with a body's acronym,
and `Menurut X,` before an adjective predicate."""

from __future__ import annotations

import pytest

import warta
from warta.document import Entity, Mention
from warta.quotes.names import short_roles


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


def _with_people(text: str, people: list[tuple[str, str | None, list[str]]]) -> list[tuple[str | None, str]]:
    """The quotes with the given PER entities (canonical, role, mention strings), not the model's."""
    import warta.quotes

    a = warta.read(text, layers=[])
    for canonical, role, forms in people:
        ent = Entity(canonical, "PER")
        ent.role = role
        for f in forms:
            pos = a.norm.find(f)
            while pos != -1:
                ent.mentions.append(Mention(pos, pos + len(f), f))
                pos = a.norm.find(f, pos + len(f))
        ent.mentions.sort(key=lambda m: m.start)
        a.entities.append(ent)
    warta.quotes.annotate(a)
    return [(q.speaker.name if q.speaker else None, q.text) for q in a.quotes]


@pytest.mark.parametrize("place", ["di Mapolda Riau, Pekanbaru", "di Gedung Merah Putih, Jakarta"])
def test_a_role_only_speaker_before_a_place_and_its_city(place: str) -> None:
    text = (
        "Pekanbaru (ANTARA News) - Kapolda Riau Irjen Pol Agung Setya Imam Effendi menegaskan tidak ada "
        "toleransi bagi pembakar lahan.\n\n"
        f'"Siapa pun yang membakar lahan akan kami proses," kata Kapolda {place}, Kamis.'
    )
    got = _quotes(text)
    assert got[-1][0] == "Agung Setya Imam Effendi"
    assert got[-1][1] == "kata"


def test_a_name_in_apposition_after_a_role_still_counts() -> None:
    text = 'Jakarta - Banjir meluas.\n\n"Kami kerahkan semua pompa," kata Kepala Dinas Sumber Daya Air, Yusmada Faizal.'
    assert [s for s, _c, _t in _quotes(text)] == ["Yusmada Faizal"]


def test_the_agent_of_a_passive_verb_of_saying_is_who_the_next_pronoun_means() -> None:
    text = (
        "Jakarta - Ketua Komisi IV DPR Sudin Hasibuan mengkritik rencana impor garam.\n\n"
        '"Petani garam kita akan rugi," ujar Sudin di Kompleks Parlemen, Senayan, Selasa (14/3/2017).\n\n'
        "Sudin mengungkapkan bahwa stok garam nasional masih cukup. Hal senada disampaikan anggota "
        "Komisi IV DPR Hermanto Siregar. Ia menilai impor garam tidak mendesak."
    )
    got = _quotes(text)
    assert got[-1] == ("Hermanto Siregar", "menilai", "impor garam tidak mendesak.")


def test_the_subject_of_an_active_verb_keeps_the_pronoun_with_the_last_speaker() -> None:
    # `menemui` is no verb of saying: the person it brings in has said nothing, so `Ia` stays
    # with the one being quoted
    text = (
        "Jakarta - Ketua Komisi IV DPR Sudin Hasibuan mengkritik rencana impor garam.\n\n"
        "Sudin mengungkapkan bahwa stok garam nasional masih cukup. Pekan lalu ia ditemui petani "
        "garam Hermanto Siregar. Ia menilai impor garam tidak mendesak."
    )
    assert _quotes(text)[-1][0] == "Sudin Hasibuan"


@pytest.mark.parametrize(
    ("canonical", "role_words"),
    [("Jilid II Bambang Sutrisno", "Ketua KPK"), ("Senior Bambang Sutrisno", "Deputi Gubernur")],
)
def test_role_words_run_into_a_name_are_dropped_from_the_speaker(canonical: str, role_words: str) -> None:
    text = (
        f"Jakarta - {role_words} {canonical} membantah tudingan itu.\n\n"
        '"Saya tidak pernah mengatakan ada 30 tersangka," kata Bambang di Jakarta, Rabu (12/7/2017).'
    )
    got = _with_people(text, [(canonical, role_words, [canonical, "Bambang"])])
    assert {s for s, _t in got} == {"Bambang Sutrisno"}


def test_a_two_word_name_is_left_whole() -> None:
    text = 'Jakarta - Senior Wijaya membantah.\n\n"Itu tidak benar," kata Senior.'
    got = _with_people(text, [("Senior Wijaya", None, ["Senior Wijaya", "Senior"])])
    assert {s for s, _t in got} == {"Senior Wijaya"}


def test_a_role_written_with_the_acronym_of_its_body_means_its_holder() -> None:
    text = (
        "Jakarta - Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati "
        "mengimbau warga waspada.\n\n"
        "Menurut Kepala BMKG, puncak musim hujan jatuh pada Januari."
    )
    role = "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
    got = _with_people(text, [("Dwikorita Karnawati", role, ["Dwikorita Karnawati"])])
    assert got[-1] == ("Dwikorita Karnawati", "puncak musim hujan jatuh pada Januari.")


@pytest.mark.parametrize(
    ("role", "short"),
    [
        ("gubernur bank indonesia (bi)", "gubernur bi"),
        ("kepala badan pusat statistik (bps) jawa tengah", "kepala bps jawa tengah"),
        ("ketua komisi pemilihan umum (kpu)", "ketua komisi pemilihan umum"),
    ],
)
def test_short_forms_of_a_role(role: str, short: str) -> None:
    assert short in short_roles(role)


def test_an_acronym_that_does_not_spell_the_words_gives_no_short_form() -> None:
    assert short_roles("ketua dewan pers (xyz)") == {"ketua dewan pers"}


@pytest.mark.parametrize("content", ["kliennya selalu kooperatif.", "hal itu wajar saja."])
def test_according_to_before_an_adjective_predicate(content: str) -> None:
    text = f"Jakarta - Kuasa hukum Rina, Soesilo Aribowo, menyayangkan penahanan tersebut. Menurut dia, {content}"
    got = _quotes(text)
    assert (got[-1][1], got[-1][2]) == ("Menurut", content)
    assert got[-1][0] == "Soesilo Aribowo"


def test_according_to_before_two_words_is_no_statement() -> None:
    text = "Jakarta - Soesilo Aribowo datang ke kantor polisi. Menurut dia, tidak."
    assert [c for _s, c, _t in _quotes(text)] == []


def test_according_to_a_pronoun_clitic_before_an_intransitive_predicate() -> None:
    text = (
        "Jakarta - Politikus Partai Golkar Hendra Wijaya menyoroti lemahnya pengawasan di pelabuhan. "
        "Menurutnya, banyak barang ilegal lolos."
    )
    got = _quotes(text)
    assert got[-1] == ("Hendra Wijaya", "Menurut", "banyak barang ilegal lolos.")


@pytest.mark.parametrize("adjunct", [" di Jakarta, Jumat (7/4).", ", Jumat (7/4/2017).", "."])
def test_an_epithet_with_a_nickname_before_the_place_and_day(adjunct: str) -> None:
    text = (
        "Jakarta - Politikus Partai Golkar Hendra Wijaya meminta pemerintah mengevaluasi kebijakan impor.\n\n"
        f'"Impor jangan jadi jalan pintas," tegas pria yang akrab disapa Hendra ini{adjunct}'
    )
    assert [s for s, _c, _t in _quotes(text)] == ["Hendra Wijaya", "Hendra Wijaya"]


def test_a_description_closed_by_a_name_in_apposition_is_that_person() -> None:
    text = (
        "Jakarta - Politikus Partai Golkar Hendra Wijaya meminta pemerintah mengevaluasi impor.\n\n"
        '"Pelabuhan kami sepi," kata warga yang tinggal di dekat pelabuhan itu, Budi Santoso.'
    )
    assert _quotes(text)[-1][0] == "Budi Santoso"


@pytest.mark.parametrize("body", ["Kementerian Dalam Negeri", "Sekolah Menengah Atas Negeri 3"])
def test_a_capitalised_function_word_inside_a_body_name_does_not_end_the_speaker(body: str) -> None:
    text = (
        "Kabul - Sedikitnya 20 orang tewas dalam serangan bom.\n\n"
        f'"Ledakan terjadi di dekat gerbang," kata juru bicara {body} Najib Rahmani.'
    )
    assert _quotes(text)[-1][0] == "Najib Rahmani"


def test_a_country_run_into_a_name_is_dropped_from_the_speaker() -> None:
    text = (
        "Moskow - Juru bicara Kremlin Rusia Dmitry Peskov menanggapi sanksi itu.\n\n"
        '"Sanksi itu tidak akan mengubah sikap kami," kata Peskov kepada wartawan.'
    )
    got = _with_people(text, [("Rusia Dmitry Peskov", "Juru bicara Kremlin", ["Rusia Dmitry Peskov", "Peskov"])])
    assert {s for s, _t in got} == {"Dmitry Peskov"}


@pytest.mark.parametrize(("verb", "lemma"), [("mengimbuhkan", "imbuh"), ("beralasan", "alasan")])
def test_more_verbs_of_saying(verb: str, lemma: str) -> None:
    text = f"Jakarta - Kepala Dinas Kesehatan Widyastuti Rahman {verb}, petugas sudah memeriksa seluruh korban."
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    assert [(q.cue, q.cue_lemma, q.text) for q in art.quotes] == [
        (verb, lemma, "petugas sudah memeriksa seluruh korban.")
    ]


def _with_bodies(text: str, bodies: list[tuple[str, list[str]]]) -> list[str | None]:
    """The quotes' speakers with the given ORG entities (canonical, mention strings)."""
    import warta.quotes

    a = warta.read(text, layers=[])
    for canonical, forms in bodies:
        ent = Entity(canonical, "ORG")
        for f in forms:
            pos = a.norm.find(f)
            while pos != -1:
                if not any(m.start <= pos < m.end for e in a.entities for m in e.mentions):
                    ent.mentions.append(Mention(pos, pos + len(f), f))
                pos = a.norm.find(f, pos + len(f))
        ent.mentions.sort(key=lambda m: m.start)
        a.entities.append(ent)
    warta.quotes.annotate(a)
    return [q.speaker.name if q.speaker else None for q in a.quotes]


@pytest.mark.parametrize(
    ("bodies", "phrase", "name"),
    [
        ([("Ditjen PAS Marwan", ["Ditjen PAS Marwan"])], "Kepala Bagian Humas Ditjen PAS Marwan", "Marwan"),
        ([("Bawaslu Rahmat", ["Bawaslu Rahmat"]), ("Bawaslu", ["Bawaslu"])], "Ketua Bawaslu Rahmat", "Rahmat"),
        (
            [("Partai Gerindra Sutrisno", ["Partai Gerindra Sutrisno"])],
            "Ketua DPP Partai Gerindra Sutrisno",
            "Sutrisno",
        ),
    ],
)
def test_a_one_word_name_read_into_a_body_after_its_short_name(bodies, phrase: str, name: str) -> None:
    text = (
        "Jakarta - Pengawasan diperketat di semua lapas dan Bawaslu ikut memantau.\n\n"
        f"{phrase} menyebut petugas yang terlibat akan dipecat."
    )
    assert _with_bodies(text, bodies) == [name]


@pytest.mark.parametrize("body", ["BPJS Ketenagakerjaan", "KPU Sulsel", "BNN Pusat"])
def test_a_body_ending_in_a_field_or_a_place_after_its_acronym_stays_the_body(body: str) -> None:
    text = f"Jakarta - Klaim naik.\n\nDirektur {body} menyebut klaim naik 20 persen tahun ini."
    assert _with_bodies(text, [(body, [body])]) == [body]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Ir. H. Hendro Santoso, M.Si", "Hendro Santoso"), ("dr. Rina Kurniawati, SpA", "Rina Kurniawati")],
)
def test_a_degree_after_the_comma_is_no_name_in_apposition(phrase: str, name: str) -> None:
    text = (
        f'Bogor - Warga mulai kembali ke rumah.\n\n"Air sudah surut sejak tadi pagi," kata {phrase}, Senin (12/6/2017).'
    )
    assert [s for s, _c, _t in _quotes(text)] == [name]


_QUOTED = '"Kenaikan tarif ini tidak bisa dihindari karena beban subsidi terlalu berat."'


@pytest.mark.parametrize(
    "closing",
    [
        " Hal itu disampaikan Menteri Perhubungan Rudi Hartanto di Jakarta, Jumat (2/9/2017).",
        "\n\nHal tersebut dikatakan Menteri Perhubungan Rudi Hartanto di Jakarta.",
        "\n\nPernyataan itu disampaikan Menteri Perhubungan Rudi Hartanto kepada wartawan.",
        "\n\nDemikian disampaikan Menteri Perhubungan Rudi Hartanto di Jakarta.",
    ],
)
def test_a_sentence_that_gives_the_quote_before_it_to_someone(closing: str) -> None:
    text = f"Jakarta - Pemerintah menaikkan tarif kereta mulai Sabtu.\n\n{_QUOTED}{closing}"
    got = _quotes(text)
    assert [(s, t[:20]) for s, _c, t in got] == [("Rudi Hartanto", "Kenaikan tarif ini t")]


def test_a_closing_sentence_with_a_clitic_points_to_the_person_before() -> None:
    text = (
        "Jakarta - Menteri Perhubungan Rudi Hartanto meninjau Stasiun Gambir.\n\n"
        f"{_QUOTED}\n\nHal itu disampaikannya di Jakarta, Jumat (2/9/2017)."
    )
    assert [(s, c) for s, c, _t in _quotes(text)] == [("Rudi Hartanto", "disampaikan")]


def test_a_closing_sentence_with_no_agent_gives_no_speaker() -> None:
    text = f"Jakarta - Pemerintah menaikkan tarif kereta.\n\n{_QUOTED}\n\nHal itu disampaikan dalam rapat di Jakarta."
    assert [s for s, _c, _t in _quotes(text)] == [None]


_SCENE = "Jakarta - Kepala Dinas Perhubungan Bekasi Yayan Sofyan meninjau Terminal Bekasi.\n\n"


@pytest.mark.parametrize(
    ("opening", "cue"), [("Tambahnya", "Tambah"), ("Ujarnya", "Ujar"), ("Dirinya mengatakan", "mengatakan")]
)
def test_a_pronoun_speaker_opening_the_sentence(opening: str, cue: str) -> None:
    got = _quotes(f"{_SCENE}{opening}, bus tambahan akan disiagakan selama libur panjang.")
    assert got[-1] == ("Yayan Sofyan", cue, "bus tambahan akan disiagakan selama libur panjang.")


def test_a_clitic_word_that_is_no_cue_opens_no_statement() -> None:
    assert _quotes(f"{_SCENE}Akibatnya, bus tambahan akan disiagakan selama libur panjang.") == []


def test_an_abbreviated_role_only_speaker_means_the_holder_of_the_written_out_role() -> None:
    text = (
        "Jakarta - Ketua Umum Partai Nusantara Raya (PNR) Rina Marlina menghadiri rapat koordinasi di Jakarta.\n\n"
        "Rapat itu membahas persiapan pemilu.\n\n"
        '"Semua kader harus siap sebelum kampanye dimulai," kata Ketum PNR di sela rapat.'
    )
    role = "Ketua Umum PNR"
    got = _with_people(text, [("Rina Marlina", role, ["Rina Marlina"])])
    assert got[-1][0] == "Rina Marlina"


@pytest.mark.parametrize("canonical", ["Fraksi PKB Hendra Wijaya", "PKB Hendra Wijaya"])
def test_a_body_run_into_a_name_is_dropped_from_the_speaker(canonical: str) -> None:
    text = (
        f"Jakarta - Anggota Komisi III DPR dari {canonical} mengkritik rencana itu.\n\n"
        '"Rencana itu harus dikaji ulang," kata Hendra di Kompleks Parlemen.'
    )
    got = _with_people(text, [(canonical, "Anggota Komisi III DPR", [canonical, "Hendra"])])
    assert {s for s, _t in got} == {"Hendra Wijaya"}


def test_an_epithet_naming_where_the_person_is_from() -> None:
    text = (
        "Jakarta - Pelatih Persija Stefano Cugurra memimpin latihan di Stadion Madya, Senin (12/6/2017).\n\n"
        '"Semua pemain harus siap sebelum laga pekan depan," kata pria asal Brasil itu.'
    )
    assert _quotes(text)[-1][0] == "Stefano Cugurra"
