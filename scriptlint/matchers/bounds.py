"""How much a pack regex would cost to compile, estimated before it is compiled.

The `regex` module expands counted repetition when it compiles: `((((a{100}){100}){100}){100})`
becomes a program of 10^8 nodes and takes gigabytes. `complexity` walks the pattern text — groups,
classes, escapes, `{m,n}` — and multiplies nested repetition counts; a pattern over
`MAX_COMPLEXITY` (or longer than `MAX_LENGTH`) is refused with a pack error instead."""

from __future__ import annotations

import re

MAX_COMPLEXITY = 100_000
MAX_LENGTH = 20_000
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")
_BRACED_ESCAPES = "pPNxu"  # \p{Han}, \N{name}, \x{263a}: the braces are part of the escape


def complexity(pattern: str) -> int:
    """Roughly the number of program nodes the pattern compiles to: each item counts 1, a
    group the sum of its items, and `{m,n}` multiplies the item before it by max(m, n)."""
    stack = [[0, 0]]  # per open group: [cost so far, cost of the last item]
    i, n = 0, len(pattern)

    def item(cost: int) -> None:
        stack[-1][0] += cost
        stack[-1][1] = cost

    while i < n:
        c = pattern[i]
        if c == "\\":
            item(1)
            i = _escape_end(pattern, i)
        elif c == "[":
            item(1)
            i = _class_end(pattern, i) + 1
        elif c == "(":
            stack.append([0, 0])
            i += 1
        elif c == ")":
            cost = stack.pop()[0] if len(stack) > 1 else 0
            item(max(cost, 1))
            i += 1
        elif c == "|":
            stack[-1][1] = 0
            i += 1
        elif c == "{" and (counted := _counted(pattern, i)):
            _repeat(stack[-1], counted[0])
            i = counted[1]
        else:
            item(1) if c not in "*+?" else None
            i += 1
    while len(stack) > 1:  # unbalanced: the compiler will say so; count what is there
        cost = stack.pop()[0]
        item(cost)
    return stack[0][0]


def _escape_end(pattern: str, i: int) -> int:
    """The index after the escape starting at pattern[i] (a backslash), braces included for
    \\p{…}, \\N{…}, \\x{…}, \\u{…} (an unclosed brace runs to the end)."""
    n, j = len(pattern), i + 2
    if i + 1 < n and pattern[i + 1] in _BRACED_ESCAPES and j < n and pattern[j] == "{":
        close = pattern.find("}", j)
        j = n if close < 0 else close + 1
    return j


def _class_end(pattern: str, i: int) -> int:
    """The index of the `]` closing the class opened at pattern[i] (len(pattern) if unclosed);
    a `]` first in the class (after any `^`) and escaped characters are members."""
    n, j = len(pattern), i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _counted(pattern: str, i: int) -> tuple[int, int] | None:
    """For a `{m}`, `{m,}`, `{,n}` or `{m,n}` at pattern[i]: (max(m, n, 1), the index after it);
    None when the brace is a literal."""
    m = _COUNTED.match(pattern, i)
    if m is None or not (m.group(1) or m.group(3)):
        return None
    return max(int(m.group(1) or 0), int(m.group(3) or 0), 1), m.end()


def _repeat(group: list[int], count: int) -> None:
    """`{m,n}` after the group's last item: that item now costs `count` times as much."""
    last = group[1]
    group[0] += last * (count - 1)
    group[1] = last * count


def problem(pattern: str) -> str | None:
    """Why a pattern is too costly to compile, or None."""
    if len(pattern) > MAX_LENGTH:
        return f"regex is {len(pattern):,} characters long (at most {MAX_LENGTH:,})"
    cost = complexity(pattern)
    if cost > MAX_COMPLEXITY:
        return (f"regex too complex to compile safely: nested repetition expands to about {cost:,} steps "
                f"(at most {MAX_COMPLEXITY:,}); use fewer nested {{m,n}} counts")
    return None
