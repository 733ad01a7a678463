"""Lint call exports on Apache Spark, with the findings `scriptlint check` gives on the same calls.

    from scriptlint.spark import lint_calls
    findings = lint_calls(spark.read.parquet("hdfs:///asr/2026-03-01"), config=".scriptlint.yaml")

The input has a row per call: `id`, `meta` (a map or a struct: stage, called_party, started_at,
agent, team, contact, outcome …) and `turns` (an array of structs: speaker, text, start, end; the
speaker aliases of a JSONL export are read too). Each row is turned into the JSON of a call export
(`to_json`: a null field reads as an absent one) and read by the JSONL reader itself, so a row
lints exactly as the same call on a line of a JSONL file does. The output columns are listed in
`scriptlint.spark.schema`.

- Rules and config are loaded once per Python worker: the driver builds the engine first (a bad
  pack or config fails there, before any task), then broadcasts the config and the source of the
  extra packs; each worker writes them to a temporary folder and builds its engine on first use.
  The built-in pack comes with the package installed on the executors, and a worker whose
  built-in pack differs from the driver's fails the job instead of linting by other rules.
- Calls reach Python in Arrow batches (`mapInArrow`).
- `call-frequency` over many calls: each call's attempt key (attempts.py, on the workers) is
  numbered per contact and day by a Spark window over the whole DataFrame, so the result does not
  depend on how the rows are partitioned.
- A row that is not a readable call (no `turns`, a turn without a speaker or with a non-string
  text, malformed JSON from a JSONL line) gives one finding row with `error` set, and a calls row
  with status `error`; the other calls are linted as usual.

PySpark is an optional extra (`pip install "scriptlint[spark]"`); `import scriptlint` never
imports this package."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

from .schema import CALL_FIELDS, CALLS_DDL, FINDING_FIELDS, FINDINGS_DDL, ROWS_DDL, arrow_rows_schema

__all__ = ["lint_calls", "lint_calls_with_summary", "FINDINGS_DDL", "CALLS_DDL"]

INSTALL_HINT = 'scriptlint.spark needs PySpark: pip install "scriptlint[spark]"'
CALL_COLUMNS = ("id", "meta", "turns")


def lint_calls(df, config=None, rules=None):
    """The findings of every call in `df` (a DataFrame with `id`, `meta`, `turns`; see the module
    docstring). `config`: a `.scriptlint.yaml` path or a loaded `Config` (None: the defaults, no
    config file is searched for); `rules`: extra pack directories, as `--rules`."""
    findings, _ = lint_calls_with_summary(df, config, rules)
    return findings


def lint_calls_with_summary(df, config=None, rules=None):
    """(findings, calls): the findings and one row per call (schema.CALLS_DDL), from one linting
    pass (its rows are persisted, so writing both tables lints each call once)."""
    _require()
    from pyspark.sql import functions as F

    missing = [c for c in ("turns",) if c not in df.columns]
    if missing:
        raise ValueError(f"the DataFrame has no `{missing[0]}` column; a call has columns {', '.join(CALL_COLUMNS)} "
                         f"(it has {', '.join(df.columns) or 'none'})")
    cols = [c for c in CALL_COLUMNS if c in df.columns]
    calls = df.select(F.to_json(F.struct(*cols), {"ignoreNullFields": "true"}).alias("_call"), F.lit(None).cast("string").alias("_path"))
    return lint_json_calls(calls, config, rules)


def lint_json_calls(calls, config=None, rules=None):
    """(findings, calls) for a DataFrame of call exports as JSON text: column `_call` (one call's
    JSON, as a JSONL line) and `_path` (its file, or null)."""
    _require()
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    job = Job.prepare(config, rules)
    spark = calls.sparkSession
    shared = spark.sparkContext.broadcast(job)
    keyed = calls.mapInArrow(_keys_mapper(shared), "_call string, _path string, _contact string, _day string, _clock string, _cid string")
    eligible = F.col("_contact").isNotNull()
    # calls that are no attempt are spread by a hash instead of meeting in one null partition
    spread = F.when(eligible, F.lit(None)).otherwise(F.xxhash64("_call", "_path"))
    window = Window.partitionBy("_contact", "_day", spread).orderBy("_clock", "_cid", "_call")
    ranked = keyed.select("_call", "_path", F.when(eligible, F.row_number().over(window)).alias("_attempt"))
    rows = ranked.mapInArrow(_lint_mapper(shared), ROWS_DDL).persist(StorageLevel.MEMORY_AND_DISK)
    findings = rows.where(F.col("row") == "finding").select(*FINDING_FIELDS)
    summary = rows.where(F.col("row") == "call").select(*CALL_FIELDS)
    return findings, summary


def _require() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc


# -- what the driver sends ------------------------------------------------------------------

class Job:
    """The config and the extra packs' source, as the driver read them: small and picklable."""

    def __init__(self, config, packs: list[dict[str, bytes] | tuple[str, bytes]], builtin: str):
        self.config = config  # a Config whose `rules` are left empty: the packs travel as source
        self.packs = packs  # per pack directory {relative path: bytes}; a pack file: (name, bytes)
        self.builtin = builtin  # digest of the driver's built-in pack
        self.token = os.urandom(8).hex()  # names this job's engine in a worker's cache

    @classmethod
    def prepare(cls, config=None, rules=None) -> Job:
        """Read the config and packs on the driver and build the engine once, so a bad pack or
        config is an error here (ScriptlintError, exit 2 on the command line), not in a task."""
        import copy

        from ..config import Config, load_config
        from ..factory import build_engine

        cfg = config if isinstance(config, Config) else load_config(str(config)) if config is not None else Config()
        dirs = [*cfg.rules, *map(str, [rules] if isinstance(rules, (str, os.PathLike)) else rules or ())]
        build_engine(cfg, [str(d) for d in dirs[len(cfg.rules):]])  # raises for a bad pack or name
        packs = [_read_pack(Path(d)) for d in dirs]
        sent = copy.copy(cfg)
        sent.rules = []
        return cls(sent, packs, builtin_digest())

    def engine(self):
        """This worker's engine, built on first use from the broadcast source."""
        from ..config import Config
        from ..factory import build_engine

        if builtin_digest() != self.builtin:
            raise RuntimeError("this executor's scriptlint has another built-in rule pack than the driver's: "
                               "install the same scriptlint wheel on the driver and the executors (docs/scale.md)")
        folder = Path(tempfile.mkdtemp(prefix="scriptlint-packs-"))
        atexit.register(shutil.rmtree, folder, True)
        dirs = [_write_pack(folder / f"pack{i}", pack) for i, pack in enumerate(self.packs)]
        cfg: Config = self.config
        engine = build_engine(cfg, dirs)
        engine.warm_up()
        return engine, cfg


