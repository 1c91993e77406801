"""``warta serve``: the HTTP API and web page on this machine."""

from __future__ import annotations

import argparse
import os
import sys

from warta.cli.args import port


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the web page", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=port, default=8765)
    p.add_argument("--db", default=os.environ.get("WARTA_DB"), help="a store to search (optional)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from warta.web import make_server

    if args.db and "://" not in args.db and not os.path.exists(args.db):
        print(
            f"warta serve: error: no corpus at {args.db} (run `warta ingest PATH --db {args.db}` first)",
            file=sys.stderr,
        )
        return 2

    try:
        server = make_server(args.host, args.port, args.db)
    except OSError as e:
        print(f"warta serve: cannot listen on {args.host}:{args.port}: {e.strerror}", file=sys.stderr)
        return 1
    print(f"warta serve: http://{args.host}:{server.server_address[1]}/", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
