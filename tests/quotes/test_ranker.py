"""The speaker ranker: the shipped model loads, scores candidates deterministically, and the
quotes layer hands it the candidates a pronoun may mean (issue #16, speaker choice)."""

from __future__ import annotations

from warta.quotes import extract, ranker


def test_shipped_model_matches_the_features_and_is_small():
    m = ranker.model()
    assert m is not None, (
        "src/warta/quotes/data/speaker_ranker.json missing or stale: run scripts/train_speaker_ranker.py"
    )
    assert len(m.weights) == len(ranker.FEATURES)
    # the rules' choice and the person last quoted raise a candidate; distance lowers it
    w = dict(zip(ranker.FEATURES, m.weights, strict=True))
    assert w["rule_pick"] > 0 and w["last_quoted"] > 0 and w["para_dist"] < 0


def test_best_candidate_wins_and_ties_go_to_the_most_recent():
    m = ranker.Model(tuple(1.0 if n == "quoted" else 0.0 for n in ranker.FEATURES))
    a = ranker.Cand(1, "A", 1, {"subject": 1.0})
    b = ranker.Cand(2, "B", 2, {"quoted": 1.0})
    assert m.best([a, b]).name == "B"
    assert m.best([a, ranker.Cand(3, "C", 3, {"subject": 1.0})]).name == "A"
    assert m.best([]) is None


def test_candidates_of_a_pronoun_are_persons_before_it_with_features(h):
    text = (
        "Musk berselisih dengan Trump mengenai rencana pengeluaran domestik besar-besaran. "
        "Dia mengatakan hal itu akan meledakkan utang AS."
    )
    a = h.with_entities(text, [("Elon Musk", "PER", ["Musk"]), ("Trump", "PER", ["Trump"])])
    trace: list = []
    quotes = extract(a, trace)
    assert [t["quote"] for t in trace] == [0]
    cands = {c.name: c.f for c in trace[0]["cands"]}
    assert set(cands) == {"Elon Musk", "Trump"}
    assert cands["Trump"]["oblique"] == 1.0 and cands["Elon Musk"]["subject"] == 1.0
    assert quotes[0].speaker.name == "Elon Musk"


def test_a_body_is_no_candidate_for_ia_when_a_person_is_there(h):
    text = (
        '"Kami sudah menyiapkan 20 posko," kata Kepala BPBD DKI Jakarta Isnawa Adji.\n'
        "BPBD DKI Jakarta juga mengimbau warga agar waspada terhadap genangan.\n"
        "Ia mengatakan posko dibuka sepanjang malam."
    )
    a = h.with_entities(
        text, [("Isnawa Adji", "PER", ["Isnawa Adji"]), ("BPBD DKI Jakarta", "ORG", ["BPBD DKI Jakarta"])]
    )
    trace: list = []
    quotes = extract(a, trace)
    assert all(c.name != "BPBD DKI Jakarta" for t in trace for c in t["cands"])
    assert quotes[-1].speaker.name == "Isnawa Adji"
