"""Shapes of the thirty-third round, from other outlets' house styles (IndoSum pool, heldout31's
MINE half). Sentences written for this file in the shapes of Indonesian news; each rule is also
tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# Text detokenised with the closing mark glued to the attribution after it: a name and its verb
# (`problem, "Anies menambahkan.`), a capitalised cue (`, "Kata Asep.`), or a cue with no comma
# before the mark (`kelas "ujarnya.`). The mark closes the quote; the attribution is read.
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Wali Kota Bogor Dedi Rukmana meninjau tanggul itu. "Kami sudah siagakan pompa di tiap kelurahan. '
            'Kalau satu pompa macet, itu yang jadi masalah, "Dedi menambahkan.',
            "Dedi Rukmana",
            "menambahkan",
        ),
        (
            'Pakar hukum Asep Supriatna menilai aturan itu lemah. "Kewajiban itu tidak ada sanksinya. '
            'Penegakan hukumnya jadi lemah, "Kata Asep.',
            "Asep Supriatna",
            "Kata",
        ),
        (
            'Ketua PGRI Sulastri Wahyuni menolak usulan itu. "Guru itu bekerja seperti PNS pada umumnya, beban '
            'kerjanya tidak harus terpaku pada jam mengajar di kelas "ujarnya.',
            "Sulastri Wahyuni",
            "ujar",
        ),
    ],
)
def test_a_closing_mark_glued_to_its_attribution_closes_the_quote(text, speaker, cue):
    [q] = [q for q in _quotes(text) if q[0] == "direct"]
    assert (q[1], q[2]) == (speaker, cue)
    assert '"' not in q[3] and cue not in q[3]


def test_a_capitalised_quote_nested_after_a_comma_stays_inside():
    # `bilang, "Pak, …"`: a capitalised word after the mark that is no name and verb opens a quote inside
    text = (
        'Kepala Desa Sukamaju Hendra Gunawan menceritakan kejadian itu. "Warga datang dan bilang, "Pak Kades, '
        'air sudah masuk rumah". Kami langsung turun," kata Hendra.'
    )
    directs = [q for q in _quotes(text) if q[0] == "direct"]
    assert len(directs) == 1 and directs[0][1] == "Hendra Gunawan"
    assert "Kami langsung turun" in directs[0][3]
