"""The patterns of English time expressions, as the tagger's rules.

Each rule is a regular expression with named groups (the parts its handler
reads). The scanner joins every rule, with the names stripped, into one
alternation so text is scanned once; a hit is re-matched against its own rule
to read the parts. Order matters: at one position the first rule that matches
wins, so longer forms come before their prefixes.

Spans follow TimeML (TimeBank, AQUAINT): a leading "the" is part of the
expression ("the third quarter", "the 1990s"), prepositions ("on", "in") are
not, and modifiers such as "early", "late", "earlier this" are.
"""

from __future__ import annotations

import functools
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12,
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))"
)
MONTH_PATTERN = _MONTH
"""A month's name or abbreviation, for handlers that look at the words after a match."""
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[0-9]\d\d|2[0-9]\d\d)"
# A year read aloud, as broadcast transcripts write it: "nineteen ninety-six".
_SPOKEN_YEAR = (
    r"(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred)"
)
_YEAR = rf"(?:{_YEAR4}|['’]\d\d|{_SPOKEN_YEAR})"
_UNITS = "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century"
_UNIT = rf"(?:{_UNITS}|centurie)s?"
_SMALL = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_NUM = (
    rf"(?:\d{{1,3}}(?:\.\d+)?|(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_TEENS}|{_SMALL}"
    r"|a (?:hundred|dozen|couple of)|an?|a few|few|several|some|many|couple of|hundred|dozen)"
)
_EDGE = r"(?:early|late|mid|the end of|the beginning of|the middle of|the start of)"
_PART = r"(?:morning|afternoon|evening|night)"
# A zone named by a city or a US region ("5 p.m. New York time") belongs to the time, so that
# the day after it dates the time ("5 p.m. New York time on March 21").
_ZONE = (
    r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|(?:local|new york|washington|london|tokyo|hong kong|beijing"
    r"|paris|moscow|eastern|pacific|central|mountain)\s+time))?"
)
# Tokenised text (MEANTIME, CoNLL) writes "July 24 , 2003": a space may precede the comma.
_COMMA = r"(?:\s?,)?\s+"
_CLOCK = (
    rf"(?:(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)|\d{{1,2}}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b){_ZONE}"
    rf"|\d{{1,2}}(?::\d\d)?\s+(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening)"
    rf"|\d{{1,2}}(?::\d\d)?\s+(?:o['’]clock\s+)?at\s+night|\d{{1,2}}:\d\d{_ZONE}|noon|midday|midnight)"
)
_DATE_MD = rf"(?P<mon>{_MONTH})\s+(?P<day>{_DAYNUM})(?!\d)(?:{_COMMA}(?P<year>{_YEAR4})\b)?"
_DATE_DM = rf"(?P<day>{_DAYNUM})(?:\s+of)?\s+(?P<mon>{_MONTH})(?:{_COMMA}(?P<year>{_YEAR4})\b)?"
# The same, with other group names, for use beside _DATE_MD in one pattern.
_DATE_DM2 = _DATE_DM.replace("P<day>", "P<day2>").replace("P<mon>", "P<mon2>").replace("P<year>", "P<year2>")

RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d):(?P<min>\d\d))?"),
    ("numeric", r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)(?![/\d])"),
    # "9/11" without a year: the September 11 attacks of 2001, as news names them.
    ("attacks_day", r"9/11(?![/\d])"),
    ("clock", rf"(?P<clock>{_CLOCK})(?:,?\s+(?:on\s+)?(?P<when>{_WEEKDAY}|today|yesterday|tomorrow"
              rf"|{_MONTH}\s+{_DAYNUM}))?"),
    # "the week of March 6", "the weekend of June 7-8": the week (weekend) holding that day.
    ("week_of", rf"the\s+week(?P<end>end)?\s+of\s+{_DATE_MD}(?:(?<=\d)\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])(?![\d%]))?"),
    # "the last week of March", "the second weekend of June": a week counted within the month.
    ("month_week", rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week(?P<end>end)?\s+of\s+"
                   rf"(?P<mon>{_MONTH})(?:{_COMMA}(?P<year>{_YEAR4})\b)?"),
    ("wd_date", rf"(?P<wd>{_WEEKDAY})(?:,\s*|\s+|\s*\(\s*)(?:{_DATE_MD}|{_DATE_DM2})\s*\)?"),
    # "Feb. 3 last year", "Nov. 4 next year": the year is the one named after the day.
    ("date_rel", rf"(?:(?P<mon>{_MONTH})\s+(?P<day>{_DAYNUM})(?!\d)|(?P<day2>{_DAYNUM})\s+(?P<mon2>{_MONTH}))"
                 r",?\s+(?P<rel>this|last|next)\s+year(?![-'’\w])"),
    ("date_md", _DATE_MD),
    ("date_dm", _DATE_DM),
    # "the October-December period", "the July-September quarter": a quarter named by its months.
    ("month_span", rf"(?:the\s+)?(?P<mon>{_MONTH})\s*[-–]\s*(?P<mon2>{_MONTH})\s+(?:period|quarter)"),
    ("month_year", rf"(?:(?P<edge>{_EDGE})[- ]?)?(?P<mon>{_MONTH})(?:\s+of)?{_COMMA}(?P<year>{_YEAR})\b"),
    ("month_rel", rf"(?:(?P<edge>{_EDGE})[- ]?)?(?P<mon>{_MONTH})(?:\s+of)?\s+(?P<rel>this|last|next)\s+year"),
    ("rel_month", rf"(?:(?P<edge>{_EDGE})\s+)?(?P<rel>last|this|next|each|every)\s+(?P<mon>{_MONTH})"
                 r"(?!\.?\s*\d)"),  # "last Oct. 23" is a date: the date rule reads it
    ("season", rf"(?:the\s+)?(?:(?P<edge>{_EDGE})[- ]?)?(?:(?P<rel>this|last|next|past|each|every)\s+)?"
               rf"(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?"),
    ("recent_units", r"(?:the\s+)?(?:past\s+)?(?:recent|coming)\s+(?P<unit>days|weeks|months|quarters|years|decades)"
                     r"|the\s+(?P<unit2>days|weeks|months|years)\s+ahead"),
    # "for weeks", "within weeks or months", "for years", "over the years": some number
    # of them (TIMEX3 PXW, PXY). "For years" was left out as a figure of speech, but the
    # corpora annotate it as often as not (TimeBank + AQUAINT: 2 of 5), and "over the
    # years" every time it occurs (2 of 2, with MEANTIME).
    ("bare_units", r"(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<unit>days|weeks|months|years)"
                   r"(?:\s+or\s+(?:weeks|months|years))?|(?<=\bover\s)the\s+(?P<unit2>years|decades)"),
    ("quarter", r"(?:the\s+)?(?:(?P<rel>this|last|next)\s+year['’]s\s+)?(?:(?P<year0>\d{4})\s+)?"
                r"(?:(?:current|latest|same|last|this|next)\s+)?"
                r"(?:fiscal[- ])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final"
                r"|(?:last|latter)(?=\s+\w+\s+of\s))"
                r"[- ](?:fiscal[- ])?(?P<unit>quarter|half|two quarters)"
                rf"(?:\s+of\s+(?:(?P<year>{_YEAR4})|(?:the\s+)?(?P<rel2>this|last|next|current|previous)\s+year"
                r"|the\s+year(?![-'’\w])))?"),  # "the second half of the year": as "the second half"
    ("q_short", rf"(?:fiscal\s+)?(?:Q(?P<ord>[1-4])(?:\s+(?P<year>{_YEAR4}))?|H(?P<half>[12])\s+(?P<hyear>{_YEAR4}))"),
    # "the same period last year", "the quarter a year ago", "last year's quarter":
    # the quarter being reported, a year before.
    ("ago_period", r"(?:the\s+)?(?:(?:same|comparable|corresponding|year-ago|year-earlier)\s+)?(?:quarter|period)"
                   r"\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)"
                   r"|last\s+year['’]s\s+(?:quarter|period)"),
    ("year_period", rf"the\s+(?P<year>{_YEAR4})\s+(?:quarter|period)"),
    # "This quarter's loss" in a report on a quarter: the quarter reported, as "the quarter".
    ("rel_quarter", r"the\s+(?:(?P<which>latest|most recent|year-earlier|year-ago|previous|same|current)\s+)?"
                    r"(?:fiscal\s+)?(?:quarter|(?<=latest\s)period)"
                    r"|this\s+quarter(?P<tail>['’]s\s+(?:net\s+)?(?:loss|profit|earnings|results|sales|revenue|income)\b)"),
    ("year_ago", r"(?:the\s+)?(?:year-earlier|year-ago|year-before)(?:\s+(?P<unit>quarter|period)"
                 r"|\s+(?P<ord>first|second|third|fourth)[- ]quarter|\s+(?P<months>six|nine)\s+months)?"),
    ("year_end", r"(?:the\s+)?(?:year[- ]end|year['’]s\s+end)(?![-\w])"),
    # "the 70s and 80s" without apostrophes: only after "the" (or such a decade and
    # "and"), as "in his 70s" is an age and "highs in the low 70s" a temperature.
    ("decade", r"(?:the\s+)?(?:(?P<edge>early|late|mid)[- ])?(?P<decade>\d{3}0['’]?s|['’]\d0s"
               r"|(?:(?<=\bthe\s)|(?<=0s\sand\s)|(?<=0s\sor\s))[1-9]0s"
               r"|(?:the\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
    ("century", r"(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)[- ]century"),
    ("fiscal_year", rf"(?:fiscal(?:\s+year)?|calendar|FY|the\s+year)\s*(?P<year>{_YEAR4}|two thousand)\b"
                    r"|FY\s?['’]?(?P<yy>\d\d)(?![\d,.]\d)\b"),  # "FY25": fiscal 2025
    ("edge_year", rf"(?:(?P<edge>{_EDGE})[- ]|(?:pre|post)-)(?P<year>{_YEAR4})\b"),
    # "today is the eighth day of the strike", "shares fell for a third straight week":
    # the count of a run that has reached the day (or week) told about.
    ("streak", r"(?:(?:the|a)\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
               r"|(?:[2-9]|1\d)(?:nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?P<unit>day|week)(?![-\w])"),
    ("ago", rf"(?:(?:about|nearly|almost|some|more than|over|roughly|just)\s+)?(?P<num>{_NUM})[- ]"
            rf"(?P<unit>{_UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from now|hence"
            rf"|from\s+(?P<from>today|tomorrow|{_WEEKDAY}))\b"),  # "a week from Friday"
    ("duration", rf"(?:the\s+|an?\s+)?(?:(?P<lead>past|last|next|first|coming|final|previous|following|latest)\s+)?"
                 rf"(?:(?:about|nearly|almost|some|more than|over|roughly|up to|at least)\s+)?"
                 rf"(?P<num>{_NUM})(?P<half>\s+1/2|\s+and\s+a\s+half)?[- ]"
                 r"(?:(?:trading|business|working|straight|consecutive|more|additional|further|extra)\s+)?"
                 rf"(?P<unit>{_UNIT})(?P<half2>\s+and\s+a\s+half)?(?:-long|\s+or\s+so)?"
                 r"(?!-(?:old|earlier|ago|before)\b)"),
    # "a day-long meeting", "a decades-long battle": a length of time as an adjective.
    ("unit_long", r"(?P<unit>hour|day|week|month|year|decade)(?P<many>s)?-long"
                  r"|single-(?P<unit2>day|week|month|year)"),  # "the worst single-day drop": one day
    ("rel_day", rf"(?:(?P<edge>early|late)\s+)?(?:(?:early|late|mid)[- ]?(?P<part0>{_PART})\s+)?"
                rf"(?P<day>today|yesterday|tomorrow|tonight|last night)(?:\s+(?P<part>{_PART}))?"),
    # "by mid-afternoon," but not the adjective of "early morning raids".
    # "fell in morning trading", "in afternoon trade": that part of the day told about.
    ("this_part", rf"(?:(?:this|the)\s+(?P<part>{_PART})|(?:early|late|mid)[- ]?(?P<part2>{_PART})(?!\s+[a-z])"
                  r"|(?<=\bin\s)(?P<part3>morning|afternoon|evening)(?P<trade>\s+(?:trading|trade|deals|dealings)))"),
    # "ended the day", "for the day", "later in the day": the day being told about.
    ("the_day", r"(?:(?<=\bend\s)|(?<=\bends\s)|(?<=\bended\s)|(?<=\bending\s)|(?<=\bfinish\s)|(?<=\bfinished\s)"
                r"|(?<=\bclose\s)|(?<=\bclosed\s)|(?<=\bfor\s)|(?<=\bin\s))the\s+day(?!\s+(?:before|after|of|when|that)\b|[-\w])"),
    # Counted from the last date the text named, not from the publication date.
    ("anaphoric", r"(?:(?:later|earlier)\s+)?(?:that|the\s+same|the\s+following|the\s+preceding|the\s+prior"
                  r"|the\s+next(?=\s+day\b(?!\s+or\b)))"
                  r"\s+(?P<unit>day|week|month|year)(?<!that\sday)(?<!that\sweek)(?<!that\smonth)(?!-)"
                  r"(?:(?:(?<=same\sday)|(?<=same\sweek)|(?<=same\smonth))\s+(?P<back>a\s+year\s+(?:ago|earlier|before)|last\s+year"
                  r"|of\s+last\s+year|the\s+(?:previous|prior)\s+year))?"),
    ("edge_rel", r"(?:(?P<edge>early|late|mid|earlier|later)[- ]?)?(?:(?P<rel>last|this past|this|next|the past"
                 r"|the coming|the previous|the current|the following)\s+)"
                 r"(?P<unit>week|weekend|month|year|quarter|decade|century)"),
    ("weekday", rf"(?:(?P<rel>last|this past|this coming|this|next|coming|early|late|each|every"
                rf"|the\s+(?:previous|preceding|following))\s+)?"
                rf"(?P<wd>{_WEEKDAY})(?P<days>(?<=day)s)?"
                rf"(?:\s+(?P<part>{_PART})(?P<parts>s)?)?"),
    # "by the end of the decade", "the start of the week": the unit of the publication.
    # Not "the end of the month": TimeBank dates its one such phrase to a day (1990-08-30),
    # and its month value would be counted wrong there.
    ("edge_unit", r"the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?P<unit>week|year|decade)(?![-'’\w])"),
    ("the_unit", r"the\s+(?:(?P<mod>full|fiscal|calendar|current|whole|entire|latest|most recent)\s+)?(?:fiscal\s+)?"
                 r"(?P<unit>year|weekend)(?![-'’]|\s+(?:\d|two thousand))"
                 r"(?P<prev>(?<=year)\s+(?:before|previous|earlier)\b)?"),
    ("holiday", r"(?:(?P<rel>last|this|next)\s+)?(?P<name>christmas eve|christmas day|christmas|new year['’]s eve"
                r"|new year['’]s day|new year['’]s|thanksgiving day|thanksgiving|independence day|halloween"
                r"|election day|easter(?:\s+(?:sunday|monday|week))?|good\s+friday|black\s+friday|black\s+monday"
                r"|cyber\s+monday|valentine['’]s day)"),
    ("set", r"(?P<word>daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|semiannually)"
            r"|every\s+(?:other\s+(?P<other>day|week|month|year)|(?P<count>two|three|four|five|six|\d{1,2})"
            r"\s+(?P<units>minutes|hours|days|weeks|months|quarters|years))"  # "every four years", "every other week"
            r"|(?:every|each|per)\s+(?P<unit>day|week|month|quarter|year|night|morning|hour)"),
    ("month", rf"(?:(?P<edge>{_EDGE})[- ]?)?(?P<mon>{_MONTH})"),
    ("year", rf"(?P<year>{_YEAR4}|{_SPOKEN_YEAR})(?!['’]?s\b)"),
    ("year2", r"['’](?P<yy>\d\d)(?!['’]?s\b)|(?<=\bin )(?P<yy2>\d\d)(?=\s*[.,;:!?)]|\s*$)"),
    # Adjectives and event-relative adverbs ("a future conflict", "recent talks",
    # "previously", "quarterly results") are mostly left unannotated in
    # TimeBank/AQUAINT, as is "former" (a role, not a time): not tagged.
    # "Soon" looking ahead from the writer's day ("will soon begin", "may soon seek")
    # is FUTURE_REF; not when it counts from an event ("soon after the attack", "as
    # soon as he arrives", "soon-to-open") or moves a past story on ("was soon released",
    # "soon became a flood": see amounts.ref). TimeBank + AQUAINT annotate 4 of the 7
    # left, MEANTIME 1 of 1.
    ("ref", r"(?P<ref>right now|now|currently|nowadays|at present|presently|these days|the present|current"
            r"|then[- ]current|recently|formerly|lately|the past|the future|once upon a time"
            r"|the near future|the (?:near|short|long) term(?!-)"
            r"|(?<!\bas\s)soon(?!-|\s+(?:after|afterwards?|before|thereafter|as|enough)\b)"
            r"|a later (?:date|time|stage))"),  # "will decide at a later date": the future at large
)  # fmt: skip

