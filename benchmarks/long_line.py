"""Issue 15's must-show: one 5 M-character line with a finding every 5 characters
(`'你这个老赖' * 1_000_000`), linted with --format json in under 60 s and 1 GB, and text and SARIF
within 2× of JSON's time and peak memory.

    python benchmarks/long_line.py             # 5 M characters (about 1 M findings)
    python benchmarks/long_line.py --chars 1000000

Each format runs once in its own process writing to /dev/null; wall time and peak RSS
(ru_maxrss of the child) are printed with the verdicts."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

PY = sys.executable


def run(fmt: str, path: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one `scriptlint check --format fmt` in a fresh process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"code = subprocess.call([{PY!r}, '-m', 'scriptlint', 'check', '--jobs', '1', '--format', {fmt!r}, "
        f"'-o', '/dev/null', {str(path)!r}])\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
    )
    out = subprocess.run([PY, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=5_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "line.txt"
        path.write_text("你这个老赖" * (args.chars // 5) + "\n", encoding="utf-8")
        results = {fmt: run(fmt, path) for fmt in ("json", "text", "sarif")}
    t_json, m_json, _ = results["json"]
    ok = True
    for fmt, (t, m, code) in results.items():
        print(f"{fmt:<6} {t:7.1f} s {m:8.0f} MB  exit {code}  ({t / t_json:.2f}× JSON time, {m / m_json:.2f}× JSON memory)")
        ok &= code == 1
        if fmt != "json":
            ok &= t <= 2 * t_json and m <= 2 * m_json
    if args.chars >= 5_000_000:
        ok &= t_json < 60 and m_json < 1024
        print(f"json under 60 s and 1 GB: {t_json < 60 and m_json < 1024}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
