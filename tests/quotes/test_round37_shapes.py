"""Shapes of the thirty-seventh round (whole-pool scans and IndoSum pool). Sentences written for this
file in the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

from .test_round36_shapes import _quotes


# A statement that holds the first half of `tidak hanya … tetapi juga …`, or a request whose contrast
# opens no new subject, is not complete before the contrast's clause.
@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Gubernur Jawa Tengah Ahmad Luthfi membuka rapat inflasi.\n\nIa pun meminta agar kepala daerah "
            "tidak hanya reaktif terhadap kenaikan harga, tetapi juga menyiapkan kebijakan fiskal yang lebih "
            "strategis.",
            "meminta",
            "kepala daerah tidak hanya reaktif terhadap kenaikan harga, tetapi juga menyiapkan kebijakan fiskal "
            "yang lebih strategis.",
        ),
        (
            "Gempa magnitudo 5,1 mengguncang Sukabumi.\n\nKepala BPBD Sukabumi Yana Rusyana mengimbau warga "
            "agar tidak panik dengan adanya gempa tersebut, tapi harus tetap waspada karena gempa susulan bisa "
            "saja terjadi.",
            "mengimbau",
            "tidak panik dengan adanya gempa tersebut, tapi harus tetap waspada karena gempa susulan bisa saja "
            "terjadi.",
        ),
        (
            "Bank Indonesia memangkas suku bunga acuan.\n\nEkonom LPPI Trioksa Siahaan menjelaskan pemangkasan "
            "BI-Rate tidak hanya menandai era suku bunga rendah. Tetapi juga diharapkan dapat mendorong "
            "pertumbuhan ekonomi melalui penyaluran kredit.",
            "menjelaskan",
            "pemangkasan BI-Rate tidak hanya menandai era suku bunga rendah. Tetapi juga diharapkan dapat "
            "mendorong pertumbuhan ekonomi melalui penyaluran kredit.",
        ),
        (
            "Astronot China Yang Liwei bercerita tentang penerbangannya.\n\nLiwei mengaku, tidak hanya dirinya "
            "yang mendengar suara aneh tersebut. Namun, beberapa kru di dalam pesawat juga mendengar. Bahkan "
            "Liwei sempat mengecek keluar pesawat.",
            "mengaku",
            "tidak hanya dirinya yang mendengar suara aneh tersebut. Namun, beberapa kru di dalam pesawat juga "
            "mendengar.",
        ),
    ],
)
def test_statement_goes_on_to_the_contrast_that_completes_it(text: str, cue: str, said: str) -> None:
    got = [q for q in _quotes(text) if q[2] == cue]
    assert len(got) == 1, _quotes(text)
    assert got[0][3].endswith(said), got[0][3]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (  # a contrast with a subject of its own is the writer's turn
            "Menteri Kelautan Susi Pudjiastuti menenggelamkan kapal.\n\nLuhut minta Susi menghentikan "
            "penenggelaman kapal, tapi Susi tetap pada pendiriannya.",
            "minta",
            "Susi menghentikan penenggelaman kapal",
        ),
        (  # a correlative already answered in its sentence: the next sentence is judged as before
            "Ekonom LPPI Trioksa Siahaan hadir di diskusi itu.\n\nTrioksa menjelaskan pemangkasan BI-Rate "
            "tidak hanya menandai era suku bunga rendah, tetapi juga mendorong kredit. Namun, ia enggan "
            "merinci besarnya.",
            "menjelaskan",
            "pemangkasan BI-Rate tidak hanya menandai era suku bunga rendah, tetapi juga mendorong kredit.",
        ),
    ],
)
def test_contrast_still_ends_the_statement(text: str, cue: str, said: str) -> None:
    got = [q for q in _quotes(text) if q[2] == cue]
    assert len(got) == 1, _quotes(text)
    assert got[0][3] == said, got[0][3]
