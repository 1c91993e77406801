"""Help texts are plain text with defaults and allowed values; the text view prints numbers and
tone readably and explains its markers."""

import pytest

from warta.cli import build_parser, main


def help_of(capsys, *cmd: str) -> str:
    with pytest.raises(SystemExit):
        main([*cmd, "--help"])
    return capsys.readouterr().out


def test_help_is_plain_and_complete(capsys) -> None:
    read = help_of(capsys, "read")
    assert "``" not in read and "warta read:" in read
    assert "entities, places, dates" in read  # --layers lists its values
    assert "(default: json)" in read  # an option without help still shows its default
    search = help_of(capsys, "search")
    assert "ekonomi dan keuangan" in search  # --theme lists its values
    for name, cmd in build_parser()._subparsers._group_actions[0].choices.items():
        assert "``" not in cmd.format_help(), name


def test_text_view_numbers_tone_and_legends(capsys) -> None:
    from warta import read
    from warta.cli.show import render

    art = read("Jakarta - Pemerintah menyiapkan anggaran Rp 2,5 miliar, kata Menteri Keuangan Sri Mulyani, Senin.")
    out = render(art)
    assert "2,500,000,000" in out and "e+09" not in out
    assert "Tone  tone" not in out and "% of words" in out
    assert "~ other forms" in out
