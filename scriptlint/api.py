"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from . import baseline as baseline_mod
from . import inputs, suppression
from .config import Config
from .engine import Engine
from .model import Finding, InputError, Severity, selects
from .pack import Rule, RuleSet, load_rules


@dataclass
class FileInfo:
    path: str
    kind: str
    encoding: str


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable inputs: exit 2 at the end
    warnings: list[str] = field(default_factory=list)
    unused_disables: list = field(default_factory=list)  # (path, Directive)
    # When set, findings are handed to the sink as each document is done instead of being kept:
    # memory stays flat on big batches. `streamed` counts them by severity.
    sink: object = None
    streamed: dict = field(default_factory=dict)

    def add(self, findings: list[Finding]) -> None:
        if self.sink is None:
            self.findings.extend(findings)
            return
        for f in findings:
            self.streamed[f.severity] = self.streamed.get(f.severity, 0) + 1
        self.sink(findings)

    def __iter__(self):
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def merge(self, other: Report) -> None:
        self.add(other.findings)
        self.files.extend(other.files)
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.unused_disables.extend(other.unused_disables)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity) + self.streamed.get(severity, 0)


def select_rules(rules: list[Rule], select=(), ignore=()) -> list[Rule]:
    chosen = [r for r in rules if not select or any(selects(t, r.id, r.category) for t in select)]
    return [r for r in chosen if not any(selects(t, r.id, r.category) for t in ignore)]


def split_ids(values) -> list[str]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in str(v).split(",") if x.strip())
    return out


@functools.lru_cache(maxsize=8)
def _ruleset(rules_dirs: tuple[str, ...]) -> RuleSet:
    return load_rules(list(rules_dirs))


@functools.lru_cache(maxsize=16)
def get_engine(rules_dirs: tuple[str, ...] = (), select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
               options: tuple[tuple[str, object], ...] = ()) -> Engine:
    ruleset = _ruleset(rules_dirs)
    return Engine(ruleset, select_rules(ruleset.rules, select, ignore), dict(options))


def lint_text(text: str, kind: str = "script", *, path: str = "<text>", engine: Engine | None = None,
              show_examples: bool = False, meta: dict | None = None) -> list[Finding]:
    """Lint a string. `kind`: script, transcript, training, auto, or utterance (one utterance of
    agent speech: call-level rules are not run). `meta`: call metadata (SPEC §3)."""
    engine = engine or get_engine()
    doc = inputs.read_text(text, path, kind)
    if meta:
        doc.meta.update(meta)
    return _visible(engine.lint(doc), show_examples)


def _visible(findings: list[Finding], show_examples: bool) -> list[Finding]:
    out = []
    for f in findings:
        if f.counter_example:
            if not show_examples:
                continue
            f.severity = Severity.INFO
        out.append(f)
    return out


