"""Date shapes the second held-out sets showed: a weekday and day inside brackets after
`kemarin`, a future word inside a closed quote that does not govern the weekday after it, and
school and budget years written with their prefix."""

import warta


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    art = warta.read({"text": text, "published": published}, layers=["dates"])
    return [(d.text, d.value) for d in art.dates]


def test_weekday_inside_brackets_after_kemarin() -> None:
    got = _dates('"Sejak tiba kemarin (Kamis, 9/3) ia langsung diperiksa," kata dokter itu.', "2023-03-10")
    assert got == [("kemarin (Kamis, 9/3)", "2023-03-09")]


def test_two_weekdays_are_not_one_date() -> None:
    got = _dates("Sidang digelar Senin (Selasa, 9/3) di pengadilan.", "2023-03-10")
    assert ("Senin (Selasa, 9/3)", "2023-03-06") not in got


def test_future_word_inside_a_closed_quote() -> None:
    got = _dates('"Kalian akan melihatnya!" tulis dia pada hari Kamis.', "2024-05-13")
    assert got == [("Kamis", "2024-05-09")]


def test_future_word_governs_the_weekday_in_its_clause() -> None:
    got = _dates("Polisi akan memeriksa dua saksi pada Kamis.", "2024-05-13")
    assert got == [("Kamis", "2024-05-16")]


def test_school_and_budget_years_keep_their_prefix() -> None:
    got = _dates("Kelas baru dibuka tahun ajaran 2019/2020 dengan dana APBD Tahun Anggaran 2019.", "2019-06-01")
    assert ("tahun ajaran 2019/2020", "2019") in got and ("tahun ajaran 2019/2020", "2020") in got
    assert ("Tahun Anggaran 2019", "2019") in got
