"""Roles of the fifteenth round's shapes: a lawyer named after a client who holds a post of their
own, a post with one `dan` and its office's short form in brackets (and a bare title at a later
mention giving way to it), a one-word place the gazetteer misses inside a post, and a post after
`sebagai` that runs through `dan` and the commas of its body's fields. Sentences written here,
other names; the near misses keep their old reading."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # `Pengacara A, B,`: B's role toward A, even when A has a post of their own
        (
            "Polisi memeriksa mantan Bupati Sleman, Hendra Wijaya. Setelah itu pihak Hendra buka suara.\n"
            "Pengacara Hendra Wijaya, Tomi Saragih, menyebut kliennya kooperatif.",
            "Tomi Saragih",
            "Pengacara Hendra Wijaya",
        ),
        (
            "Kejaksaan menahan mantan Kepala Dinas Kesehatan Garut, Rina Marlina.\n"
            "Advokat Rina Marlina, Yosef Hutapea, mengatakan penahanan itu tidak sah.",
            "Yosef Hutapea",
            "Advokat Rina Marlina",
        ),
        # a post with one `dan` and the office's short form in brackets, right before the name
        (
            "Presiden didampingi Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Dody Hanggodo meresmikan taman.",
            "Dody Hanggodo",
            "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)",
        ),
        # … and the bare title of a later mention gives way to it
        (
            "Wapres didampingi Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Dody Hanggodo, Wakil "
            "Gubernur Jawa Barat Erwan Setiawan meresmikan jembatan.\n\nSementara Menteri Dody yang ditemui "
            "usai acara mengatakan teknologi itu murah.",
            "Dody Hanggodo",
            "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)",
        ),
        # a one-word place the gazetteer may not know, written after `di` elsewhere, inside a post
        (
            '"Kami menyita 40 item," kata Kepala BPOM Tanjungkarang, Wulan Sari, di Tanjungkarang, Rabu.',
            "Wulan Sari",
            "Kepala BPOM Tanjungkarang",
        ),
        # a two-word "person" ending with a place, named once right after its post, before a set-off name
        (
            '"Setoran pajak naik," jelas Kepala KPP Pratama Boyolali, Ratna Dewanti, Senin (20/10/2025).',
            "Ratna Dewanti",
            "Kepala KPP Pratama Boyolali",
        ),
        # a lower-case trade with its field, then its body in capitals, right before the name
        (
            "Jakarta - Pakar hukum tata negara Universitas Pancasila Rudi Hartawan menilai putusan itu janggal.",
            "Rudi Hartawan",
            "Pakar hukum tata negara Universitas Pancasila",
        ),
        # after `sebagai`: the fields of the body listed up to `dan`
        (
            '"Layanan kami buka sampai malam," jelas Siti Aminah yang pada kala itu menjabat sebagai '
            "Direktur Perizinan, Pengawasan, dan Pengaduan Badan Pelayanan Publik dalam siaran pers, Senin.",
            "Siti Aminah",
            "Direktur Perizinan, Pengawasan, dan Pengaduan Badan Pelayanan Publik",
        ),
        # … and through one `dan` between two capitalised words
        (
            "Dokumen itu ditandatangani Hasan Basri selaku Kepala Bagian Umum dan Kepegawaian pada 2023.",
            "Hasan Basri",
            "Kepala Bagian Umum dan Kepegawaian",
        ),
    ],
)
def test_round15_roles(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_second_person_after_dan_is_no_field() -> None:
    """`sebagai Ketua dan Andi …`: a given name after `dan` opens a second person, so the post
    after `sebagai` stops before it."""
    roles = _roles("Rapat dipimpin Budi Hartono sebagai Ketua dan Andi Wijaya sebagai Sekretaris.")
    assert "Andi" not in (roles.get("Budi Hartono") or "")


def test_client_keeps_own_post() -> None:
    """`Pengacara A, B,`: B takes the trade toward A, and A keeps the post read elsewhere; after
    `Menurut` a new subject follows the source (tests/entities/test_roles_round10.py)."""
    roles = _roles(
        "Polisi memeriksa mantan Bupati Sleman, Hendra Wijaya.\n"
        "Pengacara Hendra Wijaya, Tomi Saragih, menyebut kliennya kooperatif."
    )
    assert roles.get("Hendra Wijaya") == "mantan Bupati Sleman"
    assert roles.get("Tomi Saragih") == "Pengacara Hendra Wijaya"


def test_list_of_posts_keeps_each_post() -> None:
    """`Presiden A, Wakil Presiden B, C, hingga …`: a list of people, not a post running through a
    name."""
    roles = _roles("Laporan itu disampaikan ke Presiden Joko Widodo, Wakil Presiden Jusuf Kalla, Wiranto, hingga BIN.")
    assert roles.get("Jusuf Kalla") == "Wakil Presiden"
    assert roles.get("Wiranto") != "Wakil Presiden Jusuf Kalla"


def test_post_opening_sentence_stands_for_the_subject() -> None:
    """`A bertemu B di X. <Post> itu …`: a post with `itu` that opens a sentence stands for the
    subject before it (here after a dateline), not the last name."""
    roles = _roles(
        "Jakarta - Andi Saputra bertemu Lee Hsien Loong di Singapura. Ketua Umum Partai Maju itu membahas "
        "kerja sama dagang."
    )
    assert roles.get("Andi Saputra") == "Ketua Umum Partai Maju"
    assert roles.get("Lee Hsien Loong") is None


def test_aged_epithet_after_fronted_clause() -> None:
    """`Setelah …, A kemudian crash. Sejak itu pebalap Italia berusia 29 tahun tersebut …`: the
    age says which one, and A after a fronted clause of time is the sentence's subject."""
    roles = _roles(
        "Jakarta - Musim ini berat bagi tim itu. Setelah absen di dua seri awal, Franco Morbidelli kemudian "
        "crash lagi di Qatar. Sejak itu pebalap Italia berusia 29 tahun tersebut belum bisa membalap."
    )
    assert roles.get("Franco Morbidelli") == "pebalap Italia"


