"""Dates of publication: a tolerant date parser and inference from an article's text.

Shared by both extractors: the HTML side parses meta-tag values with
`parse_date_string`; text captures have no metadata, so `infer_published_from_text`
reads the date stamp under the headline, or reasons from a weekday with a day and
month ("on Tuesday (Jun 10)") and a year written elsewhere ("May 9, 2025").
Nothing here raises on bad input: an impossible or unreadable date is None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from build_tools.model import DateMethod, PublicationDate

# Years outside this range are taken for numbers that only look like years.
FIRST_YEAR, LAST_YEAR = 1900, 2100

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)} | {"sept": 9}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(\d{4})"
_WEEKDAY = (
    r"(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    r"\b\.?"
)

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T[\d:]+)?(?:Z|[+-]\d{2}:?\d{2})?")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}(?:\s+of)?[\s-]+{_MONTH},?[\s-]+{_YEAR}\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")
_BARE_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
# What every pattern `parse_date_string` reads needs (its year), checked before them:
# four searches per line were a tenth of text extraction (lines judged as date stamps).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")

# "Tuesday (Jun 10)", "Tuesday, June 10", "Tuesday 10 June", "Tue., Jun. 10".
_WEEKDAY_MONTH_DAY = re.compile(rf"\b{_WEEKDAY},?\s*\(?\s*{_MONTH}\s+{_DAY}\b\)?(?!,?\s*\d{{4}})", re.IGNORECASE)
_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY},?\s*\(?\s*{_DAY}\s+(?:of\s+)?{_MONTH}\)?(?![,\s]*\d{{4}})", re.IGNORECASE
)

# A date stamp is a short line (a byline or dateline, not a sentence of the article).
STAMP_MAX_WORDS = 16
# ... ending with a full stop only when very short ("Updated 10 June 2025, 10:32 a.m.").
STAMP_SENTENCE_WORDS = 8
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|first published|date)\b", re.IGNORECASE)
_UPDATED_WORD = re.compile(r"\b(?:updated|modified|last updated|edited)\b", re.IGNORECASE)

# Confidence of each kind of evidence. A stamp labelled "Published" is what the
# site says (0.9); an unlabelled date stamp near the headline is usually the
# publication date but may be an update or the page's "today" (0.8); a weekday
# with day and month checked against a full date in the text pins the year
# among the few candidates (0.7); a year from a bare mention (a headline's
# "2025") or only from the caller's hint is weaker (0.55 / 0.5).
CONFIDENCE_LABELLED = 0.9
CONFIDENCE_STAMP = 0.8
CONFIDENCE_WEEKDAY_FULL_DATE = 0.7
CONFIDENCE_WEEKDAY_BARE_YEAR = 0.55
CONFIDENCE_WEEKDAY_HINT = 0.5
# A weekday phrase is matched to a year at most this far from a year seen.
YEAR_SLACK = 1


def parse_date_string(value: str) -> date | None:
    """The first date written in `value`, in ISO, RFC 2822 or English prose forms.

    '2025-06-10T08:00:00+08:00', 'Tue, 10 Jun 2025 08:00:00 GMT', 'June 10, 2025',
    '10 June 2025', '2025/06/10', '20250610', '06/10/2025'. Returns None for
    garbage and impossible dates (February 30), never raises.
    """
    text = value.strip()[:200]
    if _FOUR_DIGITS.search(text) is None:
        return None  # every form holds a year's four digits; most lines asked hold none
    compact = _COMPACT.fullmatch(text)
    if compact:
        return _date(compact[1], compact[2], compact[3])
    found = [(match.start(), reader(match)) for pattern, reader in _READERS if (match := pattern.search(text))]
    found = [(start, day) for start, day in found if day is not None]
    return min(found, key=lambda item: item[0])[1] if found else None


def _date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None
    return found if FIRST_YEAR <= found.year <= LAST_YEAR else None


def _month(name: str) -> int:
    return _MONTHS.get(name.lower().rstrip(".")[:4], _MONTHS.get(name.lower()[:3], 0))


def _numeric(match: re.Match[str]) -> date | None:
    """'06/10/2025': month first as in US usage, unless the first number cannot be a month."""
    first, second = int(match[1]), int(match[2])
    if first > 12:
        return _date(match[3], second, first)
    return _date(match[3], first, second)


_READERS = (
    (_ISO, lambda m: _date(m[1], m[2], m[3])),
    (_MONTH_DAY_YEAR, lambda m: _date(m[3], _month(m[1]), m[2])),
    (_DAY_MONTH_YEAR, lambda m: _date(m[3], _month(m[2]), m[1])),
    (_NUMERIC, _numeric),
)


def infer_published_from_text(lines: Sequence[str], hint_year: int | None = None) -> PublicationDate | None:
    """The publication date an article's text gives, with the clues and a confidence.

    First a date stamp: a short line near the top holding a full date ("Published
    June 10, 2025", "10 June 2025 10:32"). Else a weekday with a day and month
    ("on Tuesday (Jun 10)"), given the year in which that day falls on that
    weekday, among the years the text mentions (or `hint_year`).

    Args:
        lines: the text's lines in order, header first.
        hint_year: a year to fall back on when the text names none (e.g. the capture's).
    Returns:
        The date (method TEXT_EXPLICIT or TEXT_INFERRED), or None when there are no clues.
    """
    return _stamped(lines) or _from_weekday(lines, hint_year)


def _stamped(lines: Sequence[str]) -> PublicationDate | None:
    """The first short line with a full date, preferring one labelled 'Published'."""
    stamps: list[tuple[str, date]] = []
    for line in lines:
        if _looks_like_stamp(line):
            found = parse_date_string(line)
            if found is not None:
                stamps.append((line.strip(), found))
    if not stamps:
        return None
    labelled = [stamp for stamp in stamps if _PUBLISHED_WORD.search(stamp[0])]
    unlabelled = [stamp for stamp in stamps if not _UPDATED_WORD.search(stamp[0])]
    line, found = (labelled or unlabelled or stamps)[0]
    confidence = CONFIDENCE_LABELLED if labelled else CONFIDENCE_STAMP
    return PublicationDate(found, DateMethod.TEXT_EXPLICIT, (f'date stamp "{line}"',), confidence)


def _looks_like_stamp(line: str) -> bool:
    """Short, and not a sentence: 'Published June 10, 2025' but not 'It ended on May 9, 2025.'"""
    words = len(line.split())
    ends_sentence = line.rstrip().endswith((".", "!", "?"))
    return words <= STAMP_MAX_WORDS and (not ends_sentence or words <= STAMP_SENTENCE_WORDS)


def _from_weekday(lines: Sequence[str], hint_year: int | None) -> PublicationDate | None:
    text = "\n".join(lines)
    clues = _weekday_clues(text)
    if not clues:
        return None
    years, year_evidence, confidence = _years_seen(text, hint_year)
    if not years:
        return None
    for phrase, weekday, month, day in clues:
        candidates = [
            found
            for year in range(min(years) - YEAR_SLACK, max(years) + YEAR_SLACK + 1)
            if (found := _date(year, month, day)) is not None and found.weekday() == weekday
        ]
        if candidates:
            latest = max(years)
            best = min(candidates, key=lambda found: (abs(found.year - latest), -found.year))
            evidence = (f'"{phrase}"', f"{year_evidence}; {_WEEKDAYS[weekday].title()} in {best.year}")
            return PublicationDate(best, DateMethod.TEXT_INFERRED, evidence, confidence)
    return None


def _weekday_clues(text: str) -> list[tuple[str, int, int, int]]:
    """(phrase, weekday 0-6, month, day) for every 'Tuesday (Jun 10)'-like phrase, in text order."""
    clues: list[tuple[int, str, int, int, int]] = []
    for pattern, month_group, day_group in ((_WEEKDAY_MONTH_DAY, 2, 3), (_WEEKDAY_DAY_MONTH, 3, 2)):
        for match in pattern.finditer(text):
            weekday = _weekday(match[1])
            month, day = _month(match[month_group]), int(match[day_group])
            if weekday is not None and month:
                clues.append((match.start(), match[0].strip(), weekday, month, day))
    return [clue[1:] for clue in sorted(clues)]


def _weekday(name: str) -> int | None:
    prefix = name.lower()[:3]
    return next((index for index, day in enumerate(_WEEKDAYS) if day.startswith(prefix)), None)


def _years_seen(text: str, hint_year: int | None) -> tuple[list[int], str, float]:
    """Years to try, how we know them, and the confidence they allow."""
    full = [(match[0], day) for pattern, reader in _READERS for match in pattern.finditer(text)
            if (day := reader(match)) is not None]  # fmt: skip
    if full:
        quoted = ", ".join(f'"{phrase}"' for phrase, _ in full[:2])
        return sorted({day.year for _, day in full}), f"year from {quoted}", CONFIDENCE_WEEKDAY_FULL_DATE
    bare = sorted({int(year) for year in _BARE_YEAR.findall(text)})
    if bare:
        return bare, f"year from mentions of {', '.join(map(str, bare[-3:]))}", CONFIDENCE_WEEKDAY_BARE_YEAR
    if hint_year is not None:
        return [hint_year], f"year {hint_year} from the capture", CONFIDENCE_WEEKDAY_HINT
    return [], "", 0.0
