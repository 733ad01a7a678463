"""`call_time` — calls placed in the night window (SPEC §2 call-time).

```yaml
call_time: {window: "22:00-08:00"}
```
Reads `meta.started_at` (front matter, JSON meta) and every call-log record's time, in the
time's own local wall clock (epoch seconds or milliseconds are read in UTC+8); a date without a
time of day is never a night call. The window can be overridden in `.scriptlint.yaml`
(`options: {call_time_window: "21:00-08:00"}`). Points at the started_at line or the record."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from . import MatchSpec

_STARTED_AT = re.compile(r"""started_at["']?\s*[:=]\s*["']?[^"',}\r\n]*["']?""")
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_window(value: str) -> tuple[time, time]:
    m = _WINDOW.match(str(value))
    if not m or int(m.group(1)) > 23 or int(m.group(3)) > 23:
        raise ValueError(f"a time window is written HH:MM-HH:MM, got {value!r}")
    return time(int(m.group(1)), int(m.group(2))), time(int(m.group(3)), int(m.group(4)))


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, dict) or set(body) - {"window"}:
        raise ctx.error(line, "`call_time` takes `window: \"22:00-08:00\"`")
    try:
        window = parse_window(body.get("window", "22:00-08:00"))
    except ValueError as exc:
        raise ctx.error(body.line_of("window"), str(exc)) from None
    return MatchSpec("call_time", window, line, document_level=True)


EPOCH_TZ = timezone(timedelta(hours=8))  # an epoch has no wall clock: read in China Standard Time
_DATE_ONLY = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")


def parse_moment(value) -> tuple[datetime | None, date | None]:
    """(the moment, if `value` has a time of day; its date) — (None, None) when unreadable.
    A date alone has no time, so it can never be a night call. Epoch seconds or milliseconds
    (≥ 10^11 is read as milliseconds) are accepted."""
    if isinstance(value, bool) or value is None:
        return None, None
    if isinstance(value, datetime):
        return value, value.date()
    if isinstance(value, date):
        return None, value
    if isinstance(value, (int, float)) or (isinstance(value, str) and _EPOCH.match(value.strip())):
        try:
            seconds = float(value)
            if seconds >= 1e11:
                seconds /= 1000
            moment = datetime.fromtimestamp(seconds, EPOCH_TZ)
        except (ValueError, OverflowError, OSError):
            return None, None
        return moment, moment.date()
    text = str(value).strip().replace("/", "-")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None, None
    if _DATE_ONLY.match(text):
        return None, moment.date()
    return moment, moment.date()


def parse_time(value) -> datetime | None:
    """The moment `value` names, or None (unreadable, or a date without a time)."""
    return parse_moment(value)[0]


def in_window(moment: datetime, window: tuple[time, time]) -> bool:
    start, end = window
    t = moment.time().replace(tzinfo=None)
    return start <= t or t < end if start > end else start <= t < end


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    window = spec.data
    override = view.engine.options.get("call_time_window")
    if override:
        window = parse_window(override)
    out = []
    started = parse_time(view.doc.meta.get("started_at"))
    if started and in_window(started, window):
        m = _STARTED_AT.search(view.doc.text)
        out.append(m.span() if m else (0, 0))
    for record in view.doc.meta.get("records", ()):
        if record.get("time") and in_window(record["time"], window):
            out.append((record["start"], record["end"]))
    return out
