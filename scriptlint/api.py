"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

import os
import warnings

from . import baseline as baseline_mod
from . import inputs, parallel
from .batch import FileInfo, Report, lint_document, lint_file
from .config import Config
from .discovery import discover
from .engine import Engine
from .factory import build_engine, get_engine, select_rules, split_ids
from .model import Finding, InputError
from .policy import visible
from .progress import MIN_FILES as PROGRESS_MIN_FILES
from .progress import Progress, count_lines

__all__ = ["FileInfo", "Report", "build_engine", "fix_paths", "get_engine", "lint_paths", "lint_text", "select_rules",
           "split_ids", "PROGRESS_MIN_FILES"]


def lint_text(text: str, kind: str = "script", *, path: str = "<text>", engine: Engine | None = None,
              show_examples: bool = False, meta: dict | None = None) -> list[Finding]:
    """Lint a string. `kind`: script, transcript, training, auto, or utterance (one utterance of
    agent speech: call-level rules are not run). `meta`: call metadata (SPEC §3)."""
    engine = engine or get_engine()
    doc = inputs.read_text(text, path, kind)
    if meta:
        doc.meta.update(meta)
    from .fix import make_safe

    found = visible(make_safe(engine, doc.text, engine.lint(doc)), show_examples)
    if doc.raw is not None:
        inputs.jsoncall.place(doc, found)
    return found


def lint_paths(paths, *, kind: str = "auto", rules_dirs=(), select=(), ignore=(), show_examples: bool = False,
               config: Config | None = None, baseline: str | None = None, engine: Engine | None = None,
               stdin_data: bytes | None = None, jobs: int | None = None, sink=None, side=None) -> Report:
    """Lint files and directories; returns a Report (iterable over its findings).

    `config` is a loaded `.scriptlint.yaml` (see `config.load_config`); `baseline` a baseline file
    whose findings are not reported. `sink`: where findings go as each document is done; `side`:
    where the calls checked and the hidden findings go (`Report.side`); else the report keeps them."""
    cfg = config or Config()
    engine = engine or build_engine(cfg, rules_dirs, select, ignore)
    known = baseline_mod.read(baseline) if baseline else None
    report = Report(sink=sink, side=side)
    files = select_inputs(paths, cfg, kind, report.errors, report.skipped)
    one_jsonl = len(files) == 1 and parallel.is_jsonl(files[0], cfg.kind_for(files[0], kind))
    workers = parallel.workers_for(jobs, files, one_jsonl)
    progress = Progress(len(files)) if len(files) >= PROGRESS_MIN_FILES else None
    if one_jsonl and workers > 1:
        # One big JSONL batch: its calls are spread over the workers, results stay in line order.
        # Counting the calls reads the file once more: only for a bar someone will see.
        show = parallel.size(files[0]) >= parallel.PARALLEL_MIN_BYTES and Progress.shown()
        progress = Progress(count_lines(files[0]), "calls") if show else None
        results = parallel.lint_jsonl(engine, files[0], cfg, show_examples, known, workers, report, progress)
    elif len(files) > 1 and workers > 1:
        results = parallel.lint_files(engine, files, kind, cfg, show_examples, known, workers)
    else:  # one file with workers > 1: a large document's turns are spread over them
        mapper_for = parallel.turn_mapper(engine, workers) if workers > 1 else None
        results = (lint_file(engine, path, kind, cfg, show_examples, known, stdin_data, sink=report.add, mapper_for=mapper_for,
                             side=report)
                   for path in files)
    _merge_all(report, results, progress)
    return report


def _merge_all(report: Report, results, progress: Progress | None) -> None:
    """Merge each file's result into the report, advancing a per-file progress bar; stop the bar."""
    for partial in results:
        report.merge(partial)
        if progress and progress.unit == "files":
            progress.advance()
    if progress:
        progress.stop()


def select_inputs(paths, cfg: Config, kind: str, errors: list[str], skipped: list | None = None) -> list[str]:
    """The files a run reads: directories expanded (discovery), then the config's `exclude` and
    `include` globs, then content (inputs.sniff): what is not collection material is skipped and
    recorded in `skipped` as (path, reason, named on the command line). `include` narrows what a directory walk picks up;
    a file named on the command line is always considered."""
    from .inputs import sniff

    named = {os.path.normpath(str(p)) for p in paths if str(p) != "-" and not os.path.isdir(str(p))}
    out = []
    for p in discover([str(p) for p in paths], errors):
        if p == "-":
            out.append(p)
            continue
        explicit = os.path.normpath(p) in named
        if cfg.excluded(p):
            reason = "excluded by the config"
        elif not explicit and cfg.include and not cfg.included(p):
            reason = "not matched by the config's `include`"
        elif cfg.kind_for(p, kind) != "auto":
            reason = None  # the kind was given: no guessing
        else:
            reason = sniff.skip_reason(p, explicit)
        if reason is None:
            out.append(p)
        elif skipped is not None:
            skipped.append((p, reason, explicit))
    return out


def fix_paths(paths, *, kind: str = "auto", rules_dirs=(), select=(), ignore=(), config: Config | None = None,
              write: bool = True, stdin_data: bytes | None = None):
    """Apply safe fixes to files. Returns ([FixResult], [error message]). `-` reads standard input
    (or `stdin_data`); its FixResult has path `-` and nothing is written."""
    import sys

    from . import fix as fix_mod

    cfg = config or Config()
    engine = build_engine(cfg, rules_dirs, select, ignore)
    results, errors = [], []
    for path in select_inputs(paths, cfg, kind, errors):
        file_kind = cfg.kind_for(path, kind)

        def lint(text: str, name: str, file_kind=file_kind):
            doc = inputs.read_text(text, name, file_kind)
            if doc.kind not in ("script", "transcript", "training") or doc.line_override is not None:
                return []  # JSON exports and call logs are data, not prose to rewrite
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return lint_document(engine, doc, cfg, False, Report(), None)

        try:
            if path == "-":
                data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
                decoded = fix_mod.decode(data, "<stdin>")
                new_text, applied = fix_mod.apply_fixes(decoded.text, lint(decoded.text, "<stdin>"))
                results.append(fix_mod.FixResult("-", applied, new_text if applied else None, decoded.text, decoded.label))
                continue
            results.append(fix_mod.fix_file(path, lint, write=write))
        except InputError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{path}: cannot fix: {exc.strerror or exc}")
    return results, errors
