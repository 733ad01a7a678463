"""The rule model, and the loader that validates YAML rule packs (SPEC §4).

A pack file is either a list of rules or a mapping with `rules:` and optional `sets:` (named word
lists, referenced as "$name" inside phrase lists and pattern IN lists), `segmentation:` (`words` to
add to jieba's dictionary, `split` glue words to remove), `conditions:` (named `when`/`unless`
conditions, written by name in a rule) and `evasions:` (spelling → canonical phrase, applied
during normalisation). Every problem is reported with file, line and rule id.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import packcache, safeio, yamlsafe
from .lang import Language, load_language
from .matchers import KINDS, MatchSpec
from .model import CATEGORIES, ScriptlintError, Severity, Speaker
from .scopes import UNLESS_SCOPES, Unless, define_conditions, parse_unless
from .vocab import NAME_RE, REF_RE, Vocabulary

RULE_KEYS = {
    "id", "category", "severity", "message", "suggest", "source", "rationale", "speakers",
    "listeners", "stages", "match", "when", "unless", "examples", "whole_call",
}
REQUIRED_KEYS = ("id", "category", "message", "source", "match", "examples")
PACK_KEYS = {"pack", "description", "rules", "sets", "vocab", "conditions", "segmentation", "evasions"}
DATA_DIRS = ("vocab", "lang")  # folders of a rules directory that hold data, not packs
ID_RE = re.compile(r"^[a-z][a-z-]*(\.[a-z0-9][a-z0-9_-]*)+$")
LISTENERS = {"debtor", "third_party", "unknown", "voicemail", "wrong_number", "silent"}
MAX_RULES = 5000
MAX_PACK_BYTES = 5_000_000
MAX_PRODUCT = 5000


class PackError(ScriptlintError):
    def __init__(self, path: str, line: int, problem: str, rule_id: str | None = None):
        where = f"{path}:{line}" if line else path
        rid = f" [{rule_id}]" if rule_id else ""
        super().__init__(f"{where}:{rid} {problem}")
        self.path, self.line, self.problem, self.rule_id = path, line, problem, rule_id


@dataclass
class Rule:
    id: str
    category: str
    severity: Severity
    message: str
    suggest: str
    source: str
    matchers: list[MatchSpec]
    unless: list[Unless] = field(default_factory=list)
    when: list[Unless] = field(default_factory=list)  # conditions every hit of the rule needs
    speakers: frozenset[Speaker] = frozenset({Speaker.AGENT})
    listeners: frozenset[str] = frozenset(LISTENERS)
    stages: frozenset[str] | None = None
    rationale: str = ""
    whole_call: bool = False  # a call-level rule that judges whole calls only (not script snippets)
    bad: list[str] = field(default_factory=list)
    good: list[str] = field(default_factory=list)
    spans: dict[str, str] = field(default_factory=dict)  # bad example → the span its finding must cover
    path: str = ""
    line: int = 0
    same_as: str = ""  # the rule whose match this one reports again under its own category

    @property
    def document_level(self) -> bool:
        return any(m.document_level for m in self.matchers)


@dataclass
class RuleSet:
    rules: list[Rule]
    words: set[str] = field(default_factory=set)
    split: set[str] = field(default_factory=set)
    evasions: dict[str, str] = field(default_factory=dict)
    vocab: Vocabulary = field(default_factory=Vocabulary)
    language: Language = field(default_factory=Language)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("segmenter", None)  # a live jieba tokenizer is rebuilt, never pickled
        return state

    @cached_property
    def segmenter(self):
        from .text.segment import Segmenter

        return Segmenter(self.words, self.split)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _Ctx:
    """What a validator needs to report a problem: file, current rule id and line, and the
    vocabularies visible in this pack (`sets` is the same object: shared ones plus the pack's)."""

    def __init__(self, path: str, sets: Vocabulary | dict[str, list[str]]):
        self.path = path
        self.sets = sets if isinstance(sets, Vocabulary) else Vocabulary(sets)
        self.rule_id: str | None = None
        self.rules: dict[str, Rule] = {}  # rules loaded so far, for `match: {same-as: …}`

    def error(self, line: int, problem: str) -> PackError:
        return PackError(self.path, line, problem, self.rule_id)

    def expand(self, items, line: int, what: str) -> list[str]:
        """A list of strings where "$name" items stand for a vocabulary ("$name" alone is the list)."""
        if isinstance(items, str) and items.startswith("$"):
            items = [items]
        if not isinstance(items, list) or not items:
            raise self.error(line, f"{what} must be a non-empty list of strings")
        out: list[str] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise self.error(line, f"{what} must hold non-empty strings, got {item!r}")
            if item.startswith("$") and item[1:] in self.sets:
                out.extend(self.sets[item[1:]])
            elif "$" in item:
                out.extend(self._product(item, line, what))
            else:
                out.append(item)
        return out

    def _product(self, item: str, line: int, what: str) -> list[str]:
        """通知$family → 通知父母, 通知爸妈, …: every combination of the vocabularies named inside."""
        parts = REF_RE.split(item)  # literal, name, literal, name, …, literal
        combos = [""]
        for i, part in enumerate(parts):
            if i % 2 == 0:
                combos = [c + part for c in combos]
                continue
            if part not in self.sets:
                raise self.error(line, f"unknown vocabulary ${part} in {what} (defined: {self.sets.known()})")
            combos = [c + w for c in combos for w in self.sets[part]]
            if len(combos) > MAX_PRODUCT:
                raise self.error(line, f"{item!r} expands to more than {MAX_PRODUCT} phrases")
        return combos


def builtin_rules_dir() -> Path:
    """The packs shipped in the wheel, or the repository's `rules/` in a source checkout."""
    here = Path(__file__).resolve().parent
    shipped = here / "_rules"
    return shipped if shipped.is_dir() else here.parent / "rules"


def pack_files(directory: Path) -> list[Path]:
    if directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise PackError(str(directory), 0, "rule directory not found")
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                  and not set(p.relative_to(directory).parts[:-1]) & set(DATA_DIRS))


