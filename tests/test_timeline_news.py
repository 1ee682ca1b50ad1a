"""The temporal tagger on sentences written like today's wire news (AP, Reuters, AFP).

Each sentence is our own; the expected values are TIMEX3 values worked out by
hand against a publication date of Wednesday 12 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from build_tools.timeline.tagger import tag

ANCHOR = date(2025, 3, 12)  # a Wednesday


def values(text: str) -> list[tuple[str, str]]:
    return [(timex.text, timex.value) for timex in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number in the name of a stock index or a product is no year.
        ("The Russell 2000 index of small caps fell 1.2% on Tuesday.", [("Tuesday", "2025-03-11")]),
        ("Small caps lagged, with the Russell 2000 down 2%.", []),
        ("The S&P 1500 composite rose.", []),
        ("The company stopped supporting Windows 2000 in 2010.", [("2010", "2010")]),
        ("Turnout in the 2024 election was high.", [("2024", "2024")]),
    ],
)
def test_wire_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
