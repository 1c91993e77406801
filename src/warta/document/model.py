"""The Article: the original text plus layers of spans that annotators add.

Every span is a pair of character offsets into ``Article.text`` — the input exactly as it
was given — so any fact can be shown and checked against the source. Annotators match on
``Article.norm``, a copy of the text with odd spaces, curly quotes and mojibake folded
*without changing its length*, so an offset found in ``norm`` is an offset in ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A stretch of the original text; ``label`` says what kind of stretch it is."""

    start: int
    end: int
    label: str = ""

    def text_of(self, article: Article) -> str:
        return article.text[self.start : self.end]


@dataclass(slots=True)
class Token:
    """A word, number or punctuation mark. ``clitic`` is the end offset of the stem when a
    clitic (``-nya``, ``-lah``, ``-kah``, ``-pun``) is attached, so the text stays whole."""

    start: int
    end: int
    kind: str  # word | number | punct | url | email | symbol
    clitic: int | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    token_start: int  # index into Article.tokens
    token_end: int
    paragraph: int  # index into Article.paragraphs


@dataclass(slots=True)
class Line:
    """One raw line of the input and what the cleaner decided it is."""

    start: int
    end: int
    kind: str  # body | heading | furniture | blank | title
    reason: str = ""  # why a furniture line was removed


@dataclass(slots=True)
class Dateline:
    outlet: str | None
    place: str | None
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """One canonical person, organisation or place with all its mentions in the article."""

    canonical: str
    label: str  # PER | ORG | LOC
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    geo: dict[str, Any] | None = None  # filled by warta.places: lat, lon, province, geonames_id


@dataclass(slots=True)
class Speaker:
    name: str
    entity: int | None = None  # index into Article.entities, or None for a noun phrase
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Quote:
    kind: str  # direct | indirect
    start: int
    end: int
    text: str
    speaker: Speaker | None
    cue: str | None = None
    cue_lemma: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    via: str | None = None
    attribution: tuple[int, int] | None = None


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY | full ISO datetime for times
    granularity: str  # day | month | year | time
    end_value: str | None = None
    reference: str | None = None  # what a relative date was resolved against
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    kind: str  # money | percent | quantity
    unit: str | None = None
    currency: str | None = None


@dataclass(slots=True)
class Event:
    """Who did what to whom in one sentence (GUIDELINES.md `events`, PLOVER types + CRIME).

    ``actor``/``recipient`` are named like quote speakers (a :class:`Speaker`: the canonical
    entity with a pointer to it, or the shortest noun phrase, with its span). ``date`` points
    into ``Article.dates``, ``place`` into ``Article.entities`` (a LOC), ``quote`` into
    ``Article.quotes`` when the act is reported inside a quote."""

    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int  # index into Article.sentences
    start: int  # the sentence span
    end: int
    actor: Speaker | None = None
    recipient: Speaker | None = None
    mode: str | None = None
    mutual: bool = False
    voice: str = "act"  # act | pass | noun | recv | mut | stat | obl: how the act was written
    date: int | None = None
    place: int | None = None
    quote: int | None = None


@dataclass
class Article:
    """The document every layer reads and writes. Built by :func:`warta.read`."""

    text: str
    norm: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    language: dict[str, Any] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[Span] = field(default_factory=list)  # body paragraphs (headings excluded)
    headings: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)  # indices into sentences
    tone: dict[str, Any] = field(default_factory=dict)
    themes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # -- views ---------------------------------------------------------------
    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def norm_text(self, start: int, end: int) -> str:
        """The normalised text of a span, with padding joiners removed (for matching)."""
        return self.norm[start:end].replace(PAD, "")

    @property
    def body(self) -> str:
        """The story with furniture removed: headings and paragraphs in order, one per line."""
        parts = [(s.start, s.end) for s in self.paragraphs] + [(h.start, h.end) for h in self.headings]
        parts.sort()
        return "\n".join(self.norm_text(a, b) for a, b in parts)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.norm_text(s.start, s.end)

    def token_text(self, i: int) -> str:
        t = self.tokens[i]
        return self.norm[t.start : t.end]

    def to_dict(self) -> dict[str, Any]:
        from warta.document.record import article_to_dict

        return article_to_dict(self)


PAD = "\u2060"  # WORD JOINER: fills the room left when a mojibake sequence folds to one char