def data_files(directory: Path, kind: str) -> list[Path]:
    """The YAML files of a rules directory's `vocab/` or `lang/` folder."""
    folder = directory / kind
    if directory.is_file() or not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def load_rules(extra_dirs: list[str | Path] = (), builtin: bool = True) -> RuleSet:
    """Load and validate packs. A validated rule set is cached on disk, keyed by a hash of the
    packs' paths and bytes and of scriptlint's version, so later runs skip parsing and validation."""
    dirs = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in extra_dirs]
    paths: list[Path] = [p for d in dirs for p in pack_files(d)]
    vocab_paths = [p for d in dirs for p in data_files(d, "vocab")]
    # The language is not a pack: the built-in data always applies, extended by other directories'.
    lang_paths = data_files(builtin_rules_dir(), "lang") + [p for d in dirs[1 if builtin else 0:] for p in data_files(d, "lang")]
    key = packcache.cache_key(vocab_paths + lang_paths + paths, MAX_PACK_BYTES)
    cached = packcache.read(key, RuleSet) if key else None
    if cached is not None:
        return cached
    ruleset = RuleSet(rules=[])
    load_vocab_files(vocab_paths, ruleset.vocab)
    ruleset.language = load_language(lang_paths)
    seen: dict[str, Rule] = {}
    for path in paths:
        _load_file(path, ruleset, seen, ruleset.vocab)
    manual = ruleset.evasions
    ruleset.evasions = {**pinyin_evasions(_evasion_sources(ruleset)), **manual}
    if key:
        packcache.write(key, ruleset)
    return ruleset


def _evasion_sources(ruleset: RuleSet) -> set[str]:
    words: set[str] = set()
    for rule in ruleset.rules:
        for spec in rule.matchers:
            if spec.kind == "phrases":
                words.update(spec.data)
            elif spec.kind == "swap":
                words.update(spec.data)
            elif spec.kind in ("pattern", "regex"):
                words.update(spec.anchors or ())
            words.update(spec.words)
    return words


