"""A photo caption that ends in an outlet's file-photo credit in brackets is page furniture, not
a heading; a bracket with a slash inside a sentence stays text."""

import pytest

from warta.cleaning.furniture import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "Ketua Komisi III DPR Bambang Sutrisno. (Tempo/Dok)",
        "Peneliti ICW Rahmat Hidayat. [Kumparan.com/Dokumentasi]",
        "Gedung KPK di Kuningan. (Antara/Istimewa)",
    ],
)
def test_caption_with_file_credit_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "credit"


def test_bracketed_years_in_a_sentence_are_text() -> None:
    assert furniture_reason("Ia membeli rumah itu (2019/2020) untuk keluarga besarnya di Bogor.") is None


def test_sentence_with_a_lower_case_signoff_is_text() -> None:
    assert furniture_reason("Menurut dia, data itu sudah benar dan lengkap. (ant/dok)") != "credit"
