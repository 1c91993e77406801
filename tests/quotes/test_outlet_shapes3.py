"""Shapes of other outlets found on eval/quotes_dev3 (issue #16, third round), written here with
other names and words: passive leads, role modifiers and role phrases before a name, descriptions
with a relative clause, mid-sentence `menurut X`, relayed media, `hal itu` as a topic, and the
parts of one name that are not two people."""

from __future__ import annotations

import pytest

from .conftest import read_with

# (test id, text, entities given or None to read plainly, quote index, kind, text start, speaker)
CASES = [
    (
        "passive_lead_with_its_agent",
        'Direktur RSUD Kota Hendra Gunawan menjelaskan rencana itu. "Kami tambah dua ruang," kata Hendra.\n\n'
        "Dijelaskan Hendra, ruang isolasi yang baru itu luas dan nyaman bagi pasien anak.",
        [("Hendra Gunawan", "PER", ["Hendra Gunawan", "Hendra"])],
        1,
        "indirect",
        "ruang isolasi yang baru",
        "Hendra Gunawan",
    ),
    (
        "passive_lead_with_a_clitic_is_the_person_quoted",
        '"Saya tidak akan mundur dari pencalonan ini," kata Sri Lestari di Surabaya.\n\n'
        "Ditambahkannya, partainya akan segera mengumumkan nama calon wakil dalam waktu dekat.",
        [("Sri Lestari", "PER", ["Sri Lestari"])],
        1,
        "indirect",
        "partainya akan segera",
        "Sri Lestari",
    ),
    (
        "a_role_modifier_between_the_title_and_the_name",
        '"Pembangunan pasar akan dimulai bulan depan," kata Bupati Sleman terpilih Agus Priyanto usai '
        "rapat di pendopo.",
        [("Agus Priyanto", "PER", ["Agus Priyanto"]), ("Sleman", "LOC", ["Sleman"])],
        0,
        "direct",
        "Pembangunan pasar",
        "Agus Priyanto",
    ),
    (
        "a_role_phrase_led_by_a_common_noun_closed_by_a_full_name",
        '"Kami tidak pernah menerima surat panggilan itu," ujar pengurus serikat buruh pabrik Doni Kurniawan '
        "saat dihubungi.",
        [("Doni Kurniawan", "PER", ["Doni Kurniawan"])],
        0,
        "direct",
        "Kami tidak pernah",
        "Doni Kurniawan",
    ),
    (
        "a_description_with_a_relative_clause_points_back",
        'Pelari Kenya Peter Mwangi menargetkan rekor baru. "Saya berlatih dua kali sehari," kata Peter.\n\n'
        '"Cuaca di sini sangat membantu," tambah atlet yang kini bermukim di Bandung itu.',
        [("Peter Mwangi", "PER", ["Peter Mwangi", "Peter"]), ("Bandung", "LOC", ["Bandung"])],
        1,
        "direct",
        "Cuaca di sini",
        "Peter Mwangi",
    ),
    (
        "a_description_with_a_place_and_birth_date_points_back",
        'Penyanyi Laras Ayu merilis album baru. "Album ini untuk ibu saya," kata Laras.\n\n'
        '"Prosesnya dua tahun," terang penyanyi kelahiran Malang, Jawa Timur, 3 Juni 1990 ini.',
        [("Laras Ayu", "PER", ["Laras Ayu", "Laras"]), ("Malang", "LOC", ["Malang"])],
        1,
        "direct",
        "Prosesnya dua tahun",
        "Laras Ayu",
    ),
    (
        "mid_sentence_menurut_splits_the_statement",
        "Pasar apung menurut Yulia Rahman jadi andalan wisata kota untuk menarik turis asing.",
        [("Yulia Rahman", "PER", ["Yulia Rahman"])],
        0,
        "indirect",
        "Pasar apung jadi andalan",
        "Yulia Rahman",
    ),
]


@pytest.mark.parametrize("text,names,k,kind,start,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outlet_shapes(text, names, k, kind, start, speaker):
    a = read_with(text, names)
    assert len(a.quotes) > k, [q.text for q in a.quotes]
    q = a.quotes[k]
    assert (q.kind, q.speaker.name if q.speaker else None) == (kind, speaker), [
        (x.kind, x.text, x.speaker) for x in a.quotes
    ]
    assert q.text.startswith(start)
    assert a.text[q.start : q.start + len(start.split()[0])] == start.split()[0]


def test_parts_of_one_name_are_one_person():
    """`Soesatyo` early and `Bambang` later, both of one person: not a merge of two people, so
    `Menurut Bambang` is not given to another person whose name holds `Bambang`."""
    import warta
    import warta.quotes
    from warta.document import Entity, Mention

    text = (
        "Wakil Ketua MPR Hadi Santoso membuka sidang. Menurut Hadi, sidang tahunan tetap digelar tepat "
        "waktu. Santoso juga menyinggung nama Joko Hadi Wibowo dalam pidatonya."
    )
    a = warta.read(text, layers=[])

    def at(form, nth=0):
        pos = -1
        for _ in range(nth + 1):
            pos = a.norm.find(form, pos + 1)
        return Mention(pos, pos + len(form), form)

    hadi = Entity("Hadi Santoso", "PER")
    hadi.mentions = [at("Hadi Santoso"), at("Hadi", 1), at("Santoso", 1)]
    joko = Entity("Joko Hadi Wibowo", "PER")
    joko.mentions = [at("Joko Hadi Wibowo")]
    a.entities = [hadi, joko]
    warta.quotes.annotate(a)
    assert a.quotes[0].text.startswith("sidang tahunan")
    assert a.quotes[0].speaker.name == "Hadi Santoso"


def test_a_title_led_by_a_relation_word_is_a_description():
    a = read_with(
        'Atlet selam Maya Kartika menyiapkan ekspedisi baru. "Lautnya masih bersih," kata Maya.\n\n'
        '"Saya ingin ke sana lagi," ujar Putri Pariwisata 2015 yang pernah berlayar ke Maluku ini.',
        [("Maya Kartika", "PER", ["Maya Kartika", "Maya"]), ("Maluku", "LOC", ["Maluku"])],
    )
    assert a.quotes[1].speaker.name == "Maya Kartika"


def test_a_generic_person_with_a_relative_clause_is_a_new_source():
    a = read_with(
        'Ketua RT Bambang Irawan meninjau lokasi. "Airnya sudah surut," kata Bambang.\n\n'
        '"Kami takut banjir datang lagi," kata warga yang tinggal di dekat sungai itu.',
        [("Bambang Irawan", "PER", ["Bambang Irawan", "Bambang"])],
    )
    assert a.quotes[1].speaker.name == "warga"


def test_relayed_medium_is_the_one_after_dari():
    a = read_with(
        '"Saya ingin juara di kandang sendiri," kata Marco Bellini dikutip Bola.net dari Gazzetta.',
        [("Marco Bellini", "PER", ["Marco Bellini"])],
    )
    assert a.quotes[0].via == "Gazzetta"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gubernur menyampaikan hal itu seusai rapat dengan para bupati di kantor gubernur.", 0),
        ("Gubernur mengatakan hal itu dilakukan agar warga tidak panik menjelang musim hujan.", 1),
    ],
)
def test_hal_itu_before_an_adjunct_is_a_topic(text, expected):
    a = read_with(text, None)
    assert len(a.quotes) == expected, [q.text for q in a.quotes]