def test_age_alone_is_no_trade() -> None:
    """`Pria berusia 30 tahun itu`: a man, not a trade."""
    roles = _roles("Jakarta - Polisi menangkap Budi Santoso. Pria berusia 30 tahun itu sempat kabur.")
    assert roles.get("Budi Santoso") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Sri Handayani mengaku kaget melihat kondisi sekolah itu setelah dia menjabat Bupati.",
            "Sri Handayani",
            "Bupati",
        ),
        (
            "Sanksi itu belum membuat Hamdan Zoelva mundur dari jabatannya sebagai Ketua dan Hakim Mahkamah Agung.",
            "Hamdan Zoelva",
            "Ketua dan Hakim Mahkamah Agung",
        ),
    ],
)
def test_post_held_by_the_one_person_of_the_sentence(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_post_held_with_two_people_named_is_nobodys() -> None:
    roles = _roles("Jakarta - Budi Santoso mengkritik Andi Wijaya setelah dia menjabat Gubernur.")
    assert roles.get("Budi Santoso") is None
    assert roles.get("Andi Wijaya") is None


def test_sang_trade_stands_for_the_one_person_named() -> None:
    """`… tayangan sang motivator`: `sang` and a trade stand for the one person named before."""
    roles = _roles(
        "Jakarta - Acara Tung Desem Waringin resmi tak lagi tayang mulai pekan depan.\n\n"
        "Banyak spekulasi yang muncul dengan dihentikannya tayangan sang motivator."
    )
    assert roles.get("Tung Desem Waringin") == "motivator"


def test_sang_trade_with_two_people_named_is_nobodys() -> None:
    roles = _roles(
        "Jakarta - Erik ten Hag bertemu Bruno Fernandes di Manchester. Sang striker kemudian berlatih, "
        "sementara kepercayaan sang manajer tetap tinggi."
    )
    assert roles.get("Bruno Fernandes") is None
    assert roles.get("Erik ten Hag") is None
