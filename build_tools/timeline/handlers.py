"""One handler per grammar rule: the matched parts -> a TIMEX3 type and value.

A handler returns None to reject a hit that only looks like a time ("May"
the verb, "1500 troops"); otherwise a `Hit`. Relative expressions need the
anchor: without one they get value '' and a warning saying so.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from build_tools.timeline import normalise as nz
from build_tools.timeline.grammar import MONTHS, NUMBERS, WEEKDAYS
from build_tools.timeline.tense import _AFTER_REACH, _AHEAD_OF, _TENSE_REACH, _tenses

NO_ANCHOR = "relative expression: needs the publication date"

# A closing quote may follow the stop; "a.m." and "p.m." before a lower-case word end
# no sentence ("will open at 7 a.m. and close on Sunday"), nor does a title before a
# name: "He will meet Gen. Smith on Friday" kept "will" out of Friday's sentence,
# which then read as past news (the Friday before).
_TITLE_STOP = (
    r"(?<!\b(?:Mr|Ms|Dr|St|Lt|Mt|Ft|Fr|vs)\.)(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Adm|Maj|Rev)\.)"
    r"(?<!\b(?:Capt|Prof|Cmdr|Supt)\.)"
)
_SENTENCE_END = re.compile(rf"[.!?]{_TITLE_STOP}['\"’”)]*\s(?!\s*\d)(?:(?<![ap]\.m\.\s)|(?!\s*[a-z]))")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "then current": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "once upon a time": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF",
    "a later time": "FUTURE_REF", "a later stage": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
}  # fmt: skip
_SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "semiannually": "P6M", "hourly": "PT1H",
}  # fmt: skip
_UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "Y", "century": "Y", "morning": "D",
}  # fmt: skip
_UNIT_FACTORS = {"fortnight": 2, "decade": 10, "century": 100}
_VAGUE = frozenset({"few", "a few", "several", "some", "many"})


# Not frozen (never changed all the same: handlers return `replace`d copies): one is
# made for every hit, and a frozen dataclass's __init__ sets each of its nine fields
# through object.__setattr__, about twice the cost (see Timex in tagger.py).
@dataclass(slots=True)
class Hit:
    """What a handler makes of a match; `trim_*` shrink the span (e.g. a trailing ')')."""

    type: str
    value: str
    warning: str | None = None
    trim_start: int = 0
    trim_end: int = 0
    years_before_quarter: int = 0
    """For 'a year earlier', 'the year-ago period': when a quarter was just named,
    the value is that quarter this many years before (TimeML's reference time)."""
    from_reference: tuple[str, int, int] | None = None
    """For 'the following year', 'that year': (unit, shift, years back) counted
    from the last calendar date named before it, when there is one (TimeML's
    reference time)."""
    same_month: bool = False
    """For 'the same period last year': with no quarter named just before, the
    month named in the sentence, a year back ("sales rose in February from ...")."""


class Context:
    """Where a match sits: the text around it (for tense and case checks) and the anchor."""

    __slots__ = ("anchor", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int, anchor: date | None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.anchor = anchor

    def before(self, width: int = 60) -> str:
        """The words before the match, back to the start of its sentence."""
        window = self.text[max(0, self.start - width) : self.start]
        cut = list(_SENTENCE_END.finditer(window))
        return window[cut[-1].end() :] if cut else window

    def future(self) -> bool:
        """True when the governing tense is future ("will meet on Friday", "until March")."""
        before = self.before(_TENSE_REACH)
        if _AHEAD_OF.search(before):
            return True  # "ahead of the weekend": still to come, whatever verb governs
        cues = list(_tenses(before))
        if cues:
            return cues[-1] == "future"
        return next(_tenses(self.after(_AFTER_REACH)), None) == "future"

    def close_past(self, width: int = 30) -> bool:
        """True when a past-tense cue sits right next to the match ("closed in September").

        Only the few words either side count: a verb further away usually
        governs another clause ("announced a deal to close in January").
        """
        cues = list(_tenses(self.before(width)))
        if not cues:
            return next(_tenses(self.after(width)), None) == "past"
        return cues[-1] == "past"

    def after(self, width: int = 50) -> str:
        """The words after the match, up to the end of its sentence."""
        window = self.text[self.end : self.end + width]
        cut = _SENTENCE_END.search(window)
        return window[: cut.start()] if cut else window

    def deadline(self) -> bool:
        """True after "until": a limit still ahead ("postponed until Tuesday morning").

        Not when a past verb follows it ("Until Thursday, they had not ...").
        """
        if self.previous_word() not in ("until", "till"):
            return False
        return next(_tenses(self.after(30)), None) != "past"

    def previous_word(self) -> str:
        words = self.before(30).split()
        return words[-1].lower().strip("\"'“‘(") if words else ""


Handler = Callable[[re.Match[str], Context], Hit | None]


def _relative(type_: str, ctx: Context, make: Callable[[date], str | None]) -> Hit:
    """A Hit whose value needs the anchor: '' plus a warning when there is none."""
    if ctx.anchor is None:
        return Hit(type_, "", NO_ANCHOR)
    value = make(ctx.anchor)
    if value is None:
        return Hit(type_, "", "date out of the calendar's range")
    return Hit(type_, value)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year(word: str, anchor: date | None) -> int:
    """A 4-digit year, or a two-digit one ("'98") read near the anchor."""
    if word[:1].isalpha():
        return spoken_year(word)
    digits = word.lstrip("'’")
    if len(digits) == 2:
        return nz.two_digit_year(int(digits), anchor)
    return int(digits)


def spoken_year(words: str) -> int:
    """'nineteen ninety-six' -> 1996, 'nineteen hundred' -> 1900: the century, then the rest."""
    century, rest = words.lower().split(None, 1)
    return NUMBERS[century] * 100 + (0 if rest.strip() == "hundred" else int(_number(rest) or 0))


def _number(word: str) -> float | None:
    """'twenty-four' -> 24, '1.5' -> 1.5, vague quantities ('several') -> None."""
    word = word.lower().replace("-", " ")
    if word in _VAGUE:
        return None
    if word in NUMBERS:
        return NUMBERS[word]
    try:
        return float(word)
    except ValueError:
        pass
    total = 0
    for part in word.split():
        if part not in NUMBERS:
            return None
        total += NUMBERS[part]
    return total


def _day_hit(year: int | None, month: int, day: int, ctx: Context) -> Hit:
    """A calendar date from its parts; the year from the anchor when not written."""
    if year is None:
        if ctx.anchor is None:
            return Hit("DATE", "", NO_ANCHOR)
        year = nz.day_month_year(ctx.anchor, month, day, ctx.future() or ctx.deadline())
        word = ctx.previous_word()
        if (year, month, day) > (ctx.anchor.year, ctx.anchor.month, ctx.anchor.day) and word == "ended":
            # "the year ended Jan. 31": a period that has ended, so on or
            # before the publication (other past verbs often govern a
            # future date: "said it will pay Nov. 16").
            year -= 1
        if word in ("last", "next"):  # "last Oct. 23": the latest one before the anchor
            ahead = (month, day) > (ctx.anchor.month, ctx.anchor.day)
            year = ctx.anchor.year - (ahead if word == "last" else -1 + ahead)
    try:
        return Hit("DATE", nz.day_value(date(year, month, day)))
    except ValueError:
        name = calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
        return Hit("DATE", "", f"no such date: {name} {day}, {year}")


def _day_parts(m: re.Match[str], ctx: Context) -> tuple[int | None, int, int]:
    """(year or None, month, day) from a date_md/date_dm match or either half of wd_date."""
    groups = m.groupdict()
    month = groups.get("mon") or groups["mon2"]
    day = groups.get("day") or groups["day2"]
    written = groups.get("year") or groups.get("year2")
    year = _year(written, ctx.anchor) if written else None
    return year, _month(month), int(re.sub(r"\D", "", day))


def iso(m: re.Match[str], ctx: Context) -> Hit | None:
    hit = _day_hit(int(m["year"]), int(m["mon"]), int(m["day"]), ctx)
    if m["hour"] and hit.value:
        return Hit("TIME", f"{hit.value}T{m['hour']}:{m['min']}")
    return hit


def numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    month, day = int(m["mon"]), int(m["day"])
    if month > 12:  # day/month order, as outside the US
        month, day = day, month
    return _day_hit(_year(m["year"], ctx.anchor), month, day, ctx)


def date_md(m: re.Match[str], ctx: Context) -> Hit | None:
    if not _is_capitalised(m.groupdict().get("mon") or m["mon2"]):
        return None
    year, month, day = _day_parts(m, ctx)
    if year is None and (month, day) == (9, 11) and _ATTACKS.match(ctx.text, ctx.end):
        return Hit("DATE", "2001-09-11")  # "the September 11 attacks": the day is their name
    return _day_hit(year, month, day, ctx)


_ATTACKS = re.compile(r"(?:\s*,)?\s+(?:terror(?:ist)?\s+)?attacks?\b", re.IGNORECASE)


def wd_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """'Tuesday (Jun 10)': the date decides; a weekday that disagrees is reported."""
    if not _is_capitalised(m["mon"] or m["mon2"]):
        return None
    hit = _day_hit(*_day_parts(m, ctx), ctx)
    trim = len(m[0]) - len(m[0].rstrip(" )")) if "(" not in m[0] else 0
    if not hit.value:
        return Hit(hit.type, hit.value, hit.warning, trim_end=trim)
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    actual = date.fromisoformat(hit.value)
    warning = None
    if actual.weekday() != weekday:
        warning = (
            f"weekday contradicts date: {m['wd']} given, but {hit.value} "
            f"is a {calendar.day_name[actual.weekday()]}"
        )
    return Hit("DATE", hit.value, warning, trim_end=trim)


def week_of(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the week of March 6': the ISO week holding that day, as TimeML values it;
    'the weekend of June 7-8': that week's weekend."""
    if not _is_capitalised(m["mon"]):
        return None
    hit = _day_hit(*_day_parts(m, ctx), ctx)
    if not hit.value:
        return hit
    return Hit("DATE", nz.week_value(date.fromisoformat(hit.value)) + ("-WE" if m["end"] else ""))


def date_rel(m: re.Match[str], ctx: Context) -> Hit | None:
    """'Feb. 3 last year', 'Jan. 15 this year': that day of the year named after it."""
    if not _is_capitalised(m["mon"] or m["mon2"]):
        return None
    if ctx.anchor is None:
        return Hit("DATE", "", NO_ANCHOR)
    _, month, day = _day_parts(m, ctx)
    return _day_hit(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()], month, day, ctx)


def month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if not _is_capitalised(m["mon"]):
        return None
    return Hit("DATE", nz.month_value(_year(m["year"], ctx.anchor), _month(m["mon"])))


def month_rel(m: re.Match[str], ctx: Context) -> Hit | None:
    """'November of this year', 'June last year'."""
    if not _is_capitalised(m["mon"]):
        return None
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return _relative("DATE", ctx, lambda a: nz.month_value(a.year + shift, _month(m["mon"])))


def rel_month(m: re.Match[str], ctx: Context) -> Hit | None:
    """'last July' (the latest July before the anchor's month), 'next May', 'each July'."""
    if not _is_capitalised(m["mon"]):
        return None
    month, rel = _month(m["mon"]), m["rel"].lower()
    if rel in ("each", "every"):
        return Hit("SET", f"XXXX-{month:02d}")

    def make(anchor: date) -> str:
        if rel == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
            if (month - anchor.month) % 12 == 11:
                # The month just ended is "last month"; "last February" written
                # in March is the February of the year before.
                year -= 1
        elif rel == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        return nz.month_value(year, month)

    return _relative("DATE", ctx, make)


def month(m: re.Match[str], ctx: Context) -> Hit | None:
    """A bare month name; its year from the anchor and the tense of the sentence."""
    word = m["mon"]
    if not _is_capitalised(word) or len(word.rstrip(".")) < 3:
        return None
    if _EVENT_NAME.match(ctx.text, ctx.end):
        return None  # "the March for Life", "the March of the Mothers": an event's name
    doubtful = _looks_like_name(ctx) or (word.lower() == "may" and not m["edge"])
    if doubtful and not _month_context(ctx):
        return None
    number = _month(word)
    future = ctx.future()
    return _relative("DATE", ctx, lambda anchor: nz.month_value(bare_month_year(number, ctx, anchor, future), number))


def bare_month_year(number: int, ctx: Context, anchor: date, future: bool) -> int:
    """The year of month `number` named without one, by the tense (`future`) and the words around it."""
    ahead = (number - anchor.month) % 12
    # A month named without a year one to three months ahead of the
    # publication is the coming one unless a past verb governs it:
    # last year's would be written "last December" (TimeBank: 13 of 16).
    soon = 0 < ahead <= _UPCOMING_MONTHS and not ctx.close_past()
    # "by February", "until mid-November": a deadline, so ahead of the
    # writer when it is within half a year.
    deadline = 0 < ahead <= 6 and ctx.previous_word() in _DEADLINE_WORDS
    return nz.month_near(anchor, number, future or soon or deadline)


_UPCOMING_MONTHS = 3
_EVENT_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]")
_DEADLINE_WORDS = frozenset({"by", "until", "till", "through"})


def _looks_like_name(ctx: Context) -> bool:
    """'Theresa May', 'April Glaspie': a month name next to another capitalised word."""
    after = ctx.text[ctx.end : ctx.end + 2]
    before = ctx.before(20).rstrip()
    previous = before.split()[-1] if before else ""
    prev_cap = previous[:1].isupper() and previous not in _DETERMINERS and not before.endswith((".", ":"))
    return prev_cap or (after[:1] == " " and after[1:2].isupper())


# Capitalised only because they open a sentence: "The March accession", "This May's vote".
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Each", "Every"})


def _month_context(ctx: Context) -> bool:
    return ctx.previous_word() in {"in", "since", "until", "by", "during", "of", "from", "through", "early", "late"}