# The words an expression can begin with, over all rules: checked before the
# rules at each word so that most words ("company", "said") fail at once.
# Keep it in step with RULES (tests/test_timeline_tagger.py compares the
# scanner with and without it); extra words only cost time. Each entry is a
# pattern that starts with a plain letter (see `_by_first_letter`).
_FIRST_WORDS = (
    "last", "this", "next", "each", "every", "per", "early", "late", "mid", "earlier", "later",
    "past", "recent", "coming", "current", "latest", "most", "same", "fiscal", "first", "second", "third",
    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "previous", "following",
    "calendar", "single", "latter", "quarter", "period",
    "comparable", "corresponding", "that", "preceding", "prior", "years?", "about", "nearly", "almost", "some",
    "more", "over", "roughly", "just", "up", "at", "few", "several", "many", "couple", "hundred", "dozen",
    *_SMALL.split("|"), *_TEENS.split("|"), *_TENS.split("|"), "today", "yesterday", "tomorrow", "tonight",
    "right", "now", "then", "currently", "nowadays", "presently", "these", "recently", "formerly", "lately", "once",
    "soon",
    "pre", "post",
    "noon", "midday", "midnight", "morning", "afternoon", "evening",
    "spring", "summer", "fall", "autumn", "winter", "christmas", "new",
    "thanksgiving", "independence", "halloween", "valentine", "election", "easter", "good", "black", "cyber",
    "hours?", "days?", "weeks?",
    "months?", "decades?", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "biweekly",
    "semiannually", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    # Months and weekdays as `_MONTH` and `_WEEKDAY` write them (a weekday may be plural: "Mondays").
    "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
    "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?", "mondays?", "tuesdays?",
    "wednesdays?", "thursdays?", "fridays?", "saturdays?", "sundays?", "mon", "tues?", "wed", "thu(?:rs?)?",
    "fri", "sat", "sun",
)  # fmt: skip


