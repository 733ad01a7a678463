"""The numbers of the HTML report, gathered in passes over re-readable streams of calls and
findings (spools on disk, or a saved JSON report's lists): memory holds a few small arrays per
call, the counters, the finding rows for the CSV up to a byte budget, and the details of the
`DETAIL_CAP` riskiest calls and files — never every finding."""

from __future__ import annotations

import bisect
import heapq
import json
import tempfile
from array import array
from collections import Counter
from typing import NamedTuple

from ..model import CATEGORIES

DETAIL_CAP = 500  # at most this many calls and files shown turn by turn (the riskiest); the rest are in the CSV
DETAILS_BUDGET = 2_500_000  # … and no more than this many bytes of their HTML
PAGE_LIMIT = 14_500_000  # bytes: the finding rows for the CSV fill what the rest of the page leaves (Plotly is 4.8 MB)
ROWS_BUDGET = PAGE_LIMIT  # bytes of finding rows gathered while counting (never more than could fit)
WEIGHTS = {"error": 10, "warning": 3, "info": 1}  # risk of an item: severity-weighted finding count
SEVERITIES = ("error", "warning", "info")
# call-level problems shown in the overview: calls with a finding in each of these categories
CALL_PROBLEMS = ("missing-identity", "missing-amount-or-date", "missing-closing", "agent-hangup",
                 "escalation-after-hostility", "call-time", "call-frequency")
TOP_CATEGORIES = 3  # per agent / team


