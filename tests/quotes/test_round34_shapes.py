"""Shapes of the thirty-fourth round, from other outlets' house styles (IndoSum pool, heldout32's
MINE half). Sentences written for this file in the shapes of Indonesian news; each rule is also
tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.via, q.text) for q in art.quotes]


# ANTARA's wire style closes a statement with `demikian` and its source alone, no verb of saying:
# a body, a foreign medium (then also the via), or a role with the name set off after it and where,
# to whom and when it was said.
@pytest.mark.parametrize(
    ("text", "said_by", "via"),
    [
        (
            "Curah hujan di wilayah pesisir utara diperkirakan meningkat hingga akhir pekan dan gelombang laut "
            "bisa mencapai dua meter, demikian BMKG Stasiun Maritim Tanjung Emas.",
            None,
            None,
        ),
        (
            "Harga minyak mentah dunia turun tajam pada perdagangan Jumat setelah stok bahan bakar di Amerika "
            "Serikat naik melebihi perkiraan, demikian Reuters.",
            "Reuters",
            "Reuters",
        ),
        (
            "Pameran batik itu dikunjungi lebih dari dua ribu orang selama tiga hari di Balai Kota Rotterdam, "
            "demikian Sekretaris Pertama Fungsi Ekonomi KBRI Den Haag, Wulan Prameswari kepada Antara London, "
            "Minggu.",
            "Wulan Prameswari",
            None,
        ),
    ],
)
def test_a_statement_closed_by_its_source_alone(text, said_by, via):
    got = [q for q in _quotes(text) if q[2] == "demikian"]
    assert len(got) == 1
    kind, speaker, _cue, medium, content = got[0]
    assert kind == "indirect" and medium == via and not content.endswith("demikian")
    if said_by is not None:
        assert speaker == said_by
    else:
        assert speaker is not None and "BMKG" in speaker and "BMKG" not in content


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah daerah menyiapkan tenda darurat bagi para pengungsi di lapangan desa, demikian pula "
        "dapur umum di balai warga.",
        "Tim gabungan terus mencari korban yang hilang di sepanjang aliran sungai, demikian Senin (5/6) sore.",
        "Pemkot menutup jalan itu selama sepekan, demikian Wali Kota Semarang yang kemudian meresmikan taman "
        "kota di sana.",
    ],
)
def test_demikian_not_closing_a_source_adds_nothing(text):
    assert [q for q in _quotes(text) if q[2] == "demikian"] == []


# `…, kata X, demikian dilaporkan Reuters.`: the medium named after the source is the via.
def test_a_medium_closing_after_the_source_is_the_via():
    text = (
        "Operasi di kilang itu dihentikan sementara untuk perbaikan pipa yang bocor, kata petugas di kilang "
        "tersebut, demikian dilaporkan Reuters."
    )
    got = [q for q in _quotes(text) if q[0] == "indirect"]
    assert [(q[2], q[3]) for q in got] == [("kata", "Reuters")]


# A via set off as an aside: between a speaker and the verb that leads into a quotation, after the
# source of `Menurut …` (the content starts after it), or after a document named first.
def test_a_via_aside_before_a_verb_leading_into_a_quotation():
    text = (
        'Seorang juru bicara klub, seperti dilansir The Guardian, berkata, "Kami kecewa ada suporter yang '
        'menjual tiket pemberian para pemain kepada calo."'
    )
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert [(q[2], q[3]) for q in got] == [("berkata", "The Guardian")]


def test_a_via_aside_after_the_source_of_menurut():
    text = (
        "Menurut laporan The Atlantic, seperti dilansir dari Arts and Letters Daily, kucing peliharaan "
        "menanggapi suara pemiliknya lebih cepat daripada suara orang asing."
    )
    got = [q for q in _quotes(text) if q[2] == "Menurut"]
    assert len(got) == 1
    assert got[0][3] == "Arts and Letters Daily" and got[0][4].startswith("kucing peliharaan")


def test_a_document_named_before_the_medium_is_not_the_via():
    text = (
        '"Penyaluran bantuan tahap keempat sudah dimulai sejak hari ini," kata Menteri Sosial Gus Ipul, '
        "dikutip dari keterangan tertulis, seperti dilansir detikFinance, Minggu (19/10/2025)."
    )
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert [q[3] for q in got] == ["detikFinance"]
