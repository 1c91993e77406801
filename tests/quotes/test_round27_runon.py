"""The run-on convention of indirect quotes written in round 27 (eval/README.md): a cue-less
sentence of the paragraph that goes on with what the source says belongs to the quote. A
condition that opens the next sentence (`Jika …`, `Apabila …`) is the source reasoning on; a
background opener (`Sebelumnya, …`, `Diketahui, …`) is the writer's."""

from __future__ import annotations

import pytest

import warta

LEAD = "Kepala Dinas Perhubungan Rudi Hartono mengatakan jalur alternatif itu akan dibuka mulai pekan depan."
SAID = "jalur alternatif itu akan dibuka mulai pekan depan."


def _indirect(text: str) -> list[str]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [q.text for q in art.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "tail",
    [
        "Jika cuaca mendukung, pengerjaan jembatan darurat bisa selesai lebih cepat dari jadwal.",
        "Apabila arus kendaraan masih padat, petugas akan memberlakukan sistem buka tutup.",
        "Kalau jalur itu sudah dibuka, waktu tempuh ke pusat kota bisa berkurang separuhnya.",
    ],
)
def test_a_condition_after_the_statement_carries_it_on(tail: str) -> None:
    text = f"{LEAD} {tail}\n\nPenutupan jalan utama sudah berlangsung dua minggu."
    assert _indirect(text) == [f"{SAID} {tail}"]


@pytest.mark.parametrize(
    "tail",
    [
        "Sebelumnya, jalan utama di kawasan itu ambles akibat hujan deras.",
        "Diketahui, jalur itu dulu merupakan jalan perkebunan milik warga.",
    ],
)
def test_a_background_opener_after_the_statement_stays_out(tail: str) -> None:
    text = f"{LEAD} {tail}\n\nPenutupan jalan utama sudah berlangsung dua minggu."
    assert _indirect(text) == [SAID]
