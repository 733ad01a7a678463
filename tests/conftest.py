from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from scriptlint.api import get_engine
from scriptlint.cli import main
from scriptlint.pack import load_rules


@pytest.fixture(scope="session")
def ruleset():
    return load_rules()


@pytest.fixture(scope="session")
def engine():
    return get_engine()


def run_cli(*args, input=None):
    """Run the CLI in-process; returns (exit_code, stdout, stderr)."""
    runner = CliRunner()
    result = runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args, input=None):
    code, out, err = run_cli("check", "--format", "json", *args, input=input)
    return code, json.loads(out), err


@pytest.fixture
def cli():
    return run_cli
