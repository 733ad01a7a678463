"""Forked worker pools: many files, one large JSONL batch, or one large document's turns.

Workers inherit the warmed-up engine (rules, jieba, matchers) by fork; results come back in
input order, so a parallel report equals a serial one. Where fork is unavailable (Windows) a run
is serial."""

from __future__ import annotations

import collections
import contextlib
import copyreg
import dataclasses
import functools
import gc
import operator
import os

from . import attempts, inputs
from .batch import Report, lint_file, lint_items
from .engine import Engine
from .model import Finding, InputError
from .progress import Progress

PARALLEL_MIN_BYTES = 512 * 1024

# Workers send findings back by the thousand: pickled as their fields in order they load faster
# than by the default reduce. A transport detail, so it lives here, not in the model.
_finding_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(Finding)))
copyreg.pickle(Finding, lambda f: (Finding, _finding_fields(f)))

_WORKER: dict = {}  # what a forked worker inherits: engine, config, document…


def size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def is_jsonl(path: str, kind: str) -> bool:
    return kind == "jsonl" or (kind == "auto" and path.lower().endswith(".jsonl"))


@functools.lru_cache(maxsize=1)
def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(jobs: int | None, files: list[str], jsonl: bool = False) -> int:
    """--jobs (never more than the CPU count, nor than the files to share); by default the CPU count for a directory of many files, a JSONL batch or one large
    file (≥ 512 KB, whose turns are then split over the workers), else 1. `jsonl`: the one file
    is read as a JSONL batch."""
    if "-" in files or not files or not can_fork():
        return 1
    cpus = os.cpu_count() or 1
    if jobs is not None:
        jobs = max(1, min(jobs, cpus))  # more workers than CPUs only add processes (--jobs 300 forked 303)
    if len(files) == 1:
        if jobs is not None:
            return jobs
        if jsonl:
            return cpus
        return cpus if size(files[0]) >= PARALLEL_MIN_BYTES else 1
    if jobs is None:
        return min(cpus, len(files)) if len(files) >= 8 else 1
    return min(jobs, len(files))


@contextlib.contextmanager
def _frozen():
    """While workers are forked and running: the collector leaves the objects they inherit alone,
    so those pages stay shared instead of being copied into every worker."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _worker_init() -> None:
    """Ctrl-C and SIGTERM are the parent's to handle: a worker dies quietly when the pool ends it,
    instead of printing a KeyboardInterrupt traceback of its own."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def _pool(n: int):
    """A forked pool that, when the work is done, is closed and joined: each worker takes its
    sentinel and exits. `Pool.__exit__` would terminate it instead, and a worker signalled while
    it is still starting or waiting on the task queue could be left behind, with the parent
    joining it for ever (seen in CI on an empty JSONL batch). Terminated only on an error,
    Ctrl-C, SIGTERM or an abandoned generator."""
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(n, initializer=_worker_init)
    try:
        yield pool
    except BaseException:
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()


def _worker_file(path: str) -> Report:
    w = _WORKER
    return lint_file(w["engine"], path, w["kind"], w["cfg"], w["show_examples"], w["known"])


def lint_files(engine: Engine, files, kind, cfg, show_examples, known, workers):
    """Reports of many files, in input order."""
    engine.warm_up()
    _WORKER.update(engine=engine, kind=kind, cfg=cfg, show_examples=show_examples, known=known)
    with _frozen(), _pool(workers) as pool:
        yield from pool.imap(_worker_file, files, chunksize=1)


def _worker_turns(job):
    return _WORKER["engine"].lint_turns(_WORKER["doc"], *job)


def turn_mapper(engine: Engine, workers: int):
    """A `mapper_for(doc)`: maps `Engine.lint_turns` over chunks of one document's turns
    (indices, listener, stage) in forked workers; results come back in chunk order."""

    def mapper_for(doc):
        def mapper(chunks):
            engine.warm_up()
            _WORKER.update(engine=engine, doc=doc)
            progress = Progress(sum(len(indices) for indices, *_ in chunks), "turns")
            try:
                with _frozen(), _pool(min(workers, len(chunks))) as pool:
                    for (indices, *_), result in zip(chunks, pool.imap(_worker_turns, chunks, chunksize=1), strict=True):
                        progress.advance(len(indices))
                        yield result
            finally:
                progress.stop()
                _WORKER.pop("doc", None)

        return mapper

    return mapper_for


def _worker_jsonl(job) -> Report:
    path, label, batch = job
    w = _WORKER
    items = (inputs.jsoncall.line_document(line, path, n) for n, line in batch)
    return lint_items(w["engine"], items, w["cfg"], w["show_examples"], w["known"], encoding=label, attempts=w["attempts"])


def lint_jsonl(engine, path, cfg, show_examples, known, workers, report, progress=None):
    """Reports of one JSONL batch's line batches, in line order."""
    engine.warm_up()
    numbers = attempts.scan(inputs.iter_documents(path, "jsonl"), engine.ruleset.language)  # before the fork
    _WORKER.update(engine=engine, cfg=cfg, show_examples=show_examples, known=known, attempts=numbers)
    sizes: collections.deque[int] = collections.deque()  # calls per batch sent, in order

    def batches():
        for item in inputs.iter_jsonl_batches(path):
            if isinstance(item, InputError):
                report.errors.append(str(item))
                continue
            label, batch = item
            sizes.append(len(batch))
            yield path, label, batch

    with _frozen(), _pool(workers) as pool:
        seen_file = False
        for partial in pool.imap(_worker_jsonl, batches(), chunksize=1):
            if progress:
                progress.advance(sizes.popleft())
            if seen_file:
                partial.files = []  # one FileInfo per file
            seen_file = seen_file or bool(partial.files)
            yield partial
