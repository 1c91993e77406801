"""Tone: negation, intensifiers, GDELT-style figures, and signs on real news sentences."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import warta
from warta.tone import measure, scan

DETIK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "detik_2025.jsonl"


def net(text: str) -> float:
    hits, _ = scan(text)
    return sum(h.weight for h in hits)


@pytest.mark.parametrize(
    ("positive", "negated"),
    [
        ("Kondisinya baik.", "Kondisinya tidak baik."),
        ("Hasilnya memuaskan.", "Hasilnya belum memuaskan."),
        ("Mereka bahagia.", "Mereka tak bahagia."),
        ("Itu solusi.", "Itu bukan solusi."),
    ],
)
def test_negation_flips_positive(positive: str, negated: str) -> None:
    assert net(positive) > 0
    assert net(negated) < 0


@pytest.mark.parametrize(
    ("negative", "negated"),
    [
        ("Ini masalah besar.", "Ini bukan masalah besar."),
        ("Warga takut.", "Jangan takut."),
        ("Pelayanannya buruk.", "Pelayanannya tidak buruk."),
    ],
)
def test_negation_flips_negative(negative: str, negated: str) -> None:
    assert net(negative) < 0
    assert net(negated) > 0


def test_negation_window_and_not_only() -> None:
    # the negator reaches a few words forward, not the whole sentence
    assert net("Ia tidak pernah merasa bahagia.") < 0
    assert net("Tidak ada yang datang ke acara itu meski cuacanya sangat bagus sekali hari ini.") > 0
    # "tidak hanya ... tetapi juga" is not a negation
    assert net("Program ini tidak hanya membantu warga tetapi juga berhasil.") > 0


def test_intensifiers_scale() -> None:
    base = net("Hasilnya baik.")
    assert net("Hasilnya sangat baik.") > base
    assert net("Hasilnya baik sekali.") > base
    assert net("Hasilnya amat baik.") > base
    assert 0 < net("Hasilnya agak baik.") < base
    assert net("Pelayanannya sangat buruk.") < net("Pelayanannya buruk.")


def test_figures_are_gdelt_like() -> None:
    t = measure([(0, "Warga bahagia dan bangga. Sebanyak 12 orang tewas dalam banjir bandang.")])
    assert t["word_count"] == 11
    assert t["positive"] == pytest.approx(200 / 11, abs=0.01)
    assert t["negative"] == pytest.approx(300 / 11, abs=0.01)
    assert t["tone"] == pytest.approx(t["positive"] - t["negative"], abs=0.01)
    assert t["polarity"] == pytest.approx(t["positive"] + t["negative"], abs=0.01)
    assert {h["text"] for h in t["terms"]} >= {"bahagia", "tewas", "banjir"}


def test_term_offsets_point_into_text() -> None:
    text = "Kemarin,\u00a0warga sangat bahagia menyambut juara."
    a = warta.read(text)
    assert a.tone["word_count"] > 0
    for term in a.tone["terms"]:
        assert a.text[term["start"] : term["end"]].lower() == term["text"]


def test_empty_article_has_zero_figures() -> None:
    t = measure([])
    assert t["word_count"] == 0 and t["tone"] == 0


# 20 real sentences from detik_2025 (record id, a fragment of the sentence, the sign a reader
# gives the sentence — checked by hand, not copied from the system's output).
REAL = [
    ("detik_588", "tidak patah semangat dan terus memperbaiki kualitas", +1),
    ("detik_922", "penggabungan itu dilakukan tanpa dasar hukum yang memadai", -1),
    ("detik_412", "regulasi justru sering menimbulkan kebingungan", -1),
    ("detik_459", "program MBG mampu memperkuat daya beli masyarakat", +1),
    ("detik_613", "layanan keuangan yang lebih stabil, kompetitif, dan berkelanjutan", +1),
    ("detik_404", "kehilangan akses ke sumber daya akibat eksploitasi berlebihan", -1),
    ("detik_797", "menggambarkan penilaian risiko di Australia", -1),
    ("detik_879", "proses pencairan dilakukan transparan dan akuntabel", +1),
    ("detik_989", "sukses menjalankan gerakan yang inspiratif", +1),
    ("detik_701", "mengirim sinyal yang membingungkan bagi para pelaku industri", -1),
    ("detik_547", "mampu menjawab kebutuhan strategis sekaligus membangun kemandirian bangsa", +1),
    ("detik_575", "tidak hanya menjaga warisan leluhur, tetapi juga memperkuat kedaulatan", +1),
    ("detik_784", "menolak menandatangani kesepakatan KUPA PPAS", -1),
    ("detik_658", "diberikan pelatihan dan pendampingan agar mandiri", +1),
    ("detik_154", "kepercayaan global juga akan terpengaruh dengan mundurnya Sri Mulyani", -1),
    ("detik_207", "KPK menyita uang tunai senilai", -1),
    ("detik_219", "mengesahkan usulan tanpa dasar perencanaan yang sah", -1),
    ("detik_645", "potensi nilai ekspor CPO RI bisa menembus", +1),
    ("detik_863", "bansos menjangkau 35 juta lebih keluarga penerima manfaat", +1),
    ("detik_653", "tanpa mengorbankan keberlanjutan", +1),
]
MIN_AGREEMENT = 0.8


def _sentence_with(text: str, fragment: str) -> str:
    at = text.index(fragment)
    starts = [m.end() for m in re.finditer(r"[.!?]\s|\n", text[:at])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?](?=\s|$)|\n", text[at + len(fragment) :])
    end = at + len(fragment) + (m.end() if m else len(text))
    return text[start:end]


def test_signs_on_real_sentences() -> None:
    if not DETIK.exists():
        pytest.skip(f"{DETIK} not available (the shared dev data sits beside the repo)")
    texts = {}
    for line in DETIK.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            rec = json.loads(line)
            texts[rec["id"]] = rec["text"]
    wrong = []
    for rid, fragment, sign in REAL:
        sentence = _sentence_with(texts[rid], fragment)
        score = net(sentence)
        if score * sign <= 0:
            wrong.append((rid, sign, round(score, 1), sentence))
    agreement = 1 - len(wrong) / len(REAL)
    assert agreement >= MIN_AGREEMENT, f"agreement {agreement:.2f}; wrong: {wrong}"
