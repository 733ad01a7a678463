"""The one way to build an engine: packs from the config and the command line, select/ignore
from both, options from the config. `check`, `fix`, `eval`, the API and any server use it."""

from __future__ import annotations

import functools

from .config import Config
from .engine import Engine
from .model import selects
from .pack import Rule, RuleSet, load_rules
from .ruleids import RuleNames


def select_rules(rules: list[Rule], select=(), ignore=()) -> list[Rule]:
    chosen = [r for r in rules if not select or any(selects(t, r.id, r.category) for t in select)]
    return [r for r in chosen if not any(selects(t, r.id, r.category) for t in ignore)]


def split_ids(values) -> list[str]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in str(v).split(",") if x.strip())
    return out


@functools.lru_cache(maxsize=8)
def _ruleset(rules_dirs: tuple[str, ...]) -> RuleSet:
    return load_rules(list(rules_dirs))


@functools.lru_cache(maxsize=16)
def get_engine(rules_dirs: tuple[str, ...] = (), select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
               options: tuple[tuple[str, object], ...] = ()) -> Engine:
    """A cached engine over the built-in packs plus `rules_dirs`, restricted by select/ignore."""
    ruleset = _ruleset(rules_dirs)
    return Engine(ruleset, select_rules(ruleset.rules, select, ignore), dict(options))


def forget_packs() -> None:
    """Drop the cached rule sets and engines, so that packs edited on disk are read again: for a
    long-running process (the language server) when a pack file changed."""
    _ruleset.cache_clear()
    get_engine.cache_clear()


def build_engine(config: Config | None = None, rules_dirs=(), select=(), ignore=()) -> Engine:
    """The engine for a run: the config's packs, selection and options, with the command line's
    `--rules` added and its `--select` replacing (and `--ignore` extending) the config's."""
    cfg = config or Config()
    packs = tuple(cfg.rules) + tuple(map(str, rules_dirs))
    validate_names(_ruleset(packs), cfg, select, ignore)
    select_ids = split_ids(select) or cfg.select
    ignore_ids = cfg.ignore + split_ids(ignore)
    return get_engine(packs, tuple(select_ids), tuple(ignore_ids),
                      tuple(sorted(cfg.options.items())))


def validate_names(ruleset: RuleSet, cfg: Config, select=(), ignore=()) -> None:
    """Every rule id, prefix or category named on the command line or in the config must name
    something in the loaded packs; otherwise a ScriptlintError (exit 2) with the closest names."""
    names = RuleNames(ruleset.rules)
    names.check(split_ids(select), "--select")
    names.check(split_ids(ignore), "--ignore")
    for where, name in cfg.names:
        names.check([name], where)