def _read_pack(path: Path):
    from ..pack import MAX_PACK_BYTES, PackError
    from ..safeio import read_capped

    if path.is_file():
        return (path.name, read_capped(str(path), MAX_PACK_BYTES))
    if not path.is_dir():
        raise PackError(str(path), 0, "rule directory not found")
    return {p.relative_to(path).as_posix(): read_capped(str(p), MAX_PACK_BYTES)
            for p in sorted(path.rglob("*")) if p.suffix in (".yaml", ".yml") and p.is_file()}


def _write_pack(target: Path, pack) -> str:
    if isinstance(pack, tuple):
        target.mkdir(parents=True)
        name, data = pack
        (target / Path(name).name).write_bytes(data)
        return str(target / Path(name).name)
    for rel, data in pack.items():
        dest = (target / rel).resolve()
        if not dest.is_relative_to(target.resolve()):  # the driver read it under the directory
            raise ValueError(f"pack file outside its directory: {rel}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    target.mkdir(parents=True, exist_ok=True)
    return str(target)


def builtin_digest() -> str:
    from ..pack import builtin_rules_dir

    root = builtin_rules_dir()
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".yaml", ".yml") and p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


# -- what the Python workers run ------------------------------------------------------------

_ENGINES: dict = {}  # job token → (engine, config): one per Python worker process


def _state(shared):
    job = shared.value
    state = _ENGINES.get(job.token)
    if state is None:
        _ENGINES.clear()  # a reused worker keeps the engine of the job it serves now, not every job's
        state = _ENGINES[job.token] = job.engine()
    return state


