"""Handlers for expressions counted from the last date named: 'the following year', 'that day'.

TimeML's reference time: 'the same month a year ago', 'stocks ended the day
higher', 'the eighth day of the strike'. Each handler's own value counts from
the anchor; its `Hit.from_reference` tells the tagger how to count from the
last calendar date named instead, with `from_reference`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from build_tools.timeline import normalise as nz
from build_tools.timeline.anchor_units import _weekday_from, unit_value
from build_tools.timeline.handlers import Context, Hit, _relative

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
