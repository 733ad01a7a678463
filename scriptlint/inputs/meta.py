"""Call metadata from JSON `meta` or front matter, checked for shape before any rule sees it.

`records` (dialer attempts, as a call log yields them) must be a list of objects with a `time`;
anything else is an InputError for that document alone, never a crash of the run."""

from __future__ import annotations

from ..model import InputError


def clean(meta: dict, where: str) -> dict:
    if "records" not in meta:
        return meta
    from ..matchers.calltime import parse_moment

    raw = meta["records"]
    if not isinstance(raw, list):
        raise InputError(where, f"`meta.records` must be a list of records (objects with a `time`), got {type(raw).__name__}")
    records = []
    for i, r in enumerate(raw):
        if not isinstance(r, dict) or "time" not in r:
            raise InputError(where, f"`meta.records[{i}]` must be an object with a `time`")
        moment, day = parse_moment(r["time"])
        if day is None:
            raise InputError(where, f"`meta.records[{i}]`: cannot read the time {r['time']!r}")
        answered = r.get("answered")
        records.append({"time": moment, "date": day, "contact": str(r.get("contact", "")),
                        "answered": answered if isinstance(answered, bool) else None,
                        "party": str(r.get("party", "")), "start": 0, "end": 0, "line": None})
    return {**meta, "records": records}
