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


def test_the_full_year_is_the_year_of_the_quarter_reported() -> None:
    found = values(
        "The maker lost $2 billion in the fourth quarter and $9 billion for the entire year.",
        date(2006, 1, 27),
    )
    assert found["the fourth quarter"] == "2005-Q4"
    assert found["the entire year"] == "2005"


def test_the_full_year_without_a_quarter_is_the_anchors() -> None:
    assert values("The airline expects a profit for the full year.")["the full year"] == "1989"


def test_the_latest_fiscal_year_is_the_last_complete_one() -> None:
    assert values("Sales reached $6 billion in the latest fiscal year.")["the latest fiscal year"] == "1988"


def test_a_single_day_is_a_length_of_one_day() -> None:
    found = tag("It was the market's worst single-day fall since the crash.", AUTUMN)
    assert [(t.text, t.value) for t in found] == [("single-day", "P1D")]


def test_an_approximate_amount_ago_is_still_a_date() -> None:
    timex = tag("A week or so ago, the general picked the day.", date(1991, 2, 25))[0]
    assert (timex.text, timex.type.value, timex.value) == ("A week or so ago", "DATE", "1991-W08")


def test_the_quarter_is_the_one_the_report_named_first() -> None:
    found = values(
        "Zenith earned $3 million in its fiscal first quarter. Orders in the quarter doubled, "
        "and the company expects a fourth-quarter charge. Costs fell in the latest quarter."
    )
    assert found["the quarter"] == "1989-Q1"
    assert found["the latest quarter"] == "1989-Q1"


def test_the_quarter_without_one_named_is_the_last_complete_one() -> None:
    assert values("Orders doubled in the quarter.")["the quarter"] == "1989-Q3"
