"""A person's name swallowed by the organisation, place or role run before it (issue #16, class 4):
body + name, place unit + name, role + body + name, country + name, acronym + name, initials +
surname, and person acronyms (`kata SBY`). The gold of each row was written before Warta was run
on it; names and places differ from the annotated sets, only the shapes are the point."""

import pytest

import warta

# (text, the person who must come out as PER, the body or place that must keep its own words
# as ORG/LOC, or None)
ROWS = [
    # body + name, cued by a verb of saying (detik style)
    ("Ketua Fraksi PKB Rahmat Sudirja mengatakan usulan itu belum dibahas.", "Rahmat Sudirja", "Fraksi PKB"),
    ("Anggota Fraksi Golkar Bambang Hermanto menilai anggaran terlalu kecil.", "Bambang Hermanto", "Fraksi Golkar"),
    ("Juru bicara Partai Demokrat Herman Khaeron menyebut koalisi masih solid.", "Herman Khaeron", "Partai Demokrat"),
    ("Ketua DPP Partai NasDem Willy Aditya mengungkapkan hal itu di Senayan.", "Willy Aditya", None),
    ("Sekjen Partai Gerindra Sugiono menegaskan sikap partai tidak berubah.", "Sugiono", "Partai Gerindra"),
    # place unit + name (lurah, camat, kades)
    ("Lurah Kelurahan Cempaka Baru Suryanto Wibowo mengatakan warga sudah dievakuasi.", "Suryanto Wibowo", None),
    ("Camat Kecamatan Tebet Dharma Putra menjelaskan banjir surut pada pagi hari.", "Dharma Putra", None),
    ("Kepala Desa Sukamaju Endang Suherman mengaku belum menerima bantuan.", "Endang Suherman", None),
    # a region's head's title, the region, then the name (the place is not the person's first name)
    ("Camat Tebet Dharma Putra mengatakan warga sudah dievakuasi.", "Dharma Putra", "Tebet"),
    ("Lurah Pademangan Agus Salim mengatakan air mulai surut.", "Agus Salim", None),
    # role + body + name (kompas / tempo style, name then a comma-free verb)
    ("Kepala Dinas Kesehatan DKI Jakarta Ani Ruspitawati menyampaikan data terbaru.", "Ani Ruspitawati", None),
    ("Direktur Jenderal Imigrasi Silmy Karim menuturkan antrean paspor berkurang.", "Silmy Karim", None),
    (
        "Kepala Badan Pusat Statistik Amalia Adininggar Widyasanti memaparkan angka inflasi.",
        "Amalia Adininggar Widyasanti",
        "Badan Pusat Statistik",
    ),
    (
        "Kabid Humas Polda Metro Jaya Ade Ary Syam Indradi mengatakan pelaku sudah ditahan.",
        "Ade Ary Syam Indradi",
        "Polda Metro Jaya",
    ),
    ("Kepala Ditjen Pemasyarakatan Wahyudi mengatakan napi itu dipindahkan.", "Wahyudi", None),
    ("Kabag Humas Ditjen PAS Rika Aprianti menjelaskan napi itu dipindahkan.", "Rika Aprianti", None),
    ("Kasubag Humas Ditjen PAS Deddy Eduar mengatakan napi itu kabur.", "Deddy Eduar", "Ditjen PAS"),
    # country + name (foreign spokespeople; antara / cnn style)
    ("Juru bicara Kremlin Dmitry Peskov mengatakan Moskow siap berunding.", "Dmitry Peskov", None),
    ("Menteri Luar Negeri Rusia Sergei Lavrov menuding Barat memperkeruh suasana.", "Sergei Lavrov", "Rusia"),
    ("Presiden Prancis Emmanuel Macron mengatakan Eropa harus bersatu.", "Emmanuel Macron", "Prancis"),
    ("Perdana Menteri Jepang Shigeru Ishiba menyatakan akan mengunjungi Jakarta.", "Shigeru Ishiba", "Jepang"),
    ("Menlu Iran Abbas Araghchi menegaskan program nuklirnya damai.", "Abbas Araghchi", "Iran"),
    # acronym + name
    ("Ketua KPK Setyo Budiyanto mengatakan penyidik sudah memeriksa saksi.", "Setyo Budiyanto", "KPK"),
    ("Kepala BNPB Suharyanto menyebut korban bertambah menjadi 12 orang.", "Suharyanto", "BNPB"),
    ("Ketua Umum PSSI Erick Thohir mengatakan timnas siap bertanding.", "Erick Thohir", "PSSI"),
    ("Dirut PLN Darmawan Prasodjo menjelaskan pasokan listrik aman.", "Darmawan Prasodjo", "PLN"),
    # initials with dots join the surname
    ("Sekretaris MA A.S. Pudjoharsoyo mengatakan sidang digelar terbuka.", "A.S. Pudjoharsoyo", None),
    ("Hakim ketua R.M. Suharjono membacakan putusan. Suharjono menolak eksepsi terdakwa.", "R.M. Suharjono", None),
    ("Menurut Guru Besar UI Prof. I.B. Wirawan, kebijakan itu perlu dikaji.", "I.B. Wirawan", None),
    # a person named by an acronym, with a person's verb
    ('"Kita harus menjaga persatuan," kata SBY di Cikeas, Bogor.', "SBY", None),
    ('"Partai siap menghadapi pemilu," ujar AHY kepada wartawan di Jakarta.', "AHY", None),
    ("Menurut SBY, demokrasi Indonesia masih muda.", "SBY", None),
    # a period of office, then the name
    (
        "Pimpinan KPK Jilid I Erry Riyana Hardjapamekas menyebut revisi itu melemahkan.",
        "Erry Riyana Hardjapamekas",
        None,
    ),
    # a body's unit with a plain name after it (liputan6 style)
    (
        "Kasubdit Jatanras Polda Jatim Arief Kurniawan mengatakan tersangka ditangkap di Surabaya.",
        "Arief Kurniawan",
        None,
    ),
]


