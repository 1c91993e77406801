"""Round 21 (issue #16, class 9): role classes found by reading the roles of unannotated articles
(the mining pool of detik and IndoSum outlets), each tested on sentences written for its shape."""

import pytest

import warta


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: (e.label, e.role) for e in art.entities}


@pytest.mark.parametrize(
    ("text", "body", "name", "role"),
    [
        (
            "Koordinator SLRT Cibeunying, Rina Marlina, mengatakan aduan warga naik dua kali lipat.",
            "Cibeunying",
            "Rina Marlina",
            "Koordinator SLRT Cibeunying",
        ),
        (
            "Direktur Taman Nasional Bardia, Ramesh Thapa menyebutkan jumlah harimau bertambah.",
            "Bardia",
            "Ramesh Thapa",
            "Direktur Taman Nasional Bardia",
        ),
    ],
)
def test_the_office_words_before_a_comma_are_no_person(text: str, body: str, name: str, role: str) -> None:
    # `<post> <office>, <name>`: the tagger reads the office's last words (no given name among
    # them) as a person who takes the post; they are the post's own words, and the post is the
    # name's after the comma, closed by a comma or by the verb the name is subject of
    found = _entities(text)
    assert found[name][1] == role
    assert found.get(body, ("ORG", None))[0] != "PER"


def test_an_office_named_again_moves_its_post_when_it_never_speaks() -> None:
    text = (
        "Acara itu digagas bersama Kopernik. Co-Founder Kopernik, Ewa Wojkowska, mengatakan alat itu murah. "
        "Kopernik juga menyalurkan lampu tenaga surya."
    )
    found = _entities(text)
    assert found["Ewa Wojkowska"][1] == "Co-Founder Kopernik"
    assert found["Kopernik"] == ("ORG", None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a list of people: the post is the first one's, and the next name is another person
        (
            "Hadir dalam acara itu Wakil Ketua KPK Johanis Tanak, Fitroh Rohcahyanto, dan Ibnu Basuki.",
            "Johanis Tanak",
            "Wakil Ketua KPK",
        ),
        # a person with a known given name before the comma keeps the post
        (
            "KPK memanggil sopir pribadi mantan Bupati Bogor Ade Yasin, Budi Santoso. Dia diperiksa sebagai saksi.",
            "Ade Yasin",
            "mantan Bupati Bogor",
        ),
    ],
)
def test_a_person_before_the_comma_keeps_the_post(text: str, name: str, role: str) -> None:
    assert _entities(text)[name][1] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Posisi Bambang Nurdiansyah sebagai pelatih Persita kembali dipertanyakan suporter.",
            "Bambang Nurdiansyah",
            "pelatih Persita",
        ),
        (
            "Kehadiran Marc Marquez sebagai pebalap tes dalam dua musim terakhir membuat Honda cepat berkembang.",
            "Marc Marquez",
            "pebalap tes",
        ),
        (
            "Dewi Lestari, Sekjen ASEAN dalam pernyataan tertulis, menyebut pertemuan ditunda.",
            "Dewi Lestari",
            "Sekjen ASEAN",
        ),
        ("Bahkan Ridwan Kamil (Gubernur Jawa Barat, red) mengaku kaget.", "Ridwan Kamil", "Gubernur Jawa Barat"),
    ],
)
def test_a_role_ends_where_the_sentence_goes_on(text: str, name: str, role: str) -> None:
    # a role read up to a comma or a verb ran into the clause (`kembali`, `dalam …`) or kept the
    # editor's mark (`, red`): no title or job holds those words
    assert _entities(text)[name][1] == role


@pytest.mark.parametrize(
    ("role", "want"),
    [
        ("dokter spesialis penyakit dalam", "dokter spesialis penyakit dalam"),
        ("Menteri Dalam Negeri", "Menteri Dalam Negeri"),
        ("Duta Besar RI untuk Jepang dan", "Duta Besar RI untuk Jepang"),
        ("Menteri BUMN), dan", "Menteri BUMN"),
        ("Kepala Dinas Kesehatan (Dinkes)", "Kepala Dinas Kesehatan (Dinkes)"),
    ],
)
def test_the_end_of_a_role_keeps_its_own_words(role: str, want: str) -> None:
    from warta.entities.roles.posts import post_of

    assert post_of(role) == want


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"Jalurnya licin sekali," ujar Darsono, penambang pasir di Kali Progo.', "Darsono", "penambang pasir"),
        (
            "Tulisan ini dikirim oleh Rina Kartika, peserta pelatihan jurnalistik di Bandung.",
            "Rina Kartika",
            "peserta pelatihan jurnalistik",
        ),
        ("Menurut Hendra, salah seorang pemulung di TPA Bantargebang, sampah datang tiap jam.", "Hendra", "pemulung"),
    ],
)
def test_a_described_doer_set_off_by_commas_is_a_role(text: str, name: str, role: str) -> None:
    # a lower-case noun of one who does something (`pe-` without `-an`), set off by commas after
    # the name, is the person's trade even where the role lists lack it
    got = _entities(text)[name][1]
    assert got is not None and got.startswith(role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut Hardi, penyebab kebakaran itu adalah korsleting listrik.", "Hardi"),
        ('"Macetnya parah," kata Rudi, pengendara asal Cimahi, Selasa (12/8/2025).', "Rudi"),
        ("Yanto, warga Sukamaju, mengatakan banjir datang malam hari.", "Yanto"),
        ('"Airnya naik tengah malam," kata Sumarni, warga setempat.', "Sumarni"),
        ('"Jalannya putus," ujar Darmi, salah satu warga lain, Senin (3/11).', "Darmi"),
        ('"Kami menolak," kata Budi, pendukung Persib, di Bandung.', "Budi"),
    ],
)
def test_no_role_from_a_clause_a_tie_or_a_home(text: str, name: str) -> None:
    # after a source put first the comma opens a clause; a rider, a supporter, where one lives or
    # being a resident at all (`warga setempat`, round 28: eval/README.md) is no title or job
    assert _entities(text)[name][1] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bintang Denver Nuggets, Nikola Jokic, kembali mencetak triple-double.",
            "Nikola Jokic",
            "Bintang Denver Nuggets",
        ),
        ("Legenda AC Milan, Paolo Maldini, memuji pertahanan timnya.", "Paolo Maldini", "Legenda AC Milan"),
    ],
)
def test_a_star_or_a_legend_of_a_team_is_a_role(text: str, name: str, role: str) -> None:
    # `bintang`, `megabintang`, `legenda` of a team or a trade before a name set off by commas say
    # who the person is (as `bos SpaceX` does)
    assert _entities(text)[name][1] == role


