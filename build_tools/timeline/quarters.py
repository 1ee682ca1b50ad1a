"""Handlers for the periods of earnings reports: quarters, halves, fiscal years, year-ago comparisons.

'The third quarter', 'Q3 2025', 'the quarter ended July 31', 'the year-ago
quarter', 'the same period last year'; 'the year', 'the full year', 'the year
ended March 31' (`the_unit`, whose rule also reads 'the weekend'). Many of them
name the quarter being reported rather than one counted from the anchor: the
handler marks its `Hit` (`years_before_quarter`, the markers below) and the
tagger puts in the quarter named before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from build_tools.timeline import normalise as nz
from build_tools.timeline.anchor_units import unit_value
from build_tools.timeline.grammar import MONTH_PATTERN, MONTHS, ORDINALS
from build_tools.timeline.handlers import Context, Hit, _relative

_ENDED = re.compile(r"\s+(?:ended|ending|to)\b", re.IGNORECASE)
# What joins a period to the month or day it ends: "the quarter ended Sept. 30", "the year
# ending in March", "the quarter that ended on June 30", "the 12 months to June 30".
_JOINT = r",?\s+(?:(?:that|which)\s+)?(?P<verb>{verbs})\s+(?:(?:in|on)\s+)?"
ENDS_AT = re.compile(_JOINT.format(verbs="ended|ending|ends|to"), re.IGNORECASE)
# The quarter's own end, read to number it: "the quarter ended July 31" (not "to").
_ENDED_ON = re.compile(
    _JOINT.format(verbs="ended|ending|ends")
    + rf"(?P<mon>{MONTH_PATTERN})(?:\s+(?P<day>\d\d?)(?!\d))?(?:\s?,?\s+(?P<year>[12]\d{{3}})\b)?(?!\s*\d)",
    re.IGNORECASE,
)
_PART_OF_YEAR = re.compile(r"(?P<year>\d{4})-(?P<code>[QH])(?P<number>[1-4])")


def the_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the year', 'the full year', 'the weekend': the unit of the anchor, as TimeML reads them.

    'The year before' is the year before the last one named ("last year ...
    than the year before").

    A year "ended March 31" or "ending June 30" is a twelve-month period
    (P1Y), not a calendar year; a bare "the weekend" is the latest one (or
    the coming one in future tense).
    """
    if m["unit"].lower() == "weekend":
        future = ctx.future()

        def make(anchor: date) -> str | None:
            saturday = nz.weekday_near(anchor, 5, future)
            return None if saturday is None else nz.week_value(saturday) + "-WE"

        return _relative("DATE", ctx, make)
    if m["prev"]:  # "the year before": the year before the one told about
        hit = _relative("DATE", ctx, lambda a: f"{a.year - 1:04d}")
        return replace(hit, from_reference=("year", -1, 0))
    if _ENDED.match(ctx.text, ctx.end):
        return Hit("DURATION", "P1Y")
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("latest", "most recent"):  # "the latest fiscal year": the last one complete
        return _relative("DATE", ctx, lambda a: f"{a.year - 1:04d}")
    hit = _relative("DATE", ctx, lambda a: f"{a.year:04d}")
    if mod in ("full", "whole", "entire"):
        # "a fourth-quarter loss ... and for the full year": the year of the
        # quarter being reported (last year's, in a January report).
        return replace(hit, years_before_quarter=YEAR_OF_QUARTER)
    return hit


def quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the third quarter' -> 2025-Q3; 'last year's fourth quarter'; 'the first half' -> H1.

    A quarter later in the year than the anchor's, in past tense, is last
    year's (a January report on "the fourth quarter").
    """
    unit = " ".join(m["unit"].lower().split())
    code = "Q" if unit == "quarter" else "H"  # "the first two quarters" is the first half
    word = m["ord"].lower()
    number = ORDINALS.get(word) or (4 if code == "Q" else 2)  # "final", "last", "latter"
    if code == "H" and number > 2:
        return None
    if m["year"] or m["year0"]:
        return Hit("DATE", f"{int(m['year'] or m['year0']):04d}-{code}{number}")
    rel = (m["rel"] or m["rel2"] or "").lower()
    if code == "H" and not rel and _MATCH_WORDS.search(f"{ctx.before(_MATCH_REACH)} {ctx.after(_MATCH_REACH)}"):
        return None  # "scored twice in the first half": a half of a match, no time of the calendar
    if m["rel2"]:  # "the first quarter of last year": that year, whatever the tense
        return _relative("DATE", ctx, lambda a: f"{a.year + _YEAR_SHIFTS[rel]:04d}-{code}{number}")
    shift = _YEAR_SHIFTS[rel] if rel else 0
    future = ctx.future()

    def make(anchor: date) -> str:
        current = nz.quarter_of(anchor) if code == "Q" else (anchor.month + 5) // 6
        # Two or more quarters ahead in past tense: last year's (a January
        # report on "the fourth quarter"); one ahead is this year's coming one.
        late = number - current >= 2 and not future and not m["rel"]
        return f"{anchor.year + shift - late:04d}-{code}{number}"

    return _relative("DATE", ctx, make)


# Words of a match report: the half around them is one of the game.
_MATCH_WORDS = re.compile(
    r"\b(?:scor(?:ed|es|ing)|goalless|half-?time|touchdowns?|penalty kick|strikers?|equali[sz](?:ed|er)"
    r"|\d+(?:st|nd|rd|th) minute|innings|kick-?off|trailed|fouled|sent off|red card|yellow card|free kick"
    r"|the (?:match|visitors|hosts)|three-pointers?|field goals?)\b",
    re.IGNORECASE,
)
_MATCH_REACH = 100
_YEAR_SHIFTS = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}


def month_span(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the October-December period' -> 2024-Q4, 'the January-June period' -> H1: the
    quarter or half its months make up, in the year its last month has by the tense.

    Other spans ("the March-May period") have no TIMEX3 value: their first month stands for them.
    """
    if not (m["mon"][:1].isupper() and m["mon2"][:1].isupper()):
        return None
    first, last = MONTHS[m["mon"].lower().rstrip(".")], MONTHS[m["mon2"].lower().rstrip(".")]
    if last - first == 2 and first % 3 == 1:
        part = f"-Q{(first + 2) // 3}"
    elif last - first == 5 and first in (1, 7):
        part = f"-H{(first + 5) // 6}"
    else:
        last, part = first, f"-{first:02d}"
    future = ctx.future()
    return _relative("DATE", ctx, lambda a: f"{nz.month_near(a, last, future):04d}{part}")


def ago_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the same period last year', 'the quarter a year ago': the reported quarter a year back.

    The tagger replaces the value with the quarter named just before, a year
    earlier, when there is one; alone it is last year.
    """
    hit = _relative("DATE", ctx, lambda a: f"{a.year - 1:04d}")
    return replace(hit, years_before_quarter=1, same_month=True)


def year_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the 1988 quarter', 'the 1989 period': the quarter being reported, in that year."""
    return Hit("DATE", f"{int(m['year']):04d}", years_before_quarter=SAME_QUARTER_IN_YEAR)


SAME_QUARTER_IN_YEAR = -1
"""`years_before_quarter` marker: keep the year written, take the quarter number from the reference."""
YEAR_OF_QUARTER = -2
"""`years_before_quarter` marker: the year of the reference quarter ('the full year')."""
THAT_QUARTER = -3
"""`years_before_quarter` marker: the reference quarter itself ('the quarter', 'the latest period')."""


def q_short(m: re.Match[str], ctx: Context) -> Hit | None:
    """'Q3 2025', 'H1 2025' (the capital keeps 'q3' in codes and handles out)."""
    if m["half"]:  # written with its year only: a bare "H1" is as often a visa or a heading
        return Hit("DATE", f"{int(m['hyear']):04d}-H{m['half']}") if "H" in m.group() else None
    if "Q" not in m.group():
        return None
    if m["year"]:
        return Hit("DATE", f"{int(m['year']):04d}-Q{m['ord']}")
    number = int(m["ord"])
    future = ctx.future()

    def make(anchor: date) -> str:
        # As for "the third quarter": two or more quarters ahead in past tense is last
        # year's ("Sales fell in Q3", written in March).
        late = number - nz.quarter_of(anchor) >= 2 and not future
        return f"{anchor.year - late:04d}-Q{number}"

    return _relative("DATE", ctx, make)


