"""Parties carried across a story or a sentence after its events are read: a protest's or an aid
programme's one named recipient to its other acts; the act of a clause hung on the one praised credited
to them; a sentence's written subject shared by its act with none, and a passive joined by `dan` done to
the one the act before was done to."""

from __future__ import annotations

from warta.document import Article, Event, Speaker
from warta.events import objects
from warta.events.parties.state import _same


def credit_the_praised(evs: list[Event], norm: str) -> None:
    """`Prabowo berterima kasih kepada jajaran Kejagung (yang) telah bekerja keras mengusut kasus
    …`, `berterima kasih kepada sang senior karena selalu mendukungnya`, `gugatan terhadap Marissa
    Mayer atas tuduhan pemaksaan …`: an act told in a clause hung on the one praised or criticised
    is that one's, not the praiser's (the clause's subject is its head); a `-nya` on it is the
    praiser. Only where a few words join them, opened by `yang`, `telah`, `karena` or `atas`."""
    P = objects.words()
    for a in evs:
        r = a.recipient
        if a.type not in P["credit_types"] or r is None or r.start is None or r.end is None or a.actor is None:
            continue
        for b in evs:
            own = b.actor is not None and b.actor.start is not None and b.actor.start >= r.end
            if b is a or b.trigger_start < r.end or own:
                continue  # (`karena warga telah membantu`: a subject of its own)
            gap = norm[r.end : b.trigger_start]
            ws = gap.lower().split()
            if not ws or ws[0] not in P["credit_links"] or len(ws) > 4 or any(c in gap for c in ',.;:"“”'):
                continue
            b.actor = Speaker(r.name, r.entity, None, None)
            if b.trigger.lower().endswith("nya"):
                b.recipient = Speaker(a.actor.name, a.actor.entity, None, None)  # `mendukungnya`: the praiser


def carry_protest_target(article: Article, evs: list[Event]) -> None:
    """A story tells one protest in many sentences (`Massa menutup jalan`, `Mereka membakar ban`)
    and names whom it is addressed to in one or two of them (`di depan Mapolrestabes X`, `menuntut
    pemerintahan Y dievaluasi`). GUIDELINES: a recipient is who is addressed, and an act told again
    is coded again, so every sentence of the protest with no one named takes the story's target,
    those told before it was named too. Only where the story's protests name one target, a named
    person, body or country (`turun ke jalanan ibu kota Lima` names a place, no one addressed): two
    targets are two protests, and which sentence belongs to which is not written."""
    _carry_story_target(article, evs, "PROTEST")


def carry_aid_recipient(article: Article, evs: list[Event]) -> None:
    """A story of one aid programme names who receives it once or twice (`BSU diberikan kepada
    pekerja …`) and tells its steps again without them (`pemerintah memberikan BSU selama dua bulan`,
    `Penyaluran dilakukan melalui …`): each aid with no one named takes the story's one recipient."""
    _carry_story_target(article, evs, "AID", phrase=True)


def _carry_story_target(article: Article, evs: list[Event], typ: str, phrase: bool = False) -> None:
    """Every act of ``typ`` with no recipient takes the one recipient the story's acts of that type
    name: a party entity, or (``phrase``) a people phrase; none where two are named."""
    acts = [e for e in evs if e.type == typ]
    named = [e.recipient for e in acts if e.recipient is not None]
    if not named or any(not _same(named[0], r) for r in named[1:]):
        return
    target = named[0]
    if target.entity is None and not phrase:
        return
    if target.entity is not None and not objects.is_party(article, target.entity):
        return
    for e in acts:
        if e.recipient is None and not _same(e.actor, target):
            e.recipient = Speaker(target.name, target.entity, None, None)


def _share_actor(evs: list[Event]) -> None:
    """`Selain mengamankan para pelaku, petugas juga menyita …`: an act with no subject of its
    own in a sentence whose other act has a written one shares it."""
    named = [e.actor for e in evs if e.actor is not None and e.actor.start is not None and e.voice == "act"]
    if not named:
        return
    for e in evs:
        same = e.recipient is not None and (
            (named[0].entity is not None and named[0].entity == e.recipient.entity) or named[0].name == e.recipient.name
        )
        if e.actor is None and e.voice == "act" and not same:  # not the one it is done to
            e.actor = Speaker(named[0].name, named[0].entity, None, None)


def _share_subject(evs: list[Event], norm: str) -> None:
    """`Khariq Anhar jadi tersangka dan ditahan Polda Metro Jaya`: a passive joined by `dan` to
    an act done to the subject is done to the same one."""
    for prev, e in zip(evs, evs[1:], strict=False):
        before = norm[prev.trigger_end : e.trigger_start].split()
        joined = before and before[0].lower() in ("dan", "serta") and len(before) <= 3
        if joined and e.voice == "pass" and prev.voice in ("pass", "stat") and prev.recipient is not None:
            e.recipient = Speaker(prev.recipient.name, prev.recipient.entity, None, None)