class Row(NamedTuple):
    """One finding, as the JSON report has it (the fields the HTML shows)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str
    message: str
    match: str
    suggestion: str
    call_id: str | None
    turn: int | None
    speaker: str | None

    @classmethod
    def of(cls, f) -> Row:
        return cls(f.path, f.line, f.column, f.end_line, f.end_column, f.rule, f.category, f.severity.label, f.message,
                   f.match, f.suggestion, f.call_id, f.turn, f.speaker)

    @classmethod
    def from_dict(cls, d: dict) -> Row:
        return cls(*(d.get(k) for k in cls._fields))


def day_and_hour(started_at: str | None) -> tuple[str | None, int]:
    """The call's local date (YYYY-MM-DD) and hour, as its own offset writes them; (None, -1) when
    it has no readable time of day."""
    from ..matchers.calltime import parse_moment

    moment, day = parse_moment(started_at)
    if day is None:
        return None, -1
    return day.isoformat(), moment.hour if moment is not None else -1


class Names:
    """A string table: each distinct name once, referred to by index."""

    def __init__(self):
        self.index: dict[str, int] = {}
        self.names: list[str] = []

    def id(self, name: str | None) -> int:
        if name is None:
            return -1
        i = self.index.get(name)
        if i is None:
            i = self.index[name] = len(self.names)
            self.names.append(name)
        return i


class Items:
    """Calls (first) and files without calls (after them): what findings belong to, with a few
    columns per call for grouping."""

    def __init__(self):
        # A JSONL batch's calls arrive in line order: per path, the range of items holding them,
        # searched by line (a few bytes per call, not a dict entry); anything else goes in `key`
        self.ranges: dict[str, list[int]] = {}  # path → [first item, end]
        self.key: dict[tuple, int] = {}  # (path, line or None) → item, for the rest
        self.paths, self.agents, self.teams, self.days = Names(), Names(), Names(), Names()
        self.ids: list[str | None] = []
        self.cols = {k: array("i") for k in ("path", "line", "agent", "team", "day", "hour", "turns")}
        self.calls = 0

    def add_call(self, c) -> None:
        day, hour = day_and_hour(c.started_at)
        self._index(c.path, c.line, len(self.ids))
        self.ids.append(c.id)
        for k, v in (("path", self.paths.id(c.path)), ("line", -1 if c.line is None else c.line),
                     ("agent", self.agents.id(c.agent)), ("team", self.teams.id(c.team)), ("day", self.days.id(day)),
                     ("hour", hour), ("turns", c.turns)):
            self.cols[k].append(v)
        self.calls += 1

    def _index(self, path: str, line: int | None, i: int) -> None:
        span = self.ranges.get(path)
        if line is not None and span is not None and span[1] == i and self.cols["line"][i - 1] < line:
            span[1] = i + 1
        elif line is not None and span is None and (path, None) not in self.key:
            self.ranges[path] = [i, i + 1]
        else:
            self.key[(path, line)] = i

    def _find(self, path: str, line: int) -> int | None:
        span = self.ranges.get(path)
        if span is not None:
            j = bisect.bisect_left(self.cols["line"], line, span[0], span[1])
            if j < span[1] and self.cols["line"][j] == line:
                return j
        return self.key.get((path, line))

    def of(self, row: Row) -> int:
        """The item a finding belongs to: its call (by JSONL line, else by file), else its file."""
        i = self._find(row.path, row.line)
        if i is None:
            i = self.key.get((row.path, None))
        if i is None:
            i = self.key[(row.path, None)] = len(self.ids)
            self.ids.append(None)
            for k, v in (("path", self.paths.id(row.path)), ("line", -1), ("agent", -1), ("team", -1), ("day", -1),
                         ("hour", -1), ("turns", 0)):
                self.cols[k].append(v)
        return i

    def __len__(self) -> int:
        return len(self.ids)


class Tally:
    """Counters over the findings, per item and in total, and the CSV rows (compact: item, line,
    turn, rule, severity, match) up to ROWS_BUDGET bytes."""

    def __init__(self, items: Items, rows_budget: int = ROWS_BUDGET):
        self.items = items
        self.sev: Counter = Counter()
        self.cat: Counter = Counter()
        self.rule: Counter = Counter()
        self.rules = Names()
        self.rule_info: list[list] = []  # per rule id: category, message, a suggestion
        self.per_item = array("i", bytes(4 * len(items)))
        self.risk = array("i", bytes(4 * len(items)))
        self.item_cats: dict[str, bytearray] = {c: bytearray(len(items)) for c in CALL_PROBLEMS}
        self.people_cats = {"agent": Counter(), "team": Counter()}  # (person, category) → findings
        self.rows = tempfile.TemporaryFile()  # the kept rows' JSON, each followed by a comma, on disk
        self.row_ends = array("q")  # bytes after each row, counting the matches it added to the table
        self.matches = Names()  # the distinct matches of the kept rows
        self.table_ends = array("i")  # entries in the match table after each row
        self.file_ends = array("q")  # bytes in the rows' file after each row
        self.rows_budget = rows_budget
        self.total = 0
        self.hidden = array("i", bytes(4 * len(items)))  # per item: findings not reported (shown on demand)
        self.hidden_reasons: Counter = Counter()

    def _item(self, row: Row) -> int:
        i = self.items.of(row)
        if i >= len(self.per_item):  # a file without calls, first seen
            for counts in (self.per_item, self.risk, self.hidden):
                counts.append(0)
            for flags in self.item_cats.values():
                flags.append(0)
        return i

    def add_hidden(self, reason: str, row: Row) -> None:
        self.hidden[self._item(row)] += 1
        self.hidden_reasons[reason] += 1

    def add(self, row: Row) -> None:
        i = self._item(row)
        self.total += 1
        self.sev[row.severity] += 1
        self.cat[row.category] += 1
        self.rule[row.rule] += 1
        r = self.rules.id(row.rule)
        if r == len(self.rule_info):
            self.rule_info.append([row.category, row.message, row.suggestion])
        self.per_item[i] += 1
        self.risk[i] += WEIGHTS.get(row.severity, 1)
        if row.category in self.item_cats:
            self.item_cats[row.category][i] = 1
        for who in ("agent", "team"):
            p = self.items.cols[who][i]
            if p >= 0:
                self.people_cats[who][p, row.category] += 1
        self._keep_row(i, r, row)

    def _keep_row(self, i: int, r: int, row: Row) -> None:
        """A CSV row: [item, line (0: the call's own line), turn (-1: none), rule, severity, match];
        the match is an index into a table of the distinct matches, whose new entries count
        towards the row's bytes."""
        if self.row_ends and self.row_ends[-1] > self.rows_budget:
            return
        m = self.matches.index.get(row.match)
        added = 0
        if m is None:
            m = self.matches.id(row.match)
            added = len(_script_json(row.match).encode("utf-8")) + 1
        line = 0 if i < self.items.calls and self.items.cols["line"][i] == row.line else row.line
        data = _script_json([i, line, -1 if row.turn is None else row.turn, r, SEVERITIES.index(row.severity), m]).encode() + b","
        self.rows.write(data)
        self.file_ends.append((self.file_ends[-1] if self.file_ends else 0) + len(data))
        self.row_ends.append((self.row_ends[-1] if self.row_ends else 0) + len(data) + added)
        self.table_ends.append(len(self.matches.names))

    def rows_within(self, budget: int) -> int:
        """How many of the kept rows (with the matches they use) fit in `budget` bytes of JSON."""
        return bisect.bisect_right(self.row_ends, budget - len('{"m":[],"r":[]}'))

    def write_rows(self, out, n: int) -> None:
        """The first `n` kept rows, as {"m": [matches], "r": [rows]}, to `out`, in chunks."""
        import codecs

        table = self.matches.names[: self.table_ends[n - 1]] if n else []
        out.write('{"m":[' + ",".join(_script_json(m) for m in table) + '],"r":[')
        left = self.file_ends[n - 1] - 1 if n else 0  # the rows' bytes in the file, without the last comma
        self.rows.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        while left > 0:
            chunk = self.rows.read(min(left, 1 << 16))
            left -= len(chunk)
            out.write(decoder.decode(chunk))
        out.write(decoder.decode(b"", final=True) + "]}")

    def close(self) -> None:
        self.rows.close()

    def top_items(self, cap: int | None = None) -> list[int]:
        """The riskiest items with findings (DETAIL_CAP of them), riskiest first (ties: input order);
        items with hidden findings only come last, at risk 0."""
        return heapq.nlargest(DETAIL_CAP if cap is None else cap,
                              (i for i in range(len(self.per_item)) if self.per_item[i] or self.hidden[i]),
                              key=lambda i: (self.risk[i], -i))


def _script_json(value) -> str:
    """Compact JSON, safe inside a <script> element (see html_page.script_text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _group(items: Items, tally: Tally, col: str, n: int) -> list[list]:
    """Per value of a call column (agent, team, day, hour): [calls, calls with findings, findings]."""
    out = [[0, 0, 0] for _ in range(n)]
    values = items.cols[col]
    for i in range(items.calls):
        v = values[i]
        if v >= 0:
            found = tally.per_item[i]
            acc = out[v]
            acc[0] += 1
            acc[1] += 1 if found else 0
            acc[2] += found
    return out


def _people(items: Items, tally: Tally, who: str) -> list[list]:
    """[name, calls, calls with findings, findings, [[category, findings] × TOP_CATEGORIES]] per
    agent or team, by name."""
    names = (items.agents if who == "agent" else items.teams).names
    counts = _group(items, tally, who, len(names))
    cats: dict[int, Counter] = {}
    for (p, cat), n in tally.people_cats[who].items():
        cats.setdefault(p, Counter())[cat] = n
    rows = [[name, *counts[p], [list(kv) for kv in sorted(cats.get(p, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CATEGORIES]]]
            for p, name in enumerate(names)]
    return sorted(rows, key=lambda r: r[0])


def aggregates(items: Items, tally: Tally, files: int) -> dict:
    """Every number the page shows for the whole report (the JS recomputes them from the rows
    only when a filter is set)."""
    day_counts = _group(items, tally, "day", len(items.days.names))
    hour_counts = _group(items, tally, "hour", 24)
    calls_with = sum(1 for i in range(items.calls) if tally.per_item[i])
    return {
        "files": files,
        "calls": items.calls,
        "calls_with_findings": calls_with,
        "findings": tally.total,
        "severity": {s: tally.sev.get(s, 0) for s in SEVERITIES},
        "category": dict(sorted(tally.cat.items(), key=lambda kv: (-kv[1], kv[0]))),
        "rule": dict(sorted(tally.rule.items(), key=lambda kv: (-kv[1], kv[0]))),
        "problems": {c: sum(tally.item_cats[c][: items.calls]) for c in CALL_PROBLEMS},
        "agents": _people(items, tally, "agent"),
        "teams": _people(items, tally, "team"),
        "days": sorted([day, *day_counts[d]] for d, day in enumerate(items.days.names)),
        "hours": [[h, *hour_counts[h]] for h in range(24)],
    }


def category_names() -> dict[str, str]:
    return {c.id: c.zh for c in CATEGORIES.values()}


def details(rows, items: Items, top: list[int], row_of=lambda r: r) -> dict[int, list]:
    """The findings of the top items, one more pass over the rows (`row_of`: the Row of an entry,
    e.g. of a hidden finding's (reason, row) pair)."""
    wanted: dict[int, list] = {i: [] for i in top}
    for row in rows:
        i = items.of(row_of(row))
        if i in wanted:
            wanted[i].append(row)
    return wanted