def discover(paths: list[str], report: Report) -> list[str]:
    """Expand directories (recursively; hidden and git-ignored paths, symlinked directories and
    non-regular files are skipped). A missing path is an error; the others are still checked."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if not name.startswith(".") and name.lower().endswith(inputs.EXTENSIONS) and os.path.isfile(full):
                        found.append(full)
            out.extend(_not_ignored(sorted(found), Path(p)))
        elif os.path.lexists(p):
            out.append(p)  # unreadable, special or looping paths are reported when read
        else:
            report.errors.append(f"{p}: no such file or directory")
    return out


def _not_ignored(files: list[str], root: Path) -> list[str]:
    if not files:
        return files
    try:
        res = subprocess.run(
            ["git", "-C", str(root), "check-ignore", "--stdin", "-z"],
            input="\0".join(os.path.relpath(f, root) for f in files), capture_output=True, text=True, timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if res.returncode not in (0, 1):
        return files
    ignored = {os.path.normpath(os.path.join(root, x)) for x in res.stdout.split("\0") if x}
    return [f for f in files if os.path.normpath(f) not in ignored]


def lint_paths(paths, *, kind: str = "auto", rules_dirs=(), select=(), ignore=(), show_examples: bool = False,
               config: Config | None = None, baseline: str | None = None, engine: Engine | None = None,
               stdin_data: bytes | None = None, jobs: int | None = None, sink=None) -> Report:
    """Lint files and directories; returns a Report (iterable over its findings).

    `config` is a loaded `.scriptlint.yaml` (see `config.load_config`); `baseline` a baseline file
    whose findings are not reported."""
    cfg = config or Config()
    select_ids = split_ids(select) or cfg.select
    ignore_ids = cfg.ignore + split_ids(ignore)
    if engine is None:
        engine = get_engine(tuple(cfg.rules) + tuple(map(str, rules_dirs)), tuple(select_ids), tuple(ignore_ids),
                            tuple(sorted(cfg.options.items())))
    known = baseline_mod.read(baseline) if baseline else None
    report = Report(sink=sink)
    files = [p for p in discover([str(p) for p in paths], report) if p == "-" or not cfg.excluded(p)]
    one_jsonl = len(files) == 1 and _is_jsonl(files[0], cfg.kind_for(files[0], kind))
    workers = _workers(jobs, files, one_jsonl)
    progress = _Progress(len(files)) if len(files) >= PROGRESS_MIN_FILES else None
    if one_jsonl and workers > 1:
        # One big JSONL batch: its calls are spread over the workers, results stay in line order.
        # Counting the calls reads the file once more: only for a bar someone will see.
        show = _size(files[0]) >= PARALLEL_MIN_BYTES and _Progress.shown()
        progress = _Progress(_count_lines(files[0]), "calls") if show else None
        results = _lint_jsonl_parallel(engine, files[0], cfg, show_examples, known, workers, report, progress)
    elif len(files) > 1 and workers > 1:
        results = _lint_parallel(engine, files, kind, cfg, show_examples, known, workers, progress)
    else:  # one file with workers > 1: a large document's turns are spread over them
        results = (_lint_file(engine, path, kind, cfg, show_examples, known, stdin_data, sink=report.add, workers=workers)
                   for path in files)
    for partial in results:
        report.merge(partial)
        if progress and progress.unit == "files":
            progress.advance()
    if progress:
        progress.stop()
    return report


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


PROGRESS_MIN_FILES = 50


def _is_jsonl(path: str, kind: str) -> bool:
    return kind == "jsonl" or (kind == "auto" and path.lower().endswith(".jsonl"))


PARALLEL_MIN_BYTES = 512 * 1024


@functools.lru_cache(maxsize=1)
def _can_fork() -> bool:
    """Workers are forked (they inherit the loaded engine); where fork is unavailable (Windows), a
    run is serial."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _workers(jobs: int | None, files: list[str], jsonl: bool = False) -> int:
    """--jobs; by default the CPU count for a directory of many files, a JSONL batch or one large
    file (≥ 512 KB, whose turns are then split over the workers), else 1. `jsonl`: the one file
    is read as a JSONL batch."""
    if "-" in files or not files or not _can_fork():
        return 1
    cpus = os.cpu_count() or 1
    if len(files) == 1:
        if jobs is not None:
            return max(1, jobs)
        if jsonl:
            return cpus
        return cpus if _size(files[0]) >= PARALLEL_MIN_BYTES else 1
    if jobs is None:
        return min(cpus, len(files)) if len(files) >= 8 else 1
    return max(1, min(jobs, len(files)))


def _lint_file(engine: Engine, path: str, kind: str, cfg: Config, show_examples: bool, known,
               stdin_data: bytes | None = None, sink=None, workers: int = 1) -> Report:
    """One file's report. With `sink`, each document's findings go straight to it (a JSONL batch
    of any size is never held in memory). With `workers` > 1, a large document's turns are
    linted in that many forked processes."""
    file_kind = cfg.kind_for(path, kind)
    if path == "-":
        data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
        items = inputs.iter_documents("<stdin>", file_kind, data=data)
    else:
        items = inputs.iter_documents(path, file_kind)
    return _lint_items(engine, items, cfg, show_examples, known, sink=sink, workers=workers)


