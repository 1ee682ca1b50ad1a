"""The fast paths of the line judgements give what the plain patterns give.

Text extraction runs these on every line of every capture, so a few take a
shortcut (a lowercased pattern, a check before a costly search); each is
compared here with the plain way it replaces.
"""

from __future__ import annotations

import re
import sys

import pytest

from build_tools.extract import text_lines
from build_tools.extract.html_tree import normalise_space
from build_tools.extract.text_lines import FOLDS_ODDLY, Line, credit_of, lowercase_share, split_lines

SITE_TALK_SAMPLES = (
    "Thank you for signing up! Check your inbox to confirm your email.",
    "BY CLICKING SUBMIT YOU AGREE TO OUR PRIVACY POLICY AND TERMS OF USE.",
    "We Use Cookies To Improve This Website; Manage Cookie Settings Or Opt-In.",
    "Comments are moderated. Leave a Reply. Log in to post; already a subscriber? Sign up for our newsletter.",
    "Please enable JavaScript. Sharing is caring. All rights reserved. Your personal data stays with the website.",
    "The minister said her email to the committee was about data, not the site of the new plant.",
)


def plain_site_talk(text: str) -> int:
    return len(text_lines._SITE_TALK.findall(text))


@pytest.mark.parametrize("text", [*SITE_TALK_SAMPLES, *(s.upper() for s in SITE_TALK_SAMPLES)])
def test_site_talk_on_lowercased_text_counts_as_case_blind(text: str) -> None:
    assert text_lines._site_talk(text) == plain_site_talk(text)


def test_site_talk_samples_do_hold_phrases() -> None:
    assert [plain_site_talk(text) for text in SITE_TALK_SAMPLES] == [3, 3, 3, 6, 5, 0]


def test_text_that_lowercases_oddly_is_read_case_blind() -> None:
    odd = "\u017fign up for our newsletter"  # 'ſ' matches 's' case-blind, but lowercases to itself
    assert FOLDS_ODDLY.search(odd)
    assert len(text_lines._SITE_TALK_LOWER.findall(odd.lower())) != plain_site_talk(odd)
    assert text_lines._site_talk(odd) == plain_site_talk(odd) == 2


def reads_as_its_lowercase(char: str) -> bool:
    """Lowercasing keeps the character one character and a word character (for \\b) or
    not, and it matches a plain letter case-blind exactly when its lowercase is that letter."""
    lowered = char.lower()
    if len(lowered) != 1 or bool(re.match(r"\w", char)) != bool(re.match(r"\w", lowered)):
        return False
    if "a" <= lowered <= "z":
        return re.fullmatch(lowered, char, re.IGNORECASE) is not None
    return re.fullmatch("[a-z]", char, re.IGNORECASE) is None


def test_only_the_listed_characters_fold_oddly() -> None:
    odd = [chr(point) for point in range(sys.maxunicode + 1) if not reads_as_its_lowercase(chr(point))]
    assert odd and all(FOLDS_ODDLY.fullmatch(char) for char in odd)


CREDIT_LINES = (
    "Protesters gather outside parliament. (AP Photo/John Smith)",
    "The harbour at dawn (File photo: AFP/Kirill Kudryavtsev)",
    "Image Credit: WeWork",
    "Photo: Getty Images",
    "Photograph by Jane Doe",
    "A view of the city. Picture by Tom Roe",
    "The bridge, seen from the north (Reuters)",
    "The plan was approved by the council on Tuesday after a long debate about its cost.",
    "Officials said: the road stays closed until the repairs are finished next month.",
    "Sales rose (in part because of the holidays), the company said in a statement (citing figures)",
    "A plain sentence with no credit in it at all.",
)


def groups(match: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if match is None else (match.span(), match.groups())


@pytest.mark.parametrize("text", CREDIT_LINES)
def test_credit_search_finds_what_the_full_search_finds(text: str) -> None:
    assert groups(text_lines._credit_at_end(text)) == groups(text_lines._CREDIT.search(text))


def test_credit_lines_give_credits_and_prose_gives_none() -> None:
    credits = [credit_of(line) for text in CREDIT_LINES for line in split_lines(text)]
    assert credits[1:7] == ["AFP/Kirill Kudryavtsev", "WeWork", "Getty Images", "Jane Doe", "Tom Roe", "Reuters"]
    assert credits[0] is not None  # (its text is 'h': the agency part of _CREDIT is greedy)
    assert credits[7:] == [None, None, None, None]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("the cat sat on the mat", 1.0),
        ("The Cat sat on the Mat", 0.5),
        ("2025 results: 10 up, 3 down", 1.0),
        ("北京 上海", 1.0),  # no case: counts as prose
        ("\u01c5ungla is here", 1.0),  # a titlecase letter is neither upper nor lower
        ("", 1.0),
    ],
)
def test_lowercase_share(text: str, share: float) -> None:
    assert lowercase_share(text) == share


@pytest.mark.parametrize("text", ["  a \t b\n\nc\xa0d\u2003e  ", "\x1cx\x1dy\x1ez\x1f", "", "   ", "one"])
def test_normalise_space_collapses_what_regex_whitespace_matches(text: str) -> None:
    assert normalise_space(text) == re.sub(r"\s+", " ", text).strip()


def test_lines_hold_single_spaces() -> None:
    assert [line.text for line in split_lines("  a   b \n\n c\u2003\u2003d ")] == ["a b", "c d"]
    assert Line(1, "a b", 2).words == 2
