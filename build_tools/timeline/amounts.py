"""Handlers for years, decades, clock times, amounts of time, recurrences and vague references."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from build_tools.timeline import normalise as nz
from build_tools.timeline.anchor_units import unit_value
from build_tools.timeline.grammar import MONTHS, WEEKDAYS
from build_tools.timeline.handlers import (
    _REFS,
    _SET_WORDS,
    _UNIT_CODES,
    _UNIT_FACTORS,
    NO_ANCHOR,
    Context,
    Hit,
    _number,
    _relative,
    _year,
)
from build_tools.timeline.tense import _tenses

# What follows a number that is a count, not a year: "1500 troops", "2000 people".
# A plural noun after the number counts it ("1500 troops"); a verb in -s does not ("2024 was a
# record", "2025 looks better").
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|[a-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)(?<!\bsays)(?<!\blooks)(?<!\bseems)"
    r"(?<!\bremains)|-)",
    re.IGNORECASE,
)
_YEAR_CUES = frozenset(
    {
        "in", "since", "by", "until", "from", "of", "during", "before", "after", "early", "late",
        "mid", "through", "fiscal", "year", "end", "summer", "winter", "spring", "fall", "autumn",
    }
)
# A number in a name: a stock index ("the Russell 2000", "the S&P 1500") or a
# product ("Windows 2000"), common in market news, is no year.
_NAMED_NUMBER = re.compile(r"\b(?:Russell|Russel|Wilshire|S&P|Windows)\s+$")
# A car's make after a year: the model year of a car in a police report, no date.
# Makes that are also names of people or things ("Ford", "Lincoln", "Mercury") count
# only after no "the" or year cue (see `year`): "the 1976 Ford campaign" stays a year.
_CAR_MAKE = re.compile(
    r"\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Chrysler|Jeep|GMC|Buick|Cadillac|Pontiac"
    r"|Oldsmobile|Hyundai|Kia|Mazda|Subaru|Volkswagen|VW|BMW|Mercedes|Audi|Volvo|Lexus|Acura|Infiniti"
    r"|Tesla|Porsche|Plymouth|Mitsubishi|Lincoln|Mercury)\b"
)
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
    "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip


def year(m: re.Match[str], ctx: Context) -> Hit | None:
    """A bare 4-digit year, unless it reads as a count ('1500 troops', '$2000')."""
    if m["year"][:1].isalpha():
        return Hit("DATE", f"{_year(m['year'], ctx.anchor):04d}")
    number = int(m["year"])
    after = ctx.text[ctx.end : ctx.end + 12]
    if after[:1] in ".," and after[1:2].isdigit():
        return None  # "closed at 2082.1", "2,500": a number, not a year
    cue = ctx.previous_word()
    if _COUNT_AFTER.match(after) and cue not in _YEAR_CUES and not (cue == "the" and 1800 <= number < 2100):
        # "the 1992 protests", "the 2000 Olympics": a count after "the" would have its
        # comma ("the 1,500 troops"), a year does not.
        return None
    if number < 1000 or number > 2999 or _NAMED_NUMBER.search(ctx.text, max(0, ctx.start - 10), ctx.start):
        return None
    if _CAR_MAKE.match(ctx.text, ctx.end) and cue not in _YEAR_CUES and cue != "the":
        return None  # "his 1987 Chevrolet Cavalier", "a silver 2015 Honda": a model year
    return Hit("DATE", f"{number:04d}")


def fiscal_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """'fiscal 1989', 'the year 2000', 'the year two thousand', 'FY25' (capitals only)."""
    if m["yy"]:
        if not m.group().startswith("FY"):
            return None  # "fy 25" in lower case is no fiscal year
        return Hit("DATE", f"{_year(m['yy'], ctx.anchor):04d}")
    word = m["year"].lower()
    return Hit("DATE", "2000" if word == "two thousand" else f"{int(word):04d}")


def edge_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """'mid-1996', 'the end of 1990', 'post-1959': the year itself (TimeML puts the edge in a modifier)."""
    return Hit("DATE", f"{int(m['year']):04d}")


def decade(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the 1990s' -> '199'; "the '90s", 'the 90s' and 'the nineties': the latest such decade."""
    word = m["decade"].lower().replace("the", "").strip().rstrip("s").rstrip("'’")
    if word in (w.rstrip("s") for w in _DECADE_WORDS):
        if ctx.text[ctx.start : ctx.start + 4].lower() != "the ":
            return None  # "in his forties" is an age
        full = _latest_decade(next(v for k, v in _DECADE_WORDS.items() if k.rstrip("s") == word) * 10, ctx)
    elif word.startswith(("'", "’")):
        full = _latest_decade(int(word[1:3]), ctx)
    elif len(word) == 2:  # "the 70s"
        if _TEMPERATURE.match(ctx.text, ctx.end) or _WEATHER.search(ctx.before(60)):
            return None  # "highs in the 70s": degrees
        full = _latest_decade(int(word), ctx)
    else:
        full = int(word[:4])
    return Hit("DATE", f"{full // 10:03d}")


