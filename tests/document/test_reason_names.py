"""A reason names its record by id so a user can find it, but a huge id is cut: a 3 MB id was
written whole into the reason (the errors table row and the one stderr line of the summary)."""

from warta.document.input import no_text_reason


def test_a_huge_id_is_cut_in_the_reason() -> None:
    reason = no_text_reason({"id": "I" * 3_000_000, "text": ""})
    assert len(reason) < 200 and reason.startswith("record 'IIII") and reason.endswith("'text' is empty")
    assert no_text_reason({"id": "d-1", "text": None}) == "record 'd-1': 'text' is empty"
