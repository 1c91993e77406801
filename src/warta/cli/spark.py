"""``spark``: read, deduplicate and load a corpus on Apache Spark (``pip install 'warta[spark]'``).

``warta spark read INPUT… OUTPUT`` reads JSONL, JSON, CSV, Parquet or WARC (local paths or
anything Spark/Hadoop reads) into one row per record (failed records as rows with their error);
``warta spark dedup ARTICLES OUTPUT`` finds near-duplicate groups over the whole corpus;
``warta spark load ARTICLES [DEDUP] --db URL`` stores them where ``warta ingest`` would.
Runs on ``local[*]`` by default, or under spark-submit on a cluster (see README).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from warta.cli.args import add_record_budget, none_exists, seconds
from warta.corpus.cli import add_db
from warta.spark.paths import local_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("spark", help="read, deduplicate and load a corpus on Apache Spark", description=__doc__)
    ss = p.add_subparsers(dest="spark_command", metavar="STEP")
    r = ss.add_parser("read", help="read records into one row each (Parquet or JSON lines)")
    r.add_argument("paths", nargs="+", metavar="INPUT… OUTPUT", help="input files/folders/URIs, then the output folder")
    r.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    r.add_argument("--partitions", type=int, default=None, metavar="N", help="input partitions (default: Spark's)")
    r.add_argument("--column", action="append", default=[], metavar="FIELD=NAME", help="CSV/Parquet column mapping")
    r.add_argument("--exclude", default="", metavar="LAYER,…", help="layers to skip")
    add_record_budget(
        r, seconds(0, 86_400), "a record still reading after this long is stopped and is an error row (default 300)"
    )
    d = ss.add_parser("dedup", help="near-duplicate groups over the whole corpus")
    d.add_argument("articles", metavar="ARTICLES", help="output folder of `warta spark read`")
    d.add_argument("output", metavar="OUTPUT")
    d.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    ld = ss.add_parser("load", help="store read (and deduplicated) rows in a corpus database")
    ld.add_argument("articles", metavar="ARTICLES", help="output folder of `warta spark read`")
    ld.add_argument("dedup", nargs="?", metavar="DEDUP", help="output folder of `warta spark dedup` (optional)")
    add_db(ld)
    ld.add_argument("--batch", type=int, default=200, metavar="N", help="records per transaction (default 200)")
    for q in (r, d, ld):
        q.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])")
        q.set_defaults(func=run)
    p.set_defaults(func=lambda _a: (p.print_help(sys.stderr), 2)[1])


def _fail(msg: str) -> int:
    print(f"warta: error: {msg}", file=sys.stderr)
    return 2


def _output_problem(output: str, inputs: list[str]) -> str | None:
    """Why writing a step's output to ``output`` would destroy a user's files, or None. Spark
    writes in mode overwrite: a file there, an input, or a folder of other files is deleted whole
    (`warta spark read day1.jsonl day2.jsonl`, the output forgotten, deleted day2.jsonl)."""
    out = local_path(output)
    if out is None:  # a remote output (hdfs://, s3a:// …) is only compared with the inputs as given
        return f"the output {output} is also an input" if output in inputs else None
    out = out.resolve()
    for given in inputs:
        src = local_path(given)
        if src is None:
            continue  # a remote input is never this local output
        src = src.resolve()
        if src == out or out in src.parents:
            return f"the output {output} is also an input (the last path is the output folder)"
    if out.is_file():
        return f"the output {output} is a file (the last path is the output folder, which is replaced)"
    if out.is_dir():
        other = next((f.name for f in out.iterdir() if not f.name.startswith(("part-", "_", "."))), None)
        if other is not None:
            return f"the output folder {output} holds {other}, not written by warta spark; give a new folder"
    return None


def _no_folder(folder: str) -> str:
    return f"no such folder: {folder} (an output folder of `warta spark read`/`dedup`)"


def unfinished(folder: str) -> str:
    """Why a folder without Spark's ``_SUCCESS`` marker is not read: its step was stopped (killed,
    out of memory, Ctrl-C) before it finished, so it holds some of the rows or none, and loading
    it stored a part of the corpus, or nothing, saying it had loaded everything."""
    return (
        f"{folder} was not finished by `warta spark read`/`dedup` (no _SUCCESS marker: the step was "
        "stopped); run that step again into it, which redoes it whole"
    )


def run(args: argparse.Namespace) -> int:
    try:
        from warta.spark import jobs
    except ImportError as e:
        return _fail(f"`warta spark` needs pyspark: pip install 'warta[spark]' ({e})")
    step = args.spark_command
    read_options: dict[str, Any] = {}
    if step == "read":
        if len(args.paths) < 2:
            return _fail("spark read wants INPUT… OUTPUT")
        if args.partitions is not None and args.partitions < 1:
            return _fail("--partitions must be at least 1")
        if absent := none_exists([local_path(x) for x in args.paths[:-1]]):
            return _fail(absent)
        if problem := _output_problem(args.paths[-1], args.paths[:-1]):
            return _fail(problem)
        columns = {}
        for spec in args.column:
            field, sep, name = spec.partition("=")
            if not sep or not field.strip() or not name.strip():
                return _fail(f"--column wants FIELD=NAME, not {spec!r}")
            columns[field.strip()] = name.strip()
        from warta.pipeline import LAYERS

        exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
        unknown = [x for x in exclude if x not in dict(LAYERS)]
        if unknown:
            return _fail(f"unknown layer {unknown[0]!r}")
        read_options = {"columns": columns or None, "exclude": exclude}
    if step == "load" and args.batch < 1:
        return _fail("--batch must be at least 1")
    if step in ("dedup", "load"):
        for folder in (args.articles, getattr(args, "dedup", None)):
            if folder and (p := local_path(folder)) is not None and not p.is_dir():
                return _fail(_no_folder(folder))
        if step == "dedup" and (problem := _output_problem(args.output, [args.articles])):
            return _fail(problem)
        for folder in (args.articles, getattr(args, "dedup", None)):
            if folder and (p := local_path(folder)) is not None and not (p / "_SUCCESS").exists():
                return _fail(unfinished(folder))
    spark = jobs.session(args.master, app=f"warta spark {step}")
    spark.sparkContext.setLogLevel("ERROR")
    from py4j.protocol import Py4JJavaError
    from pyspark.errors.exceptions.captured import CapturedException

    try:
        return _step(args, step, spark, jobs, read_options)
    except (CapturedException, Py4JJavaError) as e:  # Hadoop unreachable, a remote path refused …
        return _fail(f"Spark could not {step}: {_java_reason(e)}")


def _java_reason(e: Exception) -> str:
    """The first line of a Java error as Spark passes it up (``java.net.UnknownHostException:
    nohost``), not the Python and Java traces that buried it: a cluster or a remote path the user
    named is unreachable, which is their input, not a crash of warta."""
    java = getattr(e, "java_exception", None)
    text = str(java) if java is not None else str(e)
    first = next((line.strip() for line in text.splitlines() if line.strip()), type(e).__name__)
    return first.removeprefix("java.lang.IllegalArgumentException: ")


def _step(args: argparse.Namespace, step: str, spark: Any, jobs: Any, read_options: dict[str, Any]) -> int:
    """The step itself, once the checks that need no Spark have passed."""
    if step in ("dedup", "load"):  # a remote folder is judged as a local one, once Hadoop can be asked
        for folder in (args.articles, getattr(args, "dedup", None)):
            if folder and local_path(folder) is None and (state := jobs.remote_folder(spark, folder)):
                return _fail(unfinished(folder) if state == "unfinished" else _no_folder(folder))
    if step == "read":
        *inputs, output = args.paths
        df = jobs.read(
            spark,
            inputs,
            partitions=args.partitions,
            record_budget=args.record_budget,
            **read_options,
        )
        jobs.write(df, output, args.format)
        out = jobs.load_table(spark, output, jobs.READ_SCHEMA)
        n, failed = out.count(), out.where(out.error.isNotNull()).count()
        print(f"read {n:,} records into {output} ({failed:,} failed)", file=sys.stderr)
        return 1 if failed else 0  # as warta read and ingest: some input was bad
    if step == "dedup":
        arts = jobs.load_table(spark, args.articles, jobs.READ_SCHEMA)
        groups = jobs.dedup(spark, arts)
        jobs.write(groups.orderBy("seq"), args.output, args.format)
        out = jobs.load_table(spark, args.output, jobs.DEDUP_SCHEMA)
        n, dups = out.count(), out.where(out.dup_of.isNotNull()).count()
        print(f"{n:,} articles, {dups:,} near-duplicates, written to {args.output}", file=sys.stderr)
        return 0
    from warta.corpus.store import StoreError, default_db

    db = args.db or default_db()
    arts = jobs.load_table(spark, args.articles, jobs.READ_SCHEMA)
    groups = jobs.load_table(spark, args.dedup, jobs.DEDUP_SCHEMA) if args.dedup else None
    try:
        c = jobs.load(arts, db, groups, batch_size=args.batch)
    except StoreError as e:
        print(f"warta: {e}", file=sys.stderr)
        return 2
    if args.dedup and not c["groups_used"]:
        print(
            "warta: the corpus already held articles: near-duplicates were matched against them by the store "
            f"(the groups in {args.dedup} cover only this input)",
            file=sys.stderr,
        )
    print(
        f"loaded {c['stored']:,} new articles into {db} ({c['duplicates']:,} near-duplicates), "
        f"{c['skipped']:,} already stored, {c['failed']:,} failed",
        file=sys.stderr,
    )
    from warta.cli.ingest import report

    report(db, c["failed"], c["failures"], c["reused_ids"], c["unlinked"], c["ignored_fields"], c["n_ignored"])
    return 1 if c["failed"] else 0
