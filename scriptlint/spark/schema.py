"""The tables scriptlint.spark writes: their columns are a stable interface (new columns may be
added at the end; none is renamed, removed or given another meaning).

Findings (`lint_calls`, and `OUTPUT/findings` of `python -m scriptlint.spark`), one row per finding
and one per call that could not be read:

| column | type | meaning |
| --- | --- | --- |
| call_id | string | the call's `id` (null when it has none) |
| turn | int | index into the call's `turns` (0-based), as in the JSON report |
| path | string | the file the call came from (the command line), else null |
| line | int | always null: a DataFrame has no lines (the JSON report's line of a JSONL call) |
| column, end_column | int | 1-based code-point columns of the span inside the turn's `text` (end exclusive) |
| end_line | int | always null, as `line` |
| rule, category, severity, message, match, suggestion | string | as in the JSON report (SPEC §6) |
| fix | struct<start int, end int, replacement string> | as in the JSON report (offsets into the call's turns joined by newlines) |
| speaker | string | as in the JSON report |
| error | string | null for a finding; for a call that could not be read, why (its other columns null) |

Calls (`lint_calls_with_summary`, and `OUTPUT/calls`), one row per input row:

| column | type | meaning |
| --- | --- | --- |
| call_id | string | the call's `id` |
| path | string | as above |
| status | string | `ok`, or `error` when the call could not be read (see `error`) |
| error | string | why the call could not be read, else null |
| notes | array<string> | warnings about the call (no agent turns, a rule that ran out of time …) |
| errors, warnings, infos | int | its findings by severity |
"""

from __future__ import annotations

FINDING_FIELDS = ("call_id", "turn", "path", "line", "column", "end_line", "end_column", "rule", "category", "severity",
                  "message", "match", "suggestion", "fix", "speaker", "error")
CALL_FIELDS = ("call_id", "path", "status", "error", "notes", "errors", "warnings", "infos")

FINDINGS_DDL = ("call_id string, turn int, path string, line int, column int, end_line int, end_column int, "
                "rule string, category string, severity string, message string, match string, suggestion string, "
                "fix struct<start: int, end: int, replacement: string>, speaker string, error string")
CALLS_DDL = "call_id string, path string, status string, error string, notes array<string>, errors int, warnings int, infos int"
# what the linting pass returns: a finding or a call row, told apart by `row`
ROWS_DDL = f"row string, {FINDINGS_DDL}, status string, notes array<string>, errors int, warnings int, infos int"


def arrow_rows_schema():
    """ROWS_DDL as a pyarrow schema (the batches the Python workers hand back)."""
    import pyarrow as pa

    s, i = pa.string(), pa.int32()
    fix = pa.struct([("start", i), ("end", i), ("replacement", s)])
    return pa.schema([
        ("row", s), ("call_id", s), ("turn", i), ("path", s), ("line", i), ("column", i), ("end_line", i), ("end_column", i),
        ("rule", s), ("category", s), ("severity", s), ("message", s), ("match", s), ("suggestion", s), ("fix", fix),
        ("speaker", s), ("error", s), ("status", s), ("notes", pa.list_(s)), ("errors", i), ("warnings", i), ("infos", i),
    ])
