"""The temporal tagger on sentences written like today's wire news (AP, Reuters, AFP).

Each sentence is our own; the expected values are TIMEX3 values worked out by
hand against a publication date of Wednesday 12 March 2025 (`ANCHOR`), or, for
readings across the turn of a year or around a period's end, against the dates
the tests name (early January, late December, mid-July).
"""

from __future__ import annotations

from datetime import date

import pytest

from build_tools.timeline.tagger import TimexType, tag

ANCHOR = date(2025, 3, 12)  # a Wednesday


def values(text: str) -> list[tuple[str, str]]:
    return [(timex.text, timex.value) for timex in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number in the name of a stock index or a product is no year.
        ("The Russell 2000 index of small caps fell 1.2% on Tuesday.", [("Tuesday", "2025-03-11")]),
        ("Small caps lagged, with the Russell 2000 down 2%.", []),
        ("The S&P 1500 composite rose.", []),
        ("The company stopped supporting Windows 2000 in 2010.", [("2010", "2010")]),
        ("Turnout in the 2024 election was high.", [("2024", "2024")]),
        # US time zones as the wires write them ("9 p.m. ET"): part of the time, and the
        # weekday after the zone gives its day, in the tense of the sentence.
        ("The speech is scheduled for 9 p.m. ET on Thursday.", [("9 p.m. ET on Thursday", "2025-03-13T21:00")]),
        ("Trading was halted at 2:15 p.m. ET Monday.", [("2:15 p.m. ET Monday", "2025-03-10T14:15")]),
        ("The launch is set for 6 a.m. PT on Friday.", [("6 a.m. PT on Friday", "2025-03-14T06:00")]),
        ("Polls close at 8 p.m. CT.", [("8 p.m. CT", "2025-03-12T20:00")]),
        ("The market opens at 9 a.m. CET.", [("9 a.m. CET", "2025-03-12T09:00")]),
        # A time given in local time and in GMT: both on the weekday that follows.
        (
            "The quake struck at 10:30 a.m. local time (0130 GMT) on Monday.",
            [
                ("10:30 a.m. local time", "2025-03-10T10:30"),
                ("0130 GMT", "2025-03-10T01:30Z"),
                ("Monday", "2025-03-10"),
            ],
        ),
        # A range without a year ends on or after its start, within a year; an end
        # written with its year dates the start.
        ("The tournament runs from June 14 to July 14.", [("June 14", "2025-06-14"), ("July 14", "2025-07-14")]),
        ("The exhibition ran from Nov. 3 to Feb. 1.", [("Nov. 3", "2024-11-03"), ("Feb. 1", "2025-02-01")]),
        ("The museum is closed from June through August.", [("June", "2024-06"), ("August", "2024-08")]),
        ("The fair ran from Oct. 28 to Nov. 2, 2019.", [("Oct. 28", "2019-10-28"), ("Nov. 2, 2019", "2019-11-02")]),
        ("Talks ran between Dec. 30 and Jan. 2, 2020.", [("Dec. 30", "2019-12-30"), ("Jan. 2, 2020", "2020-01-02")]),
        ("He served from 2014 to 2022.", [("2014", "2014"), ("2022", "2022")]),
        # The edge of the week, year or decade: the unit of the publication (the edge is a
        # TimeML modifier). "The end of the month" stays untagged (see grammar.py).
        ("The company expects to turn a profit by the end of the decade.", [("the end of the decade", "202")]),
        ("Temperatures will climb through the end of the week.", [("the end of the week", "2025-W11")]),
        ("Talks stalled in the middle of the week.", [("the middle of the week", "2025-W11")]),
        ("Since the start of the year, the yen has weakened 5%.", [("the start of the year", "2025")]),
        ("The end of the year-long probe came as a relief.", [("year-long", "P1Y")]),
        # Shopping days counted from US Thanksgiving; the September 11 attacks of 2001.
        ("Black Friday sales rose 3% from last year.", [("Black Friday", "2024-11-29"), ("last year", "2024")]),
        ("Retailers reported strong Cyber Monday sales.", [("Cyber Monday", "2024-12-02")]),
        ("It was a black friday for the airline.", []),
        ("Crowds marked the anniversary of the September 11 attacks.", [("September 11", "2001-09-11")]),
        ("The Sept. 11th terrorist attacks changed air travel.", [("Sept. 11th", "2001-09-11")]),
        ("The bill passed on September 11 after a long debate.", [("September 11", "2024-09-11")]),
        # A day after "until" is a limit still ahead, as a weekday or month there already was.
        ("Congress has until Sept. 30 to pass a spending bill.", [("Sept. 30", "2025-09-30")]),
        ("Until Sept. 30, the agency had refused to comment.", [("Sept. 30", "2024-09-30")]),
        # "Investors await ...": the date is still to come; "were awaiting" is not a cue.
        ("Investors await Friday's jobs report.", [("Friday", "2025-03-14")]),
        ("Investors are awaiting Thursday's rate decision.", [("Thursday", "2025-03-13")]),
        ("Markets were awaiting the results on Tuesday.", [("Tuesday", "2025-03-11")]),
        # "This past weekend" (week, Sunday) is the last one, as "last weekend" is.
        ("Thousands marched this past weekend.", [("this past weekend", "2025-W10-WE")]),
        ("The team lost this past Sunday.", [("this past Sunday", "2025-03-09")]),
        ("Prices rose this past week.", [("this past week", "2025-W10")]),
        # A forecast looks ahead: "expects", "forecasts", "predicts" without "to" after them.
        ("The airline expects demand to recover by the summer.", [("the summer", "2025-SU")]),
        ("The bank forecasts growth of 2% in the fourth quarter.", [("the fourth quarter", "2025-Q4")]),
        ("The bank reported growth of 2% in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),
        # "Q3" is read like "the third quarter": two quarters or more ahead in past tense
        # is last year's.
        ("Sales fell 4% in Q3 from a year earlier.", [("Q3", "2024-Q3"), ("a year earlier", "2023-Q3")]),
        ("The company expects to return to profit in Q3.", [("Q3", "2025-Q3")]),
        # Market reports: "in morning trading" is that part of the day told about.
        (
            "Shares rose 2% on Tuesday. They fell in afternoon trade after the report.",
            [("Tuesday", "2025-03-11"), ("afternoon", "2025-03-11TAF")],
        ),
        ("European shares slipped in morning trading.", [("morning", "2025-03-12TMO")]),
        ("The morning session was quiet.", []),
        # A fiscal year written with two digits, in capitals: "FY25".
        ("The firm forecast FY25 revenue of $2 billion.", [("FY25", "2025")]),
        ("Revenue in FY'24 rose.", [("FY'24", "2024")]),
        ("The fy25 budget is due.", []),
        # "In two weeks" in future tense is the time that far ahead (TimeBank values
        # "will be redeemed in five years" as that year); in past tense an amount.
        ("Voters will go to the polls in two weeks.", [("two weeks", "2025-W13")]),
        ("The rule will take effect in 90 days.", [("90 days", "2025-06-10")]),
        ("He wrote his second letter in two weeks.", [("two weeks", "P2W")]),
        ("The company will grow in the next two years.", [("the next two years", "P2Y")]),
        # "a.m." and "p.m." before a lower-case word end no sentence: the tense before
        # them still governs.
        (
            "The meeting will start at 10 a.m. and end on Friday.",
            [("10 a.m.", "2025-03-12T10:00"), ("Friday", "2025-03-14")],
        ),
        (
            "He arrived at 9 p.m. Talks resumed on Friday.",
            [("9 p.m.", "2025-03-12T21:00"), ("Friday", "2025-03-07")],
        ),
        # A day followed by the year it falls in: "Feb. 3 last year" is one date.
        ("The deal was signed Feb. 3 last year.", [("Feb. 3 last year", "2024-02-03")]),
        ("He died on 3 February last year.", [("3 February last year", "2024-02-03")]),
        ("The election is on Nov. 4 next year.", [("Nov. 4 next year", "2026-11-04")]),
        # A day still to come, in future tense, is the next one however far ahead; a
        # day of the week before stays in the past (a tense misread costs little there).
        ("The festival will run from Dec. 20.", [("Dec. 20", "2025-12-20")]),
        ("The show will run from Feb. 20.", [("Feb. 20", "2026-02-20")]),
        ("The plan will take effect March 10.", [("March 10", "2025-03-10")]),
        # "The quarter ending in June" runs April to June: the second quarter, the
        # last one in past tense, the next one in future tense; a year written after
        # the end dates it.
        ("Profit fell in the quarter ending in June.", [("the quarter", "2024-Q2"), ("June", "2024-06")]),
        (
            "The company expects profit to rise in the quarter ending in June.",
            [("the quarter", "2025-Q2"), ("June", "2025-06")],
        ),
        (
            "Sales rose in the quarter ending March 31, 2024.",
            [("the quarter", "2024-Q1"), ("March 31, 2024", "2024-03-31")],
        ),
        # The count of a run whose first day is named: "which began on Feb. 27, is in its
        # third week" is two weeks after that one ("Feb." ends no sentence before "27").
        (
            "The strike, which began on Feb. 27, is in its third week.",
            [("Feb. 27", "2025-02-27"), ("third week", "2025-W11")],
        ),
        (
            "The protests, which started on Sunday, entered their third day.",
            [("Sunday", "2025-03-09"), ("third day", "2025-03-11")],
        ),
        # "9/11" is the day of the attacks; "Black Monday" the crash of Oct. 19, 1987.
        ("The 9/11 attacks killed nearly 3,000 people.", [("9/11", "2001-09-11")]),
        ("Since 9/11, airport security has tightened.", [("9/11", "2001-09-11")]),
        ("He was born on 9/11/1990.", [("9/11/1990", "1990-09-11")]),
        ("The guard shot 9/11 from the field.", []),
        ("Stocks plunged on Black Monday in 1987.", [("Black Monday", "1987-10-19"), ("1987", "1987")]),
        ("The crash echoed Black Monday.", [("Black Monday", "1987-10-19")]),
        ("Traders feared another Black Monday.", []),
        # "A week from Friday": that long after the coming Friday, one date.
        ("The vote will be held a week from Friday.", [("a week from Friday", "2025-03-21")]),
        ("The deal closes two weeks from today.", [("two weeks from today", "2025-03-26")]),
        ("The ban runs for a week from Monday.", [("a week", "P1W")]),
        # A half of a match is no half of the year.
        ("Kane scored twice in the first half.", []),
        ("Arsenal led 1-0 at halftime and added a goal in the second half.", []),
        ("The company expects sales to grow in the second half.", [("the second half", "2025-H2")]),
        # "The weekend of June 7-8": that week's weekend, one expression with its days.
        ("The festival is held the weekend of June 7-8.", [("the weekend of June 7-8", "2025-W23-WE")]),
        ("Talks are set for the week of April 7-11.", [("the week of April 7-11", "2025-W15")]),
    ],
)
def test_wire_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


