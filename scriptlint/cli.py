"""Command line: parses options, wires the API to the reporters. No linting logic lives here."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import traceback

import click
from rich.console import Console
from rich.text import Text

from . import __version__, safeio
from .api import build_engine, lint_paths, select_rules, split_ids
from .escapes import visible
from .inputs import KINDS
from .model import ScriptlintError, Severity
from .pack import load_rules
from .reporters import FORMATS

FAIL_ON = ("error", "warning", "info", "never")
EXIT_INTERRUPT, EXIT_PIPE, EXIT_TERM = 130, 141, 143  # 128 + SIGINT / SIGPIPE / SIGTERM, as a shell reports them


_signal_exit: int | None = None  # the shell's code of the first signal that arrived, whatever else happened


def _on_signal(signum, frame):
    """Ctrl-C and SIGTERM unwind (worker pools are terminated, temp files removed). When the
    signal lands in a finaliser (`__del__`) its exception is swallowed there and the run goes on:
    the exit code is kept here, and the swallowed exception prints no traceback."""
    import signal

    global _signal_exit
    _signal_exit = _signal_exit or (EXIT_INTERRUPT if signum == signal.SIGINT else EXIT_TERM)
    sys.unraisablehook = _on_unraisable
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(EXIT_TERM)


def _on_unraisable(unraisable) -> None:
    if not isinstance(unraisable.exc_value, (KeyboardInterrupt, SystemExit)):
        sys.__unraisablehook__(unraisable)


def _console(out, no_color: bool) -> Console:
    return Console(file=out, no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False,
                   soft_wrap=True, force_terminal=None if not no_color else False)


def _err(message: str) -> None:
    # paths and texts in messages come from inputs: a newline + `::error` would be a GitHub
    # workflow command, an ESC sequence a terminal command
    click.echo(f"scriptlint: {visible(message)}", err=True)


def friendly(fn):
    """Errors for people: a ScriptlintError prints one line and exits 2; --debug shows tracebacks."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        debug = kwargs.pop("debug", False)
        try:
            return _run(fn, debug, *args, **kwargs)
        finally:
            if _signal_exit is not None:
                sys.exit(_signal_exit)

    return click.option("--debug", is_flag=True, hidden=False, help="Show tracebacks.")(wrapper)


