"""Find time expressions in text and normalise them against the publication date.

`tag(text, anchor)` scans the text once with the grammar's combined pattern
and lets each rule's handler (in `handlers`) turn a hit into a TIMEX3 value.

Without an anchor (the publication date is unknown) only expressions that name
the calendar on their own get values ("June 10, 2025", "1998", "the 1990s",
"three years"); relative ones ("yesterday", "last week", "June 10") are still
returned, so their span is known, but with value "" and a warning: nothing
may place them on a timeline.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from build_tools.timeline import amounts, anaphora, anchor_units, handlers, holidays, quarters
from build_tools.timeline.grammar import FOLDS_ODDLY, LOWER_SCANNER, PARSERS

# How far back (characters) a named quarter still anchors "a year earlier":
# about two sentences, the span of one comparison in an earnings report.
_REFERENCE_REACH = 400
# How far back a named month anchors "the same period last year": one sentence.
_MONTH_REACH = 150
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_UNIT_TO_UNIT = re.compile(r"-(?:to|over|on|by)-(?:day|week|month|quarter|year)\b", re.IGNORECASE)


class TimexType(enum.Enum):
    """TIMEX3 types: a calendar date, a time of day, a length of time, a recurrence."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


# Not frozen (never changed all the same: a new value is a `replace`d copy), like Hit:
# each hit makes one and often copies it, and a frozen dataclass's __init__ sets every
# field through object.__setattr__ (find_events: 11.5M -> 10.9M instructions per capture).
@dataclass(slots=True)
class Timex:
    """One time expression: its span in the text and its TIMEX3 value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    """TIMEX3 value ('2025-06-10', '2025-W23', 'P3Y', 'PRESENT_REF'); '' when unknown."""
    warning: str | None = None
    """Why the value is missing or doubtful (impossible date, weekday contradicting its date)."""


_HANDLERS: dict[str, handlers.Handler] = {
    "iso": handlers.iso,
    "numeric": handlers.numeric,
    "attacks_day": holidays.attacks_day,
    "clock": amounts.clock,
    "week_of": handlers.week_of,
    "month_week": anchor_units.month_week,
    "wd_date": handlers.wd_date,
    "date_rel": handlers.date_rel,
    "date_md": handlers.date_md,
    "date_dm": handlers.date_md,
    "month_span": quarters.month_span,
    "month_year": handlers.month_year,
    "month_rel": handlers.month_rel,
    "rel_month": handlers.rel_month,
    "season": anchor_units.season,
    "recent_units": amounts.recent_units,
    "bare_units": amounts.recent_units,
    "quarter": quarters.quarter,
    "q_short": quarters.q_short,
    "ago_period": quarters.ago_period,
    "year_period": quarters.year_period,
    "rel_quarter": quarters.rel_quarter,
    "year_ago": quarters.year_ago,
    "year_end": amounts.year_end,
    "decade": amounts.decade,
    "century": amounts.century,
    "fiscal_year": amounts.fiscal_year,
    "edge_year": amounts.edge_year,
    "streak": anaphora.streak,
    "ago": amounts.ago,
    "duration": amounts.duration,
    "unit_long": amounts.unit_long,
    "rel_day": anchor_units.rel_day,
    "this_part": anchor_units.this_part,
    "the_day": anaphora.the_day,
    "anaphoric": anaphora.anaphoric,
    "edge_rel": anchor_units.edge_rel,
    "weekday": anchor_units.weekday,
    "edge_unit": anchor_units.edge_unit,
    "the_unit": quarters.the_unit,
    "holiday": holidays.holiday,
    "set": amounts.set_,
    "month": handlers.month,
    "year": amounts.year,
    "year2": amounts.year2,
    "ref": amounts.ref,
}
"""Each grammar rule's handler, by rule name."""


def tag(text: str, anchor: date | None) -> list[Timex]:
    """Return the time expressions of `text`, in order, normalised against `anchor`.

    Args:
        text: any text; offsets in the result are `str` indices into it.
        anchor: the publication date that relative expressions count from,
            or None when unknown (relative expressions then get value '').
    Returns:
        Non-overlapping Timex objects sorted by start. Never raises on odd
        input: impossible dates come back with a warning and no value.
    """
    found: list[Timex] = []
    discourse = _Discourse(anchor)
    folded = _fold(text)
    for match in LOWER_SCANNER.finditer(folded.lower()):
        rule = match.lastgroup
        read = None if rule is None else _read(rule, match, folded, text, anchor)
        if read is None:
            continue
        timex, back = discourse.resolve(*read)
        timex, second = _day_edges(timex, text)
        if found:
            found[-1], timex = _range(found[-1], timex, text)
            timex = _period_end(found[-1], timex, folded, anchor)
        discourse.note(timex, back)  # after the edges: "the day before Tuesday" names Monday
        if _UNIT_TO_UNIT.match(folded, timex.end):
            # "The quarter-to-quarter comparison", "a year-over-year basis": no time of
            # their own, though the quarter compared still anchors "a year ago" after it.
            continue
        found.append(timex)
        if second is not None:
            found.append(second)
    return found