EARLY_JANUARY = date(2025, 1, 3)  # a Friday
LATE_DECEMBER = date(2024, 12, 30)  # a Monday


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # Across the turn of the year: December read in January is last year's, and
        # January read in December next year's when the sentence looks ahead.
        (EARLY_JANUARY, "Retail sales rose 3% in December.", [("December", "2024-12")]),
        (EARLY_JANUARY, "The company will report results in December.", [("December", "2025-12")]),
        (EARLY_JANUARY, "Prices fell last month.", [("last month", "2024-12")]),
        (EARLY_JANUARY, "The law took effect on Dec. 29.", [("Dec. 29", "2024-12-29")]),
        (EARLY_JANUARY, "The vote is scheduled for Jan. 20.", [("Jan. 20", "2025-01-20")]),
        (EARLY_JANUARY, "Sales rose 4% in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),
        (EARLY_JANUARY, "He was arrested on New Year's Eve.", [("New Year's Eve", "2024-12-31")]),
        (EARLY_JANUARY, "Shares rose on Monday.", [("Monday", "2024-12-30")]),
        (EARLY_JANUARY, "The team won the title last fall.", [("last fall", "2024-FA")]),
        (EARLY_JANUARY, "The vote will take place a week from Friday.", [("a week from Friday", "2025-01-10")]),
        (EARLY_JANUARY, "The minister resigned the previous Monday.", [("the previous Monday", "2024-12-30")]),
        (
            EARLY_JANUARY,
            "Officials expect growth to pick up in the first half.",
            [("the first half", "2025-H1")],
        ),
        (
            EARLY_JANUARY,
            "Sales rose in December from the same month a year earlier.",
            [("December", "2024-12"), ("the same month a year earlier", "2023-12")],
        ),
        (
            EARLY_JANUARY,
            "The strike began on Dec. 30 and is now in its second week.",
            [("Dec. 30", "2024-12-30"), ("now", "PRESENT_REF"), ("second week", "2025-W02")],
        ),
        (LATE_DECEMBER, "The new rules take effect Jan. 1.", [("Jan. 1", "2025-01-01")]),
        (LATE_DECEMBER, "The rules will take effect in January.", [("January", "2025-01")]),
        (LATE_DECEMBER, "Sales fell in January.", [("January", "2024-01")]),
        (LATE_DECEMBER, "Parliament returns next month.", [("next month", "2025-01")]),
        (LATE_DECEMBER, "The plant will reopen next spring.", [("next spring", "2025-SP")]),
        (LATE_DECEMBER, "Markets will be closed on New Year's Day.", [("New Year's Day", "2025-01-01")]),
        (LATE_DECEMBER, "The index is up 20% this year.", [("this year", "2024")]),
        (LATE_DECEMBER, "The talks will resume on Jan. 6.", [("Jan. 6", "2025-01-06")]),
        (LATE_DECEMBER, "The storm hit on Christmas Day.", [("Christmas Day", "2024-12-25")]),
        (LATE_DECEMBER, "Shoppers returned gifts on Thursday.", [("Thursday", "2024-12-26")]),
        # Seasons, halves, decades and parts of days against Wednesday 2025-03-12.
        (ANCHOR, "Home sales slowed last fall.", [("last fall", "2024-FA")]),
        (ANCHOR, "The plant will open next spring.", [("next spring", "2026-SP")]),
        (
            ANCHOR,
            "He lost his job last spring and found another in the fall.",
            [("last spring", "2024-SP"), ("the fall", "2024-FA")],
        ),
        (ANCHOR, "Home prices doubled over the past decade.", [("the past decade", "P10Y")]),
        (ANCHOR, "Prices have risen 20% since the start of the pandemic in 2020.", [("2020", "2020")]),
        (ANCHOR, "Sales rose 5% from the same period a year earlier.", [("the same period a year earlier", "2024")]),
        (ANCHOR, "The summit will take place June 7-8.", [("June 7", "2025-06-07"), ("8", "2025-06-08")]),
        (
            ANCHOR,
            "The museum will be closed June 30 through July 4.",
            [("June 30", "2025-06-30"), ("July 4", "2025-07-04")],
        ),
        (
            ANCHOR,
            "The festival will run from Dec. 20 to Jan. 5.",
            [("Dec. 20", "2025-12-20"), ("Jan. 5", "2026-01-05")],
        ),
        (ANCHOR, "The fire broke out in the early hours of Sunday.", [("Sunday", "2025-03-09")]),
        (ANCHOR, "Talks broke down late Tuesday.", [("late Tuesday", "2025-03-11")]),
        (ANCHOR, "Gunmen attacked the village Tuesday night.", [("Tuesday night", "2025-03-11TNI")]),
        (ANCHOR, "The results will be announced Tuesday night.", [("Tuesday night", "2025-03-18TNI")]),
        (ANCHOR, "The deadline will expire at midday Friday.", [("midday Friday", "2025-03-14T12:00")]),
        (ANCHOR, "The ceasefire took effect at midnight Sunday.", [("midnight Sunday", "2025-03-09T24:00")]),
        (ANCHOR, "The storm is expected to make landfall early Thursday.", [("early Thursday", "2025-03-13")]),
        (
            ANCHOR,
            "The bill passed on Friday, days after talks collapsed the previous Monday.",
            [("Friday", "2025-03-07"), ("the previous Monday", "2025-03-03")],
        ),
    ],
)
def test_across_the_year(anchor: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in tag(text, anchor)] == expected