def _run(fn, debug: bool, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ScriptlintError as exc:
        if debug:
            traceback.print_exc()
        _err(f"error: {exc}")
        sys.exit(2)
    except BrokenPipeError:
        # The reader went away (`scriptlint check … | head`): stop quietly, as Unix tools do,
        # with the shell's code for "killed by SIGPIPE" (not 1, which means findings).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_PIPE)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(EXIT_INTERRUPT)
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001
        if debug:
            traceback.print_exc()
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)")
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scriptlint")
def main() -> None:
    """Compliance linter for Chinese debt-collection scripts, transcripts and training material."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_signal)
        signal.signal(signal.SIGINT, _on_signal)


def _config(path: str | None):
    from .config import find_config, load_config

    return load_config(path or find_config())


def _common(fn):
    """Options shared by check and fix."""
    for opt in reversed([
        click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this .scriptlint.yaml."),
        click.option("--rules", "rules_dirs", multiple=True, type=click.Path(), help="Extra rule pack directory or file."),
        click.option("--select", multiple=True, help="Only these rule ids, id prefixes or categories (comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rule ids, id prefixes or categories."),
        click.option("--kind", type=click.Choice(list(KINDS)), default="auto", show_default=True),
    ]):
        fn = opt(fn)
    return fn


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="Output format (default text; github when GITHUB_ACTIONS=true). html: one self-contained, offline "
                   "QA report page (overview, people, drill-down; Chinese), e.g. --format html -o report.html.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@_common
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True)
@click.option("--max-warnings", type=int, default=-1, help="Exit 1 when there are more warnings than this.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record today's findings in FILE and exit 0.")
@click.option("--show-examples", is_flag=True, help="Also list counter-examples in training material, at info.")
@click.option("--report-unused-disables", is_flag=True, help="Report suppression comments that suppress nothing (exit 1).")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: the CPU count for 8+ files, a JSONL batch or one file of 512 KB or more; else 1).")
@click.option("--statistics", is_flag=True, help="Print counts per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Report errors only.")
@click.option("--no-color", is_flag=True)
@click.option("--verbose", "-v", is_flag=True, help="List the files skipped as not collection material, and why.")
@friendly
def check(paths, fmt, output, config_path, rules_dirs, select, ignore, kind, fail_on, max_warnings, baseline, write_baseline,
          show_examples, report_unused_disables, jobs, statistics, quiet, no_color, verbose):
    """Lint scripts, transcripts, ASR exports, training material and call logs.

    Exit 0: nothing at or above --fail-on; 1: findings over the bar; 2: usage, config, rule-pack
    or input errors."""
    if not paths:
        raise click.UsageError("give at least one path (or - for standard input)")
    fmt = fmt or _default_format()
    if output is not None:
        _not_an_input(output, paths)
    cfg = _config(config_path)
    stream, spool = _finding_sinks(fmt, quiet, write_baseline, cfg.options.get("call_time_window"))
    sink = stream.add if stream is not None else spool.add if spool is not None else None
    report = lint_paths(paths, kind=kind, rules_dirs=rules_dirs, select=select, ignore=ignore, show_examples=show_examples,
                        config=cfg, baseline=baseline, jobs=jobs, sink=sink,
                        side=stream if stream is not None else spool)
    recorded = _record_baseline(report, write_baseline) if write_baseline else None
    if report_unused_disables:
        report.add(unused_disable_findings(report.unused_disables))
    if quiet:
        _keep_errors_only(report)
    if recorded is not None:
        _err(recorded) if fmt != "text" or output else click.echo(recorded)
    _write_report(report, fmt, output, stream=stream, spool=spool, recorded=recorded, quiet=quiet,
                  statistics=statistics, no_color=no_color, window=cfg.options.get("call_time_window"),
                  rules=lambda: get_engine_rules(cfg, rules_dirs, select, ignore))
    _print_diagnostics(report, verbose)
    if report.errors:
        sys.exit(2)
    sys.exit(exit_code(report, fail_on, max_warnings))


def _write_report(report, fmt: str, output, *, stream, spool, recorded, quiet, statistics, no_color, rules, window=None) -> None:
    """Render the report in `fmt` to `output` (stdout when None), then close the spool.
    `rules` (which builds the engine) is called only when a non-text reporter renders."""
    with _open_output(output) as out:
        if stream is not None:
            stream.finish(report, out)
        elif fmt == "text":
            if recorded is None:  # else the recording summary stands in ("no problems" would mislead)
                FORMATS["text"].render(report, _console(out, no_color or output is not None), quiet=quiet,
                                       statistics=statistics, findings=spool)
        else:
            FORMATS[fmt].render(report, out, rules=rules(), findings=spool, window=window)
    if spool is not None:
        spool.close()


def _default_format() -> str:
    """github inside a GitHub Actions run, else text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _finding_sinks(fmt: str, quiet: bool, write_baseline, window: str | None = None):
    """(stream, spool): where findings (and, for a stream, the calls checked) go as each document
    is done, or (None, None) to keep them in the report (--write-baseline, or a format that needs
    them all at once). `window`: the config's night window, shaded in the HTML report."""
    if write_baseline:
        return None, None
    keep = (lambda f: f.severity is Severity.ERROR) if quiet else (lambda f: True)
    if fmt == "json":
        from .reporters.json_report import Stream

        return Stream(keep=keep), None
    if fmt == "html":
        from .reporters.html_report import Stream as HtmlStream

        return HtmlStream(keep=keep, window=window), None
    if fmt in ("text", "sarif", "github"):
        # findings go to disk as each document is done; these reporters read them back in order
        from .reporters.spool import Spool

        return None, Spool(keep=keep)
    return None, None


