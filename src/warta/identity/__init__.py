"""One identity per person, organisation and place across a corpus.

Within one article the entities layer already joins ``Prabowo`` to ``Prabowo Subianto`` and ``BI`` to
``Bank Indonesia``. Across articles an article that only says ``Prabowo`` or ``BI`` gets an entity of that
short name; this package joins such a short-name entity to the full-name entity when the corpus's own
articles say so, and only then. Every link records its reason; :func:`unlink` undoes one (and keeps it
undone), and a link whose evidence later turns ambiguous is dropped (its row says why). Links live in
``entity_links``; names are folded by :func:`warta.corpus.store.normalize_name`.

Where each concern lives (README.md in this folder says more):

- :mod:`~warta.identity.links`: counting an article's short forms as evidence and relinking the forms it
  touches (:func:`record_aliases`, :func:`relink`, :func:`relink_all`, :func:`count_stored`), and deciding every
  name again on the whole corpus once an ingest is written (:func:`begin_ingest`, :func:`settle`, :func:`settle_ingest`);
- :mod:`~warta.identity.evidence`: whether the articles' evidence is enough (:func:`enough`,
  :data:`DOMINANCE`, :func:`candidates`);
- :mod:`~warta.identity.name_words`: a name's kind words and core (:func:`core`, :func:`generic_bare`);
- :mod:`~warta.identity.stored`: lookups of the stored names;
- :mod:`~warta.identity.merges`: the links themselves and the hand on them (:func:`root`, :func:`members`,
  :func:`links`, :func:`link`, :func:`unlink`, :func:`find`);
- the rules, one concern each: :mod:`~warta.identity.acronyms`, :mod:`~warta.identity.persons`,
  :mod:`~warta.identity.spelt_otherwise`, :mod:`~warta.identity.regions`, :mod:`~warta.identity.venues`,
  :mod:`~warta.identity.official_names`, :mod:`~warta.identity.national_names`, :mod:`~warta.identity.clipped_names`,
  :mod:`~warta.identity.bare_names`, :mod:`~warta.identity.read_in`, :mod:`~warta.identity.kind_tails`,
  :mod:`~warta.identity.part_names`;
- :mod:`~warta.identity.forms`: how the rules decide a written form that is no stored entity;
- :mod:`~warta.identity.report`: what the CLI and the search show (:func:`close_matches`,
  :func:`roles_over_time`, :func:`tone_toward`, :func:`resolve_choice`, :func:`theme_choices`);
- helpers of the rules: :mod:`~warta.identity.names`, :mod:`~warta.identity.spelling`,
  :mod:`~warta.identity.context`, :mod:`~warta.identity.usage`.

The public names below are re-exported here, so ``from warta.identity import root`` keeps working.
"""

from __future__ import annotations

from warta.identity.acronyms import known_otherwise
from warta.identity.evidence import DOMINANCE, GIVEN_NAME_ARTICLES, MIN_ARTICLES, STRONG_CONTEXT, candidates, enough
from warta.identity.links import begin_ingest, count_stored, record_aliases, relink, relink_all, settle, settle_ingest
from warta.identity.merges import find, link, links, members, root, unlink
from warta.identity.name_words import core, generic_bare
from warta.identity.report import close_matches, resolve_choice, roles_over_time, suggest, theme_choices, tone_toward

__all__ = [
    "DOMINANCE",
    "GIVEN_NAME_ARTICLES",
    "MIN_ARTICLES",
    "STRONG_CONTEXT",
    "begin_ingest",
    "candidates",
    "close_matches",
    "core",
    "count_stored",
    "enough",
    "find",
    "generic_bare",
    "known_otherwise",
    "link",
    "links",
    "members",
    "record_aliases",
    "relink",
    "relink_all",
    "resolve_choice",
    "roles_over_time",
    "root",
    "settle",
    "settle_ingest",
    "suggest",
    "theme_choices",
    "tone_toward",
    "unlink",
]
