"""The command line as users meet it: output formats, exit codes, error messages, docs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)", readme, flags=re.MULTILINE))
    assert set(main.commands) <= documented, f"missing from README: {set(main.commands) - documented}"


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no example"


def test_dates_prints_one_json_object_per_expression_with_file_offsets(runner: CliRunner, tmp_path: Path) -> None:
    text = "On Tuesday (Jun 10) Xi spoke.\r\nLast week was busy."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    result = runner.invoke(main, ["dates", "--anchor", "2025-06-10", str(path)])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(item["value"], item["type"]) for item in found] == [("2025-06-10", "DATE"), ("2025-W23", "DATE")]
    for item in found:
        assert text[item["start"] : item["end"]] == item["text"]


def test_dates_without_anchor_leaves_relative_expressions_unplaced(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It happened last week, on June 10, 2025.", encoding="utf-8")
    found = [json.loads(line) for line in runner.invoke(main, ["dates", str(path)]).stdout.splitlines()]
    assert {item["text"]: item["value"] for item in found} == {"last week": "", "June 10, 2025": "2025-06-10"}


def test_dates_jsonl_writes_one_line_per_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "yesterday", "anchor": "2025-06-10"}\n{"id": "b", "text": "in 1999"}\n')
    lines = [json.loads(line) for line in runner.invoke(main, ["dates", "--jsonl", str(path)]).stdout.splitlines()]
    values = [(line["id"], [d["value"] for d in line["dates"]]) for line in lines]
    assert values == [("a", ["2025-06-09"]), ("b", ["1999"])]


def test_dates_rejects_a_bad_anchor_as_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("today")
    result = runner.invoke(main, ["dates", "--anchor", "2025-13-01", str(path)])
    assert result.exit_code == 2
    assert 'anchor must be a date as YYYY-MM-DD (got "2025-13-01")' in result.output


def test_dates_jsonl_names_the_bad_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "today"}\nnot json\n')
    result = runner.invoke(main, ["dates", "--jsonl", str(path)])
    assert result.exit_code == 2
    assert "line 2 of the input is not JSON" in result.output


def test_extract_takes_a_folder_and_ends_with_a_summary(runner: CliRunner, seed_project: Path) -> None:
    result = runner.invoke(main, ["extract", str(seed_project / "captures")])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["published"] == "2025-06-10"
    assert "extract: 1 article(s), 0 failure(s)" in result.stderr


def test_extract_help_names_every_field_it_prints(runner: CliRunner, seed_project: Path) -> None:
    printed = json.loads(runner.invoke(main, ["extract", "-q", str(seed_project / "captures")]).stdout)
    fields = runner.invoke(main, ["extract", "--help"]).output.split("Fields:", 1)[1].split("Failures", 1)[0]
    named = re.findall(r"([a-z_]+)(?: \([^)]*\))?(?:,|\.)", " ".join(fields.split()))
    assert named == list(printed)


def test_dates_and_entities_end_with_a_summary_on_stderr(runner: CliRunner, seed_path: Path) -> None:
    dated = runner.invoke(main, ["dates", "--anchor", "2025-06-10", str(seed_path)])
    assert f"expression(s) in {seed_path}" in dated.stderr and "dates:" not in dated.stdout
    named = runner.invoke(main, ["entities", str(seed_path)])
    assert f"mention(s) in {seed_path}" in named.stderr and "entities:" not in named.stdout
