"""The resolver: the article's mentions, names and subject events read once, with the steps of each job
mixed in from the modules named after it."""

from __future__ import annotations

from warta.document import Article
from warta.quotes.mentions import checked_mentions, nicknames
from warta.quotes.speakers.entity_lookup import EntityLookup
from warta.quotes.speakers.epithets import Epithets
from warta.quotes.speakers.groups import Groups
from warta.quotes.speakers.org_or_person import OrgOrPerson
from warta.quotes.speakers.phrases import SpeakerPhrase
from warta.quotes.speakers.pronouns import PronounLimits
from warta.quotes.speakers.ranking import Ranking
from warta.quotes.speakers.salience import Salience
from warta.quotes.speakers.subjects import Event, SubjectTracking, _kept
from warta.quotes.speakers.words import LABEL_RANK
from warta.quotes.text import Layout


class Resolver(
    EntityLookup, SubjectTracking, SpeakerPhrase, OrgOrPerson, Groups, Epithets, Salience, Ranking, PronounLimits
):
    def __init__(
        self,
        article: Article,
        layout: Layout,
        quoted: list[tuple[int, int]] | None = None,
        reported: list[tuple[int, int]] | None = None,
    ):
        self.quoted = quoted or []
        # the content of indirect quotes: a subject in there is the reporter's words, not the story's
        self.reported = sorted(reported or [])
        self.reported_starts = [q[0] for q in self.reported]
        self.quoted_sorted = sorted(self.quoted)
        self.quoted_starts = [q[0] for q in self.quoted_sorted]
        self.a = article
        self.norm = article.norm
        self._initial_names: frozenset[str] | None = None
        self.layout = layout
        self.mentions: list[tuple[int, int, int]] = checked_mentions(article)
        # sorted starts, so that lookups by position are bisections, not scans of the article
        self.mention_starts = [ms for ms, _me, _i in self.mentions]
        self.same_as = nicknames(article, self.mentions)
        # `A dan B menyatakan …` as one speaker: quotes only (the events layer splits joint parties)
        self.joint_speakers = False
        # `kata Ketua KPU Sulsel` as the chairman, not the commission: quotes only (the events
        # layer codes the act as the body's)
        self.role_holders = False
        self.first_end: dict[int, int] = {}
        for _ms, me, i in self.mentions:
            self.first_end.setdefault(i, me)
        self.by_text: dict[str, int] = {}
        for i, e in sorted(enumerate(article.entities), key=lambda x: LABEL_RANK.get(x[1].label, 3), reverse=True):
            for t in [e.canonical] + [m.text for m in e.mentions]:
                self.by_text[t.lower()] = i
        self.events: list[Event] = []
        self.event_pos: list[int] = []
        self._names: dict[int, str] = {}
        self._others: frozenset[str] | None = None
        self._persons: tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]] | None = None
        # what governs a name at a position does not change while the article is read: the
        # ranker asks again for every pronoun, so the answers are kept
        # (shared with the next Resolver of the same text and sentences: the events layer's)
        sentences = tuple(layout.sentences)
        self._governors: dict[int, str | None] = _kept(self.norm, ("governors", sentences))
        self._obliques: dict[int, bool] = _kept(self.norm, ("obliques", sentences))
        self._subject_events()