def _record_baseline(report, path: str) -> str:
    """--write-baseline: record the report's findings in `path`, empty the report and return
    the summary to print."""
    from . import baseline as baseline_mod

    baseline_mod.write(path, [f.fingerprint for f in report.findings])
    recorded = baseline_summary(report.findings, path)
    report.findings = []
    return recorded


def _keep_errors_only(report) -> None:
    """--quiet: drop every finding (and streamed count) below error."""
    report.findings = [f for f in report.findings if f.severity is Severity.ERROR]
    report.streamed = {k: v for k, v in report.streamed.items() if k is Severity.ERROR}


def _print_diagnostics(report, verbose: bool) -> None:
    """Warnings, skipped files (named ones always, others with --verbose) and errors, on stderr."""
    for w in report.warnings:
        _err(f"warning: {w}")
    for path, reason, named in report.skipped:
        if verbose or named:  # a file the user named is never skipped without a word
            _err(f"skipped {path}: {reason}")
    for e in report.errors:
        _err(f"error: {e}")


def baseline_summary(findings, path: str) -> str:
    """What --write-baseline recorded: the count, then per file."""
    from collections import Counter

    from .reporters.text import plural

    per_file = Counter(f.path for f in findings)
    lines = [f"recorded {plural(len(findings), 'finding')} in {path}"
             + (f" from {plural(len(per_file), 'file')}" if per_file else "")]
    lines += [f"  {n:>5}  {p}" for p, n in sorted(per_file.items())]
    return "\n".join(lines)


def unused_disable_findings(unused) -> list:
    """--report-unused-disables: each directive that suppressed nothing is a finding (rule
    scriptlint.unused-disable, error), so it shows in every format and --fail-on decides."""
    from .model import Finding
    from .ruleids import META_CATEGORY, UNUSED_DISABLE

    out = []
    for path, d in unused:
        ids = f" ({', '.join(d.ids)})" if d.ids else ""
        out.append(Finding(
            rule=UNUSED_DISABLE, category=META_CATEGORY, severity=Severity.ERROR,
            message=f"unused scriptlint-{d.kind} directive{ids}: it suppresses nothing here",
            suggestion="remove the directive", start=0, end=0, match="", path=path,
            line=d.line, column=1, end_line=d.line, end_column=1, speaker=None))
    return out


def _not_an_input(output: str, paths) -> None:
    for p in paths:
        if p != "-" and os.path.isfile(p) and (os.path.realpath(p) == os.path.realpath(output)
                                              or (os.path.exists(output) and os.path.samefile(p, output))):
            raise ScriptlintError(f"-o {output} is one of the inputs; write the report elsewhere")


@contextlib.contextmanager
def _open_output(path):
    """stdout, or a fresh temp file beside `path` renamed over it at the end: a planted
    `FILE.tmp` link is never followed, and concurrent runs writing one report never collide."""
    if path is None:
        yield sys.stdout
        return
    try:
        if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
            with open(path, "w", encoding="utf-8") as fh:  # /dev/null, /dev/stdout, a FIFO: written as they are
                yield fh
            return
        with safeio.atomic_output(path) as fh:
            yield fh
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise ScriptlintError(f"{path}: cannot write the report: {safeio.describe(exc)}") from None


