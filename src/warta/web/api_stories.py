"""Endpoints over corpus events (who did what to whom) — and, as that issue lands, story clusters.

Each is a thin call into :mod:`warta.corpus` under ``request.app.state.access.corpus()`` (the
per-thread connection with its time budget), like the endpoints in :mod:`warta.web.api_corpus`.
The page renders a record's ``events`` (trigger spans highlighted) in the one-article view.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from warta.web.api_corpus import Day, _budgeted, access

router = APIRouter(tags=["cerita dan peristiwa"])


class EventPlace(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class StoredEvent(BaseModel):
    id: str = Field(description="article id # event index")
    type: str = Field(description="PLOVER type (or CRIME)")
    mode: str | None
    mutual: bool
    trigger: str | None
    actor: str | None
    actor_type: str | None
    recipient: str | None
    recipient_type: str | None
    date: str | None
    place: EventPlace | None
    sentence: str
    article: str
    url: str | None
    outlet: str | None
    published: str | None


class EventsResult(BaseModel):
    events: list[StoredEvent]


@router.get("/api/events", response_model=EventsResult, summary="Who did what to whom")
async def events(
    request: Request,
    type: Annotated[str | None, Query(pattern="^[A-Za-z]{2,12}$", description="PLOVER type, e.g. COERCE")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    since: Day = None,
    until: Day = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EventsResult:
    """Stored events in day order, filtered by type, actor, recipient and the day they happened."""
    from warta.corpus import events as stored

    access(request)

    def run() -> list[dict[str, Any]]:
        with access(request).corpus() as c:
            rows = stored.find(
                c.store, type=type, actor=actor, recipient=recipient, since=since, until=until, limit=limit
            )
            return [r.to_dict() for r in rows]

    return EventsResult(events=[StoredEvent(**e) for e in await _budgeted(request, run)])
