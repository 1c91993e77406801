"""Malaysian news read as Indonesian: the language check passed it (Malay shares most function
words, and the Malay-only list held few of the words Malaysian reporters use every day). The
record is kept and read, with a warning naming the likely language, in read, ingest, the API and
Spark alike (they all read through warta.read)."""

from __future__ import annotations

import pytest

import warta
from warta.language import detect

MALAY = [
    "KUALA LUMPUR - Kerajaan akan memperkenalkan beberapa langkah baharu bagi membendung kenaikan harga "
    "barang keperluan asas, kata menteri hari ini. Beliau berkata, kementerian telah mengarahkan pegawai "
    "untuk memantau premis perniagaan di seluruh negara. Menurutnya, orang ramai boleh membuat aduan melalui "
    "aplikasi yang disediakan sekiranya mendapati sebarang salah laku, katanya kepada pemberita selepas majlis itu.",
    "JOHOR BAHRU - Seramai tiga lelaki ditahan bagi membantu siasatan kes jenayah yang membabitkan sebuah "
    "syarikat tempatan di sini. Ketua polis daerah berkata suspek berusia antara 25 dan 40 tahun itu dipercayai "
    "terbabit dalam sindiket dadah, dan mangsa telah membuat laporan mengikut prosedur pada minggu lalu.",
    "PUTRAJAYA - Universiti awam diminta meningkatkan kualiti aktiviti penyelidikan dan kerjasama antarabangsa "
    "dalam tempoh lima tahun akan datang. Perkara itu diputuskan dalam mesyuarat yang diadakan semalam, "
    "dan maklumat lanjut mengenai projek tersebut akan diumumkan kepada komuniti akademik tidak lama lagi.",
]

INDONESIAN_ABOUT_MALAYSIA = [
    "Jakarta - Pemerintah Indonesia dan Malaysia sepakat memperkuat kerja sama perlindungan pekerja migran. "
    "Menteri Luar Negeri mengatakan bahwa kedua negara akan membentuk tim bersama, sementara Duta Besar "
    "Malaysia menyebut pihaknya siap membantu warga Indonesia yang tersangkut kasus hukum di Kuala Lumpur.",
    "Pekanbaru - Polisi menangkap dua pria yang diduga menyelundupkan narkoba dari Malaysia melalui jalur laut. "
    "Kapolda mengatakan barang bukti diamankan saat kapal bersandar di pelabuhan, dan kedua tersangka kini "
    "ditahan untuk pemeriksaan lebih lanjut, ujarnya kepada wartawan, Selasa (4/11/2025).",
]


@pytest.mark.parametrize("text", MALAY)
def test_malaysian_news_is_flagged_malay_and_kept(text: str) -> None:
    assert detect(text)["code"] == "ms"
    art = warta.read({"id": "my", "text": text})
    assert art.language["code"] == "ms" and art.text == text and art.sentences
    assert any("Malay" in w and "'ms'" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("text", INDONESIAN_ABOUT_MALAYSIA)
def test_indonesian_news_about_malaysia_stays_indonesian(text: str) -> None:
    art = warta.read(text)
    assert art.language["code"] == "id" and not any("language" in w for w in art.warnings)
