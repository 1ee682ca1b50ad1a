"""Last passes over found names: joins news writing makes across punctuation.

- "San Francisco, California", "Bangkok, Thailand": a town followed by the
  state or country it lies in is one address, so one place name (datelines and
  first mentions are written this way in news; MEANTIME and ACE mark the whole).
- "Steve Jobs ... Jobs welcomed everyone": a sentence that opens with the
  surname of a person named in full earlier opens with that person, even when
  the surname is also a common word.
- "US Government", "Canadian Government", "the US government": a country's
  government is the country acting (ACE's and MEANTIME's GPE convention), so a
  place name with "government" after it is one place name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from build_tools.entities import gazetteer as gz
from build_tools.entities import world_places
from build_tools.entities.tokens import NameSpan, Token, Tokens
from build_tools.model import EntityType

__all__ = ["add_surnames", "join_names"]

# Places that contain towns: a town is placed by naming one of these after it.
# Abbreviated states ("SEATTLE, Calif.", "Irving, TX") are dateline and postal
# style: the town stays its own name there, so pages link to the town.
_CONTAINERS = gz.COUNTRIES | gz.REGIONS | world_places.STATES_AND_TERRITORIES
_COMMA = re.compile(r" ?, ")
_GOVERNMENT = re.compile(r" [Gg]overnment\b")
_NOT_CONTAINED = frozenset(["Africa", "Asia", "Europe", "Pacific", "Atlantic", "Gulf"])


def join_names(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Join 'Town, State' into one place and make a country's government a place."""
    joined: list[NameSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and _is_address(previous, span, text):
            joined[-1] = NameSpan(previous.start, span.end, text[previous.start : span.end], EntityType.PLACE)
            continue
        joined.append(_government(span, text))
    return joined


def _is_address(town: NameSpan, container: NameSpan, text: str) -> bool:
    """'Long Beach, California' but not a list 'Canada, Germany' or 'Ohio, Michigan and Indiana'."""
    if town.type is not EntityType.PLACE or container.type is not EntityType.PLACE:
        return False
    if town.text in _CONTAINERS or container.text not in _CONTAINERS or container.text in _NOT_CONTAINED:
        return False
    prefix, _, rest = town.text.partition(" ")
    if prefix in gz.PLACE_PREFIXES and rest in _CONTAINERS:
        return False  # "East Africa, U.S. forces": a part of a country or continent is placed by no one
    if not _COMMA.fullmatch(text[town.end : container.start]):
        return False
    after = text[container.end : container.end + 8]
    return not re.match(r" ?, [A-Z]| and [A-Z]| or [A-Z]", after)  # a list goes on


def _government(span: NameSpan, text: str) -> NameSpan:
    """'US Government' (typed an organisation) and 'US' before ' government' become the place."""
    if span.type is EntityType.ORGANIZATION and span.text.endswith(" Government"):
        head = span.text[: -len(" Government")]
        if head in gz.COUNTRIES or head in gz.DEMONYMS:
            return NameSpan(span.start, span.end, span.text, EntityType.PLACE)
    if span.type is EntityType.PLACE and span.text in gz.COUNTRIES:
        match = _GOVERNMENT.match(text, span.end)
        # "the US government" names the country inside a longer phrase; only a
        # bare "US government" (headline or noun-modifier style) is the whole name.
        if match and match.group().islower() and not text[: span.start].endswith(("the ", "The ")):
            return NameSpan(span.start, match.end(), text[span.start : match.end()], EntityType.PLACE)
    return span


def add_surnames(spans: list[NameSpan], tokens: Tokens) -> list[NameSpan]:
    """Sentence-opening surnames of people named in full earlier, dropped as capitalised by position."""
    named_by: dict[str, int] = {}
    for span in spans:
        words = span.text.split()
        if span.type is EntityType.PERSON and len(words) > 1:
            named_by.setdefault(words[-1], span.end)
    if not named_by:
        return spans  # no one named in full: no surname to find
    texts = tokens.texts
    added = [
        NameSpan(token.start, token.end, token.text, EntityType.PERSON)
        for token, follower in ((tokens[i], texts[i + 1]) for i in _named_at(tokens, named_by))
        if _is_surname_opening(token, follower, named_by) and not _inside(token, spans)
    ]
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


def _named_at(tokens: Tokens, named_by: dict[str, int]) -> Iterator[int]:
    """Indices of the tokens (but the last) whose text is in `named_by`, in order.

    A word opening with a capital letter is always one of `tokens.openings` (a
    fifth of the tokens): only they are read when every surname does.
    """
    texts = tokens.texts
    last = len(texts) - 1
    if all(word[:1].isupper() and word[:1].isalpha() for word in named_by):
        return (i for i in tokens.openings if i < last and texts[i] in named_by)
    return (i for i, word in enumerate(texts[:last]) if word in named_by)


def _is_surname_opening(token: Token, follower: str, named_by: dict[str, int]) -> bool:
    full_name_end = named_by.get(token.text)
    if full_name_end is None or full_name_end > token.start:
        return False
    if not token.initial or token.caps_line or token.title_line:
        return False
    return follower[0].islower() or follower == ","  # "Jobs welcomed", "Jobs, who"


def _inside(token: Token, spans: list[NameSpan]) -> bool:
    return any(span.start <= token.start < span.end for span in spans)
