"""Rule documentation: `scriptlint explain` and the generated docs/rules.md share this."""

from __future__ import annotations

from .model import CATEGORIES
from .pack import Rule, RuleSet


def explain_text(rule: Rule) -> str:
    cat = CATEGORIES[rule.category]
    lines = [
        f"{rule.id}  ({rule.category} {cat.zh}, {rule.severity.label})",
        f"消息: {rule.message}",
    ]
    if rule.rationale:
        lines.append(f"说明: {rule.rationale}")
    lines.append(f"依据: {rule.source}")
    if rule.suggest:
        lines.append(f"建议改写: {rule.suggest}")
    kinds = ", ".join(sorted({m.kind for m in rule.matchers}))
    lines.append(f"匹配方式: {kinds}" + (f"; 例外: {', '.join(u.name or u.kind for u in rule.unless)}" if rule.unless else ""))
    lines.append("违规示例 (bad):")
    lines.extend(f"  ✗ {t}" for t in rule.bad)
    lines.append("合规示例 (good):")
    lines.extend(f"  ✓ {t}" for t in rule.good)
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(ruleset: RuleSet) -> str:
    out = [
        "# scriptlint rules",
        "",
        "Generated from the packs in `rules/` by `python -m scriptlint.docs`; do not edit by hand.",
        "Each rule's row is anchored by its id (`rules.md#insult.laolai`): the language server links there.",
        "",
        f"{len(ruleset.rules)} rules.",
        "",
    ]
    for cat_id, cat in CATEGORIES.items():
        rules = [r for r in ruleset.rules if r.category == cat_id]
        if not rules:
            continue
        out += [f"## {cat_id} — {cat.zh}", "", "| id | severity | message | source | bad | good | rewrite |", "|---|---|---|---|---|---|---|"]
        for r in rules:
            out.append("| " + " | ".join(_cell(x) for x in (
                f'<a id="{r.id}"></a>`{r.id}`', r.severity.label, r.message, r.source, r.bad[0], r.good[0], r.suggest or "—")) + " |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from .pack import load_rules

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules.md")
    target.write_text(rules_markdown(load_rules()), encoding="utf-8")
    print(f"wrote {target}")
