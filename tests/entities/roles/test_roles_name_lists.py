"""A list of ranked names that runs to the sentence's end is no post of its first name (roles.refine_roles)."""

import warta


def _roles(text: str) -> dict[str, str | None]:
    return {e["canonical"]: e.get("role") for e in warta.read(text).to_dict()["entities"] if e["label"] == "PER"}


def test_ranked_names_listed_to_the_end_are_not_each_others_posts() -> None:
    roles = _roles(
        "Jakarta - Empat perwira yang lolos tes adalah Kombes Hadi Santoso, Kombes Rudi Hartono, "
        "Kombes Yusuf Maulana, dan Kombes Agus Salim."
    )
    assert roles["Hadi Santoso"] is None
    assert roles["Rudi Hartono"] is None
    assert roles["Yusuf Maulana"] is None


def test_a_post_after_the_name_with_a_comma_inside_stays() -> None:
    roles = _roles(
        "Jakarta - Rapat itu dipimpin Budi Gunawan, Menteri Koordinator Bidang Politik, Hukum, dan Keamanan."
    )
    assert roles["Budi Gunawan"] and roles["Budi Gunawan"].startswith("Menteri Koordinator")
