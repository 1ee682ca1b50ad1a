"""benchmarks/bench_scale.py: the throw-away project and the growth arithmetic."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """benchmarks/ is not a package: load the script (it imports its sibling generator)."""
    sys.path.insert(0, str(_BENCHMARKS))
    spec = importlib.util.spec_from_file_location("bench_scale", _BENCHMARKS / "bench_scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_scale"] = module
    spec.loader.exec_module(module)
    return module


def _result(bench: ModuleType, n: int, seconds: float, site_mb: float) -> object:
    step = bench.Step(seconds, 100.0)
    return bench.ScaleResult(n, step, step, step, site_mb, 1.0)


def test_project_has_settings_pages_and_captures_but_no_generated_docs(bench: ModuleType, tmp_path: Path) -> None:
    project = bench.make_project(tmp_path / "p", 4)
    assert (project / "mkdocs.yml").is_file() and (project / "data").is_dir()
    assert len(list((project / "captures").iterdir())) == 4
    assert not (project / "docs" / "archive").exists() and not (project / "docs" / "index.md").exists()


def test_linear_growth_has_slope_one(bench: ModuleType) -> None:
    small, large = _result(bench, 100, 2.0, 1.0), _result(bench, 1000, 20.0, 10.0)
    assert bench.slope(small, large, 2.0, 20.0) == pytest.approx(1.0)
    assert bench.slope(small, large, 2.0, 200.0) == pytest.approx(2.0)
    assert math.isnan(bench.slope(small, large, 0.0, 1.0))


def test_report_has_a_row_per_size_and_growth_lines(bench: ModuleType) -> None:
    text = bench.report([_result(bench, 100, 2.0, 1.0), _result(bench, 1000, 20.0, 10.0)])
    assert "| 100 | 2.0 | 2.0 | 2.0 | 100/100/100 | 1.0 | 1.0 |" in text
    assert "growth 100->1000: pipeline 1.00, mkdocs 1.00, search 1.00, site size 1.00" in text


def test_failed_step_shows_its_output(bench: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"exited with 3:\nboom"):
        bench.timed([sys.executable, "-c", "print('boom'); raise SystemExit(3)"], tmp_path)