def _read_call(raw: str | None):
    """A Document, or an InputError, for one call's JSON (a JSONL line)."""
    from ..inputs import jsoncall
    from ..model import InputError

    if raw is None or not raw.strip():
        return InputError("call", "empty row: a call is a JSON object with a `turns` list")
    item = jsoncall.line_document(raw.lstrip("\ufeff"), "call", 1)
    if item is not None and not isinstance(item, InputError):
        item.raw = None  # positions are turn columns here, not places in a file
    return item


def _keys_mapper(shared):
    def keys(batches):
        import pyarrow as pa

        from ..attempts import attempt_key
        from ..model import Document

        engine, _ = _state(shared)
        language = engine.ruleset.language
        for batch in batches:
            contact, day, clock, cid = [], [], [], []
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the linting pass warns
                for raw in batch.column("_call").to_pylist():
                    doc = _read_call(raw)
                    key = attempt_key(doc, language) if isinstance(doc, Document) else None
                    contact.append(key and key[0])
                    day.append(key and key[1])
                    clock.append(key and key[2])
                    cid.append(key and (doc.call_id or ""))
            yield pa.RecordBatch.from_arrays(
                [batch.column("_call"), batch.column("_path"), *(pa.array(x, pa.string()) for x in (contact, day, clock, cid))],
                names=["_call", "_path", "_contact", "_day", "_clock", "_cid"])

    return keys


def _lint_mapper(shared):
    def lint(batches):
        import pyarrow as pa

        schema = arrow_rows_schema()
        engine, cfg = _state(shared)
        for batch in batches:
            rows: list[dict] = []
            paths = batch.column("_path").to_pylist()
            attempts = batch.column("_attempt").to_pylist()
            for raw, path, attempt in zip(batch.column("_call").to_pylist(), paths, attempts, strict=True):
                rows.extend(lint_one(engine, cfg, raw, path, attempt))
            yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return lint


def lint_one(engine, cfg, raw: str | None, path: str | None, attempt: int | None) -> list[dict]:
    """The rows of one call: its findings (or one error row) and its calls row."""
    from ..batch import Report, lint_document
    from ..model import InputError
    from ..views import RuleTimeout

    report = Report()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = _read_call(raw)
        if isinstance(doc, InputError):
            call_id = _id_of(raw)
            return [{"row": "finding", "call_id": call_id, "path": path, "error": doc.reason},
                    {"row": "call", "call_id": call_id, "path": path, "status": "error", "error": doc.reason,
                     "notes": [], "errors": 0, "warnings": 0, "infos": 0}]
        doc.attempt = attempt
        doc.path = path or "<spark>"
        found = lint_document(engine, doc, cfg, False, report, None)
    found.sort(key=lambda f: f.sort_key())
    notes = [("rule timeout: " if issubclass(w.category, RuleTimeout) else "") + str(w.message).removeprefix("call:1: ")
             for w in caught]
    counts = {"error": 0, "warning": 0, "info": 0}
    rows = []
    for f in found:
        counts[f.severity.label] += 1
        rows.append({
            "row": "finding", "call_id": f.call_id, "turn": f.turn, "path": path, "line": None,
            "column": f.column, "end_line": None, "end_column": f.end_column, "rule": f.rule, "category": f.category,
            "severity": f.severity.label, "message": f.message, "match": f.match, "suggestion": f.suggestion,
            "fix": None if f.fix is None else {"start": f.fix.start, "end": f.fix.end, "replacement": f.fix.replacement},
            "speaker": f.speaker, "error": None,
        })
    rows.append({"row": "call", "call_id": doc.call_id, "path": path, "status": "ok", "error": None, "notes": notes,
                 "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]})
    return rows


def _id_of(raw: str | None) -> str | None:
    """The `id` of a call that could not be read, when its JSON at least has one."""
    import json

    try:
        obj = json.loads(raw or "")
    except (ValueError, RecursionError):
        return None
    value = obj.get("id") if isinstance(obj, dict) else None
    return None if value is None or isinstance(value, (dict, list)) else str(value)