def _read(text: str):
    return warta.read(text, layers=["entities"]).entities


@pytest.mark.parametrize(("text", "person", "body"), ROWS, ids=[r[1] for r in ROWS])
def test_name_comes_out_as_a_person(text: str, person: str, body: str | None) -> None:
    ents = _read(text)
    people = {e.canonical for e in ents if e.label == "PER"}
    assert person in people, (person, [(e.label, e.canonical) for e in ents])
    # the name is in no organisation or place
    last = person.split()[-1]
    for e in ents:
        if e.label in ("ORG", "LOC"):
            assert not any(last in m.text.split() for m in e.mentions), (e.label, e.canonical)
    if body is not None:
        assert body in {e.canonical for e in ents if e.label in ("ORG", "LOC")}, [(e.label, e.canonical) for e in ents]


def test_offsets_point_at_the_person() -> None:
    text = "Ketua Fraksi PKB Rahmat Sudirja mengatakan usulan itu belum dibahas."
    (per,) = [e for e in _read(text) if e.label == "PER"]
    assert all(text[m.start : m.end] == m.text for m in per.mentions)
    assert per.mentions[0].text == "Rahmat Sudirja"


def test_run_written_twice_is_cut_each_time() -> None:
    text = (
        "Lurah Kelurahan Pademangan Barat Sutrisno Hadi meninjau lokasi banjir.\n\n"
        "Lurah Kelurahan Pademangan Barat Sutrisno Hadi mengatakan warga sudah dievakuasi."
    )
    ents = _read(text)
    (per,) = [e for e in ents if e.canonical == "Sutrisno Hadi"]
    assert per.label == "PER" and [m.text for m in per.mentions] == ["Sutrisno Hadi"] * 2
    assert all(text[m.start : m.end] == m.text for e in ents for m in e.mentions)
    assert "Kelurahan Pademangan Barat" in {e.canonical for e in ents if e.label == "LOC"}


def test_acronym_body_is_not_made_a_person() -> None:
    """`kata KPK` is a body's statement, not a person's: only person acronyms of the article's
    own usage become PER, a known body stays ORG."""
    ents = _read('"Kami akan memanggil saksi lain," kata KPK dalam keterangannya.')
    assert "KPK" not in {e.canonical for e in ents if e.label == "PER"}
    ents = _read('"Kami menolak," kata LBHM dalam keterangannya. Warga datang ke LBHM kemarin.')
    assert "LBHM" not in {e.canonical for e in ents if e.label == "PER"}
    ents = _read('"Kami menolak," kata YLB dalam keterangannya. Warga mengadu ke YLB kemarin.')
    assert "YLB" not in {e.canonical for e in ents if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Camat Tebet Dharma Putra mengatakan warga sudah dievakuasi.", "Dharma Putra", "Camat Tebet"),
        ("Lurah Kebon Jeruk Siti Aminah mengatakan hal itu.", "Siti Aminah", "Lurah Kebon Jeruk"),
        (
            "Kabag Humas Ditjen PAS Rika Aprianti menjelaskan napi itu dipindahkan.",
            "Rika Aprianti",
            "Kabag Humas Ditjen PAS",
        ),
    ],
)
def test_role_keeps_the_body_or_region(text: str, person: str, role: str) -> None:
    roles = {e.canonical: e.role for e in _read(text) if e.label == "PER"}
    assert roles.get(person) == role, roles
