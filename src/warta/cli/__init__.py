"""The ``warta`` command. Each subcommand lives in its own module with
``register(subparsers)``; the modules named in :data:`COMMANDS` are loaded in order."""

from __future__ import annotations

import argparse
import re
import sys
from importlib import import_module
from typing import Any

from warta import __version__
from warta.errors import UsageError

COMMANDS = [
    "read",
    "quotes",
    "events",
    "eval",
    "ingest",
    "search",
    "entity",
    "stories",
    "stats",
    "export",
    "serve",
    "spark",
]


class _Formatter(argparse.HelpFormatter):
    """Help as plain text: docstring markup (````x````) dropped, each option's default shown."""

    def _format_text(self, text: str) -> str:
        return super()._format_text(text.replace("``", ""))

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (
            action.option_strings
            and default not in (None, False, "", [], argparse.SUPPRESS)
            and "%(default)" not in text
            and "default" not in text
        ):
            text += " (default: %(default)s)"
        return text


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        if kwargs.get("formatter_class") in (None, argparse.HelpFormatter):
            kwargs["formatter_class"] = _Formatter
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # exit 2 with a one-line reason, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"warta: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="warta", description="Read Indonesian online news into structured records.")
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = import_module(f"warta.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"warta.cli.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    for cmd in sub.choices.values():  # an option without help still says what it takes
        for action in cmd._actions:
            if action.help is None and action.option_strings:
                action.help = "one of %(choices)s" if action.choices else " "
    return parser


# C0 controls (but tab and newline), DEL and C1 controls: on a terminal they are commands (ESC ]0;
# sets the title, ESC ]52; writes the clipboard, ESC [2J clears the screen), so untrusted text
# shows them as symbols instead: ␛ for ESC (U+2400 + code), ␡ for DEL, U+FFFD for C1
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421}
_CONTROLS |= dict.fromkeys(range(0x80, 0xA0), 0xFFFD)


# the styles Warta itself draws with (bold matches, coloured labels): plain SGR, which sets
# colours and weight only, so they are let through, and nothing else is
_OWN_STYLE = re.compile(r"(\x1b\[(?:[0-9]{1,2}(?:;[0-9]{1,2})?)m)")


class _Inert:
    """A terminal stream that writes control characters as visible symbols (see _CONTROLS)."""

    def __init__(self, stream: Any, keep: str = "") -> None:
        self._stream = stream
        self._table = {k: v for k, v in _CONTROLS.items() if chr(k) not in keep}

    def write(self, s: str) -> int:
        if "\x1b" not in s:
            return self._stream.write(s.translate(self._table))
        parts = _OWN_STYLE.split(s)  # text, style, text, style, … text
        return self._stream.write("".join(p if i % 2 else p.translate(self._table) for i, p in enumerate(parts)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _inert_terminals() -> tuple[Any, Any]:
    """Untrusted text (titles, names, quotes, ids, reasons) never drives the terminal; a file
    or a pipe gets the output as it is. Returns the streams to put back."""
    saved = sys.stdout, sys.stderr
    for name, keep in (("stdout", ""), ("stderr", "\r")):  # \r: the progress bar redraws its line
        stream = getattr(sys, name)
        try:
            tty = stream.isatty() and not isinstance(stream, _Inert)
        except (AttributeError, ValueError):
            tty = False
        if tty:
            setattr(sys, name, _Inert(stream, keep))
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    saved = _inert_terminals()
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = saved


def _run(args: argparse.Namespace) -> int:
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a full disk shows here, while we can still say so
        return code
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except UsageError as e:  # a bad query or option found past argparse
        print(f"warta: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `warta … | head`: the reader has gone; not an error
        _silence_stdout()
        return 0
    except OSError as e:
        if e.filename is not None:
            raise  # a file the command opened itself: its own handler should have said so
        _silence_stdout()
        print(f"warta: cannot write the output: {e.strerror or e}", file=sys.stderr)
        return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail a second time."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
