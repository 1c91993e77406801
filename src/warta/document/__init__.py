"""The document model: an Article and the spans its layers hold."""

from warta.document.model import (
    PAD,
    Amount,
    Article,
    Dateline,
    DateMention,
    Entity,
    Event,
    Line,
    Mention,
    Quote,
    Sentence,
    Span,
    Speaker,
    Token,
)

__all__ = [
    "PAD",
    "Amount",
    "Article",
    "DateMention",
    "Dateline",
    "Entity",
    "Event",
    "Line",
    "Mention",
    "Quote",
    "Sentence",
    "Span",
    "Speaker",
    "Token",
]
