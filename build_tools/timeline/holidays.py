"""Handlers for holidays and days named after events: Christmas, Easter, Thanksgiving, '9/11'.

Fixed-date holidays, those counted in their year (Easter by the Gregorian
computus, US Thanksgiving and Election Day by weekday), and days news names
after what happened on them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from build_tools.timeline import normalise as nz
from build_tools.timeline.handlers import Context, Hit, _relative

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
