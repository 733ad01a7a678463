"""Coverage-guided fuzzing of the readers and the engine with atheris.

    python fuzz/fuzz_readers.py -max_total_time=60

Any exception other than scriptlint's InputError is a crash; every finding's span must read back
as its match."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from scriptlint import inputs
    from scriptlint.api import get_engine
    from scriptlint.model import InputError

KINDS = ["script", "transcript", "training", "json", "jsonl", "calllog", "auto"]
ENGINE = get_engine()


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    payload = fdp.ConsumeBytes(fdp.remaining_bytes())
    for item in inputs.iter_documents("fuzz.input", kind, data=payload):
        if isinstance(item, InputError):
            continue
        for f in ENGINE.lint(item):
            assert item.text[f.start : f.end] == f.match, (f.start, f.end, f.match)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
