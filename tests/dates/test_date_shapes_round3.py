"""Date shapes of the third round: a weekday with a part of the day and no `pada` (`, Selasa
malam.`), `hari rabu` in lower case, a weekday of next or last week, school years written
`2022/2023`, fixed days a name pins down (`pada Hari Kemerdekaan AS`), and what is not a date:
a week alone (`pekan depan`) and how many years ago (`20 tahun yang lalu`)."""

import pytest

import warta


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = warta.read({"text": text, "published": published}, layers=["dates"])
    return [(d["text"], d["value"]) for d in art.to_dict()["dates"]]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ('"Belum ada perubahan," ujar Herman, Kamis malam.', "2025-10-24", [("Kamis malam", "2025-10-23")]),
        (
            "Longsor terjadi Senin pagi dan susulan Rabu sore.",
            "2025-10-23",
            [("Senin pagi", "2025-10-20"), ("Rabu sore", "2025-10-22")],
        ),
        ("Komisi menggelar rapat pada hari kamis untuk membahas laporan.", "2018-03-10", [("kamis", "2018-03-08")]),
        ("Sidang lanjutan digelar Selasa pekan depan.", "2025-10-23", [("Selasa pekan depan", "2025-10-28")]),
        (
            "Madrasah itu dibuka pada tahun ajaran 2021/2022.",
            "2025-10-23",
            [("tahun ajaran 2021/2022", "2021"), ("tahun ajaran 2021/2022", "2022")],
        ),
        ("Video itu diunggah pada Hari Kemerdekaan AS.", "2025-07-08", [("Hari Kemerdekaan AS", "2025-07-04")]),
        # a run of weekdays with its dates in brackets: the first day
        (
            "Razia digelar Jumat-Minggu (17-19/10/2025) di Bogor.",
            "2025-10-22",
            [("Jumat-Minggu (17-19/10/2025)", "2025-10-17")],
        ),
        (
            "Posko dibuka Senin hingga Rabu (6-8/1) di balai desa.",
            "2025-01-09",
            [("Senin hingga Rabu (6-8/1)", "2025-01-06")],
        ),
        # a day of a month counted from the publication day
        ("Pelantikan dijadwalkan tanggal 3 bulan depan.", "2025-10-22", [("tanggal 3 bulan depan", "2025-11-03")]),
        (
            "Upacara digelar menjelang Hari Pahlawan 2024 di alun-alun.",
            "2025-01-10",
            [("Hari Pahlawan 2024", "2024-11-10")],
        ),
    ],
)
def test_date_found(text: str, published: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == want


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Penyidik akan memeriksa saksi lain pekan depan.", "2018-01-22"),
        ("Rapat itu sudah digelar pekan kemarin di gedung DPRD.", "2025-10-22"),  # no `kemarin` inside
        ("Warga memadati pusat belanja selama libur perayaan Natal.", "2025-12-28"),
        ("Ia merantau ke Batam 15 tahun yang lalu.", "2025-10-09"),
        ("Setiap Minggu pagi warga bersepeda di alun-alun.", "2025-10-22"),
        ("Hari Guru Nasional diperingati setiap tahun oleh sekolah.", "2025-10-22"),
    ],
)
def test_not_a_date(text: str, published: str) -> None:
    assert _dates(text, published) == []
