"""Shapes from the fourth round's error list over heldout8 and outlets_heldout4 (issue #16),
written with other names: a medium glued to `kepada` after the speaker, a `Capt.` title before
a name, a pronoun with `pun` written onto it."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name, q.cue, q.text) for q in art.quotes]


@pytest.mark.parametrize("gap", ["kepada", "kepada "])
def test_medium_after_kepada_is_never_the_speaker(gap: str) -> None:
    text = (
        "Makassar - Polisi memeriksa seorang kepala desa.\n\n"
        '"Kami sudah meminta keterangan dari yang bersangkutan," ungkap Kontributor Kompas TV, '
        f"Yusran {gap}detikSulsel, Senin (20/10/2025)."
    )
    qs = _quotes(text)
    assert qs and qs[-1][0] == "Yusran"
    assert not any("detik" in sp for sp, _c, _t in qs)


def test_capt_title_before_a_name() -> None:
    text = (
        "Jakarta - Serikat pelaut meminta aturan baru segera terbit.\n\n"
        '"Aturan ini harus segera terbit agar kapal tidak terkena sanksi," kata Ketua SPN Capt. Budi '
        "Santoso di Jakarta.\n\n"
        '"Kami sudah menyurati kementerian berkali-kali," tegasnya.'
    )
    speakers = [sp for sp, _c, _t in _quotes(text) if _c in ("kata", "tegas")]
    assert speakers == ["Budi Santoso", "Budi Santoso"]


def test_pronoun_with_pun_written_onto_it_points_back() -> None:
    text = (
        "Surabaya - Ketua Umum PKB Rina Kartika meminta polisi menindak penyebar hoaks.\n\n"
        '"Orang itu tidak bermoral. Saya harap bisa ditindak tegas," katanya di Surabaya, Sabtu.\n\n'
        "Iapun mengakui bahwa penyebaran hoaks di media sosial semakin merajalela.\n\n"
        "Diapun mencontohkan kasus terakhir adalah kabar palsu soal kesehatan gubernur."
    )
    qs = _quotes(text)
    tail = [sp for sp, cue, _t in qs if cue in ("mengakui", "mencontohkan")]
    assert len(tail) == 2
    assert all(sp.endswith("Rina Kartika") for sp in tail)


def test_a_title_read_as_a_person_and_a_name_read_as_a_place(h) -> None:
    # the entities layer may take `Capt` for a person and the name after it for a place
    text = (
        '"Aturan ini harus segera terbit agar kapal tidak terkena sanksi," kata Ketua SPN Capt. Budi '
        "Santoso di Jakarta."
    )
    names = [("Capt", "PER", ["Capt"]), ("Budi Santoso", "LOC", ["Budi Santoso"])]
    assert [q.speaker.name for q in h.with_entities(text, names).quotes] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "content"),
    [
        (
            "Hal tersebut kata Budi masih menunggu hasil pemeriksaan di lokasi.",
            "Budi Hartono",
            "kata",
            "masih menunggu hasil pemeriksaan di lokasi.",
        ),
        (
            "Hoaks itu lanjutnya justru dapat memicu konflik di masyarakat.",
            "Budi Hartono",
            "lanjut",
            "justru dapat memicu konflik di masyarakat.",
        ),
    ],
)
def test_a_cue_set_into_a_sentence_without_commas(sentence: str, speaker: str, cue: str, content: str) -> None:
    text = (
        "Bandung - Kapolres Bandung Budi Hartono mengaku belum dapat menyimpulkan penyebab kecelakaan itu.\n\n"
        + sentence
    )
    qs = _quotes(text)
    assert (speaker, cue, content) in qs


def test_a_lower_case_word_after_kata_is_no_speaker() -> None:
    qs = _quotes("Bandung - Rumah itu kata orang sudah lama kosong dan tidak terurus.")
    assert not any(cue == "kata" for _sp, cue, _t in qs)
