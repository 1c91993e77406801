"""Round 28 (issue #16, class 9): a post written before a person's full name that the reader did not
take as a mention (only a later short form is one) is still that person's role."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bandung - Guru Besar Fakultas Teknik Universitas Padjadjaran (Unpad) Bandung, Zainal MD menyatakan "
            'siap memberi keterangan. "Saya akan datang," kata Zainal kepada wartawan.',
            "Zainal",
            "Guru Besar Fakultas Teknik Universitas Padjadjaran (Unpad) Bandung",
        ),
        (
            "Serang - Ketua DPRD Banten, Rudi Hakim, menyatakan akan mengawasi tambang itu. Rudi juga mengatakan "
            "DPRD akan memanggil perusahaan.",
            "Rudi Hakim",  # round 39: `Hakim` closing a name is read (words.name_like); `Rudi` joins it
            "Ketua DPRD Banten",
        ),
    ],
)
def test_a_post_before_a_full_name_read_only_later_is_the_persons(text: str, name: str, role: str) -> None:
    # the full name (`Zainal MD`, `Rudi Hakim`) is no mention, the later `Zainal`/`Rudi` is: the
    # short form opens the longer name where the post stands, so the post is read there
    assert _roles(text)[name] == role


def test_a_name_inside_another_persons_post_takes_no_role() -> None:
    # `Hendra` opens `Hendra Indonesia`, a body in Budi Santoso's post: the run after it reaches
    # Budi's mention, so the post before it is not Hendra's
    got = _roles(
        "Jakarta - Layanan Hendra dihentikan sementara. Managing Director Hendra Indonesia Budi Santoso "
        "mengatakan hal itu. Hendra akan kembali bulan depan."
    )
    assert got["Hendra"] is None
    assert got["Budi Santoso"] == "Managing Director Hendra Indonesia"
