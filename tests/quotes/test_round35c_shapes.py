"""Shapes of the thirty-fifth round's third wave (IndoSum and detik pool). Sentences written for this
file in the shapes of Indonesian news; each rule is also tested on the shapes it must leave alone."""

from __future__ import annotations

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "Semarang (ANTARA News) - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# A mark after a quoted sentence's stop, inside a quotation never closed, reopens it: the writer
# marks each quoted sentence, and the source after the last closing mark is the source of both.
def test_a_quotation_reopened_after_its_sentence_stop_is_two_quotes_of_the_source():
    text = (
        "Meski lama membela klub ibu kota, Bambang Pamungkas mengaku tak menyesali kepindahannya.\n\n"
        "“ Saya punya banyak kenangan indah di sana dan merindukan para senior. Tetapi saya pindah dan "
        "berhasil meraih gelar semampu saya. “ Saya tidak akan menoleh ke belakang dan berkata menyesal. "
        "Tidak, ” ujar Bambang kepada wartawan."
    )
    direct = [q for q in _quotes(text) if q[0] == "direct"]
    assert [q[3][:24] for q in direct] == ["Saya punya banyak kenang", "Saya tidak akan menoleh "]
    assert all(q[1] == "Bambang Pamungkas" for q in direct)
    assert direct[1][2] == "ujar"


def test_a_closing_mark_set_apart_before_a_new_sentence_stays_a_closing_mark():
    text = (
        "“ Kami siap menghadapi pertandingan besok. ” Kata dia, “ Semua pemain dalam kondisi bugar dan "
        "siap tampil, ” ujar pelatih Persib Robert Alberts."
    )
    direct = [q for q in _quotes(text) if q[0] == "direct"]
    assert direct and direct[0][3].startswith("Kami siap menghadapi pertandingan besok.")
    assert not any("Kata dia" in q[3] for q in direct)


# A quotation whose words are all hashtags is a slogan, not a quote, even closed by where it is written.
def test_a_hashtag_alone_closed_by_where_it_is_written_is_no_quote():
    text = (
        "Ledakan itu mengundang empati dari bek Persija Andritany Ardhiyasa.\n\n"
        '"#JakartaKuat," begitu tulisan di salah satu unggahan di akun Instagram milik Andritany, Kamis.'
    )
    assert [q for q in _quotes(text) if "#JakartaKuat" in q[3]] == []


def test_a_post_with_words_closed_by_where_it_is_written_is_the_owners():
    text = (
        "Ledakan itu mengundang empati dari bek Persija Andritany Ardhiyasa.\n\n"
        '"Semoga Jakarta tetap kuat dan para korban lekas pulih," begitu tulisan di salah satu unggahan '
        "di akun Instagram milik Andritany, Kamis."
    )
    got = [q for q in _quotes(text) if q[3].startswith("Semoga Jakarta")]
    assert len(got) == 1 and got[0][1] == "Andritany Ardhiyasa"
