"""Spark wrappers around :mod:`warta.spark.partition`: ``read``, ``dedup``, ``load``.

Thin on purpose: Spark moves rows, the per-partition functions do the work. Inputs are local
paths or anything Hadoop can read (``hdfs://``, ``s3a://`` …, listed through Spark's file
system). ``.jsonl`` files are split into lines (many tasks per file); other formats (JSON,
CSV/TSV, Parquet, WARC, text, HTML) are read whole per file by the same readers as
``warta ingest``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.window import Window

from warta.sources import BROKEN_LINK, NO_RECORDS, NOT_REGULAR, UNDECODED, escape_undecoded, packed, utf16_codec
from warta.spark import partition
from warta.spark.paths import is_url

READ_SCHEMA = T.StructType(
    [
        T.StructField("seq", T.LongType(), False),
        T.StructField("id", T.StringType()),
        T.StructField("source_id", T.StringType()),
        T.StructField("origin", T.StringType()),
        T.StructField("file", T.StringType()),
        T.StructField("url", T.StringType()),
        T.StructField("outlet", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("language", T.StringType()),
        T.StructField("n_tokens", T.LongType()),
        T.StructField("n_entities", T.LongType()),
        T.StructField("n_quotes", T.LongType()),
        T.StructField("record", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("sig", T.BinaryType()),
        T.StructField("n_shingles", T.LongType()),
        T.StructField("error", T.StringType()),
    ]
)
DEDUP_SCHEMA = T.StructType(
    [
        T.StructField("seq", T.LongType(), False),
        T.StructField("id", T.StringType(), False),
        T.StructField("dup_group", T.StringType(), False),
        T.StructField("dup_of", T.StringType()),
        T.StructField("dup_score", T.DoubleType()),
    ]
)
assert tuple(f.name for f in READ_SCHEMA.fields) == partition.ROW_FIELDS


def session(master: str | None = None, app: str = "warta", conf: dict[str, str] | None = None) -> SparkSession:
    """The active session, or a new one (``master`` given, else spark-submit's, else ``local[*]``)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
    for k, v in (conf or {}).items():
        b = b.config(k, v)
    return b.getOrCreate()


def _suffix(name: str) -> str:
    from warta.sources import _suffix as suffix

    return suffix(Path(name))


def input_files(spark: SparkSession, inputs: Iterable[str]) -> list[str]:
    """Every input file, in order: folders expanded (sorted; the suffixes ``warta ingest`` reads)."""
    from warta.sources import FOLDER_SUFFIXES

    out: list[str] = []
    for p in inputs:
        if not _is_url(p):
            path = Path(p)
            if path.is_dir():
                # a pipe or a broken link named like a record file is kept, to be reported (as ingest does)
                out += [
                    str(f) for f in sorted(path.rglob("*")) if _suffix(f.name) in FOLDER_SUFFIXES and not f.is_dir()
                ]
            else:
                out.append(p)
            continue
        jvm = spark.sparkContext._jvm  # Hadoop's file system: hdfs://, s3a://, file:// …
        hpath = jvm.org.apache.hadoop.fs.Path(p)
        fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        found: list[str] = []
        for st in fs.globStatus(hpath) or []:
            if st.isDirectory():
                it = fs.listFiles(st.getPath(), True)
                while it.hasNext():
                    name = it.next().getPath().toString()
                    if _suffix(name) in FOLDER_SUFFIXES:
                        found.append(name)
            else:
                found.append(st.getPath().toString())
        out += sorted(found)
    return out


def _is_url(path: str) -> bool:
    """A path Hadoop's file system reads (:func:`warta.spark.paths.is_url`, as the CLI judges it)."""
    return is_url(path)


def _not_a_file(path: str) -> str | None:
    """Why a local path is not read, in `warta ingest`'s words (a pipe, device or socket; a
    broken link; gone since it was listed), or None for a regular file or a remote path."""
    if is_url(path):
        return None
    local = Path(path)
    if local.is_file():
        return None
    if local.exists():
        return NOT_REGULAR
    return BROKEN_LINK if local.is_symlink() else "no such file or folder"


def _hadoop_open(spark: SparkSession, path: str) -> Any:
    """A byte stream of ``path`` through Hadoop's file system (read a byte at a time; close it)."""
    hpath = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)
    return hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).open(hpath)


