"""Package data files, read through ``importlib.resources``.

Why: Warta must run from a wheel or a zip (``spark-submit --py-files``), where a path built from the module file
points inside an archive and ``open()`` fails. Every data/model file goes through :func:`data`.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
from importlib import resources
from importlib.resources.abc import Traversable


def data(package: str, *parts: str) -> Traversable:
    """The shipped file or folder ``parts`` inside ``package`` (a real path when installed, else a zip entry)."""
    node = resources.files(package)
    for part in parts:
        node = node / part
    return node


def open_text(node: Traversable) -> io.TextIOBase:
    """A UTF-8 text stream over a shipped file, gunzipped when its name ends in ``.gz``."""
    if node.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.GzipFile(fileobj=node.open("rb")), encoding="utf-8")
    return node.open("r", encoding="utf-8")


@functools.cache
def word_set(package: str, name: str, lower: bool = False) -> frozenset[str]:
    """The words of a shipped list ``<package>/data/<name>``: its non-blank lines not opening with
    ``#``, stripped (lower-cased when ``lower``). Read once per process: the lists sit on hot paths."""
    with open_text(data(package, "data", name)) as f:
        lines = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    return frozenset(ln.lower() for ln in lines) if lower else frozenset(lines)


@functools.cache
def word_lists(package: str, name: str) -> dict[str, frozenset[str]]:
    """The closed word lists of a shipped JSON file ``<package>/data/<name>``: every key whose value
    is a list (the others are notes on them). Read once per process."""
    with open_text(data(package, "data", name)) as f:
        raw = json.load(f)
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
