"""Errors that say, in one line, why an input could not be read."""


class WartaError(Exception):
    """Base class for Warta's own errors."""


class InputError(WartaError, ValueError):
    """The input is not an article Warta can read (empty, binary, malformed record…)."""
