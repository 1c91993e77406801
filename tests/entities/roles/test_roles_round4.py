"""Role shapes the third round's blind sets showed: the term of a post between it and the name
(`periode 2018-2020`), a chain of places and a rank between a post and the name, a qualifier
before a noun after `kata` (`salah satu siswa, …`), a short name in brackets before `kembali
aktif sebagai`, a filler word before a set-off description, and a rank like `Capt.` read as a
name. Names here are made up; the shapes are the outlets'."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kedua tersangka adalah Kepala Dinas PUPR Kabupaten Bogor periode 2018-2020 Joko Susilo dan "
            "Sekretaris Dinas PUPR periode 2018-2020 Rina Kartika. Mereka ditahan.",
            "Rina Kartika",
            "Sekretaris Dinas PUPR",
        ),
        (
            "Bhabinkamtibmas Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, Jawa Barat, Bripka Joko "
            "Susilo, dikenal ramah.",
            "Joko Susilo",
            "Bhabinkamtibmas Desa Sukamaju",
        ),
        (
            '"Udara buruk membuat mata perih," kata salah satu siswa, Rina Kartika.',
            "Rina Kartika",
            "siswa",
        ),
        (
            "Dedi Mulyadi (Demul) kembali aktif sebagai gubernur Jawa Barat, setelah cuti kampanye.",
            "Dedi Mulyadi",
            "gubernur Jawa Barat",
        ),
        (
            "Rina Kartika misalnya, seorang dokter di Rumah Sakit Umum Daerah Bekasi yang merawat 50 "
            "pasien dalam sehari, mengatakan hal itu.",
            "Rina Kartika",
            "dokter di Rumah Sakit Umum Daerah Bekasi",
        ),
        (
            "Ketua Umum PSSI Capt. Bambang Wiranto menyampaikan hal itu di Jakarta.",
            "Bambang Wiranto",
            "Ketua Umum PSSI",
        ),
    ],
)
def test_role_shapes(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the source of the words, right after `menurut`, is not the named person's post
        ("Menurut jaksa, Rina Kartika saat itu menagih uang.", "Rina Kartika"),
        # a year after `periode` that closes a sentence is no term before the next name
        ("Anggaran itu untuk periode 2024. Joko Susilo menolak menjelaskannya.", "Joko Susilo"),
    ],
)
def test_no_role(text: str, name: str) -> None:
    assert _roles(text).get(name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Pengamat menilai vonis hakim kepada Rudi Hartono tak hanya membuat Bupati nonaktif Kabupaten "
            "Garut itu menderita.",
            "Rudi Hartono",
            "Bupati nonaktif Kabupaten Garut",
        ),
        (
            "Jaksa memeriksa Andi Saputra pekan lalu. Dia berharap kasus Ketua Umum Partai Nusantara itu "
            "ditangani secara objektif.",
            "Andi Saputra",
            "Ketua Umum Partai Nusantara",
        ),
    ],
)
def test_post_and_body_then_itu_inside_a_sentence(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_regulation_then_tersebut_is_no_role() -> None:
    text = "Menurut Andi Saputra, Peraturan Menteri Perhubungan (PM) No. 84/2013 tersebut sudah jelas."
    assert _roles(text)["Andi Saputra"] is None
