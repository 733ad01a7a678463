"""Findings kept out of memory until the report is written.

A run with hundreds of thousands of findings hands them, document by document, to `Spool.add`
(the lint sink); they are pickled in batches into a spooled temporary file (memory up to a few MB,
then an unnamed file on disk, private to this process) and read back, in the same order, as many
times as a reporter iterates the spool. Reporters that stream (text, SARIF) then keep memory flat
in the number of findings."""

from __future__ import annotations

import pickle
import tempfile


class Spool:
    BATCH = 1024

    def __init__(self, keep=lambda f: True):
        self.keep = keep
        self.file = tempfile.SpooledTemporaryFile(max_size=8 << 20)
        self.count = 0

    def add(self, findings) -> None:
        batch = [f for f in findings if self.keep(f)]
        for i in range(0, len(batch), self.BATCH):
            pickle.dump(batch[i : i + self.BATCH], self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += len(batch)

    def __iter__(self):
        self.file.seek(0)
        while True:
            try:
                batch = pickle.load(self.file)  # noqa: S301 - written by this process, above
            except EOFError:
                return
            pos = self.file.tell()
            yield from batch
            self.file.seek(pos)

    def add_calls(self, calls) -> None:
        """As `Report.side`: the formats that read a spool (text, SARIF, GitHub) list findings only."""

    def add_hidden(self, hidden) -> None:
        """As `Report.side`: not shown by these formats."""

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        self.file.close()
