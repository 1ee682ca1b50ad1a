"""Handlers for expressions counted from the anchor: weekdays, 'last week', quarters, seasons.

Direction follows news convention: a bare weekday or month is the latest one
on or before the publication date unless the sentence speaks of the future.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from build_tools.timeline import normalise as nz
from build_tools.timeline.grammar import MONTH_PATTERN, MONTHS, ORDINALS, WEEKDAYS
from build_tools.timeline.handlers import _PARTS, Context, Hit, _relative, _year

_SHIFTS = {
    "last": -1, "the past": -1, "this past": -1, "the previous": -1, "this": 0, "the current": 0,
    "next": 1, "the coming": 1, "the following": 1,
}  # fmt: skip


def weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    """'Tuesday', 'last Friday', 'Tuesday morning' (a TIME), 'each Thursday', 'Tuesday nights' (SETs)."""
    number = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = " ".join((m["rel"] or "").lower().split())
    rel = "last" if rel == "this past" else rel  # "this past Sunday": the last one
    part = f"T{_PARTS[m['part'].lower()]}" if m["part"] else ""
    if rel in ("each", "every") or m["days"] or m["parts"]:
        return Hit("SET", f"XXXX-WXX-{number + 1}{part}")
    if rel.startswith("the"):  # "the previous Friday": the one before the day told about
        shift = 1 if rel.endswith("following") else -1
        hit = _relative("TIME" if part else "DATE", ctx, lambda a: _weekday_from(a, number, shift, part))
        return replace(hit, from_reference=(f"weekday{number}", shift, 0))
    future = rel in ("next", "coming", "this coming") or (rel != "last" and (ctx.deadline() or ctx.future()))

    def make(anchor: date) -> str | None:
        if rel == "this":  # "this Sunday": that day of the publication's week, like "this week"
            return nz.day_value(anchor + timedelta(days=number - anchor.weekday())) + part
        start = anchor + timedelta(days=1 if rel == "next" else -1 if rel == "last" else 0)
        day = nz.weekday_near(start, number, future)
        return None if day is None else nz.day_value(day) + part

    return _relative("TIME" if part else "DATE", ctx, make)


def _weekday_from(day: date, number: int, shift: int, part: str = "") -> str | None:
    """The `number` weekday strictly after (`shift` 1) or before (-1) `day`."""
    ahead, behind = (number - day.weekday()) % 7 or 7, (day.weekday() - number) % 7 or 7
    found = nz.shift_day(day, ahead if shift > 0 else -behind)
    return None if found is None else nz.day_value(found) + part


def rel_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """'today', 'yesterday', 'tonight', 'late yesterday', 'yesterday morning'."""
    word = m["day"].lower()
    if word == "today" and _GENERIC_TODAY.match(ctx.text, ctx.end):
        return None  # "today's world", "many of today's computers": nowadays, not a day
    if m["day"] == "Today" and _NAME_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None  # "USA Today", "VOA Today": a title
    era = word in ("today", "tomorrow") and not m["part"]
    if era and _GENERIC_OF.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None  # "the cars of tomorrow", "the world of today": an era, not a day
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}[word]
    named = m["part"] or m["part0"]  # "yesterday morning", "mid-afternoon yesterday"
    part = _PARTS[named.lower()] if named else "NI" if word in ("tonight", "last night") else ""

    def make(anchor: date) -> str | None:
        day = nz.shift_day(anchor, offset)
        return None if day is None else nz.day_value(day) + (f"T{part}" if part else "")

    return _relative("TIME" if part else "DATE", ctx, make)


def this_part(m: re.Match[str], ctx: Context) -> Hit | None:
    """'this morning', 'by mid-afternoon': the anchor's day, that part of it.

    'In morning trading' (afternoon, evening; 'trade', 'deals') is that part of the
    day told about, as market reports write it.

    'In the morning' is that part of the day told about ("stocks fell on Friday ...
    buyers came in the morning"); "the morning" elsewhere is too often no time
    ("the morning paper", "the morning of the attack").
    """
    code = _PARTS[(m["part"] or m["part2"] or m["part3"]).lower()]
    hit = _relative("TIME", ctx, lambda a: f"{nz.day_value(a)}T{code}")
    if m["part3"]:  # "shares rose in morning trading": a market report's day
        return replace(hit, from_reference=("day", 0, 0), trim_end=len(m["trade"]))
    if ctx.text[ctx.start : ctx.start + 3].lower() != "the":
        return hit
    if ctx.previous_word() not in ("in", "during") or _OF_AFTER.match(ctx.text, ctx.end):
        return None
    return replace(hit, from_reference=("day", 0, 0))


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


# "today's" before a noun for people or the times in general means nowadays;
# TimeML leaves it unannotated (a day's news, "today's editions", keeps it).
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:world|society|youth|generation|young|children|kids|culture|standards"
    r"|technology|computers|consumers?)\b",
    re.IGNORECASE,
)
# "of tomorrow" after a noun, but not "as of tomorrow" (a real date) nor a
# day's own "the morning of tomorrow".
_GENERIC_OF = re.compile(r"(?<!\bas)(?<!\bmorning)(?<!\bevening)(?<!\bnight)\s+of\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.&]*[ \t]+$")
_QUOTE_BEFORE = re.compile(r"(?:[\"“]|``)$")


def edge_rel(m: re.Match[str], ctx: Context) -> Hit | None:
    """'last week' -> the ISO week before the anchor's; 'earlier this month'; 'next year'.

    A quoted title ('ABC's "This Week"'), both words capitalised, is a name.
    """
    if m["unit"][:1].isupper() and m["rel"][:1].isupper() and _QUOTE_BEFORE.search(ctx.text, 0, ctx.start):
        return None
    rel = " ".join(m["rel"].lower().split())
    shift = _SHIFTS[rel]
    unit = m["unit"].lower()
    if rel == "the past" and unit in ("decade", "century") and not m["edge"]:
        # "over the past decade": the ten years up to now, like "the past two decades" (P20Y)
        return Hit("DURATION", "P10Y" if unit == "decade" else "P100Y")
    return _relative("DATE", ctx, lambda a: unit_value(a, unit, shift))


_ANAPHORIC_SHIFTS = {
    "that": 0, "the same": 0, "the following": 1, "the next": 1, "the preceding": -1, "the prior": -1,
}  # fmt: skip


def anaphoric(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the following year', 'that year', 'the same day', 'the next day': from the last date named.

    The handler's own value counts from the anchor (used when no date was
    named before); the tagger replaces it from the reference when there is one.
    """
    words = m.group().lower().split()
    if words[0] in ("later", "earlier"):
        words = words[1:]
    unit = m["unit"].lower()
    shift = _ANAPHORIC_SHIFTS[" ".join(words[: words.index(unit)])]
    if m["back"]:  # "the same month a year ago": the month told about, a year back
        hit = _relative("DATE", ctx, lambda a: unit_value(a, "year", -1))
        return replace(hit, from_reference=(unit, shift, 1))
    hit = _relative("DATE", ctx, lambda a: unit_value(a, unit, shift))
    return replace(hit, from_reference=(unit, shift, 0))


def the_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """'stocks ended the day higher': the last day named, else the anchor's."""
    hit = _relative("DATE", ctx, lambda a: nz.day_value(a))
    return replace(hit, from_reference=("day", 0, 0))


def streak(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the eighth day of the strike', 'a third straight week': the day (week) told about.

    A run counted up to now ends on the day of writing, or on the last day the
    text named; a run still to come ("his second day in office") cannot be placed.
    """
    if ctx.future():
        return None
    unit = m["unit"].lower()
    hit = _relative("DATE", ctx, lambda a: unit_value(a, unit, 0))
    # "The strike, which began on Feb. 27, is in its third week": the day named is the
    # run's first, and its third week the second after that one.
    started = _RUN_STARTED.search(ctx.before(_RUN_REACH))
    return replace(hit, from_reference=(unit, _ordinal(m["ord"]) - 1 if started else 0, 0))


# A verb naming the start of a run, then (the tagger takes it as the last day named) its day.
_RUN_STARTED = re.compile(r"\b(?:began|begun|started|broke\s+out|erupted|opened|went\s+on\s+strike)\s+(?:on\s+)?\S")
_RUN_REACH = 120
_ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _ordinal(word: str) -> int:
    """'third' -> 3, '12th' -> 12."""
    word = word.lower()
    return _ORDINAL_WORDS.get(word) or int(word.rstrip("ndrth"))


def from_reference(told: str, unit: str, shift: int, years_back: int = 0) -> str | None:
    """`unit` `shift` steps from the date value `told` ('1995-05-22', 'year', 1 -> '1996').

    `years_back` moves `told` that many years earlier first ("the same month
    a year ago"). None when `told` is coarser than the unit (a year named,
    then "the following day").
    """
    parts = [int(part) for part in told.split("-")]
    parts[0] -= years_back
    if years_back and parts[1:] == [2, 29]:
        parts[2] = 28
    if unit == "year":
        return f"{parts[0] + shift:04d}"
    if unit == "month" and len(parts) >= 2:
        return nz.month_value(*nz.shift_month(parts[0], parts[1], shift))
    if len(parts) == 3:
        try:
            if unit.startswith("weekday"):
                return _weekday_from(date(*parts), int(unit[7:]), shift)
            return unit_value(date(*parts), unit, shift)
        except ValueError:
            return None
    return None


def unit_value(anchor: date, unit: str, shift: int) -> str | None:
    """The calendar unit holding the anchor, moved by `shift` units, as a TIMEX3 value."""
    if unit in ("day", "night"):
        day = nz.shift_day(anchor, shift)
        return None if day is None else nz.day_value(day)
    if unit in ("week", "weekend"):
        day = nz.shift_day(anchor, 7 * shift)
        if day is None:
            return None
        return nz.week_value(day) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return nz.month_value(*nz.shift_month(anchor.year, anchor.month, shift))
    if unit == "quarter":
        year, quarter = nz.shift_quarter(anchor.year, nz.quarter_of(anchor), shift)
        return f"{year:04d}-Q{quarter}"
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    return None


_ENDED = re.compile(r"\s+(?:ended|ending|to)\b", re.IGNORECASE)
# "the quarter ended July 31", "the quarter ending in June", "the quarter that ends in June".
_ENDED_ON = re.compile(
    rf",?\s+(?:(?:that|which)\s+)?(?P<verb>ended|ending|ends)\s+(?:in\s+)?(?P<mon>{MONTH_PATTERN})"
    r"(?:\s+\d\d?(?!\d))?(?:\s?,?\s+(?P<year>[12]\d{3})\b)?(?!\s*\d)",
    re.IGNORECASE,
)


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


def edge_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the end of the decade', 'the start of the week': the unit holding the anchor.

    TimeML gives the edge of a period the period's value (the edge goes in a modifier),
    as for "the end of 1990" and "late last year".
    """
    unit = m["unit"].lower()
    return _relative("DATE", ctx, lambda a: unit_value(a, unit, 0))


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
            if ended["year"]:
                year = int(ended["year"])
            elif ahead:
                year = anchor.year + (month < anchor.month)
            else:
                year = anchor.year - (month > anchor.month)
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


def season(m: re.Match[str], ctx: Context) -> Hit | None:
    """'summer 2024' -> 2024-SU; 'last fall'; 'this summer'; 'in the spring' (by tense)."""
    code = nz.SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return Hit("SET", f"XXXX-{code}")
    if m["year"]:
        return Hit("DATE", f"{_year(m['year'], ctx.anchor):04d}-{code}")
    has_the = ctx.text[ctx.start : ctx.start + 4].lower() == "the "
    if not rel and not m["edge"] and not (has_the and ctx.previous_word() in _SEASON_CUES):
        return None
    future = rel == "next" or (not rel and ctx.future())
    return _relative("DATE", ctx, lambda a: f"{_season_year(a, code, rel, future):04d}-{code}")


_SEASON_CUES = frozenset({"in", "during", "by", "until", "since", "over", "through", "throughout", "for"})
_SEASON_FIRST = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(anchor: date, code: str, rel: str, future: bool) -> int:
    first = _SEASON_FIRST[code]
    started = anchor.month >= first
    ended = anchor.month >= first + 3 and code != "WI"
    if rel in ("last", "past"):
        return anchor.year if ended else anchor.year - 1
    if rel == "next" or future:
        return anchor.year if not started else anchor.year + 1
    if rel == "this":
        return anchor.year
    return anchor.year if started else anchor.year - 1


_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
}  # fmt: skip


_HOLIDAY_AHEAD = 45
# Days from Easter Sunday; Easter week (Holy Week) runs from the Monday before it.
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "easter week": -6}


# The shopping days named after US Thanksgiving (the fourth Thursday of November).
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday of `year`: the anonymous Gregorian computus."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leaps, left = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - leaps - (century - correction + 1) // 3 + 19 * golden + 15) % 30
    week = (32 + 2 * left + 2 * (rest // 4) - moon - rest % 4) % 7
    shift = (golden + 11 * moon + 22 * week) // 451
    month, day = divmod(moon + week - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def attacks_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """'9/11': the day of the September 11 attacks (a date written with its year is `numeric`).

    Not a sports statistic: "shot 9/11 from the field", "went 9/11 at the line".
    """
    if ctx.previous_word() in _SHOT_WORDS:
        return None
    return Hit("DATE", "2001-09-11")


_SHOT_WORDS = frozenset({"scored", "shot", "shooting", "went", "going", "made", "hit", "hitting", "was", "were"})


# Days named after what happened on them, as news names them: Black Monday is the
# stock market crash of 1987 ("a Black Monday", "another Black Monday" are any such day).
_NAMED_DAYS = {"black monday": "1987-10-19"}


def holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    """Fixed-date holidays, US Thanksgiving (and Black Friday, Cyber Monday) and Election Day,
    Easter and its days, in the year the tense points to."""
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if name in _NAMED_DAYS:
        if not m["name"][:1].isupper() or m["rel"] or ctx.previous_word() in ("a", "another"):
            return None
        return Hit("DATE", _NAMED_DAYS[name])
    if (name in _EASTER_DAYS or name in _AFTER_THANKSGIVING) and not m["name"][:1].isupper():
        return None  # "a good friday for markets", "a black friday for the airline"
    rel = (m["rel"] or "").lower()
    future = rel == "next" or (not rel and ctx.future())

    def on(year: int) -> date:
        if name in _EASTER_DAYS:  # "Easter week" is placed by its Monday: under way until Easter
            return easter_sunday(year) + timedelta(days=_EASTER_DAYS[name])
        if name.startswith("thanksgiving") or name in _AFTER_THANKSGIVING:
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21 + _AFTER_THANKSGIVING.get(name, 0))
        if name == "election day":  # US: the Tuesday after the first Monday of November
            first = date(year, 11, 1)
            return first + timedelta(days=(7 - first.weekday()) % 7 + 1)
        return date(year, *_HOLIDAYS[name])

    def make(anchor: date) -> str:
        days = [on(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        coming = next(d for d in days if d >= anchor)
        # A holiday a few weeks ahead is the coming one unless a past verb
        # governs it ("campaign from now to Election Day").
        if future or ((coming - anchor).days <= _HOLIDAY_AHEAD and rel != "last" and not ctx.close_past()):
            day = coming
        else:
            day = [d for d in days if d <= anchor][-1]
        return nz.week_value(day) if name == "easter week" else nz.day_value(day)

    return _relative("DATE", ctx, make)
