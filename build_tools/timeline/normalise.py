"""Calendar arithmetic for TIMEX3 values: anchors, shifts, and value -> period.

The tagger decides *what* an expression means ("the Tuesday before the
anchor", "the month after"); this module turns that into a TIMEX3 value
string, and turns a value string back into the calendar period it names (for
placing events). Pure functions of `datetime.date`, no state.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from build_tools.model import Granularity

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""TIMEX3 season codes."""

# Northern-hemisphere meteorological seasons: (first month, last month).
# Winter straddles the new year; "winter 2025" is taken to start in December 2025.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(?:-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})")


def day_value(day: date) -> str:
    """'2025-06-10'; years before 1000 or after 9999 cannot be written in TIMEX3."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def week_value(day: date) -> str:
    """The ISO week holding `day`: 2025-06-03 -> '2025-W23'."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """'2025-11' for (2025, 11)."""
    return f"{year:04d}-{month:02d}"


def quarter_of(day: date) -> int:
    """1..4."""
    return (day.month - 1) // 3 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(year, month) moved by `by` months, across year ends."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    """(year, quarter) moved by `by` quarters."""
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def shift_day(day: date, by: int) -> date | None:
    """`day` + `by` days, or None past the calendar's ends (year 1 / 9999)."""
    try:
        return day + timedelta(days=by)
    except OverflowError:
        return None


def weekday_near(anchor: date, weekday: int, future: bool) -> date | None:
    """The `weekday` (0 = Monday) meant relative to `anchor`, news-style.

    Past tense (the default) means the latest such day on or before the
    anchor: a Friday story's "Friday" is that day, "Thursday" the day before.
    Future tense means the next such day on or after the anchor.
    """
    gap = (weekday - anchor.weekday()) % 7
    return shift_day(anchor, gap if future else (gap - 7) % -7)


def month_near(anchor: date, month: int, future: bool) -> int:
    """The year of a bare month name: this year's, unless tense says otherwise.

    "in November" written in June means last November in past tense and this
    November in future tense; the anchor's own month is always this year's.
    """
    if month == anchor.month:
        return anchor.year
    if future:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month < anchor.month else anchor.year - 1


_RECENT_DAYS = 7


def day_month_year(anchor: date, month: int, day: int, future: bool = False) -> int:
    """The year of 'June 10' with no year: the one putting it nearest the anchor.

    Dates are written without a year only when the reader can tell, i.e. within
    a few months either side of publication. News mostly reports the past, so
    a date after the anchor counts as twice as far unless the tense is future
    (then a date before it does).
    """

    if future and min(_distance(anchor, year, month, day) for year in (anchor.year - 1, anchor.year)) > _RECENT_DAYS:
        # A date still to come is the next one, however far ("will run from Dec. 20",
        # written in March): a year is written when the next one is not meant. Only a
        # day in the week before stays in the past (a misread tense costs little there).
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1

    def cost(year: int) -> int:
        gap = _distance(anchor, year, month, day)
        later = (year, month, day) > (anchor.year, anchor.month, anchor.day)
        return gap * 2 if later != future else gap

    return min((anchor.year, anchor.year - 1, anchor.year + 1), key=cost)


def _distance(anchor: date, year: int, month: int, day: int) -> int:
    """Days between anchor and the date, with February 29 read as March 1 off leap years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        month, day = 3, 1
    try:
        return abs((date(year, month, day) - anchor).days)
    except ValueError:
        return 10**6


def two_digit_year(digits: int, anchor: date | None) -> int:
    """'98 -> 1998: the century putting the year within 50 years of the anchor.

    Without an anchor, 00-29 read as 20xx and 30-99 as 19xx (the usual pivot).
    """
    if anchor is None:
        return 2000 + digits if digits < 30 else 1900 + digits
    base = anchor.year - anchor.year % 100 + digits
    candidates = (base - 100, base, base + 100)
    return min(candidates, key=lambda year: (abs(year - anchor.year), year))


def period(value: str) -> tuple[Granularity, date, date] | None:
    """The calendar period a TIMEX3 DATE value names, or None if it names none.

    '2025-W23' -> (WEEK, 2025-06-02, 2025-06-08); '199' -> (DECADE, 1990-01-01,
    1999-12-31). Times ('2025-06-10TMO') reduce to their day. Vague values
    ('PRESENT_REF', 'XXXX-06', 'P3Y') give None: they cannot be placed.
    """
    try:
        return _period(value.split("T", 1)[0])
    except ValueError:
        return None


def _period(value: str) -> tuple[Granularity, date, date] | None:
    if match := _DAY.fullmatch(value):
        day = date(*map(int, match.groups()))
        return Granularity.DAY, day, day
    if match := _WEEK.fullmatch(value):
        weekend = value.endswith("-WE")
        first = date.fromisocalendar(int(match[1]), int(match[2]), 6 if weekend else 1)
        return Granularity.WEEK, first, first + timedelta(days=1 if weekend else 6)
    if match := _MONTH.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        last = calendar.monthrange(year, month)[1]
        return Granularity.MONTH, date(year, month, 1), date(year, month, last)
    if match := _SEASON.fullmatch(value):
        return _season_period(int(match[1]), match[2])
    if match := _QUARTER.fullmatch(value):
        return _months_period(Granularity.QUARTER, int(match[1]), int(match[2]) * 3 - 2, 3)
    if match := _HALF.fullmatch(value):
        return _months_period(Granularity.MONTH, int(match[1]), int(match[2]) * 6 - 5, 6)
    if match := _YEAR.fullmatch(value):
        year = int(match[1])
        return Granularity.YEAR, date(year, 1, 1), date(year, 12, 31)
    if match := _DECADE.fullmatch(value):
        decade = int(match[1]) * 10
        return Granularity.DECADE, date(max(decade, 1), 1, 1), date(decade + 9, 12, 31)
    return None


def _months_period(
    granularity: Granularity, year: int, first_month: int, months: int
) -> tuple[Granularity, date, date]:
    end_year, end_month = shift_month(year, first_month, months - 1)
    last = calendar.monthrange(end_year, end_month)[1]
    return granularity, date(year, first_month, 1), date(end_year, end_month, last)


def _season_period(year: int, code: str) -> tuple[Granularity, date, date]:
    first, last = _SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    end_day = calendar.monthrange(end_year, last)[1]
    return Granularity.SEASON, date(year, first, 1), date(end_year, last, end_day)


def season_name(code: str) -> str:
    """'SU' -> 'summer'."""
    return _SEASON_NAMES[code]
