"""Shapes the second held-out outlet set showed: a place adjunct after the speaker's name whose
comma list is not a name in apposition, a role written alone meaning its holder, and an
inverted cue with no comma after the name or at the start of the sentence."""

from warta.document import Entity, Mention


def test_place_after_name_is_not_apposition(h) -> None:
    text = (
        '"Kami sudah menangkap dua orang pelaku di lokasi," kata Kapolsek Ciracas AKP Budiman '
        "di Mapolsek Ciracas, Kota Bekasi, Jawa Barat, hari ini."
    )
    a = h.with_entities(text, [("Budiman", "PER", ["Budiman"]), ("Kota Bekasi", "LOC", ["Kota Bekasi"])])
    assert [s for _k, s, _c, _t in h.summary(a)] == ["Budiman"]


def test_lower_case_place_after_name(h) -> None:
    text = (
        '"Tim masih mendalami peran pihak lain," kata Juru Bicara Kejaksaan Rudi Hartono '
        "di gedung Kejaksaan, Jakarta, Senin (19/2)."
    )
    a = h.with_entities(text, [("Rudi Hartono", "PER", ["Rudi Hartono"]), ("Jakarta", "LOC", ["Jakarta"])])
    assert [s for _k, s, _c, _t in h.summary(a)] == ["Rudi Hartono"]


def test_role_alone_means_its_holder(h) -> None:
    text = (
        "Jaksa Agung Sri Wahyuni menolak usulan itu. "
        "Jaksa Agung juga menegaskan tidak akan mengubah anggaran yang sudah disahkan DPR."
    )
    a = h.read(text)
    a.quotes = []
    a.entities = []
    ent = Entity("Sri Wahyuni", "PER")
    ent.role = "Jaksa Agung"
    p = text.find("Sri Wahyuni")
    ent.mentions.append(Mention(p, p + len("Sri Wahyuni"), "Sri Wahyuni"))
    a.entities.append(ent)
    import warta.quotes

    warta.quotes.annotate(a)
    assert h.summary(a) == [
        ("indirect", "Sri Wahyuni", "menegaskan", "tidak akan mengubah anggaran yang sudah disahkan DPR.")
    ]


def test_interrupting_cue_without_comma_after_name(h) -> None:
    people = [("Bambang", "PER", ["Bambang"]), ("Yusuf", "PER", ["Yusuf"])]
    a = h.with_entities(
        "Soal jadwal rapat paripurna, kata Bambang pihaknya masih akan berkonsultasi dengan pimpinan dewan.", people
    )
    assert h.summary(a) == [("indirect", "Bambang", "kata", "pihaknya masih akan berkonsultasi dengan pimpinan dewan.")]
    a = h.with_entities(
        "Namun, lanjut Yusuf siapa calon tersangka baru tergantung pada alat bukti yang ditemukan penyidik.", people
    )
    assert h.summary(a)[0][1:3] == ("Yusuf", "lanjut")
    assert h.summary(a)[0][3].startswith("siapa calon tersangka")


def test_name_then_place_is_not_split(h) -> None:
    a = h.with_entities(
        "Sementara itu, kata Andi di Jakarta, pemerintah akan menaikkan harga BBM bulan depan.",
        [("Andi", "PER", ["Andi"])],
    )
    assert h.summary(a) == [("indirect", "Andi", "kata", "pemerintah akan menaikkan harga BBM bulan depan.")]


def test_inverted_cue_opens_the_sentence(h) -> None:
    a = h.with_entities(
        "Lanjut Andi, dari keterangan tersangka pihaknya akan berkoordinasi dengan Polda Jawa Barat.",
        [("Andi", "PER", ["Andi"])],
    )
    assert h.summary(a) == [
        ("indirect", "Andi", "Lanjut", "dari keterangan tersangka pihaknya akan berkoordinasi dengan Polda Jawa Barat.")
    ]


def test_opening_word_that_is_not_an_attribution(h) -> None:
    a = h.with_entities(
        "Lanjut usia bukan halangan, Andi masih bekerja di sawah setiap pagi bersama anaknya.",
        [("Andi", "PER", ["Andi"])],
    )
    assert [q for q in h.summary(a) if q[2] == "Lanjut"] == []


