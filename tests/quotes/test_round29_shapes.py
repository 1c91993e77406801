"""Shapes of the twenty-ninth round: the run-on convention (eval/README.md) counts a consequence of
what was just said as the source's content, so an opener that draws it (`Dengan begitu, …`, `Untuk
itu, …`, `Oleh karena itu, …`), set off by its comma, carries the statement on; `Sebabnya, …` gives
its reason as `Sebab, …` does, and `Makanya …` links back with or without its comma. Sentences
written for this file in the shapes of Indonesian news; each rule is also tested on the shape it
must leave alone."""

from __future__ import annotations

import pytest

import warta


def _indirect(text: str) -> list[str]:
    art = warta.read(
        {"id": "t", "text": "MATARAM - Hujan turun sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [q.text for q in art.quotes if q.kind == "indirect"]


LEAD = "Kepala Dinas Kesehatan Lombok Barat Nur Aini meninjau puskesmas itu pada Senin pagi.\n\n"
SAID = "Nur mengatakan pendataan peserta jaminan kesehatan sudah selesai di tingkat kecamatan."


@pytest.mark.parametrize(
    "tail",
    [
        "Dengan begitu, anggaran daerah dapat dialihkan bagi warga yang belum terdaftar.",
        "Dengan demikian, warga yang belum terdaftar bisa segera dilayani di puskesmas.",
        "Untuk itu, pihaknya menambah petugas pendataan di setiap puskesmas.",
        "Oleh karena itu, pemerintah kabupaten menyiapkan tambahan kuota bagi warga miskin.",
        "Sebabnya, petugas desa ikut mendatangi rumah warga satu per satu.",
        "Makanya warga tidak perlu lagi datang ke kantor dinas untuk mendaftar.",
    ],
)
def test_a_consequence_or_reason_runs_the_statement_on(tail: str) -> None:
    got = [t for t in _indirect(LEAD + f"{SAID} {tail}") if t.startswith("pendataan")]
    assert len(got) == 1 and got[0].rstrip(".").endswith(tail.rstrip("."))


@pytest.mark.parametrize(
    "tail",
    [
        # no comma: the phrase opens a sentence of the writer's own
        "Dengan demikian pendataan tahap kedua dimulai pekan depan di seluruh desa.",
        # the speaker taken up again as the subject of a new act: the writer's account
        "Oleh karena itu, ia meminta kepala desa ikut mengawasi pendataan.",
    ],
)
def test_a_consequence_opener_the_writer_uses_is_left(tail: str) -> None:
    got = [t for t in _indirect(LEAD + f"{SAID} {tail}") if t.startswith("pendataan")]
    assert got and tail.split(",")[-1].strip().rstrip(".") not in got[0]


# a word of saying, `oleh` or a pronoun left at the edge of a speaker phrase beside a name is no part
# of the speaker: the source's doubled cue, an interjected cue, a passive's agent marker
def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "JAKARTA - Rupiah menguat pagi ini.\n\n" + text + "\n"})
    return [(q.speaker.name if q.speaker else None, q.via, q.text) for q in art.quotes]


def test_a_doubled_cue_before_the_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Direktur Keuangan Bank Sejahtera Syariah Rudi Hartono hadir dalam peluncuran produk itu.\n\n"
        '"Produk ini membantu nasabah mengelola risiko nilai tukar dalam transaksi jangka panjang," '
        "ujar ungkap Rudi di Jakarta, Selasa (12/8/2025)."
    )
    assert [s for s, _v, t in _speakers(text) if t.startswith("Produk ini")] == ["Rudi Hartono"]


def test_a_cue_left_after_the_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Sementara menurut perwakilan dari Asosiasi Fintech Nasional (AFN) Sinta Maharani mengungkapkan, "
        "pasar pembayaran digital di Indonesia masih tumbuh cepat tahun ini."
    )
    assert [s for s, _v, t in _speakers(text) if t.startswith("pasar pembayaran")] == ["Sinta Maharani"]


def test_the_agent_marker_of_a_report_is_no_part_of_the_medium() -> None:
    text = "Seperti dilaporkan oleh TechCrunch, Tencent membeli saham Snap senilai dua miliar dolar AS pekan lalu."
    assert [(s, v) for s, v, t in _speakers(text) if t.startswith("Tencent")] == [("TechCrunch", "TechCrunch")]


def test_a_relation_before_a_name_is_kept() -> None:
    # `istri Rudi`: the wife speaks, not Rudi; only words of saying, `oleh` and pronouns are dropped
    text = (
        "Rudi Hartono dirawat di rumah sakit sejak Senin.\n\n"
        '"Kondisinya sudah membaik dan ia mulai bisa berbicara," kata istri Rudi kepada wartawan.'
    )
    assert [s for s, _v, t in _speakers(text) if t.startswith("Kondisinya")] == ["istri Rudi"]


def test_karena_itu_with_its_comma_runs_the_statement_on() -> None:
    # `karena` alone links back only with its comma (`Karena, …`); the consequence opener `Karena itu,` has
    # its comma after `itu`
    tail = "Karena itu, pemerintah kabupaten menyiapkan tambahan kuota bagi warga miskin."
    got = [t for t in _indirect(LEAD + f"{SAID} {tail}") if t.startswith("pendataan")]
    assert len(got) == 1 and got[0].rstrip(".").endswith(tail.rstrip("."))
