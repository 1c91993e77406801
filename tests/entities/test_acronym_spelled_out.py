"""A body's name spelled out by its acronym in brackets wins over a place or a post read inside
it; a person's name before a short form stays a person. Names here are made up."""

import warta


def _entities(text: str) -> set[tuple[str, str]]:
    art = warta.read(text, layers=["entities"])
    return {(e.label, e.canonical) for e in art.entities}


def test_body_ending_in_a_country_after_a_post() -> None:
    got = _entities('"Kami siap," kata Ketua Masyarakat Peduli Hukum Indonesia (MPHI), Bambang Sutrisno, kemarin.')
    assert ("ORG", "Masyarakat Peduli Hukum Indonesia") in got


def test_body_opening_with_a_country() -> None:
    got = _entities(
        "Koordinator Divisi Riset Indonesia Budget Watch (IBW) Rahmat Hidayat menyarankan KPK bertindak tegas."
    )
    assert ("ORG", "Indonesia Budget Watch") in got
    assert ("LOC", "Indonesia") not in got


def test_person_before_short_form_stays_a_person() -> None:
    got = _entities("Presiden keenam Susilo Bambang Yudhoyono (SBY) hadir di acara itu. SBY tersenyum.")
    assert ("PER", "Susilo Bambang Yudhoyono") in got
