"""Round 38 (structure): the subject reader knows the speaker's own pronouns. A part of the clause
that `saya`/`kami` opens after a comma is no description set off after a name: the capitalised word
before the comma is an interjection or a vocative (`Alhamdulillah`, `Saudara-saudara`), and the
pronoun is the subject. Sentences written here in the shapes of quoted speech in Indonesian news."""

from __future__ import annotations

import pytest

from warta.quotes.attribution import subject_before


@pytest.mark.parametrize(
    ("clause", "verb", "subject"),
    [
        ('"Alhamdulillah, kami mengucapkan terima kasih kepada hakim', "mengucapkan", "kami"),
        ("Saudara-saudara, saya ucapkan terima kasih kepada Kejaksaan Agung", "ucapkan", "saya"),
        ("Kemarin, kami sudah menyetujuinya", "menyetujuinya", "kami"),
        # a name with its description set off by commas keeps the name
        ("Vika, petugas call center PT Jasa Marga, mengungkapkan", "mengungkapkan", "Vika"),
    ],
)
def test_the_speakers_pronoun_after_a_comma_is_the_subject(clause: str, verb: str, subject: str) -> None:
    span = subject_before(clause, 0, clause.index(verb))
    assert span is not None and clause[span[0] : span[1]] == subject
