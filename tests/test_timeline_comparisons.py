"""Values the tagger reads from the text around an expression: comparisons in
earnings reports, and which vague words are times. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from build_tools.timeline.tagger import tag

AUTUMN = date(1989, 11, 1)  # a Wednesday, in the fourth quarter: the third is the one reported


def values(text: str, anchor: date = AUTUMN) -> dict[str, str]:
    return {timex.text: timex.value for timex in tag(text, anchor)}


def test_the_year_ago_quarter_keeps_the_reported_quarter_for_what_follows() -> None:
    found = values(
        "Acme lost $5 million for the quarter ended Sept. 30. It earned $2 million "
        "in the year-ago quarter. The year-ago results were restated."
    )
    assert found["the year-ago quarter"] == "1988-Q3"
    assert found["The year-ago"] == "1988-Q3"


def test_the_year_ago_quarter_follows_a_quarter_named_before() -> None:
    found = values("Sales rose in the second quarter; in the year-earlier quarter they fell.")
    assert found["the year-earlier quarter"] == "1988-Q2"