class _Discourse:
    """What the text has named so far: the reference times of the expressions after it.

    `resolve` gives a freshly read expression that counts from an earlier one
    ("a year earlier", "the following year") its value; `note` then keeps what
    the expression names for the ones after it.
    """

    __slots__ = ("anchor", "day", "month", "quarter", "told", "topic")

    def __init__(self, anchor: date | None) -> None:
        self.anchor = anchor
        self.quarter: Timex | None = None  # the last quarter named: the reference time of "a year earlier"
        self.told: str | None = None  # the last calendar date named: the reference time of "the following year"
        self.month: Timex | None = None  # the last month named: "the same period last year" without a quarter
        self.day: str | None = None  # the last day named, with or without a time of day
        self.topic: str | None = None  # the first quarter named that has begun: the one a report is about

    def resolve(self, timex: Timex, hit: handlers.Hit) -> tuple[Timex, int]:
        """`timex` counted from what was named before it, and its years before a quarter
        (`hit.years_before_quarter`, 0 for the quarter being reported named again)."""
        back = hit.years_before_quarter
        if back == quarters.THAT_QUARTER:
            if self.topic is not None:
                timex = replace(timex, value=self.topic)
            back = 0  # the quarter being reported, named again: a reference like its first naming
        quarter, month = self.quarter, self.month
        if back and quarter is not None and timex.start - quarter.end < _REFERENCE_REACH:
            timex = _years_before_quarter(timex, back, quarter)
        elif hit.same_month and month is not None and timex.start - month.end < _MONTH_REACH:
            # "sales rose in February from the same period last year": that month, a year back.
            year, number = month.value.split("-")
            timex = replace(timex, value=f"{int(year) - back:04d}-{number}")
        if hit.from_reference is not None:
            moved = self._from_reference(hit.from_reference)
            if moved:  # keep a time of day: "at 6 a.m." on the day told about
                timex = replace(timex, value=moved + timex.value[10:] if timex.value[10:11] == "T" else moved)
        return timex, back

    def note(self, timex: Timex, back: int) -> None:
        """Keep what `timex` names (`back` as `resolve` returned it) for the expressions after it."""
        value = timex.value
        if not back and _QUARTER_VALUE.fullmatch(value) and _reported(value, self.anchor):
            # A year-ago quarter is a comparison, not the new topic: the next
            # "a year earlier" still counts from the quarter being reported.
            self.quarter = timex
            self.topic = self.topic or value
        if _CALENDAR_VALUE.fullmatch(value):
            self.told = value
        if _DAY_VALUE.match(value):
            self.day = value[:10]
        if _MONTH_VALUE.fullmatch(value) and not back:
            self.month = timex

    def _from_reference(self, reference: tuple[str, int, int]) -> str | None:
        """The value counted from the last date named (`told`), else from the last day named.

        A day can only be counted from a day: "stocks rose on Friday, though jobs fell
        in March ... the Dow ended the day higher" means Friday, not March (which is too
        coarse) nor the publication date.
        """
        for value in (self.told, self.day):
            moved = None if value is None else anaphora.from_reference(value, *reference)
            if moved:
                return moved
        return None


def _years_before_quarter(timex: Timex, back: int, quarter: Timex) -> Timex:
    """`timex` as `quarter` `back` years before ("a year earlier"), or as its year or its
    quarter of the year `timex` names (`quarters.YEAR_OF_QUARTER`, `SAME_QUARTER_IN_YEAR`)."""
    year, number = quarter.value.split("-Q")
    if back == quarters.YEAR_OF_QUARTER:
        return replace(timex, value=year)
    written = timex.value if back == quarters.SAME_QUARTER_IN_YEAR else f"{int(year) - back:04d}"
    return replace(timex, value=f"{written}-Q{number}")


# The characters that fold oddly (see grammar.FOLDS_ODDLY), as the letter they match:
# one character for one, so offsets hold. Rules and handlers then read plain letters
# ('ſunday' once reached the weekday table as 'ſunday' and raised KeyError).
_PLAIN_LETTERS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s"})


def _fold(text: str) -> str:
    """`text` with the oddly folding characters as plain letters: the scanner then runs
    case-sensitively on its lowercase (~3x faster than case-blind), with the same hits."""
    return text if FOLDS_ODDLY.search(text) is None else text.translate(_PLAIN_LETTERS)


