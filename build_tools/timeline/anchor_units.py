"""Handlers for days, weeks, months, years and seasons counted from the anchor.

Weekdays ('last Friday'), 'today' and 'yesterday', parts of the anchor's day
('this morning'), 'last week', 'the end of the decade', seasons ('last fall');
`unit_value` gives the calendar unit holding the anchor, moved, for the other
modules too.

Direction follows news convention: a bare weekday or month is the latest one
on or before the publication date unless the sentence speaks of the future.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from build_tools.timeline import normalise as nz
from build_tools.timeline.grammar import WEEKDAYS
from build_tools.timeline.handlers import (
    _PARTS,
    Context,
    Hit,
    _is_capitalised,
    _month,
    _relative,
    _year,
    bare_month_year,
)

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


def edge_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the end of the decade', 'the start of the week': the unit holding the anchor.

    TimeML gives the edge of a period the period's value (the edge goes in a modifier),
    as for "the end of 1990" and "late last year".
    """
    unit = m["unit"].lower()
    return _relative("DATE", ctx, lambda a: unit_value(a, unit, 0))


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


def season(m: re.Match[str], ctx: Context) -> Hit | None:
    """'summer 2024' -> 2024-SU; 'last fall'; 'this summer'; 'in the spring' (by tense)."""
    code = nz.SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return Hit("SET", f"XXXX-{code}")
    if m["year"]:
        return Hit("DATE", f"{_year(m['year'], ctx.anchor):04d}-{code}")
    has_the = ctx.text[ctx.start : ctx.start + 4].lower() == "the "
    cue = ctx.previous_word()
    if not rel and not m["edge"] and not (has_the and cue in _SEASON_CUES):
        return None
    if cue == "into" and not rel and _NOUN_AFTER.match(ctx.text, ctx.end):
        return None  # "looked into the winter storm damage": the season names a storm, not a time
    future = rel == "next" or (not rel and ctx.future())
    return _relative("DATE", ctx, lambda a: f"{_season_year(a, code, rel, future):04d}-{code}")


# "well into the summer", "lasted into the autumn" name the season as "in" does,
# but only at the end of a phrase (`_NOUN_AFTER`).
_SEASON_CUES = frozenset({"in", "into", "during", "by", "until", "since", "over", "through", "throughout", "for"})
# A lower-case word after the season that is no preposition, conjunction or verb
# of its own: "the winter storm", "the summer camp".
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|but|when|as|before|after|with|to|for|at|on|in|is|was|were|will|had|has|months?)\b)[a-z]"
)
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


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def month_week(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the last week of March', 'the first weekend of June': that ISO week (weekend).

    A month's first week is the one holding its first Thursday (most of its days are
    the month's, as ISO counts a year's first week), its last the one holding its last
    Thursday; a weekend is counted by its Saturday. The month's year, when not written,
    as for the month alone ("in March").
    """
    if not _is_capitalised(m["mon"]):
        return None
    number, future = _month(m["mon"]), ctx.future()
    weekday = 5 if m["end"] else 3
    order = _WEEK_ORDINALS.get(m["ord"].lower(), 0)

    def make(anchor: date) -> str:
        year = _year(m["year"], anchor) if m["year"] else bare_month_year(number, ctx, anchor, future)
        first = date(year, number, 1)
        if order:
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (order - 1))
        else:
            last = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
        return nz.week_value(day) + ("-WE" if m["end"] else "")

    if m["year"] and ctx.anchor is None:
        return Hit("DATE", make(date(int(m["year"]), number, 1)))
    return _relative("DATE", ctx, make)
