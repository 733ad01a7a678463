"""PySpark is an optional extra: the core package and the command line never import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_pyspark():
    code = ("import sys, runpy; import scriptlint, scriptlint.api, scriptlint.cli; "
            "sys.argv = ['scriptlint', 'check', '--format', 'json', 'corpora/samples/asr_calls.jsonl']\n"
            "try:\n    runpy.run_module('scriptlint', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "assert 'pyspark' not in sys.modules and 'py4j' not in sys.modules, 'pyspark imported'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    assert '"violations"' in out.stdout
