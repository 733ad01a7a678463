"""`python -m scriptlint.spark INPUT OUTPUT [--format parquet|jsonl] [--config FILE] [--rules DIR]…`

Reads call exports (Parquet with columns id, meta, turns; or JSONL, one call per line, read as
`scriptlint check` reads it) and writes two Parquet tables: OUTPUT/findings and OUTPUT/calls
(columns in scriptlint/spark/schema.py). Run it with spark-submit on a cluster (docs/scale.md), or
with `--master local[N]` on one machine. Exit codes: 0 written; 2 a usage, config or rule-pack
error, or an input that cannot be read at all. Findings do not change the exit code: the tables
are the result."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv=None):
    ap = argparse.ArgumentParser(prog="python -m scriptlint.spark", description=__doc__.split("\n\n")[1])
    ap.add_argument("input", help="call exports: a file, folder or glob that Spark can read (hdfs://, s3a://, file paths)")
    ap.add_argument("output", help="folder to write findings/ and calls/ into (Parquet)")
    ap.add_argument("--format", choices=("parquet", "jsonl"), default=None,
                    help="the input's format (default: jsonl when INPUT ends in .jsonl, else parquet)")
    ap.add_argument("--config", default=None, help="a .scriptlint.yaml (none is searched for)")
    ap.add_argument("--rules", action="append", default=[], help="an extra rule pack directory (repeatable)")
    ap.add_argument("--master", default=None, help="Spark master when not run by spark-submit, e.g. local[2]")
    ap.add_argument("--partitions", type=int, default=None,
                    help="partitions of the linting pass (spark.sql.shuffle.partitions; default: as configured, "
                         "else 4 per core of the application)")
    ap.add_argument("--overwrite", action="store_true", help="replace OUTPUT's tables if they exist")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        from scriptlint.spark import INSTALL_HINT

        print(f"error: {INSTALL_HINT}", file=sys.stderr)
        return 2
    from scriptlint.model import ScriptlintError
    from scriptlint.spark import Job

    try:
        Job.prepare(args.config, args.rules)  # a bad config or pack: exit 2 before Spark starts
    except (ScriptlintError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    spark, existing = _session(args)
    try:
        return _run(spark, args)
    finally:
        if existing is None:
            spark.stop()


def _session(args):
    """(the session, the one that was already running or None): a session this program started is
    stopped at the end; one it was called from is left running."""
    from pyspark.sql import SparkSession

    if (args.master or "").startswith("local"):
        import os

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter, with scriptlint
    existing = SparkSession.getActiveSession()
    builder = SparkSession.builder.appName("scriptlint").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    if existing is None:
        spark.sparkContext.setLogLevel("WARN")
    if args.partitions or not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        # the window that numbers attempts decides the linting pass's partitions: Spark's 200 are
        # too many small tasks for a small run and too few for a large cluster
        spark.conf.set("spark.sql.shuffle.partitions", str(args.partitions or 4 * spark.sparkContext.defaultParallelism))
    return spark, existing


def _run(spark, args) -> int:
    from pyspark.sql import functions as F
    from pyspark.sql.utils import AnalysisException

    from scriptlint.spark import lint_calls_with_summary, lint_json_calls

    fmt = args.format or ("jsonl" if args.input.lower().endswith(".jsonl") else "parquet")
    try:
        if fmt == "jsonl":
            lines = spark.read.text(args.input).where(F.trim(F.col("value")) != "")
            calls = lines.select(F.col("value").alias("_call"), F.input_file_name().alias("_path"))
            findings, summary = lint_json_calls(calls, args.config, args.rules)
        else:
            findings, summary = lint_calls_with_summary(spark.read.parquet(args.input), args.config, args.rules)
    except (AnalysisException, ValueError) as exc:
        print(f"error: {args.input}: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    out = args.output.rstrip("/")
    mode = "overwrite" if args.overwrite else "errorifexists"
    try:
        findings.write.mode(mode).parquet(out + "/findings")
        summary.write.mode(mode).parquet(out + "/calls")
    except AnalysisException as exc:
        print(f"error: {args.output}: {str(exc).splitlines()[0]} (--overwrite replaces it)", file=sys.stderr)
        return 2
    totals = spark.read.parquet(out + "/calls").agg(
        F.count(F.lit(1)), F.sum(F.when(F.col("status") == "error", 1).otherwise(0)),
        F.sum("errors"), F.sum("warnings"), F.sum("infos")).first()
    calls_n, bad, e, w, i = (int(x or 0) for x in totals)
    print(f"{calls_n} calls ({bad} unreadable): {e} errors, {w} warnings, {i} infos -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
