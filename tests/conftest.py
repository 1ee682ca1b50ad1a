"""Shared fixtures and the --update-golden option."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_c3f07487757a6e66.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*/expected/ from the current output instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_path() -> Path:
    """The archive's first capture, as committed in captures/."""
    return REPO / "captures" / SEED_NAME


def _new_project(root: Path) -> Path:
    """A fresh project folder `root/project`: the repo's mkdocs.yml, docs/ (hand-written
    part) and data/, with an empty captures/ for the test to fill."""
    project = root / "project"
    project.mkdir()
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "docs", project / "docs", ignore=shutil.ignore_patterns("archive", "index.md"))
    shutil.copytree(REPO / "data", project / "data")
    (project / "captures").mkdir()
    return project


@pytest.fixture(scope="session")
def new_project() -> Callable[[Path], Path]:
    """Makes a fresh project under a given folder (for module-scoped fixtures and
    tests that need more than one project)."""
    return _new_project


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A fresh project folder (see `new_project`) in the test's own temporary folder."""
    return _new_project(tmp_path)


@pytest.fixture
def seed_project(project_dir: Path, seed_path: Path) -> Path:
    """A project holding only the first capture."""
    shutil.copy(seed_path, project_dir / "captures" / SEED_NAME)
    return project_dir
