"""The linker's fast matchers find what the plain regex alternations they replace find."""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest

from build_tools.entities.linking import _whole_words, alias_pattern
from build_tools.entities.registry import Registry
from build_tools.model import Entity, EntityType

FORMS = ("Lee", "Lee Jae-myung", "Lee Jae", "Le", "L", "US", "U.S.", "UN", "Xinhua", "Xi", "Xi Jinping", "J.", "Mr.")
TEXTS = (
    "Lee Jae-myung met Xi Jinping; Lee and Xi, then Lee Jae said US/U.S. and UN-backed talks.",
    "LEE JAE-MYUNG, XINHUA: Xinhua's report (US) named L and Le and Leeds; Lee-led. J. Mr. Xi.",
    "Lee", "U.S.", "Xi Jinpingo Lee Jae-myungs LeeJae XiJinping Lee\nJae",
)


def plain(forms: list[str], before: str, after: str) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(f"{before}(?:{alternatives}){after}")


def registry(forms: tuple[str, ...]) -> Registry:
    entities = {f"e{i}": Entity(f"e{i}", form, EntityType.PERSON) for i, form in enumerate(forms)}
    aliases = {form: f"e{i}" for i, form in enumerate(forms)}
    return Registry(MappingProxyType(entities), MappingProxyType(aliases))


@pytest.mark.parametrize("text", TEXTS)
def test_registry_trie_finds_what_the_longest_first_alternation_finds(text: str) -> None:
    pattern = alias_pattern(registry(FORMS))
    assert pattern is not None
    forms = [*FORMS, *(f.upper() for f in FORMS if len(f) >= 4 and not f.isupper())]
    expected = [m.span() for m in plain(forms, r"(?<!\w)", r"(?!\w)").finditer(text)]
    assert [m.span() for m in pattern.finditer(text)] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_short_forms_are_found_as_the_whole_word_alternation_finds_them(text: str) -> None:
    forms = sorted(FORMS, key=len, reverse=True)
    expected = [m.span() for m in plain(forms, r"(?<![\w-])", r"(?![\w-])").finditer(text)]
    assert _whole_words(text, forms) == expected
