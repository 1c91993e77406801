"""Which paths `warta spark` reads through Hadoop, and which local file a path names: one
judgement for the job (:mod:`warta.spark.jobs`) and the CLI's checks before it (no pyspark
import here, so the CLI can ask without starting Spark)."""

from __future__ import annotations

import re
from pathlib import Path

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|file:/")  # hdfs://, s3a://, and file:/ as Hadoop lists it
_FILE_URL = re.compile(r"file:(?://(?:localhost)?(?=/)|(?=/(?!/)))")  # file:/x, file:///x, file://localhost/x


def is_url(path: str) -> bool:
    """A path Hadoop's file system reads (``hdfs://…``, ``s3a://…``, ``file:/…``), not a local
    one (``news:2025.jsonl`` is a local name with a colon)."""
    return _SCHEME.match(path) is not None


def local_path(path: str) -> Path | None:
    """The local file or folder ``path`` names: itself when it is no URL, the path of a local
    ``file:`` URL (``file:/x``, ``file:///x``); None for a remote one (``hdfs://``, ``s3a://`` …)."""
    if not is_url(path):
        return Path(path)
    m = _FILE_URL.match(path)
    return Path(path[m.end() :]) if m else None
