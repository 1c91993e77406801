"""Shapes of the thirty-fifth round (IndoSum and detik pool). Sentences written for this file in
the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# A noun phrase set equal to what follows (`adalah`, `yakni`, `yaitu` …) after a verb of saying is
# the subject of the reported clause, however long: the topic-like head (`keuntungan`, `salah satu
# hal …`) does not make it a topic.
@pytest.mark.parametrize(
    ("text", "speaker", "opens"),
    [
        (
            "Gubernur Jawa Tengah Ahmad Luthfi mengungkap salah satu penyebab utama kenaikan harga di pasar "
            "tradisional beberapa pekan terakhir yakni pasokan bawang merah dari Brebes yang berkurang.",
            "Ahmad Luthfi",
            "salah satu penyebab utama",
        ),
        (
            "Kepala Dinas Perdagangan Jawa Tengah Sri Wahyuni mengungkapkan keuntungan lainnya adalah ongkos "
            "kirim produk UMKM ke luar negeri menjadi lebih murah lewat pelabuhan Tanjung Emas.",
            "Sri Wahyuni",
            "keuntungan lainnya adalah",
        ),
        (
            "Ketua serikat pekerja pabrik itu, Bambang Sutrisno, menjelaskan perkara yang dibawa pihaknya ke "
            "pengadilan yakni soal pesangon karyawan yang tidak dibayar sejak tahun lalu.",
            "Bambang Sutrisno",
            "perkara yang dibawa pihaknya",
        ),
    ],
)
def test_a_phrase_set_equal_to_what_follows_is_reported(text, speaker, opens):
    got = [q for q in _quotes(text) if q[0] == "indirect" and q[3].startswith(opens)]
    assert len(got) == 1
    assert got[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a finding is no statement (GUIDELINES: findings are not quotes)
        "Lembaga survei itu mengungkap temuan penting berkaitan dengan proses pemilihan kepala daerah "
        "yaitu rendahnya pemahaman pemilih tentang program kandidat.",
        # one word before `yakni` is a verb as often as a noun
        "Hingga Rabu sore, sebanyak sembilan daerah memastikan ikut yakni Kabupaten Solok, Kabupaten Agam, "
        "dan Kota Padang.",
        # a copula inside a relative clause: thanks, not a statement
        "Bupati Semarang menyampaikan terima kasih kepada para relawan yang merupakan warga desa sekitar "
        "lokasi banjir.",
        # set off by a comma, `yakni` lists what was talked about
        "Camat Tembalang menjelaskan tiga program unggulan kecamatan, yakni bank sampah, posyandu lansia, "
        "dan taman baca.",
    ],
)
def test_no_equated_statement(text):
    assert [q for q in _quotes(text) if q[0] == "indirect"] == []


# A quote closed on a comma, then its source alone: the writer left the verb of saying out. The
# source may be set off after its description and followed by where, when or to whom.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Ada lima kandidat dengan empat TPS. Mekanismenya sama seperti pemilu," Agung Wicaksono.',
            "Agung Wicaksono",
        ),
        (
            '"Semua kementerian mendapat skor kinerja sedang, namun skornya beragam," Direktur Riset '
            "Rina Kusuma, dalam rilis hasil survei yang dilihat, Sabtu (18/10/2025).",
            "Rina Kusuma",
        ),
        (
            '"Setelah lapisan enamel hilang, lapisan itu tidak akan pernah tumbuh lagi," Dokter gigi asal '
            "Semarang, Hendra Wijaya.",
            "Hendra Wijaya",
        ),
    ],
)
def test_a_quote_closed_by_its_source_alone(text, speaker):
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert len(got) == 1
    assert got[0][1] == speaker and got[0][2] is None


@pytest.mark.parametrize(
    "text",
    [
        # a day is no source
        'Warga berkumpul di balai desa. "Kami sudah siap sejak pagi," Senin (12/5).',
        # a name that opens a sentence of its own goes on with a verb
        '"Kami sudah siap sejak pagi," Jakarta Pusat menjadi lokasi acara itu.',
    ],
)
def test_no_source_alone(text):
    assert [q for q in _quotes(text) if q[0] == "direct" and q[1] is not None and q[2] is None] == []


# A quotation closed by where it is written (`demikian tertulis dalam dokumen`, `begitu tulisan di
# akun Instagram milik X`), by a ruling (`demikian putusan hakim`) or by an excerpt of a document
# (`demikian petikan … dalam surat itu`) is the owner's, the document's or the court's.
@pytest.mark.parametrize(
    ("text", "speaker", "opens"),
    [
        (
            'Pemerintah menyiapkan anggaran cadangan. "Pembayaran bunga utang akan dijaga agar tetap di bawah '
            'batas aman yang ditetapkan undang-undang," demikian tertulis dalam dokumen.',
            "dokumen",
            "Pembayaran bunga utang",
        ),
        (
            'Majelis membacakan amar putusan pada Selasa (3/6). "Menolak eksepsi tergugat untuk seluruhnya," '
            "demikian putusan hakim seperti dikutip dari laman pengadilan.",
            "hakim",
            "Menolak eksepsi tergugat",
        ),
        (
            'Penyanyi itu ikut berduka atas banjir di kampung halamannya. "Tetap kuat, Sumatera," begitu '
            "tulisan di salah satu unggahan di akun Instagram milik Raisa Andriana, Senin (2/12/2024).",
            "Raisa Andriana",
            "Tetap kuat",
        ),
        (
            'Laporan itu diterima polisi pekan lalu. "Terlapor diduga menyebarkan berita bohong melalui grup '
            'percakapan warga," demikian petikan uraian kejadian dalam surat itu.',
            "surat",
            "Terlapor diduga",
        ),
    ],
)
def test_quotation_closed_by_where_it_is_written(text: str, speaker: str, opens: str) -> None:
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert len(got) == 1, got
    assert got[0][3].startswith(opens)
    assert got[0][1] is not None and speaker.lower() in got[0][1].lower(), got


def test_post_with_no_owner_named_is_not_its_own_source() -> None:
    """`tertulis dalam unggahan yang dilihat`: whose post it is was told before; the post is no speaker."""
    text = (
        'Pengelola taman mengumumkan penutupan sementara. "Taman ditutup mulai 19 Oktober hingga 8 Desember," '
        "tertulis dalam unggahan yang dilihat, Minggu (19/10/2025)."
    )
    assert all(q[1] is None or "unggahan" not in q[1].lower() for q in _quotes(text))


def test_statement_with_its_speaker_inside_a_letter_keeps_the_speaker() -> None:
    """`demikian pernyataan Sihar dalam surat tersebut`: only an excerpt passes to its document."""
    text = (
        'Klub itu memutuskan mundur dari kompetisi. "Kami tidak punya cukup waktu untuk bersiap," demikian '
        "pernyataan Sihar Sitorus dalam surat tersebut."
    )
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert got and got[0][1] == "Sihar Sitorus", got
