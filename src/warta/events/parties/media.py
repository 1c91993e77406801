"""The medium a statement was taken from or told to (`Melansir E! News`, `kepada AFP`, the outlet's
own desks) is no party of the act reported; and a medium named as the actor (`_medium`, which detection
asks) reports acts, it does not do them."""

from __future__ import annotations

import re
from functools import cache

from warta.document import Event, Speaker
from warta.events.parties.state import PartyState
from warta.quotes.lexicon import lexicon as quote_lexicon

_VIA_BEFORE = re.compile(
    r"(?i)(?:dilansir|melansir|dikutip|mengutip|seperti dilaporkan|seperti diberitakan)(?:\s*dari)?\s*(?:[^\s,.]+\s+)?$"
)  # `Melansir E! News`, `DilansirdetikTravel`: the medium a statement was taken from
_TOLD_BEFORE = re.compile(r"(?i)kepada\s*$")  # `mengatakan kepada AFP`: the medium a statement was told to
_DETIK_DESK = re.compile(r"detik[A-Z]\w*|detikcom")  # the outlet's own desks (`detikSulsel`, `detikTravel`)


@cache
def _known_media() -> frozenset[str]:
    """The outlets and foreign media the cleaning and quotes layers know (lower case)."""
    from warta.cleaning.dateline import outlet_names

    return frozenset(n.lower() for n in outlet_names() | quote_lexicon().foreign_media)


class Media(PartyState):
    """The media of the article, which are no party (see the module)."""

    def _article_media(self) -> frozenset[str]:
        """The media of this article (lower case): the known outlets, the quotes' `via`, the outlet's
        desks (`detikSulsel`) and any name written right after `dilansir`/`melansir`/`dikutip`."""
        if self._media is None:
            names = set(_known_media()) | {q.via.lower() for q in self.a.quotes if q.via}
            for ent in self.a.entities:
                if ent.label != "ORG":
                    continue
                for m in ent.mentions:
                    before = self.norm[max(0, m.start - 30) : m.start]
                    if _VIA_BEFORE.search(before) is not None or _DETIK_DESK.fullmatch(m.text):
                        names.add(ent.canonical.lower())
                        break
            self._media = frozenset(names)
        return self._media

    def _attribution_medium(self, sp: Speaker | None) -> bool:
        """Is a party the medium a statement was taken from or told to (`Melansir E! News, …`,
        `mengatakan kepada AFP bahwa …`, `…, The Guardian melaporkan`, a `mereka` resolved to
        `detikTravel`)? A medium reports an
        act; it is neither its doer nor the one it is done to. A medium named as the object of an
        act stays (`mengkritik surat kabar The New York Times`)."""
        if sp is None or sp.name.lower() not in self._article_media():
            return False
        if sp.start is None or sp.end is None:
            return True
        at = self.norm.lower().find(sp.name.lower(), sp.start, sp.end)  # (the phrase `Melansir BBC`)
        at = sp.start if at == -1 else at
        before = self.norm[max(0, at - 30) : at]
        nxt = self.norm[sp.end : sp.end + 30].split()
        reports = bool(nxt) and quote_lexicon().cue(nxt[0].strip(",.")) is not None  # `, The Guardian melaporkan`
        return _VIA_BEFORE.search(before) is not None or _TOLD_BEFORE.search(before) is not None or reports

    def drop_media(self, ev: Event) -> None:
        """After the party chooser: no medium of an attribution stays a party (see above); an act the
        rules gave a medium as actor was dropped before (`…, The Guardian melaporkan`: no complaint)."""
        ev.actor = None if self._attribution_medium(ev.actor) else ev.actor
        ev.recipient = None if self._attribution_medium(ev.recipient) else ev.recipient


def _medium(sp: Speaker | None) -> bool:
    """Is a party a news medium (`Reuters`, `The Guardian`, `detikcom`)? It reports acts; it does
    not do them."""
    if sp is None:
        return False
    return sp.name.lower() in _media()


@cache
def _media() -> frozenset[str]:
    """The known media (lower case) and the generic `kantor berita` (a news agency)."""
    return _known_media() | {"kantor berita"}
