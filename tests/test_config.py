"""Settings: defaults, overrides, and every bad value reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.config import load_config
from build_tools.errors import ConfigError


def write_settings(project: Path, text: str) -> None:
    (project / "data").mkdir(exist_ok=True)
    (project / "data" / "settings.yml").write_text(text, encoding="utf-8")


def test_defaults_without_a_settings_file(tmp_path: Path) -> None:
    config, warnings = load_config(tmp_path)
    assert (config.captures_dir, config.max_capture_mb, warnings) == ("captures", 25.0, [])
    assert config.generated_dir == tmp_path / "docs" / "archive"


def test_settings_override_defaults(tmp_path: Path) -> None:
    write_settings(tmp_path, "max_capture_mb: 50\ncaptures_dir: inbox\n")
    config, _ = load_config(tmp_path)
    assert (config.max_capture_mb, config.captures_dir) == (50.0, "inbox")


def test_every_bad_value_is_reported_together(tmp_path: Path) -> None:
    write_settings(tmp_path, "max_capture_mb: -1\ncaptures_dir: 3\n")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    assert raised.value.problems == (
        "data/settings.yml: 'max_capture_mb' must be a positive number (got -1.0)",
        "data/settings.yml: 'captures_dir' must be a str (got 3)",
    )


def test_unknown_key_warns_and_strict_fails(tmp_path: Path) -> None:
    write_settings(tmp_path, "max_capture_mbs: 5\n")
    _, warnings = load_config(tmp_path)
    assert warnings[0].startswith("data/settings.yml: unknown setting 'max_capture_mbs'")
    with pytest.raises(ConfigError):
        load_config(tmp_path, strict=True)


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    write_settings(tmp_path, "captures_dir: inbox\nmax_capture_mb: [1,\n")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    assert raised.value.problems[0].startswith("data/settings.yml:3: not valid YAML")
