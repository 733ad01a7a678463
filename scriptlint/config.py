"""`.scriptlint.yaml` (SPEC §7): found in the current directory or a parent, or given by --config.

```yaml
rules: [house-rules/]          # extra packs, relative to this file
select: [threat, insult.]      # rule ids, id prefixes or categories
ignore: [politeness]
severity: {rude: error, missing-closing: off}   # per rule id or category; off drops it
kind: {"calls/**/*.txt": transcript}            # by glob
include: ["scripts/**", "calls/**"]  # directory walks pick up only these (files named on the command line always)
exclude: ["archive/**"]
options: {call_time_window: "21:00-08:00", max_unanswered_per_day: 6}
overrides:
  - files: "training/**"
    ignore: [missing-identity]
    severity: {absolute: info}
```
"""

from __future__ import annotations

import fnmatch
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import safeio, yamlsafe
from .model import ScriptlintError

CONFIG_NAMES = (".scriptlint.yaml", ".scriptlint.yml")
TOP_KEYS = {"rules", "select", "ignore", "severity", "kind", "include", "exclude", "overrides", "options"}
OVERRIDE_KEYS = {"files", "select", "ignore", "severity", "kind"}
SEVERITIES = ("error", "warning", "info", "off")
KINDS = ("auto", "script", "transcript", "training", "json", "jsonl", "calllog")
OPTIONS = {"call_time_window": str, "max_unanswered_per_day": int}


class ConfigError(ScriptlintError):
    def __init__(self, path: str, line: int, key: str, problem: str):
        super().__init__(f"{path}:{line}: `{key}`: {problem}")
        self.path, self.line = path, line


@dataclass
class Override:
    files: list[str]
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    kind: str | None = None


@dataclass
class Config:
    path: str | None = None
    root: str = "."
    rules: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    kind: dict[str, str] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    overrides: list[Override] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    # (where, name): every rule id, prefix or category the file names, with "file:line: `key`" for
    # the error message; checked against the loaded rules when the engine is built (factory.py)
    names: list[tuple[str, str]] = field(default_factory=list)

    @functools.cached_property
    def project_root(self) -> str:
        """Baseline paths are relative to this (see baseline.project_root)."""
        from .baseline import project_root

        return project_root(self.path)

    def relative(self, path: str) -> str:
        try:
            return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        except ValueError:
            return path

    def matches(self, path: str, pattern: str) -> bool:
        rel = self.relative(path)
        return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern) or (
            pattern.endswith("/**") and (rel + "/").startswith(pattern[:-2]))

    def excluded(self, path: str) -> bool:
        return any(self.matches(path, g) for g in self.exclude)

    def included(self, path: str) -> bool:
        return any(self.matches(path, g) for g in self.include)

    def kind_for(self, path: str, cli_kind: str) -> str:
        if cli_kind != "auto":
            return cli_kind
        for o in self.overrides:
            if o.kind and any(self.matches(path, g) for g in o.files):
                return o.kind
        for glob, kind in self.kind.items():
            if self.matches(path, glob):
                return kind
        return "auto"

    def file_overrides(self, path: str) -> list[Override]:
        return [o for o in self.overrides if any(self.matches(path, g) for g in o.files)]


def _inside_project(cfg: Config, line: int) -> None:
    """A repository's config may only add packs from inside the project (its own directory): an
    untrusted `rules: [/]` or a link out would let a pack regex read any file into a report.
    Packs elsewhere are given with `--rules` on the command line."""
    root = os.path.realpath(cfg.root)

    def check(f) -> None:
        real = os.path.realpath(f)
        if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
            raise ConfigError(cfg.path, line, "rules", f"{f} is outside the project ({root}); give packs from elsewhere with --rules")

    for entry in cfg.rules:
        check(entry)  # before walking it: `rules: [/]` is refused without reading the disk
        if os.path.isdir(entry):
            for f in Path(entry).rglob("*"):
                if f.suffix in (".yaml", ".yml"):
                    check(f)


