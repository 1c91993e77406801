"""A smaller place that shares its first word with a known town (issue #16, class 6; round 19 fresh sets)."""

import warta


def by_name(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.canonical: (e.label, e.country) for e in warta.read(text, layers=["entities"]).entities}


def test_locality_opening_with_a_regency_word_after_di_is_one_place() -> None:
    got = by_name("Pemain muda itu tumbuh besar di Lebak Bulus, tidak jauh dari stadion lama.")
    assert got.get("Lebak Bulus") == ("LOC", "ID")
    assert "Lebak" not in got


def test_town_then_a_province_stays_two_places() -> None:
    got = by_name("Ia lahir di Bogor Jawa Barat dan kini tinggal di Depok.")
    assert got.get("Bogor") == ("LOC", "ID")
    assert got.get("Jawa Barat") == ("LOC", "ID")
