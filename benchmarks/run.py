"""Performance benchmarks, side by side in one run (alternating, medians), printing ratios.

    python benchmarks/run.py            # full sizes (~3 M characters, 40 files, 150 MB JSONL)
    python benchmarks/run.py --quick    # smaller inputs for a quick look
    python benchmarks/run.py --lsp      # the language server's re-lint latency only
    python benchmarks/run.py --spark [--spark-calls N]   # scriptlint.spark on local[2] vs check --jobs 2
    python benchmarks/run.py --html [--html-calls N]     # check --format html vs --format json, 100k calls

Inputs are built from corpora/ into a temporary directory. Each comparison alternates the two
commands and reports the median wall time of each and their ratio; the targets are those of the
performance issue (throughput ≤ 0.67× bare jieba.lcut, start-up ≤ 1.0× / 0.5× jieba.initialize,
--jobs 2 ≤ 0.65× --jobs 1, peak RSS ≤ 300 MB and flat on JSONL batches)."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SCRIPTLINT = [PY, "-m", "scriptlint"]


def corpus_lines() -> list[str]:
    lines = []
    for f in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        lines += [json.loads(x)["text"] for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines += [x for x in (ROOT / "corpora" / "ordinary" / "ordinary.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


def build_inputs(d: Path, chars: int, files: int, jsonl_mb: list[int]) -> dict:
    rng = random.Random(42)
    lines = corpus_lines()
    out: dict = {}
    big, n = [], 0
    while n < chars:
        line = rng.choice(lines)
        big.append(line)
        n += len(line) + 1
    out["big"] = d / "big.txt"
    out["big"].write_text("\n".join(big) + "\n", encoding="utf-8")
    page_bad = (ROOT / "corpora" / "samples" / "script_bad.txt").read_text(encoding="utf-8")
    out["page_bad"] = d / "page_bad.txt"
    out["page_bad"].write_text(page_bad, encoding="utf-8")
    out["page_clean"] = d / "page_clean.txt"
    out["page_clean"].write_text((ROOT / "corpora" / "samples" / "script_good.txt").read_text(encoding="utf-8"), encoding="utf-8")
    many = d / "many"
    many.mkdir()
    per_file = max(2000, chars // 40)
    for i in range(files):
        chunk, n = [], 0
        while n < per_file:
            line = rng.choice(lines)
            chunk.append(line)
            n += len(line) + 1
        (many / f"script{i:02d}.txt").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    out["many"] = many
    for mb in jsonl_mb:
        p = d / f"calls-{mb}mb.jsonl"
        with open(p, "w", encoding="utf-8") as fh:
            size, i = 0, 0
            while size < mb * 1_000_000:
                call = {"id": f"c{i}", "meta": {"called_party": "debtor"},
                        "turns": [{"speaker": "agent" if k % 2 == 0 else "debtor", "text": rng.choice(lines)} for k in range(8)]}
                line = json.dumps(call, ensure_ascii=False) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
                i += 1
        out[f"jsonl{mb}"] = p
    return out


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def compare(name: str, ours: list[str], base: list[str], runs: int, target: float | None) -> dict:
    """`target` None: a figure printed for reference, with no target of its own."""
    a, b = [], []
    for _ in range(runs):  # alternate, so drift on a shared machine hits both sides
        a.append(timed(ours))
        b.append(timed(base))
    ma, mb = statistics.median(a), statistics.median(b)
    ratio = ma / mb
    met = None if target is None else ratio <= target
    row = {"benchmark": name, "ours_s": round(ma, 3), "baseline_s": round(mb, 3), "ratio": round(ratio, 3),
           "target": target, "met": met}
    verdict = "(for reference)" if met is None else f"(target ≤ {target})  {'ok' if met else 'NOT MET'}"
    print(f"{name:<34} {ma:8.3f}s {mb:8.3f}s  ratio {ratio:6.3f}  {verdict}")
    return row


def same_findings(path: Path) -> dict:
    """The fast path's report against the reference path's (SCRIPTLINT_REFERENCE=1: Python jieba,
    spaCy's Matcher) on the throughput input: the violations must be identical."""
    cmd = SCRIPTLINT + ["check", "--format", "json", str(path)]
    t = time.perf_counter()
    fast = json.loads(subprocess.run(cmd, capture_output=True, check=False).stdout)["violations"]
    t_fast = time.perf_counter() - t
    t = time.perf_counter()
    ref = json.loads(subprocess.run(cmd, capture_output=True, check=False, env={**os.environ, "SCRIPTLINT_REFERENCE": "1"}).stdout)["violations"]
    t_ref = time.perf_counter() - t
    same = fast == ref
    print(f"fast path vs reference path: {len(fast)} vs {len(ref)} violations, identical: {same} "
          f"({t_fast:.2f}s vs {t_ref:.2f}s, one run each)")
    return {"benchmark": "fast path = reference path", "violations": len(fast), "identical": same,
            "fast_s": round(t_fast, 2), "reference_s": round(t_ref, 2), "met": same}


def peak_rss_mb(cmd: list[str]) -> float:
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    res = subprocess.run([PY, "-c", code, *cmd], capture_output=True, text=True, check=True)
    return float(res.stdout.strip())


class _LspPipe:
    """A minimal LSP client over a `scriptlint lsp` subprocess: Content-Length framed JSON-RPC."""

    def __init__(self, cwd: Path):
        self.proc = subprocess.Popen(SCRIPTLINT + ["lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, cwd=cwd)
        self.next_id = 0

    def send(self, method: str, params, request: bool = False) -> None:
        msg = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            msg["id"] = self.next_id
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self) -> dict:
        length = 0
        while (line := self.proc.stdout.readline().strip()):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def wait(self, pred) -> dict:
        while not pred(msg := self.read()):
            pass
        return msg


def lsp_latency(edits: int = 25, lines_n: int = 500) -> dict:
    """Re-lint latency of the real server after a one-line edit of a 500-line script: didChange
    (debounce 0) → publishDiagnostics of that version, median over `edits`; the baseline is the
    same lint in-process through the API (`lint_text`) on the same texts."""
    from scriptlint.api import lint_text

    rng = random.Random(7)
    pool = corpus_lines()
    text_lines = [rng.choice(pool) for _ in range(lines_n)]
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        path = d / "script.txt"
        path.write_text("\n".join(text_lines) + "\n", encoding="utf-8")
        uri = path.as_uri()
        lsp = _LspPipe(d)
        lsp.send("initialize", {"processId": os.getpid(), "rootUri": d.as_uri(), "capabilities": {},
                                "workspaceFolders": [{"uri": d.as_uri(), "name": "bench"}],
                                "initializationOptions": {"debounce": 0}}, request=True)
        lsp.wait(lambda m: m.get("id") == 1)
        lsp.send("initialized", {})
        lsp.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1,
                                                           "text": path.read_text(encoding="utf-8")}})
        published = lambda v: lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == v  # noqa: E731
        first = lsp.wait(published(1))
        server_s, api_s, counts = [], [], []
        for version in range(2, edits + 2):
            row = rng.randrange(lines_n)
            new = rng.choice(pool)
            old_len = len(text_lines[row].encode("utf-16-le")) // 2
            text_lines[row] = new
            change = {"range": {"start": {"line": row, "character": 0}, "end": {"line": row, "character": old_len}}, "text": new}
            t = time.perf_counter()
            lsp.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            counts.append(len(lsp.wait(published(version))["params"]["diagnostics"]))
            server_s.append(time.perf_counter() - t)
            whole = "\n".join(text_lines) + "\n"
            t = time.perf_counter()
            in_process = lint_text(whole, "script", path=str(path))
            api_s.append(time.perf_counter() - t)
            assert len(in_process) == counts[-1], (len(in_process), counts[-1])  # the same findings both ways
        lsp.send("shutdown", None, request=True)
        lsp.wait(lambda m: m.get("id") == 2)
        lsp.send("exit", None)
        lsp.proc.wait(timeout=30)
    ms, mb = statistics.median(server_s) * 1000, statistics.median(api_s) * 1000
    met = ms <= 100
    print(f"LSP re-lint after a one-line edit, {lines_n}-line script ({len(first['params']['diagnostics'])} findings), "
          f"median of {edits}: server {ms:.1f} ms (p90 {sorted(server_s)[int(0.9 * edits)] * 1000:.1f} ms), "
          f"in-process lint_text {mb:.1f} ms, ratio {ms / mb:.2f}; target ≤ 100 ms: {'ok' if met else 'NOT MET'}")
    return {"benchmark": "lsp re-lint, 500-line script", "server_ms": round(ms, 1), "api_ms": round(mb, 1),
            "ratio": round(ms / mb, 2), "target_ms": 100, "met": met}
