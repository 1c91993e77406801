"""Shapes of the twenty-sixth round, found in the errors of the sets that were blind until the
last round was scored (heldout19-25, outlets_heldout15-20). Sentences written for this file in the
shapes of Indonesian news; each rule is also tested on the shape next to it that it must leave
alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read(
        {"id": "t", "text": "MEDAN - Hujan turun sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


def _one(text: str, cue: str) -> tuple[str, str | None, str | None, str]:
    """The first quote of ``text`` with ``cue`` (case folded); an empty one when there is none."""
    return next((q for q in _quotes(text) if q[2] and q[2].lower() == cue.lower()), ("", None, None, ""))


def _speaker(text: str, cue: str) -> str | None:
    return _one(text, cue)[1]


# a topic noun (`program`, `komitmen`) whose phrase runs on through `untuk`/`bagi` and a noun, then
# a predicate right after the phrase's last noun: the phrase is the subject of the reported clause
@pytest.mark.parametrize(
    ("content", "opens"),
    [
        (
            "program bantuan untuk anak nelayan dan petani kecil membuka jalan baru bagi desa pesisir.",
            "program bantuan untuk anak nelayan",
        ),
        (
            "komitmen pemerintah untuk pemberantasan pungutan liar diwujudkan dengan pengawasan terpadu.",
            "komitmen pemerintah untuk pemberantasan",
        ),
    ],
)
def test_topic_noun_with_a_modifier_then_a_predicate_is_reported(content: str, opens: str) -> None:
    text = f"Kepala Dinas Sosial Kota Medan Rudi Hartono menilai {content}"
    got = _one(text, "menilai")
    assert got[1] == "Rudi Hartono" and got[3].startswith(opens)


@pytest.mark.parametrize(
    "content",
    [
        "program bantuan untuk mengatasi angka putus sekolah di desa pesisir.",  # a purpose
        "program bantuan untuk anak nelayan saat meninjau sekolah di desa pesisir.",  # a scene
        "komitmennya agar harga beras terus dapat ditekan.",  # `agar` opens a clause, not a modifier
    ],
)
def test_topic_noun_with_a_purpose_or_a_scene_stays_a_topic(content: str) -> None:
    text = f"Kepala Dinas Sosial Kota Medan Rudi Hartono menjelaskan {content}"
    assert not [q for q in _quotes(text) if q[2] == "menjelaskan"]


# a pronoun opening the sentence after one that names a single person (brought in as the agent of
# praise, or as the subject of a passive) means that person, not the source quoted before
@pytest.mark.parametrize(
    "before",
    [
        "Langkah itu juga menuai apresiasi dari anggota Komisi D DPRD Sumatera Utara, Hendra Siregar.",
        "Hendra Siregar sendiri ditetapkan sebagai ketua panitia khusus dalam rapat paripurna pekan lalu.",
    ],
)
def test_pronoun_after_a_sentence_naming_one_person_means_that_person(before: str) -> None:
    text = (
        'Wali Kota Medan Bobby Nasution meresmikan pasar baru itu. "Pasar ini untuk pedagang kecil," kata Bobby.\n\n'
        f"{before} Ia menilai pasar tersebut akan menghidupkan ekonomi warga sekitar."
    )
    assert _speaker(text, "menilai") == "Hendra Siregar"


def test_pronoun_after_a_relative_described_stays_with_the_source() -> None:
    # `mantan istri X itu menilai …`: X names whose former wife she is; the source goes on
    text = (
        'Artis Venny Lestari menghadiri pelantikan putranya. "Saya bangga," kata Venny.\n\n'
        "Lebih lanjut, mantan istri Ivan Gunawan itu menilai wajar jika putranya sempat gugup. "
        "Apalagi, menurutnya, usia putranya masih muda ketika dilantik."
    )
    assert _speaker(text, "menurut") == "Venny Lestari"


# `Sementara itu, X menjelaskan …` then `"…," imbuhnya`: X adds to what X said; after a statement
# with only a pronoun for a source, the one quoted before goes on
@pytest.mark.parametrize(
    ("between", "who"),
    [
        ("Sementara itu, Direktur Jenderal Pajak Bimo Wijayanto menjelaskan", "Bimo Wijayanto"),
        ("Ia menjelaskan", "Purbaya Yudhi Sadewa"),
    ],
)
def test_adding_verb_goes_on_with_the_latest_named_source(between: str, who: str) -> None:
    text = (
        'Menteri Keuangan Purbaya Yudhi Sadewa menyambut baik kerja sama itu. "Ini langkah maju," kata Purbaya.\n\n'
        f"{between} pengawasan bersama telah menambah penerimaan daerah.\n\n"
        '"Kolaborasi ini memperkuat kepatuhan wajib pajak," imbuhnya.'
    )
    assert _speaker(text, "imbuh") == who


def test_menurutnya_opening_a_sentence_without_its_comma() -> None:
    text = (
        "Wali Kota Medan Bobby Nasution menyebut kota harus bebas dari banjir. Menurutnya persoalan "
        "drainase sebagai bagian dari tata kota kerap luput dari perhatian."
    )
    got = _one(text, "Menurut")
    assert got[1] == "Bobby Nasution" and got[3].startswith("persoalan drainase")


@pytest.mark.parametrize("demonstrative", ["tersebut", "itu"])
def test_a_name_before_a_relative_clause_closing_on_a_demonstrative_is_no_anaphor(demonstrative: str) -> None:
    text = (
        "Bank Dunia merilis laporan ekonomi kawasan pekan ini.\n\n"
        f"Gubernur Bank Sumut Rahmat Hidayat yang hadir dalam forum {demonstrative} memaparkan "
        "ada tiga langkah utama yang ditempuh daerah untuk menjaga inflasi."
    )
    assert _speaker(text, "memaparkan") == "Rahmat Hidayat"


def test_a_description_closing_on_a_demonstrative_still_points_back() -> None:
    text = (
        'Anggota Komisi XI DPR Rahmat Hidayat menyoroti inflasi. "Harga pangan harus dijaga," kata Rahmat.\n\n'
        "Politikus Partai Hijau itu memaparkan ada tiga langkah utama untuk menjaga inflasi daerah."
    )
    assert _speaker(text, "memaparkan") == "Rahmat Hidayat"
