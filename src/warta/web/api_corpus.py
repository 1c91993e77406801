"""Endpoints over a corpus (``warta serve --db``): search, quotes, entities, places, stats, ingest.

Each is a thin call into :class:`warta.Corpus`; plain ``def`` endpoints run in the server's
thread pool, each thread with its own connection and every query under a time budget.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hmac
import re
import secrets
import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import AfterValidator, BaseModel, Field
from starlette.convertors import PathConvertor, register_url_convertor

from warta.corpus.search import EntityProfile, QuoteHit
from warta.corpus.search import Hit as SearchHit
from warta.errors import UsageError
from warta.web.guards import BadBody, parse_json, read_body
from warta.web.models import model_of
from warta.web.store import CorpusAccess, QueryTooCostly, rows

router = APIRouter(tags=["korpus"])


class _AnyText(PathConvertor):
    """A path parameter holding any text, slashes and line breaks too: an article id or an entity
    name is the user's text (a scraper's `d-123\n`), and Starlette's ``path`` (``.*``) stops at a
    line break, so such an id stored and shown in search hits answered 'no such endpoint'."""

    regex = r"[\s\S]*"


register_url_convertor("text", _AnyText())

MARK = ("\ue000", "\ue001")  # private-use marks around matched words; turned into offsets below
_MARKS = re.compile(f"([{MARK[0]}{MARK[1]}])")


def _real_day(s: str | None) -> str | None:
    """A real calendar day (``2025-02-30`` is not one), as ``--since`` checks it for the CLI."""
    from warta.cli.args import bad_day

    reason = bad_day(s) if s is not None else None
    if reason:
        raise ValueError(reason)
    return s


Day = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
    AfterValidator(_real_day),
]


Hit = model_of(
    "Hit",
    SearchHit,
    snippet=(str, Field(description="text around the matches (plain text)")),
    highlights=(list[list[int]], Field(description="[start, end) of each matched word in snippet")),
    copies=(int, Field(description="articles in its near-duplicate group")),
)


class SearchResult(BaseModel):
    query: str
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, null on the last one")
    hits: list[Hit]


Quote = model_of("Quote", QuoteHit, kind=(str | None, Field(description="direct or indirect")))


class QuotesResult(BaseModel):
    speaker: str | None
    about: str | None
    quotes: list[Quote]


class Count(BaseModel):
    name: str
    count: int


class Neighbour(BaseModel):
    name: str
    label: str
    articles: int


class DayTone(BaseModel):
    day: str
    tone: float
    articles: int


# an entity's profile as the engine has it, less its lists: the API gives those as objects, and tone per day
_EntityHead = model_of(
    "EntityHead", EntityProfile, only=("name", "label", "articles", "mentions", "first_seen", "last_seen")
)


class Entity(_EntityHead):
    timeline: list[Count] = Field(description="articles mentioning it, per day (name = day)")
    tone: list[DayTone] = Field(description="mean tone of those articles, per day")
    roles: list[Count]
    co_occurring: list[Neighbour]
    quotes: list[Quote]
    other_matches: list[Neighbour]


class Place(BaseModel):
    name: str
    country: str | None
    province: str | None
    lat: float
    lon: float
    articles: int


class PlacesResult(BaseModel):
    query: str
    articles: int
    places: list[Place]


class Filters(BaseModel):
    """A search and what narrows it: the query parameters /api/search, /api/places and /api/timeline share."""

    q: Annotated[str, Query(min_length=1)]
    since: Day = None
    until: Day = None
    outlet: Annotated[str | None, Query(max_length=100)] = None
    entity: Annotated[str | None, Query(max_length=200)] = None
    theme: Annotated[str | None, Query(max_length=100)] = None

    def filters(self) -> dict[str, Any]:
        """The filters as keyword arguments of ``Corpus.search`` and ``Corpus.days``."""
        return {k: getattr(self, k) for k in ("since", "until", "outlet", "entity", "theme")}


class SearchQuery(Filters):
    q: Annotated[str, Query(min_length=1, description='words (all must match), "a phrase", OR, -excluded')]
    entity: Annotated[str | None, Query(max_length=200, description="only articles mentioning it")] = None
    limit: Annotated[int, Query(ge=1)] = 10
    offset: Annotated[int, Query(ge=0)] = 0


class PlacesQuery(Filters):
    limit: Annotated[int, Query(ge=1, description="how many best hits to take places from")] = 100


class RecordError(BaseModel):
    index: int = Field(description="position of the record in the list sent (0 for a single record)")
    error: str


class RecordNote(BaseModel):
    index: int = Field(description="position of the record in the list sent (0 for a single record)")
    note: str


class IngestResult(BaseModel):
    ids: list[str | None] = Field(description="corpus id of each record sent (for /api/articles/{id})")
    stored: int
    duplicates: int
    skipped: int
    failed: int
    errors: list[RecordError] = Field(description="each record that could not be stored, and why")
    reused_ids: list[RecordNote] = Field(
        default_factory=list,
        description="each record stored whose own id is already another stored article's: it is "
        "found under its corpus id (in ids), its own id still names the first",
    )
    unlinked: list[RecordNote] = Field(
        default_factory=list,
        description="each record stored without its story or identity links (the linking failed), and why",
    )
    ignored_fields: list[RecordNote] = Field(
        default_factory=list,
        description="each field of a stored record that was ignored, being of the wrong type (an id "
        "given as a list is not kept: the record is stored under its corpus id)",
    )


def access(request: Request) -> CorpusAccess:
    """The corpus of every corpus endpoint: 503 without one, or when its SQLite file was deleted
    or replaced since start-up (the open connections would answer from the unlinked file)."""
    a = request.app.state.access
    if a is None:
        raise HTTPException(503, "no corpus: start with warta serve --db PATH")
    if why := a.gone():
        raise HTTPException(503, why)
    return a


def _check(request: Request, q: str | None, limit: int, offset: int) -> None:
    s = request.app.state.settings
    if q is not None and len(q) > s.max_query:
        raise HTTPException(400, f"query over {s.max_query} characters")
    if limit > s.max_limit:
        raise HTTPException(400, f"limit over {s.max_limit}")
    if offset > s.max_offset:
        raise HTTPException(400, f"offset over {s.max_offset}")


def marked_to_offsets(snippet: str) -> tuple[str, list[list[int]]]:
    """``a \ue000b\ue001 c`` → ``("a b c", [[2, 3]])``: highlights as offsets, never as markup."""
    if MARK[0] not in snippet and MARK[1] not in snippet:
        return snippet, []
    out: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    start = None
    for piece in _MARKS.split(snippet):  # text and marks, in turn (a split per mark, not per character)
        if piece == MARK[0]:
            start = pos
        elif piece == MARK[1]:
            if start is not None:
                spans.append([start, pos])
            start = None
        elif piece:
            out.append(piece)
            pos += len(piece)
    return "".join(out), spans


def _search(request: Request, q: str, filters: dict[str, Any], limit: int, offset: int) -> list[Any]:
    with access(request).corpus() as c:
        return c.search(q, limit=limit, offset=offset, mark=MARK, **filters)


async def _budgeted(request: Request, fn: Any) -> Any:
    """Run ``fn`` on the corpus threads (a few, each with a warm connection), under the query budget."""
    try:
        return await access(request).run(fn)
    except QueryTooCostly as e:
        raise HTTPException(503, str(e)) from None
    except UsageError as e:  # a query beyond the corpus's own bounds (too many words…)
        raise HTTPException(400, str(e)) from None


@router.get("/api/search", response_model=SearchResult, summary="Search the corpus")
async def search(request: Request, query: Annotated[SearchQuery, Query()]) -> SearchResult:
    """Articles best matching `q`, one per near-duplicate group, with highlighted snippets."""
    q, limit, offset = query.q, query.limit, query.offset
    _check(request, q, limit, offset)
    hits = await _budgeted(request, lambda: _search(request, q, query.filters(), limit + 1, offset))
    more = len(hits) > limit
    out = []
    for h in hits[:limit]:
        text, spans = marked_to_offsets(h.snippet)
        out.append(Hit(**{**h.to_dict(), "snippet": text, "highlights": spans}))
    return SearchResult(query=q, limit=limit, offset=offset, next_offset=offset + limit if more else None, hits=out)


@router.get("/api/quotes", response_model=QuotesResult, summary="Who said what")
async def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=200, description="a name or alias")] = None,
    about: Annotated[str | None, Query(max_length=300, description="words the quote must contain")] = None,
    since: Day = None,
    until: Day = None,
    outlet: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1)] = 50,
) -> QuotesResult:
    """Quotes by a speaker and/or about a topic, newest first (near-duplicates collapsed)."""
    _check(request, about, limit, 0)
    if not speaker and not about:
        raise HTTPException(400, "give speaker, about or both")

    def run() -> list[Any]:
        with access(request).corpus() as c:
            sp = speaker
            if speaker and not c.entity_nums(speaker):
                nums = c.entity_by_alias(speaker)
                if nums:  # an alias: ask by the canonical name
                    sp = c.store.scalar("SELECT name FROM entities WHERE num = ?", (nums[0],)) or speaker
            return c.quotes(sp, about=about, since=since, until=until, outlet=outlet, limit=limit)

    found = await _budgeted(request, run)
    return QuotesResult(speaker=speaker, about=about, quotes=[Quote(**h.to_dict()) for h in found])


@router.get(
    "/api/entities/{name:text}",  # names hold slashes (Kementerian PPN/Bappenas)
    response_model=Entity,
    summary="One entity: mentions over time, tone, roles, neighbours, quotes",
    responses={404: {"description": "No entity of that name or alias"}},
)
async def entity(
    request: Request,
    name: Annotated[str, Path(min_length=1, max_length=200, description="canonical name or any alias (Jokowi)")],
    label: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|per|org|loc)$")] = None,
) -> Entity:
    """The profile of the entity best matching `name` (a canonical name or an alias)."""

    def run() -> tuple[Any, Any]:
        with access(request).corpus() as c:
            prof = c.entity(name, label=label)
            tone = c.entity_tone(prof.name, label=prof.label) if prof else []
            return prof, tone

    prof, tone = await _budgeted(request, run)
    if prof is None:
        raise HTTPException(404, f"no entity named {name!r}")
    d = prof.to_dict()
    return Entity(
        **{
            **d,
            "timeline": rows(d["timeline"], "name", "count"),
            "tone": rows(tone, "day", "tone", "articles"),
            "roles": rows(d["roles"], "name", "count"),
            "co_occurring": rows(d["co_occurring"], "name", "label", "articles"),
            "other_matches": rows(d["other_matches"], "name", "label", "articles"),
        }
    )


@router.get("/api/places", response_model=PlacesResult, summary="Places in the search results (for a map)")
async def places(request: Request, query: Annotated[PlacesQuery, Query()]) -> PlacesResult:
    """Geocoded places mentioned in the best `limit` hits of the search, most articles first."""
    _check(request, query.q, query.limit, 0)

    def run() -> tuple[int, list[dict[str, Any]]]:
        with access(request).corpus() as c:
            ids = [h.id for h in c.search(query.q, limit=query.limit, **query.filters())]
            return len(ids), c.places_of(ids)

    n, found = await _budgeted(request, run)
    return PlacesResult(query=query.q, articles=n, places=[Place(**p) for p in found])


class DaysResult(BaseModel):
    query: str
    days: list[Count] = Field(description="matching articles per publication day (name = day)")


@router.get("/api/timeline", response_model=DaysResult, summary="Matching articles per day")
async def timeline(request: Request, query: Annotated[Filters, Query()]) -> DaysResult:
    """How many articles match `q` on each day (all matches, duplicates included)."""
    _check(request, query.q, 1, 0)

    def run() -> list[tuple[str, int]]:
        with access(request).corpus() as c:
            return c.days(query.q, **query.filters())

    return DaysResult(query=query.q, days=rows(await _budgeted(request, run), "name", "count"))


@router.get("/api/articles/{article_id:text}", summary="One stored article's record")  # ids may hold slashes
async def article(request: Request, article_id: Annotated[str, Path(min_length=1, max_length=300)]) -> dict[str, Any]:
    """The stored record (as `/api/read` returns it) of one article in the corpus."""
    rec = await _budgeted(request, lambda: _get(request, article_id))
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return rec


def _get(request: Request, article_id: str) -> dict[str, Any] | None:
    with access(request).corpus() as c:
        return c.get(article_id)


@router.get("/api/stats", summary="Corpus counts")
async def stats(request: Request) -> dict[str, Any]:
    """Articles, duplicates, entities, quotes, errors; by outlet, day and theme."""

    def run() -> dict[str, Any]:
        with access(request).corpus() as c:
            d = c.stats()
        d.pop("db", None)  # no file paths to the network
        for k, names in (
            ("by_outlet", ("name", "count")),
            ("by_day", ("name", "count")),
            ("by_theme", ("name", "count")),
        ):
            d[k] = rows(d[k], *names)
        return d

    return await _budgeted(request, run)


@router.post(
    "/api/articles",
    response_model=IngestResult,
    summary="Add articles to the corpus (needs the token)",
    responses={401: {"description": "No or wrong token"}, 403: {"description": "Server is read-only"}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/ReadInput"},
                            {"type": "array", "items": {"$ref": "#/components/schemas/ReadInput"}},
                        ]
                    }
                }
            },
        }
    },
)
async def add_articles(request: Request) -> IngestResult:
    """Read and store one record or a list of them (`Authorization: Bearer TOKEN`)."""
    settings = request.app.state.settings
    if not settings.writable:
        raise HTTPException(403, "read-only server: start warta serve with --token to allow writes")
    auth = request.headers.get("authorization", "")
    if not hmac.compare_digest(auth.encode(), f"Bearer {settings.token}".encode()):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})
    access(request)  # 503 without a corpus, or when its file went since start-up: nothing stored
    try:
        raw = await read_body(request.receive, settings.max_body)
        data = parse_json(raw, settings.max_depth)
    except BadBody as e:
        raise HTTPException(e.status, str(e)) from None
    records = data if isinstance(data, list) else [data]
    if not records or len(records) > settings.max_batch:
        raise HTTPException(400, f"send 1 to {settings.max_batch} records")
    from warta.corpus import record_id
    from warta.document.input import json_kind, no_text_reason, repair_record
    from warta.sources import Item

    # one bad record is reported and skipped, the others stored (as `warta ingest` does); lone
    # surrogates are repaired at the door, as the file readers do, so no write of the batch fails
    records = [repair_record(r) for r in records]
    batch = f"api:{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"  # error rows' keys
    items, ids, unusable = [], [], {}
    for i, r in enumerate(records):
        origin = f"{batch}:{i}"
        rid = record_id(r) if isinstance(r, dict) else None
        if not isinstance(r, dict):
            unusable[i] = f"a record must be a JSON object, not {json_kind(r)}"
        elif rid is None:
            unusable[i] = no_text_reason(r)
        ids.append(rid)
        items.append(Item(origin, error=unusable[i]) if i in unusable else Item(origin, record=r))
    if len(unusable) == len(records):
        raise HTTPException(422, "; ".join(f"[{i}] {why}" for i, why in unusable.items()))
    from starlette.concurrency import run_in_threadpool

    # each record is read in the reader processes under the read budget, as `warta ingest`
    # reads under --record-budget: one pathological record is stopped and reported, not waited on
    reader = _budgeted_reader(request.app.state.pool, asyncio.get_running_loop(), settings.read_budget)
    from warta.corpus.store import StoreGone

    try:
        summary = await run_in_threadpool(_ingest, settings.db, items, reader)
    except StoreGone as e:  # the file went while this batch was written
        raise HTTPException(503, str(e)) from None
    index = {it.origin: i for i, it in enumerate(items)}
    errors = [RecordError(index=index[o], error=why) for o, why in summary.failures if o in index]
    return IngestResult(
        ids=ids,
        stored=summary.stored,
        duplicates=summary.duplicates,
        skipped=summary.skipped,
        failed=summary.failed,
        errors=sorted(errors, key=lambda e: e.index),
        reused_ids=[RecordNote(index=index[o], note=why) for o, why in summary.reused_ids if o in index],
        unlinked=_unlinked_notes(summary.unlinked, ids),
        ignored_fields=[RecordNote(index=index[o], note=w) for o, w in summary.ignored_fields if o in index],
    )


def _unlinked_notes(unlinked: list[str], ids: list[str | None]) -> list[RecordNote]:
    """``ingest``'s "id: why" lines of articles stored without links, as notes on the records sent
    (a client re-sends by index; the corpus id alone would not say which of its records it was).
    A record sent twice is noted at its first index: that copy is stored, the later one skipped."""
    at: dict[str, int] = {}
    for i, rid in enumerate(ids):
        if rid is not None:
            at.setdefault(rid, i)
    notes = []
    for line in unlinked:
        rid, _, why = line.partition(": ")
        if rid in at:
            notes.append(RecordNote(index=at[rid], note=why))
    return sorted(notes, key=lambda n: n.index)


def _budgeted_reader(pool: Any, loop: asyncio.AbstractEventLoop, budget: float) -> Callable[..., Any]:
    """A reader for ``ingest`` (called on its thread) that reads each record in ``pool``."""
    from warta.errors import WartaError
    from warta.web.workers import ReadFailed, TimedOut

    def read(rid: str, origin: str, record: dict[str, Any], *_layers: Any) -> Any:
        job = asyncio.run_coroutine_threadsafe(pool.store(rid, origin, record, budget=budget), loop)
        try:
            return job.result(timeout=11 * budget + 30)  # the pool stops the read itself at its budget
        except (TimedOut, concurrent.futures.TimeoutError):
            job.cancel()
            raise WartaError(f"reading this record took longer than {budget:g} s; stopped") from None
        except ReadFailed as e:
            raise WartaError(f"reader process failed while reading this record ({e})") from None

    return read


def _ingest(db: str, items: list[Any], reader: Callable[..., Any] | None = None) -> Any:
    from warta.corpus.ingest import ingest

    return ingest([], db, jobs=0, items=items, progress=False, keep_failures=len(items), reader=reader)
