"""In a direct quote `saya`/`kami` is the speaker, but `dia`/`ia` opening a clause is someone the
speaker talks about: the one who acts (or, before a passive, the one acted on) is the last other
person named, not the speaker. Sentences written here, in the shapes of Indonesian news."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

STORY = (
    "Polisi menangkap seorang pria berinisial RS di Bekasi karena memasang pelat dinas palsu. "
    "Kapolres Bekasi Kombes Mustofa mengatakan RS sudah mengakui perbuatannya. "
    '"Dia juga sudah membuat video permintaan maaf kepada masyarakat," kata Mustofa. '
)


def test_dia_in_a_direct_quote_is_not_the_speaker() -> None:
    assert [(a, r) for t, a, r in acts(STORY, "CONCEDE") if "permintaan maaf" in t] == [("RS", "masyarakat")]


def test_dia_before_a_passive_in_a_direct_quote_is_acted_on() -> None:
    text = STORY + '"Dia masih diperiksa di Mapolres," ujar Mustofa.'
    assert [r for t, _a, r in acts(text, "INVESTIGATE") if t == "diperiksa"] == ["RS"]


def test_kami_in_a_direct_quote_is_still_the_speaker() -> None:
    text = STORY + '"Kami sudah memeriksa dua saksi," ujar Mustofa.'
    assert [a for t, a, _r in acts(text, "INVESTIGATE") if t == "memeriksa"] == ["Mustofa"]