def remote_folder(spark: SparkSession, path: str) -> str | None:
    """What a remote folder (``hdfs://``, ``s3a://`` …) is to `dedup` and `load`: "missing", or
    "unfinished" (no ``_SUCCESS`` marker: the step that wrote it was stopped), None when finished.
    Asked through Hadoop's file system, as the CLI asks a local folder through the OS."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(hpath) or not fs.getFileStatus(hpath).isDirectory():
        return "missing"
    return None if fs.exists(jvm.org.apache.hadoop.fs.Path(hpath, "_SUCCESS")) else "unfinished"


REMOTE_OPENING = 64  # bytes of a remote .jsonl read at least (a byte per call) before it is judged


def _opening(spark: SparkSession, path: str, limit: int = 1 << 16) -> tuple[bytes, bool]:
    """The first bytes of a ``.jsonl`` (read once, through Hadoop's file system for a remote file)
    and whether the file is empty or only blank lines.

    The bytes run to the first that is not white space, :data:`REMOTE_OPENING` at least (UTF-16
    with no byte-order mark shows only over several pairs), at most ``limit``: their
    head may show UTF-16 (``utf16_codec``; Spark's line reader cannot split such a file, every line
    would be 'invalid JSON', so it is read whole, as `warta ingest` reads it) or a zip or gzip
    signature (one error row, as `warta ingest` says it, instead of a row per undecodable line).
    A blank file gives Spark's line reader no row at all, so it is reported as `warta ingest`
    reports it."""
    blank = b" \t\r\n"
    if not _is_url(path):
        try:
            with open(path, "rb") as f:
                head = f.read(limit)
        except OSError:
            return b"", False
        return head, len(head) < limit and not head.strip(blank)
    stream = _hadoop_open(spark, path)
    got = bytearray()
    try:
        for _ in range(limit):
            b = stream.read()
            if b < 0:
                return bytes(got), not got.strip(blank)
            got.append(b & 0xFF)
            if len(got) >= REMOTE_OPENING and got.strip(blank):
                break
        return bytes(got), False
    finally:
        stream.close()


def _uri(path: str) -> str:
    return path if _is_url(path) else Path(path).resolve().as_uri()


def _line_bytes(spark: SparkSession, path: str) -> Any:
    """The lines of a text file as their own bytes, split across tasks: Spark's text source keeps
    a line's bytes undecoded, and cast to binary they reach Python as they are, so a line that is
    not UTF-8 is reported as `warta ingest` reports it (the JVM's ``textFile`` decodes lines
    itself and turned such bytes into U+FFFD without a word, unseen from Python)."""
    df = spark.read.text(_uri(path)).select(F.col("value").cast("binary"))
    return df.rdd.map(lambda r: bytes(r[0]))


def read(
    spark: SparkSession,
    inputs: list[str],
    *,
    partitions: int | None = None,
    columns: dict[str, str] | None = None,
    layers: list[str] | None = None,
    exclude: Iterable[str] = (),
    record_budget: float | None = None,
) -> DataFrame:
    """Read every record of ``inputs`` into rows of :data:`READ_SCHEMA` (errors as rows).

    ``record_budget``: seconds one record may take (default: ``warta ingest``'s, 300); past it
    the record's reader process is killed and replaced and the record is an error row saying so.
    None here means that default; 0 reads in the Python worker itself, with no budget."""
    from warta.corpus.ingest import RECORD_BUDGET

    budget = RECORD_BUDGET if record_budget is None else (record_budget or None)
    sc = spark.sparkContext
    exclude = list(exclude)
    line_rdds, file_rdds, unopened = [], [], []
    for fi, f in enumerate(input_files(spark, inputs)):
        if UNDECODED.search(f):  # a local name that is not UTF-8: the JVM cannot open it
            why = "the file's name is not UTF-8, and Spark cannot open such a file; rename it"
            unopened.append(partition.error_row(fi << partition.SEQ_SHIFT, escape_undecoded(f), why))
        elif unread := _not_a_file(f):  # a pipe (reading it would block) or a broken link: say so
            unopened.append(partition.error_row(fi << partition.SEQ_SHIFT, f, unread))
        elif _suffix(f) == ".jsonl" and (opening := _opening(spark, f))[1]:  # no line, hence no row: say so
            unopened.append(partition.error_row(fi << partition.SEQ_SHIFT, f, NO_RECORDS))
        elif _suffix(f) == ".jsonl" and (why := packed(opening[0][:4])):  # gzip or zip so named
            unopened.append(partition.error_row(fi << partition.SEQ_SHIFT, f, why))
        elif _suffix(f) == ".jsonl" and not utf16_codec(opening[0]):  # Spark splits 8-bit lines only
            rdd = _line_bytes(spark, f).zipWithIndex()
            line_rdds.append(rdd.map(lambda t, fi=fi, f=f: (fi, f, t[1], t[0])))
        else:
            file_rdds.append(sc.binaryFiles(_uri(f)).map(lambda kv, fi=fi, f=f: (fi, f, kv[1])))
    parts = []
    if line_rdds:
        lines = sc.union(line_rdds)
        if partitions or lines.getNumPartitions() < sc.defaultParallelism:  # a small file is one split
            lines = lines.repartition(partitions or sc.defaultParallelism)
        parts.append(lines.mapPartitions(lambda it: partition.read_lines(it, layers, exclude, budget)))
    if file_rdds:
        files = sc.union(file_rdds)
        if partitions:
            files = files.repartition(partitions)
        parts.append(files.mapPartitions(lambda it: partition.read_files(it, columns, layers, exclude, budget)))
    if unopened:
        parts.append(sc.parallelize(unopened, 1))
    fields = partition.ROW_FIELDS
    rows = sc.union(parts) if parts else sc.emptyRDD()
    return spark.createDataFrame(rows.map(lambda r: tuple(r[k] for k in fields)), READ_SCHEMA)


def write(df: DataFrame, output: str, fmt: str = "parquet") -> None:
    """Parquet, or JSON lines (binary columns as base64); a folder of part files either way."""
    if fmt == "parquet":
        df.write.mode("overwrite").parquet(output)
        return
    for f in df.schema.fields:
        if isinstance(f.dataType, T.BinaryType):
            df = df.withColumn(f.name, F.base64(F.col(f.name)))
    df.write.mode("overwrite").json(output)


def load_table(spark: SparkSession, path: str, schema: T.StructType) -> DataFrame:
    """A folder written by :func:`write`, in either format."""
    local = Path(path) if not _is_url(path) else None
    is_json = local is not None and local.is_dir() and not any(local.glob("*.parquet")) and any(local.glob("*.json"))
    if not is_json:
        return spark.read.schema(schema).parquet(path)
    text_schema = T.StructType(
        [T.StructField(f.name, T.StringType() if isinstance(f.dataType, T.BinaryType) else f.dataType) for f in schema]
    )
    df = spark.read.schema(text_schema).json(path)
    for f in schema.fields:
        if isinstance(f.dataType, T.BinaryType):
            df = df.withColumn(f.name, F.unbase64(F.col(f.name)))
    return df


def dedup(spark: SparkSession, articles: DataFrame) -> DataFrame:
    """Near-duplicate groups over the whole corpus: MinHash LSH banding, candidate pairs, pair
    verification, then the components of the best-earlier-match forest (group = its earliest
    article). Rows of :data:`DEDUP_SCHEMA`, one per distinct article id; repeatable."""
    first = Window.partitionBy("id").orderBy("seq")
    arts = (
        articles.where(F.col("error").isNull() & F.col("id").isNotNull())
        .withColumn("_r", F.row_number().over(first))
        .where(F.col("_r") == 1)  # a record read twice is stored once: its first reading counts
        .select("seq", "id", "sig", "n_shingles")
    )
    from warta.corpus.dedup import NUM_PERM

    # a signature of the wrong size (a damaged row) is no signature: that article starts its own group
    signed = arts.where(F.col("sig").isNotNull() & (F.length("sig") == 4 * NUM_PERM))
    bands = spark.createDataFrame(
        signed.select("seq", "id", "sig", "n_shingles").rdd.map(tuple).mapPartitions(partition.band_rows),
        "key long, seq long",
    )
    a, b = bands.alias("a"), bands.alias("b")
    pairs = (
        a.join(b, F.col("a.key") == F.col("b.key"))
        .where(F.col("a.seq") < F.col("b.seq"))
        .groupBy(F.col("b.seq").alias("seq"), F.col("a.seq").alias("cand"))
        .agg(F.count(F.lit(1)).alias("hits"))
    )
    top = Window.partitionBy("seq").orderBy(F.col("hits").desc(), F.col("cand"))
    from warta.corpus.store import CANDIDATE_LIMIT

    pairs = pairs.withColumn("_r", F.row_number().over(top)).where(F.col("_r") <= CANDIDATE_LIMIT)
    c = signed.select(
        F.col("seq").alias("cand"),
        F.col("id").alias("cid"),
        F.col("sig").alias("csig"),
        F.col("n_shingles").alias("cn"),
    )
    grouped = (
        pairs.join(c, "cand")
        .groupBy("seq")
        .agg(F.collect_list(F.struct("cand", "cid", "csig", "cn", "hits")).alias("cands"))
        .join(signed.select("seq", "sig", "n_shingles"), "seq")
    )
    edges_rdd = grouped.rdd.map(
        lambda r: (r["seq"], r["sig"], r["n_shingles"], [tuple(x) for x in r["cands"]])
    ).mapPartitions(partition.verify_candidates)
    edges = spark.createDataFrame(edges_rdd, "seq long, parent long, dup_of string, dup_score double")
    # components of a forest (each article points at an earlier one): pointer jumping to the roots
    ptr = arts.select("seq").join(edges.select("seq", "parent"), "seq", "left")
    ptr = ptr.select("seq", F.coalesce("parent", "seq").alias("parent")).localCheckpoint()
    while True:
        x, y = ptr.alias("x"), ptr.alias("y")
        step = x.join(y, F.col("x.parent") == F.col("y.seq")).select(
            F.col("x.seq").alias("seq"), F.col("x.parent").alias("p1"), F.col("y.parent").alias("p2")
        )
        step = step.localCheckpoint()
        if step.where(F.col("p1") != F.col("p2")).limit(1).count() == 0:
            break
        ptr = step.select("seq", F.col("p2").alias("parent"))
    roots = arts.select(F.col("seq").alias("parent"), F.col("id").alias("dup_group"))
    out = (
        arts.select("seq", "id")
        .join(ptr, "seq")
        .join(roots, "parent")
        .join(edges.select("seq", "dup_of", "dup_score"), "seq", "left")
        .select("seq", "id", "dup_group", "dup_of", "dup_score")
    )
    return spark.createDataFrame(out.rdd, DEDUP_SCHEMA)


def load(
    articles: DataFrame,
    db: str,
    groups: DataFrame | None = None,
    *,
    batch_size: int = 200,
    keep_failures: int = 20,
) -> dict[str, Any]:
    """Store read rows in the corpus ``db`` (the store ``warta ingest`` writes), in input order,
    from the driver as one writer; with ``groups`` (from :func:`dedup`) the near-duplicate
    groups are taken from it, else the store finds them (the same rule, so the same groups).

    ``groups`` cover only the rows given, so they are used only when the store is empty; added
    to a corpus that holds articles, new ones are matched against the stored ones by the store
    (``counts["groups_used"]`` says which happened). As ``warta ingest`` reports them,
    ``counts["failures"]`` holds the first ``keep_failures`` ``(origin, why)`` that failed (a bad
    row; a page URL stored before with another text, in this load or by another writer) and
    ``counts["reused_ids"]`` each article stored under its key, its own id being another's, and
    ``counts["ignored_fields"]`` the first fields ignored (an id given as a list: not kept)."""
    from warta.corpus.ingest import ignored_fields
    from warta.corpus.store import Store
    from warta.stories.store import ensure_current

    counts: dict[str, Any] = {"stored": 0, "skipped": 0, "duplicates": 0, "failed": 0, "groups_used": 0}
    failures: list[tuple[str, str]] = []
    reused_ids: list[tuple[str, str]] = []
    ignored: list[tuple[str, str]] = []  # the first (origin, warning) of fields ignored, as ingest keeps them
    counts.update(failures=failures, reused_ids=reused_ids, ignored_fields=ignored, n_ignored=0)

    def failed(origin: str, why: str) -> None:
        counts["failed"] += 1
        if len(failures) < keep_failures:
            failures.append((origin, why))

    with Store(db) as store:
        ensure_current(store)  # stories made with other story features: re-cluster (or refuse) first
        df = articles
        if groups is not None and not store.scalar("SELECT 1 FROM articles LIMIT 1"):
            df = df.join(groups.select("seq", "dup_group", "dup_of", "dup_score"), "seq", "left")
            counts["groups_used"] = 1
        buffer: list[Any] = []
        errors: list[tuple[str, str, str | None, str]] = []
        read_fine: list[tuple[str, str | None]] = []  # as in warta ingest: their old error rows are stale

        def flush() -> None:
            res = store.write_batch(buffer, errors, read_fine)
            counts["stored"] += res.stored
            counts["skipped"] += res.skipped
            counts["duplicates"] += res.duplicates
            reused_ids.extend(res.reused_ids)
            for origin, why in res.refused:
                failed(origin, why)
            buffer.clear()
            errors.clear()
            read_fine.clear()

        for row in df.orderBy("seq").toLocalIterator():
            r = row.asDict()
            reason = r.get("error") or (None if r.get("id") and r.get("record") else "no id or no record")
            if reason is None:
                dup = None
                if r.get("dup_group") is not None:
                    dup = (r["dup_group"], r.get("dup_of"), r.get("dup_score"))
                try:
                    buffer.append(partition.to_processed(r, dup))
                    origin = r.get("origin") or r["id"]
                    if why := ignored_fields(buffer[-1].record):
                        counts["n_ignored"] += len(why)
                        ignored.extend((origin, w) for w in why[: max(0, keep_failures - len(ignored))])
                    read_fine.append((origin, r.get("file")))  # None in an older read's rows: its own row only
                except ValueError as e:  # a damaged row costs that row only
                    reason = f"unreadable row: {e}"
            if reason is not None:
                key = r.get("id") or r.get("origin") or f"seq:{r.get('seq')}"
                failed(r.get("origin") or key, reason)
                errors.append((key, r.get("origin") or key, r.get("id"), reason))
            if len(buffer) + len(errors) >= batch_size:
                flush()
        flush()
        counts["unlinked"] = list(store.link_failures)  # stored without story or identity links, as ingest says
    return counts
