"""A throwaway PostgreSQL server for tests and benchmarks: temp data dir, unix socket only.

Why: the corpus runs the same code on SQLite and PostgreSQL, and the PostgreSQL half is only
tested if a real server runs. As root, the server runs as the ``postgres`` user (PostgreSQL
refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path


def find_bin() -> Path | None:
    """The folder with ``initdb``/``pg_ctl``/``postgres``, or None when PostgreSQL is not installed."""
    env = os.environ.get("WARTA_PG_BIN")
    cands = [env] if env else []
    cands += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    which = shutil.which("pg_ctl")
    if which:
        cands.append(str(Path(os.path.realpath(which)).parent))
    for c in cands:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


class PgServer:
    """``with PgServer() as pg: url = pg.create_db()`` — stopped and deleted on exit."""

    def __init__(self) -> None:
        self.bin = find_bin()
        if self.bin is None:
            raise RuntimeError(
                "PostgreSQL server binaries not found (apt-get install postgresql, or scripts/install_postgres.sh)"
            )
        self.root = Path(tempfile.mkdtemp(prefix="warta-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.port = 5432
        self.user_args: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user to run the server as") from None
            self.user_args = ["runuser", "-u", "postgres", "--"]
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.sock.mkdir()
        if self.user_args:
            os.chown(self.sock, pw.pw_uid, pw.pw_gid)
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.user_args, *args], capture_output=True, text=True, check=False)

    def start(self) -> PgServer:
        r = self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "warta",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )
        if r.returncode:
            raise RuntimeError(f"initdb failed: {r.stderr.strip()[-500:]}")
        opts = (
            f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c shared_buffers=64MB -c max_connections=50"
        )
        r = self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        if r.returncode:
            log = (self.root / "log").read_text(errors="replace")[-800:] if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")
        self.started = True
        return self

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://warta@/{db}?host={self.sock}&port={self.port}"

    def create_db(self, name: str | None = None, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given); returns its URL."""
        import psycopg

        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":  # manual use: print a URL and keep the server until Enter
    with PgServer() as pg:
        print(pg.create_db("warta"), flush=True)
        try:
            input()
        except (EOFError, KeyboardInterrupt):
            time.sleep(0)
