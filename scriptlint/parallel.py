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
    """Ctrl-C and SIGTERM are the parent's to handle. A terminal's Ctrl-C or a `kill` of the
    process group reaches the workers too; one that died there could be half-way through writing
    its result to the pipe the parent reads, and the parent would wait for the rest for ever.
    So the workers ignore both, and the parent, unwinding, cancels what has not started and lets
    each worker finish the task in hand (one file, one batch of lines, one chunk of turns)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


class _Workers:
    """A forked `ProcessPoolExecutor` with an ordered, bounded `imap`: at most two tasks per worker
    are in flight, so a large batch is not read and pickled ahead of the workers."""

    def __init__(self, executor, n: int):
        self.executor, self.n = executor, n

    def imap(self, fn, items):
        pending: collections.deque = collections.deque()
        for item in items:
            pending.append(self.executor.submit(fn, item))
            if len(pending) >= 2 * self.n:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@contextlib.contextmanager
def _pool(n: int):
    """A forked worker pool (`concurrent.futures.ProcessPoolExecutor`), shut down and joined when
    the work is done. On an error, Ctrl-C, SIGTERM or an abandoned generator the queued tasks are
    cancelled and the workers finish the one in hand and exit (see `_worker_init`). Not
    `multiprocessing.Pool`: a worker killed by the group's SIGTERM while it held a queue's lock
    left `Pool.terminate` waiting for that lock for ever (about one run in twenty)."""
    import concurrent.futures
    import multiprocessing

    executor = concurrent.futures.ProcessPoolExecutor(
        n, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init)
    try:
        yield _Workers(executor, n)
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _worker_file(path: str) -> Report:
    w = _WORKER
    return lint_file(w["engine"], path, w["kind"], w["cfg"], w["show_examples"], w["known"])


def lint_files(engine: Engine, files, kind, cfg, show_examples, known, workers):
    """Reports of many files, in input order."""
    engine.warm_up()
    _WORKER.update(engine=engine, kind=kind, cfg=cfg, show_examples=show_examples, known=known)
    with _frozen(), _pool(workers) as pool:
        yield from pool.imap(_worker_file, files)


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
                    for (indices, *_), result in zip(chunks, pool.imap(_worker_turns, chunks), strict=True):
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
        for partial in pool.imap(_worker_jsonl, batches()):
            if progress:
                progress.advance(sizes.popleft())
            if seen_file:
                partial.files = []  # one FileInfo per file
            seen_file = seen_file or bool(partial.files)
            yield partial
