"""Warta's own entity gold projected onto sentences as BIO, the tagger's in-domain training data
(scripts/ner_gold.py): every mention where it is written, unsure sentences left out."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ner_gold():
    spec = importlib.util.spec_from_file_location("warta_ner_gold", ROOT / "scripts" / "ner_gold.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


TEXT = (
    "Makassar - Ketua Umum Partai Amanat Nasional Zulkifli Hasan menemui Gubernur Sulawesi Selatan "
    "Nurdin Abdullah di Rumah Jabatan Gubernur, Makassar, Selasa (3/4/2018).\n\n"
    "Zulkifli mengatakan pertemuan itu membahas Pilgub Sulsel. Menurut dia, PAN belum memutuskan.\n\n"
    "Dalam pertemuan itu hadir pula Taufan Pawe.\n\n"
    '"Kami bicara banyak hal," kata Zulkifli, dikutip Antara.'
)
GOLD = {
    "entities": [
        {"canonical": "Partai Amanat Nasional", "label": "ORG", "mentions": ["Partai Amanat Nasional", "PAN"]},
        {"canonical": "Zulkifli Hasan", "label": "PER", "mentions": ["Zulkifli Hasan", "Zulkifli"]},
        {"canonical": "Nurdin Abdullah", "label": "PER", "mentions": ["Nurdin Abdullah"]},
        {"canonical": "Sulawesi Selatan", "label": "LOC", "mentions": ["Sulawesi Selatan"]},
        {"canonical": "Makassar", "label": "LOC", "mentions": ["Makassar"]},
    ],
    "entities_optional": ["Antara", "Pilgub Sulsel"],
}


def test_mentions_become_bio_and_unsure_sentences_are_left_out():
    ng = _ner_gold()
    stats = Counter()
    sents = ng.article_sentences({"id": "t", "text": TEXT}, GOLD, stats)
    tagged = {" ".join(w): t for w, t in sents}
    first = next(k for k in tagged if "Zulkifli Hasan" in k)
    pairs = dict(zip(first.split(), tagged[first], strict=True))
    assert pairs["Ketua"] == "O" and pairs["Umum"] == "O"  # a title is not the name
    assert [pairs[w] for w in ("Partai", "Amanat", "Nasional")] == ["B-ORG", "I-ORG", "I-ORG"]
    assert [pairs[w] for w in ("Zulkifli", "Hasan")] == ["B-PER", "I-PER"]
    assert pairs["Gubernur"] == "O" and [pairs["Nurdin"], pairs["Abdullah"]] == ["B-PER", "I-PER"]
    assert [pairs["Sulawesi"], pairs["Selatan"]] == ["B-LOC", "I-LOC"]
    assert pairs["Selasa"] == "O"
    # `PAN`, a mention, is tagged wherever it is written
    assert any(w == ["Menurut", "dia", ",", "PAN", "belum", "memutuskan", "."] for w, _ in sents)
    # an optional name (`Pilgub Sulsel`, `Antara`) or a name the gold does not list (`Taufan Pawe`):
    # the sentence is left out rather than tagged O
    assert not any("Pilgub" in w or "Antara" in w or "Taufan" in w for w, _ in sents)
    assert stats["optional name"] == 2 and stats["unmatched capital"] == 1


def test_detik_articles_are_never_training_data(tmp_path):
    ng = _ner_gold()
    (tmp_path / "detik_1.json").write_text(json.dumps({"id": "detik_1", "text": TEXT}), encoding="utf-8")
    (tmp_path / "detik_1.gold.json").write_text(
        json.dumps({"id": "detik_1", "file": "detik_1.json", **GOLD}), encoding="utf-8"
    )
    (tmp_path / "indosum_1.json").write_text(json.dumps({"id": "indosum_1", "text": TEXT}), encoding="utf-8")
    (tmp_path / "indosum_1.gold.json").write_text(
        json.dumps({"id": "indosum_1", "file": "indosum_1.json", **GOLD}), encoding="utf-8"
    )
    train = ng.gold_sentences([str(tmp_path)])
    assert train and train == ng.article_sentences({"id": "indosum_1", "text": TEXT}, GOLD)
    assert ng.gold_sentences([str(tmp_path)], detik=True) == train  # the same text, read as detik's
    assert len(ng.gold_sentences([str(tmp_path)], leave_out=[str(tmp_path)])) == 0


def test_tagger_gain_sorts_errors_by_what_the_tagger_proposed(shared):
    spec = importlib.util.spec_from_file_location("warta_tagger_gain", ROOT / "scripts" / "tagger_gain.py")
    tg = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(tg)
    text = "Kata Nur Aini di Kota Palu. Rapat dipimpin Wali Kota Palu Hadianto Rasyid."
    gold = {
        "entities": [
            {"canonical": "Nur Aini", "label": "PER", "mentions": ["Nur Aini"]},
            {"canonical": "Kota Palu", "label": "LOC", "mentions": ["Kota Palu", "Palu"]},
            {"canonical": "Hadianto Rasyid", "label": "PER", "mentions": ["Hadianto Rasyid"]},
        ]
    }
    p = text.index("Palu Hadianto")
    pred = {"entities": [{"canonical": "Palu Hadianto", "label": "PER", "mentions": [{"start": p, "end": p + 13}]}]}
    h = text.index("Hadianto")
    n = text.index("Nur")
    used = [(h, h + 15, "PER"), (n, n + 8, "LOC")]
    got = {name: (kind, v) for kind, v, _, name in tg.classify(gold, pred, text, used, used)}
    assert got["Hadianto Rasyid"] == ("BOUNDARY", "right")  # cut by the layer, right in the tagger
    assert got["Nur Aini"] == ("MISS", "span")  # right span, wrong label
    assert got["Kota Palu"][0] == "BOUNDARY" and got["Kota Palu"][1] == "none"


def test_the_tagger_gold_is_every_other_outlet_set_and_never_detik():
    # the list stopped at outlets_heldout7 for rounds after newer IndoSum sets were opened
    ng = _ner_gold()
    import devsets

    assert set(devsets.OUTLETS) | set(devsets.OUTLETS_MORE) <= set(ng.GOLD_SETS)
    assert not set(devsets.HELDOUT) & set(ng.GOLD_SETS) and not set(devsets.HELDOUT_MORE) & set(ng.GOLD_SETS)


def test_a_common_word_opening_a_sentence_is_tagged_o_not_left_out():
    # the tagger learnt `capital opening a sentence = name` when every such sentence was left out
    ng = _ner_gold()
    text = (
        "Jakarta - Polri menerima laporan dari warga Bekasi pekan lalu.\n\n"
        "Kenyataannya, Polri belum menetapkan tersangka hingga Senin (3/4/2018)."
    )
    gold = {
        "entities": [
            {"canonical": "Polri", "label": "ORG", "mentions": ["Polri"]},
            {"canonical": "Jakarta", "label": "LOC", "mentions": ["Jakarta"]},
            {"canonical": "Bekasi", "label": "LOC", "mentions": ["Bekasi"]},
        ]
    }
    stats = Counter()
    sents = {" ".join(w): t for w, t in ng.article_sentences({"id": "t", "text": text}, gold, stats)}
    opened = next(k for k in sents if k.startswith("Kenyataannya"))
    assert sents[opened][:3] == ["O", "O", "B-ORG"]
    assert stats["unmatched capital"] == 0
