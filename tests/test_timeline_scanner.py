"""The tagger's fast scanner (lowercased text, no IGNORECASE) must hit exactly where
the case-blind scanner does; the few characters it cannot read the same way are
read as the plain letters they match ('ſ' as 's') before scanning."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest

from build_tools.timeline.grammar import FOLDS_ODDLY, LOWER_SCANNER, RULES, case_blind_scanner
from build_tools.timeline.tagger import tag
from build_tools.timeline.tense import _LOWER_TENSE, _TENSE, _tenses
from tests.test_timeline_tagger import FIRST_WORD_SAMPLES

SCANNER = case_blind_scanner()

MIXED_CASE = (
    "AT 0800 GMT ON MONDAY, JUNE 9, the Q3 FY2024 results: 10:30 A.M. EST, Fiscal Q4 2023.",
    "Prices Rose In The Third Quarter Of 2024, Up From The Same Period Last Year’s Lows.",
)


def hits(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        *FIRST_WORD_SAMPLES,
        *(sample.upper() for sample in FIRST_WORD_SAMPLES),
        *(sample.title() for sample in FIRST_WORD_SAMPLES),
        *MIXED_CASE,
    ],
)
def test_lowercase_scanner_hits_where_scanner_does(text: str) -> None:
    fast = hits(LOWER_SCANNER, text.lower())
    assert fast == hits(SCANNER, text)
    assert len(fast) >= 2


def rule_named_scanner() -> re.Pattern[str]:
    """The scanner as first written: each rule inside a group of its name (slower)."""
    unnamed = re.compile(r"\(\?P<\w+>")
    rules = "|".join(f"(?P<{name}>{unnamed.sub('(?:', pattern)})" for name, pattern in RULES)
    first = SCANNER.pattern[len(r"(?<![\w'’$€£#.-])") : SCANNER.pattern.index("(?:(?:")]
    return re.compile(rf"(?<![\w'’$€£#.-]){first}(?:{rules})(?!\w|['’](?!s\b|['’]))", re.IGNORECASE)


@pytest.mark.parametrize("text", [*FIRST_WORD_SAMPLES, *MIXED_CASE])
def test_rules_named_at_their_end_hit_as_rules_named_around(text: str) -> None:
    assert hits(SCANNER, text) == hits(rule_named_scanner(), text)


def test_text_that_lowercases_oddly_is_scanned_case_blind() -> None:
    # 'ſ' matches 's' case-blind but is its own lowercase: the fast scanner would miss it.
    odd = "in ſpring"
    assert FOLDS_ODDLY.search(odd)
    assert hits(LOWER_SCANNER, odd.lower()) != hits(SCANNER, odd)
    assert [t.text for t in tag("talks in Iğdır on Monday", date(2025, 6, 10))] == ["Monday"]


def test_only_the_listed_characters_fold_oddly() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = []
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        lowered = char.lower()
        if len(lowered) != 1 or bool(letter.fullmatch(char)) != ("a" <= lowered <= "z"):
            odd.append(char)
    assert all(FOLDS_ODDLY.fullmatch(char) for char in odd)


@pytest.mark.parametrize("odd", ["\u017funday", "\u0130n May 2024", "\u0131t was Tuesday"])
def test_oddly_folding_letters_are_read_as_plain_ones(odd: str) -> None:
    """'ſunday' once reached the weekday table unfolded and raised KeyError: a capture
    holding it stopped the build. Its text is kept as written."""
    from build_tools.timeline.tagger import tag

    found = tag(f"Talks resumed {odd} in Geneva.", date(2025, 6, 10))
    assert found and found[0].value and found[0].text in odd


TENSE_SAMPLES = (
    "Fred said he will leave; the United States had planned to, and Ted walked out",
    "THE MINISTER WILL MEET THEM. HE WAS TOLD THEY HAD BEEN SCHEDULED TO ARRIVE AND WOULD BE LEAVING",
    "Unspecified Dates Announced Earlier, As Previously Planned: They'll Go Next Week",
    "it was mar\u212aed down (a Kelvin sign lowercases to k) and she signed, as expected to be",
    "\u017faid and \u0131nvited: oddly folding letters are read as written",
    "no cue at all in these words",
)


@pytest.mark.parametrize("text", [*TENSE_SAMPLES, *(sample.upper() for sample in TENSE_SAMPLES)])
def test_tense_cues_on_lowercased_text_are_the_case_blind_ones(text: str) -> None:
    assert list(_tenses(text)) == [cue.lastgroup for cue in _TENSE.finditer(text)]


def test_tense_samples_hold_cues_that_depend_on_case() -> None:
    # 'said', 'will', 'had', 'planned to', 'walked': not 'Fred', 'United', 'Ted'
    assert list(_tenses(TENSE_SAMPLES[0])) == ["past", "future", "past", "future", "past"]
    assert len(list(_LOWER_TENSE.finditer(TENSE_SAMPLES[0].lower()))) == 8
    assert list(_tenses(TENSE_SAMPLES[3])) == ["past", "past", "future"]  # not 'mar\u212aed'