def pinyin_evasions(words) -> dict[str, str]:
    """Pinyin spellings of rule phrases (zuolao, zuo lao, zuo-lao, zuo牢, 坐lao → 坐牢), so an evasion
    by pinyin is matched like the phrase. Spellings shared by two phrases are dropped."""
    from pypinyin import lazy_pinyin

    from .text.normalize import _is_cjk

    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in sorted(words):
        if not 2 <= len(word) <= 6 or not all(_is_cjk(c) for c in word):
            continue
        syllables = lazy_pinyin(word)
        if len(syllables) != len(word) or not all(x.isascii() and x.isalpha() for x in syllables):
            continue
        forms = {"".join(syllables), " ".join(syllables), "-".join(syllables)}
        if len(word) == 2:
            forms |= {syllables[0] + word[1], word[0] + syllables[1]}
        for form in forms:
            if out.get(form, word) != word:
                ambiguous.add(form)
            out[form] = word
    for form in ambiguous:
        del out[form]
    return out


def read_yaml(path: Path):
    """A pack, vocabulary or language file: a regular file, capped, UTF-8, guarded YAML."""
    name = str(path)
    try:
        raw = safeio.read_capped(name, MAX_PACK_BYTES)  # a regular file, never read past the cap
    except safeio.TooLarge:
        raise PackError(name, 0, f"rule pack is larger than {MAX_PACK_BYTES} bytes") from None
    except (OSError, safeio.UnsafeFile) as exc:
        raise PackError(name, 0, f"cannot read rule pack: {safeio.describe(exc)}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PackError(name, 0, "rule pack is not UTF-8") from None
    try:
        return yamlsafe.load(text)
    except yamlsafe.YamlError as exc:
        raise PackError(name, exc.line, f"invalid YAML: {exc.problem}") from None


def _load_file(path: Path, ruleset: RuleSet, seen: dict[str, Rule], vocab: Vocabulary) -> None:
    name = str(path)
    data = read_yaml(path)
    if data is None:
        return
    ctx = _Ctx(name, vocab.child())
    ctx.rules = seen
    if isinstance(data, list):
        rules_raw = data
    elif isinstance(data, dict):
        unknown = set(data) - PACK_KEYS
        if unknown:
            key = sorted(unknown, key=str)[0]
            raise ctx.error(data.line_of(key), f"unknown pack key {key!r} (allowed: {', '.join(sorted(PACK_KEYS))})")
        _load_sets(data, ctx)
        define_conditions(data.get("conditions") or {}, data.line_of("conditions"), ctx)
        _load_segmentation(data, ctx, ruleset)
        _load_evasions(data, ctx, ruleset)
        rules_raw = data.get("rules", [])
        if not isinstance(rules_raw, list):
            raise ctx.error(data.line_of("rules"), "`rules` must be a list of rules")
    else:
        raise ctx.error(1, "a rule pack must be a list of rules or a mapping with `rules:`")
    for raw_rule in rules_raw:
        rule = _parse_rule(raw_rule, ctx)
        if rule.id in seen:
            other = seen[rule.id]
            raise ctx.error(rule.line, f"duplicate rule id (first defined at {other.path}:{other.line})")
        seen[rule.id] = rule
        ruleset.rules.append(rule)
        if len(ruleset.rules) > MAX_RULES:
            raise ctx.error(rule.line, f"more than {MAX_RULES} rules")
        for m in rule.matchers:
            ruleset.words.update(m.words)


def _load_sets(data, ctx: _Ctx) -> None:
    """A pack's own vocabularies (`vocab:`, or the older `sets:`), visible in that pack only."""
    for section in ("sets", "vocab"):
        _define_vocab(data.get(section) or {}, data.line_of(section), ctx, f"`{section}`")


def _define_vocab(table, line: int, ctx: _Ctx, what: str) -> None:
    if not isinstance(table, dict):
        raise ctx.error(line, f"{what} must map names to word lists")
    for key, items in table.items():
        name = str(key)
        if not NAME_RE.match(name):
            raise ctx.error(table.line_of(key), f"vocabulary name {name!r} must be lower-case words joined by - or _")
        ctx.sets.define(name, [], f"{ctx.path}:{table.line_of(key)}")  # a list may use earlier ones only
        ctx.sets.define(name, ctx.expand(items, table.line_of(key), f"vocabulary {name!r}"), f"{ctx.path}:{table.line_of(key)}")


def load_vocab_files(paths: list[Path], vocab: Vocabulary) -> None:
    """Shared vocabularies: `vocab/*.yaml` files, each a mapping with `vocab:` (and optional
    `conditions:`, named `when`/`unless` conditions every pack may use, and `description:`)."""
    for path in paths:
        data = read_yaml(path)
        if data is None:
            continue
        ctx = _Ctx(str(path), vocab)
        if not isinstance(data, dict) or set(data) - {"vocab", "conditions", "description"} or "vocab" not in data:
            raise ctx.error(getattr(data, "line", 1), "a vocabulary file is a mapping with `vocab:` (and `conditions:`, `description:`)")
        _define_vocab(data["vocab"], data.line_of("vocab"), ctx, "`vocab`")
        define_conditions(data.get("conditions") or {}, data.line_of("conditions"), ctx)


def _load_segmentation(data, ctx: _Ctx, ruleset: RuleSet) -> None:
    seg = data.get("segmentation")
    if seg is None:
        return
    if not isinstance(seg, dict) or set(seg) - {"words", "split"}:
        raise ctx.error(data.line_of("segmentation"), "`segmentation` takes `words` and `split` lists")
    if "words" in seg:
        ruleset.words.update(ctx.expand(seg["words"], seg.line_of("words"), "segmentation.words"))
    if "split" in seg:
        ruleset.split.update(ctx.expand(seg["split"], seg.line_of("split"), "segmentation.split"))


def _load_evasions(data, ctx: _Ctx, ruleset: RuleSet) -> None:
    ev = data.get("evasions")
    if ev is None:
        return
    if not isinstance(ev, dict):
        raise ctx.error(data.line_of("evasions"), "`evasions` must map a spelling to its canonical phrase")
    for canonical, spellings in ev.items():
        for spelling in ctx.expand(spellings, ev.line_of(canonical), f"evasions of {canonical!r}"):
            ruleset.evasions[spelling] = str(canonical)


def _str_field(raw, key: str, ctx: _Ctx, required: bool) -> str:
    value = raw.get(key)
    if value is None:
        if required:
            raise ctx.error(raw.line, f"missing required key `{key}`")
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ctx.error(raw.line_of(key), f"`{key}` must be a non-empty string")
    return value.strip()


def _parse_rule(raw, ctx: _Ctx) -> Rule:
    _check_rule_keys(raw, ctx)
    rid, category = _rule_identity(raw, ctx)
    sev_raw = raw.get("severity", CATEGORIES[category].severity.label)
    if sev_raw not in ("error", "warning", "info"):
        raise ctx.error(raw.line_of("severity"), "`severity` must be error, warning or info")
    suggest = _str_field(raw, "suggest", ctx, CATEGORIES[category].level.value == "utterance")
    rule = Rule(
        id=rid,
        category=category,
        severity=Severity.parse(sev_raw),
        message=_str_field(raw, "message", ctx, True),
        suggest=suggest,
        source=_str_field(raw, "source", ctx, True),
        rationale=_str_field(raw, "rationale", ctx, False),
        matchers=[],
        path=ctx.path,
        line=raw.line,
    )
    same = _same_as(raw, ctx)
    if same is None:
        rule.matchers = _parse_match(raw["match"], raw.line_of("match"), ctx)
    else:
        rule.matchers, rule.same_as = list(same.matchers), same.id
        rule.speakers, rule.listeners, rule.stages = same.speakers, same.listeners, same.stages
    _parse_optional_fields(raw, rule, ctx)
    if same is not None:
        rule.unless = list(same.unless) + rule.unless
        rule.when = list(same.when) + rule.when
    _parse_rule_examples(raw, rule, ctx)
    return rule


def _same_as(raw, ctx: _Ctx) -> Rule | None:
    """`match: {same-as: threat.life-known}`: one meaning that breaks two norms. The rule takes the
    named rule's matchers, exceptions, speakers, listeners and stages, and reports under its own id,
    category, message and rewrite. The named rule must be loaded first (an earlier pack or earlier in
    this one) and must not itself be a copy."""
    value = raw["match"]
    if not isinstance(value, dict) or "same-as" not in value:
        return None
    line = raw.line_of("match")
    if set(value) != {"same-as"} or not isinstance(value["same-as"], str):
        raise ctx.error(line, "`match: {same-as: <rule id>}` takes one rule id and nothing else")
    other = ctx.rules.get(value["same-as"])
    if other is None:
        raise ctx.error(line, f"`same-as` names {value['same-as']!r}, which is not defined before this rule")
    if other.same_as:
        raise ctx.error(line, f"`same-as` names {other.id!r}, which is itself a copy of {other.same_as!r}: name that rule")
    if any(m.document_level for m in other.matchers):
        raise ctx.error(line, "`same-as` copies utterance rules only, not call-level rules")
    return other


def _check_rule_keys(raw, ctx: _Ctx) -> None:
    """A rule is a mapping with only known keys and all required ones; sets `ctx.rule_id` for errors."""
    ctx.rule_id = None
    if not isinstance(raw, dict):
        raise ctx.error(getattr(raw, "line", 0), "each rule must be a mapping with `id`, `category`, …")
    if isinstance(raw.get("id"), str):
        ctx.rule_id = raw["id"]
    unknown = set(raw) - RULE_KEYS
    if unknown:
        key = sorted(unknown, key=str)[0]
        raise ctx.error(raw.line_of(key), f"unknown key {key!r} (allowed: {', '.join(sorted(RULE_KEYS))})")
    for key in REQUIRED_KEYS:
        if key not in raw:
            raise ctx.error(raw.line, f"missing required key `{key}`")


def _rule_identity(raw, ctx: _Ctx) -> tuple[str, str]:
    """The rule's validated `id` and `category` (the id starts with its category)."""
    rid = _str_field(raw, "id", ctx, True)
    if not ID_RE.match(rid):
        raise ctx.error(raw.line_of("id"), "`id` must be dotted and lower-case, category first (threat.violence)")
    category = _str_field(raw, "category", ctx, True)
    if category not in CATEGORIES:
        raise ctx.error(raw.line_of("category"), f"unknown category {category!r} (see SPEC §2: {', '.join(CATEGORIES)})")
    if rid.split(".")[0] != category:
        raise ctx.error(raw.line_of("id"), f"`id` must start with its category: {category}.…")
    return rid, category


def _parse_optional_fields(raw, rule: Rule, ctx: _Ctx) -> None:
    """`speakers`, `listeners`, `whole_call`, `stages`, `when` and `unless`, each only when given."""
    if "speakers" in raw:
        values = _enum_list(raw, "speakers", {s.value for s in Speaker}, ctx)
        rule.speakers = frozenset(Speaker(v) for v in values)
    if "listeners" in raw:
        rule.listeners = frozenset(_enum_list(raw, "listeners", LISTENERS, ctx))
    if "whole_call" in raw:
        if not isinstance(raw["whole_call"], bool):
            raise ctx.error(raw.line_of("whole_call"), "`whole_call` must be true or false")
        rule.whole_call = raw["whole_call"]
    if "stages" in raw:
        rule.stages = frozenset(ctx.expand(raw["stages"], raw.line_of("stages"), "stages"))
    if "unless" in raw:
        items = raw["unless"]
        if not isinstance(items, list):
            raise ctx.error(raw.line_of("unless"), f"`unless` must be a list of scopes ({', '.join(UNLESS_SCOPES)}) or phrase/pattern/regex exceptions")
        rule.unless = [parse_unless(item, getattr(items, "line", raw.line_of("unless")), ctx) for item in items]
    if "when" in raw:
        items = raw["when"]
        if not isinstance(items, list) or not items:
            raise ctx.error(raw.line_of("when"), "`when` must be a non-empty list of phrase/vocab/pattern/regex/sequence conditions")
        if rule.document_level:
            raise ctx.error(raw.line_of("when"), "call-level rules take no `when`: it is read around an utterance's hit")
        rule.when = [parse_unless(item, getattr(items, "line", raw.line_of("when")), ctx, "when") for item in items]


def _parse_rule_examples(raw, rule: Rule, ctx: _Ctx) -> None:
    """`examples:` with `bad` and `good` lists; a bad example's optional span goes to `rule.spans`."""
    ex = raw["examples"]
    if not isinstance(ex, dict) or set(ex) - {"bad", "good"}:
        raise ctx.error(raw.line_of("examples"), "`examples` must be a mapping with `bad` and `good` lists")
    for key in ("bad", "good"):
        if key not in ex:
            raise ctx.error(ex.line, f"`examples.{key}` is missing: every rule needs examples that fire and traps that do not")
        pairs = _examples(ex[key], ex.line_of(key), ctx, f"examples.{key}")
        setattr(rule, key, [t for t, _ in pairs])
        if key == "bad":
            rule.spans = {t: s for t, s in pairs if s is not None}


def _enum_list(raw, key: str, allowed: set[str], ctx: _Ctx) -> list[str]:
    values = raw[key]
    if not isinstance(values, list) or not values or any(v not in allowed for v in values):
        raise ctx.error(raw.line_of(key), f"`{key}` must be a list of {', '.join(sorted(allowed))}")
    return list(values)


BRANCH_KEYS = {"when", "unless", "examples", "suggest"}


def _parse_match(value, line: int, ctx: _Ctx) -> list[MatchSpec]:
    """`match:` holds one matcher kind or `any:` with a list of them (the branches). A branch may
    carry `when:` (conditions that must all hold near the hit), `unless:` (its own exceptions),
    `examples:` (bad examples this branch alone must flag, with an optional expected `span`) and
    `suggest:` (a rewrite for its hits)."""
    if not isinstance(value, dict) or len(set(value) - BRANCH_KEYS) != 1:
        raise ctx.error(line, f"`match` must hold exactly one kind ({', '.join(KINDS)}) or `any:` with a list of them")
    kind = next(k for k in value if k not in BRANCH_KEYS)
    if kind == "any":
        body = value["any"]
        if set(value) != {"any"}:
            raise ctx.error(line, "`when`, `unless`, `examples` and `suggest` go on a branch inside `any:`, not beside it")
        if not isinstance(body, list) or not body:
            raise ctx.error(value.line_of("any"), "`any` must be a non-empty list of matchers")
        specs: list[MatchSpec] = []
        for item in body:
            specs.extend(_parse_match(item, getattr(item, "line", line), ctx))
        return specs
    if kind not in KINDS:
        raise ctx.error(value.line_of(kind), f"unknown matcher kind {kind!r} (known: {', '.join(KINDS)}, any)")
    spec = KINDS[kind].parse(value[kind], value.line_of(kind), ctx)
    if set(value) == {kind}:
        return [spec]
    return [_branch(spec, value, ctx)]


def _branch(spec: MatchSpec, value, ctx: _Ctx) -> MatchSpec:
    if spec.document_level:
        raise ctx.error(value.line, "call-level matchers take no `when`, `unless`, `examples` or `suggest`")
    fields = {}
    for key in ("when", "unless"):
        if key in value:
            items = value[key]
            items = items if isinstance(items, list) else [items]
            fields[key] = tuple(parse_unless(x, getattr(x, "line", value.line_of(key)), ctx, key) for x in items)
    if "examples" in value:
        fields["bad"] = tuple(_examples(value["examples"], value.line_of("examples"), ctx, "branch examples"))
    if "suggest" in value:
        fields["suggest"] = _str_field(value, "suggest", ctx, True)
    return dataclasses.replace(spec, **fields)


def _examples(items, line: int, ctx: _Ctx, what: str) -> list[tuple[str, str | None]]:
    """Example texts, each a string or `{text: …, span: …}` (the span the finding must cover)."""
    if isinstance(items, (str, dict)):
        items = [items]
    if not isinstance(items, list) or not items:
        raise ctx.error(line, f"{what} must be a non-empty list")
    out = []
    for item in items:
        if isinstance(item, dict):
            if set(item) - {"text", "span"} or not isinstance(item.get("text"), str) or not isinstance(item.get("span", ""), str):
                raise ctx.error(getattr(item, "line", line), f"{what}: an example mapping is {{text: …, span: …}}")
            text, span = item["text"], item.get("span")
            if span is not None and span not in text:
                raise ctx.error(getattr(item, "line", line), f"{what}: span {span!r} does not occur in {text!r}")
            out.append((text, span))
        elif isinstance(item, str) and item.strip():
            out.extend((t, None) for t in ctx.expand([item], line, what))
        else:
            raise ctx.error(line, f"{what} must hold strings or {{text, span}} mappings, got {item!r}")
    return out
