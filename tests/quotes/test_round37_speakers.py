"""Shapes of the thirty-seventh round (issue #16 items 1 and 2, the pool): `mereka` is a group, never
one person. Where the rules gave it one person, the group named last before it in its own sentence or
the two before speaks: a phrase led by `para` (`…, lapor para peneliti di …`), a noun of people, which
Indonesian leaves unmarked for number (`dikemukakan oleh partai politik karena mereka berdalih`), or a
reduplicated noun (`dubes negara-negara Uni Eropa`); a body the rules chose yields only to a group named
in the pronoun's own sentence. GUIDELINES `quotes`: "`speaker`: the canonical entity … who said it, with
pronouns … resolved to the person meant. A speaker who is not a named entity is given as the shortest
noun phrase that identifies them". Sentences written for this file in the shapes of Indonesian news."""

from __future__ import annotations

from .conftest import with_entities


def _speakers(text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple[str, str | None]]:
    art = with_entities(text, names)
    return [(q.text[:20], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


def _with_roles(
    text: str, names: list[tuple[str, str, list[str]]], roles: dict[int, str]
) -> list[tuple[str, str | None]]:
    """The quotes again after the entities are given ``roles`` (entity index → role), as the
    entities layer gives them."""
    import warta.quotes

    art = with_entities(text, names)
    for i, role in roles.items():
        art.entities[i].role = role
    art.quotes = []
    warta.quotes.annotate(art)
    return [(q.text[:20], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


def test_mereka_after_a_reduplicated_group_is_that_group() -> None:
    names = [("Ridwan Saleh", "PER", ["Ridwan Saleh", "Ridwan"])]
    text = (
        '"Kami sudah bertemu banyak calon investor," kata Wakil Gubernur Ridwan Saleh di Balai Kota.\n\n'
        "Ridwan juga menjelaskan kalau dalam pertemuan tersebut dubes negara-negara Asia Tenggara berkomitmen "
        "untuk menanam modal di kota itu. Mereka juga meminta agar proses perizinan dibuat lebih sederhana.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("proses perizinan dib", "dubes negara-negara Asia Tenggara")


def test_kata_mereka_after_para_peneliti_is_the_researchers() -> None:
    names = [("Sarah Millen", "PER", ["Sarah Millen", "Millen"])]
    text = (
        "Banjir rob kini datang dua kali lebih sering dibanding tiga dekade lalu, lapor para peneliti "
        "di jurnal Nature Climate.\n\n"
        '"Pesisir utara menjadi wilayah yang paling cepat berubah," kata Sarah Millen, pemimpin penelitian itu.\n\n'
        "Penurunan muka tanah memperparah keadaan, kata mereka.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("Penurunan muka tanah", "peneliti")


def test_a_group_in_the_pronouns_own_sentence_beats_a_body_named_before() -> None:
    names = [("Komisi Pemilihan Umum", "ORG", ["Komisi Pemilihan Umum", "KPU"])]
    text = (
        "KPU menyatakan biaya kampanye harus dilaporkan secara terbuka.\n\n"
        "Mahar politik ini selalu dikemukakan oleh partai politik karena mereka berdalih tidak punya uang "
        "untuk membiayai calon di seluruh daerah.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("tidak punya uang unt", "partai politik")


def test_mereka_keeps_a_body_and_skips_one_person_described_back() -> None:
    names = [
        ("Persija Jakarta", "ORG", ["Persija Jakarta", "Persija"]),
        ("Rudi Hartono", "PER", ["Rudi Hartono", "Rudi"]),
    ]
    text = (
        "Persija Jakarta menggelar latihan perdana di Stadion Madya.\n\n"
        "Mereka menilai persiapan musim ini berjalan lebih baik dari tahun lalu.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("persiapan musim ini ", "Persija Jakarta")


def test_counted_mereka_is_the_group_of_people_named_before() -> None:
    names = [("Indomie", "ORG", ["Indomie"])]
    text = (
        "Indomie mendapat ulasan positif di situs belanja daring luar negeri.\n\n"
        "Komentar soal kelezatan Indomie oleh pengguna Amazon juga lucu-lucu. "
        "Kebanyakan mereka mengaku menggilai mi instan ini setiap hari.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("menggilai mi instan ", "pengguna Amazon")


def test_mereka_with_an_auxiliary_after_it_is_the_pronoun() -> None:
    names = [("Budi Santoso", "PER", ["Budi Santoso", "Budi"])]
    text = (
        '"Kami terus mendata warga yang berangkat," tutur Kepala Divisi Humas Budi Santoso.\n\n'
        "Setelah dua tahun di kamp pengungsian, belasan warga negara Indonesia akhirnya memutuskan kabur. "
        "Kini, mereka sedang berada di kamp penampungan dan menyatakan ingin pulang ke Indonesia.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("ingin pulang ke Indo", "warga negara Indonesia")


def test_mereka_with_a_body_in_brackets_is_that_body() -> None:
    names = [
        ("Ahmad Fauzi", "PER", ["Ahmad Fauzi", "Fauzi"]),
        ("PT Sawit Makmur", "ORG", ["PT Sawit Makmur"]),
    ]
    text = (
        "Ahmad Fauzi menyebut ada orang dari PT Sawit Makmur yang sudah menghadap pejabat dinas.\n\n"
        "Pada saat pertemuan tersebut ujar Fauzi, mereka (PT Sawit Makmur) meminta agar lahannya "
        "dimasukkan ke dalam usulan revisi tata ruang.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("lahannya dimasukkan ", "PT Sawit Makmur")


def test_a_case_described_back_is_no_source() -> None:
    names = [("Prabowo Subianto", "PER", ["Prabowo Subianto", "Prabowo"])]
    text = (
        "Presiden Prabowo Subianto meminta pengawasan ekspor udang diperketat setelah temuan cemaran.\n\n"
        "Dalam konteks tata kelola energi, kasus ini mengingatkan kita bahwa pengelolaan sumber daya alam "
        "tidak bisa dilepaskan dari standar keselamatan lingkungan.\n"
    )
    got = _speakers(text, names)
    assert not any(t.startswith("kita bahwa") or t.startswith("pengelolaan") for t, _sp in got)


def test_a_thought_described_back_is_no_source() -> None:
    names = [("Purbaya Yudhi Sadewa", "PER", ["Purbaya Yudhi Sadewa", "Purbaya"])]
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa menyebut kebijakan fiskal harus berpihak pada industri dalam negeri.\n\n"
        "Pemikiran Purbaya tersebut menegaskan kelanjutan dari cita-cita ekonomi berdikari yang pernah "
        "diusung para pendiri bangsa.\n"
    )
    got = _speakers(text, names)
    assert not any(t.startswith("kelanjutan dari") for t, _sp in got)
    assert got and got[0][1] == "Purbaya Yudhi Sadewa"


def test_a_role_repeated_in_full_is_the_person_given_it() -> None:
    names = [("AR", "PER", ["AR"])]
    text = (
        "Polisi menangkap AR, pengemudi Pajero yang memakai pelat nomor palsu di Tasikmalaya.\n\n"
        'Dalam video itu terdengar suara perekam menegur. "Nggak usah kayak gitu," ujar pengemudi Pajero.\n'
    )
    assert _with_roles(text, names, {0: "Pengemudi Pajero"})[-1] == (
        "Nggak usah kayak git",
        "AR",
    )


def test_an_acronym_of_the_whole_role_is_its_holder_not_of_a_body_inside_it() -> None:
    names = [("Tegar Santoso", "PER", ["Tegar Santoso", "Tegar"]), ("Diana Putri", "PER", ["Diana Putri"])]
    text = (
        "Jaksa Penuntut Umum (JPU) Tegar Santoso membacakan dakwaan di PN Semarang. "
        "Wakil Menteri Pekerjaan Umum (PU) Diana Putri hadir sebagai saksi.\n\n"
        '"Perbuatan terdakwa bertentangan dengan aturan pengadaan," tegas JPU.\n'
    )
    roles = {0: "Jaksa Penuntut Umum (JPU)", 1: "Wakil Menteri Pekerjaan Umum (PU)"}
    assert _with_roles(text, names, roles)[-1] == (
        "Perbuatan terdakwa b",
        "Tegar Santoso",
    )


def test_a_lone_title_read_as_a_place_is_the_holder_named_before() -> None:
    names = [("Hadi Utomo", "PER", ["Hadi Utomo"]), ("Karo", "LOC", ["Karo"])]
    text = (
        '"Ini hari kedua kita laksanakan monev," kata Karo Monev Stamarena Polri Brigjen Hadi Utomo.\n\n'
        "Menurut Karo, ruang lingkup monitoring ini meliputi struktur dan proses pelayanan.\n"
    )
    assert _with_roles(text, names, {0: "Karo Monev Stamarena Polri"})[-1] == (
        "ruang lingkup monito",
        "Hadi Utomo",
    )


def test_words_that_speak_of_the_witness_are_not_the_witness() -> None:
    names = [("Ario Seno", "PER", ["Ario Seno"]), ("Lee Jun Yu", "PER", ["Lee Jun Yu"])]
    text = (
        '"Korban sempat berteriak minta tolong," kata Kanit Reskrim Iptu Ario Seno.\n\n'
        "Berdasarkan keterangan saksi Lee Jun Yu, teman korban mengatakan mereka membeli minuman di pantai.\n\n"
        '"Saksi sempat melarang korban. Tetapi saksi tidak kuat memegang korban," paparnya.\n'
    )
    got = _with_roles(text, names, {1: "teman korban"})
    assert got[-1] == ("Saksi sempat melaran", "Ario Seno")
