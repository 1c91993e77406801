"""Speaker ranking: which earlier person or body a pronoun, a ``-nya`` clitic or an unattributed
quote points to, scored by a small conditional-logit model over the candidates before it.

The hand rules in :mod:`.speakers` stay where they are certain (a name in the attribution, the
second half of a split quote); where they guess — the referent of ``ia``/``-nya``/``beliau``/
``wanita itu`` — every candidate is described by the features below and the highest score wins.
The rules' own guess is one feature, so the model learns when to overrule it. Weights are fitted
by ``scripts/train_speaker_ranker.py`` on the annotated quotes of the development sets and
shipped in ``data/speaker_ranker.json`` (a few hundred bytes; no randomness at run time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from warta import ranking

FEATURES = (
    "rule_pick",  # the hand rules' choice
    "person",  # a PER entity, or a named speaker read as a person
    "org",  # an ORG entity or a body
    "kind_mismatch",  # `ia` (a person) pointing to a body, `badan itu` to a person
    "subject",  # subject of a clause (followed by a verb) in the window
    "agent",  # brought in as the agent of a passive (`disampaikan Kepala Dinas X Budi`)
    "quoted",  # speaker of an earlier quote in the window
    "last_quoted",  # speaker of the latest quote before the pronoun
    "last_direct",  # speaker of the latest direct quote before the pronoun
    "latest_event",  # the latest subject/speaker before the pronoun
    "event_rank",  # log(1 + recency rank among subjects and speakers)
    "mention_rank",  # log(1 + recency rank among named candidates)
    "para_dist",  # log(1 + paragraphs between its latest mention and the pronoun)
    "same_para",
    "same_sentence",  # named earlier in the sentence that holds the pronoun
    "object",  # its latest mention is the object of an active verb
    "oblique",  # its latest mention follows a preposition (`dengan Trump`, `kepada X`)
    "in_quote",  # its latest mention is inside quotation marks
    "mentions",  # log(1 + mentions so far)
    "first_para",  # named in the first paragraph of the story
    "has_role",  # the article gives it a role or title
    "named_inside",  # named inside the quote itself
    "spoken_person",  # words in quotation marks, and a person
    "sent_dist",  # log(1 + sentences between its latest mention and the pronoun)
    "prev_subject",  # subject (not a quoted speaker) of the sentence just before the pronoun's
    "last_quoted_org",  # the latest quoted speaker, and a body rather than a person
    "possessor",  # its latest mention follows a relation noun (`Anak X`, `istri X`)
    "apposition",  # its latest mention is set off by commas after a description (`…, Budi, …`)
    "direct_last_direct",  # words in quotation marks, and the speaker of the latest direct quote
)


@dataclass(slots=True)
class Cand:
    """One candidate referent and its feature values (by name, 0 when absent)."""

    key: object
    name: str
    entity: int | None
    f: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [float(self.f.get(n, 0.0)) for n in FEATURES]


@dataclass(frozen=True, slots=True)
class Model:
    weights: tuple[float, ...]

    def score(self, c: Cand) -> float:
        return ranking.dot(self.weights, c.vector())

    def best(self, cands: list[Cand]) -> Cand | None:
        """The highest-scoring candidate; ties go to the earlier one (the list is in recency order)."""
        return ranking.best(cands, self.score)


@cache
def model() -> Model | None:
    """The shipped model, or None when the file is missing or was written for other features."""
    data = ranking.load("warta.quotes", "speaker_ranker.json", FEATURES)
    if data is None:
        return None
    return Model(tuple(float(w) for w in data["weights"]))