# The month or day that ends a period is dated as the period: "June" in "the quarter
# ending in June" is the June of that quarter, whatever the tense and however far the
# verb ("fell 3%" put "fell" out of reach and "June" was the coming one).
@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (ANCHOR, "Sales fell 3% in the quarter ending in June.", [("the quarter", "2024-Q2"), ("June", "2024-06")]),
        (
            ANCHOR,
            "Sales in the quarter ending in June are up 3%.",
            [("the quarter", "2024-Q2"), ("June", "2024-06")],
        ),
        (
            ANCHOR,
            "The company expects sales to rise 3% in the quarter ending in June.",
            [("the quarter", "2025-Q2"), ("June", "2025-06")],
        ),
        (
            ANCHOR,
            "Profit fell in the quarter that ended on June 30.",
            [("the quarter", "2024-Q2"), ("June 30", "2024-06-30")],
        ),
        (ANCHOR, "Profit rose 5% in the year ending March 31.", [("the year", "P1Y"), ("March 31", "2024-03-31")]),
        (
            ANCHOR,
            "The company expects sales of $5 billion in the year ending March 31.",
            [("the year", "P1Y"), ("March 31", "2025-03-31")],
        ),
        (ANCHOR, "Prices rose 5% in the 12 months to June 30.", [("the 12 months", "P12M"), ("June 30", "2024-06-30")]),
        # "To" after a length that is no period: the day keeps its own year.
        (ANCHOR, "The vote was postponed two weeks to March 3.", [("two weeks", "P2W"), ("March 3", "2025-03-03")]),
        # Early January: a quarter "ended Jan. 31" has not ended this year yet.
        (
            date(2025, 1, 3),
            "Profit fell in the quarter ended Jan. 31.",
            [("the quarter", "2023-Q4"), ("Jan. 31", "2024-01-31")],
        ),
        (
            date(2025, 1, 3),
            "Sales rose 4% in the quarter ending Dec. 31.",
            [("the quarter", "2024-Q4"), ("Dec. 31", "2024-12-31")],
        ),
        (
            date(2025, 1, 3),
            "The retailer expects a loss in the quarter ending in January.",
            [("the quarter", "2024-Q4"), ("January", "2025-01")],
        ),
        # Late December: a month a few months ahead is the coming one only in future tense.
        (
            date(2024, 12, 28),
            "Sales rose 2% in the quarter ending in March.",
            [("the quarter", "2024-Q1"), ("March", "2024-03")],
        ),
        (
            date(2024, 12, 28),
            "The company expects profit to rise in the quarter ending in March.",
            [("the quarter", "2025-Q1"), ("March", "2025-03")],
        ),
        (
            date(2024, 12, 28),
            "Exports are up 3% in the 12 months ending in February.",
            [("the 12 months", "P12M"), ("February", "2024-02")],
        ),
        (
            date(2025, 7, 15),
            "Profit rose in the quarter ending Sept. 30.",
            [("the quarter", "2024-Q3"), ("Sept. 30", "2024-09-30")],
        ),
    ],
)
def test_end_of_a_period(anchor: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in tag(text, anchor)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title's full stop ends no sentence: the verb before the name still gives the
        # weekday its direction.
        ("Ukraine's president will meet Gen. Keith Kellogg on Friday.", [("Friday", "2025-03-14")]),
        ("The committee will hear from Dr. Mehmet Oz on Tuesday.", [("Tuesday", "2025-03-18")]),
        ("The governor will sign it with Rep. Jim Jordan on Monday.", [("Monday", "2025-03-17")]),
        ("The court heard from Sen. Ron Wyden on Tuesday.", [("Tuesday", "2025-03-11")]),
        # A real full stop still ends the sentence, and its tense with it.
        ("The vote will be in June. On Monday, lawmakers met.", [("June", "2025-06"), ("Monday", "2025-03-10")]),
    ],
)
def test_titles_end_no_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit compared with the next one ("quarter-over-quarter", "year-on-year") is
        # a kind of comparison, not a time.
        ("The quarter-over-quarter gain was 2.4%.", []),
        ("On a year-over-year basis, prices rose 3%.", []),
        ("The fund is run on a day-to-day basis.", []),
        ("The quarter was strong, and the year-on-year rise in sales was 5%.", [("The quarter", "2024-Q4")]),
        ("Rents rose 1% month-on-month in February.", [("February", "2025-02")]),
    ],
)
def test_unit_to_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_unit_to_unit_keeps_the_quarter_for_what_follows() -> None:
    """The quarter compared is still the reference time of "a year ago" after it,
    though the first naming of the quarter is too far back to be."""
    filler = "The company cited strong demand in Asia and Europe, and lower costs for freight. " * 6
    text = (
        f"Net income rose 20% in the fourth quarter. {filler}"
        "The quarter-to-quarter comparison was helped by charges. Costs were lower than a year ago."
    )
    found = [(timex.text, timex.value) for timex in tag(text, date(2025, 2, 12))]
    assert found == [("the fourth quarter", "2024-Q4"), ("a year ago", "2023-Q4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An amount per unit of time is a rate, as "$2 million a year" already was.
        ("The plant builds 10 jets per month.", []),
        ("Nurses there earn $45 per hour.", []),
        ("The field pumps 300,000 barrels per day.", []),
        ("Doses are given twice per week.", [("per week", "P1W")]),
        # So is a length of time per day or week: how often, not a stretch of time.
        ("The hotline is staffed 24 hours a day.", []),
        ("Workers put in 12 hours a day, six days a week.", []),
        ("The storm lasted 12 hours.", [("12 hours", "PT12H")]),
        ("He left two days after the vote.", [("two days", "P2D")]),
        # "Daily" or "Weekly" capitalised inside a sentence is a title, not a recurrence.
        ("The state-run China Daily reported the talks on Monday.", [("Monday", "2025-03-10")]),
        ("The People's Daily said the visit was a success.", []),
        ("Daily flights to Lisbon resume in May.", [("Daily", "P1D"), ("May", "2025-05")]),
        ('He said: "Daily life is hard."', [("Daily", "P1D")]),
    ],
)
def test_rates_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Into the summer" names the season as "in the summer" does, in the sentence's tense.
        ("Repairs will drag on well into the summer.", [("the summer", "2025-SU")]),
        ("The drought lasted into the autumn.", [("the autumn", "2024-FA")]),
        ("Officials looked into the winter storm damage.", []),
    ],
)
def test_into_a_season(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before a car's make is its model year, no date of the story.
        ("Police said the suspect fled in a silver 2015 Honda Civic.", []),
        ("His 1987 Chevrolet Cavalier was found in a parking lot.", []),
        # After "in", "since" or "the", a year before a make (or a man) stays a year.
        ("In 1974 Ford pardoned Richard Nixon.", [("1974", "1974")]),
        ("The 1976 Ford campaign struggled.", [("1976", "1976")]),
        ("Since 2019 Toyota has led sales.", [("2019", "2019")]),
    ],
)
def test_model_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarter or half named by its months, in the year of its last month by the tense.
        ("The economy grew 0.1% in the October-December period.", [("the October-December period", "2024-Q4")]),
        ("Japan's economy shrank in the July-September quarter.", [("the July-September quarter", "2024-Q3")]),
        ("Output will recover in the April-June quarter, the bank said.", [("the April-June quarter", "2025-Q2")]),
        ("Profit rose in the January-June period.", [("the January-June period", "2024-H1")]),
        # Months that make up no quarter: the first month stands for them.
        ("Sales fell in the March-May period.", [("the March-May period", "2025-03")]),
    ],
)
def test_months_of_a_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A zone named by a city or region is part of the time, and the day after it dates it.
        ("Bids close at 5 p.m. New York time on March 21.", [("5 p.m. New York time on March 21", "2025-03-21T17:00")]),
        ("The deadline is 11 p.m. London time.", [("11 p.m. London time", "2025-03-12T23:00")]),
        ("At 5 p.m. local time on Friday, the polls closed.", [("5 p.m. local time on Friday", "2025-03-07T17:00")]),
    ],
)
def test_zone_named_by_a_city(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Soon" looking ahead from the writer's day is FUTURE_REF.
        ("The regulator may soon open an inquiry into the merger.", [("soon", "FUTURE_REF")]),
        ("The airline expects demand to recover soon, its chief said.", [("soon", "FUTURE_REF")]),
        # Counted from an event, or moving a past story on: no time of its own.
        ("The ceasefire collapsed soon after the talks ended.", []),
        ("She will call as soon as the votes are counted.", []),
        ("He was soon released on bail.", []),
        ("The trickle of refugees soon became a flood.", []),
        ("Soon, the rains came and the river rose.", []),
        # Only the verb next to "soon" counts, not the attribution; "Soon" inside a sentence is a name.
        ("The minister, Kim Soon, said the talks would end soon.", [("soon", "FUTURE_REF")]),
        ("He said it would end soon.", [("soon", "FUTURE_REF")]),
        ("Visitors toured the soon-to-open terminal.", []),
        # "At a later date" is the future at large too, unless a past story goes on.
        ("The company will announce the terms at a later date.", [("a later date", "FUTURE_REF")]),
        ("The dispute was settled at a later date.", []),
    ],
)
def test_soon(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A week counted within a month: the ISO week holding the month's first (last)
        # Thursday, and on from there; a weekend by its Saturday. The month's year by the
        # tense, as for the month alone.
        ("The summit will be held in the first week of June.", [("the first week of June", "2025-W23")]),
        ("Sales slumped in the last week of January.", [("the last week of January", "2025-W05")]),
        ("Talks will resume in the second week of April.", [("the second week of April", "2025-W15")]),
        ("The fair opens on the first weekend of May 2026.", [("the first weekend of May 2026", "2026-W18-WE")]),
        ("Prices fell in the final week of December.", [("the final week of December", "2024-W52")]),
    ],
)
def test_week_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Of the year" belongs to the half or quarter: one expression, as "the second half".
        ("The deal should close in the second half of the year.", [("the second half of the year", "2025-H2")]),
        ("Profit fell in the first quarter of the year.", [("the first quarter of the year", "2025-Q1")]),
        (
            "The first half of the year-end review was dull.",
            [("The first half", "2025-H1"), ("the year-end", "2025-12-31")],
        ),
    ],
)
def test_half_of_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A recurrence every so many units is a SET, not a length of time.
        ("Elections are held every four years.", [("every four years", TimexType.SET, "P4Y")]),
        ("The agency publishes the figures every two weeks.", [("every two weeks", TimexType.SET, "P2W")]),
        ("She visits her mother every other week.", [("every other week", TimexType.SET, "P2W")]),
        ("Trains leave every 15 minutes.", [("every 15 minutes", TimexType.SET, "PT15M")]),
    ],
)
def test_every_few_units(text: str, expected: list[tuple[str, TimexType, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scheduling verb in the simple present right before the day: the coming one.
        ("The talks resume Monday in Geneva.", [("Monday", "2025-03-17")]),
        ("The two leaders meet separately on Friday with the envoy.", [("Friday", "2025-03-14")]),
        ("The exhibition opens this Saturday.", [("this Saturday", "2025-03-15")]),
        ("Polls open at 7 a.m. on Thursday.", [("7 a.m. on Thursday", "2025-03-13T07:00")]),
        ("The talks start in August.", [("August", "2025-08")]),
        # Verbs that seldom tell anything but a schedule, wherever they stand in the clause.
        ("The measure takes effect on Saturday.", [("Saturday", "2025-03-15")]),
        ("Voters head to the polls on Sunday.", [("Sunday", "2025-03-16")]),
        ("The film opens in cinemas on Friday.", [("Friday", "2025-03-14")]),
        ("Results are expected on Thursday.", [("Thursday", "2025-03-13")]),
        ("Negotiators reconvene on Monday.", [("Monday", "2025-03-17")]),
        # Not in the past tense, nor when the verb governs something else first.
        ("The law, which was to take effect on Monday, was struck down.", [("Monday", "2025-03-10")]),
        ("Results were expected on Thursday.", [("Thursday", "2025-03-06")]),
        ("The two leaders met separately on Friday.", [("Friday", "2025-03-07")]),
        ("The strike that begins to bite was called on Friday.", [("Friday", "2025-03-07")]),
    ],
)
def test_present_tense_schedule(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A forecast or a plan in the passive looks ahead, like "is expected to".
        ("The storm is forecast to hit the coast on Thursday.", [("Thursday", "2025-03-13")]),
        ("The plant is slated to open on Friday.", [("Friday", "2025-03-14")]),
        ("The bank is poised to cut rates in April.", [("April", "2025-04")]),
        # "Was about to" is a plan of the past.
        ("He was about to leave on Friday when police came.", [("Friday", "2025-03-07")]),
    ],
)
def test_forecast_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year followed by a verb in -s is still a year; a plural noun after a number counts it.
        ("The bank's profit for 2024 was a record.", [("2024", "2024")]),
        ("2026 looks better for the industry, analysts said.", [("2026", "2026")]),
        ("The army sent 1500 troops to the border.", []),
    ],
)
def test_year_before_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "This quarter's loss" in a report on a quarter: the quarter reported, as "the quarter".
        (
            "Profit fell 5% in the fourth quarter. This quarter's loss includes a charge of $4 million.",
            [("the fourth quarter", "2024-Q4"), ("This quarter", "2024-Q4")],
        ),
        # With none reported, and for "this quarter" alone: the publication's quarter.
        ("This quarter's results will include a charge.", [("This quarter", "2025-Q1")]),
        ("Sales will rise this quarter.", [("this quarter", "2025-Q1")]),
    ],
)
def test_this_quarters_results(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
