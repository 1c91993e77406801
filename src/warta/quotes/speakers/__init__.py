"""Who said it: the speaker noun phrase mapped to an entity, and pronouns, ``-nya`` clitics and
quotes with no attribution of their own resolved to the person meant.

A named speaker becomes the canonical entity (``Speaker.entity`` points into
``article.entities``) when the entities layer has one covering the phrase or sharing its name;
otherwise the name as written, without titles. An unnamed speaker is the shortest noun phrase
(``warga``, ``pejabat Amerika Serikat``). Pronouns go to the most recent salient speaker or
sentence subject before the quote, across paragraph boundaries.

Where each job lives: :mod:`.attribute` gives every quote its speaker (:func:`resolve`); the
:class:`~.resolver.Resolver` reads the article once and mixes in the steps of each job —
:mod:`.entity_lookup` (which entity a name or span is), :mod:`.subjects` (the subjects of the
story's clauses), :mod:`.phrases` (the speaker a noun phrase names), :mod:`.org_or_person` (a body
or the person working there), :mod:`.groups` (`mereka`), :mod:`.epithets` (`sumber itu`, `sang
menteri`), :mod:`.salience` and :mod:`.ranking` (a pronoun's referent, by rule and by the learned
ranker), :mod:`.pronouns` (whom a pronoun may not mean); :mod:`.no_source` holds the guards that
say a subject names no source, :mod:`.sources` the statement nouns before a source, and
:mod:`.words` the lists and reaches.
"""

from warta.quotes.speakers.attribute import resolve
from warta.quotes.speakers.resolver import Resolver
from warta.quotes.speakers.words import LOOKBACK_CHARS, MAX_MENTION_CHARS

__all__ = ["LOOKBACK_CHARS", "MAX_MENTION_CHARS", "Resolver", "resolve"]