def test_examples_after_a_role_are_no_part_of_it() -> None:
    text = "Album itu digarap Mark Ronson, produser yang menangani musisi terkenal seperti Adele, Amy Winehouse dan Lady Gaga."
    assert _entities(text).get("Amy Winehouse", ("PER", None))[1] in (None, "musisi terkenal")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bantuan diberikan kepada pedagang yang belum punya kios. Meski tak tahu jumlahnya, Rahmat yakin bantuan cukup.",
            "Rahmat",
        ),
        ("Tantangan terbesar datang dari pemain yang cedera. Namun, Edi yakin timnya siap.", "Edi"),
        (
            "Warga mengadu kepada petugas yang berjaga di lokasi. Setelah itu, Sutrisno mengatakan laporan diterima.",
            "Sutrisno",
        ),
    ],
)
def test_a_noun_before_a_relative_clause_of_the_sentence_before_is_no_role(text: str, name: str) -> None:
    # `<noun> yang … . <adverbial>, <name>`: the relative clause ended with its sentence; the noun
    # is no description of the name after the next sentence's opening phrase
    assert _entities(text)[name][1] is None


_COLUMN = (
    "Kebijakan fiskal daerah perlu ditata ulang agar belanja publik tepat sasaran. Pemerintah daerah harus "
    "berani memangkas belanja rutin yang tidak produktif dan mengalihkannya ke layanan dasar. Dengan begitu, "
    "warga merasakan langsung manfaat anggaran yang mereka bayar lewat pajak.\n"
)


@pytest.mark.parametrize(
    ("signature", "name", "role"),
    [
        (
            "Rina Kusumawati.Dosen Ilmu Ekonomi Universitas Jember.",
            "Rina Kusumawati",
            "Dosen Ilmu Ekonomi Universitas Jember",
        ),
        ("Dr. Bambang Irawan,Wakil Ketua Komisi XI DPR RI", "Bambang Irawan", "Wakil Ketua Komisi XI DPR RI"),
        (
            "Teguh Santosa.Peneliti di Pusat Studi Fiskal, Pemerhati Kebijakan Publik.",
            "Teguh Santosa",
            "Peneliti di Pusat Studi Fiskal",
        ),
    ],
)
def test_a_columnist_signature_gives_the_post(signature: str, name: str, role: str) -> None:
    # the writer's line at the end of an opinion piece: the name glued by the scrape (or a comma)
    # to the post, which runs to the line's end (its first item)
    assert _entities(_COLUMN + signature)[name][1] == role


def test_a_list_at_the_end_is_no_signature() -> None:
    text = _COLUMN + "Hadir dalam acara itu Wakil Bupati Sleman Danang Maharsa, Kepala Dinas Pendidikan Ery Widaryana."
    assert _entities(text).get("Danang Maharsa", ("PER", None))[1] != "Kepala Dinas Pendidikan Ery Widaryana"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Arthur Irawan menjalani tes medis di Persib Bandung. Bek kiri berusia 28 tahun itu tampil apik musim lalu.",
            "Arthur Irawan",
            "Bek kiri",
        ),
        (
            "Hokky Caraka kembali dipanggil ke timnas. Penyerang berusia 22 tahun tersebut siap bersaing.",
            "Hokky Caraka",
            "Penyerang",
        ),
    ],
)
def test_an_epithet_opening_the_next_sentence_is_the_subjects_role(text: str, name: str, role: str) -> None:
    # `<trade> berusia N tahun itu` opening the next sentence stands for the subject before it; the
    # capital it takes there is the sentence's, not a title's
    assert _entities(text)[name][1] == role