# "the day before Tuesday's hearing": one day off the day named.
_DAY_AROUND = re.compile(r"(?:the\s+)?day\s+(before|after)\s+$", re.IGNORECASE)
# "April 24 and 25", "March 5-6": a second day of the same month. Not a count
# or an amount ("May 3 and 4 percent", "June 1 and 2 million shares").
_NEXT_DAY = re.compile(
    r"(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\w%$/:-]|[.,]\d|\s*(?:percent|per|million|billion|thousand|hundred|cents|[ap]\.?m\b|[a-z]+s\b))",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _day_edges(timex: Timex, text: str) -> tuple[Timex, Timex | None]:
    """Widen a day to "the day before/after" it, and read a coordinated second day after it."""
    day = _DAY_VALUE.match(timex.value)
    if day is None:
        return timex, None
    around = _DAY_AROUND.search(text, max(0, timex.start - 16), timex.start)
    if around is not None:
        moved = date.fromisoformat(day.group()) + timedelta(days=1 if around[1].lower() == "after" else -1)
        start = around.start()
        timex = replace(timex, start=start, text=text[start : timex.end], value=moved.isoformat() + timex.value[10:])
    after = _NEXT_DAY.match(text, timex.end) if text[timex.end - 1 : timex.end].isdigit() else None
    if after is None or timex.value[10:]:
        return timex, None
    try:
        second = date(int(day[1]), int(day[2]), int(after["day"]))
    except ValueError:
        return timex, None
    if second.day <= int(day[3]):
        return timex, None  # "May 30 to 2": not a later day of the same month
    start, end = after.span("day")
    return timex, Timex(start, end, text[start:end], TimexType.DATE, second.isoformat())


# "from June 14 to July 14", "between Dec. 20 and Jan. 5": the end of a range.
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOINS = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def _range(first: Timex, end: Timex, text: str) -> tuple[Timex, Timex]:
    """The two ends of a range of days or months, one of them read without a year.

    Each end alone takes its year from the tense, and in a sentence without any cue
    ("the festival runs from June 14 to July 14", in March) the nearer July 14 is the
    last one: a range cannot end before it begins, nor a year after. An end written
    with its year gives the start its year ("from Oct. 28 to Nov. 2, 2019").
    """
    if (
        len(end.value) not in (7, 10)
        or len(first.value) != len(end.value)
        or not _CALENDAR_VALUE.fullmatch(end.value)
        or not _CALENDAR_VALUE.fullmatch(first.value)
        or _WRITTEN_YEAR.search(first.text)
        or not _RANGE_JOINS.fullmatch(text, first.end, end.start)
        or not _RANGE_OPENS.search(text, max(0, first.start - 10), first.start)
    ):
        return first, end
    later = end.value[4:] < first.value[4:]
    if _WRITTEN_YEAR.search(end.text):
        return replace(first, value=f"{int(end.value[:4]) - later:04d}{first.value[4:]}"), end
    return first, replace(end, value=f"{int(first.value[:4]) + later:04d}{end.value[4:]}")


_PERIOD_VALUE = re.compile(r"\d{4}-[QH][1-4]|P\d+[YMW]")


def _period_end(period: Timex, end: Timex, text: str, anchor: date | None) -> Timex:
    """The month or day that ends a period, in the period's year (`quarters.period_end_year`).

    TimeML keeps "the quarter ended Sept. 30" as two expressions, but one date: read
    alone, "June" in "Sales fell 3% in the quarter ending in June" (in March) was
    the coming June, as a month a few months ahead with no past verb next to it is,
    while the quarter was last year's. "To" joins only after "the" ("the 12 months
    to June 30"): "postponed two weeks to March 3" names no period.
    """
    joint = quarters.ENDS_AT.fullmatch(text, period.end, end.start)
    if (
        anchor is None
        or joint is None
        or not _PERIOD_VALUE.fullmatch(period.value)
        or not _DAY_OR_MONTH.fullmatch(end.value)
        or _WRITTEN_YEAR.search(end.text)
        or (joint["verb"].lower() == "to" and not period.text.lower().startswith("the "))
    ):
        return end
    month, day = int(end.value[5:7]), int(end.value[8:10]) if len(end.value) == 10 else None
    future = handlers.Context(text, period.start, period.end, anchor).future()
    year = quarters.period_end_year(period.value, joint["verb"], month, day, anchor, future)
    return end if year is None else replace(end, value=f"{year:04d}{end.value[4:]}")


_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _reported(value: str, anchor: date | None) -> bool:
    """True for a quarter that has begun by the anchor: one a company can report on."""
    if anchor is None:
        return True
    year, number = value.split("-Q")
    return (int(year), int(number)) <= (anchor.year, (anchor.month - 1) // 3 + 1)


def _read(
    rule: str, match: re.Match[str], folded: str, text: str, anchor: date | None
) -> tuple[Timex, handlers.Hit] | None:
    """Re-match one scanner hit against its own rule and ask the rule's handler for a value
    (both read `folded`; the expression's text is taken from `text`)."""
    # Re-match inside the whole text so the rule's look-behinds see what precedes it.
    parts = PARSERS[rule].fullmatch(folded, match.start(), match.end())
    if parts is None:  # the rule's groups cannot disagree with the scan; be safe anyway
        return None
    context = handlers.Context(folded, match.start(), match.end(), anchor)
    try:
        hit = _HANDLERS[rule](parts, context)
    except (ValueError, OverflowError) as error:
        # Calendar arithmetic past year 1 or 9999 (an absurd anchor): keep the
        # expression, say why it has no value.
        hit = handlers.Hit("DATE", "", f"cannot normalise: {error}")
    if hit is None:
        return None
    start = match.start() + hit.trim_start
    end = match.end() - hit.trim_end
    timex = Timex(start, end, text[start:end], TimexType(hit.type), hit.value, hit.warning)
    return timex, hit