@main.command()
@click.argument("findings", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the page to FILE (default: standard output).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this .scriptlint.yaml (its night window is shaded).")
@friendly
def report(findings, output, config_path):
    """Render a saved JSON report (`check --format json`) as the HTML QA report: the same page,
    with the same numbers, as `check --format html`. Turns are read again from the inputs the
    report names, when they are still there."""
    from .reporters.html_report import render_saved

    data = _load_json_report(findings)
    if output is not None:
        _not_an_input(output, [findings])
    window = _config(config_path).options.get("call_time_window")
    with _open_output(output) as out:
        render_saved(data, out, window=window)


def _load_json_report(path: str) -> dict:
    try:
        data = json.loads(safeio.read_capped(path, safeio.MAX_INPUT_BYTES * 4))
    except OSError as exc:
        raise ScriptlintError(f"{path}: cannot read: {safeio.describe(exc)}") from None
    except ValueError as exc:
        raise ScriptlintError(f"{path}: not JSON: {exc}") from None
    if not (isinstance(data, dict) and data.get("version") == 1 and isinstance(data.get("violations"), list)
            and isinstance(data.get("files"), list) and isinstance(data.get("calls", []), list)):
        raise ScriptlintError(f"{path}: not a scriptlint JSON report (scriptlint check --format json)")
    return data


def get_engine_rules(cfg, rules_dirs, select, ignore):
    return build_engine(cfg, rules_dirs, select, ignore).rules


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_common
@click.option("--diff", is_flag=True, help="Print a unified diff and write nothing.")
@friendly
def fix(paths, config_path, rules_dirs, select, ignore, kind, diff):
    """Apply safe in-place rewrites (swap rules). Exit 1 when files changed (or would, with --diff).

    `-` reads standard input and prints the fixed text to standard output."""
    from .api import fix_paths

    if not paths:
        raise click.UsageError("give at least one path")
    cfg = _config(config_path)
    results, errors = fix_paths(paths, kind=kind, rules_dirs=rules_dirs, select=select, ignore=ignore, config=cfg, write=not diff)
    from .fix import unified_diff

    changed = [r for r in results if r.applied]
    if diff:
        for r in changed:
            click.echo(visible(unified_diff(r), keep="\t\n"), nl=False)
    else:
        _print_fixed(results, changed)
        changed = [r for r in changed if r.path != "-"]  # a filter's output is not a changed file
    for e in errors:
        _err(f"error: {e}")
    if errors:
        sys.exit(2)
    sys.exit(1 if changed else 0)


def _print_fixed(results, changed) -> None:
    """Without --diff: standard input's text (fixed or as it was) on stdout, then a line on
    stderr per changed file."""
    for r in results:
        if r.path == "-":
            # `echo … | scriptlint fix -`: the fixed text (or the text as it was) on stdout
            click.echo(r.new_text if r.new_text is not None else r.old_text, nl=False)
    for r in changed:
        if r.path != "-":
            _err(f"fixed {r.path}: {r.applied} rewrite(s)")


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing .scriptlint.yaml.")
@friendly
def init(force):
    """Write a commented starter .scriptlint.yaml in the current directory."""
    from .config import STARTER

    target = ".scriptlint.yaml"
    if os.path.lexists(target) and not force:
        raise ScriptlintError(f"{target} already exists (use --force to overwrite)")
    with safeio.atomic_output(target) as fh:  # a planted (even dangling) symlink is replaced, not followed
        fh.write(STARTER)
    click.echo(f"wrote {target}")


def exit_code(report, fail_on: str, max_warnings: int) -> int:
    if fail_on != "never":
        bar = Severity.parse(fail_on)
        if any(report.count(sev) for sev in Severity if sev >= bar):
            return 1
    if max_warnings >= 0 and report.count(Severity.WARNING) > max_warnings:
        return 1
    return 0


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@click.option("--vocab", is_flag=True, help="List the shared vocabularies instead ($name, size, where, first words).")
@friendly
def list_rules(fmt, rules_dirs, vocab):
    """List every rule, one line each."""
    ruleset = load_rules(rules_dirs)
    if vocab:
        _list_vocab(ruleset, fmt)
        return
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "category": r.category, "severity": r.severity.label, "message": r.message, "source": r.source}
            for r in ruleset.rules
        ], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from .reporters.text import plural

    console = _console(sys.stdout, False)
    if console.is_terminal is False and not os.environ.get("COLUMNS"):
        console.width = 120  # piped: a fixed width, so the columns still wrap rather than overflow
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=False)
    table.add_column("rule", no_wrap=True, overflow="fold")
    table.add_column("severity", no_wrap=True)
    table.add_column("message", overflow="fold", ratio=1)
    colour = {"error": "red", "warning": "yellow", "info": "cyan"}
    for r in ruleset.rules:
        table.add_row(r.id, Text(r.severity.label, style=colour[r.severity.label]), visible(r.message))
    console.print(table, soft_wrap=False)
    n_categories = len({r.category for r in ruleset.rules})
    console.print(f"{plural(len(ruleset.rules), 'rule')} in {n_categories} {'category' if n_categories == 1 else 'categories'}")


