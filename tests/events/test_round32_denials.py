"""Round 32 (issue #12): a claim said untrue is a denial (PLOVER REJECT, `membantah tuduhan`) when the
quote's clause ends in its untruth — `video itu hoaks`, `kabar tersebut dipastikan tidak benar`,
`tuduhan … merupakan tidak berdasar` — and a spokesperson's `X tidak pernah menyatakan …` denies words
put in someone's mouth. Only in a story of an accusation or a hoax; an untruth said of something
described (`menyebarkan informasi yang tidak benar`) is no denial.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Jakarta - Sebuah unggahan di media sosial menyebut Gubernur membagikan uang kepada pendukungnya. "
            '"Unggahan yang menyebut Gubernur membagikan uang kepada pendukungnya itu hoaks," kata Kepala '
            "Dinas Kominfo Budi Santoso kepada wartawan, Senin (3/11/2025).",
            "hoaks",
            "Budi Santoso",
        ),
        (
            "Jakarta - Kabar pemecatan ratusan pegawai pabrik tekstil beredar luas sejak pekan lalu dan disebut "
            "hoaks oleh perusahaan. Juru bicara perusahaan, Ani Lestari, menegaskan kabar pemecatan ratusan "
            "pegawai tersebut dipastikan tidak benar.",
            "tidak benar",
            "Ani Lestari",
        ),
        (
            "Jakarta - Kuasa hukum terdakwa, Joko Susilo, membacakan nota pembelaan di pengadilan. Joko menyebut "
            "tuduhan penggelapan pajak kepada kliennya merupakan tidak berdasar.",
            "tidak berdasar",
            "Joko Susilo",
        ),
    ],
)
def test_a_claim_said_untrue_is_a_denial(text: str, trigger: str, actor: str) -> None:
    assert any(t.lower() == trigger and a == actor for t, a, _r in acts(text, "REJECT")), acts(text, "REJECT")


def test_words_put_in_someones_mouth_denied_by_a_spokesperson() -> None:
    text = (
        "Jakarta - Video yang menampilkan Menteri Pertanian menyebut petani sebagai beban negara ramai "
        "dibagikan. Kepala Biro Humas Kementerian Pertanian Ani Lestari memastikan video itu hoaks. "
        '"Faktanya, Pak Menteri tidak pernah menyatakan bahwa petani adalah beban negara," kata Ani dalam '
        "keterangan tertulis, Selasa (4/11/2025)."
    )
    assert any(t == "tidak pernah" and a == "Ani Lestari" for t, a, _r in acts(text, "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        # an untruth said of something described, in a story of a hoax
        "Jakarta - Polisi menangkap penyebar hoaks soal gempa. "
        '"Jangan menyebarkan informasi yang tidak benar kepada warga," kata Kapolres Budi Santoso.',
        # no accusation or hoax in the story: a claim said wrong in an argument
        "Jakarta - Pengamat ekonomi Ani Lestari menanggapi data inflasi terbaru. "
        '"Informasi soal harga beras yang turun itu tidak benar untuk semua daerah," kata Ani.',
    ],
)
def test_no_denial_read(text: str) -> None:
    assert acts(text, "REJECT") == []
