"""Role shapes of issue #16 (errors recorded on articles nobody tuned to): a post that runs across
commas (the fields of a body listed up to `dan`, a unit and its parent body), a post after
`yang juga` in lower case, a post given by `Dia merupakan …` in the next sentence, `lainnya`
after a post, a capitalised post after `sebagai` over a party described before the name, and a
body's short form in brackets inside a description. Names are made up; the shapes are the outlets'.
Each shape has a near miss that must keep its old reading."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read(text, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul, Isdarmoko, mengatakan sekolah libur.",
            "Isdarmoko",
            "Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul",
        ),
        (
            "Kepala Biro Hukum, Organisasi dan Humas Kementerian Pertanian, Budi Santoso, mengatakan hal itu.",
            "Budi Santoso",
            "Kepala Biro Hukum, Organisasi dan Humas Kementerian Pertanian",
        ),
        (
            "Kepala Subdirektorat II, Direktorat Reserse Narkoba Polda Metro Jaya, AKBP Ahmad Fauzi mengatakan "
            "pelaku ditangkap.",
            "Ahmad Fauzi",
            "Kepala Subdirektorat II, Direktorat Reserse Narkoba Polda Metro Jaya",
        ),
        (
            '"Kami akan bantu," ujar Direktur Jenderal Pencegahan dan Pengendalian Penyakit, Kementerian '
            "Kesehatan, Murti Utami.",
            "Murti Utami",
            "Direktur Jenderal Pencegahan dan Pengendalian Penyakit, Kementerian Kesehatan",
        ),
        (
            "Andi Saputra yang juga anggota DPRD Kota Depok menyebut laporan sudah diterima.",
            "Andi Saputra",
            "anggota DPRD Kota Depok",
        ),
        (
            "Budi Hartono mengatakan pelaku sudah ditangkap. Dia merupakan Kepala Desa Sukamaju.",
            "Budi Hartono",
            "Kepala Desa Sukamaju",
        ),
        (
            "Budi Hartono hadir di sana. Saat ini, ia menjabat sebagai Ketua RT 05.",
            "Budi Hartono",
            "Ketua RT 05",
        ),
        (
            "Wakil Ketua Komisi III DPR Ahmad Sahroni meminta polisi bertindak. Anggota Komisi III lainnya, "
            "Rano Alfath, juga meminta hal yang sama.",
            "Rano Alfath",
            "Anggota Komisi III",
        ),
        (
            "Sandiaga menunjuk politikus PKS Mardani Ali Sera sebagai Ketua Tim Pemenangan.",
            "Mardani Ali Sera",
            "Ketua Tim Pemenangan",
        ),
        (
            '"Ini tidak benar," kata Budi Santoso, Ketua Umum Asosiasi Pengusaha Indonesia (Apindo), di Jakarta.',
            "Budi Santoso",
            "Ketua Umum Asosiasi Pengusaha Indonesia (Apindo)",
        ),
        (
            "Budi Hartono hadir. Budi tersenyum. Warga menyambut Budi. Budi lalu pergi. "
            '"Kami siap," kata Budi, Kepala Desa Sukamaju, kepada wartawan.',
            "Budi Hartono",
            "Kepala Desa Sukamaju",
        ),
        (
            "Tersangka lain, Budi Santoso, merupakan Direktur PT Sinar Jaya.",
            "Budi Santoso",
            "Direktur PT Sinar Jaya",
        ),
        (
            "Budi Santoso hadir di lokasi. Sebagai Kepala Desa, ia merasa bertanggung jawab.",
            "Budi Santoso",
            "Kepala Desa",
        ),
        (
            "Budi Santoso, yang saat itu menjabat Kepala Desa Sukamaju, menolak tuduhan.",
            "Budi Santoso",
            "Kepala Desa Sukamaju",
        ),
        (
            "Budi Santoso dalam kapasitasnya sebagai Ketua Panitia menyampaikan laporan.",
            "Budi Santoso",
            "Ketua Panitia",
        ),
        (
            "Budi Santoso yang bertindak sebagai Ketua Majelis Hakim membacakan putusan.",
            "Budi Santoso",
            "Ketua Majelis Hakim",
        ),
        (
            "Budi Santoso yang juga menjabat sebagai Ketua DPD Golkar Jatim hadir.",
            "Budi Santoso",
            "Ketua DPD Golkar Jatim",
        ),
        ("Budi Santoso yang pernah menjabat Bupati Kudus ditahan KPK.", "Budi Santoso", "Bupati Kudus"),
        ("Ketua majelis hakim Budi Santoso membacakan putusan.", "Budi Santoso", "Ketua majelis hakim"),
        ("Budi Santoso diminta menjawab sesuai kapasitasnya sebagai ahli.", "Budi Santoso", "ahli"),
    ],
)
def test_role_shapes(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a list of people, not a post across commas
        (
            "Hadir dalam acara itu Ketua DPR Puan Maharani, Wakil Ketua DPR Sufmi Dasco Ahmad, dan Menteri "
            "Sekretaris Negara Prasetyo Hadi.",
            "Prasetyo Hadi",
            "Menteri Sekretaris Negara",
        ),
        # a list of posts before the name: only the last is the person's
        (
            "Turut hadir Menteri Keuangan, Menteri BUMN, dan Gubernur DKI Jakarta, Pramono Anung.",
            "Pramono Anung",
            "Gubernur DKI Jakarta",
        ),
        # the place of the post set off by commas stays the old reading
        ("Bupati Lampung Tengah, Lampung, Mustafa, meninjau lokasi.", "Mustafa", "Bupati Lampung Tengah"),
        # two people in the sentence before: whose `dia` it is stays open
        ("Budi Hartono dan Ahmad Fauzi hadir. Dia merupakan Kepala Desa Sukamaju.", "Budi Hartono", None),
        # where one lives is no post, and `yang juga` before a verb gives none
        ("Budi Hartono hadir di sana. Dia adalah warga setempat.", "Budi Hartono", None),
        ("Andi Saputra yang juga hadir menyebut laporan sudah diterima.", "Andi Saputra", None),
        # `sebagai` before no post leaves the party described before the name
        ("Jaksa memanggil politikus PKS Mardani Ali Sera sebagai saksi.", "Mardani Ali Sera", "politikus PKS"),
        # the post of the source of what is told, not of the next name
        (
            "Berdasarkan keterangan komandan kompi, Zasmi Diaz terlihat murung sepulang dari operasi.",
            "Zasmi Diaz",
            None,
        ),
        ("Budi Santoso hadir di lokasi. Sebagai warga, ia merasa resah.", "Budi Santoso", None),
        ("Menurut hakim Budi Santoso, terdakwa bersalah.", "Budi Santoso", "hakim"),
        ("Budi Santoso dan Ahmad Fauzi hadir dalam kapasitas sebagai saksi ahli.", "Budi Santoso", None),
    ],
)
def test_near_misses_keep_their_reading(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name) == role


def test_only_people_have_roles() -> None:
    text = (
        "Kementerian Keuangan selaku bendahara negara menyalurkan dana itu. Polsek Dukuh Pakis, Kapolsek "
        "Dukuh Pakis Kompol Budi Santoso, dan warga Dukuh Pakis hadir. Gubernur Jawa Barat Dedi Mulyadi datang."
    )
    art = warta.read(text, layers=["entities"])
    assert all(e.role is None for e in art.entities if e.label != "PER")
    assert {e.canonical: e.role for e in art.entities}["Dedi Mulyadi"] == "Gubernur Jawa Barat"


@pytest.mark.parametrize(
    "rank", ["Letnan Kolonel", "Prajurit Satu", "Sersan Mayor", "Mayor Laut (P)", "Mayjen TNI (Purn)"]
)
def test_a_rank_alone_is_no_post(rank: str) -> None:
    text = f"{rank} Budi Santoso mengatakan pelaku sudah ditangkap. Budi menambahkan motifnya diselidiki."
    assert _roles(text)["Budi Santoso"] is None


def test_post_before_a_rank_with_its_corps() -> None:
    text = "Komandan Lanal Batam Kolonel Laut (P) Budi Santoso mengatakan kapal itu ditahan."
    assert _roles(text)["Budi Santoso"] == "Komandan Lanal Batam"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # name, description, name: the phrase is the first's
        (
            "Ahmad Fauzi, Kapolres Bogor, Budi Santoso, dan Joko Prasetyo hadir di lokasi.",
            {"Ahmad Fauzi": "Kapolres Bogor", "Budi Santoso": None},
        ),
        # post, name, post, name: the second phrase is the second name's
        (
            "Hadir dalam acara itu Bupati Bogor, Rudy Susmanto, Kapolres Bogor, AKBP Wikha Ardilestanto, dan warga.",
            {"Rudy Susmanto": "Bupati Bogor", "Wikha Ardilestanto": "Kapolres Bogor"},
        ),
        # a sentence between them: the phrase is the post of the name after it
        (
            '"Kami siap," kata Ahmad Fauzi. Kapolres Bogor, Budi Santoso, menambahkan hal itu.',
            {"Ahmad Fauzi": None, "Budi Santoso": "Kapolres Bogor"},
        ),
        (
            "Isdarmoko, Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul, mengatakan sekolah libur.",
            {"Isdarmoko": "Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul"},
        ),
        # a list of parties after the description is no part of it
        ("Budi Santoso, Ketua RT 05, Dinas Sosial, dan warga hadir.", {"Budi Santoso": "Ketua RT 05"}),
    ],
)
def test_a_phrase_between_two_names_is_one_persons(text: str, want: dict[str, str | None]) -> None:
    got = _roles(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Istri dari Budi Santoso, Siti Aminah, hadir di persidangan.",
            {"Siti Aminah": "Istri dari Budi Santoso", "Budi Santoso": None},
        ),
        (
            "Pengacara Nikita Mirzani, Fahmi Bachmid, mengatakan kliennya akan hadir.",
            {"Fahmi Bachmid": "Pengacara Nikita Mirzani", "Nikita Mirzani": None},
        ),
        # a tie to kin in `-nya` is no title or job, whoever it is toward (round 25: the gold of
        # outlets_heldout13 and outlets_heldout18 gives `istrinya, Veronica Tan`, `adiknya,
        # Wladimir Klitschko` no role), and the person named before takes none from it
        (
            "Budi Santoso datang ke pengadilan. Istrinya, Siti Aminah, menangis.",
            {"Siti Aminah": None, "Budi Santoso": None},
        ),
        (
            "Ahmad Fauzi ditangkap polisi. Siti Aminah, istrinya, mengaku kaget.",
            {"Siti Aminah": None, "Ahmad Fauzi": None},
        ),
        (
            "Ahmad Fauzi ditangkap polisi. Siti Aminah selaku kuasa hukumnya mengaku kaget.",
            {"Siti Aminah": "kuasa hukum Ahmad Fauzi"},
        ),
        # two people before: whose wife stays open, and a bare tie is no title or job (GUIDELINES;
        # the gold of outlets_heldout5 gives `ditemani ibunya, Aryani` no role)
        (
            "Ahmad Fauzi dan Budi Hartono ditangkap polisi. Siti Aminah, istrinya, mengaku kaget.",
            {"Siti Aminah": None},
        ),
        # a list of lawyers: each keeps the old reading
        (
            "Pengacara Hotman Paris, Razman Nasution, dan Otto Hasibuan hadir.",
            {"Hotman Paris": "Pengacara", "Razman Nasution": None},
        ),
        ("Pengacara Hotman Paris mengatakan kliennya tidak bersalah.", {"Hotman Paris": "Pengacara"}),
        (
            "Staf khusus Menteri Keuangan, Yustinus Prastowo, mengatakan hal itu.",
            {"Yustinus Prastowo": "Staf khusus Menteri Keuangan"},
        ),
        (
            "Manajer artis Raffi Ahmad, Merry, mengatakan acara ditunda.",
            {"Merry": "Manajer artis Raffi Ahmad"},
        ),
        # a post and its body before the first name stays that name's
        (
            "Menurut Sekjen PDIP Hasto Kristiyanto, Megawati Soekarnoputri akan hadir.",
            {"Hasto Kristiyanto": "Sekjen PDIP", "Megawati Soekarnoputri": None},
        ),
    ],
)
def test_relations_name_the_other_person(text: str, want: dict[str, str | None]) -> None:
    got = _roles(text)
    assert {k: got.get(k) for k in want} == want
