"""A bare name shared by two people goes to the one the article names most and last
(issue #16, class 2): `Prabowo` is Prabowo Subianto, not Didit Hediprasetyo Prabowo."""

from __future__ import annotations

import pytest

from warta.document.input import to_article
from warta.entities import extract


def _tagged(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    out = []
    for n in names:
        pos = text.find(n)
        while pos != -1:
            out.append((pos, pos + len(n), "PER"))
            pos = text.find(n, pos + len(n))
    return out


def _mentions(text: str, names: list[str]) -> dict[str, list[str]]:
    a = to_article(text)
    es = extract(a, tagged=_tagged(a.norm, names))
    return {e.canonical: [m.text for m in e.mentions] for e in es if e.label == "PER"}


# (test id, text, the persons tagged, the bare name, who it goes to, who it does not go to)
BARE_NAMES = [
    (
        "bare_name_goes_to_the_prominent_person_not_the_one_named_last",
        "Presiden Prabowo Subianto menghadiri acara di Istana Negara, Jakarta, Senin (20/10/2025). "
        "Prabowo Subianto didampingi sejumlah menteri.\n"
        "Acara itu juga dihadiri Didit Hediprasetyo Prabowo yang datang bersama rombongan desainer.\n"
        "Prabowo mengatakan pemerintah akan terus mendukung industri kreatif dalam negeri.",
        ["Prabowo Subianto", "Didit Hediprasetyo Prabowo"],
        "Prabowo",
        "Prabowo Subianto",
        "Didit Hediprasetyo Prabowo",
    ),
    (
        "bare_name_goes_to_the_nearer_person_when_both_are_named_once",
        "Rapat itu dipimpin Budi Santoso di Gedung DPR, Senayan, Jakarta.\n"
        "Sebelumnya, Kepala Dinas Keuangan Budi Hartono menyampaikan laporan keuangan daerah kepada komisi itu.\n"
        "Budi kemudian menjawab pertanyaan para anggota dewan soal anggaran.",
        ["Budi Santoso", "Budi Hartono"],
        "Budi",
        "Budi Hartono",
        "Budi Santoso",
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "bare", "owner", "other"), [c[1:] for c in BARE_NAMES], ids=[c[0] for c in BARE_NAMES]
)
def test_bare_name_goes_to_one_person(text, names, bare, owner, other):
    got = _mentions(text, names)
    assert bare in got[owner]
    assert bare not in got[other]
