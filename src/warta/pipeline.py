"""``read``: raw record → cleaned document → annotators add layers → Article.

Each layer is a plain function ``annotate(article) -> None`` in its own package; it reads
the layers before it and adds its own. The order below is the data flow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from importlib import import_module
from typing import Any

from warta.document import Article
from warta.document.input import to_article
from warta.errors import UsageError

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


def check_layers(names: Iterable[str]) -> list[str]:
    """The layer names as given, once each is known; raises :class:`UsageError` naming the bad one."""
    known = [n for n, _ in LAYERS]
    out = list(names)
    for n in out:
        if n not in known:
            import difflib

            near = difflib.get_close_matches(n, known, n=1, cutoff=0.6)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            raise UsageError(f"unknown layer {n!r}{hint}; layers: {', '.join(known)}")
    return out


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
    layers = check_layers(layers) if layers is not None else None
    exclude = check_layers(exclude)
    article = to_article(x)
    if options:
        article.meta["options"] = dict(options)
    wanted = set(layers) | set(CORE_LAYERS) if layers is not None else {n for n, _ in LAYERS}
    wanted -= set(exclude) - set(CORE_LAYERS)
    for name, _ in LAYERS:
        if name in CORE_LAYERS and name in wanted:
            _annotator(name)(article)
    view = _analysed_part(article)
    for name, _ in LAYERS:
        if name not in CORE_LAYERS and name in wanted:
            _annotator(name)(view)
    if view is not article:
        for f in fields(Article):
            if f.name not in _WHOLE_TEXT_FIELDS:
                setattr(article, f.name, getattr(view, f.name))
        article.warnings.append(
            f"text is {len(article.text):,} characters long: only the first {len(view.text):,} were read "
            "past segmentation (entities, quotes, dates, summary…)"
        )
    article.meta.pop("options", None)
    return article


# Cleaning, segmentation and language cover the whole text; the later layers read at most this
# much of it. A news article is a few thousand characters; past this a "record" is a dump, and
# reading it all would cost minutes. The cut falls at a sentence end, so every span stays whole.
MAX_ANALYSED_CHARS = 1_000_000
_WHOLE_TEXT_FIELDS = {"text", "norm", "lines", "paragraphs", "headings", "tokens", "sentences", "dateline", "language"}


def _analysed_part(article: Article) -> Article:
    """``article`` itself, or, when it is longer than :data:`MAX_ANALYSED_CHARS`, a view of its
    beginning (same offsets: a prefix) that the later layers read; see :func:`read`."""
    if len(article.text) <= MAX_ANALYSED_CHARS:
        return article
    ends = [s.end for s in article.sentences if s.end <= MAX_ANALYSED_CHARS]
    cut = ends[-1] if ends else MAX_ANALYSED_CHARS

    def clip(spans: list[Any]) -> list[Any]:
        return [replace(x, end=min(x.end, cut)) for x in spans if x.start < cut]

    return replace(
        article,
        text=article.text[:cut],
        norm=article.norm[:cut],
        lines=clip(article.lines),
        paragraphs=clip(article.paragraphs),
        headings=clip(article.headings),
        tokens=[t for t in article.tokens if t.end <= cut],
        sentences=[s for s in article.sentences if s.end <= cut],
        warnings=list(article.warnings),
    )
