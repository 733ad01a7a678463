"""The findings of the built-in packs on every corpus line, sample file and rule example, stored
once so a rewrite of the packs can be checked against them (tests/test_pack_equivalence.py).

    python -m tests.equivalence.snapshot        # rewrite tests/equivalence/findings.jsonl

Rewrite it only when a change of findings is intended, and say which in the commit message."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("findings.jsonl")


def texts() -> list[str]:
    """Every corpus line (labelled, heldout, ordinary) and every rule example at snapshot time."""
    out: list[str] = []
    for path in sorted((ROOT / "corpora").glob("*/*.jsonl")):
        if path.parent.name == "samples":
            continue
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    out.extend(x for x in (ROOT / "corpora" / "ordinary" / "ordinary.txt").read_text(encoding="utf-8").splitlines() if x.strip())
    return out


def example_texts() -> list[str]:
    from scriptlint.pack import load_rules

    return [t for rule in load_rules().rules for t in rule.bad + rule.good]


def utterance_findings(text: str, engine) -> list[list]:
    from scriptlint.api import lint_text

    return sorted([f.rule, f.start, f.end] for f in lint_text(text, "utterance", engine=engine))


def sample_findings(engine) -> dict[str, list[list]]:
    from scriptlint.api import lint_paths

    report = lint_paths([str(ROOT / "corpora" / "samples")], engine=engine, jobs=1)
    out: dict[str, list[list]] = {}
    for f in report.findings:
        out.setdefault(Path(f.path).name, []).append([f.rule, f.line, f.column, f.end_line, f.end_column])
    return {k: sorted(v) for k, v in sorted(out.items())}


def main() -> None:
    from scriptlint.api import get_engine

    engine = get_engine()
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8") as fh:
        for text in texts() + example_texts():
            if text in seen:
                continue
            seen.add(text)
            fh.write(json.dumps({"text": text, "findings": utterance_findings(text, engine)}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"samples": sample_findings(engine)}, ensure_ascii=False) + "\n")
    print(f"{len(seen)} texts and the samples written to {OUT}")


if __name__ == "__main__":
    main()
