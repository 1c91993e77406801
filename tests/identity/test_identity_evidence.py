"""Classes found on all four development pair sets (issue #13, fourth pass), each on other names:
a bare place name is the largest real unit of that name; full names the corpus writes one short
form for that are one name in other words; an acronym an article defines; a person's longer name;
link decisions that do not depend on the order articles arrive in."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.identity import core, enough  # noqa: E402
from warta.identity.names import defines, one_name, real_unit  # noqa: E402

PLACES = [
    record(
        "p1",
        "Banjir di Karangasem",
        "Banjir melanda Kecamatan Karangasem, ibu kota Kabupaten Karangasem.",
        entities=[("Kecamatan Karangasem", "LOC", []), ("Kabupaten Karangasem", "LOC", [])],
    ),
    record("p2", "Karangasem siaga", "Karangasem menetapkan status siaga.", entities=[("Karangasem", "LOC", [])]),
    record(
        "p3",
        "Desa wisata",
        "Desa Cikalong di Kecamatan Cikalong menggelar festival. Warga Cikalong antusias.",
        entities=[("Desa Cikalong", "LOC", []), ("Kecamatan Cikalong", "LOC", []), ("Cikalong", "LOC", [])],
    ),
    record(
        "p4",
        "Pilkada Blitar",
        "KPU Kota Blitar dan Kabupaten Blitar menetapkan jadwal. Blitar bersiap.",
        entities=[("Kota Blitar", "LOC", []), ("Kabupaten Blitar", "LOC", []), ("Blitar", "LOC", [])],
    ),
    record(
        "p5",
        "Tambang",
        "Tambang nikel di Pulau Sulawesi dan Provinsi Sulawesi disorot. Sulawesi kaya nikel.",
        entities=[("Pulau Sulawesi", "LOC", []), ("Provinsi Sulawesi", "LOC", []), ("Sulawesi", "LOC", [])],
    ),
]


def test_a_bare_place_name_is_the_largest_real_unit(tmp_path: Path) -> None:
    with _ingest(tmp_path / "p.db", PLACES) as c:
        assert _same(c, "Karangasem", "Kabupaten Karangasem")
        assert not _same(c, "Karangasem", "Kecamatan Karangasem")  # the district in the regency
        assert _same(c, "Cikalong", "Kecamatan Cikalong")
        assert not _same(c, "Cikalong", "Desa Cikalong")  # the village is smaller than the district
        assert not _same(c, "Blitar", "Kota Blitar") and not _same(c, "Blitar", "Kabupaten Blitar")
        # 'Provinsi Sulawesi' names no province: a loose wording of the island, as 'Pulau Sulawesi' is
        assert _same(c, "Sulawesi", "Pulau Sulawesi") and _same(c, "Sulawesi", "Provinsi Sulawesi")
    assert real_unit("kota", "blitar") and not real_unit("provinsi", "sulawesi")


def test_place_links_do_not_depend_on_arrival_order(tmp_path: Path) -> None:
    def roots(c: Corpus) -> dict[str, str]:
        names = ["Karangasem", "Kabupaten Karangasem", "Kecamatan Karangasem", "Cikalong", "Kecamatan Cikalong"]
        return {n: c.entity(n).name for n in names}

    with _ingest(tmp_path / "a.db", PLACES) as a, _ingest(tmp_path / "b.db", PLACES[::-1]) as b:
        assert roots(a) == roots(b)


def test_full_names_that_are_one_name_join() -> None:
    assert one_name("badan pengelola dana haji indonesia", "dana haji indonesia", "ORG")
    assert one_name("kementerian menteri agama urusan haji", "kementerian agama urusan haji", "ORG")
    assert not one_name("komisi hukum dewan perwakilan rakyat", "dewan perwakilan rakyat", "ORG")  # a unit
    assert not one_name("badan anggaran dewan perwakilan daerah", "dewan perwakilan daerah", "ORG")
    assert not one_name("kementerian agama kota medan", "kementerian agama", "ORG")  # a regional office
    assert not one_name("bank rakyat indonesia", "bank indonesia", "ORG")  # too short to check
    assert one_name("yusuf mansur hidayat", "yusuf manshur hidayat", "PER")  # one person, two spellings
    assert one_name("retno lestari priansari", "lestari priansari", "PER")
    assert not one_name("yusuf mansur", "yusuf kalla", "PER")


def test_one_name_in_other_words_shares_its_short_form(tmp_path: Path) -> None:
    recs = [
        record(
            f"h{i}",
            "Dana haji",
            "Dana Haji Indonesia mengelola setoran. Dana Haji menambah imbal hasil.",
            entities=[("Dana Haji Indonesia", "ORG", ["Dana Haji"])],
        )
        for i in range(3)
    ]
    recs += [
        record(
            "h9",
            "Badan dana haji",
            "Badan Pengelola Dana Haji Indonesia melapor. Dana Haji menyebut imbal hasil naik.",
            entities=[("Badan Pengelola Dana Haji Indonesia", "ORG", ["Dana Haji"])],
        ),
        record("h8", "Imbal hasil", "Dana Haji mencatat imbal hasil.", entities=[("Dana Haji", "ORG", [])]),
        record(
            "y1",
            "Ustaz",
            "Ustaz Yusuf Mansur Hidayat berceramah. Yusuf Mansur mengajak sedekah.",
            entities=[("Yusuf Mansur Hidayat", "PER", ["Yusuf Mansur"])],
        ),
        record(
            "y2",
            "Ustaz lagi",
            "Yusuf Manshur Hidayat berceramah lagi. Yusuf Mansur menutup acara.",
            entities=[("Yusuf Manshur Hidayat", "PER", ["Yusuf Mansur"])],
        ),
        record("y3", "Sedekah", "Yusuf Mansur hadir.", entities=[("Yusuf Mansur", "PER", [])]),
    ]
    with _ingest(tmp_path / "o.db", recs) as c:
        e = c.entity("Badan Pengelola Dana Haji Indonesia")
        assert e is not None and e.name == "Dana Haji Indonesia"  # the name with more evidence
        assert any("are one name" in m["reason"] for m in e.merges)
        assert _same(c, "Yusuf Mansur", "Yusuf Manshur Hidayat") and _same(c, "Yusuf Mansur", "Yusuf Mansur Hidayat")


def test_an_acronym_the_article_defines() -> None:
    assert defines(
        "menurut Organisasi Pangan dan Pertanian (FAO), harga naik", "Organisasi Pangan dan Pertanian", "fao"
    )
    assert defines("kata Bank Sentral Jepang (Bank of Japan/BoJ), suku bunga", "Bank Sentral Jepang", "boj")
    assert defines("Berita Emiten PT Astra International Tbk (ASII) naik", "PT Astra International Tbk", "asii")
    # the tail of a longer name whose initials are the acronym defines nothing
    assert not defines("Kawasan Ekonomi Khusus Mandalika (KEKM) dibuka", "Ekonomi Khusus Mandalika", "kekm")
    # a unit named for a programme: the acronym is the programme's
    assert not defines("Satgas Percepatan Investasi Daerah (PID) dibentuk", "Satgas Percepatan Investasi Daerah", "pid")
    assert not enough("fao", "organisasi pangan dan pertanian", "ORG", 3)  # not spelled out: only a definition will do


def test_defined_acronyms_and_translations_join(tmp_path: Path) -> None:
    recs = [
        record(
            "f1",
            "Harga pangan",
            "Menurut Organisasi Pangan dan Pertanian (FAO), harga pangan dunia naik.",
            entities=[("Organisasi Pangan dan Pertanian", "ORG", ["FAO"])],
        ),
        record(
            "f2",
            "Food prices",
            "Laporan Food and Agriculture Organization (FAO) menyebut stok gandum turun.",
            entities=[("Food and Agriculture Organization", "ORG", ["FAO"])],
        ),
        record("f3", "FAO", "FAO memperingatkan krisis pangan.", entities=[("FAO", "ORG", [])]),
        record(
            "e1",
            "Listrik",
            "Program Renewable Energy (EV) diluncurkan.",
            entities=[("Renewable Energy", "ORG", ["EV"])],
        ),
        record("e2", "EV", "EV makin laris.", entities=[("EV", "ORG", [])]),
        record(
            "s1",
            "Satelit",
            "Satelit milik Badan Antariksa Eropa (ESA) diluncurkan.",
            entities=[("Badan Antariksa Eropa", "ORG", ["ESA"])],
        ),
        record("s2", "ESA", "ESA menunda peluncuran.", entities=[("ESA", "ORG", [])]),
    ]
    with _ingest(tmp_path / "d.db", recs) as c:
        assert _same(c, "FAO", "Organisasi Pangan dan Pertanian")
        assert _same(c, "FAO", "Food and Agriculture Organization")  # the translation of one body
        assert "two languages" in " ".join(m["reason"] for m in c.entity("FAO").merges)
        assert _same(c, "ESA", "Badan Antariksa Eropa")  # one article that defines it is enough
        assert not _same(c, "EV", "Renewable Energy")  # a two-letter acronym is too ambiguous


def test_a_persons_longer_name_and_misread_people(tmp_path: Path) -> None:
    assert enough("anies rasyid", "anies rasyid baswedan", "PER", 1)  # the words check themselves
    # round 21: the rest of a name after its given first name is his when it begins with no given name
    # itself ('Adnan Abu Hasna' written 'abu hasna'); one that does may be a namesake's full name
    # ('Soraya Hamzah Haz' written 'hamzah haz': her father)
    assert enough("rasyid baswedan", "budi rasyid baswedan", "PER", 1)
    assert not enough("agus baswedan", "budi agus baswedan", "PER", 1)
    assert not enough("polwan", "komunitas sahabat polwan", "PER", 1)  # a dictionary word: a misread phrase
    assert core("gunung semeru", "LOC") == ("semeru", "gunung")
    assert core("stanford university", "ORG") == ("stanford", "university")
    recs = [
        record(
            "r1",
            "Harga",
            "Harga Pertalite Rp10 naik. Pertalite langka.",
            entities=[("Pertalite Rp10", "PER", ["Pertalite"])],
        ),
        record("r2", "BBM", "Pertalite langka lagi.", entities=[("Pertalite", "PER", [])]),
    ]
    with _ingest(tmp_path / "m.db", recs) as c:
        assert not _same(c, "Pertalite", "Pertalite Rp10")  # no person's name has digits


def test_a_first_name_written_for_two_people_stays_apart(tmp_path: Path) -> None:
    assert one_name("hasto kristiyanto", "hasto kristiyantomenegaskan", "PER")  # a word glued on in the text
    assert not one_name("yanti susanti", "yanti rahayu", "PER")
    recs = [
        record(
            f"w{i}",
            "Pajak",
            "Direktur Wiryo Sudarsono menjelaskan. Wiryo menambahkan.",
            entities=[("Wiryo Sudarsono", "PER", ["Wiryo"])],
        )
        for i in range(4)
    ]
    recs += [
        record(
            "w9",
            "Sekolah",
            "Kepala sekolah Wiryo Handoko berkata. Wiryo tersenyum.",
            entities=[("Wiryo Handoko", "PER", ["Wiryo"])],
        ),
        record("w8", "Wiryo", "Wiryo hadir lagi.", entities=[("Wiryo", "PER", [])]),
    ]
    with _ingest(tmp_path / "w.db", recs) as c:
        assert not _same(c, "Wiryo", "Wiryo Sudarsono")  # 80% of the evidence, but two people


def test_a_ticket_without_its_hyphen_is_no_second_person(tmp_path: Path) -> None:
    recs = [
        record(
            f"k{i}",
            "Kampanye",
            "Calon presiden Ganjar Pranowo berpidato. Ganjar menyapa warga.",
            entities=[("Ganjar Pranowo", "PER", ["Ganjar"]), *([("Hasto Kristiyanto", "PER", [])] if i == 0 else [])],
        )
        for i in range(4)
    ]
    recs += [
        record("k8", "Mahfud", "Mahfud hadir.", entities=[("Mahfud", "PER", [])]),
        record(
            "k9",
            "Pasangan",
            "Pasangan Ganjar Mahfud mendaftar. Ganjar tersenyum.",
            entities=[("Ganjar Mahfud", "PER", ["Ganjar"])],
        ),
        # (a common given name: the article writing only 'Ganjar' names someone his articles name)
        record(
            "k7",
            "Ganjar",
            "Ganjar kembali hadir bersama Hasto Kristiyanto.",
            entities=[("Ganjar", "PER", []), ("Hasto Kristiyanto", "PER", [])],
        ),
    ]
    with _ingest(tmp_path / "k.db", recs) as c:
        assert _same(c, "Ganjar", "Ganjar Pranowo")  # 'Ganjar Mahfud' is two people, not another Ganjar


def test_relink_all_redecides_old_links_and_keeps_hand_decisions(tmp_path: Path) -> None:
    from warta.identity import link, relink_all
    from warta.identity.merges import set_link

    with _ingest(tmp_path / "r.db", PLACES) as c:
        s = c.store
        kec = c.entity("Kecamatan Karangasem")
        bare = s.scalar("SELECT num FROM entities WHERE key = 'LOC:karangasem'")
        num = s.scalar("SELECT num FROM entities WHERE key = 'LOC:kecamatan karangasem'")
        assert kec.name == "Kecamatan Karangasem"
        with s.transaction():  # a link an older rule made
            set_link(
                s, num, bare, "'kecamatan karangasem' is 'karangasem' with the word 'kecamatan'", 1.0, manual=False
            )
        assert link(s, "Desa Cikalong", "Cikalong")  # a person's decision
        assert relink_all(s) == 1
        assert not _same(c, "Kecamatan Karangasem", "Karangasem")
        assert _same(c, "Desa Cikalong", "Cikalong")
        assert relink_all(s) == 0  # settled


def test_an_honorific_is_a_kind_word_for_people(tmp_path: Path) -> None:
    assert core("ustaz hanan attaki", "PER") == ("hanan attaki", "ustaz")
    recs = [
        record(
            "u1",
            "Kajian",
            "Ustaz Hanan Attaki mengisi kajian.",
            entities=[("Ustaz Hanan Attaki", "PER", [])],
        ),
        record("u2", "Kajian lagi", "Hanan Attaki kembali mengisi kajian.", entities=[("Hanan Attaki", "PER", [])]),
    ]
    with _ingest(tmp_path / "h.db", recs) as c:
        assert _same(c, "Ustaz Hanan Attaki", "Hanan Attaki")
