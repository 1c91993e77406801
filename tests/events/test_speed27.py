"""Round 27 speed work (issue #12): the faster readers give what the plain ones gave."""

from __future__ import annotations

import re

from warta.events import evaluative, triggers
from warta.events.lexicon import grouped_alternation, lexicon
from warta.quotes import attribution
from warta.quotes.text import index_words, indexed


def _plain_match_report(norm: str) -> bool:
    words = lexicon().words["match_words"]
    return sum(1 for w in re.findall(r"\w+", norm.lower()) if w in words) >= 6


MATCH = (
    "Laga pekan ini berakhir imbang. Pelatih tim tamu memuji kiper muda itu, yang menjaga gawang "
    "sepanjang babak kedua, sementara klub tuan rumah turun ke posisi tujuh klasemen."
)
NOT_MATCH = (
    "Bupati meresmikan jembatan desa. Warga menyambut pembangunan itu dan berharap pelatihan-pelatihan berlanjut."
)
FIVE = "Laga-laga LIGA daerah: pelatih, klub, dan kiper-kiper baru hadir di acara amal itu."


def test_match_report_counts_as_the_word_list_does() -> None:
    for text in (MATCH, NOT_MATCH, FIVE, MATCH.upper(), "golgol gol-gol skor.skor"):
        triggers._match_report.cache_clear()
        assert triggers._match_report(text) == _plain_match_report(text), text
    assert triggers._match_report(MATCH) and not triggers._match_report(NOT_MATCH)


def test_grouped_alternation_finds_the_same_words() -> None:
    vocab = ["menilai", "menyebut", "saya", "salah", "sewenang-wenang", "a"]
    grouped = re.compile(r"\b(?:" + grouped_alternation(vocab) + r")\b")
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab)) + r")\b")
    for s in ("kami menilai itu salah", "tindakan sewenang-wenang aparat", "menilainya", "a b", "sayangnya"):
        assert [m.span() for m in grouped.finditer(s)] == [m.span() for m in plain.finditer(s)], s


def test_judgement_gate_is_the_word_alternation() -> None:
    w = evaluative._w()
    vocab = w["judging"] | w["copulas"] | w["speaker_selves"] | w["denial_words"] | w["praise_words"] | w["fault_words"]
    plain = re.compile(r"\b(?:" + "|".join(sorted(vocab)) + r")\b")
    for s in ("kami menilai langkah itu keliru", "rapat dimulai pukul sembilan", "saya bangga pada mereka"):
        assert bool(evaluative._gate().search(s)) == bool(plain.search(s)), s


def test_union_is_the_lists_joined() -> None:
    lex = lexicon()
    joined = lex.union("person_nouns", "described_person_heads")
    assert joined == lex.words["person_nouns"] | lex.words["described_person_heads"]
    assert lex.union("person_nouns", "described_person_heads") is joined  # joined once


def test_subject_before_is_kept_with_the_word_index() -> None:
    norm = "Kepala Polres Bantul, AKBP Budi Santoso, mengatakan pelaku sudah ditangkap."
    v = norm.index("mengatakan")
    idx = index_words(norm)
    assert indexed(norm) is idx
    first = attribution.subject_before(norm, 0, v)
    assert first == attribution._subject_before(norm, 0, v)
    assert idx.answers[("subject_before", 0, v)] == first
    assert attribution.subject_before(norm, 0, v) == first
    assert indexed(norm + " ") is None  # another text: read afresh, nothing kept
