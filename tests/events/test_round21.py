"""Round 21: shapes found on unannotated articles of many outlets (the mining pool), each with
sentences written here in the shapes of Indonesian news.

- A ball game told in its own words is no act: `melepaskan tendangan`, `menjebol gawang`,
  `serangan balik`, `mencuri poin` (GUIDELINES: sport is not coded); a player's offence off the
  ball, or supporters of a sport attacking someone, still are.
- Thanks written without `mengucapkan … kepada` are a SUPPORT: `Terima kasih kepada X` opening a
  quote, `saya ucapkan terima kasih dan penghargaan kepada`, `berterima kasih atas`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type",
    [
        ("Pada menit ke-30, Ramadhan melepaskan tendangan keras dari luar kotak penalti.", "RETREAT"),
        ("Striker muda itu akhirnya menjebol gawang Persib lewat sundulan.", "CRIME"),
        ("Persija terus menyerang, tetapi bola hasil sepakan Riko hanya membentur mistar.", "ASSAULT"),
        ("Serangan yang dilancarkan Persib akhirnya membuahkan gol pada menit ke-20.", "ASSAULT"),
        ("Gelandang itu menyelamatkan Arema dari kekalahan lewat gol di menit akhir.", "AID"),
        ("Kiper Bali United sigap menepis sepakan keras Rizky.", "REJECT"),
        ("Pemain belakang itu menendang bola ke arah gawang yang kosong.", "ASSAULT"),
    ],
)
def test_a_move_in_a_ball_game_is_no_act(text: str, type: str) -> None:
    assert acts(text, type) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tim tamu berhasil mencuri poin penuh dari markas Persebaya.",
        "Ponsel lipat terbaru itu langsung mencuri perhatian pengunjung pameran.",
    ],
)
def test_stealing_points_or_attention_is_no_theft(text: str) -> None:
    assert acts(text, "CRIME") == []


@pytest.mark.parametrize(
    "text, type",
    [
        ("Sejumlah suporter sepak bola menyerang dua polisi di luar stadion.", "ASSAULT"),
        ("Jaksa menyebut pesepak bola itu menggelapkan pajak penghasilannya lewat dua perusahaan.", "CRIME"),
        ("Pencuri itu mencuri dua ponsel milik warga.", "CRIME"),
    ],
)
def test_a_sport_named_is_no_match_played(text: str, type: str) -> None:
    assert acts(text, type)


@pytest.mark.parametrize(
    "text, recipient",
    [
        ('"Terima kasih kepada Pak Bupati yang sudah membantu warga kami," kata Kepala Desa Sukamaju, Budi.', "Bupati"),
        (
            '"Saya ucapkan terima kasih dan penghargaan kepada Polda Jawa Tengah," ujar Gubernur Ahmad.',
            "Polda Jawa Tengah",
        ),
        ("Menteri Sosial Rina mengucapkan terima kasih sebesar-besarnya kepada para relawan.", None),
        ("Ketua RT 05, Suyanto, berterima kasih atas bantuan Pemkot Bogor bagi warganya.", None),
        ('"Kami sampaikan apresiasi yang tinggi kepada Tim Resmob Polda Jabar," kata Kapolres Bogor.', "Resmob"),
    ],
)
def test_thanks_written_without_mengucapkan_kepada_are_support(text: str, recipient: str | None) -> None:
    found = acts(text, "SUPPORT")
    assert found, text
    if recipient:
        assert any(r and recipient in r for _t, _a, r in found), found


def test_thanks_said_as_a_sign_off_are_no_act() -> None:
    assert acts('"Itu saja dari saya. Terima kasih," kata Budi menutup jumpa pers.', "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Surat kabar pemerintah setempat melaporkan ribuan warga telah mendaftar sebagai relawan.",
        "Harta kekayaan pejabat tersebut dilaporkan untuk periode tahun 2024.",
        "Data transaksi mencurigakan itu dilaporkan Bank Mandiri setiap pekan.",
        "Angka kerugian yang dilaporkan Otoritas Jasa Keuangan mencapai Rp 2 triliun.",
        "Gubernur itu telah melapor kepada Presiden Joko Widodo soal banjir tersebut.",
    ],
)
def test_a_report_of_news_or_figures_is_no_complaint(text: str) -> None:
    assert acts(text, "DISAPPROVE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Warga Desa Sukamaju melaporkan kepala desanya ke Polres Cianjur atas dugaan penggelapan dana.",
        "Ibu korban kemudian melaporkan Rudi, tetangganya, atas dugaan penganiayaan.",
        "Menurut Budi, sudah ada 12 warga yang melapor ke Polsek Cilandak.",
    ],
)
def test_a_report_to_the_police_or_of_an_offence_is_a_complaint(text: str) -> None:
    assert acts(text, "DISAPPROVE"), text


def test_a_complaint_told_again_in_its_story_still_counts() -> None:
    text = (
        "Sejumlah nasabah koperasi melaporkan pengurusnya ke Polres Boyolali pekan lalu. "
        "Hingga kini ada tiga orang pengurus yang dilaporkan."
    )
    assert len(acts(text, "DISAPPROVE")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Galaxy S25 juga didukung dengan layar 6,5 inci buatan Samsung Display.",
        "IHSG menguat tajam, yang didukung oleh indikator teknikal MACD.",
        "Ini sangat mendukung perkembangan Pemkab Batang sebagai kawasan industri baru.",
    ],
)
def test_a_thing_that_supports_backs_no_one(text: str) -> None:
    assert acts(text, "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Partai Golkar mendukung pencalonan Ridwan Kamil sebagai gubernur.",
        "Dalam pemilihan itu, Bupati Rahmat didukung oleh Partai Gerindra dan PKB.",
    ],
)
def test_a_person_or_body_backing_is_support(text: str) -> None:
    assert acts(text, "SUPPORT"), text


MATCH = (
    "Persib menang 2-1 atas Persija dalam laga pekan ke-10 Liga 1. "
    "Gol kemenangan dicetak pada babak kedua pertandingan itu, sementara kiper Persija tampil gemilang. "
)


@pytest.mark.parametrize(
    "sentence, type",
    [
        ("Ciro Alves sudah membela Persib selama empat musim.", "SUPPORT"),
        ("Pertemuan Marc Klok dengan Rizky Ridho di laga itu berakhir imbang.", "CONSULT"),
        ("Tyronne del Pino menyelamatkan timnya dari kekalahan di menit akhir.", "AID"),
    ],
)
def test_playing_for_a_team_or_meeting_in_a_match_report_is_no_act(sentence: str, type: str) -> None:
    assert acts(MATCH + sentence, type) == []


def test_backing_outside_a_match_report_is_support() -> None:
    assert acts("Ketua DPR membela Menteri Keuangan dari kritik para ekonom.", "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Gubernur Kaltim Seno Aji hadir dalam acara itu. Dia mengapresiasi kerja para pendamping sosial atas dedikasinya.",
        '"Kami sekeluarga mengucapkan terima kasih atas perhatian yang luar biasa ini," kata Suparman, ayah korban.',
    ],
)
def test_thanks_for_a_deed_are_support_though_no_one_is_named(text: str) -> None:
    assert acts(text, "SUPPORT"), text


@pytest.mark.parametrize(
    "text",
    [
        "BMKG memperingatkan sekitar dua juta orang di pesisir selatan Jawa soal gelombang tinggi.",
        "Warga di sekitar Gunung Semeru diperingatkan untuk menjauhi aliran lahar.",
    ],
)
def test_a_warning_to_the_public_is_no_threat(text: str) -> None:
    assert acts(text, "THREATEN") == []


def test_a_warning_to_someone_in_particular_is_a_threat() -> None:
    assert acts("Menteri Pertahanan Israel memperingatkan Hizbullah dengan keras.", "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Kementerian Luar Negeri terus berkomunikasi intensif dengan otoritas Malaysia soal nasib para WNI.",
        "Gubernur Jawa Barat melakukan diskusi panjang dengan para bupati di Gedung Sate.",
    ],
)
def test_a_meeting_word_parted_from_its_dengan_is_consult(text: str) -> None:
    assert acts(text, "CONSULT"), text


def test_seeking_knowledge_is_no_claim() -> None:
    assert acts("Di desa itu, anak perempuan kini boleh menuntut ilmu hingga ke perguruan tinggi.", "DEMAND") == []


def test_an_apology_made_as_a_video_is_concede() -> None:
    text = "Sopir itu kemudian membuat video klarifikasi dan permohonan maaf atas perbuatannya."
    assert acts(text, "CONCEDE")


@pytest.mark.parametrize(
    "text",
    [
        "Satpol PP Kabupaten Garut menyita 200 botol miras. "
        "Segala bentuk jual beli miras di Kabupaten Garut dilarang sesuai dengan Perda yang berlaku.",
        "Peminjam dilarang melakukan penghimpunan dana dari nasabah sebagaimana diatur dalam aturan perbankan.",
    ],
)
def test_a_ban_a_rule_lays_down_is_no_act(text: str) -> None:
    assert [a for a in acts(text, "COERCE") if a[0] == "dilarang"] == []


def test_a_ban_someone_imposes_is_an_act() -> None:
    assert acts("Polda Jawa Barat melarang suporter Persija datang ke Bandung.", "COERCE")


def test_the_one_who_reported_someone_made_a_complaint() -> None:
    text = "Menurut TMZ, wanita yang melaporkan Nelly mengaku bertemu dengannya di sebuah kelab."
    assert acts(text, "DISAPPROVE")


@pytest.mark.parametrize(
    "text",
    [
        "PT Pembangunan Jaya Ancol menolak usulan itu. Direktur Keuangan PT Pembangunan Jaya Ancol, "
        "Paul Tehusijarana, mengatakan pihaknya harus melihat kepentingan pemegang saham.",
        "Ketua KPU Sulawesi Selatan, Hasbullah, mengatakan Bawaslu masih harus menunggu hasil rekapitulasi.",
    ],
)
def test_what_ones_own_side_still_has_to_do_is_no_demand(text: str) -> None:
    assert acts(text, "DEMAND") == []


def test_what_a_named_body_must_do_is_a_demand() -> None:
    assert acts("Menurut ICW, Polda Jawa Barat harus menghentikan proses hukum terhadap aktivis itu.", "DEMAND")


def test_someone_asked_to_act_is_a_demand() -> None:
    text = (
        "Dinas Perhubungan Kabupaten Serang menggelar razia truk tambang di Jalan Raya Cikande. "
        "Truk-truk itu diminta putar balik dan mematuhi jam operasional."
    )
    assert [a for a in acts(text, "DEMAND") if a[0] == "diminta"]


def test_users_asked_to_click_get_an_instruction_no_demand() -> None:
    assert acts("Setelah itu, pengguna diminta untuk mengklik tombol aktivasi di layar.", "DEMAND") == []