def _by_first_letter(words: tuple[str, ...]) -> str:
    """`words` as one alternation grouped by first letter ('t(?:he|his|...)|a(?:...)|...').

    Python's regex engine skips an alternative whose first letter does not fit at
    once, but tries each of ~200 flat words in turn; grouped, a word is checked
    against ~25 letters (the whole scan is ~25% faster, with the same hits).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# "the" and "a"/"an" open many expressions ("the third quarter", "a year ago") but
# were over a third of the words the filter let through, and most open none ("the
# company", "a statement"): one is let through only before a word that can follow it
# in a rule. That is a word that opens an expression itself ("the past year", "a few
# weeks") or one of these, which follow an article only ("the end of May", "the
# weekend", "an extra day"; "the the nineties" and "a and a half years" match rules
# too). Keep it in step with RULES as `_FIRST_WORDS` (the same test checks both).
# The scan takes a third less CPU (0.62 -> 0.41 ms per generated article; 22-30% less
# on the corpora's texts), with the same hits.
_AFTER_ARTICLE = (
    "the", "an?", "and", "weekends?", "end", "beginning", "start", "quarters",
    "seconds", "minutes?", "nights?", "fortnights?", "centur(?:y|ie)s?", "morning", "afternoon", "evening",
    "trading", "business", "working", "straight", "consecutive", "additional", "further", "extra",
    "full", "whole", "entire", "present", "future", "near", "short", "long",
)  # fmt: skip


# A digit, an apostrophe ("'98"), "FY2024" or "Q3" may start an expression too; a
# month or weekday abbreviation may take a full stop ("Jan.", "Tues.").
_OPENING = rf"[\d'’]|fy|q[1-4]|h[12]|(?:{_by_first_letter(_FIRST_WORDS)})\.?\b"
# After an article, "early", "late", "mid" and "year" may run into the next word ("the
# midsummer", "the year2000": the rules' "[- ]?" and "\s*"), so need no word end.
_AFTER = rf"early|late|mid|year|{_OPENING}|(?:{_by_first_letter(_AFTER_ARTICLE)})\.?\b"
_FIRST = rf"(?:{_OPENING}|(?:the|an?)(?:\s+|-)(?:{_AFTER}))"

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _scanner_pattern(first: str = _FIRST) -> str:
    # Each rule is named by an empty group at its end (the last group matched names the
    # rule): a rule that opens with a letter can then be skipped on that letter alone.
    alternatives = "|".join(
        f"(?:(?:{_NAMED_GROUP.sub('(?:', pattern)})(?P<{name}>))" for name, pattern in RULES
    )
    # One pass over the text: a word start, then the first rule that fits.
    # A possessive "'s" may follow ("Friday's talks"), or a closing quote written
    # as two apostrophes ("three days''"); other letters may not.
    return rf"(?<![\w'’$€£#.-])(?={first})(?:{alternatives})(?!\w|['’](?!s\b|['’]))"


@functools.cache
def case_blind_scanner(first: str = _FIRST) -> re.Pattern[str]:
    """The scanner over text as written (IGNORECASE): the reference `LOWER_SCANNER` must
    agree with; `first=""` drops the first-word filter, to check that filter. Compiled
    on demand: only tests use it, and each took ~13 ms of every start-up."""
    return re.compile(_scanner_pattern(first), re.IGNORECASE)


# Escapes ("\s", "\d") and group names keep their case when a pattern is lowercased.
_CASED_SYNTAX = re.compile(r"\\.|\(\?P<\w+>")


def _lowercased(pattern: str) -> str:
    """The pattern for lowercased text: its letters lowercased, escapes and group names kept."""
    parts: list[str] = []
    done = 0
    for syntax in _CASED_SYNTAX.finditer(pattern):
        parts += [pattern[done : syntax.start()].lower(), syntax.group()]
        done = syntax.end()
    return "".join([*parts, pattern[done:].lower()])


LOWER_SCANNER = re.compile(_lowercased(_scanner_pattern()))
"""The scanner without IGNORECASE, for `text.lower()`: same hits, about three times faster
(a case-blind regex cannot skip a failing alternative on its first letter).
Only where lowercasing keeps every character's match: see `FOLDS_ODDLY`."""
FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f]")
"""The only characters whose IGNORECASE match differs from their lowercase's (checked
over all of Unicode): 'İ' lowercases to two characters, 'ı' and 'ſ' match 'i' and 's'."""
PARSERS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in RULES}

