"""Dateline forms of house styles seen on other outlets (Kontan, old ANTARA wire, detik regional
desks, outlets writing their name in capitals, old Tempo) and photo captions that end in an
agency and a photographer's name: each as a short raw-looking article read whole."""

import pytest

import warta
from warta.cleaning.furniture import furniture_reason
from warta.cleaning.headings import is_heading

ARTICLES = [
    # Kontan: the outlet, a dash, the place in capitals closed by a full stop
    (
        "Harga Cabai Rawit Naik Jelang Natal\n\n"
        "KONTAN.CO.ID - SURABAYA. Harga cabai rawit di pasar induk Surabaya naik menjadi Rp 80.000 per "
        "kilogram sepekan menjelang Natal.\n\n"
        "Pedagang menyebut pasokan dari Kediri berkurang karena hujan.\n",
        "KONTAN.CO.ID",
        "SURABAYA",
    ),
    # old ANTARA wire: the place, the day, then the agency in brackets
    (
        "Mataram, 14/3 (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat menambah kuota pupuk "
        "bersubsidi bagi petani jagung di Dompu.\n\n"
        "Kepala Dinas Pertanian NTB Hendra Wirawan mengatakan tambahan itu tiba pekan ini.\n",
        "ANTARA",
        "Mataram",
    ),
    (
        "Kupang, Selasa (14/3) (ANTARA News) - Kapal feri rute Kupang-Rote kembali berlayar setelah "
        "gelombang tinggi mereda.\n\n"
        "Syahbandar Tenau menyebut tiga kapal berangkat pagi tadi.\n",
        "ANTARA News",
        "Kupang",
    ),
    # a detik regional desk after the place
    (
        "Semarang, detikJateng - Banjir rob merendam kawasan Pelabuhan Tanjung Emas sejak Senin pagi.\n\n"
        "Warga memindahkan barang ke lantai dua rumah mereka.\n",
        "detikJateng",
        "Semarang",
    ),
    # an outlet without a domain written in capitals after the place
    (
        "Laporan wartawan Rahmat Syahputra\n\n"
        "PALEMBANG, SINDONEWS - Polisi menangkap dua pengedar sabu di sebuah rumah kos di Plaju.\n\n"
        "Barang bukti 40 gram sabu disita dari kamar tersangka.\n",
        "SINDONEWS",
        "PALEMBANG",
    ),
    # old Tempo with a colon; a place with a lower-case particle
    (
        "TEMPO Interaktif, Jakarta: Komisi Pemilihan Umum menetapkan jadwal kampanye terbuka.\n\n"
        "Jadwal itu berlaku untuk semua partai.\n",
        "TEMPO Interaktif",
        "Jakarta",
    ),
    (
        "Rio de Janeiro (ANTARA) - Ribuan warga turun ke jalan memprotes kenaikan tarif bus kota.\n\n"
        "Polisi menutup dua ruas jalan utama.\n",
        "ANTARA",
        "Rio de Janeiro",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "place"), ARTICLES)
def test_house_style_dateline(text: str, outlet: str, place: str) -> None:
    art = warta.read(text, layers=[])
    assert (art.dateline.outlet, art.dateline.place) == (outlet, place)
    # the dateline is not a date, an entity-bearing heading, or furniture
    assert not art.headings


def test_a_sentence_opening_with_a_listed_outlet_in_lower_case_is_no_dateline() -> None:
    art = warta.read("suara - suara warga terbelah soal rencana itu, katanya.\n\nIa menolak.", layers=[])
    assert art.dateline is None or art.dateline.outlet is None


