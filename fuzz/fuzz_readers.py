"""Coverage-guided fuzzing of the readers, front matter, configs and rule packs with atheris.

    python fuzz/fuzz_readers.py -max_total_time=60

The first byte picks a target: an input file of some kind, a script's YAML front matter, a
`.scriptlint.yaml`, or a rule pack. Any exception other than the one scriptlint raises for bad
input of that target (InputError, ConfigError, PackError) is a crash; every finding's span must
read back as its match."""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

os.environ["SCRIPTLINT_NO_CACHE"] = "1"  # a fuzzed pack must be parsed, not found in the cache

with atheris.instrument_imports():
    from scriptlint import inputs
    from scriptlint.api import get_engine
    from scriptlint.config import ConfigError, load_config
    from scriptlint.model import InputError
    from scriptlint.pack import PackError, load_rules

KINDS = ["script", "transcript", "training", "json", "jsonl", "calllog", "auto"]
ENGINE = get_engine()
SCRATCH = tempfile.mkdtemp(prefix="scriptlint-fuzz-")


def _lint(data: bytes, kind: str) -> None:
    for item in inputs.iter_documents("fuzz.input", kind, data=data):
        if isinstance(item, InputError):
            continue
        for f in ENGINE.lint(item):
            assert item.text[f.start : f.end] == f.match, (f.start, f.end, f.match)


def _file(name: str, data: bytes) -> str:
    path = os.path.join(SCRATCH, name)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 3)
    kind = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    payload = fdp.ConsumeBytes(fdp.remaining_bytes())
    if target == 0:
        _lint(payload, kind)
    elif target == 1:  # YAML front matter above a script or transcript
        _lint(b"---\n" + payload + b"\n---\n\xe4\xbd\xa0\xe8\xbf\x99\xe4\xb8\xaa\xe8\x80\x81\xe8\xb5\x96\n", kind)
    elif target == 2:
        try:
            load_config(_file(".scriptlint.yaml", payload))
        except ConfigError:
            pass
    else:
        try:
            load_rules([_file("pack.yaml", payload)], builtin=False)
        except PackError:
            pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