def _lint_items(engine: Engine, items, cfg: Config, show_examples: bool, known, sink=None, workers: int = 1,
                encoding: str | None = None) -> Report:
    """The report of one file's documents (InputErrors are recorded, None items skipped); warnings
    raised while reading and linting are collected into it. `encoding` labels documents that do
    not carry their file's encoding (JSONL lines read in batches)."""
    partial = Report()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for item in items:
            if item is None:
                continue
            if isinstance(item, InputError):
                partial.errors.append(str(item))
                continue
            if encoding is not None:
                item.encoding = encoding
            if not partial.files:
                partial.files.append(FileInfo(item.path, item.kind, item.encoding))
            mapper = _turn_mapper(engine, item, workers) if workers > 1 else None
            found = _lint_document(engine, item, cfg, show_examples, partial, known, mapper)
            found.sort(key=lambda f: f.sort_key())
            if sink is not None:
                sink(found)
            else:
                partial.findings.extend(found)
    partial.warnings.extend(str(w.message) for w in caught)
    return partial


_WORKER: dict = {}


def _worker_lint(path: str) -> Report:
    w = _WORKER
    return _lint_file(w["engine"], path, w["kind"], w["cfg"], w["show_examples"], w["known"])


def _lint_parallel(engine, files, kind, cfg, show_examples, known, workers, progress):
    """Fork workers that inherit the warmed-up engine (rules, jieba, matcher); results come back
    in input order, so the report is the same as a serial run."""
    import multiprocessing

    engine.warm_up()
    _WORKER.update(engine=engine, kind=kind, cfg=cfg, show_examples=show_examples, known=known)
    with _frozen(), multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_worker_lint, files, chunksize=1)