CAPTIONS = [
    "Gubernur Jawa Tengah Ahmad Lutfi. (ANTARA FOTO/Makna Zaezar)",
    "Menteri Luar Negeri Prancis di Paris. (AP Photo/Michel Euler)",
    "Suasana sidang di Pengadilan Tipikor. [Suara.com/Ria Kusuma]",
    "Banjir di Kampung Pulo, Jakarta Timur. (Kompas.com/Dian Ayu Lestari)",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_with_photographer_credit_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "credit"


def test_caption_between_paragraphs_is_neither_body_nor_heading() -> None:
    text = (
        "Jakarta, CNN Indonesia -- Kepala Bakamla Laksamana Madya Irvansyah menyebut patroli ditambah.\n\n"
        "Kepala Bakamla Laksamana Madya Irvansyah. (CNN Indonesia/Adhi Wicaksono)\n\n"
        "Patroli itu menjaga perairan Natuna Utara dari kapal asing.\n"
    )
    art = warta.read(text, layers=[])
    assert not art.headings
    assert "Adhi Wicaksono" not in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Ia menyampaikan hal itu kepada wartawan di Jakarta. (Antara/Reuters)",
        "Ia membeli rumah itu (2019/2020) untuk keluarga besarnya di Bogor Barat.",
    ],
)
def test_wire_signoff_or_slash_in_a_sentence_is_not_a_caption(line: str) -> None:
    assert furniture_reason(line) != "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Rep: Fauziah Rahma/ Red: Hasan Basri",
        "Petugas memadamkan api di Cilincing. (Istimewa)",
        "Warga mengungsi ke masjid. Foto: Antara/Yusran Uccang",
        "Wali Kota Bogor meninjau banjir. ©2017 Merdeka.com/Arie Basuki",
        "Suasana sidang di PN Jakarta Selatan (Tribunnews.com/Herudin)",
        "KOMPAS.com/ANDI HARTIK",
        "Halaman: 1 2 3",
    ],
)
def test_house_style_credit_lines(line: str) -> None:
    assert furniture_reason(line) is not None


def test_reporters_names_in_capitals_closing_a_story_are_furniture() -> None:
    text = (
        "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa dua saksi kasus pengadaan alat berat.\n\n"
        "Pemeriksaan berlangsung enam jam di gedung Merah Putih.\n\n"
        "RUSMAN PARAQBUEQ | LINDA TRIANITA\n"
    )
    art = warta.read(text, layers=[])
    assert "RUSMAN" not in art.body and art.body.endswith("Merah Putih.")


def test_a_closing_acronym_line_stays() -> None:
    art = warta.read(
        "Jakarta - Komisi memeriksa dua saksi hari ini.\n\nPemeriksaan berlangsung lama.\n\nKPK\n", layers=[]
    )
    assert art.body.endswith("KPK")


@pytest.mark.parametrize("line", ["10.24 Juni: 26.820 penumpang", "Harga Cabai Merah: Rp 80.000", "Jawa Barat: 1.204"])
def test_a_row_of_figures_is_no_heading(line: str) -> None:
    assert not is_heading(line)


@pytest.mark.parametrize(
    ("line", "outlet", "place"),
    [
        ("SEMARANG, Kamis (7/12/2017) - Gubernur meresmikan jembatan baru.", None, "SEMARANG"),
        ("MAKASSAR, Jumat — Gubernur meresmikan jembatan baru.", None, "MAKASSAR"),
        ("BANDUNG- Gubernur meresmikan jembatan baru di Cimahi.", None, "BANDUNG"),
        ("Kairo (ANTARA/Reuters) - Gubernur meresmikan jembatan baru.", "ANTARA", "Kairo"),
        ("INILAHCOM, Jakarta - Gubernur meresmikan jembatan baru.", "INILAHCOM", "Jakarta"),
    ],
)
def test_more_opening_forms(line: str, outlet: str | None, place: str) -> None:
    art = warta.read(line + "\n\nIa berharap jembatan itu dipakai warga.", layers=[])
    assert (art.dateline.outlet, art.dateline.place) == (outlet, place)


def test_a_place_and_a_second_place_are_no_dated_dateline() -> None:
    assert warta.read("Jakarta, Indonesia - kata dia.\n\nIa pulang.", layers=[]).dateline is None
