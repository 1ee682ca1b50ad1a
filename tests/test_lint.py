"""Lint and type checks, so that the README's one test command runs them too.

STYLE.md asks for ruff and mypy in strict mode (settings in pyproject.toml) and for
one command that runs lint and tests; `.ci/run` runs `python -m pytest -q`, so a lint
error or a type error fails CI like a failing test. Each check names its findings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run([sys.executable, "-m", "ruff", "check", "build_tools", "tests", "benchmarks"])
    assert result.returncode == 0, f"ruff check found problems:\n{result.stdout}{result.stderr}"


def test_mypy_strict_finds_nothing(tmp_path: Path) -> None:
    # A cache of its own: a stale shared cache must not hide an error.
    result = _run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), "build_tools"])
    assert result.returncode == 0, f"mypy --strict (pyproject.toml) found problems:\n{result.stdout}{result.stderr}"
