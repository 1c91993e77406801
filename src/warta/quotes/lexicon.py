"""Word lists of the quotes layer, read once from ``warta/quotes/data``.

Every Indonesian word the layer reacts to lives in a data file, so that a rule is changed by
editing a list, not code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import regex as re

LOWERCASE_MEDIA = ("detik", "kumparan", "tirto", "katadata", "idn")  # outlets that write their names in lower case


def _lines(name: str) -> list[str]:
    text = resources.files("warta.quotes").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _grammar() -> dict:
    import json

    return json.loads(resources.files("warta.quotes").joinpath("data", "grammar.json").read_text(encoding="utf-8"))


def wordset(name: str) -> frozenset[str]:
    """A named word list of ``data/grammar.json`` (predicates, stop words, adverbs …)."""
    return frozenset(_grammar()[name]["words"])


@dataclass(frozen=True, slots=True)
class Cue:
    form: str
    lemma: str
    uses: frozenset[str]


@dataclass(slots=True)
class Lexicon:
    cues: dict[str, Cue] = field(default_factory=dict)
    according: frozenset[str] = frozenset()
    via: list[tuple[str, str]] = field(default_factory=list)
    pronouns: dict[str, str] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    connectives: list[str] = field(default_factory=list)
    topics: frozenset[str] = frozenset()
    weak_topics: frozenset[str] = frozenset()
    title_markers: frozenset[str] = frozenset()
    not_speakers: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()  # words that end names of bodies and places
    role_short: dict[str, str] = field(default_factory=dict)  # `menkes` → `menteri kesehatan`
    via_re: re.Pattern[str] | None = None
    foreign_media: frozenset[str] = frozenset()
    via_only_re: re.Pattern[str] | None = None  # markers that name a medium but not a source
    connective_re: re.Pattern[str] | None = None
    quick_forms: frozenset[str] = frozenset()  # a quick test: may a sentence hold a cue at all?

    def cue(self, word: str) -> Cue | None:
        """The cue for a word as written, allowing a ``-nya`` clitic on post forms."""
        w = word.lower()
        c = self.cues.get(w)
        if c is not None:
            return c
        if w.endswith("nya"):
            c = self.cues.get(w[:-3])
            if c is not None and "post" in c.uses:
                return c
        return None


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    cues: dict[str, Cue] = {}
    for ln in _lines("cues.tsv"):
        form, lemma, uses = ln.split("\t")
        old = cues.get(form)
        u = frozenset(uses.split(","))
        cues[form] = Cue(form, lemma, u | (old.uses if old else frozenset()))
    lex.cues = cues
    lex.according = frozenset(_lines("according.txt"))
    lex.via = [tuple(ln.split("\t")) for ln in _lines("via.tsv")]  # type: ignore[misc]
    lex.foreign_media = frozenset(_lines("foreign_media.txt"))
    lex.pronouns = dict(ln.split("\t") for ln in _lines("pronouns.tsv"))  # type: ignore[misc]
    lex.titles = frozenset(_lines("titles.txt"))
    lex.speaker_nouns = frozenset(_lines("speaker_nouns.txt"))
    lex.connectives = sorted(_lines("connectives.txt"), key=len, reverse=True)
    lex.topics = frozenset(_lines("topics.txt"))
    lex.weak_topics = frozenset(_lines("topics_weak.txt"))
    lex.title_markers = frozenset(_lines("title_markers.txt"))
    lex.not_speakers = frozenset(_lines("not_speakers.txt"))
    lex.role_words = frozenset(_lines("role_words.txt"))
    lex.org_words = frozenset(_lines("org_words.txt"))
    lex.role_short = dict(ln.split("\t") for ln in _lines("role_abbreviations.tsv"))  # type: ignore[misc]
    lex.titles |= frozenset(k for k in lex.role_short if "-" not in k and " " not in k)  # a short title is a title
    markers = sorted((m for m, _ in lex.via), key=len, reverse=True)
    # the medium may be glued to the marker when a link lost its spaces (`daridetikFinance`,
    # `dilansirdetikFinance`, `dikutipAntara`): after `dari`, or where a capital or an outlet
    # written in lower case starts
    glued = r"(?-i:(?=[A-Z]))|(?=" + "|".join(LOWERCASE_MEDIA) + r")"
    lex.via_re = re.compile(
        r"(?<![\w])("
        + "|".join(m.replace(" ", r"\s+") for m in markers)
        + r")(?:(?<=dari)\s*|\s+|"
        + glued
        + r")(?=\S)",
        re.IGNORECASE,
    )
    only = [m for m, c in lex.via if c == "-"]
    lex.via_only_re = re.compile(
        r"(?:" + "|".join(m.replace(" ", r"\s+") for m in only) + r")\b" if only else r"(?!x)x", re.IGNORECASE
    )
    # an entry ending in a comma (`keenam,`) is a connective only with its comma: `Keenam, massa
    # meminta …` opens the sixth item, `Kedua negara …` is `both countries`
    lex.connective_re = re.compile(
        r"(?:(?:"
        + "|".join(re.escape(c).replace(r"\ ", r"\s+") + ("" if c.endswith(",") else r"\b") for c in lex.connectives)
        + r")[\s,]*)+",
        re.IGNORECASE,
    )
    lex.quick_forms = frozenset(
        set(cues)
        | set(lex.according)
        | {"menurut"}
        | wordset("account_markers")
        | {m.split()[0] for m, c in lex.via if c != "-"}
    )
    return lex
