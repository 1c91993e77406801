"""Shapes of the thirty-sixth round (issue #16 items 1 and 2, the pool): a person named inside the
reported clause a pronoun governs is never that pronoun's referent (`Ia mengaku tinggal meneruskan kerja
baik dari Budi.`: not Budi, whoever else), and when that person's counsel was named just before
(`Kuasa hukum Andi menyebut …` then `dia meminta hakim membebaskan Andi`), the counsel speaks; `kuasa
hukum X` is X's counsel even when X's own post opens with `Kuasa` (`Kuasa Direksi PT …`). GUIDELINES
`quotes`: "`speaker`: the canonical entity … who said it, with pronouns … resolved to the person meant.
A speaker who is not a named entity is given as the shortest noun phrase that identifies them".
Sentences written for this file in the shapes of Indonesian news."""

from __future__ import annotations

from .conftest import with_entities


def _speakers(text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple[str, str | None]]:
    art = with_entities(text, names)
    return [(q.text[:20], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


def test_a_name_in_the_pronouns_own_clause_is_not_its_referent() -> None:
    names = [
        ("Rudi Hartono", "PER", ["Rudi Hartono", "Rudi"]),
        ("Budi Santoso", "PER", ["Budi Santoso", "Budi"]),
        ("Persib Bandung", "ORG", ["Persib Bandung", "Persib"]),
    ]
    text = (
        "Rudi Hartono resmi menjadi bagian dari manajemen Persib Bandung. Ini tantangan terbesar baginya.\n\n"
        "Buat Rudi, Ketua Umum Persib Budi Santoso telah meletakkan dasar yang kuat di klub. "
        "Ia mengaku tinggal meneruskan kerja baik dari Budi.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("tinggal meneruskan k", "Rudi Hartono")


def test_a_counsel_named_before_speaks_when_the_clause_names_the_client() -> None:
    names = [("Andi Wijaya", "PER", ["Andi Wijaya", "Andi"]), ("Rina Lestari", "PER", ["Rina Lestari"])]
    text = (
        '"Dakwaan tidak dapat diterima," ucap Hakim Rina Lestari di Pengadilan Negeri Bekasi.\n\n'
        "Jaksa mendakwa Andi Wijaya dengan pasal penipuan.\n\n"
        "Dalam eksepsinya, kuasa hukum Andi menyebut kliennya tidak pernah menerima uang itu. "
        "Karena itu, dia meminta agar majelis hakim membebaskan Andi dari semua dakwaan.\n"
    )
    got = _speakers(text, names)
    assert got[-1] == ("majelis hakim membeb", "kuasa hukum Andi")


def test_a_counsel_of_someone_whose_post_opens_with_kuasa_is_the_counsel() -> None:
    names = [("Hendra Tanoto", "PER", ["Hendra Tanoto", "Hendra"])]
    text = (
        "Hendra Tanoto selaku Kuasa Direksi PT Manis Sejahtera sejak 2016 didakwa merugikan negara.\n\n"
        '"Terdakwa hanya menjalankan perintah atasannya," ujar kuasa hukum Hendra di ruang sidang.\n'
    )
    art = with_entities(text, names)
    art.entities[0].role = "Kuasa Direksi PT Manis Sejahtera"
    import warta.quotes

    art.quotes = []
    warta.quotes.annotate(art)
    assert [(q.text[:20], q.speaker.name if q.speaker else None) for q in art.quotes] == [
        ("Terdakwa hanya menja", "kuasa hukum Hendra")
    ]


def test_a_later_sentence_of_the_content_is_free() -> None:
    names = [("Eko Prasetyo", "PER", ["Eko Prasetyo", "Eko"]), ("Surabaya", "LOC", ["Surabaya"])]
    text = (
        "Wali Kota Surabaya Eko Prasetyo meresmikan taman baru pada Senin.\n\n"
        "Menurutnya, taman itu penting bagi warga. Karena itu, Eko berharap anak-anak bermain di sana.\n"
    )
    got = _speakers(text, names)
    assert got[-1][1] == "Eko Prasetyo"


def test_a_unit_named_before_its_body_speaks_not_the_body() -> None:
    names = [
        ("Direktorat Jenderal Bea dan Cukai", "ORG", ["Direktorat Jenderal Bea dan Cukai", "DJBC"]),
        ("Kementerian Keuangan", "ORG", ["Kementerian Keuangan", "Kemenkeu"]),
    ]
    text = (
        "Direktorat Jenderal Bea dan Cukai (DJBC) Kementerian Keuangan (Kemenkeu) memastikan tarif cukai "
        "rokok tidak naik tahun depan.\n"
    )
    assert _speakers(text, names) == [("tarif cukai rokok ti", "Direktorat Jenderal Bea dan Cukai")]


def test_an_acronym_unit_before_its_body_is_the_phrase_as_written() -> None:
    names = [("Universitas Gadjah Mada", "ORG", ["Universitas Gadjah Mada", "UGM"])]
    text = (
        "Dua mahasiswa dicopot dari jabatannya.\n\n"
        '"Yang bersangkutan resmi diberhentikan dari kepengurusan," tulis pernyataan BEM FT UGM di akun '
        "Instagramnya.\n"
    )
    assert _speakers(text, names) == [("Yang bersangkutan re", "BEM FT UGM")]


def test_a_title_medium_or_common_word_before_a_body_leaves_the_body() -> None:
    names = [
        ("Medical News Today", "ORG", ["Medical News Today"]),
        ("Kementerian Kesehatan", "ORG", ["Kementerian Kesehatan"]),
        ("Survei Status Gizi Indonesia", "ORG", ["Survei Status Gizi Indonesia"]),
    ]
    text = (
        "Laman Medical News Today menyarankan ubi dipanggang agar rasanya keluar.\n\n"
        "Menurut data Survei Status Gizi Indonesia (SSGI) Kementerian Kesehatan, angka stunting turun.\n"
    )
    got = _speakers(text, names)
    assert [g[1] for g in got] == ["Medical News Today", "Kementerian Kesehatan"]
