"""Round 20: the systematic dictionary (roots.tsv and verbs.tsv, `round 20`), words written from
the language for each type. Each test reads a sentence written here, in the shapes of Indonesian
news, and checks the type the act is coded as; the last ones check senses the list leaves out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    "text, type, trigger",
    [
        (
            "Seorang pria bersenjata melepaskan tembakan ke arah kerumunan di depan pusat perbelanjaan.",
            "ASSAULT",
            "melepaskan tembakan",
        ),
        ("Korban disayat pelaku dengan pisau cutter di bagian lengan.", "ASSAULT", "disayat"),
        ("Polisi menggrebek sebuah rumah kontrakan yang dijadikan gudang narkoba di Medan.", "COERCE", "menggrebek"),
        ("Aparat kepolisian menghalau massa yang mencoba masuk ke gedung DPRD.", "COERCE", "menghalau"),
        ("Kedua terdakwa akhirnya dibawa ke pengadilan oleh jaksa penuntut umum.", "COERCE", "dibawa ke pengadilan"),
        ("Tersangka memanipulasi data penerima bantuan untuk mencairkan dana desa.", "CRIME", "memanipulasi"),
        ("Pelaku mengiming-imingi korban pekerjaan di luar negeri dengan gaji besar.", "CRIME", "mengiming-imingi"),
        ("Menurut Ketua DPRD Jawa Barat, kebijakan itu berpihak kepada petani kecil.", "SUPPORT", "berpihak"),
        ("Kendaraan taktis polisi itu menabrak seorang pengemudi ojek yang ikut berunjuk rasa.", "ASSAULT", "menabrak"),
        ("Menteri Perdagangan meninjau harga bahan pokok di Pasar Senen, Jakarta Pusat.", "INVESTIGATE", "meninjau"),
        (
            "Negosiasi antara Indonesia dan Malaysia berlangsung selama dua hari di Kuala Lumpur.",
            "CONSULT",
            "Negosiasi",
        ),
        (
            "Kapolda Jawa Timur menghimbau para pengemudi ojek daring agar tidak terprovokasi.",
            "DEMAND",
            "menghimbau para pengemudi ojek daring agar",
        ),
        (
            "Kepala sekolah itu dibebastugaskan oleh Dinas Pendidikan setelah kasus tersebut viral.",
            "SANCTION",
            "dibebastugaskan",
        ),
        ("Presiden menelpon Perdana Menteri Malaysia untuk membahas nasib pekerja migran.", "CONSULT", "menelpon"),
        ("Sejumlah siswa menertawakan korban saat kejadian itu berlangsung.", "DISAPPROVE", "menertawakan"),
        ("Tersangka berkelit saat ditanya penyidik soal aliran dana tersebut.", "REJECT", "berkelit"),
        ("Polisi melucuti senjata milik kelompok bersenjata itu.", "COERCE", "melucuti"),
        ("Pelaku membius korban sebelum menguras isi rumahnya.", "CRIME", "membius"),
    ],
)
def test_a_word_of_the_systematic_list_is_coded_as_its_type(text: str, type: str, trigger: str) -> None:
    assert trigger in [t for t, _a, _r in acts(text, type)]


@pytest.mark.parametrize(
    "text, type",
    [
        # a document signed is no agreement between parties (`ditandatangani` was left out)
        ("Surat keputusan itu ditandatangani Kepala Dinas Pendidikan pada 3 Maret.", "AGREE"),
        # a candidate carried by a party, an idea carried by a group: not support coded here
        ("Organisasi itu mengusung gagasan pendirian negara khilafah.", "SUPPORT"),
        # a lorry hitting a tree is an accident, not an attack on someone
        ("Sebuah truk bermuatan pasir menabrak pohon di Jalan Raya Bogor.", "ASSAULT"),
        # sharing a post, monitoring prices, highlighting a trend: not aid, investigation or criticism
        ("Akun itu membagikan video kejadian tersebut di media sosial.", "AID"),
        ("Pemerintah terus memantau harga beras di pasar tradisional.", "INVESTIGATE"),
        ("Laporan itu menyoroti tren peningkatan penipuan daring.", "DISAPPROVE"),
        # reaching an age, a law's duty, a figurative stain: no assault, demand or crime
        ("Perusahaan itu menginjak usia ke-18 tahun pada Juni lalu.", "ASSAULT"),
        ("Undang-undang itu mewajibkan badan publik membuka informasi kepada warga.", "DEMAND"),
        ("Kasus itu ikut menodai wajah tata kelola energi nasional.", "CRIME"),
        # a car seized kept somewhere, a patient leaving hospital: no coercion, no sanction
        ("Mobil sitaan itu sementara dititipkan di kantor Kejaksaan Negeri Solo.", "COERCE"),
        ("Sopir itu dikeluarkan dari rumah sakit pada Senin pagi.", "SANCTION"),
        # a file processed is no investigation (`diproses` was left out)
        ("Permohonan paspor warga biasanya diproses dalam tiga hari kerja.", "INVESTIGATE"),
    ],
)
def test_senses_the_list_leaves_out(text: str, type: str) -> None:
    assert acts(text, type) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sejumlah anggota DPRD menilai langkah pemerintah daerah menaikkan tarif parkir itu keliru.",
        "Koalisi masyarakat sipil menganggap putusan majelis hakim tersebut tidak adil bagi korban.",
        "Pengamat kebijakan publik itu menilai penunjukan pejabat sementara tersebut tak pantas dilakukan.",
    ],
)
def test_a_judgement_that_finds_fault_is_a_criticism(text: str) -> None:
    assert len(acts(text, "DISAPPROVE")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ia menganggap Budi sebagai kakaknya sendiri sejak kecil.",
        "Pengamat itu menilai langkah pemerintah daerah tersebut sudah tepat.",
        # `salah satu` is `one of`, no fault found
        "Dia menilai salah satu poin yang perlu diatur adalah pungutan bagi wisatawan asing.",
    ],
)
def test_a_judgement_that_finds_no_fault_is_no_criticism(text: str) -> None:
    assert acts(text, "DISAPPROVE") == []


def test_asking_for_a_thing_claimed_is_a_demand_with_no_one_asked() -> None:
    text = "Keluarga korban mendatangi Polres Metro Bekasi dan meminta kejelasan penanganan kasus tersebut."
    assert [t for t, _a, _r in acts(text, "DEMAND")] == ["meminta kejelasan"]


def test_a_thing_claimed_named_alone_is_no_demand() -> None:
    text = "Kejaksaan memilih pendekatan keadilan restoratif dalam perkara pencurian itu."
    assert acts(text, "DEMAND") == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Polres Bogor melanjutkan penyelidikan kasus pembunuhan tersebut.", "Polres Bogor"),
        (
            "Kepolisian Resor Malang tetap meneruskan penyelidikan meski pelapor sudah berdamai.",
            "Kepolisian Resor Malang",
        ),
    ],
)
def test_a_step_of_a_case_continued_is_done(text: str, actor: str) -> None:
    assert [a for _t, a, _r in acts(text, "INVESTIGATE")] == [actor]


def test_a_step_of_a_case_only_named_is_no_act() -> None:
    assert acts("Penyelidikan kasus itu penting bagi keluarga korban.", "INVESTIGATE") == []


@pytest.mark.parametrize(
    "text",
    [
        # the one asked, then what they are asked to do as a ber- verb
        "Ketua KPK meminta para saksi bersikap kooperatif.",
        # what is asked as a passive
        "Majelis hakim meminta saksi pelapor dihadirkan pada sidang berikutnya.",
    ],
)
def test_a_request_of_someone_to_act_is_a_demand(text: str) -> None:
    assert len(acts(text, "DEMAND")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Bupati meminta maaf kepada warganya yang menjadi korban banjir.",
        "Penyidik meminta keterangan dari tiga orang saksi yang dihadirkan di Mapolres.",
    ],
)
def test_an_apology_or_a_statement_taken_is_no_request(text: str) -> None:
    assert acts(text, "DEMAND") == []


def test_an_act_one_is_obliged_to_do_is_not_done() -> None:
    text = "Setiap perguruan tinggi telah diwajibkan membentuk satuan tugas pencegahan kekerasan seksual."
    assert acts(text, "MOBILIZE") == []


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            '"Seharusnya pemerintah daerah menyediakan lahan bagi pedagang kaki lima," kata Ketua DPRD Kota Bogor Adityawarman.',
            "pemerintah daerah",
        ),
        (
            '"Sudah sepantasnya Kementerian Perdagangan menunda impor beras," ujar anggota Komisi IV DPR Budi Santoso.',
            "Kementerian Perdagangan",
        ),
    ],
)
def test_an_obligation_with_the_one_obliged_after_the_modal_is_a_demand(text: str, asked: str) -> None:
    assert [r for _t, _a, r in acts(text, "DEMAND")] == [asked]


@pytest.mark.parametrize(
    "text",
    [
        '"Seharusnya acara itu berlangsung pada Senin," kata panitia.',
        '"Harus ada penjelasan dari rumah sakit," kata Budi.',
    ],
)
def test_an_obligation_of_no_one_in_particular_is_no_demand(text: str) -> None:
    assert acts(text, "DEMAND") == []
