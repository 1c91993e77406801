"""Round 40 (orgs): a device named by its brand and model is a product, not a body (GUIDELINES counts
no products), read by products.drop_products and products.drop_coded_products: a model's number after
a device noun (`chipset Snapdragon 652`, `satelit Telkom 1`, data/device_nouns.txt) and, once so read,
the same name with a number anywhere; a model's code with letters after its digits (`MB16AP`) or a
number with a letter (`3S`); a model word (data/model_words.txt: `Pro`, `Go`, `Plus`) closing a name
that opens with the brand the article names on its own. Sentences written for the tests in the styles
of the technology pages of DailySocial, CNN Indonesia and Liputan6; brands common, models invented."""

from __future__ import annotations

import warta


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def test_a_chip_with_its_number_after_a_device_noun_is_no_body() -> None:
    text = (
        "Ponsel ini cuma mengandalkan chipset Snapdragon 415 yang merupakan suksesor dari Snapdragon 410. "
        "Harganya dibanderol Rp 1,5 juta."
    )
    assert "Snapdragon" not in _labels(text)


def test_a_satellite_closing_with_its_number_is_no_body_anywhere() -> None:
    text = (
        "Satelit Telkom 4 masih bermasalah hingga Sabtu. Semua layanan transponder satelit Telkom 4 "
        "terganggu. Proses migrasi pelanggan Telkom 4 dimulai hari ini, kata Direktur Utama Telkom "
        "Indonesia dalam keterangannya."
    )
    labels = _labels(text)
    assert "Telkom 4" not in labels
    assert labels.get("Telkom Indonesia") == "ORG"


def test_a_motorbike_with_its_number_after_a_goods_noun_is_no_body() -> None:
    text = "Jaksa menyebut terdakwa menerima satu motor Harley Davidson Sportster 750 Tahun 2001 seharga Rp 100 juta."
    assert "Harley Davidson Sportster" not in _labels(text)
    text = "Ia juga menerima satu motor Harley Davidson Sportster 750 seharga Rp 100 juta."
    assert "Harley Davidson Sportster" not in _labels(text)


def test_a_chart_number_after_a_work_noun_keeps_the_magazine() -> None:
    text = (
        "Album itu menempati posisi puncak tangga album Billboard 200 selama dua pekan, seperti diberitakan Billboard."
    )
    assert _labels(text).get("Billboard") == "ORG"


def test_a_model_code_with_letters_after_its_digits_is_no_body() -> None:
    text = (
        "Untuk pengguna yang butuh layar lebih besar, ada Asus ProArt PA32KX. Monitor seukuran desktop ini "
        "ditujukan bagi desainer. Asus belum mengumumkan harganya."
    )
    labels = _labels(text)
    assert "Asus ProArt PA32KX" not in labels
    assert labels.get("Asus") == "ORG"


def test_a_model_word_after_the_brand_named_alone_is_no_body() -> None:
    text = (
        "Pabrikan asal Tiongkok, Xiaomi, meluncurkan tablet terbarunya pekan ini. Dijuluki Xiaomi Pad Pro, "
        "perangkat ini menyambung ke papan ketik lewat magnet. Keunggulan utama Xiaomi Pad Pro terletak pada "
        "layarnya."
    )
    labels = _labels(text)
    assert "Xiaomi Pad Pro" not in labels
    assert labels.get("Xiaomi") == "ORG"


def test_a_count_after_a_car_brand_keeps_the_brand() -> None:
    text = "Polisi menyita dua mobil Toyota 2 unit dan satu truk milik PT Sinar Jaya di gudang itu."
    assert "PT Sinar Jaya" in _labels(text)


def test_a_team_with_a_number_stays_a_body() -> None:
    text = "Pebalap Yamaha Tech 3, Johann Zarco, finis keempat. Yamaha sendiri belum mengumumkan pebalapnya."
    assert _labels(text).get("Yamaha Tech 3") == "ORG"