def _list_vocab(ruleset, fmt) -> None:
    words = ruleset.vocab.words
    if fmt == "json":
        click.echo(json.dumps({name: {"words": ws, "defined": ruleset.vocab.where.get(name, "")} for name, ws in sorted(words.items())},
                              ensure_ascii=False, indent=2))
        return
    for name, ws in sorted(words.items()):
        preview = "、".join(ws[:8]) + ("…" if len(ws) > 8 else "")
        click.echo(f"${name:<24}{len(ws):>4}  {preview}")
    click.echo(f"{len(words)} vocabularies")


@main.command("check-rules")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@click.option("--no-builtin", is_flag=True, help="Lint only the packs given with --rules.")
@friendly
def check_rules(rules_dirs, no_builtin):
    """Lint rule packs: characters normalisation folds away, redundant classes, inline or repeated
    word lists, unused vocabularies, untested branches, regexes over 200 characters. Exit 1 on any."""
    from .packlint import counts, lint_packs

    ruleset = load_rules(rules_dirs, builtin=not no_builtin)
    problems = lint_packs(ruleset, rules_dirs, builtin=not no_builtin)
    for p in problems:
        click.echo(str(p))
    summary = ", ".join(f"{n} {code}" for code, n in counts(problems).items()) or "no problems"
    click.echo(f"{len(ruleset.rules)} rules: {summary}")
    sys.exit(1 if problems else 0)


@main.command()
@click.argument("rule_id")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@friendly
def explain(rule_id, rules_dirs):
    """Show a rule: message, rationale, source, examples, rewrite."""
    from .docs import explain_text

    ruleset = load_rules(rules_dirs)
    rule = ruleset.get(rule_id)
    if rule is None:
        from .ruleids import RuleNames

        close = [r.id for r in ruleset.rules if rule_id in r.id][:5] or [
            c for c in RuleNames(ruleset.rules).closest(rule_id, 5) if ruleset.get(c)]
        hint = f" (did you mean: {', '.join(close)})" if close else ""
        raise ScriptlintError(f"no rule {rule_id!r}{hint}; `scriptlint rules` lists them")
    click.echo(visible(explain_text(rule), keep="\t\n"))


@main.command("test-rules")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@click.option("--select", multiple=True)
@friendly
def test_rules(rules_dirs, select):
    """Check every rule's own examples: bad ones fire, good ones do not; suggestions are clean."""
    from .ruleids import RuleNames
    from .selfcheck import check_all

    ruleset = load_rules(rules_dirs)
    RuleNames(ruleset.rules).check(split_ids(select), "--select")
    rules = select_rules(ruleset.rules, split_ids(select))
    failures = check_all(ruleset, rules)
    for f in failures:
        click.echo(f"FAIL {f.rule} [{f.kind}] {f.text!r}: {f.detail}")
    n_examples = sum(len(r.bad) + len(r.good) for r in rules)
    click.echo(f"{len(rules)} rules, {n_examples} examples: {len(failures)} failures")
    sys.exit(1 if failures else 0)


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this .scriptlint.yaml.")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@click.option("--min-precision", type=float, default=0.0, help="Exit 1 if a category's precision is lower.")
@click.option("--min-recall", type=float, default=0.0, help="Exit 1 if a category's recall is lower.")
@friendly
def eval_cmd(corpus, fmt, config_path, rules_dirs, min_precision, min_recall):
    """Precision, recall and F1 per category on a labelled JSONL corpus (file or directory) of
    lines and whole calls; a directory with dev/ and test/ is scored per split."""
    from .evaluate import splits

    engine = build_engine(_config(config_path), rules_dirs)
    results = {name: _eval_split(path, engine) for name, path in splits(corpus).items()}
    if fmt == "json":
        payload = results["all"] if set(results) == {"all"} else {"splits": results}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for name, result in results.items():
            _print_eval(name, result, show_errors=name != "test")
    below = sorted({f"{name}:{c}" if name != "all" else c for name, r in results.items()
                    for c, s in r["categories"].items()
                    if c != "micro" and (s["precision"] < min_precision or s["recall"] < min_recall)})
    if below:
        _err(f"below the bar (P ≥ {min_precision}, R ≥ {min_recall}): {', '.join(below)}")
        sys.exit(1)


