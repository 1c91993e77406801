"""``POST /api/read``: one article (text, HTML or a JSON record) → its Warta record."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from warta.errors import InputError
from warta.pipeline import CORE_LAYERS
from warta.pipeline import LAYERS as PIPELINE_LAYERS
from warta.web.guards import BadBody, read_body, sniff
from warta.web.workers import Abandoned, Busy, ReadFailed, TimedOut

router = APIRouter(tags=["artikel"])

# the layers a request may choose: the pipeline's, less the three that always run
LAYERS = [name for name, _ in PIPELINE_LAYERS if name not in CORE_LAYERS]

READ_BODY = {
    "required": True,
    "description": (
        "The article. `text/plain`: raw scraped text (a body that opens like an HTML page or is a "
        "JSON record is recognised as such); `text/html`: a web page (main text and metadata are "
        "extracted); `application/json`: one record `{text|html, id?, title?, url?, published?, outlet?}`."
    ),
    "content": {
        "text/plain": {"schema": {"type": "string"}, "example": "Jakarta - Harga beras naik lagi di pasar."},
        "text/html": {"schema": {"type": "string"}},
        "application/json": {"schema": {"$ref": "#/components/schemas/ReadInput"}},
    },
}


def error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


@router.post(
    "/api/read",
    summary="Read one article",
    openapi_extra={"requestBody": READ_BODY},
    responses={
        200: {
            "description": "The record",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}},
        },
        400: {"description": "Body not UTF-8, bad JSON or nested too deep", "model": None},
        413: {"description": "Body over the byte limit"},
        415: {"description": "A form upload or form-encoded body (send the article itself as the body)"},
        422: {"description": "Not an article (empty, too long, no text)"},
        503: {"description": "Every reader is busy; retry after the Retry-After seconds"},
        504: {"description": "Reading ran past its time budget and was stopped"},
    },
)
async def read_article(
    request: Request,
    layers: Annotated[
        str | None, Query(description=f"comma-separated layers to run (default all): {', '.join(LAYERS)}")
    ] = None,
) -> Response:
    """The structured record of one article; every span has offsets into the article text.

    Reading runs in a worker process under a time budget; if the client goes away the work stops."""
    settings = request.app.state.settings
    try:
        raw = await read_body(request.receive, settings.max_body)
        if not raw.strip():
            return error(422, "empty body: send the article text, an HTML page or a JSON record")
        x = sniff(raw, request.headers.get("content-type", ""), settings.max_depth)
    except BadBody as e:
        return error(e.status, str(e))
    chosen = None
    if layers:
        chosen = [x.strip() for x in layers.split(",") if x.strip()]
        unknown = sorted(set(chosen) - set(LAYERS))
        if unknown:
            named = ", ".join(n if len(n) <= 40 else n[:40] + "…" for n in unknown[:5])
            return error(400, f"unknown layer(s) {named}; choose from {', '.join(LAYERS)}")
    pool = request.app.state.pool
    try:
        body = await pool.read(x, layers=chosen, budget=settings.read_budget, gone=request.is_disconnected)
    except Busy:
        return error(503, "all readers are busy; retry shortly", **{"Retry-After": "1"})
    except TimedOut:
        return error(504, f"reading took longer than {settings.read_budget:g} s and was stopped")
    except Abandoned:
        return error(499, "client closed the connection")
    except InputError as e:
        return error(422, str(e))
    except ReadFailed as e:
        return error(500, f"internal error while reading: {e}")
    return Response(body, media_type="application/json")
