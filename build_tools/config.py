"""The archive's settings: one schema, defaults for everything, every error at once.

Settings live in `data/settings.yml` (optional). Paths are relative to the
project directory, the folder holding `mkdocs.yml`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from build_tools.errors import ConfigError

SETTINGS_FILE = "data/settings.yml"


@dataclass(frozen=True, slots=True)
class ArchiveConfig:
    """Where things are and the limits the build enforces."""

    project_dir: Path = Path(".")
    """The project root (holds mkdocs.yml, captures/, data/, docs/)."""
    captures_dir: str = "captures"
    """Raw captures, read and never modified."""
    entities_file: str = "data/entities.yml"
    """The curated entity registry."""
    suppress_file: str = "data/suppress.yml"
    """Words that must never be highlighted as entities."""
    docs_dir: str = "docs"
    """MkDocs' docs_dir; the build owns `docs/index.md` and `docs/archive/` inside it."""
    site_dir: str = "site"
    """Where `mkdocs build` writes the site."""
    cache_dir: str = ".cache/build_tools"
    """Extraction results keyed by capture hash and code version."""
    max_capture_mb: float = 25.0
    """Captures larger than this are refused (a real article page is under 5 MB)."""
    strict: bool = False
    """Treat warnings (unknown settings keys, capture warnings) as failures."""

    def path(self, relative: str) -> Path:
        """Resolve one of the relative settings against the project directory."""
        return self.project_dir / relative

    @property
    def generated_dir(self) -> Path:
        """The part of docs/ that the build owns and rewrites (git-ignored)."""
        return self.path(self.docs_dir) / "archive"

    @property
    def max_capture_bytes(self) -> int:
        return int(self.max_capture_mb * 1_000_000)


def load_config(project_dir: Path, *, strict: bool = False) -> tuple[ArchiveConfig, list[str]]:
    """Read `data/settings.yml` (when present) over the defaults.

    Returns:
        The config and a list of warnings (unknown keys).
    Raises:
        ConfigError: listing every bad value, each with file and line.
    """
    settings_path = project_dir / SETTINGS_FILE
    values: dict[str, Any] = {}
    if settings_path.exists():
        values = _read_settings(settings_path)
    problems: list[str] = []
    warnings: list[str] = []
    known = {field.name: field for field in fields(ArchiveConfig) if field.name != "project_dir"}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            warnings.append(f"{SETTINGS_FILE}: unknown setting '{key}' (known: {', '.join(sorted(known))})")
            continue
        expected = type(getattr(ArchiveConfig(), key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is float and value <= 0):
            problems.append(
                f"{SETTINGS_FILE}: '{key}' must be a "
                f"{'positive number' if expected is float else expected.__name__} (got {value!r})"
            )
            continue
        kwargs[key] = value
    if strict and warnings:
        problems.extend(warnings)
    if problems:
        raise ConfigError(problems)
    config = dataclasses.replace(
        ArchiveConfig(**kwargs), project_dir=project_dir, strict=strict or kwargs.get("strict", False)
    )
    return config, warnings


def _read_settings(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(
            [f"{SETTINGS_FILE}{line}: not valid YAML ({getattr(error, 'problem', error)}); fix the syntax"]
        ) from error
    except UnicodeDecodeError as error:
        raise ConfigError([f"{SETTINGS_FILE}: not UTF-8 text ({error.reason}); save it as UTF-8"]) from error
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigError([f"{SETTINGS_FILE}:1: must be a mapping of setting: value (got {type(loaded).__name__})"])
    return loaded
