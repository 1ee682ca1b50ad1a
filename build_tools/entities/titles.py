"""Titles and offices cut off the names after them.

"Chinese President Xi Jinping" holds the person "Xi Jinping"; "Prime
Minister" alone names an office, no one; "Chief Operating Officer of AirTran
Airways" holds the organisation; in "Ministry of Foreign Affairs" the title
word names the ministry's field, and the whole is one name.
"""

from __future__ import annotations

from build_tools.entities import gazetteer as gz
from build_tools.entities.tokens import Candidate, Token, gazetteer_type
from build_tools.model import EntityType

__all__ = ["strip_titles"]

_CONNECTORS = gz.CONNECTORS
# Words inside an office's name after its title: "Secretary of State", "Minister of
# Foreign Affairs" (the person's name comes after them).
_OFFICE_WORDS = frozenset(["of", "State", "Affairs"])


def strip_titles(tokens: list[Token]) -> list[Candidate]:
    """'Chinese President Xi Jinping' -> person 'Xi Jinping' ('US President' is kept apart)."""
    while tokens and (tokens[-1].text in _CONNECTORS or tokens[-1].text == "-"):
        tokens = tokens[:-1]
    if not tokens:
        return []
    # (Set methods over the words, not generators: this runs for every run of names.)
    words = [t.text for t in tokens]
    if gz.TITLES.issuperset(words):
        return []  # "Prime Minister" alone names an office, not a person
    if len(tokens) > 1 and words[0] in gz.DEMONYMS and gz.ORG_WORDS.isdisjoint(words):
        tokens, words = tokens[1:], words[1:]  # "Japanese Nikkei"; but "Thai Airways International" is one name
    if gz.TITLES.isdisjoint(words):
        return [Candidate(tokens)]
    title_at = next((i for i, word in enumerate(words) if word in gz.TITLES and not _names_a_field(words, i)), -1)
    if title_at < 0:
        return [Candidate(tokens)]  # "Ministry of Foreign Affairs": "Foreign" names its field, no office
    end = title_at
    while end < len(tokens) and (tokens[end].text in gz.TITLES or tokens[end].text in _OFFICE_WORDS):
        end += 1
    person = tokens[end:]
    if not person or not _looks_like_person(person):
        return _after_office(tokens)
    before = tokens[:title_at]
    pieces = [Candidate(before)] if before else []
    return [*pieces, Candidate(person, EntityType.PERSON)]


def _names_a_field(words: list[str], index: int) -> bool:
    """'Foreign' in 'Ministry of Foreign Affairs': a title word after an institution and 'of'."""
    if index < 2 or words[index - 1] != "of":
        return False
    return words[index - 2] in gz.ORG_HEADS and words[index - 2] not in gz.TITLES


def _after_office(tokens: list[Token]) -> list[Candidate]:
    """'Chief Operating Officer of AirTran Airways' -> 'AirTran Airways': the office is no name."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].text == "of" and tokens[index - 1].text in gz.TITLES:
            return [Candidate(tokens[index + 1 :])]
    return [Candidate(tokens)]


def _looks_like_person(tokens: list[Token]) -> bool:
    last = tokens[-1].text
    if len(tokens) > 4 or last in gz.ORG_WORDS or last in gz.PLACE_WORDS:
        return False
    if last in gz.TITLES:
        return False  # "Chief Strategy Officer": the rest of an office's name, no person
    phrase = " ".join(t.text for t in tokens)
    return gazetteer_type(phrase) is None and tokens[0].kind == "word"