@contextlib.contextmanager
def _frozen():
    """While workers are forked and running: the collector leaves the objects they inherit alone,
    so those pages stay shared instead of being copied into every worker."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _worker_turns(job):
    return _WORKER["engine"].lint_turns(_WORKER["doc"], *job)


def _turn_mapper(engine: Engine, doc, workers: int):
    """Maps `Engine.lint_turns` over chunks of one document's turns (indices, listener, stage) in
    forked workers, which inherit the engine and the document; results come back in chunk order."""

    def mapper(chunks):
        import multiprocessing

        engine.warm_up()
        _WORKER.update(engine=engine, doc=doc)
        progress = _Progress(sum(len(indices) for indices, *_ in chunks), "turns")
        try:
            with _frozen(), multiprocessing.get_context("fork").Pool(min(workers, len(chunks))) as pool:
                for (indices, *_), result in zip(chunks, pool.imap(_worker_turns, chunks, chunksize=1), strict=True):
                    progress.advance(len(indices))
                    yield result
        finally:
            progress.stop()
            _WORKER.pop("doc", None)

    return mapper


def _worker_jsonl(job) -> Report:
    path, label, batch = job
    w = _WORKER
    items = (inputs.jsoncall.line_document(line, path, n) for n, line in batch)
    return _lint_items(w["engine"], items, w["cfg"], w["show_examples"], w["known"], encoding=label)


def _lint_jsonl_parallel(engine, path, cfg, show_examples, known, workers, report, progress=None):
    import multiprocessing

    engine.warm_up()
    _WORKER.update(engine=engine, cfg=cfg, show_examples=show_examples, known=known)

    sizes: collections.deque[int] = collections.deque()  # calls per batch sent, in order

    def batches():
        for item in inputs.iter_jsonl_batches(path):
            if isinstance(item, InputError):
                report.errors.append(str(item))
                continue
            label, batch = item
            sizes.append(len(batch))
            yield path, label, batch

    with _frozen(), multiprocessing.get_context("fork").Pool(workers) as pool:
        seen_file = False
        for partial in pool.imap(_worker_jsonl, batches(), chunksize=1):
            if progress:
                progress.advance(sizes.popleft())
            if seen_file:
                partial.files = []  # one FileInfo per file
            seen_file = seen_file or bool(partial.files)
            yield partial


class _Progress:
    """A rich progress bar on stderr for long runs (files, calls or turns done, rate, ETA), only
    when stderr is a terminal — never in the report, whatever its format."""

    def __init__(self, total: int, unit: str = "files"):
        self.bar = None
        self.unit = unit
        if not self.shown():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("scriptlint"), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
                            TextColumn("[progress.data.speed]{task.fields[rate]}"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("lint", total=total, rate="")
        self.bar.start()

    @staticmethod
    def shown() -> bool:
        return sys.stderr.isatty()

    def advance(self, n: int = 1) -> None:
        if self.bar:
            self.bar.advance(self.task, n)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:,.0f} {self.unit}/s" if speed else "")

    def stop(self) -> None:
        if self.bar:
            self.bar.stop()


def _count_lines(path: str) -> int:
    n = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
    except OSError:
        return 0
    return n


def _lint_document(engine: Engine, doc, cfg: Config, show_examples: bool, report: Report, known,
                   mapper=None) -> list[Finding]:
    suppression.drop_directive_turns(doc)
    findings = _visible(engine.lint(doc, mapper), show_examples)
    directives = suppression.parse(doc.text)
    if directives:
        last_line = doc.text.count("\n") + 1
        findings = suppression.apply(findings, directives, last_line)
        report.unused_disables.extend((doc.path, d) for d in suppression.unused(directives))
    overrides = cfg.file_overrides(doc.path) if cfg.overrides else []
    tables = [t for t in [cfg.severity] + [o.severity for o in overrides] if t]
    out = []
    for f in findings:
        if overrides and any((o.select and not any(selects(t, f.rule, f.category) for t in o.select))
                             or any(selects(t, f.rule, f.category) for t in o.ignore) for o in overrides):
            continue
        if tables:
            severity = _severity_for(f, tables)
            if severity == "off":
                continue
            if severity:
                f.severity = Severity.parse(severity)
        f.fingerprint = baseline_mod.fingerprint(f, doc.text)
        out.append(f)
    if known is not None:
        out = baseline_mod.subtract([(f, f.fingerprint) for f in out], known)
    return out


def _severity_for(f: Finding, tables: list[dict[str, str]]) -> str | None:
    result = None
    for table in tables:  # later tables (overrides) win; a rule id beats its category
        if f.rule in table:
            result = table[f.rule]
        elif f.category in table:
            result = table[f.category]
    return result


def fix_paths(paths, *, kind: str = "auto", rules_dirs=(), select=(), ignore=(), config: Config | None = None,
              write: bool = True):
    """Apply swap fixes to files. Returns ([FixResult], [error message])."""
    from . import fix as fix_mod

    cfg = config or Config()
    engine = get_engine(tuple(cfg.rules) + tuple(map(str, rules_dirs)), tuple(split_ids(select) or cfg.select),
                        tuple(cfg.ignore + split_ids(ignore)), tuple(sorted(cfg.options.items())))
    report = Report()
    results, errors = [], []
    for path in discover([str(p) for p in paths], report):
        if path == "-" or cfg.excluded(path):
            continue
        file_kind = cfg.kind_for(path, kind)

        def lint(text: str, name: str, file_kind=file_kind):
            doc = inputs.read_text(text, name, file_kind)
            if doc.kind not in ("script", "transcript", "training") or doc.line_override is not None:
                return []  # JSON exports and call logs are data, not prose to rewrite
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return _lint_document(engine, doc, cfg, False, Report(), None)

        try:
            results.append(fix_mod.fix_file(path, lint, write=write))
        except InputError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{path}: cannot fix: {exc.strerror or exc}")
    return results, errors + report.errors
