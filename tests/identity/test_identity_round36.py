"""Round 36 (issue #13): a national body's name with its country written after it ('Kadin Indonesia',
'PT Pos Indonesia', 'Kementerian Kesehatan Republik Indonesia') is the body the corpus stores without the
country, in either order of arrival, when the corpus shows that name to be an Indonesian body's; a
foreign or international body's name with 'Indonesia' after it ('CNN Indonesia', 'WHO Indonesia') is its
Indonesian arm and stays apart, as does a two-word name with a bare 'Indonesia' ('Palang Merah')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record, same_root  # noqa: E402


def _articles(full: str, short: str, defined: tuple[str, str] | None = None) -> list:
    """One article naming ``full``, one naming ``short`` and, with ``defined`` (name, acronym), one
    writing the acronym for its name as the entities layer reads it ('Kamar Dagang dan Industri (Kadin)')."""
    recs = [
        record(
            "n1",
            "Rapat Koordinasi",
            f"Perwakilan {full} hadir dalam rapat koordinasi di Jakarta, kata seorang pejabat.",
            entities=[(full, "ORG", [])],
        ),
        record(
            "n2",
            "Program Baru",
            f"Pejabat {short} memaparkan program baru pekan ini di hadapan wartawan.",
            entities=[(short, "ORG", [])],
        ),
    ]
    if defined:
        name, acronym = defined
        recs.insert(
            0,
            record(
                "n0",
                "Pertemuan Pengusaha",
                f"Ketua {name} ({acronym}) menyampaikan usulan kepada pemerintah soal pajak ekspor.",
                entities=[(name, "ORG", [acronym])],
            ),
        )
    return recs


JOINED = [
    ("Kementerian Kesehatan Republik Indonesia", "Kementerian Kesehatan", None),
    ("Kejaksaan Agung Republik Indonesia", "Kejaksaan Agung", None),
    ("PT Pos Indonesia", "PT Pos", None),
    ("Kadin Indonesia", "Kadin", ("Kamar Dagang dan Industri", "Kadin")),
    ("Bulog Indonesia", "Bulog", ("Badan Urusan Logistik", "Bulog")),
]


@pytest.mark.parametrize("order", [1, -1])
@pytest.mark.parametrize(("full", "short", "defined"), JOINED)
def test_a_national_bodys_name_with_its_country_is_the_body(
    tmp_path: Path, full: str, short: str, defined: tuple[str, str] | None, order: int
) -> None:
    recs = _articles(full, short, defined)
    head, rest = (recs[:1], recs[1:]) if defined else ([], recs)
    with _ingest(tmp_path / "a.db", head + rest[::order]) as c:
        assert same_root(c, "ORG", full.lower(), short.lower())


@pytest.mark.parametrize(
    ("full", "short", "defined"),
    [
        ("CNN Indonesia", "CNN", None),  # a foreign brand's Indonesian arm
        ("WHO Indonesia", "WHO", ("Organisasi Kesehatan Dunia", "WHO")),  # an international body's office
        ("Palang Merah Indonesia", "Palang Merah", None),  # a two-word name: another body
    ],
)
def test_a_foreign_or_international_bodys_arm_stays_apart(
    tmp_path: Path, full: str, short: str, defined: tuple[str, str] | None
) -> None:
    with _ingest(tmp_path / "b.db", _articles(full, short, defined)) as c:
        assert not same_root(c, "ORG", full.lower(), short.lower())


def _one_article(full: str, form: str, text: str, label: str = "PER") -> dict:
    """One article naming ``full`` and writing ``form`` for it later (the entities layer's reading)."""
    return record("p1", "Pemeriksaan Saksi", text, entities=[(full, label, [form])])


@pytest.mark.parametrize(
    ("full", "form", "text"),
    [
        (  # a kin noun with -nya sets the name off
            "Ratmini Soekardjo",
            "Ratmini",
            "Ario datang ke kantor polisi ditemani ibunya, Ratmini Soekardjo, dan kuasa hukumnya. "
            "Ratmini tidak banyak berbicara kepada wartawan.",
        ),
        (  # speech attributed to him
            "Warsidi Atmadilaga",
            "Warsidi",
            '"Semua tergantung hasil perundingan di lapangan," kata Warsidi Atmadilaga, humas serikat pekerja. '
            "Menurut Warsidi, perusahaan menunda pengangkatan karyawan tetap.",
        ),
        (  # a verb of saying after his short name
            "Gorwyth Belanova",
            "Gorwyth",
            "Penonton menunggu aksi Gorwyth Belanova di panggung utama. Gorwyth mengatakan ia siap tampil malam ini.",
        ),
    ],
)
def test_a_name_spoken_of_as_a_persons_is_no_misread_phrase(tmp_path: Path, full: str, form: str, text: str) -> None:
    from warta.identity.forms import decide
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    with _ingest(tmp_path / "p.db", [_one_article(full, form, text)]) as c:
        num = stored_num(c.store, full.lower(), "PER")
        assert num is not None
        assert decide(c.store, form.lower(), "PER")[0] == root(c.store, num)


def test_a_product_read_as_a_person_stays_undecided(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    text = (
        "Merek kosmetik Lunabrite Cosmetics meluncurkan koleksi baru bertema sihir. "
        "Sebelumnya, Lunabrite telah merilis kuas rias berbentuk tongkat."
    )
    with _ingest(tmp_path / "q.db", [_one_article("Lunabrite Cosmetics", "Lunabrite", text)]) as c:
        assert decide(c.store, "lunabrite", "PER")[0] is None


def test_a_stored_short_name_spoken_of_as_a_persons_joins_him(tmp_path: Path) -> None:
    text = (
        '"Semua tergantung hasil perundingan di lapangan," kata Warsidi Atmadilaga, humas serikat pekerja. '
        "Menurut Warsidi, perusahaan menunda pengangkatan karyawan tetap."
    )
    later = record(
        "p2",
        "Mogok Kerja",
        "Warsidi memimpin mogok kerja di depan gerbang pabrik pada Senin pagi.",
        entities=[("Warsidi", "PER", [])],
    )
    with _ingest(tmp_path / "s.db", [_one_article("Warsidi Atmadilaga", "Warsidi", text), later]) as c:
        assert same_root(c, "PER", "warsidi", "warsidi atmadilaga")


def test_an_acronym_with_the_country_after_it_is_the_body_it_spells(tmp_path: Path) -> None:
    from warta.identity.forms import decide
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    text = (
        "Badan Pengawas Tenaga Nuklir (Bapeten RI) memeriksa fasilitas radiasi rumah sakit pekan ini. "
        "Bapeten RI menemukan dua alat yang izinnya habis."
    )
    rec = _one_article("Badan Pengawas Tenaga Nuklir", "Bapeten RI", text, "ORG")
    with _ingest(tmp_path / "r.db", [rec]) as c:
        num = stored_num(c.store, "badan pengawas tenaga nuklir", "ORG")
        assert num is not None
        assert decide(c.store, "bapeten ri", "ORG")[0] == root(c.store, num)


def _team_articles(full: str, national: str, short: str) -> list:
    """One article writing ``national`` for ``full``, one writing ``short`` for ``national``."""
    return [
        record(
            "t1",
            "Skuad Diumumkan",
            f"Pelatih {full} ({national}) mengumumkan skuad untuk laga uji coba pekan depan.",
            entities=[(full, "ORG", [national])],
        ),
        record(
            "t2",
            "Menang Dua Gol",
            f"{national} menang dua gol tanpa balas. {short} tampil disiplin sepanjang laga.",
            entities=[(national, "ORG", [short])],
        ),
    ]


def test_a_bodys_short_name_written_for_it_with_the_country_is_the_body(tmp_path: Path) -> None:
    from warta.identity.forms import decide
    from warta.identity.merges import root
    from warta.identity.stored import stored_num

    with _ingest(tmp_path / "t.db", _team_articles("Tim Nasional Indonesia", "Timnas Indonesia", "Timnas")) as c:
        num = stored_num(c.store, "tim nasional indonesia", "ORG")
        assert num is not None
        assert decide(c.store, "timnas", "ORG")[0] == root(c.store, num)


def test_a_brands_name_written_for_its_national_arm_stays_undecided(tmp_path: Path) -> None:
    from warta.identity.forms import decide

    text = "CNN Indonesia meluncurkan program baru. CNN menayangkannya setiap malam."
    with _ingest(tmp_path / "c.db", [_one_article("CNN Indonesia", "CNN", text, "ORG")]) as c:
        assert decide(c.store, "cnn", "ORG")[0] is None
