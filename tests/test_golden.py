"""Golden pages: each case in tests/golden/<case>/ (captures/ and data/) is built and
every generated file compared whole with expected/. Regenerate with
`python -m pytest tests/test_golden.py --update-golden` and review the diff."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from build_tools.config import load_config
from build_tools.pipeline import run
from build_tools.progress import Progress

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).resolve().parents[1]
CASES = sorted(path.name for path in GOLDEN.iterdir() if path.is_dir())


def build_case(case: Path, project: Path) -> dict[str, str]:
    """Build the case's captures with its own data; return generated files by docs path."""
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "docs", project / "docs", ignore=shutil.ignore_patterns("archive", "index.md"))
    shutil.copytree(case / "captures", project / "captures")
    shutil.copytree(case / "data", project / "data")
    config, _ = load_config(project)
    run(config, Progress(enabled=False), use_cache=False)
    docs = project / "docs"
    generated = [docs / "index.md", *sorted((docs / "archive").rglob("*"))]
    return {path.relative_to(docs).as_posix(): _text(path) for path in generated if path.is_file()}


def _text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8") if b"\0" not in data else f"<binary {len(data)} bytes>"


@pytest.mark.parametrize("case", CASES)
def test_generated_markdown_matches_golden(case: str, tmp_path: Path, update_golden: bool) -> None:
    actual = build_case(GOLDEN / case, tmp_path)
    expected_dir = GOLDEN / case / "expected"
    if update_golden:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for name, content in actual.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_text(content, encoding="utf-8")
        pytest.skip("golden files rewritten")
    expected = {
        p.relative_to(expected_dir).as_posix(): p.read_text("utf-8")
        for p in sorted(expected_dir.rglob("*"))
        if p.is_file()
    }
    assert sorted(actual) == sorted(expected), "the set of generated files changed"
    diffs = [
        "".join(
            difflib.unified_diff(
                expected[name].splitlines(True), actual[name].splitlines(True), f"expected/{name}", f"actual/{name}"
            )
        )
        for name in sorted(expected)
        if expected[name] != actual[name]
    ]
    assert not diffs, "generated Markdown differs from golden:\n" + "\n".join(diffs)
