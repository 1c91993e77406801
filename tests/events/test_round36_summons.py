"""Round 36 (issue #12): `memanggil`/`dipanggil` is an inquiry's summons (INVESTIGATE) when the
police, a prosecutor, a court or a watchdog calls, or the call is for a step of a case. A name one
is called by (`memanggil saya 'Si Kancil'`, `dengan sebutan …`), the police or their chief called in
(`Polisi pun dipanggil`, `Presiden memanggil Kapolri untuk …`) and a call closing its clause with no
one called (`saudara kami di Gaza memanggil,`) are other calls."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

SUMMONS = {
    "\"Orang-orang mulai memanggil saya 'Si Kancil' sejak kecil,\" kata Budi Santoso.": [],
    "Rekan-rekannya di kantor memanggilnya dengan sebutan Pak Guru.": [],
    "Warga segera melapor dan polisi pun dipanggil untuk mengamankan lokasi.": [],
    "Presiden Joko Widodo memanggil Kapolri Jenderal Listyo Sigit Prabowo untuk segera mengusut kasus itu.": [],
    '"Saudara-saudara kami di Gaza memanggil, kami harus berangkat," ujar Ustaz Hanan Attaki.': [],
    "KPK memanggil lima orang direktur travel haji pada Selasa.": ["memanggil"],
    "Bupati Sleman Kustini dipanggil sebagai saksi oleh penyidik Kejaksaan Tinggi DIY.": ["dipanggil"],
    "Menteri BUMN Erick Thohir memanggil Direktur Utama Garuda Indonesia Irfan Setiaputra.": ["memanggil"],
}


def test_a_summons_is_an_inquiry_only_when_it_calls_someone_to_account() -> None:
    found = {text: [x[0] for x in acts(text, "INVESTIGATE")] for text in SUMMONS}
    assert found == SUMMONS
