#!/bin/sh
# Start a throwaway PostgreSQL server (temp data dir, unix socket only) and print its URL;
# it is stopped and deleted when you press Enter (or close stdin). For manual tests and
# benchmarks:   scripts/pg_test_server.sh   then   warta ingest x.jsonl --db "<printed URL>"
set -eu
cd "$(dirname "$0")/.."
exec python tests/corpus/pgserver.py