def spark_batch(path: Path, n: int, people: bool = False) -> None:
    """`n` calls for the Spark benchmark: the realistic dev calls and the samples under new ids,
    with contacts and start times so that call-frequency and call-time have work (one contact in
    fifty is called over the limit, in the night one call in twelve)."""
    src = [json.loads(x) for f in ("corpora/realistic/dev/calls.jsonl", "corpora/samples/asr_calls.jsonl")
           for x in (ROOT / f).read_text(encoding="utf-8").splitlines() if x.strip()]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            call = dict(src[i % len(src)])
            contact = i % 997 if i % 50 else 997 + i // 400  # every 50th call: one of a few busy contacts
            call["id"] = f"b{i}"
            call["meta"] = {**call.get("meta", {}), "contact": f"1{contact:010d}", "outcome": "未接" if i % 3 == 0 else "接通",
                            "started_at": f"2026-03-{1 + i % 28:02d}T{(i * 7) % 24:02d}:{i % 60:02d}:00+08:00"}
            if people:  # who made the call, for the HTML report's people tables: 200 agents in 12 teams
                call["meta"].update(agent=f"A{(i * 31) % 200:03d}", team=f"T{(i * 31) % 200 % 12:02d}")
            fh.write(json.dumps(call, ensure_ascii=False) + "\n")


