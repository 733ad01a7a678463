"""A progress bar on stderr for long runs, drawn only when stderr is a terminal."""

from __future__ import annotations

import os
import sys

MIN_FILES = 50  # a run over this many files shows a bar (on a terminal)


class Progress:
    """Files, calls or turns done, with rate and ETA — never part of the report, whatever its
    format."""

    def __init__(self, total: int, unit: str = "files"):
        self.bar = None
        self.unit = unit
        if not self.shown():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.bar = Bar(TextColumn("scriptlint"), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
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


def count_lines(path: str) -> int:
    n = 0
    from . import safeio

    try:
        with os.fdopen(safeio.open_regular(path), "rb") as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
    except (OSError, safeio.UnsafeFile):
        return 0
    return n
