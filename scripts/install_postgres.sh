#!/bin/sh
# Install the PostgreSQL server binaries the corpus tests start (idempotent; Debian/Ubuntu).
# The tests find them in /usr/lib/postgresql/*/bin (or $WARTA_PG_BIN) and skip when absent.
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    echo "postgresql: server binaries already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "postgresql: no apt-get here; install the PostgreSQL server (initdb, pg_ctl, postgres) yourself" >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
# Debian starts a cluster on install; the tests run their own throwaway server instead.
if command -v pg_lsclusters >/dev/null 2>&1; then
    $SUDO service postgresql stop >/dev/null 2>&1 || true
fi
echo "postgresql: installed $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