def find_config(start: str | None = None) -> str | None:
    d = Path(start or os.getcwd()).resolve()
    for directory in (d, *d.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                return str(candidate)
    return None


def load_config(path: str | None) -> Config:
    """Read and validate the config at `path` (None: the defaults); a ConfigError names the line."""
    if path is None:
        return Config()
    data = _read_yaml(path)
    cfg = Config(path=path, root=str(Path(path).resolve().parent))
    if data is None:
        return cfg
    if not isinstance(data, dict):
        raise ConfigError(path, 1, "config", "the config must be a mapping of keys (rules, select, ignore, …)")
    for key in data:
        if key not in TOP_KEYS:
            raise ConfigError(path, data.line_of(key), str(key), f"unknown key (allowed: {', '.join(sorted(TOP_KEYS))})")
    cfg.rules = [str(Path(cfg.root) / r) for r in _strings(data, "rules", path)]
    _inside_project(cfg, data.line_of("rules") if "rules" in data else 0)
    cfg.select = _ids(data, "select", path, cfg.names)
    cfg.ignore = _ids(data, "ignore", path, cfg.names)
    cfg.severity = _severity(data, "severity", path, cfg.names)
    cfg.exclude = _strings(data, "exclude", path)
    cfg.include = _strings(data, "include", path)
    cfg.kind = _kinds(data, path)
    cfg.options = _options(data, path)
    overrides = data.get("overrides") or []
    if not isinstance(overrides, list):
        raise ConfigError(path, data.line_of("overrides"), "overrides", "must be a list of {files: GLOB, …}")
    cfg.overrides = [_override(item, data, path, cfg.names) for item in overrides]
    return cfg


def _read_yaml(path: str):
    """The parsed YAML document at `path`; unreadable files and bad YAML are ConfigErrors."""
    try:
        text = safeio.read_capped(path, safeio.MAX_CONFIG_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, safeio.UnsafeFile) as exc:
        raise ConfigError(path, 0, "file", f"cannot read config: {safeio.describe(exc)}") from None
    try:
        return yamlsafe.load(text)
    except yamlsafe.YamlError as exc:
        raise ConfigError(path, exc.line, "yaml", exc.problem) from None


def _kinds(data, path: str) -> dict[str, str]:
    """`kind:`: glob → input kind."""
    kinds = data.get("kind") or {}
    if not isinstance(kinds, dict) or any(v not in KINDS for v in kinds.values()):
        raise ConfigError(path, data.line_of("kind"), "kind", f"map globs to one of {', '.join(KINDS)}")
    return {str(k): v for k, v in kinds.items()}


def _options(data, path: str) -> dict:
    """`options:`: only the known keys, each of its type; the call-time window must parse."""
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise ConfigError(path, data.line_of("options"), "options", "must be a mapping")
    for key, value in options.items():
        if key not in OPTIONS or not isinstance(value, OPTIONS[key]):
            raise ConfigError(path, options.line_of(key), f"options.{key}", f"known options: {', '.join(f'{k} ({t.__name__})' for k, t in OPTIONS.items())}")
    if "call_time_window" in options:
        from .matchers.calltime import parse_window

        try:
            parse_window(options["call_time_window"])
        except ValueError as exc:
            raise ConfigError(path, options.line_of("call_time_window"), "options.call_time_window", str(exc)) from None
    return dict(options)


def _override(item, data, path: str, names: list) -> Override:
    """One `overrides:` entry: `files` (a glob or a list of them) plus select, ignore, severity, kind.
    Rule names it mentions are appended to `names`."""
    line = getattr(item, "line", data.line_of("overrides"))
    if not isinstance(item, dict) or "files" not in item:
        raise ConfigError(path, line, "overrides", "each override needs `files`")
    bad = set(item) - OVERRIDE_KEYS
    if bad:
        key = sorted(bad)[0]
        raise ConfigError(path, item.line_of(key), f"overrides.{key}", f"unknown key (allowed: {', '.join(sorted(OVERRIDE_KEYS))})")
    files = item["files"] if isinstance(item["files"], list) else [item["files"]]
    if not files or not all(isinstance(f, str) for f in files):
        raise ConfigError(path, item.line_of("files"), "overrides.files", "must be a glob or a list of globs")
    kind = item.get("kind")
    if kind is not None and kind not in KINDS:
        raise ConfigError(path, item.line_of("kind"), "overrides.kind", f"must be one of {', '.join(KINDS)}")
    return Override(files, _ids(item, "select", path, names, "overrides."), _ids(item, "ignore", path, names, "overrides."),
                    _severity(item, "severity", path, names, "overrides."), kind)


def _strings(data, key: str, path: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, data.line_of(key), key, "must be a list of strings")
    return list(value)


def _ids(data, key: str, path: str, names: list, prefix: str = "") -> list[str]:
    out: list[str] = []
    for v in _strings(data, key, path):
        out.extend(x.strip() for x in v.split(",") if x.strip())
    names.extend((f"{path}:{data.line_of(key)}: `{prefix}{key}`", x) for x in out)
    return out


def _severity(data, key: str, path: str, names: list, prefix: str = "") -> dict[str, str]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(path, data.line_of(key), key, "must map rule ids or categories to error|warning|info|off")
    out = {}
    for k, v in value.items():
        v = "off" if v is False else v
        if v not in SEVERITIES:
            raise ConfigError(path, value.line_of(k), f"{prefix}{key}.{k}", f"must be one of {', '.join(SEVERITIES)}")
        names.append((f"{path}:{value.line_of(k)}: `{prefix}{key}`", str(k)))
        out[str(k)] = v
    return out


STARTER = """\
# scriptlint configuration — see README.md ("Configuration").
# Found in this directory or any parent; `scriptlint check --config FILE` to use another.

# Extra rule packs (directories or files of YAML rules), relative to this file.
# rules: [house-rules/]

# Only these rules (ids, id prefixes ending in ".", or categories); empty = all.
# select: [threat, overstatement, insult]

# Skip these rules or categories.
# ignore: [politeness]

# Change a rule's or a category's severity: error | warning | info | off.
# severity:
#   rude: error
#   missing-closing: off

# Kind of input by glob (auto-detected otherwise): script | transcript | training | json | jsonl | calllog.
# kind:
#   "calls/**/*.txt": transcript

# Only these paths when walking directories (default: every file that looks like collection
# material — scripts, transcripts, training documents, call exports, call logs).
# include: ["scripts/**", "calls/**", "training/**"]

# Paths not to lint.
exclude: ["**/node_modules/**", "**/.venv/**"]

# House settings.
# options:
#   call_time_window: "22:00-08:00"   # no collection calls in this window (local time)
#   max_unanswered_per_day: 6         # unanswered attempts per contact per day

# Per-glob changes.
# overrides:
#   - files: "training/**"
#     ignore: [missing-identity]
#     severity: {absolute: info}
"""
