"""Round 36, second wave (events parties): a bare title stands for the one who holds the post.

A party written only as the title of a post one person holds (`Pak Wali menyambut baik`, `Presiden harus
…`, `sanksi terhadap ketua, 4 anggota, serta sekjen KPU`) is the person the entities layer gave that post,
when exactly one person of the article holds a post opening with that title (`Parties._title_holder_of`,
parties.json `bare_titles`, `title_honorifics`). Sentences written here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import parties  # noqa: E402


def test_pak_wali_is_the_mayor_named_later() -> None:
    text = (
        "Ketua KPU Makassar, Andi Yasir Arafat menegaskan keterlibatan KPU akan meningkatkan kualitas pemilihan.\n\n"
        '"Alhamdulillah, Pak Wali menerima dan menyambut baik usulan kami," ujar Yasir.\n\n'
        "Wali Kota Makassar Munafri Arifuddin menilai pemilihan itu penting bagi warga."
    )
    actor, _ = parties(text, "SUPPORT", "menyambut baik")
    assert actor == "Munafri Arifuddin"


def test_the_sanctioned_chair_is_the_one_who_chairs() -> None:
    text = (
        "DKPP diketahui menjatuhkan sanksi peringatan keras terhadap ketua, 4 anggota, serta sekjen KPU.\n\n"
        '"Menjatuhkan sanksi peringatan keras kepada Teradu I Muhammad Afifuddin, selaku Ketua merangkap '
        'anggota KPU," kata Heddy Lugito.'
    )
    _, recipient = parties(text, "SANCTION", "menjatuhkan sanksi")
    assert recipient == "Muhammad Afifuddin"


def test_the_president_asked_is_the_president_named_later() -> None:
    text = (
        '"Ini momentum penting. Presiden harus membuktikan terus, setiap hari, bahwa apa yang dia katakan akan '
        'menjadi kenyataan," kata pakar hukum Hardjuno Wiwoho.\n\n'
        "Ia menilai pernyataan Presiden Prabowo Subianto soal korupsi CPO sangat substansial."
    )
    _, recipient = parties(text, "DEMAND", "harus")
    assert recipient == "Prabowo Subianto"


def test_a_whole_post_written_without_the_name_is_its_holder() -> None:
    text = (
        "Presiden Joko Widodo mengaku sudah mengingatkan Menteri kelautan dan Perikanan agar konsentrasinya "
        "saat ini lebih ke industri pengolahan ikan.\n\n"
        "Sebelumnya, Menteri Kelautan dan Perikanan Susi Pudjiastuti menenggelamkan kapal pencuri ikan di Ambon."
    )
    _, recipient = parties(text, "DEMAND", "mengingatkan")
    assert recipient == "Susi Pudjiastuti"
