"""Turn an :class:`Article` into the JSON record (see ``warta/data/record.schema.json``)."""

from __future__ import annotations

from typing import Any

from warta import __version__
from warta.document.model import Article, DateMention, Event, Speaker


def _span(article: Article, start: int, end: int, **extra: Any) -> dict[str, Any]:
    return {"text": article.norm_text(start, end), "start": start, "end": end, **extra}


def _date(a: Article, d: DateMention) -> dict[str, Any]:
    return _span(
        a,
        d.start,
        d.end,
        value=d.value,
        granularity=d.granularity,
        end_value=d.end_value,
        reference=d.reference,
        flags=d.flags,
    )


def _party(a: Article, sp: Speaker | None) -> dict[str, Any] | None:
    if sp is None:
        return None
    ent = a.entities[sp.entity] if sp.entity is not None and 0 <= sp.entity < len(a.entities) else None
    return {
        "name": ent.canonical if ent is not None else sp.name,
        "entity": sp.entity,
        "label": ent.label if ent is not None else None,
        "start": sp.start,
        "end": sp.end,
    }


def _event(a: Article, e: Event) -> dict[str, Any]:
    date = a.dates[e.date] if e.date is not None and 0 <= e.date < len(a.dates) else None
    place = a.entities[e.place] if e.place is not None and 0 <= e.place < len(a.entities) else None
    return {
        "type": e.type,
        "mode": e.mode,
        "mutual": e.mutual,
        "voice": e.voice,
        "trigger": e.trigger,
        "trigger_span": [e.trigger_start, e.trigger_end],
        "text": a.norm_text(e.start, e.end),
        "start": e.start,
        "end": e.end,
        "sentence": e.sentence,
        "actor": _party(a, e.actor),
        "recipient": _party(a, e.recipient),
        "date": e.date,
        "date_value": date.value if date is not None else None,
        "place": e.place,
        "place_name": place.canonical if place is not None else None,
        "quote": e.quote,
    }


def article_to_dict(a: Article) -> dict[str, Any]:
    """The record: plain JSON types only, every span with offsets into the original text."""
    return {
        "warta_version": __version__,
        "id": a.id,
        "title": a.title,
        "url": a.url,
        "published": a.published,
        "outlet": a.outlet,
        "meta": a.meta,
        "language": a.language,
        "dateline": (
            {"outlet": a.dateline.outlet, "place": a.dateline.place, "start": a.dateline.start, "end": a.dateline.end}
            if a.dateline
            else {"outlet": None, "place": None, "start": None, "end": None}
        ),
        "headings": [_span(a, h.start, h.end) for h in a.headings],
        "body": a.body,
        "paragraphs": [{"start": p.start, "end": p.end} for p in a.paragraphs],
        "sentences": [
            {"start": s.start, "end": s.end, "text": a.norm_text(s.start, s.end), "paragraph": s.paragraph}
            for s in a.sentences
        ],
        "token_count": len(a.tokens),
        "furniture": [_span(a, ln.start, ln.end, reason=ln.reason) for ln in a.lines if ln.kind == "furniture"],
        "entities": [
            {
                "canonical": e.canonical,
                "label": e.label,
                "role": e.role,
                "country": e.country,
                "geo": e.geo,
                "mentions": [_span(a, m.start, m.end) for m in e.mentions],
            }
            for e in a.entities
        ],
        "quotes": [
            {
                "kind": q.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker.name if q.speaker else None,
                "speaker_entity": q.speaker.entity if q.speaker else None,
                "speaker_span": (
                    [q.speaker.start, q.speaker.end] if q.speaker and q.speaker.start is not None else None
                ),
                "cue": q.cue,
                "cue_lemma": q.cue_lemma,
                "cue_span": [q.cue_start, q.cue_end] if q.cue_start is not None else None,
                "via": q.via,
                "attribution": list(q.attribution) if q.attribution else None,
            }
            for q in a.quotes
        ],
        "events": [_event(a, e) for e in a.events],
        "dates": [_date(a, d) for d in a.dates if d.granularity != "time"],
        "times": [_date(a, d) for d in a.dates if d.granularity == "time"],
        "amounts": [
            {
                "text": a.norm_text(m.start, m.end),
                "start": m.start,
                "end": m.end,
                "value": m.value,
                "kind": m.kind,
                "unit": m.unit,
                "currency": m.currency,
            }
            for m in a.amounts
        ],
        "summary": [
            {"start": a.sentences[i].start, "end": a.sentences[i].end, "text": a.sentence_text(i)} for i in a.summary
        ],
        "tone": a.tone,
        "themes": a.themes,
        "warnings": a.warnings,
    }
