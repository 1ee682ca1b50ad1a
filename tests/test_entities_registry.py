"""The registry loader: one test per error message, and the real data file loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.entities.registry import load_registry, load_suppress
from build_tools.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def problems_of(tmp_path: Path, text: str) -> tuple[str, ...]:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_registry(path)
    return tuple(p.replace(str(path), "F") for p in caught.value.problems)


def test_real_registry_loads() -> None:
    registry = load_registry(REPO / "data" / "entities.yml")
    assert registry.aliases["U.S."] == "united-states"
    assert registry.entities["xi-jinping"].wikidata == "Q15031"


def test_unknown_type_names_line_and_entity(tmp_path: Path) -> None:
    text = "entities:\n  - id: xi-jinping\n    name: Xi Jinping\n    type: persn\n"
    assert problems_of(tmp_path, text) == (
        "F:4: entity 'xi-jinping': 'type' must be one of person, organization, place, event, group (got 'persn')",
    )


def test_malformed_yaml_gives_line(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path, "entities:\n  - id: a\n    name: [unclosed\n")
    assert problem.startswith("F:4: malformed YAML")


def test_duplicate_id(tmp_path: Path) -> None:
    text = "entities:\n  - {id: a, name: A, type: place}\n  - {id: a, name: B, type: place}\n"
    assert problems_of(tmp_path, text) == ("F:3: entity 'a': duplicate id (first defined on line 2)",)


def test_duplicate_id_reported_even_when_the_entry_has_other_problems(tmp_path: Path) -> None:
    text = "entities:\n  - {id: a, name: A, type: place}\n  - {id: a, name: B, type: persn}\n"
    problems = problems_of(tmp_path, text)
    assert "F:3: entity 'a': duplicate id (first defined on line 2)" in problems
    assert any("F:3" in p and "'persn'" in p for p in problems)


def test_shared_alias(tmp_path: Path) -> None:
    text = (
        "entities:\n  - {id: a, name: A, type: place, aliases: [X]}\n"
        "  - {id: b, name: B, type: place, aliases: [X]}\n"
    )
    assert problems_of(tmp_path, text) == ("F:3: entity 'b': alias 'X' is already used by entity 'a'",)


def test_bad_wikidata(tmp_path: Path) -> None:
    text = "entities:\n  - {id: a, name: A, type: place, wikidata: 123}\n"
    assert problems_of(tmp_path, text) == ("F:2: entity 'a': 'wikidata' must be a string (got int '123')",)
    text = "entities:\n  - {id: a, name: A, type: place, wikidata: X12}\n"
    assert problems_of(tmp_path, text) == ("F:2: entity 'a': 'wikidata' must look like Q123 (got 'X12')",)


def test_missing_name_and_id(tmp_path: Path) -> None:
    text = "entities:\n  - {type: place}\n  - {id: b, type: place}\n"
    assert problems_of(tmp_path, text) == (
        "F:2: entity #1: missing 'id'",
        "F:2: entity #1: missing 'name'",
        "F:3: entity 'b': missing 'name'",
    )


def test_wrong_value_types(tmp_path: Path) -> None:
    text = "entities:\n  - id: a\n    name: A\n    type: place\n    aliases: X\n"
    assert problems_of(tmp_path, text) == ("F:5: entity 'a': 'aliases' must be a list of strings (got str 'X')",)


def test_reserved_prefix(tmp_path: Path) -> None:
    text = "entities:\n  - {id: unreviewed-a, name: A, type: place}\n"
    assert problems_of(tmp_path, text) == (
        "F:2: entity 'unreviewed-a': ids starting 'unreviewed-' are kept for recognised names",
    )


def test_every_problem_at_once(tmp_path: Path) -> None:
    text = "entities:\n  - {id: a, name: A, type: x}\n  - {id: b, name: B, type: y}\n"
    assert len(problems_of(tmp_path, text)) == 2


def test_unknown_key_warns_and_strict_fails(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text("entities:\n  - {id: a, name: A, type: place, colour: red}\n", encoding="utf-8")
    assert load_registry(path).warnings == (f"{path}:2: entity 'a': unknown key 'colour' (ignored)",)
    with pytest.raises(ConfigError):
        load_registry(path, strict=True)


def test_suppress_list(tmp_path: Path) -> None:
    assert "Advertisement" in load_suppress(REPO / "data" / "suppress.yml")
    path = tmp_path / "s.yml"
    path.write_text("suppress: nope\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="top-level 'suppress:' list"):
        load_suppress(path)
