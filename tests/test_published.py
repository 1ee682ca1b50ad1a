"""Dates of publication: the tolerant parser and inference from an article's text."""

from __future__ import annotations

from datetime import date

import pytest

from build_tools.extract.published import infer_published_from_text, parse_date_string
from build_tools.model import DateMethod


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-10T08:00:00+08:00", date(2025, 6, 10)),
        ("2025-06-10", date(2025, 6, 10)),
        ("Tue, 10 Jun 2025 08:00:00 GMT", date(2025, 6, 10)),
        ("June 10, 2025", date(2025, 6, 10)),
        ("Jun. 10th, 2025", date(2025, 6, 10)),
        ("10 June 2025", date(2025, 6, 10)),
        ("10th of June, 2025", date(2025, 6, 10)),
        ("2025/06/10", date(2025, 6, 10)),
        ("20250610", date(2025, 6, 10)),
        ("Published 2:16 AM EST Nov 20, 2019", date(2019, 11, 20)),
        ("25/12/2019", date(2019, 12, 25)),
        ("sept 3 2021", date(2021, 9, 3)),
    ],
)
def test_parse_date_string_reads_common_forms(value: str, expected: date) -> None:
    assert parse_date_string(value) == expected


@pytest.mark.parametrize(
    "value",
    ["February 30, 2025", "2025-02-30", "2025-13-01", "31/31/2025", "", "garbage", "no date here 12345",
     "99999999999999999999", "June 10, 0000", "Mayday 5 2025"],
)  # fmt: skip
def test_parse_date_string_returns_none_for_impossible_or_garbage(value: str) -> None:
    assert parse_date_string(value) is None


def test_explicit_stamp_near_the_top_wins() -> None:
    lines = ["Home", "World", "Headline of the story", "Published June 10, 2025 10:32", "Text says May 9, 2024."]
    found = infer_published_from_text(lines)
    assert found is not None
    assert found.value == date(2025, 6, 10)
    assert found.method is DateMethod.TEXT_EXPLICIT
    assert "Published June 10, 2025" in found.evidence[0]


def test_stamp_labelled_published_beats_an_updated_one() -> None:
    found = infer_published_from_text(["Updated 11 June 2025", "Published 10 June 2025"])
    assert found is not None and found.value == date(2025, 6, 10)


def test_a_date_inside_a_long_sentence_is_not_a_stamp() -> None:
    caption = "Chinese President Xi Jinping waves as he leaves the Red Square after the parade on May 9, 2025."
    assert infer_published_from_text([caption]) is None


def test_weekday_and_day_month_take_the_year_from_a_full_date() -> None:
    lines = [
        "The leader waves as he leaves the parade in central Moscow on May 9, 2025. (File photo: AFP/Someone)",
        "BEIJING: The leader urged his counterpart on Tuesday (Jun 10) to work together, state media said.",
    ]
    found = infer_published_from_text(lines)
    assert found is not None
    assert found.value == date(2025, 6, 10)
    assert found.method is DateMethod.TEXT_INFERRED
    assert any("Tuesday (Jun 10)" in clue for clue in found.evidence)
    assert any("May 9, 2025" in clue for clue in found.evidence)
    assert 0 < found.confidence < 0.9


def test_weekday_picks_the_nearby_year_where_it_fits() -> None:
    # June 10 is a Monday in 2024 and a Tuesday in 2025: the year seen is 2024,
    # the weekday says 2025 (within the one-year slack).
    lines = ["The talks began on March 3, 2024 in Geneva and went on for months.", "He spoke on Tuesday, June 10."]
    found = infer_published_from_text(lines)
    assert found is not None and found.value == date(2025, 6, 10)


def test_weekday_that_fits_no_nearby_year_gives_nothing() -> None:
    # June 10 falls on a Friday in none of 2024-2026.
    lines = ["The first round of talks happened on March 3, 2025.", "He spoke on Friday (Jun 10)."]
    assert infer_published_from_text(lines) is None


def test_hint_year_is_used_when_the_text_names_none() -> None:
    found = infer_published_from_text(["Ministers met on Tuesday, 10 June to discuss it."], hint_year=2025)
    assert found is not None
    assert found.value == date(2025, 6, 10)
    assert found.confidence < 0.7


def test_no_clues_no_date() -> None:
    assert infer_published_from_text(["Ministers met to discuss it.", "They will meet again."]) is None
    assert infer_published_from_text([]) is None


def test_impossible_weekday_date_is_skipped() -> None:
    assert infer_published_from_text(["On Monday (Feb 30) they met; see May 9, 2025 photo caption here."]) is None
