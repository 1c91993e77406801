"""Endpoints over corpus stories (articles grouped by the happening they report) and events
(who did what to whom).

Each is a thin call into :mod:`warta.corpus` under ``request.app.state.access.corpus()`` (the
per-thread connection with its time budget), like the endpoints in :mod:`warta.web.api_corpus`.
The page renders a record's ``events`` (trigger spans highlighted) in the one-article view.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from warta.corpus.events import EventRow
from warta.web.api_corpus import Day, _budgeted, _check, access
from warta.web.models import model_of

router = APIRouter(tags=["cerita dan peristiwa"])


class EventPlace(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


StoredEvent = model_of(
    "StoredEvent",
    EventRow,
    only=tuple(f for f in EventRow.__dataclass_fields__ if f not in ("country", "lat", "lon")),
    id=(str, Field(description="article id # event index")),
    type=(str, Field(description="PLOVER type (or CRIME)")),
    place=(EventPlace | None, ...),
)


class EventsResult(BaseModel):
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, null on the last one")
    events: list[StoredEvent]
    notice: str | None = Field(
        None,
        description="set when the corpus holds articles stored before events were kept (they have no events)",
    )


@router.get("/api/events", response_model=EventsResult, summary="Who did what to whom")
async def events(
    request: Request,
    type: Annotated[str | None, Query(pattern="^[A-Za-z]{2,12}$", description="PLOVER type, e.g. COERCE")] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    since: Day = None,
    until: Day = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventsResult:
    """Stored events in day order, filtered by type, actor, recipient and the day they happened;
    a page of `limit` from `offset`, as `/api/search` pages."""
    from warta.corpus import events as stored

    _check(request, None, 1, offset)  # the page start as /api/search bounds it; limit has its own bound

    def run() -> tuple[list[dict[str, Any]], str | None]:
        with access(request).corpus() as c:
            rows = stored.find(
                c.store,
                type=type,
                actor=actor,
                recipient=recipient,
                since=since,
                until=until,
                limit=limit + 1,
                offset=offset,
            )
            return [r.to_dict() for r in rows], stored.stored_before_notice(c.store)

    found, notice = await _budgeted(request, run)
    more = len(found) > limit
    return EventsResult(
        limit=limit,
        offset=offset,
        next_offset=offset + limit if more else None,
        events=[StoredEvent(**e) for e in found[:limit]],
        notice=notice,
    )


class StoriesResult(BaseModel):
    stories: list[dict[str, Any]] = Field(
        description="id, label, ids (articles), first and last seen, outlets, entities, quotes, timeline"
    )


@router.get("/api/stories", response_model=StoriesResult, summary="Stories in a period")
async def stories(
    request: Request,
    since: Day = None,
    until: Day = None,
    entity: Annotated[str | None, Query(max_length=200, description="only stories naming it (any alias)")] = None,
    min_size: Annotated[int, Query(ge=1, le=1000)] = 2,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> StoriesResult:
    """Stories seen in a period, largest first; with ``entity``, those that mention it."""

    def run() -> list[dict[str, Any]] | None:
        with access(request).corpus() as c:
            return c.stories(since=since, until=until, entity=entity, min_size=min_size, limit=limit)

    found = await _budgeted(request, run)
    if found is None:
        raise HTTPException(404, f"no entity named {entity!r}")
    return StoriesResult(stories=found)


@router.get(
    "/api/stories/{story_id}",
    summary="One story: its articles oldest first, entities, key quotes, timeline",
    responses={404: {"description": "No story with that id"}},
)
async def story(request: Request, story_id: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
    """One story, described, with its articles oldest first and the merges that formed it."""

    def run() -> dict[str, Any] | None:
        with access(request).corpus() as c:
            return c.story(story_id)

    found = await _budgeted(request, run)
    if found is None:
        raise HTTPException(404, "no such story")
    return found
