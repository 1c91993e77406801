"""Who acts and who is acted on: the actor and the recipient of a trigger, read by its voice
(active, passive, nominalisation …) and named as quote speakers are — the canonical entity when
there is one, else the shortest noun phrase; pronouns and the `kami`/`kita` of a quote resolved
to the person meant. The noun-phrase readers and the resolver are the quotes layer's.

One module a concern, so that where a rule is done can be found by its name:

- ``reader.py`` — :class:`Parties`, the entry point: the trigger's voice reader, then the checks every
  voice shares; the sentence's date and place;
- ``voices.py`` — one method a voice (act, pronoun passive, pass, recv, noun, stat, obl);
- ``state.py`` — the article, its lookups and what the readers remember from one event to the next;
- ``phrase.py`` — what a noun phrase names (its edges trimmed, the name in it, the entity it points to);
- ``subject.py`` — the sentence's subject (clause start, fronted, relative, apposed, conjoined subjects);
- ``agent.py`` — the doer after a passive or an act noun (`oleh`, `dari`, `serangan Israel`);
- ``recipient.py`` — the one acted on after the verb (`kepada`, `terhadap`, `dengan`, visits, aid, ties);
- ``pronouns.py`` — `ia`/`dia`, `mereka`, counted groups, `yang bersangkutan`, `kliennya`, `saya`/`kami`;
- ``cases.py`` — police, prosecution and court steps with no doer written, and an official's body;
- ``protests.py`` — protesters, their demands and the body a protest is held at;
- ``media.py`` — the medium a statement was taken from is no party;
- ``things.py`` — is a party someone, or a thing, a place, a country, goods;
- ``words.py`` — tests on plain words (numerals, quantifiers, time phrases, sentence adverbs);
- ``carried.py`` — a story's one protest target or aid recipient carried to its other acts, the act
  of a clause hung on the one praised, and a sentence's subject shared by its acts.
"""

from warta.events.parties.carried import carry_aid_recipient, carry_protest_target, credit_the_praised
from warta.events.parties.reader import Parties
from warta.events.parties.things import _topic_head, thing_named
from warta.events.parties.words import NUMERALS

__all__ = [
    "NUMERALS",
    "Parties",
    "_topic_head",
    "carry_aid_recipient",
    "carry_protest_target",
    "credit_the_praised",
    "thing_named",
]
