"""The ``warta`` command. Each subcommand lives in its own module with
``register(subparsers)``; the modules named in :data:`COMMANDS` are loaded in order."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from warta import __version__

COMMANDS = ["read", "quotes", "eval", "ingest", "search", "entity", "stories", "stats", "export", "serve"]


class _Parser(argparse.ArgumentParser):
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