def _latest_decade(tens: int, ctx: Context) -> int:
    """The first year of the latest decade ending in `tens` that has begun by the anchor:
    written in 2025, "the 70s" are the 1970s and "the 20s" the 2020s (a decade named by
    two digits is one the reader has seen)."""
    if ctx.anchor is None:
        return nz.two_digit_year(tens, None)
    year = ctx.anchor.year - ctx.anchor.year % 100 + tens
    return year - 100 if year > ctx.anchor.year else year


_TEMPERATURE = re.compile(r"\s*(?:°|degrees\b|[FC]\b)")
_WEATHER = re.compile(r"\b(?:temperatures?|highs|lows|temps|weather|forecasts?|thermometers?)\b", re.IGNORECASE)


def century(m: re.Match[str], ctx: Context) -> Hit | None:
    """'the 20th century' -> '19'."""
    number = int(m["ord"])
    return Hit("DATE", f"{number - 1:02d}") if 0 < number < 100 else None


def clock(m: re.Match[str], ctx: Context) -> Hit | None:
    """'10:30 a.m.' on the anchor's day (or the day named after it) -> 2025-06-10T10:30."""
    hour, minute = _clock_parts(m["clock"].lower())
    if hour is None or (m["clock"][:1] in "nN" and _HIGH.search(ctx.before(8))):
        return None  # "high noon": a showdown, not twelve o'clock
    spoken = _LATE_PART.search(m["clock"].lower()) or m["clock"].lower().endswith("morning")
    if spoken and ctx.previous_word() not in _CLOCK_CUES:
        return None  # "ranked 4 in the morning ratings": a bare number needs "at 4 in the morning"
    when = (m["when"] or "").lower()
    if not when:  # "10:30 a.m. local time (0130 GMT) on Monday": both on Monday
        later = _PAREN_THEN_DAY.match(ctx.text, ctx.end)
        when = "" if later is None else later["day"].lower()
    if hour == 0 and when and m["clock"].lower().startswith("midnight"):
        hour = 24  # "midnight Friday": the end of Friday (TimeML's T24), not its first minute
    # TIMEX3 marks Coordinated Universal Time with "Z"; other zones are left out.
    utc = "Z" if re.search(r"\b(?:UTC|GMT)$", m["clock"]) else ""
    time = f"T{hour:02d}:{minute:02d}{utc}"
    if not when and ctx.anchor is None:
        return Hit("TIME", "", NO_ANCHOR)

    def make(anchor: date) -> str | None:
        day = _clock_day(anchor, when, ctx)
        return None if day is None else nz.day_value(day) + time

    hit = _relative("TIME", ctx, make)
    # A time with no day named is on the day the text is telling about.
    return hit if when else replace(hit, from_reference=("day", 0, 0))


