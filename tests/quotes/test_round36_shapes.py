"""Shapes of the thirty-sixth round (IndoSum pool). Sentences written for this file in the shapes of
Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


def _one_indirect(text: str, speaker: str, cue: str, opens: str) -> str:
    """The one reported statement with ``cue``, checked for its speaker and first words; its text."""
    got = [q for q in _quotes(text) if q[2] == cue]
    assert len(got) == 1, _quotes(text)
    assert got[0][0] == "indirect" and got[0][1] == speaker
    assert got[0][3].startswith(opens)
    return got[0][3]


# `seperti`/`sebagaimana`, a passive of saying and its agent after a statement: the statement is
# the agent's, whether the sentence ends there, a comma goes on, or only where and when follow.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "opens"),
    [
        (
            "Getaran gempa juga dirasakan di wilayah Kecamatan Cibadak seperti yang dikatakan warga setempat "
            "Rina Marlina.",
            "Rina Marlina",
            "dikatakan",
            "Getaran gempa juga dirasakan",
        ),
        (
            "Sementara itu Mandiri Capital yang juga mendukung program ini menyambut baik kedatangan startup "
            "asal Vietnam, seperti yang diungkapkan oleh Direktur Investasi dan Portofolio Mandiri Capital "
            "Dennis Pratistha.",
            "Dennis Pratistha",
            "diungkapkan",
            "Mandiri Capital yang juga mendukung",
        ),
        (
            "Penyanyi itu meninggal dalam tidurnya, seperti disampaikan sang manajer, setelah terjatuh di "
            "rumahnya pada Senin malam.",
            "manajer",
            "disampaikan",
            "Penyanyi itu meninggal dalam tidurnya",
        ),
        (
            "Harga cabai di pasar induk sudah turun sejak pekan lalu, sebagaimana dijelaskan Kepala Dinas "
            "Perdagangan Kota Semarang Budi Santoso di kantornya, Selasa.",
            "Budi Santoso",
            "dijelaskan",
            "Harga cabai di pasar induk",
        ),
    ],
)
def test_statement_closed_by_an_agent_as_said(text: str, speaker: str, cue: str, opens: str) -> None:
    said = _one_indirect(text, speaker, cue, opens)
    assert "seperti" not in said and "sebagaimana" not in said


@pytest.mark.parametrize(
    "text",
    [
        # a text or a document is no one who said it
        "Agama juga menekankan kepastian waktu pembayaran utang, sebagaimana ditegaskan di dalam kitab suci.",
        "Pentingnya kerja sama antarlembaga dalam pemerintahan daerah seperti ditegaskan dalam model tata "
        "kelola kolaboratif.",
        # a premise of the writer's sentence, its conclusion after `maka`
        "Potensi kenaikan margin keuntungan dari rata-rata 10% menjadi 30%, seperti yang disebutkan pihak "
        "Kementerian Pertanian, maka perbaikan infrastruktur dan regulasi jadi kunci.",
    ],
)
def test_as_said_without_a_speaking_agent_is_no_quote(text: str) -> None:
    assert not [q for q in _quotes(text) if q[2] in ("ditegaskan", "disebutkan")], _quotes(text)


# A di- passive of judging or admitting with its agent right after it (or after `oleh`), then what
# was judged or admitted of the subject: `dinilai oleh X`, `diakui oleh X`, `dianggap X`, and a
# long role before the name, an acronym in brackets inside it.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "opens"),
    [
        (
            "Putusan hakim dalam perkara penodaan agama itu dinilai oleh Setara Institute lebih didasarkan "
            "pada tekanan massa.",
            "Setara Institute",
            "dinilai",
            "lebih didasarkan",
        ),
        (
            "Kekalahan tim dari Thailand diakui oleh Rudy Hartono bukan karena pemain terlalu percaya diri.",
            "Rudy Hartono",
            "diakui",
            "bukan karena",
        ),
        (
            "Penampilan gemilang tim tamu musim lalu dianggap Valentino Rossi tak akan mudah terulang.",
            "Valentino Rossi",
            "dianggap",
            "tak akan mudah",
        ),
        (
            "Penanganan kasus itu dianggap Koordinator Masyarakat Antikorupsi Indonesia (MAKI) Boyamin Saiman "
            "terlambat dilakukan oleh kepolisian.",
            "Boyamin Saiman",
            "dianggap",
            "terlambat dilakukan",
        ),
    ],
)
def test_agent_passive_of_judging(text: str, speaker: str, cue: str, opens: str) -> None:
    _one_indirect(text, speaker, cue, opens)


@pytest.mark.parametrize(
    "text",
    [
        # with no agent, `dianggap` is the writer's
        "Oleh karena itu, capaian provinsi itu dianggap sebagai representasi keberhasilan pembangunan merata.",
        # the agent goes on with where he is from: nothing was claimed
        "Hal itu diakui oleh Dosen Hukum Tata Negara dari Universitas Airlangga Surabaya Herlambang Perdana, "
        "ketika menyampaikan keterangan pers di Jakarta.",
    ],
)
def test_agent_passive_without_a_claim_is_no_quote(text: str) -> None:
    assert not [q for q in _quotes(text) if q[2] in ("dianggap", "diakui")], _quotes(text)


def test_sourceless_dianggap_does_not_stop_a_run_on() -> None:
    text = (
        "Lembaga survei itu menilai kualitas pembangunan infrastruktur tidak hanya berdasarkan panjang jalan, "
        "tetapi juga efektivitas dalam menunjang kegiatan ekonomi. Oleh karena itu, capaian provinsi itu "
        "dianggap sebagai representasi keberhasilan pembangunan merata."
    )
    got = [q for q in _quotes(text) if q[2] == "menilai"]
    assert len(got) == 1 and got[0][3].endswith("pembangunan merata."), _quotes(text)
