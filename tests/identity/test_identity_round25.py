"""Round 25 (issue #13): classes of the opened blind pair set over IndoSum, each with a counter-case.

A person's name written with its middle words left out ('Rosyita Eka Sari' of 'Rosyita Eka Putri
Sari') is the one stored person whose name holds it so, unless the shorter name is written in more
articles than the longer (a name of its own: a minister 'Budi Santoso' is no clipped 'Budi Joyo
Santoso') or begins with a dictionary word (a misread title, no one's given name).

A stored acronym no article writes beside a name ('FUI', 'TMC') is the one stored body whose initials
it is, though their articles share no rare names, unless the corpus writes another acronym of its own
for that body ('Prolegnas' for 'Program Legislasi Nasional': 'PLN' is then a namesake's).

Two person names an article writes with one key slipped in one word ('Gavin Kwan Adist' … 'Adsit')
are one person; in two articles, or when both words are given names ('Rina'/'Rini'), they stay apart.

A written form that is the first word of a body's own name ('Boca' for 'Boca Juniors') stands for that
body, unless the corpus stores a body of that one word (the longer name is then its arm), the word
names a place, or the rest of the name is a country (a brand's national arm).

A person's one-word form written elsewhere only as the first word of a title ('Imam Besar Masjid Raya'),
or, when the corpus writes it in lower case as often as not, opening a sentence before a lower-case word
('Mari kita …'), has no other owner there."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import same_root as _same  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from identitycases import persons as _recs  # noqa: E402
from identitycases import story as _rec  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import relink_all, root  # noqa: E402
from warta.identity.forms import form_identity  # noqa: E402
from warta.identity.persons import _middles_left_out  # noqa: E402
from warta.identity.spelling import slipped  # noqa: E402


def test_the_middle_words_a_name_may_leave_out() -> None:
    assert _middles_left_out(["rahayu", "kartika", "putri", "simanjuntak"]) == [
        "rahayu putri simanjuntak",
        "rahayu simanjuntak",
        "rahayu kartika simanjuntak",
    ]
    assert _middles_left_out(["rahayu", "simanjuntak"]) == []


def test_a_name_without_its_middle_words_joins_the_one_longer_name(tmp_path: Path) -> None:
    recs = [
        *_recs("Rahayu Kartika Simanjuntak", "Rahayu Simanjuntak", 2),
        *_recs("Gelap Teguh Sihombing", "Gelap Sihombing", 1),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "PER", "rahayu simanjuntak", "rahayu kartika simanjuntak")
            assert _same(c, "PER", "gelap sihombing", "gelap teguh sihombing")
            assert relink_all(c.store) == 0


def test_a_shorter_name_written_more_often_or_opening_with_a_word_stays_apart(tmp_path: Path) -> None:
    recs = [
        # the shorter name in three articles, the longer in one: two people of one given name and surname
        *_recs("Cerah Wibisono", "Cerah Lestari Wibisono", 3),
        # 'Malam' is a word, not a given name: a title read as a person
        *_recs("Malam Puisi Lestari", "Malam Lestari", 2),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert not _same(c, "PER", "cerah wibisono", "cerah lestari wibisono")
            assert not _same(c, "PER", "malam lestari", "malam puisi lestari")


def test_an_acronym_is_the_one_body_of_its_initials_unless_that_body_has_its_own(tmp_path: Path) -> None:
    recs = [
        _rec("a1", "Sekjen FKBN ditangkap polisi di rumahnya pada Senin pagi.", "FKBN"),
        _rec(
            "a2",
            "Forum Komunitas Bahari Nusantara menggelar aksi di depan kantor gubernur.",
            "Forum Komunitas Bahari Nusantara",
        ),
        _rec("b1", "Harga listrik dari PKN naik lagi bulan ini menurut warga.", "PKN"),
        record(
            "b2",
            "Berita",
            "Dewan membahas Program Kerja Nasional atau Prokernas dalam rapat paripurna.",
            entities=[("Program Kerja Nasional", "ORG", ["Prokernas"])],
        ),
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "ORG", "fkbn", "forum komunitas bahari nusantara")
            assert not _same(c, "ORG", "pkn", "program kerja nasional")
            assert relink_all(c.store) == 0


def test_one_key_slipped_in_one_word() -> None:
    assert slipped("toni kroos", "toni kross")  # a letter changed
    assert slipped("gavin kwan adist", "gavin kwan adsit")  # two neighbours swapped
    assert slipped("buni yani", "buni yanit")  # a letter more
    assert not slipped("rina hutapea", "rini hutapea", frozenset({"rina", "rini"}))  # two given names
    assert not slipped("anto sihombing", "anto sihombung sitorus")  # not the same words
    assert not slipped("bima sakti", "bina sakit")  # two words differ


def test_an_article_writing_a_name_two_ways_names_one_person(tmp_path: Path) -> None:
    def two(rid: str, a: str, b: str) -> dict:
        body = f"{a} ditemui di rumahnya pada Senin pagi. Menurut {b}, rapat itu batal."
        return record(rid, "Berita", body, entities=[(a, "PER", []), (b, "PER", [])])

    recs = [
        two("s1", "Harun Simatopang", "Harun Simatupang"),
        two("s2", "Rina Hutapea", "Rini Hutapea"),
        *_recs("Marlon Sitorus", "Marlon Sitoros", 1),  # two articles, one name each: no article writes both
    ]
    for name, order in (("f.db", recs), ("r.db", recs[::-1])):
        with _ingest(tmp_path / name, order) as c:
            assert _same(c, "PER", "harun simatopang", "harun simatupang")
            assert not _same(c, "PER", "rina hutapea", "rini hutapea")
            assert not _same(c, "PER", "marlon sitorus", "marlon sitoros")
            assert relink_all(c.store) == 0


def _club(rid: str, name: str, form: str) -> dict:
    body = f"{name} menang dua gol tanpa balas. Pelatih {form} memuji para pemainnya."
    return record(rid, "Laga", body, entities=[(name, "ORG", [form])])


def test_a_bodys_first_word_written_for_it_stands_for_it(tmp_path: Path) -> None:
    recs = [
        _club("c1", "Persiwa Wamena", "Persiwa"),
        _club("c2", "Samator Jaya Abadi", "Samator"),  # the corpus stores a body 'Samator' too
        record("c3", "Bisnis", "Samator membuka pabrik baru di Gresik.", entities=[("Samator", "ORG", [])]),
        _club("c4", "Surabaya Samator", "Surabaya"),  # a city's name
        _club("c5", "Sinarmas Indonesia", "Sinarmas"),  # a brand's national arm
    ]
    with _ingest(tmp_path / "a.db", recs) as c:
        persiwa = c.store.scalar("SELECT num FROM entities WHERE key = ?", ("ORG:persiwa wamena",))
        assert form_identity(c.store, "persiwa", "ORG") == root(c.store, int(persiwa))
        assert form_identity(c.store, "surabaya", "ORG") is None
        assert form_identity(c.store, "sinarmas", "ORG") is None
        jaya = c.store.scalar("SELECT num FROM entities WHERE key = ?", ("ORG:samator jaya abadi",))
        assert form_identity(c.store, "samator", "ORG") != root(c.store, int(jaya))


def test_a_titles_first_word_elsewhere_is_no_other_owner(tmp_path: Path) -> None:
    him = record(
        "i1",
        "Rapat",
        "Kepala desa Imam Sukarta hadir dalam rapat. Imam menyatakan siap membantu warga.",
        entities=[("Imam Sukarta", "PER", ["Imam"])],
    )
    him["entities"][0]["role"] = "Kepala desa"
    title = record("i2", "Salat", "Imam Besar Masjid Raya memimpin salat Id di lapangan.", entities=[])
    name = record("i3", "Salat", "Imam Rahardjo memimpin salat Id di lapangan.", entities=[])
    with _ingest(tmp_path / "a.db", [him, title]) as c:
        sukarta = c.store.scalar("SELECT num FROM entities WHERE key = ?", ("PER:imam sukarta",))
        assert form_identity(c.store, "imam", "PER") == root(c.store, int(sukarta))
    with _ingest(tmp_path / "b.db", [him, name]) as c:  # another man's full name: another owner
        assert form_identity(c.store, "imam", "PER") is None


def test_a_word_opening_a_sentence_is_no_other_owner(tmp_path: Path) -> None:
    def person(rid: str, full: str, first: str) -> dict:
        body = f"Menteri {full} hadir dalam rapat. {first} menyatakan siap membantu warga."
        rec = record(rid, "Rapat", body, entities=[(full, "PER", [first])])
        rec["entities"][0]["role"] = "Menteri"
        return rec

    words = "Mari kita jaga desa. Ayo mari bersihkan sungai, mari tanam pohon, mari rawat taman."
    other = "Rudi menyatakan menolak rencana itu di depan warga desa."
    with _ingest(tmp_path / "a.db", [person("m1", "Mari Wulandari", "Mari"), record("m2", "Ajakan", words)]) as c:
        wulandari = c.store.scalar("SELECT num FROM entities WHERE key = ?", ("PER:mari wulandari",))
        assert form_identity(c.store, "mari", "PER") == root(c.store, int(wulandari))
    with _ingest(tmp_path / "b.db", [person("r1", "Rudi Hartawan", "Rudi"), record("r2", "Tolak", other)]) as c:
        assert form_identity(c.store, "rudi", "PER") is None  # a name, not a word: another Rudi
