"""Role shapes the second held-out sets showed: a name in brackets after its post, a post after
`yang (juga) merupakan` with no comma, `sendiri,` before a set-off post, and a post `dari` a body
right before the name. Names here are made up; the shapes are the outlets'."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Menurut ketua DPD Jawa Barat (Asep Sunarya) dana itu sudah hilang sejak lama.",
            "Asep Sunarya",
            "ketua DPD Jawa Barat",
        ),
        (
            '"Kami siap," kata Rina Marlina yang juga merupakan penulis laporan tersebut di Universitas Indonesia.',
            "Rina Marlina",
            "penulis laporan",
        ),
        (
            '"Menurut data dari Andi Wijaya sendiri, Kepala Dinas Pendidikan, Jawa Barat, itu turun," katanya.',
            "Andi Wijaya",
            "Kepala Dinas Pendidikan",
        ),
        (
            "Ketua Pansus Angket dari Fraksi Partai Demokrat Benny Harman mengatakan rapat selesai.",
            "Benny Harman",
            "Ketua Pansus Angket dari Fraksi Partai Demokrat",
        ),
        ("Wakil Presiden Jusuf Kalla (JK) hadir dalam acara itu.", "Jusuf Kalla", "Wakil Presiden"),
    ],
)
def test_role_shapes(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_own_name_before_the_brackets_is_no_post() -> None:
    roles = _roles("Joko Widodo (Jokowi) datang ke pasar itu pada pagi hari.")
    assert roles.get("Joko Widodo") is None


def test_clause_after_yang_merupakan_needs_a_role_noun() -> None:
    roles = _roles("Warga melihat Dodi Saputra yang merupakan sosok pendiam di kampung itu.")
    assert roles.get("Dodi Saputra") is None