def rel_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the quarter', 'the latest quarter': the one the report is about; 'year-ago': a year before it.

    The report's quarter is the first one it named that has begun (the tagger
    puts it in: "its fiscal first quarter" keeps the company's numbering); with
    none named, the last complete calendar quarter.
    """
    if m["tail"]:
        return _this_quarters_results(m, ctx)
    which = (m["which"] or "").lower()
    ended = _ENDED_ON.match(ctx.text, ctx.end)
    if ended and which in ("", "latest", "fiscal"):
        # "the quarter ended July 31" runs May to July: the calendar quarter
        # holding most of it, the one of the month before the end.
        # One still ending ("the quarter ending in June", in future tense) is the next.
        month = MONTHS[ended["mon"].lower().rstrip(".")]
        number = (month - 2) % 12 // 3 + 1
        ahead = ended["verb"].lower() != "ended" and ctx.future()

        def make(anchor: date) -> str:
            day = int(ended["day"]) if ended["day"] else None  # "ended Jan. 31", written Jan. 3: last year's
            year = int(ended["year"]) if ended["year"] else _end_near(anchor, month, day, ahead)
            return f"{year - (month == 1):04d}-Q{number}"

        return _relative("DATE", ctx, make)
    if which == "current":
        return _relative("DATE", ctx, lambda a: unit_value(a, "quarter", 0))
    if which in ("year-earlier", "year-ago"):
        # A comparison: the quarter just reported, a year back (the tagger
        # takes it from the quarter named before, when there is one).
        hit = _relative("DATE", ctx, lambda a: unit_value(a, "quarter", -5))
        return replace(hit, years_before_quarter=1)
    hit = _relative("DATE", ctx, lambda a: unit_value(a, "quarter", -1))
    if which in ("", "latest", "most recent"):
        # "profit in its fiscal first quarter ... orders doubled in the quarter":
        # the quarter the report is about, numbered as the text numbers it.
        return replace(hit, years_before_quarter=THAT_QUARTER)
    return hit


def _this_quarters_results(m: re.Match[str], ctx: Context) -> Hit:
    """"This quarter's loss": the quarter reported when the text named one, else the anchor's.

    The words after it are in the match only to show it is a quarter of results; they are trimmed.
    """
    hit = _relative("DATE", ctx, lambda a: unit_value(a, "quarter", 0))
    return replace(hit, years_before_quarter=THAT_QUARTER, trim_end=len(m["tail"]))


def year_ago(m: re.Match[str], ctx: Context) -> Hit | None:
    """'year-earlier' -> the anchor's year minus one; 'the year-ago quarter' -> that quarter.

    'The year-ago period' is an earnings report's comparison: the latest
    quarter a year back, like 'the year-ago quarter'.
    """
    if m["months"]:  # "the year-earlier nine months": a length of time (the dates are the reader's to infer)
        return Hit("DURATION", "P6M" if m["months"].lower() == "six" else "P9M")
    if m["ord"]:  # "the year-ago third quarter": that quarter, in the year before its latest one
        number = ORDINALS[m["ord"].lower()]
        return _relative("DATE", ctx, lambda a: f"{a.year - 1 - (number > nz.quarter_of(a)):04d}-Q{number}")
    if m["unit"]:
        hit = _relative("DATE", ctx, lambda a: unit_value(a, "quarter", -5))
    else:
        hit = _relative("DATE", ctx, lambda a: f"{a.year - 1:04d}")
    return replace(hit, years_before_quarter=1)


def period_end_year(period: str, verb: str, month: int, day: int | None, anchor: date, future: bool) -> int | None:
    """The year of the month or day that ends a period ('June' in "the quarter ending in June").

    The period's value dates its end when it has one: the second quarter of 2024
    ends in June 2024, and the quarter "ended Jan. 31" (`rel_quarter`: mostly
    November to January, the fourth) in the January after its year. A quarter or
    half whose months do not hold the end is numbered by a fiscal year (a "first
    quarter ended Dec. 31"): None, the end keeps the year it was read with. A
    length of time ("the year ended March 31", "the 12 months to June 30") has no
    year: its end is the latest one by the anchor, or in future tense for a period
    still ending, the next one.

    Args:
        period: the period's TIMEX3 value ('2024-Q2', 'P1Y').
        verb: the word joining them ('ended', 'ending', 'ends', 'to').
        month: the end's month; day: its day, None for a month alone.
        anchor: the publication date; future: the tense around the period.
    """
    part = _PART_OF_YEAR.fullmatch(period)
    if part is None:
        return _end_near(anchor, month, day, future and verb.lower() != "ended")
    size = 3 if part["code"] == "Q" else 6
    last = int(part["number"]) * size
    year = int(part["year"])
    if last - size < month <= last:
        return year
    if month == last % 12 + 1:  # "the quarter ended July 31" (May to July) is the second
        return year + (last == 12)
    return None


def _end_near(anchor: date, month: int, day: int | None, ahead: bool) -> int:
    """The year of the latest end of a period by `anchor` (the next one when `ahead`):
    an end in the anchor's month, or on its day, is this year's either way."""
    end = (month,) if day is None else (month, day)
    now = (anchor.month,) if day is None else (anchor.month, anchor.day)
    if ahead:
        return anchor.year + (end < now)
    return anchor.year - (end > now)
