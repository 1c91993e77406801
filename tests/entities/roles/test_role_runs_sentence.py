"""A title run that starts on the lower-case word closing the sentence before (`… sebagai
tersangka. Kapolres Bogor AKBP Rio`): that word is no part of the post."""

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


def test_sentence_before_is_cut_from_the_post() -> None:
    roles = _roles(
        "Jakarta - Polisi menetapkan Dedi sebagai tersangka. Kapolres Depok AKBP Rio Wahyudi mengatakan pelaku ditahan."
    )
    assert roles.get("Rio Wahyudi") == "Kapolres Depok"


def test_abbreviation_inside_a_post_stays() -> None:
    roles = _roles("Jakarta - Kepala Dinas Kesehatan Kab. Bogor Rina Wulandari mengatakan kasus turun.")
    assert roles.get("Rina Wulandari") == "Kepala Dinas Kesehatan Kab. Bogor"
