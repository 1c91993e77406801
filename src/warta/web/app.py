"""The ASGI app: the API routers, the page and its vendored assets, the OpenAPI document.

FastAPI on Starlette (served by uvicorn): typed query parameters become validation and an
OpenAPI document for free, and the async core lets a few reader processes serve many slow
clients. Nothing is loaded from a CDN: the docs page and every script are served from here.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.dependencies.utils import get_flat_params
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.staticfiles import StaticFiles

from warta import __version__
from warta.web import api_corpus, api_read, api_stories
from warta.web.guards import Guard
from warta.web.settings import Settings
from warta.web.store import CorpusAccess
from warta.web.workers import ReaderPool

STATIC = resources.files("warta.web") / "static"

READ_INPUT = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "raw article text"},
        "html": {"type": "string", "description": "a web page (instead of text)"},
        "id": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string"},
        "published": {"type": "string", "description": "YYYY-MM-DD (or a full timestamp)"},
        "outlet": {"type": "string"},
    },
}


def _record_schema() -> dict[str, Any]:
    schema = json.loads((resources.files("warta") / "data" / "record.schema.json").read_text("utf-8"))
    for k in ("$schema", "$id"):
        schema.pop(k, None)
    return schema


def known_params(request: Request) -> None:
    """Refuse (400) a query parameter the endpoint does not take, naming it: a typo such as
    ``?ofset=50`` or ``?speakr=X`` was ignored and answered the question not asked (the first
    page, every speaker), as a malformed value is already refused."""
    route = request.scope.get("route")
    if route is None or not request.query_params:
        return
    takes = {p.alias for p in get_flat_params(route.dependant)}
    unknown = sorted(set(request.query_params) - takes)
    if unknown:
        offer = f"it takes {', '.join(sorted(takes))}" if takes else "it takes none"
        raise HTTPException(400, f"unknown parameter(s) {_names(unknown)}: {offer}")
    twice = sorted({k for k in request.query_params if len(request.query_params.getlist(k)) > 1})
    if twice:  # `limit=5&limit=50`: which one was meant? the last was taken in silence
        raise HTTPException(400, f"parameter(s) {_names(twice)} given twice: give each once")


def _names(names: list[str]) -> str:
    """Parameter names for an error message: the first five, each cut at 40 characters."""
    return ", ".join(repr(n if len(n) <= 40 else n[:40] + "…") for n in names[:5])


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for ``settings``; reader processes start with it and stop with it."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        pool = ReaderPool(settings.workers, max_queue=settings.max_queue, max_chars=settings.max_chars)
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="Warta",
        version=__version__,
        summary="Indonesian news read into structured, checkable records",
        description=(
            "One article (`POST /api/read`) or a corpus (`warta serve --db`): search, quotes, "
            "entities, places, stats. Every span in a record has character offsets into the article text. "
            "Read-only unless the server was started with `--token`."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.access = CorpusAccess(settings.db, settings.query_budget) if settings.db else None
    checked = [Depends(known_params)]  # the API's endpoints; the page and /api/health take any query
    app.include_router(api_read.router, dependencies=checked)
    app.include_router(api_corpus.router, dependencies=checked)
    app.include_router(api_stories.router, dependencies=checked)  # merge hook: /api/stories, /api/events

    @app.get("/api/health", tags=["server"], summary="Is the server up")
    def health(request: Request) -> dict[str, Any]:
        pool = request.app.state.pool
        return {
            "ok": True,
            "version": __version__,
            "db": bool(settings.db),
            "writable": settings.writable,
            "workers": pool.size,
            "waiting": pool.waiting,
        }

    @app.exception_handler(StarletteHTTPException)  # FastAPI's HTTPException and the router's own (404, 405)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # the router's 404 for an unknown path says "Not Found"; an endpoint's 404 says what is missing
        unknown = exc.status_code == 404 and exc.detail == "Not Found"
        detail = "no such endpoint" if unknown else exc.detail
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> JSONResponse:
        msgs = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"error": "; ".join(msgs) or "bad request"}, status_code=400)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            schemas = doc.setdefault("components", {}).setdefault("schemas", {})
            for item in doc["paths"].values():  # bad parameters are answered 400 here (see bad_params)
                for op in item.values():
                    resp = op.get("responses", {})
                    if resp.get("422", {}).get("description") == "Validation Error":
                        resp["400"] = {
                            "description": "Bad parameter",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        }
                        del resp["422"]
            schemas["Error"] = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
            schemas["Record"] = _record_schema()
            schemas["ReadInput"] = READ_INPUT
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    def page(name: str) -> Response:
        return FileResponse(str(STATIC / name), media_type="text/html; charset=utf-8")

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return page("index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return page("docs.html")

    app.mount("/static", StaticFiles(packages=[("warta.web", "static")]), name="static")
    if settings.cors:  # off by default; reading only, never writing, from other origins
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors, allow_methods=["GET"], allow_headers=[])
    app.add_middleware(Guard, hosts=settings.hosts, max_body=settings.max_body, cors=settings.cors)
    return app
