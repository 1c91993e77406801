"""Round 39 (orgso): an English term spelled out before its acronym and read as a body is no entity
when it closes with a term's last word (data/programme_tails.txt: `product`, `optimization`,
`charge`, `antigen`), read by products.drop_named_programmes. Sentences written for the tests in the
styles of IndoSum's business, technology and health pages (Kumparan, Suara, DailySocial, Antara)."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_fee_spelled_out_before_its_acronym_is_no_body() -> None:
    text = (
        "THC adalah gabungan biaya Container Handling Charge (CHC) yang dipungut pengelola terminal "
        "petikemas dan surcharge yang dipungut pelayaran."
    )
    assert "Container Handling Charge" not in _labels(text)


def test_a_measure_spelled_out_before_its_acronym_is_no_body() -> None:
    text = "Menurut dia, sektor peternakan menyumbang cukup besar pada Gross Domestic Product (GDP) nasional."
    assert "Gross Domestic Product" not in _labels(text)


def test_a_practice_spelled_out_before_its_acronym_is_no_body() -> None:
    text = (
        "Sehingga teknik seperti SEO (Search Engine Optimization), Web Analytics dan lainnya wajib dikuasai "
        "para pemasar digital."
    )
    assert "Search Engine Optimization" not in _labels(text)


def test_a_marker_spelled_out_before_its_acronym_is_no_body() -> None:
    text = "Pemeriksaan Prostate Specific Antigen (PSA) dianjurkan bagi pria berusia di atas 50 tahun."
    assert "Prostate Specific Antigen" not in _labels(text)


def test_a_body_closing_with_another_english_head_stays() -> None:
    text = "Laporan itu dirilis oleh International Monetary Fund (IMF) di Washington, Selasa."
    assert _labels(text).get("International Monetary Fund") == "ORG"


# Indonesian terms opening with a term's head word (data/term_heads.txt), read by
# common_acronyms.drop_named_terms


def test_a_levy_spelled_out_before_its_acronym_is_no_body() -> None:
    text = (
        "Sementara, Bea Masuk Imbalan (BMI) tidak dikenakan, karena penyelidikan subsidi oleh pemerintah "
        "Australia telah dihentikan."
    )
    assert "Bea Masuk Imbalan" not in _labels(text)


def test_a_landfill_spelled_out_before_its_acronym_is_no_body() -> None:
    text = "Sampah dari pasar itu diangkut ke Tempat Pembuangan Akhir (TPA) setiap pagi oleh petugas dinas."
    assert "Tempat Pembuangan Akhir" not in _labels(text)


def test_a_kind_of_cigarette_spelled_out_before_its_acronym_is_no_body() -> None:
    text = (
        "Sementara untuk Sigaret Kretek Tangan Filter (SKTF) dan Sigaret Putih Tangan Filter paling rendah "
        "Rp 655. Untuk harga jual eceran terendah SKTF dan SPTF adalah Rp 1.120."
    )
    assert "Sigaret Kretek Tangan Filter" not in _labels(text)


def test_the_customs_office_stays_a_body() -> None:
    text = "Petugas Bea Cukai Bandara Soekarno-Hatta menyita barang itu, kata juru bicara Bea Cukai."
    assert any(label == "ORG" and name.startswith("Bea Cukai") for name, label in _labels(text).items())
