"""Sentence boundaries in article text, for timeline events and mention contexts."""

from __future__ import annotations

import re

# A sentence ends at . ! or ? (optionally followed by closing quotes/brackets)
# and whitespace, when the next thing starts like a sentence.
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*(?P<space>\s+)(?=["'“‘(\[]?[A-Z0-9])""")
# Abbreviations that end in a period but rarely end a sentence in news text.
_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof gov sen rep gen col lt sgt st jr sr inc corp co ltd no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, in order, covering its words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text[start : match.start() + 1]):
            continue
        # The sentence ends where the spaces after its closing mark start (not
        # `len(text[:end].rstrip())`, which copied the text so far at every sentence).
        spans.append((start, match.start("space")))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".").rsplit(None, 1)  # the last word alone: the sentence need not be split
    if not words:
        return False
    last = words[-1].lower().lstrip("(\"'“")
    # Single capital initials ("George W. Bush") do not end sentences either.
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())
