"""Speaker and via rules that generalise over sentence shapes seen to fail on unseen articles:
a role phrase then the name in apposition, a role naming two bodies, function words left in
front of a noun phrase, the office of a body, a place inside a role phrase, and media named by
`demikian dikutip X dari Y` or `dalam wawancara dengan X`."""

from __future__ import annotations

import pytest

# (test id, text, entities given or None to read plainly, what the one quote found must have)
ONE_QUOTE = [
    (
        "menurut_role_from_institution_then_name_gives_the_person",
        "Jakarta - Menurut peneliti kebijakan publik dari Universitas Indonesia, Rina Hartati, "
        "kebijakan itu akan membebani keuangan daerah.",
        [("Universitas Indonesia", "ORG", ["Universitas Indonesia"])],
        {"speaker": "Rina Hartati", "start": "kebijakan itu akan"},
    ),
    (
        "menurut_role_in_a_place_then_name_never_gives_the_place",
        "Jakarta - Menurut dokter anak di Surabaya, Andi Wijaya, anak-anak perlu tidur cukup setiap malam.",
        [("Surabaya", "LOC", ["Surabaya"])],
        {"speaker": "Andi Wijaya", "start": "anak-anak perlu"},
    ),
    (
        "role_of_two_bodies_then_name",
        'Jakarta - "Sertifikat itu sudah tidak berlaku sejak tahun lalu," jelas kuasa hukum Pemprov dan '
        "PT Jaya, Rudi Hartono.",
        None,
        {"speaker": "Rudi Hartono"},
    ),
    (
        "office_of_a_ministry_speaks_for_the_ministry",
        "Jakarta - Menteri itu berbicara di Kantor Kementerian Keuangan. Kemenkeu berjanji bakal menindak "
        "tegas segala bentuk pungutan liar.",
        [("Kantor Kementerian Keuangan", "ORG", ["Kantor Kementerian Keuangan", "Kemenkeu"])],
        {"speaker": "Kementerian Keuangan"},
    ),
    (
        "demikian_dikutip_outlet_dari_medium",
        "Jakarta - Penjualan mobil listrik di Eropa naik tajam pada kuartal ketiga tahun ini, demikian dikutip "
        "detikOto dari Reuters, Senin (20/10/2025).",
        None,
        {"kind": "indirect", "speaker": "Reuters", "via": "Reuters", "cue": "dikutip"},
    ),
    (
        "interview_with_a_medium_is_via_not_speaker",
        "Jakarta - Dalam sebuah wawancara dengan Kompas, Budi Santoso menegaskan bahwa dirinya siap maju lagi "
        "dalam pemilihan ketua umum partai.",
        None,
        {"speaker": "Budi Santoso", "via": "Kompas"},
    ),
    (
        "medium_name_with_a_particle",
        "Jakarta - Dikutip dari Times of India, harga emas di pasar lokal naik tajam sepanjang pekan ini.",
        None,
        {"via": "Times of India"},
    ),
    (
        "pihak_before_a_country_keeps_the_country",
        "Jakarta - Menanggapi hal itu, pihak Malaysia menjelaskan bahwa kebijakan tersebut merupakan "
        "konsekuensi dari aturan baru yang tengah diberlakukan.",
        [("Malaysia", "LOC", ["Malaysia"])],
        {"speaker": "Malaysia"},
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), [c[1:] for c in ONE_QUOTE], ids=[c[0] for c in ONE_QUOTE])
def test_one_quote(h, text, names, expected):
    [q] = h.read_with(text, names).quotes
    h.check(q, expected)


def test_demikian_is_not_in_the_quote(h):
    text = next(c[1] for c in ONE_QUOTE if c[0] == "demikian_dikutip_outlet_dari_medium")
    [q] = h.read(text).quotes
    assert "demikian" not in q.text


def test_leading_dimana_is_not_part_of_the_speaker(h):
    a = h.read(
        "Jakarta - Sidang itu berlangsung di Bandung, dimana seorang saksi mengaku melihat terdakwa membawa "
        "senjata tajam ke lokasi."
    )
    [q] = a.quotes
    assert "dimana" not in q.speaker.name
    assert q.speaker.name.endswith("saksi")


def test_medium_glued_to_the_next_word(h):
    a = h.read(
        "Jakarta - Para peneliti menemukan bahwa lapisan itu terbentuk akibat reaksi kimia antara polutan dan "
        "batu, seperti dikutip dariCNNpada Kamis (18/9/2025)."
    )
    assert [q.via for q in a.quotes] == ["CNN"]


def test_list_announced_with_a_medium_is_not_a_quote(h):
    a = h.read("Jakarta - Berikut cara mengenali penipuan lowongan kerja daring, sebagaimana dilansir dari Kompas.")
    assert a.quotes == []


def test_misspelt_cue_then_a_name_closes_a_quote(h):
    text = (
        "Jakarta - Dokter anak Andi Wijaya menyarankan tidur cukup.\n"
        '"Tidur yang cukup membantu anak tumbuh dan berkonsentrasi di sekolah," kta Andi.'
    )
    a = h.with_entities(text, [("Andi Wijaya", "PER", ["Andi Wijaya", "Andi"])])
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [(q.speaker.name, q.cue) for q in direct] == [("Andi Wijaya", "kta")]


def test_quote_then_lowercase_word_and_a_date_is_not_attributed_to_the_date(h):
    a = h.read('Jakarta - Warga berkumpul.\n"Kami menolak rencana itu dengan tegas," sejak Senin.')
    assert all(q.speaker is None or q.speaker.name != "Senin" for q in a.quotes)
