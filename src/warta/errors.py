"""Errors that say, in one line, why an input could not be read."""


class WartaError(Exception):
    """Base class for Warta's own errors."""


class InputError(WartaError, ValueError):
    """The input is not an article Warta can read (empty, binary, malformed record…)."""


class UsageError(WartaError, ValueError):
    """The call is wrong (an unknown layer name, an option out of range), whatever the input."""


class QueryError(UsageError):
    """A search query beyond the bounds that keep its cost small (too long, too many words)."""
