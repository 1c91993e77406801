"""Review of round 28: the title read out of a capitalised run before a name is found by the run's
word positions, so a run whose words stand two spaces apart (the normalised text keeps them) gives
the same title and place, not an error."""

from warta.entities.roles.posts import title_in_run


def test_a_title_in_a_run_with_two_spaces_is_found_where_it_stands() -> None:
    for text in (
        "Dalam setahun Pemerintahan Wakil Presiden Gibran bekerja.",
        "Dalam setahun Pemerintahan Wakil  Presiden Gibran bekerja.",
    ):
        got = title_in_run(text, text.index("Gibran"), 0)
        assert got == ("Wakil Presiden", text.index("Wakil"))
