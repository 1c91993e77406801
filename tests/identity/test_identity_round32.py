"""Round 32 (issue #13): precision of short names. A one-word surname the corpus writes for one full
name ('Costa' for 'Diego Costa') is a short form of several people once another stored person bears
it ('Douglas Costa'): the articles writing it alone must then name the same rare things as the full
name's. A club's bare name ('PSBS' of 'PSBS Biak') that an article defines as another thing
('Pengelolaan Sampah Berbasis Sumber (PSBS)') means two things in the corpus: it joins neither."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import fillers, record  # noqa: E402
from storydata import ingest as _ingest  # noqa: E402
from storydata import same_identity as _same  # noqa: E402

DIEGO = [
    record(
        f"d{i}",
        f"Chelsea Menang {i}",
        "Diego Costa mencetak gol kemenangan Chelsea di Stamford Bridge. Costa kini mengoleksi sepuluh gol.",
        day=f"2017-10-0{i}",
        entities=[("Diego Costa", "PER", ["Costa"]), ("Chelsea", "ORG", []), ("Stamford Bridge", "LOC", [])],
    )
    for i in (1, 2)
]
DOUGLAS = record(
    "g1",
    "Juventus Datangkan Winger",
    "Juventus resmi mendatangkan Douglas Costa dari Bayern Muenchen dengan status pinjaman.",
    day="2017-07-12",
    entities=[("Douglas Costa", "PER", []), ("Juventus", "ORG", []), ("Bayern Muenchen", "ORG", [])],
)
ALONE = record(
    "j1",
    "Juventus Ditahan Imbang",
    "Juventus ditahan imbang 2-2 oleh Tottenham. Penalti didapat setelah Serge Aurier menjatuhkan Costa.",
    day="2018-02-15",
    entities=[("Juventus", "ORG", []), ("Tottenham", "ORG", []), ("Serge Aurier", "PER", []), ("Costa", "PER", [])],
)


def test_a_surname_two_stored_people_bear_stays_apart(tmp_path: Path) -> None:
    with _ingest(tmp_path / "a.db", [*DIEGO, DOUGLAS, ALONE]) as c:
        assert not _same(c, "Costa", "Diego Costa")


def test_the_same_in_either_order(tmp_path: Path) -> None:
    with _ingest(tmp_path / "b.db", [ALONE, DOUGLAS, *DIEGO]) as c:
        assert not _same(c, "Costa", "Diego Costa")


def test_with_one_bearer_the_written_form_still_decides(tmp_path: Path) -> None:
    with _ingest(tmp_path / "c.db", [*DIEGO, ALONE]) as c:
        assert _same(c, "Costa", "Diego Costa")


def test_its_own_article_naming_the_same_rare_things_joins(tmp_path: Path) -> None:
    own = record(
        "d9",
        "Chelsea Tumbang",
        "Chelsea kalah di Stamford Bridge. Costa gagal mencetak gol meski tampil penuh.",
        day="2017-10-09",
        entities=[("Chelsea", "ORG", []), ("Stamford Bridge", "LOC", []), ("Costa", "PER", [])],
    )
    recs: list[dict[str, Any]] = [*fillers(80), *DIEGO, DOUGLAS, own]  # Chelsea, Stamford Bridge: rare
    with _ingest(tmp_path / "d.db", recs) as c:
        assert _same(c, "Costa", "Diego Costa")


MATCH = record(
    "p1",
    "Persib Bungkam PSBS Biak",
    "Persib Bandung menang 3-0 atas tuan rumah PSBS Biak. Persib terus menggempur pertahanan PSBS sejak awal.",
    entities=[("Persib Bandung", "ORG", ["Persib"]), ("PSBS Biak", "ORG", []), ("PSBS", "ORG", [])],
)
WASTE = record(
    "w1",
    "Duta Lingkungan Dikukuhkan",
    "Pemkot Denpasar mengukuhkan duta Pengelolaan Sampah Berbasis Sumber (PSBS) dari sepuluh sekolah.",
    day="2025-10-21",
    entities=[("Pengelolaan Sampah Berbasis Sumber", "ORG", ["PSBS"]), ("Pemkot Denpasar", "ORG", [])],
)


def test_a_clubs_bare_name_defined_as_another_thing_joins_neither(tmp_path: Path) -> None:
    for i, recs in enumerate(([MATCH, WASTE], [WASTE, MATCH])):
        with _ingest(tmp_path / f"e{i}.db", recs) as c:
            assert not _same(c, "PSBS", "PSBS Biak")
            assert not _same(c, "PSBS", "Pengelolaan Sampah Berbasis Sumber")


def test_a_clubs_bare_name_alone_still_joins_its_club(tmp_path: Path) -> None:
    with _ingest(tmp_path / "f.db", [MATCH]) as c:
        assert _same(c, "PSBS", "PSBS Biak")
