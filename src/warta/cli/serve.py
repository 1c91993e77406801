"""``warta serve``: the HTTP API, its docs and the analyst's web page on this machine.

The page is at /, the API reference at /docs, the OpenAPI document at /openapi.json.
Read-only unless started with --token (then POST /api/articles adds to the corpus)."""

from __future__ import annotations

import argparse
import os
import sys

from warta.cli.args import count, port, seconds


def register(sub: argparse._SubParsersAction) -> None:
    from warta.web.settings import Settings, default_workers

    d = Settings()
    p = sub.add_parser(
        "serve",
        help="serve the HTTP API and the web page",
        description=__doc__,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=port, default=8765, help="port to listen on")
    p.add_argument(
        "--db", default=os.environ.get("WARTA_DB"), help="a corpus to query ($WARTA_DB); none: one article only"
    )
    p.add_argument(
        "--workers", type=count(1, 64), metavar="N", default=min(2, default_workers()), help="reader processes"
    )
    p.add_argument(
        "--token",
        default=os.environ.get("WARTA_TOKEN"),
        help="allow writing endpoints to callers sending 'Authorization: Bearer TOKEN' ($WARTA_TOKEN)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also accept this Host header (repeatable; localhost and the --host address always are)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let this origin GET from the API (repeatable; CORS is off by default, writes never)",
    )
    p.add_argument(
        "--read-budget",
        type=seconds(0, 3600),
        metavar="SECONDS",
        default=d.read_budget,
        help="seconds one /api/read (or one record of POST /api/articles) may take",
    )
    p.add_argument(
        "--max-body", type=count(1, 1 << 31), metavar="BYTES", default=d.max_body, help="bytes of one request body"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as e:
        print(f"warta serve: needs the web extra: pip install 'warta[web]' ({e})", file=sys.stderr)
        return 2
    from warta.corpus import StoreError
    from warta.web import Settings, serve

    if args.db and "://" not in args.db and not os.path.exists(args.db):  # no empty corpus made by a typo
        print(
            f"warta serve: error: no corpus at {args.db} (run `warta ingest PATH --db {args.db}` first)",
            file=sys.stderr,
        )
        return 2

    hosts = ["127.0.0.1", "localhost", "[::1]", *args.allow_host]
    if args.host not in ("0.0.0.0", "::"):
        hosts.append(f"[{args.host}]" if ":" in args.host else args.host)
    settings = Settings(
        db=args.db,
        token=args.token or None,
        hosts=hosts,
        cors=args.cors_origin,
        workers=max(1, args.workers),
        read_budget=args.read_budget,
        max_body=args.max_body,
    )
    print(f"warta serve: http://{args.host}:{args.port}/  (API reference: /docs)", file=sys.stderr)
    try:
        serve(settings, args.host, args.port)
    except StoreError as e:
        print(f"warta serve: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"warta serve: cannot listen on {args.host}:{args.port}: {e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