def spark_compare(n: int, runs: int) -> list[dict]:
    """`python -m scriptlint.spark` on local[2] against `scriptlint check --jobs 2` on the same
    JSONL batch of `n` calls: alternating runs, medians, calls per second and their ratio; the two
    must count the same findings."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        batch = d / "calls.jsonl"
        spark_batch(batch, n)
        cli = SCRIPTLINT + ["check", "--jobs", "2", "--format", "json", "--fail-on", "never", "--output", str(d / "report.json"), str(batch)]
        spark = [PY, "-m", "scriptlint.spark", str(batch), str(d / "out"), "--master", "local[2]", "--overwrite"]
        env = {**os.environ, "PYSPARK_PYTHON": PY}
        a, b, counts = [], [], {}
        print(f"Spark benchmark: {n} calls, {runs} alternating runs per side", flush=True)
        for r in range(runs):
            t = time.perf_counter()
            out = subprocess.run(spark, capture_output=True, text=True, env=env, check=True)
            a.append(time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            b.append(time.perf_counter() - t)
            print(f"  run {r + 1}: spark {a[-1]:.1f}s, check --jobs 2 {b[-1]:.1f}s", flush=True)
            counts["spark"] = out.stdout.strip().splitlines()[-1]
        summary = json.loads((d / "report.json").read_text(encoding="utf-8"))["summary"]
        counts["cli"] = f"{summary['error']} errors, {summary['warning']} warnings, {summary['info']} infos"
    ma, mb = statistics.median(a), statistics.median(b)
    same = counts["cli"] in counts["spark"]
    print(f"scriptlint.spark local[2]   {n / ma:8.1f} calls/s  (median {ma:.1f}s; {n / ma / 2:.1f} calls/s per core)")
    print(f"scriptlint check --jobs 2   {n / mb:8.1f} calls/s  (median {mb:.1f}s)")
    print(f"ratio spark / check (calls/s) {mb / ma:6.3f}; same finding counts: {same} ({counts['cli']})")
    rows.append({"benchmark": f"spark local[2] vs check --jobs 2 ({n} calls)", "spark_s": round(ma, 2), "check_s": round(mb, 2),
                 "spark_calls_per_s": round(n / ma, 1), "check_calls_per_s": round(n / mb, 1),
                 "ratio": round(mb / ma, 3), "runs": runs, "same_counts": same, "met": same})
    return rows


def html_compare(n: int, runs: int) -> list[dict]:
    """`check --format html` against `check --format json` on the same JSONL batch of `n` calls
    (with agents, teams and start times): alternating runs, medians and their ratio, the peak RSS
    of each and the size of each report."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        batch = d / "calls.jsonl"
        spark_batch(batch, n, people=True)
        cmd = {fmt: SCRIPTLINT + ["check", "--format", fmt, "--fail-on", "never", "-o", str(d / f"report.{fmt}"), str(batch)]
               for fmt in ("html", "json")}
        print(f"HTML report benchmark: {n} calls ({batch.stat().st_size / 1e6:.0f} MB JSONL), {runs} alternating runs per side", flush=True)
        row = compare(f"check --format html vs json ({n // 1000}k calls)", cmd["html"], cmd["json"], runs, None)
        rss = {fmt: peak_rss_mb(c) for fmt, c in cmd.items()}
        size = {fmt: (d / f"report.{fmt}").stat().st_size / 1e6 for fmt in cmd}
        half = d / "half.jsonl"  # the first half of the batch: memory should not grow with the calls
        with open(batch, encoding="utf-8") as src, open(half, "w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, n // 2))
        rss_half = {fmt: peak_rss_mb([*c[:-1], str(half)]) for fmt, c in cmd.items()}
    print(f"peak RSS, {n} calls: html {rss['html']:.1f} MB, json {rss['json']:.1f} MB; "
          f"{n // 2} calls: html {rss_half['html']:.1f} MB, json {rss_half['json']:.1f} MB")
    print(f"report size: html {size['html']:.1f} MB (target < 15 MB), json {size['json']:.1f} MB")
    row.update(html_rss_mb=round(rss["html"], 1), json_rss_mb=round(rss["json"], 1), html_rss_half_mb=round(rss_half["html"], 1),
               json_rss_half_mb=round(rss_half["json"], 1), html_mb=round(size["html"], 2), json_mb=round(size["json"], 2),
               met=size["html"] < 15, calls=n, runs=runs)
    return [row]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--lsp", action="store_true", help="only the language server's re-lint latency (needs the lsp extra)")
    ap.add_argument("--spark", action="store_true", help="only the Spark benchmark (needs the spark extra and Java)")
    ap.add_argument("--spark-calls", type=int, default=200_000, help="calls in the Spark benchmark's batch")
    ap.add_argument("--html", action="store_true", help="only the HTML report against the JSON report on a JSONL batch")
    ap.add_argument("--html-calls", type=int, default=100_000, help="calls in the HTML benchmark's batch")
    args = ap.parse_args()
    if args.html:
        print(json.dumps(html_compare(args.html_calls, args.runs or 3), ensure_ascii=False))
        return
    if args.lsp:
        print(json.dumps([lsp_latency()], ensure_ascii=False))
        return
    if args.spark:
        print(json.dumps(spark_compare(args.spark_calls, args.runs or 3), ensure_ascii=False))
        return
    chars = 300_000 if args.quick else 3_000_000
    jsonl = [5, 10] if args.quick else [50, 150]
    runs = args.runs or (3 if args.quick else 5)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; runs per side: {runs}")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        inp = build_inputs(d, chars, 40, jsonl)
        subprocess.run(SCRIPTLINT + ["check", str(inp["page_bad"])], capture_output=True, check=False)  # warm caches
        print(f"{'benchmark':<34} {'ours':>9} {'baseline':>9}")
        lcut = [PY, "-c", f"import jieba; jieba.lcut(open({str(inp['big'])!r}, encoding='utf-8').read())"]
        rows = [
            compare(f"throughput ({chars // 1000}k chars) vs jieba.lcut", SCRIPTLINT + ["check", "--format", "json", str(inp["big"])],
                    lcut, runs, 0.67),
            compare("  same, --jobs 1 (one process)", SCRIPTLINT + ["check", "--jobs", "1", "--format", "json", str(inp["big"])],
                    lcut, runs, None),
            compare("start-up, page with findings", SCRIPTLINT + ["check", str(inp["page_bad"])],
                    [PY, "-c", "import jieba; jieba.initialize()"], runs, 1.0),
            compare("start-up, clean page", SCRIPTLINT + ["check", str(inp["page_clean"])],
                    [PY, "-c", "import jieba; jieba.initialize()"], runs, 0.5),
            compare("--jobs 2 vs --jobs 1 (40 files)", SCRIPTLINT + ["check", "--jobs", "2", "--format", "json", str(inp["many"])],
                    SCRIPTLINT + ["check", "--jobs", "1", "--format", "json", str(inp["many"])], runs, 0.65),
        ]
        rows.append(same_findings(inp["big"]))
        for mb in jsonl:
            rss = peak_rss_mb(SCRIPTLINT + ["check", "--format", "json", str(inp[f"jsonl{mb}"])])
            print(f"peak RSS, {mb} MB JSONL batch            {rss:8.1f} MB   (target ≤ 300 MB, flat)")
            rows.append({"benchmark": f"peak RSS {mb} MB JSONL", "rss_mb": round(rss, 1), "target": 300, "met": rss <= 300})
    print(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
