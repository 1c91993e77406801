"""Summary: 2–3 real sentences, in order, never furniture or headings; beats LEAD-3 on IndoSum held-out."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

import warta
from warta.summary.features import FEATURE_NAMES, headline_words
from warta.summary.model import load_model, select

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ARTICLE = (
    "Jakarta - Banjir bandang melanda tiga desa di Kabupaten Garut, Jawa Barat, pada Senin malam.\n"
    "Baca juga: Daftar wilayah rawan banjir\n"
    "Badan Penanggulangan Bencana Daerah mencatat 120 rumah rusak dan 300 warga mengungsi.\n"
    "Korban banjir\n"
    "Kepala BPBD Garut mengatakan hujan deras sejak sore membuat sungai meluap.\n"
    "Petugas masih mendata kerugian. Bantuan logistik dikirim ke posko pengungsian pada Selasa pagi.\n"
    "Warga diminta waspada karena hujan diperkirakan turun hingga akhir pekan.\n"
)


def test_model_matches_features() -> None:
    assert load_model()["features"] == FEATURE_NAMES


def test_summary_is_sentences_in_order() -> None:
    a = warta.read(ARTICLE)
    assert 2 <= len(a.summary) <= 3
    assert a.summary == sorted(set(a.summary))
    for i in a.summary:
        assert 0 <= i < len(a.sentences)
        text = a.sentence_text(i)
        assert not text.lower().startswith("baca juga")
        s = a.sentences[i]
        for h in a.headings:
            assert s.end <= h.start or s.start >= h.end
        for ln in a.lines:
            if ln.kind == "furniture":
                assert s.end <= ln.start or s.start >= ln.end


def test_summary_length_option() -> None:
    a = warta.read(ARTICLE, options={"summary_sentences": 2})
    assert len(a.summary) == 2
    assert warta.read(ARTICLE, options={"summary_sentences": 0}).summary == []


def test_short_article() -> None:
    a = warta.read("Presiden meresmikan jembatan baru di Kalimantan Timur pada Senin pagi.")
    assert a.summary in ([0], [])


def test_select_skips_duplicates_and_ineligible() -> None:
    sim = [[0, 0.9, 0, 0], [0.9, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    assert select([0.9, 0.8, 0.5, 0.1], sim, 2) == [0, 2]
    assert select([0.9, 0.8, 0.5, 0.1], sim, 2, eligible=[False, True, True, True]) == [1, 2]


def test_headline_from_url_slug() -> None:
    words = headline_words(None, "https://www.cnnindonesia.com/olahraga/2017-156/saat-morbidelli-buat-rossi-tertawa/")
    assert words == ["saat", "morbidelli", "buat", "rossi", "tertawa"]
    assert headline_words("Rossi Tertawa", None) == ["rossi", "tertawa"]


def test_beats_lead3_on_held_out_indosum() -> None:
    """The 20% of IndoSum never trained on (md5(id) % 5 == 0), first 60 articles, in process."""
    data = SHARED / "data" / "summaries" / "indosum_dev.jsonl"
    if not data.exists():
        pytest.skip(f"{data} not available (the shared dev data sits beside the repo)")
    sys.path.insert(0, str(SHARED / "eval"))
    import rouge

    sys_r1 = lead_r1 = 0.0
    n = 0
    for line in data.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        d = json.loads(line)
        if int(hashlib.md5(d["id"].encode()).hexdigest(), 16) % 5:
            continue
        paras = [" ".join(rouge.detok(s) for s in p) for p in d["paragraphs"]]
        ref = " ".join(rouge.detok(s) for s in d["summary"])
        lead = " ".join([rouge.detok(s) for p in d["paragraphs"] for s in p][:3])
        a = warta.read({"id": d["id"], "text": "\n".join(paras), "url": d.get("source_url")})
        hyp = " ".join(a.sentence_text(i) for i in a.summary)
        sys_r1 += rouge.scores(ref, hyp)[0]
        lead_r1 += rouge.scores(ref, lead)[0]
        n += 1
        if n == 60:
            break
    assert sys_r1 / lead_r1 >= 1.0, f"R1 {100 * sys_r1 / n:.2f} vs LEAD-3 {100 * lead_r1 / n:.2f}"


def test_sentence_starting_inside_a_quote_is_not_chosen() -> None:
    import warta

    text = (
        "Jakarta - Pemerintah menaikkan harga BBM bersubsidi mulai pekan depan di seluruh Indonesia.\n"
        '"Kenaikan ini tidak bisa dihindari karena subsidi sudah sangat besar. Kami sudah menghitung '
        'dampaknya terhadap inflasi dengan sangat hati-hati," kata Menteri Keuangan Sri Mulyani.\n'
        "Harga Pertalite naik menjadi Rp 12.000 per liter mulai Senin depan di semua SPBU.\n"
    )
    art = warta.read(text, options={"summary_sentences": 4})
    chosen = [art.sentence_text(i) for i in art.summary]
    assert chosen and not any(t.startswith("Kami sudah menghitung") for t in chosen)