def test_noun_before_name_is_no_interjected_cue(h) -> None:
    a = h.with_entities(
        "Meski terdengar keras, pesan Gunawan bukan untuk menakuti warga, melainkan mengingatkan mereka.",
        [("Gunawan", "PER", ["Gunawan"])],
    )
    assert h.summary(a) == []


def test_person_talked_about_in_reported_content_is_not_the_next_speaker(h) -> None:
    people = [("Hendra", "PER", ["Hendra"]), ("Wawan", "PER", ["Kapolsek Wawan", "Wawan"])]
    a = h.with_entities(
        '"Sudah kami klarifikasi," kata Kasi Humas Hendra.\n'
        "Dia mengungkapkan, Kapolsek Wawan tidak berniat melarang wartawan meliput di lokasi itu.\n"
        '"Mungkin ada salah paham di lapangan saat itu, jadi kami pertemukan," ujarnya.',
        people,
    )
    assert [s for _k, s, _c, _t in h.summary(a)] == ["Hendra", "Hendra", "Hendra"]


def test_contributor_credit_before_the_name(h) -> None:
    a = h.with_entities(
        '"Memang kami dilarang mengambil gambar di sana," ungkap Kontributor Metro TV, Rahmat kepada wartawan, Senin (6/10).',
        [("Rahmat", "PER", ["Rahmat"]), ("Metro TV", "ORG", ["Metro TV"])],
    )
    assert [s for _k, s, _c, _t in h.summary(a)] == ["Rahmat"]


def test_trailing_report_by_a_group(h) -> None:
    a = h.read(
        "Selain itu, polusi udara tersebut memperpendek usia harapan hidup warga kota hingga dua tahun, "
        "lapor para peneliti di jurnal Nature Medicine."
    )
    assert h.summary(a)[0][:3] == ("indirect", "peneliti", "lapor")


def test_quantifier_sentence_continues_reported_content(h) -> None:
    a = h.with_entities(
        "Dia menyebut, pembangunan jembatan itu tidak memakai dana APBD. "
        "Seluruhnya memakai dana hibah dari pemerintah pusat dan bantuan swasta.",
        [],
    )
    assert h.summary(a)[0][3].endswith("pemerintah pusat dan bantuan swasta.")


def test_mojibake_quote_marks_leave_no_padding_in_the_span(h) -> None:
    text = (
        "Polisi menangkap dua pelaku pencurian di pasar.\n"
        "\u00e2\u20ac\u0153Kami masih memeriksa kedua pelaku dan saksi-saksi,\u00e2\u20ac\u009d kata Kapolsek Budiman."
    )
    a = h.read(text)
    (q,) = a.quotes
    assert a.text[q.start : q.end] == "Kami masih memeriksa kedua pelaku dan saksi-saksi,"
    assert q.speaker.name == "Budiman"


def test_relayed_according_gives_the_person_relaying(h) -> None:
    a = h.with_entities(
        "Menurut perhitungan ahli properti, kata Sutrisno, nilai rumah pejabat itu mencapai Rp 50 miliar.",
        [("Sutrisno", "PER", ["Sutrisno"])],
    )
    assert h.summary(a) == [("indirect", "Sutrisno", "kata", "nilai rumah pejabat itu mencapai Rp 50 miliar.")]


def test_pronoun_opening_the_story_means_the_person_in_the_headline() -> None:
    import warta
    import warta.quotes

    rec = {
        "title": "Anaknya Terjun ke Politik, Rina Kusuma: Saya Khawatir",
        "text": "Ia mengaku khawatir melihat kesibukan putranya yang kini menjadi anggota dewan.\n"
        '"Dia jarang pulang sekarang," kata Rina Kusuma di Jakarta.',
    }
    a = warta.read(rec, layers=[])
    ent = Entity("Rina Kusuma", "PER")
    p = a.norm.find("Rina Kusuma")
    ent.mentions.append(Mention(p, p + len("Rina Kusuma"), "Rina Kusuma"))
    a.entities.append(ent)
    warta.quotes.annotate(a)
    assert [q.speaker.name if q.speaker else None for q in a.quotes] == ["Rina Kusuma", "Rina Kusuma"]
