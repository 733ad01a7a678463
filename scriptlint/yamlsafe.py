"""Safe YAML loading that remembers line numbers, for error messages that name a line.

Only plain YAML is accepted: python/object tags fail (SafeLoader), aliases are refused (they buy
nothing in a rule pack and are how "billion laughs" bombs work), and the number of nodes is bounded.
"""

from __future__ import annotations

import re

import yaml

MAX_NODES = 200_000
MAX_DEPTH = 100
_SURROGATE = re.compile("[\ud800-\udfff]")


class LineDict(dict):
    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0


class YamlError(Exception):
    def __init__(self, line: int, problem: str):
        super().__init__(problem)
        self.line = line
        self.problem = problem


class YamlLimit(YamlError):
    """Plain YAML, but over a safety limit (aliases, depth, node count)."""


class _Loader(yaml.SafeLoader):
    def __init__(self, stream):
        super().__init__(stream)
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlLimit(self.peek_event().start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")
            return self._compose_node(parent, index)
        finally:
            self._depth -= 1

    def _compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlLimit(event.start_mark.line + 1, "YAML aliases (*name) are not allowed here")
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise YamlLimit(self.peek_event().start_mark.line + 1, f"more than {MAX_NODES} YAML nodes")
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (dict, list)):  # a complex key (`? {a: 1}`) cannot name anything
                raise YamlError(key_node.start_mark.line + 1, "a mapping key must be a plain value, not a list or mapping")
            if key in result:
                raise YamlError(key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_scalar(self, node):
        value = super().construct_scalar(node)
        if _SURROGATE.search(value):  # "\ud800" in a double-quoted string: not a character of any text
            raise YamlError(node.start_mark.line + 1, "a string holds a lone surrogate escape; use real characters")
        return value

    def construct_sequence(self, node, deep=False):
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        return result


_Loader.add_constructor("tag:yaml.org,2002:map", lambda loader, node: loader.construct_mapping(node))
_Loader.add_constructor("tag:yaml.org,2002:seq", lambda loader, node: loader.construct_sequence(node))


def load(text: str):
    """Parse `text`; raise YamlError(line, problem) for anything that is not plain, safe YAML."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader subclass
    except YamlError:
        raise
    except RecursionError:
        raise YamlLimit(0, "nested too deeply") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise YamlError(line, f"{exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlError(0, str(exc)) from None
