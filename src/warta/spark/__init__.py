"""Warta on Apache Spark: read, deduplicate and load millions of articles.

Two layers, so the logic is testable without a cluster:
- :mod:`warta.spark.partition`: plain per-partition functions (no pyspark import): records in,
  output rows out; band keys; pair verification; rows back to what the store writes;
- :mod:`warta.spark.jobs`: thin Spark wrappers (``read``, ``dedup``, ``load``) that the
  ``warta spark`` command runs.

Near-duplicate groups follow the rule of the single-machine store, so both paths agree: in
input order, each article joins the group of its best-matching earlier article (LSH candidates,
most shared bands first, at most ``CANDIDATE_LIMIT``, every one verified).
"""

from warta.spark.partition import ROW_FIELDS, read_partition, to_processed

__all__ = ["ROW_FIELDS", "read_partition", "to_processed"]
