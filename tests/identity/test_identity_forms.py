"""Round 9 (issue #13): a written form that is no stored entity, decided from the corpus's text as
well as its name evidence (``warta.identity.forms.decide``, ``warta.identity.usage``): a person's
name word or initials written once beside the full name, another bearer or a common word elsewhere,
spellings of one name, an acronym the text defines, a namesake's acronym, a misread "person"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stories"))
from storydata import ingest as _ingest  # noqa: E402
from storydata import record  # noqa: E402

from warta.identity import root  # noqa: E402
from warta.identity.forms import decide, form_identity  # noqa: E402


def _person(name: str, forms: list[str], body: str, rid: str = "p1", role: str | None = "Jaksa") -> dict[str, Any]:
    rec = record(rid, "Rapat", body, entities=[(name, "PER", forms)])
    rec["entities"][0]["role"] = role
    return rec


def _num(c: Any, label: str, name: str) -> int:
    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def test_a_name_word_written_once_is_trusted_only_where_the_text_never_writes_it_elsewhere(tmp_path: Path) -> None:
    alone = [_person("Reda Manthovani", ["Reda"], "Jaksa Reda Manthovani hadir. Reda menyatakan siap.")]
    with _ingest(tmp_path / "a.db", alone) as c:
        assert form_identity(c.store, "reda", "PER") == _num(c, "PER", "reda manthovani")
    other = [
        *alone,
        record("o1", "Laga", "Pemain Reda mencetak gol di laga itu.", entities=[("Persib", "ORG", [])]),
    ]
    with _ingest(tmp_path / "b.db", other) as c:
        ident, why = decide(c.store, "reda", "PER")
        assert ident is None and "another owner" in why  # another Reda: the form has two owners
    # an article naming him by surname only still is beside him, not another owner
    surname = [*alone, record("s1", "Sidang", "Reda dan Manthovani hadir.", entities=[("Persib", "ORG", [])])]
    with _ingest(tmp_path / "c.db", surname) as c:
        assert form_identity(c.store, "reda", "PER") == _num(c, "PER", "reda manthovani")


def test_a_name_that_is_also_a_common_word_in_the_text_is_decided_by_its_capitalised_uses(tmp_path: Path) -> None:
    # a lower-case adjective elsewhere names no one ('subur', 'teguh' as words); a capitalised
    # 'Teguh' elsewhere is another bearer ('hakim Teguh Arianto')
    recs = [
        _person("Teguh Kumara", ["Teguh"], "Kepala Teguh Kumara hadir. Teguh menyatakan siap."),
        record("w1", "Sikap", "Warga tetap teguh menolak rencana itu.", entities=[("Bandung", "LOC", [])]),
        _person("Subur Saroso", ["Subur"], "Kepala Seksi Subur Saroso hadir. Subur menyatakan siap.", "s1"),
        record("w2", "Sawah", "Sawah yang subur harus diselamatkan.", entities=[("Jawa", "LOC", [])]),
    ]
    with _ingest(tmp_path / "w.db", recs) as c:
        assert form_identity(c.store, "teguh", "PER") == _num(c, "PER", "teguh kumara")
        assert form_identity(c.store, "subur", "PER") == _num(c, "PER", "subur saroso")
    recs.append(record("w3", "Putusan", "kata hakim Teguh Arianto di persidangan.", entities=[("Jakarta", "LOC", [])]))
    with _ingest(tmp_path / "w2.db", recs) as c:
        ident, why = decide(c.store, "teguh", "PER")
        assert ident is None and "another owner" in why


def test_initials_and_contractions_of_a_person_are_spelled_out_of_the_name(tmp_path: Path) -> None:
    recs = [
        _person("Heri Gunawan", ["HG"], "Anggota DPR Heri Gunawan (HG) diperiksa. HG hadir.", "h1"),
        _person("Dedi Mulyadi", ["Demul"], "Gubernur Dedi Mulyadi atau Demul hadir.", "h2"),
        _person("Siman Bahar", ["XQ"], "Pengusaha Siman Bahar hadir. XQ menolak.", "h3"),
    ]
    with _ingest(tmp_path / "i.db", recs) as c:
        assert form_identity(c.store, "hg", "PER") == _num(c, "PER", "heri gunawan")
        assert form_identity(c.store, "demul", "PER") == _num(c, "PER", "dedi mulyadi")
        assert form_identity(c.store, "xq", "PER") is None  # two letters spelled out of nothing


def test_a_misread_phrase_read_as_a_person_gives_none_of_its_words(tmp_path: Path) -> None:
    recs = [
        _person("Rutan Salemba", ["Salemba"], "Tahanan dibawa ke Rutan Salemba. Salemba penuh.", "r1", role=None),
        _person("Nelson Hutapea", ["Hutapea"], "Pengacara Nelson Hutapea hadir. Hutapea menolak.", "r2", role=None),
    ]
    with _ingest(tmp_path / "r.db", recs) as c:
        ident, why = decide(c.store, "salemba", "PER")
        assert ident is None and "misread" in why  # never a role nor a quote, no given name first
        # a given name first says person, even without a role
        assert "nelson" in __import__("warta.identity.name_words", fromlist=["given_names"]).given_names()
        assert form_identity(c.store, "hutapea", "PER") == _num(c, "PER", "nelson hutapea")


def test_spellings_of_one_name_pool_their_evidence(tmp_path: Path) -> None:
    recs = [
        record(
            f"t{i}",
            "Tol",
            f"PT Roatex Indonesia {w} System (RITS) memungut tarif {i}.",
            entities=[(f"PT Roatex Indonesia {w} System", "ORG", ["RITS"])],
        )
        for i, w in enumerate(("Toll", "Tollroad"))
    ]
    with _ingest(tmp_path / "t.db", recs) as c:
        assert form_identity(c.store, "rits", "ORG") is not None  # one body in two spellings, not two


def test_an_acronym_the_text_defines_is_trusted_unless_the_name_has_its_own(tmp_path: Path) -> None:
    recs = [
        record(
            "e1",
            "Suku bunga",
            "Bank Sentral Eropa (ECB) menahan suku bunga.",
            entities=[("Bank Sentral Eropa", "ORG", ["ECB"])],
        ),
        record(
            "f1",
            "Obat",
            "Badan Pengawas Obat dan Makanan (FDA) Amerika menyetujui obat itu.",
            entities=[("Badan Pengawas Obat dan Makanan", "ORG", ["FDA"])],
        ),
        record("f2", "Obat", "BPOM menarik obat sirup.", entities=[("BPOM", "ORG", [])]),
    ]
    with _ingest(tmp_path / "d.db", recs) as c:
        assert form_identity(c.store, "ecb", "ORG") == _num(c, "ORG", "bank sentral eropa")
        ident, why = decide(c.store, "fda", "ORG")
        assert ident is None and "namesake" in why  # BPOM is that name's own acronym


def _erick(elsewhere: bool) -> list[dict[str, Any]]:
    recs = [
        _person("Erick Thohir", [], "Menteri Erick Thohir meresmikan stadion.", "e1"),
        # the entities layer read only 'Erick' here, though the text also writes his surname
        record("e2", "Stadion", "Erick meninjau stadion. Thohir memuji kontraktor.", entities=[("Erick", "PER", [])]),
    ]
    if elsewhere:
        recs.append(record("e3", "Laga", "Pemain Erick mencetak gol.", entities=[("Erick", "PER", [])]))
    return recs


def test_a_stored_first_name_whose_every_article_writes_the_full_name_or_surname_joins_it(tmp_path: Path) -> None:
    from storydata import same_identity

    with _ingest(tmp_path / "a.db", _erick(elsewhere=False)) as c:
        assert same_identity(c, "Erick", "Erick Thohir")
    with _ingest(tmp_path / "b.db", list(reversed(_erick(elsewhere=False)))) as c:
        assert same_identity(c, "Erick", "Erick Thohir")  # arrival order does not matter
    with _ingest(tmp_path / "c.db", _erick(elsewhere=True)) as c:
        assert not same_identity(c, "Erick", "Erick Thohir")  # an article writes 'Erick' without him
    with _ingest(tmp_path / "d.db", list(reversed(_erick(elsewhere=True)))) as c:
        assert not same_identity(c, "Erick", "Erick Thohir")


def test_a_hyphenated_word_gives_each_parts_initial_in_a_definition() -> None:
    from warta.identity import names

    body = "Pemerintah mendorong skema Public-Private Partnership (PPP). Pipa Trans-ASEAN Gas Pipeline (TAGP) dibangun."
    assert names.defined_as(body, "PPP") == ["public private partnership"]
    assert names.defined_as(body, "TAGP") == ["trans asean gas pipeline"]
    assert names.defined_as(body, "PP") == []  # not spelled by the hyphenated name


def test_headlines_and_bodies_named_after_someone_are_not_another_owner(tmp_path: Path) -> None:
    # a headline capitalises every word ('Reda Sebut …') and a university or street may carry the
    # name: neither is another person called so
    recs = [
        _person("Reda Manthovani", ["Reda"], "Jaksa Reda Manthovani hadir. Reda menyatakan siap."),
        record("t1", "Reda Sebut Sidang Ditunda", "Jaksa Reda Manthovani menyebut sidang ditunda.", entities=[]),
        record("u1", "Kuliah", "Mahasiswa Universitas Reda mendapat beasiswa.", entities=[("Bandung", "LOC", [])]),
    ]
    with _ingest(tmp_path / "h.db", recs) as c:
        assert form_identity(c.store, "reda", "PER") == _num(c, "PER", "reda manthovani")
    recs.append(record("o1", "Laga", "Pemain Reda Saputra mencetak gol.", entities=[("Persib", "ORG", [])]))
    with _ingest(tmp_path / "o.db", recs) as c:
        ident, why = decide(c.store, "reda", "PER")
        assert ident is None and "another owner" in why  # a full name of someone else is still one
