"""``read``: raw record → cleaned document → annotators add layers → Article.

Each layer is a plain function ``annotate(article) -> None`` in its own package; it reads
the layers before it and adds its own. The order below is the data flow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import Any

from warta.document import Article
from warta.document.input import to_article

# (layer name, module path): each module has ``annotate(article)``.
LAYERS: list[tuple[str, str]] = [
    ("clean", "warta.cleaning"),
    ("segment", "warta.segmentation"),
    ("language", "warta.language"),
    ("entities", "warta.entities"),
    ("places", "warta.places"),
    ("dates", "warta.dates"),
    ("amounts", "warta.amounts"),
    ("quotes", "warta.quotes"),
    ("events", "warta.events"),
    ("summary", "warta.summary"),
    ("tone", "warta.tone"),
    ("themes", "warta.themes"),
]
CORE_LAYERS = ("clean", "segment", "language")

_loaded: dict[str, Callable[[Article], None]] = {}


def _annotator(name: str) -> Callable[[Article], None]:
    fn = _loaded.get(name)
    if fn is None:
        fn = import_module(dict(LAYERS)[name]).annotate
        _loaded[name] = fn
    return fn


def read(
    x: str | dict[str, Any],
    *,
    layers: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    options: dict[str, Any] | None = None,
) -> Article:
    """Read raw text or an input record into an :class:`Article` with every layer filled.

    ``layers`` picks layers by name (the core layers always run); ``exclude`` drops some.
    ``options`` are passed to layers through ``article.meta["options"]`` (e.g.
    ``{"summary_sentences": 3}``). Raises :class:`warta.errors.InputError` on input that
    cannot be read (empty, binary, not a record).
    """
    article = to_article(x)
    if options:
        article.meta["options"] = dict(options)
    wanted = set(layers) | set(CORE_LAYERS) if layers is not None else {n for n, _ in LAYERS}
    wanted -= set(exclude) - set(CORE_LAYERS)
    for name, _ in LAYERS:
        if name in wanted:
            _annotator(name)(article)
    article.meta.pop("options", None)
    return article
