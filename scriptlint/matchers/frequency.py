"""`frequency` — too many unanswered attempts to one contact in one day (call logs).

```yaml
frequency: {max_unanswered: 6}
```
Records without an outcome count as unanswered attempts. Override in `.scriptlint.yaml` with
`options: {max_unanswered_per_day: 3}`. Points at the first record over the limit for each
contact and day. In a batch of call exports (JSONL, or a Spark DataFrame) the calls themselves are
the attempts (attempts.py counts them over the whole batch): the first call over the limit gets the
finding, at its first turn."""

from __future__ import annotations

from . import MatchSpec


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, dict) or set(body) - {"max_unanswered"}:
        raise ctx.error(line, "`frequency` takes `max_unanswered: 6`")
    limit = body.get("max_unanswered", 6)
    if not isinstance(limit, int) or limit < 1:
        raise ctx.error(body.line_of("max_unanswered"), "`max_unanswered` must be a positive integer")
    return MatchSpec("frequency", limit, line, document_level=True)


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    limit = int(view.engine.options.get("max_unanswered_per_day", spec.data))
    counts: dict[tuple[str, object], int] = {}
    out = []
    for record in view.doc.meta.get("records", ()):
        day = record.get("date") or (record["time"].date() if record.get("time") else None)
        if record.get("answered") or day is None:
            continue
        key = (record["contact"], day)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] == limit + 1:
            out.append((record["start"], record["end"]))
    if view.doc.attempt == limit + 1:
        out.append((0, 0))
    return out