# A weekday after a time given twice, as wire services write it, in local time and
# in GMT: "at 10:30 a.m. local time (0130 GMT) on Monday". The first time reads past
# the parentheses, the second out of them.
_PAREN_THEN_DAY = re.compile(
    r"(?:\s*\([^()]{1,25}\)|\))\s*,?\s*(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_HIGH = re.compile(r"\bhigh\s+$", re.IGNORECASE)
_LATE_PART = re.compile(r"(?:afternoon|evening|night)$")
_CLOCK_CUES = frozenset({"at", "by", "until", "till", "before", "after", "around", "about", "from", "to", "since"})


def _clock_parts(clock: str) -> tuple[int | None, int]:
    if clock.startswith(("noon", "midday")):
        return 12, 0
    if clock.startswith("midnight"):
        return 0, 0
    found = re.match(r"(\d\d)(\d\d)\s+(?:gmt|utc)|(\d{1,2})(?::(\d\d))?\s*([ap])?", clock)
    if found is None:
        return None, 0
    if found[1]:  # "0800 UTC": hours and minutes run together
        return int(found[1]), int(found[2])
    hour, minute = int(found[3]), int(found[4] or 0)
    later = found[5] == "p" or _LATE_PART.search(clock) is not None  # "8 in the evening", "10 at night"
    if later and hour < 12 and not (clock.endswith("night") and hour < 5):  # "2 at night" is 2 a.m.
        hour += 12
    elif found[5] == "a" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else (None, 0)


def _clock_day(anchor: date, when: str, ctx: Context) -> date | None:
    if when in ("", "today"):
        return anchor
    if when in ("yesterday", "tomorrow"):
        return nz.shift_day(anchor, -1 if when == "yesterday" else 1)
    word = when.split()[0].rstrip(".")
    if word in WEEKDAYS:
        return nz.weekday_near(anchor, WEEKDAYS[word], ctx.deadline() or ctx.future())
    month, day = MONTHS[word], int(re.sub(r"\D", "", when.split()[1]))
    try:
        return date(nz.day_month_year(anchor, month, day), month, day)
    except ValueError:
        return None


def duration(m: re.Match[str], ctx: Context) -> Hit | None:
    """'three years' -> P3Y, 'six-month' -> P6M, 'the past two weeks' -> P2W, 'several days' -> PXD."""
    unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
    raw = m["num"].lower()
    if raw in ("a", "an") and unit == "second":
        return None  # "a second round": an ordinal
    if raw in ("a", "an") and ctx.previous_word() in _SET_CUES:
        return Hit("SET", _amount(1, unit), trim_start=0)
    if raw in ("a", "an") and _RATE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return None  # "$2 million a year", "four flights a week": a rate, a quantity
    if raw == "one" and unit == "day" and m.group().lower() == "one day" and ctx.previous_word() in _SOMEDAY_CUES:
        return Hit("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not 24 hours
    amount = _number(raw)
    if unit == "weekend" or _AGE.match(ctx.text, ctx.end) or _is_fraction(m, unit, raw, ctx):
        return None
    if _PER_UNIT.match(ctx.text, ctx.end):
        return None  # "open 24 hours a day", "three days a week": how often, not a stretch of time
    if amount is not None and (m["half"] or m["half2"]):
        amount += 0.5  # "2 1/2 years", "an hour and a half"
    if _from_now(m, unit, amount, ctx):  # "will be sentenced in two weeks": that week
        steps = int(amount or 0)
        return _relative("DATE", ctx, lambda a: unit_value(a, unit, steps))
    return Hit("DURATION", _amount(amount, unit), trim_start=_adjectival_article(m, raw))


def _from_now(m: re.Match[str], unit: str, amount: float | None, ctx: Context) -> bool:
    """True for "in two weeks" in future tense: the time that far from the publication.

    TimeML values it as a date ("will be redeemed in five years" is five years on);
    in past tense ("the second letter in two weeks") it is an amount of time.
    """
    if amount is None or amount != int(amount) or amount < 1 or unit not in ("day", "week", "month", "year"):
        return False
    if m["lead"] or m.group().lower().startswith("the") or ctx.previous_word() != "in":
        return False  # "in the next two weeks": a stretch of time
    return ctx.future() and not _AGE.match(ctx.text, ctx.end)


_SOMEDAY_CUES = frozenset(
    {"will", "would", "could", "might", "may", "can", "shall", "should", "to", "he", "she", "they", "we", "i", "you"}
)
# "24 hours a day", "two days per week": a share of each day or week, a rate.
_PER_UNIT = re.compile(
    r"\s+(?:a|an|per)\s+(?:day|night|week|month|year)\b(?!\s+(?:after|before|later|earlier|ago)\b)", re.IGNORECASE
)
# "52 years old": an age, which TimeML leaves unannotated.
_AGE = re.compile(r"\s+old\b", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?!\d)", re.IGNORECASE)


def _is_fraction(m: re.Match[str], unit: str, raw: str, ctx: Context) -> bool:
    """'three-quarters of its food', 'a quarter of the market': a share, not three months."""
    if unit != "quarter" or raw not in ("a", "an", "one", "three"):
        return False
    return (m["unit"].lower().endswith("s") and "-" in m.group()) or bool(_OF_NOUN.match(ctx.text, ctx.end))


_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)


def _adjectival_article(m: re.Match[str], raw: str) -> int:
    """Length of a leading article to leave out of a prenominal duration.

    TimeML marks the duration, not the noun phrase it modifies: in "a
    five-year plan" or "the two-day visit" the expression is "five-year",
    "two-day". A singular unit after a number above one shows that use.
    """
    if raw in ("a", "an") or m["unit"].lower().endswith("s") or m["lead"]:
        return 0
    article = _ARTICLE.match(m.group())
    return article.end() if article else 0


# An amount, perhaps counting a plural noun, just before "a year": a rate.
_RATE = re.compile(
    r"(?:\d[\d,.]*|million|billion|trillion|thousand|hundred|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)
_SET_CUES = frozenset({"once", "twice", "times", "per", "percent", "%"})


def _amount(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration for `amount` units: P3Y, PT5H, P20Y for two decades, PXD if vague."""
    code = _UNIT_CODES[unit]
    if amount is None:
        return f"PX{code[-1]}" if not code.startswith("T") else f"PTX{code[-1]}"
    amount *= _UNIT_FACTORS.get(unit, 1)
    whole = int(amount)
    if amount != whole and code in _SMALLER:
        # TIMEX3 writes fractions in the next smaller unit: P2Y6M, PT1H30M.
        per, smaller = _SMALLER[code]
        rest = round((amount - whole) * per)
        head = _amount(whole, unit) if whole else ("PT" if code.startswith("T") else "P")
        if not smaller.startswith("T"):
            return f"{head}{rest}{smaller}"
        return f"{head}{'' if 'T' in head else 'T'}{rest}{smaller[-1]}"
    shown = f"{amount:g}"
    return f"PT{shown}{code[-1]}" if code.startswith("T") else f"P{shown}{code}"


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
"""For a fractional amount: how many of which smaller unit make one of this unit."""


def ago(m: re.Match[str], ctx: Context) -> Hit | None:
    """'two days ago' -> that day; 'three weeks earlier' -> that ISO week; 'several years ago' -> PAST_REF."""
    unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
    amount = _number(m["num"])
    if m["from"]:
        if amount is None or ctx.previous_word() in _LASTING:  # "will last a week from Monday": a length
            return Hit("DURATION", _amount(amount, unit), trim_end=m.end() - m.end("unit"))
        return _from_day(m["from"].lower().rstrip("."), unit, amount, ctx)
    sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    if m["dir"].lower() == "later" or (m["dir"].lower() == "earlier" and unit in _SHORT_UNITS):
        # "three days later", "a day earlier" count from an event, not from the
        # publication date: TimeML marks the amount of time ("three days").
        trim = m.end() - m.end("unit") if m["dir"].lower() == "later" else 0
        return Hit("DURATION", _amount(amount, unit), trim_end=trim)
    if amount is None:
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("second", "minute", "hour"):
        return None  # "two hours ago": a time of day we cannot place
    if amount != int(amount):
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    steps = int(amount) * _UNIT_FACTORS.get(unit, 1) * sign
    base = {"fortnight": "week", "night": "day", "decade": "year", "century": "year"}.get(unit, unit)
    hit = _relative("DATE", ctx, lambda a: unit_value(a, base, steps))
    if base == "year" and steps < 0:
        return replace(hit, years_before_quarter=-steps)
    return hit


def _from_day(word: str, unit: str, amount: float | None, ctx: Context) -> Hit | None:
    """'a week from Friday', 'two days from tomorrow': that many days, weeks or months after
    the day named (a weekday the coming one: the phrase looks ahead)."""
    if amount != int(amount or 0.5) or unit not in ("day", "week", "fortnight", "month"):
        return None
    steps = int(amount) * (14 if unit == "fortnight" else 7 if unit == "week" else 1)

    def make(anchor: date) -> str | None:
        if word in WEEKDAYS:
            day = nz.weekday_near(anchor, WEEKDAYS[word], True)
        else:
            day = nz.shift_day(anchor, 1 if word == "tomorrow" else 0)
        if day is None:
            return None
        if unit == "month":
            year, month = nz.shift_month(day.year, day.month, steps)
            day = day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
            return nz.day_value(day)
        moved = nz.shift_day(day, steps)
        return None if moved is None else nz.day_value(moved)

    return _relative("DATE", ctx, make)


_LASTING = frozenset({"last", "lasts", "lasted", "lasting", "for", "run", "runs", "take", "takes"})
_SHORT_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight"})


def unit_long(m: re.Match[str], ctx: Context) -> Hit | None:
    """'day-long' -> P1D, 'decades-long' -> PXY (an unknown number of decades), 'single-day' -> P1D."""
    unit = (m["unit"] or m["unit2"]).lower()
    return Hit("DURATION", _amount(None if m["many"] else 1, unit))


_RATE_BEFORE = re.compile(
    r"(?:\d%|\d\s+percent|\d\s+(?:units|barrels|tons|cars|vehicles)|\baverage)\s+$", re.IGNORECASE
)


# What may stand just before a sentence's first word (or nothing): "He said: \"Daily life ...\"".
_OPENERS = ("", '"', "'", "“", "‘", "`", "(", ":", "-", "—")


def set_(m: re.Match[str], ctx: Context) -> Hit | None:
    """'daily' -> P1D, 'every month' -> P1M, 'each quarter' -> P1Q, 'every four years' -> P4Y,
    'every other week' -> P2W.

    A rate ("rise 8.5% annually", "10,000 units annually") or an average
    ("average daily volume") is a quantity, which TimeML leaves unannotated.
    """
    if m["word"]:
        if _RATE_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
            return None
        if m["word"][:1].isupper() and ctx.before().rstrip()[-1:] not in _OPENERS:
            return None  # "China Daily", "the Atlantic Monthly": capitalised inside a sentence, a title
        return Hit("SET", _SET_WORDS[m["word"].lower()])
    if m["other"]:
        return Hit("SET", _amount(2, m["other"].lower()))
    if m["units"]:
        return Hit("SET", _amount(_number(m["count"]), m["units"].lower().rstrip("s")))
    unit = m["unit"].lower()
    if m.group()[:3].lower() == "per" and _RATE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return None  # "10 aircraft per month", "$19 per hour": a quantity, as "$2 million a year"
    return Hit("SET", "P1D" if unit in ("night", "morning") else _amount(1, unit))


def ref(m: re.Match[str], ctx: Context) -> Hit | None:
    """'now', 'currently' -> PRESENT_REF; 'recently', 'the then-current' -> PAST_REF; 'the future' -> FUTURE_REF."""
    word = " ".join(m["ref"].lower().replace("-", " ").split())
    if m["ref"] == "Now" and ctx.text.startswith(",", ctx.end) and not ctx.before(30).strip():
        return None  # "Now, he says, ...": a discourse marker opening the sentence, not a time
    if word in ("the past", "the future") and _COUNTED.match(ctx.text, ctx.end):
        return None  # "for the past three summers": a count of seasons, not the past at large
    if word == "soon" and m["ref"][0] == "S" and ctx.before(30).strip(" \"'“‘("):
        return None  # "Kim Soon": a name inside the sentence
    if word in _AHEAD and _past_step(ctx):
        # "he was soon released", "a trickle that soon became a flood", "was settled at a later
        # date": a past story's next step, no time of the writer's
        return None
    return Hit("DATE", _REFS[word])


_AHEAD = frozenset({"soon", "a later date", "a later time", "a later stage"})


def _past_step(ctx: Context) -> bool:
    """True when the verb next to "soon" is past: "was soon released", "soon became", "Soon, the rains came".

    Only the two words before it and the one after count (in "he said it would end soon" the
    past verb is the attribution's, in "applied soon in selected markets" the participle is
    an adjective), or, for "Soon," opening a sentence, its clause.
    """
    before = ctx.before(30)
    cues = list(_tenses(" ".join(before.split()[-2:])))
    if cues:
        return cues[-1] == "past"
    after = ctx.after(30)
    if before.strip(" \"'“‘("):
        after = " ".join(after.split(",")[0].split()[:1])
    return next(_tenses(after), None) == "past"


# A count and a plural noun: "the past [three summers]", "the past [several seasons]".
_COUNTED = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+[a-z]+s\b", re.IGNORECASE
)


def year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    """'by year-end' -> the last day of the anchor's year; 'since year-end' -> of the year before."""
    back = 1 if ctx.previous_word() == "since" else 0
    return _relative("DATE", ctx, lambda a: f"{a.year - back:04d}-12-31")


def recent_units(m: re.Match[str], ctx: Context) -> Hit | None:
    """'recent years' -> PXY, 'the coming months', 'the weeks ahead' -> PXM: an unknown number of units."""
    unit = m["unit"] or m.groupdict().get("unit2") or ""
    return Hit("DURATION", _amount(None, unit.lower().rstrip("s")))


def year2(m: re.Match[str], ctx: Context) -> Hit | None:
    """"'98" and "in 99": two-digit years, read in the century nearest the anchor."""
    digits = m["yy"] or m["yy2"]
    return Hit("DATE", f"{_year(digits, ctx.anchor):04d}")
