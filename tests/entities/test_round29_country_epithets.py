"""A country named by its epithet (`Negeri Sakura`, `Negeri Jiran`, `Negeri Ginseng`) is one more
mention of that country, not a second place (issue #16, items 6 and 8). Sentences written for the
tests in the shapes of Indonesian entertainment and sports news."""

import warta


def _locs(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """LOC entities by canonical: (country, mention texts)."""
    ents = warta.read(text, layers=["entities"]).entities
    return {e.canonical: (e.country, [m.text for m in e.mentions]) for e in ents if e.label == "LOC"}


def test_an_epithet_after_the_countrys_name_joins_it() -> None:
    got = _locs(
        "Tim nasional Jepang akan bertanding di Jakarta pekan depan. Pelatih tim Negeri Sakura itu "
        "mengaku optimistis menghadapi laga tersebut."
    )
    assert "Negeri Sakura" not in got
    assert got["Jepang"] == ("JP", ["Jepang", "Negeri Sakura"])


def test_an_epithet_no_other_list_knew_is_found_and_joined() -> None:
    got = _locs(
        "Dua aktor asal Korea Selatan berkunjung ke Yogyakarta untuk syuting. Bintang kenamaan "
        "Negeri Ginseng itu tampak menikmati waktunya."
    )
    assert got["Korea Selatan"] == ("KR", ["Korea Selatan", "Negeri Ginseng"])


def test_an_epithet_alone_is_canonical_by_the_countrys_name() -> None:
    got = _locs("Pejabat Negeri Jiran membantah kabar tersebut pada Senin malam.")
    assert got.get("Malaysia", (None, []))[0] == "MY"