def _eval_split(path, engine) -> dict:
    from .evaluate import call_errors, clean_flagged, errors, evaluate, evaluate_calls, load_corpus

    calls: list = []
    examples = load_corpus(path, calls)
    scores = evaluate(examples, engine) if examples else {}
    misses, alarms = errors(examples)
    flagged, clean = clean_flagged(examples)
    out = {
        "examples": len(examples),
        "categories": {k: v.as_dict() for k, v in scores.items()},
        "clean_lines_flagged": {"flagged": flagged, "clean": clean, "rate": round(flagged / clean, 4) if clean else 0.0},
        "misses": [{"source": e.source, "line": e.line, "text": e.text, "category": c} for e, c in misses],
        "false_alarms": [{"source": e.source, "line": e.line, "text": e.text, "category": c, "rules": e.rules} for e, c in alarms],
    }
    if calls:
        call_scores = evaluate_calls(calls, engine)
        out["calls"] = {"count": len(calls), **{k: {c: s.as_dict() for c, s in v.items()} for k, v in call_scores.items()},
                        "errors": call_errors(calls)}
    return out


def _print_table(title: str, table: dict) -> None:
    click.echo(f"{title}\n{'category':<32}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}")
    for cat, s in table.items():
        click.echo(f"{cat:<32}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>6}{s['fp']:>5}{s['fn']:>5}")


def _print_eval(name: str, result: dict, show_errors: bool) -> None:
    head = f"== {name} ==\n" if name != "all" else ""
    if result["examples"]:
        _print_table(f"{head}lines", result["categories"])
        cf = result["clean_lines_flagged"]
        click.echo(f"{result['examples']} examples; clean lines flagged: {cf['flagged']}/{cf['clean']} ({cf['rate']:.1%})")
    if "calls" in result:
        calls = result["calls"]
        _print_table(f"\nturns of {calls['count']} calls (utterance categories on agent turns)", calls["turns"])
        a = calls["turns_any"]["micro"]
        click.echo(f"violating turns with any finding: {a['tp']}/{a['tp'] + a['fn']} (recall {a['recall']:.3f}); "
                   f"clean agent turns flagged: {a['fp']} (precision {a['precision']:.3f})")
        _print_table("\ncall-level categories", calls["calls"])
    if not show_errors:
        click.echo("(errors of the test split are not listed: it is not for tuning)\n")
        return
    if result["misses"]:
        click.echo("\nMisses (violations not caught):")
        for e in result["misses"]:
            click.echo(f"  {e['category']:<18} {e['source']}:{e['line']}  {e['text']}")
    if result["false_alarms"]:
        click.echo("\nFalse alarms:")
        for e in result["false_alarms"]:
            click.echo(f"  {e['category']:<18} {e['source']}:{e['line']}  {e['text']}  [{', '.join(e['rules'])}]")
    for e in result.get("calls", {}).get("errors", []):
        where = f"{e['call']} turn {e['turn']}" if e["turn"] is not None else f"{e['call']} (call)"
        click.echo(f"  {e['kind']:<12}{e['category']:<30} {where}  {e.get('text', '')}")
    click.echo("")


@main.command()
@friendly
def lsp():
    """Run the language server (LSP over standard input/output) for editors; see docs/editors.md.
    Needs the `lsp` extra: pip install 'scriptlint[lsp]'."""
    try:
        from .lsp.server import serve
    except ImportError as exc:
        raise ScriptlintError(f"`scriptlint lsp` needs pygls ({exc.name} is missing): pip install 'scriptlint[lsp]'") from None
    serve()


if __name__ == "__main__":  # pragma: no cover
    main()
