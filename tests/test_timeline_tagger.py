"""The temporal tagger: each kind of expression, anchored on 10 June 2025 (a Tuesday)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from build_tools.timeline.grammar import case_blind_scanner
from build_tools.timeline.holidays import easter_sunday
from build_tools.timeline.tagger import Timex, TimexType, tag

ANCHOR = date(2025, 6, 10)
SEED = Path(__file__).resolve().parents[1] / "captures" / "000_c3f07487757a6e66.txt"
SEED_SHARED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_c3f07487757a6e66.txt"


def only(text: str, anchor: date | None = ANCHOR) -> Timex:
    found = tag(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("on Tuesday (Jun 10) to work", "Tuesday (Jun 10)", "2025-06-10"),
        ("in Moscow on May 9, 2025.", "May 9, 2025", "2025-05-09"),
        ("elected in a landslide last week after", "last week", "2025-W23"),
        ("the summit in November of this year, which", "November of this year", "2025-11"),
        ("signed on June 10, 2025", "June 10, 2025", "2025-06-10"),
        ("arrived on 10 June", "10 June", "2025-06-10"),
        ("arrived Jun 3", "Jun 3", "2025-06-03"),
        ("said yesterday", "yesterday", "2025-06-09"),
        ("said today", "today", "2025-06-10"),
        ("met on Friday", "Friday", "2025-06-06"),
        ("earlier this month", "earlier this month", "2025-06"),
        ("two days ago", "two days ago", "2025-06-08"),
        ("next year", "next year", "2026"),
        ("this year", "this year", "2025"),
        ("last month", "last month", "2025-05"),
        ("late last July", "late last July", "2024-07"),
        ("in 1998", "1998", "1998"),
        ("in summer 2024", "summer 2024", "2024-SU"),
        ("in the third quarter", "the third quarter", "2025-Q3"),
        ("fiscal 2024", "fiscal 2024", "2024"),
        ("during the 1990s", "the 1990s", "199"),
        ("it is now clear", "now", "PRESENT_REF"),
        ("currently", "currently", "PRESENT_REF"),
        ("recently", "recently", "PAST_REF"),
        ("in the future", "the future", "FUTURE_REF"),
        ("Christmas", "Christmas", "2024-12-25"),
    ],
)
def test_dates_are_normalised_against_the_anchor(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.type) == (expression, value, TimexType.DATE)
    assert text[timex.start : timex.end] == expression


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("at 10:30 a.m.", TimexType.TIME, "2025-06-10T10:30"),
        ("Tuesday morning", TimexType.TIME, "2025-06-10TMO"),
        ("for three years", TimexType.DURATION, "P3Y"),
        ("for six months", TimexType.DURATION, "P6M"),
        ("a five-year plan", TimexType.DURATION, "P5Y"),
        ("every month", TimexType.SET, "P1M"),
        ("published weekly", TimexType.SET, "P1W"),
    ],
)
def test_times_durations_and_sets(text: str, kind: TimexType, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.value) == (kind, value)


def test_future_tense_puts_a_weekday_ahead() -> None:
    assert only("Talks will resume on Friday").value == "2025-06-13"


def test_without_anchor_only_absolute_dates_get_values() -> None:
    found = {t.text: t for t in tag("On June 10, 2025, yesterday, in 1998, last week.", None)}
    assert found["June 10, 2025"].value == "2025-06-10"
    assert found["1998"].value == "1998"
    assert found["yesterday"].value == "" and found["yesterday"].warning
    assert found["last week"].value == ""


def test_impossible_date_is_kept_with_a_warning_and_no_value() -> None:
    timex = only("due on February 30, 2025")
    assert timex.value == ""
    assert timex.warning == "no such date: February 30, 2025"


def test_weekday_contradicting_its_date_is_reported() -> None:
    timex = only("on Wednesday (Jun 10)")
    assert timex.value == "2025-06-10"
    assert timex.warning is not None and "Wednesday given" in timex.warning


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [("the class of '98", ANCHOR, "1998"), ("back in '27", ANCHOR, "2027"), ("elected in 99.", ANCHOR, "1999")],
)
def test_two_digit_years_take_the_century_nearest_the_anchor(text: str, anchor: date, value: str) -> None:
    assert only(text, anchor).value == value


@pytest.mark.parametrize(
    ("anchor", "value"), [(date(1850, 3, 7), "1850-W09"), (date(2300, 1, 2), "2299-W52")]
)
def test_far_anchors_work(anchor: date, value: str) -> None:
    assert only("last week", anchor).value == value


def test_month_names_that_are_names_or_verbs_are_skipped() -> None:
    assert tag("Theresa May said they may march.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Talks go on. The March accession was delayed.", ["2025-03"]),
        ("This April's vote was close.", ["2025-04"]),
        ("Envoy April Glaspie met him.", []),
        ("Talks go on. The Nobel March awards are a name.", []),
    ],
)
def test_a_sentence_opening_determiner_does_not_make_a_month_a_name(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, ANCHOR)] == values


@pytest.mark.parametrize(
    ("text", "expression"),
    [("the post-1959 politics", "post-1959"), ("pre-1990 rules", "pre-1990"), ("in mid-1996", "mid-1996")],
)
def test_a_year_with_a_prefix_is_the_year(text: str, expression: str) -> None:
    assert (only(text).text, only(text).value) == (expression, expression[-4:])


def test_counts_are_not_years() -> None:
    assert tag("about 1500 troops", ANCHOR) == []


def test_odd_input_never_crashes() -> None:
    for text in ("", "31/31/31", "Feb 29 and February 29, 2023", "' ' 0000-00-00 99:99", "May 0"):
        tag(text, date(1, 1, 1))
        tag(text, date(9999, 12, 31))


def test_seed_capture_expressions() -> None:
    path = SEED if SEED.exists() else SEED_SHARED
    found = {t.text: t.value for t in tag(path.read_text(encoding="utf-8"), ANCHOR)}
    assert found["Tuesday (Jun 10)"] == "2025-06-10"
    assert found["May 9, 2025"] == "2025-05-09"
    assert found["last week"] == "2025-W23"
    assert found["November of this year"] == "2025-11"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said she will travel to Rome on Friday", "2025-06-13"),
        ("Officials said the ship docked on Friday", "2025-06-06"),
        ("The court is to rule on Thursday", "2025-06-12"),
        ("A final vote is expected to take place in September", "2025-09"),
        ("The plant closed in September", "2024-09"),
    ],
)
def test_the_nearest_tense_cue_decides_the_direction(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [("unveiled a five-year plan", "five-year"), ("during the two-day visit", "two-day")],
)
def test_prenominal_durations_leave_out_the_article(text: str, expression: str) -> None:
    timex = only(text)
    assert (timex.text, timex.type) == (expression, TimexType.DURATION)


def test_decimal_numbers_are_not_years() -> None:
    assert tag("the index closed at 2041.7 points", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Sales for the full year rose 4%", "the full year", TimexType.DATE, "2025"),
        ("revenue for the year ended March 31", "the year", TimexType.DURATION, "P1Y"),
        ("Talks went on over the weekend", "the weekend", TimexType.DATE, "2025-W23-WE"),
        ("Traders will be cautious ahead of the weekend", "the weekend", TimexType.DATE, "2025-W24-WE"),
    ],
)
def test_definite_units_refer_to_the_anchor(text: str, expression: str, kind: TimexType, value: str) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert (timex.type, timex.value) == (kind, value)


FIRST_WORD_SAMPLES = (
    "On 2025-06-10T09:30 and 6/10/25 at 10:30 a.m. EST, noon Friday, midnight, Tuesday, June 10, 2025.",
    "June 10 and 10 June 2025, early March 2024, mid-April of this year, late last July, every May.",
    "The past spring, last winter, summer of '98, the past several years, the coming months, recent weeks.",
    "Last year's third quarter, fiscal Q3 2024, the latest quarter, the year-ago period, year-earlier sales.",
    "The late 1990s, the '80s, the nineties, the 20th century, fiscal 1999, FY2024, calendar 2023, the year 2000.",
    "The end of 2020, about three years ago, nearly a decade later, a couple of weeks, several hours or so.",
    "The past 12 months, up to five days, at least a week, the following year, earlier this week, next month.",
    "Early yesterday morning, tonight, last night, this afternoon, each Thursday, next Monday evening,"
    " the last week of March, the second weekend of June 2024.",
    "Christmas Eve, last Thanksgiving, New Year's Day, Valentine's Day, daily, per week, semiannually.",
    "In 1998 and in 99. The class of '98, right now, currently, nowadays, at present, these days, formerly,"
    " soon, a later date.",
    "Recently, lately, the present, the future, once upon a time, the full year, the fiscal year, the weekend.",
    "Twenty-five years, fifteen minutes, a hundred days, a dozen years, one night, many decades, few centuries.",
    "Quarter a year ago, period last year, comparable quarter a year earlier, that year, the preceding day, prior"
    " month, latter half of 2024, by year-end, for the day, 0800 UTC, 2 1/2 years, three trading days later.",
    "H1 2025, fiscal H2 2024, Easter week, Good Friday, Easter Monday, post-1959, pre-1990, the then-current price,"
    " the next day, Black Friday, Cyber Monday, the end of the decade, the middle of the week,"
    " the beginning of the year, in morning trading, in afternoon trade, in evening deals.",
    # After an article, the words that follow one only (grammar._AFTER_ARTICLE) and words run together.
    "An extra day, a further week, an additional month, a straight year, a consecutive night, a trading day, a"
    " business week, a working day, the end of May, the beginning of June, the middle of July, the start of 2020.",
    "The weekend, the weekends, the week of June 9, the whole year, the entire year, the full year, the present,"
    " the future, the near term, the short term, the long term, the morning, the afternoon, the evening.",
    "A fortnight ago, a few seconds, a minute later, a night, the years ahead, a century ago, a years-long feud,"
    " the quarters, a and a half years, the the nineties, the midsummer, the year2000, a-year, the 1990s.",
)


@pytest.mark.parametrize("text", [*FIRST_WORD_SAMPLES, *(s.upper() for s in FIRST_WORD_SAMPLES)])
def test_first_word_filter_changes_no_match(text: str) -> None:
    fast = [(m.span(), m.lastgroup) for m in case_blind_scanner().finditer(text)]
    full = [(m.span(), m.lastgroup) for m in case_blind_scanner(first="").finditer(text)]
    assert fast == full
    assert len(fast) >= 5


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("the museum opened in nineteen eighty-two", "nineteen eighty-two", "1982"),
        ("it began in March nineteen seventy", "March nineteen seventy", "1970-03"),
        ("in the summer of nineteen sixty-nine", "the summer of nineteen sixty-nine", "1969-SU"),
    ],
)
def test_years_read_aloud(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, value)


def test_the_latest_period_is_the_last_complete_quarter() -> None:
    assert only("Profit rose 8% in the latest period").value == "2025-Q1"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The merger closes in August", "2025-08"),  # two months ahead, no past verb
        ("Closing, which is expected in September, needs approval", "2025-09"),
        ("The plant closed in August", "2024-08"),  # a past verb right next to it
        ("The firm must repay the loan by November", "2025-11"),  # a deadline within half a year
        ("Sales rose in November", "2024-11"),
        ("Final guidelines to be published in early August will decide", "2025-08"),  # passive: not past
    ],
)
def test_a_month_just_ahead_is_the_coming_one(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose in the first quarter. A year earlier it fell. The year-ago results", "The year-ago", "2024-Q1"),
        ("Profit rose in the first quarter, up from the same period last year", "the same period last year", "2024-Q1"),
        ("Profit rose in the first quarter, up from the quarter a year ago", "the quarter a year ago", "2024-Q1"),
        ("Profit rose in the first quarter, up from last year's quarter", "last year's quarter", "2024-Q1"),
        ("Profit rose in the first quarter, up from the 2023 period", "the 2023 period", "2023-Q1"),
        ("Profit rose in the second quarter; the fourth quarter of 2025 looks weak. A year ago", "A year ago",
         "2024-Q2"),  # a quarter still ahead is not the one compared with
        ("Sales in the first quarter of last year", "the first quarter of last year", "2024-Q1"),
        ("Sales in the final quarter of 2024", "the final quarter of 2024", "2024-Q4"),
        ("earnings for the last half of 2024", "the last half of 2024", "2024-H2"),
        ("through the first two quarters of 2026", "the first two quarters of 2026", "2026-H1"),
        ("compared with a year-earlier loss", "year-earlier", "2024"),
    ],
)
def test_quarters_in_earnings_reports(text: str, expression: str, value: str) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("suspended since July 24 , 2003 after", "July 24 , 2003", "2003-07-24"),  # tokenised comma
        ("the index was up at 14:58 UTC , an increase", "14:58 UTC", "2025-06-10T14:58Z"),
        ("At 0800 UTC , the banks", "0800 UTC", "2025-06-10T08:00Z"),
        ("he was shot to death last Oct. 23 at his home", "Oct. 23", "2024-10-23"),
        ("refugee camps for 2 1/2 years", "2 1/2 years", "P2Y6M"),
        ("about 5 1/2 hours in Nairobi", "about 5 1/2 hours", "PT5H30M"),
        ("a minute and a half later", "a minute and a half", "PT1M30S"),
        ("stocks fell for the past five trading days", "the past five trading days", "P5D"),
        ("to complete the deal by year-end", "year-end", "2025-12-31"),
        ("the change is since year-end", "year-end", "2024-12-31"),
        ("Aqaba is the only outlet now that the noose has tightened", "now", "PRESENT_REF"),
    ],
)
def test_formats_fractions_and_year_end(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, value)


@pytest.mark.parametrize(
    "text",
    ["Mr. Reupke, 52 years old, had", "Iraq imports about three-quarters of its food", "a quarter of the market"],
)
def test_ages_and_shares_are_not_durations(text: str) -> None:
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("On May 22, 1995, he was promoted, and the following year he left", "the following year", "1996"),
        ("Talks began in March 2019. The following month, the firm was sold", "The following month", "2019-04"),
        ("He fled in June 1998 and returned later that year", "later that year", "1998"),
        ("The plant shut on June 2, 2020; the preceding day it was calm", "the preceding day", "2020-06-01"),
        ("Nothing was named before the following day", "the following day", "2025-06-11"),  # falls back to the anchor
        ("He was arrested on June 2 and released the next day.", "the next day", "2025-06-03"),
    ],
)
def test_anaphoric_expressions_count_from_the_last_date_named(text: str, expression: str, value: str) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert timex.value == value


@pytest.mark.parametrize("text", ["Results are due in the next day or two.", "The next days were hard."])
def test_the_next_day_or_two_is_not_a_day(text: str) -> None:
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Three days later, the index recovered", "Three days", TimexType.DURATION, "P3D"),
        ("Just over an hour later, he was declared dead", "over an hour", TimexType.DURATION, "PT1H"),
        ("A day earlier, trucks crossed the border", "A day earlier", TimexType.DURATION, "P1D"),
        ("The Dow fell on June 6, 2025 and ended the day lower", "the day", TimexType.DATE, "2025-06-06"),
        ("Shares rose, but slipped later in the day", "the day", TimexType.DATE, "2025-06-10"),
    ],
)
def test_event_relative_amounts_and_the_day_told_about(
    text: str, expression: str, kind: TimexType, value: str
) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A month or a year named in between does not move the day being told about.
        ("Stocks rose on Friday, though jobs fell in May to a low not seen since 1983."
         " The Dow ended the day higher.", "the day", "2025-06-06"),
        ("Sales, reported on Monday, rose in May from a year ago; shares fell later in the day.",
         "the day", "2025-06-09"),
        ("Talks began on Friday morning; in 2019 a round had failed. They ended the same day.",
         "the same day", "2025-06-06"),
    ],
)  # fmt: skip
def test_a_day_reference_skips_months_and_years_named_since(text: str, expression: str, value: str) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert timex.value == value


def test_the_day_before_an_event_is_not_tagged_alone() -> None:
    assert [t.text for t in tag("on the day before the vote", ANCHOR)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials postponed until Thursday any action on the case", "2025-06-12"),
        ("Until Thursday, they had not called him a suspect", "2025-06-05"),
        ("Protesters planned a large demonstration on Saturday", "2025-06-14"),
        ("A hearing is set for Thursday.", "2025-06-12"),
        ("The report is due Friday.", "2025-06-13"),
        ("Elections are due in November.", "2025-11"),
        ("The verdict, set on Monday, was appealed.", "2025-06-09"),  # a participle: no plan
        ("The payment had been due on Friday.", "2025-06-06"),
    ],
)
def test_until_and_planned_point_ahead(text: str, value: str) -> None:
    assert only(text).value == value


def test_a_period_that_ended_lies_before_the_anchor() -> None:
    # June 30 would otherwise be read as this June 30, twenty days ahead.
    found = tag("In the fiscal year ended June 30, sales fell", ANCHOR)
    assert [t.value for t in found if t.text == "June 30"] == ["2024-06-30"]
    assert only("The fund will close on June 30").value == "2025-06-30"


def test_a_closing_quote_ends_the_sentence_for_tense_cues() -> None:
    text = "\u201cWe will fight on.\u201d On Sunday, the crowds grew."
    sunday = next(t for t in tag(text, ANCHOR) if t.text == "Sunday")
    assert sunday.value == "2025-06-08"


def test_the_year_ago_period_is_the_latest_quarter_a_year_back() -> None:
    assert only("In the year-ago period, the bank earned $4 million.").value == "2024-Q1"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Car sales fell 35% in February, compared to the same month a year ago.",
         "the same month a year ago", "2024-02"),
        ("Prices on June 3, 2024 were down from the same day last year.", "the same day last year", "2023-06-03"),
        ("Car sales rose 43% in February compared to the same period last year.",
         "the same period last year", "2024-02"),
    ],
)  # fmt: skip
def test_a_month_told_about_a_year_back(text: str, expression: str, value: str) -> None:
    timex = next(t for t in tag(text, ANCHOR) if t.text == expression)
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("holders may buy shares at half the then current market price", "then current", "PAST_REF"),
        ("the then-current chairman resigned", "then-current", "PAST_REF"),
        ("the current chairman resigned", "current", "PRESENT_REF"),
        ("Then, current prices fell.", "current", "PRESENT_REF"),
    ],
)
def test_then_current_is_a_past_time(text: str, expression: str, value: str) -> None:
    assert (only(text).text, only(text).value) == (expression, value)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers worry about what today's youth read.",
        "The chips power many of today's personal computers.",
        'Baker, speaking on ABC\'s "This Week," said the talks would go on.',
        "Sales fell by half. Now, the company says, it will cut costs.",
    ],
)
def test_generic_today_titles_and_discourse_now_are_not_times(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_todays_news_and_plain_now_are_still_times() -> None:
    assert only("The offer ran in today's editions.").value == "2025-06-10"
    assert only("Now the company says it will cut costs.").value == "PRESENT_REF"
    assert only("He said this week that talks go on.").value == "2025-W24"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deal had been due to expire Friday evening.", "2025-06-06TEV"),
        ("The offer had been scheduled to expire at midnight Friday.", "2025-06-06T24:00"),
        ("The offer is scheduled to expire at midnight Friday.", "2025-06-13T24:00"),
    ],
)
def test_a_past_plan_points_back(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", "2025-06-09TAF"),
        ("By mid afternoon, officials said the road was open.", "mid afternoon", "2025-06-10TAF"),
    ],
)
def test_a_part_of_day_before_or_without_its_day(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, value)


def test_early_morning_as_an_adjective_is_not_a_time() -> None:
    assert tag("Police made early morning raids.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He will stay for at least two more weeks.", "at least two more weeks", "P2W"),
        ("The loan may be extended for an additional year.", "an additional year", "P1Y"),
        ("The decades-long feud ended.", "decades-long", "PXY"),
        ("Lawyers left their third day-long meeting.", "day-long", "P1D"),
    ],
)
def test_more_units_and_unit_long_adjectives_are_durations(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, value)


def test_a_holiday_weeks_ahead_is_the_coming_one() -> None:
    anchor = date(1998, 10, 26)
    assert only("It is the main theme of our campaign to Election Day.", anchor).value == "1998-11-03"
    assert only("Sales at Christmas were weak.", date(1998, 12, 10)).value == "1997-12-25"


@pytest.mark.parametrize(
    ("text", "values"),
    [("H1 2025 sales rose", ["2025-H1"]), ("in fiscal H2 2024", ["2024-H2"]), ("the H1N1 flu", []), ("H1 results", [])],
)
def test_half_years_written_short(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, ANCHOR)] == values


@pytest.mark.parametrize(
    ("year", "day"),
    [(1818, "03-22"), (1961, "04-02"), (2000, "04-23"), (2008, "03-23"), (2019, "04-21"), (2038, "04-25")],
)
def test_easter_falls_on_its_computed_sunday(year: int, day: str) -> None:
    assert easter_sunday(year).isoformat() == f"{year}-{day}"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Shops close on Easter Sunday.", date(2025, 6, 10), "2025-04-20"),
        ("Good Friday services will be held.", date(2025, 3, 30), "2025-04-18"),
        ("Markets reopen on Easter Monday.", date(2025, 4, 19), "2025-04-21"),
        ("Pilgrims prayed as Easter week began.", date(2000, 4, 17), "2000-W16"),  # under way: this year's
    ],
)
def test_easter_and_its_days(text: str, anchor: date, value: str) -> None:
    assert only(text, anchor).value == value


def test_a_good_friday_in_lowercase_is_no_holiday() -> None:
    assert tag("It was a good friday for markets.", ANCHOR) == []


def test_a_time_of_day_falls_on_the_day_told_about() -> None:
    found = tag("On Oct. 13 a jogger saw the car at 6 a.m. near the house.", date(1999, 5, 5))
    assert [t.value for t in found] == ["1998-10-13", "1998-10-13T06:00"]


def test_the_past_decade_is_a_length_of_time() -> None:
    assert only("Attacks had become routine over the past decade.").value == "P10Y"
    assert only("Attacks had become routine in the last decade.").value == "201"


def test_the_year_ago_third_quarter_is_one_expression() -> None:
    timex = only("In the year-ago third quarter, the bank earned $4 million.", date(1989, 10, 30))
    assert (timex.text, timex.value) == ("the year-ago third quarter", "1988-Q3")


@pytest.mark.parametrize(
    "text",
    ["Sales should rise 8.5% annually.", "The plant would make 10,000 units annually.", "Average daily volume fell."],
)
def test_rates_and_averages_are_not_sets(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_a_recurring_event_is_still_a_set() -> None:
    assert only("Rallies are held here annually.").value == "P1Y"


def test_one_day_after_a_modal_is_some_future_day() -> None:
    assert only("Islam will one day be the second largest religion.").value == "FUTURE_REF"
    assert only("The trial lasted one day.").value == "P1D"


def test_the_year_earlier_nine_months_is_a_length() -> None:
    timex = only("Net for the year-earlier nine months included a gain.")
    assert (timex.text, timex.value) == ("the year-earlier nine months", "P9M")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Women's Day is this coming Sunday.", "2025-06-15"),
        ("The vote is this Sunday.", "2025-06-15"),
        ("The rally this Monday drew thousands.", "2025-06-09"),
    ],
)
def test_this_and_coming_weekdays(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("He teaches Tuesday nights.", "XXXX-WXX-2TNI"), ("The shop closes on Mondays.", "XXXX-WXX-1")],
)
def test_plural_weekdays_recur(text: str, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.value) == (TimexType.SET, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In August, the council bought the old mill.", "2024-08"),  # anchor June 2025: a past August
        ("In August, the mill will be sold.", "2025-08"),
        ("The mill is sold in August to the council.", "2025-08"),  # passive present: no past cue
    ],
)
def test_an_irregular_past_verb_points_back(text: str, value: str) -> None:
    assert only(text).value == value


def test_a_plan_reported_with_would_be_is_ahead() -> None:
    # anchor Tuesday 10 June 2025; "United" is a name, not a past verb
    assert only("He said the team would be flying to the United States Thursday.").value == "2025-06-12"
    assert only("The team flew to the United States Thursday.").value == "2025-06-05"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Prices should hold in the near future.", "the near future"),
        ("Sales may slip in the short term.", "the short term"),
        ("They will gain over the long term.", "the long term"),
    ],
)
def test_the_near_term_is_the_future(text: str, expression: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, "FUTURE_REF")


def test_a_long_term_loan_is_not_a_time() -> None:
    assert tag("It repaid the long-term loan.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The strike has gone on for weeks.", "weeks", "PXW"),
        ("A deal could come within days or weeks.", "days or weeks", "PXD"),
    ],
)
def test_an_uncounted_number_of_units_is_a_duration(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.type) == (expression, value, TimexType.DURATION)


def test_bare_units_without_for_or_within_are_not_durations() -> None:
    assert tag("Weeks passed, and the days grew longer.", ANCHOR) == []


def test_high_noon_is_not_twelve_oclock() -> None:
    assert tag("For the old guard, it is high noon.", ANCHOR) == []
    assert only("The vote is at noon.").value == "2025-06-10T12:00"


def test_the_year_before_counts_back_from_the_year_told_about() -> None:
    found = tag("Sales fell to $3 million in 2021, from $4 million the year before.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("2021", "2021"), ("the year before", "2020")]


def test_today_after_a_name_is_a_title() -> None:
    assert tag("The poll was run by USA Today and a network.", ANCHOR) == []
    assert only("Markets rose. Today, they fell.").value == "2025-06-10"


def test_a_march_named_for_a_cause_is_not_the_month() -> None:
    assert tag("Thousands joined the annual March for Peace downtown.", ANCHOR) == []
    assert only("Talks were held in March for the third time.").value == "2025-03"


@pytest.mark.parametrize("text", ["It will save $40 million a year.", "The airline runs four flights a week."])
def test_an_amount_per_unit_is_a_rate_not_a_time(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_a_year_after_once_is_still_a_set() -> None:
    timex = only("They meet once a year.")
    assert (timex.value, timex.type) == ("P1Y", TimexType.SET)


def test_midday_and_the_weeks_ahead() -> None:
    assert only("The judge will hear the case at midday.").value == "2025-06-10T12:00"
    timex = only("Prices may fall in the weeks ahead.")
    assert (timex.text, timex.value) == ("the weeks ahead", "PXW")


def test_a_closing_double_apostrophe_may_follow() -> None:
    timex = only("``We need three days'' more, he said.")
    assert (timex.text, timex.value) == ("three days", "P3D")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose in the quarter ended April 30, the company said.", "2025-Q1"),  # February to April
        ("Profit rose in the quarter ended Sept. 30, the company said.", "2024-Q3"),  # ahead of June: last year's
        ("Profit rose in the quarter, the company said.", "2025-Q1"),  # the last complete one
    ],
)
def test_a_quarter_ended_on_a_date_is_the_calendar_quarter_it_mostly_covers(text: str, value: str) -> None:
    assert tag(text, ANCHOR)[0].value == value


def test_ahead_of_points_forward() -> None:
    # anchor Tuesday 10 June 2025
    assert only("Traders sold shares ahead of Friday.").value == "2025-06-13"
    assert only("Traders sold shares on Friday.").value == "2025-06-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bridge reopened last May.", "2024-05"),  # anchor June 2025: the May just ended is "last month"
        ("The bridge reopened last April.", "2025-04"),
        ("The bridge reopened last June.", "2024-06"),
    ],
)
def test_last_month_name_skips_the_month_just_ended(text: str, value: str) -> None:
    assert only(text).value == value


def test_an_un_adjective_in_ed_is_not_a_past_verb() -> None:
    # anchor June 2025: "unspecified" must not turn the coming August into last year's
    assert only("The bonus will be paid on an unspecified date in August.").value == "2025-08"
    assert only("The bonus was paid on a date in August.").value == "2024-08"


def test_a_plan_made_earlier_is_not_a_future_cue() -> None:
    # anchor Tuesday 10 June 2025
    assert only("The march began as previously planned Saturday night.").value == "2025-06-07TNI"
    assert only("A march is planned for Saturday night.").value == "2025-06-14TNI"


def test_the_previous_weekday_counts_from_the_day_told_about() -> None:
    # anchor Tuesday 10 June 2025
    found = tag("On May 30 the index closed at 410, up 2% from the previous Friday.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("May 30", "2025-05-30"), ("the previous Friday", "2025-05-23")]
    assert only("She flew home the following Monday.").value == "2025-06-16"  # no day told: after the anchor


def test_the_week_of_a_date_is_its_iso_week() -> None:
    timex = only("The trial opens the week of March 2, 2026, officials said.")
    assert (timex.text, timex.value) == ("the week of March 2, 2026", "2026-W10")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks broke down the day before Friday's vote.", "the day before Friday", "2025-06-05"),
        ("Crowds gathered the day after Christmas.", "the day after Christmas", "2024-12-26"),
    ],
)
def test_the_day_before_or_after_a_day_is_one_day_off(text: str, expression: str, value: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value) == (expression, value)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ministers met on May 12 and 13 in Oslo.", [("May 12", "2025-05-12"), ("13", "2025-05-13")]),
        ("The fair ran April 4-6.", [("April 4", "2025-04-04"), ("6", "2025-04-06")]),
        ("Prices rose May 12 and 13 percent later.", [("May 12", "2025-05-12")]),  # an amount
        ("The plant made 40 cars on May 12 and 9 on May 13.", [("May 12", "2025-05-12"), ("May 13", "2025-05-13")]),
    ],
)
def test_a_second_day_of_the_same_month_is_a_date(text: str, days: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, ANCHOR)] == days


def test_a_past_participle_after_be_is_no_past_cue() -> None:
    # anchor Tuesday 10 June 2025: "will be held" points forward, "held" alone back
    assert only("The vote will be held Friday.").value == "2025-06-13"
    assert only("The party held a vote Friday.").value == "2025-06-06"


def test_the_world_of_tomorrow_is_an_era_not_a_day() -> None:
    assert tag("Engineers designed the cars of tomorrow.", ANCHOR) == []
    assert only("The new tariff applies as of tomorrow.").value == "2025-06-11"


def test_a_sentence_opening_weekday_takes_the_tense_of_its_verb_after_a_long_subject() -> None:
    text = "On Friday, the National Association of Independent Grocers and Retailers plans to march."
    assert only(text).value == "2025-06-13"


def test_a_participle_after_an_adverb_is_no_future_cue() -> None:
    text = "On Friday, the carefully planned visit of the minister was called off."
    assert only(text).value == "2025-06-06"


@pytest.mark.parametrize(
    ("text", "expression"),
    [("The chain has been losing money for years.", "years"), ("Prices rose over the years.", "the years")],
)
def test_an_unknown_number_of_years(text: str, expression: str) -> None:
    timex = only(text)
    assert (timex.text, timex.type, timex.value) == (expression, TimexType.DURATION, "PXY")


def test_the_past_before_a_count_is_not_the_past_at_large() -> None:
    assert tag("Riots have marred the parades for the past three summers.", ANCHOR) == []
    assert only("Such riots belong to the past.").value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Shares fell for a third straight week.", "a third straight week", "2025-W24"),
        ("Today is the eighth day of the strike.", "the eighth day", "2025-06-10"),
        ("On May 9 the strikers marched; it was the second day of the strike.", "the second day", "2025-05-09"),
    ],
)
def test_a_run_of_days_reaches_the_day_told_about(text: str, expression: str, value: str) -> None:
    assert (expression, value) in [(t.text, t.value) for t in tag(text, ANCHOR)]


def test_a_run_still_to_come_is_not_placed() -> None:
    assert tag("He will quit on his second day in office.", ANCHOR) == []


def test_due_to_a_cause_is_no_future_cue() -> None:
    assert only("Markets have been shut since Friday due to the storm.").value == "2025-06-06"
    assert only("Markets have been shut since Friday and are due to reopen.").value == "2025-06-13"


def test_decades_without_apostrophes_after_the() -> None:
    found = tag("Prices have not been this high since the 70s and 80s.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("the 70s", "197"), ("80s", "198")]


def test_a_two_digit_decade_is_the_latest_one_begun() -> None:
    assert only("Disco ruled the seventies.").value == "197"  # 2070 is nearer 2025, but still ahead
    assert only("Rents rose in the '20s.").value == "202"


@pytest.mark.parametrize("text", ["Highs will be in the 70s.", "She is in her 70s.", "It was 70s weather, 75 degrees."])
def test_ages_and_temperatures_are_not_decades(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_a_year_before_a_plural_noun_after_the() -> None:
    assert only("Security was tight at the 2012 Olympics.").value == "2012"
    assert tag("The army sent the 1,500 troops home.", ANCHOR) == []
    assert tag("The firm hired 1500 workers.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Stocks fell on Friday. Buyers came back in the morning.", "the morning", "2025-06-06TMO"),
        ("He will leave at 4 in the morning.", "4 in the morning", "2025-06-10T04:00"),
        ("They met until 8 in the evening.", "8 in the evening", "2025-06-10T20:00"),
        ("The blast came at 10 at night.", "10 at night", "2025-06-10T22:00"),
    ],
)
def test_parts_of_the_day_told_about(text: str, expression: str, value: str) -> None:
    assert (expression, value) in [(t.text, t.value) for t in tag(text, ANCHOR)]


@pytest.mark.parametrize("text", ["He reads the morning paper.", "The show ranked 4 in the morning ratings."])
def test_a_morning_that_is_no_time(text: str) -> None:
    assert tag(text, ANCHOR) == []
