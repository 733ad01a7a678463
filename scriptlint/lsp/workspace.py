"""A workspace folder's config and warm engine (no pygls here).

The config is the nearest `.scriptlint.yaml` found from the folder — what `scriptlint check`
run in that folder (as CI runs it) uses. `refresh()` stats the config and the packs it names
and rebuilds the engine when any of them changed, was added or was removed; it is cheap enough
to call before every lint, so an editor that sends no file-watch events still sees edits.

A config or pack that does not load never stops the server: the folder keeps its previous good
engine (at first, the built-in rules) and `problems` says what is wrong and where."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config, ConfigError, find_config, load_config
from ..engine import Engine
from ..factory import build_engine, forget_packs, split_ids
from ..model import ScriptlintError
from ..pack import PackError


@dataclass(frozen=True)
class Settings:
    """The editor's settings: `select` replaces the config's, `ignore` extends it (as on the
    command line)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value) -> tuple[Settings, str | None]:
        """Settings from `initializationOptions` or a `workspace/configuration` answer
        (`{"select": [...], "ignore": "a,b"}`, or the same under a `scriptlint` key), and what was
        wrong with them (None: nothing)."""
        if isinstance(value, dict) and isinstance(value.get("scriptlint"), dict):
            value = value["scriptlint"]
        if not value:
            return cls(), None
        if not isinstance(value, dict):
            return cls(), "scriptlint settings must be an object with `select` and `ignore`"
        out = {}
        for key in ("select", "ignore"):
            items = value.get(key) or []
            items = [items] if isinstance(items, str) else items
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                return cls(), f"scriptlint setting `{key}` must be a list of rule ids, prefixes or categories"
            out[key] = tuple(split_ids(items))
        return cls(**out), None


@dataclass
class LoadProblem:
    """Something that did not load, shown on `path` (None: not a file — the editor's settings)."""

    path: str | None
    line: int  # 1-based; 0: the file as a whole
    message: str


def _stat(path: str) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (path, None)
    return (path, st.st_mtime_ns, st.st_size, st.st_ino)


def _pack_files(entries: list[str]) -> list[str]:
    out = []
    for entry in entries:
        if os.path.isdir(entry):
            out += sorted(str(p) for p in Path(entry).rglob("*") if p.suffix in (".yaml", ".yml"))
        else:
            out.append(entry)
    return out


def _key_line(path: str, key: str) -> int:
    """The line of a top-level `key:` in a YAML file (0 when not found)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return 0
    m = re.search(rf"^{re.escape(key)}[ \t]*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 0


@dataclass
class Folder:
    root: str
    settings: Settings = field(default_factory=Settings)
    cfg: Config = field(default_factory=Config)
    engine: Engine | None = None
    problems: list[LoadProblem] = field(default_factory=list)
    config_path: str | None = None
    _packs: list[str] = field(default_factory=list)  # the pack entries of the last config read
    _stamp: tuple | None = None

    def _stamp_now(self, path: str | None) -> tuple:
        return (path, _stat(path) if path else None, tuple(map(_stat, _pack_files(self._packs))))

    def refresh(self, force: bool = False) -> bool:
        """Reload when the config or a pack changed (or `force`); True when it reloaded."""
        path = find_config(self.root)
        stamp = self._stamp_now(path)
        if not force and self.engine is not None and stamp == self._stamp:
            return False
        if self._stamp is not None and stamp[2] != self._stamp[2]:
            forget_packs()  # a pack was edited: the cached rule sets are stale
        self.config_path = path
        self._stamp = stamp  # taken before reading: what changes while loading is seen next time
        self.problems = self._load(path)
        return True

    def _load(self, path: str | None) -> list[LoadProblem]:
        problems: list[LoadProblem] = []
        try:
            cfg = load_config(path)
        except ConfigError as exc:
            problems.append(LoadProblem(exc.path, exc.line, _strip_where(str(exc), exc.path)))
            self._keep_or_fallback()
            return problems
        if cfg.rules != self._packs:
            self._packs = list(cfg.rules)
            self._stamp = self._stamp[:2] + (tuple(map(_stat, _pack_files(self._packs))),)
            forget_packs()  # packs this process may have read before, in another state
        engine = self._build(cfg, problems)
        if engine is not None:
            if engine.turn_memo is None:
                engine.turn_memo = {}  # re-linting after an edit runs only the changed turns
            self.cfg, self.engine = cfg, engine
        else:
            self._keep_or_fallback()
        return problems

    def _build(self, cfg: Config, problems: list[LoadProblem]) -> Engine | None:
        """The engine for `cfg` and the settings; a problem recorded and None when it fails.
        Settings naming no rule are reported and dropped, keeping the config's own selection."""
        try:
            return build_engine(cfg, (), self.settings.select, self.settings.ignore)
        except PackError as exc:
            line = _key_line(cfg.path, "rules") if cfg.path else 0
            problems.append(LoadProblem(cfg.path, line, f"a rule pack does not load: {exc}"))
            if os.path.isfile(exc.path):
                problems.append(LoadProblem(exc.path, exc.line, exc.problem))
            return None
        except ScriptlintError as exc:
            message = str(exc)
            if cfg.path and message.startswith(cfg.path + ":"):
                line = re.match(r":(\d+)", message[len(cfg.path):])
                problems.append(LoadProblem(cfg.path, int(line.group(1)) if line else 0, _strip_where(message, cfg.path)))
                return None
            problems.append(LoadProblem(None, 0, f"scriptlint settings: {message}"))
            try:
                return build_engine(cfg)
            except ScriptlintError:
                return None

    def _keep_or_fallback(self) -> None:
        """Serve on with the previous good engine, or at first with the built-in rules."""
        if self.engine is None:
            self.cfg = Config()
            try:
                self.engine = build_engine(self.cfg, (), self.settings.select, self.settings.ignore)
            except ScriptlintError:
                self.engine = build_engine(self.cfg)


def _strip_where(message: str, path: str) -> str:
    """`path:12: `key`: problem` → `` `key`: problem`` (the editor shows the file and line)."""
    if message.startswith(path + ":"):
        rest = message[len(path) + 1:]
        return re.sub(r"^\d+:\s*", "", rest)
    return message
