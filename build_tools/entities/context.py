"""Typing a name by the words around it: 'automaker Chrysler', 'GM and Chrysler'.

A name with no cue of its own ("Chrysler", "Opel") is typed only when its
sentence says what it is: a common noun in apposition just before it ("the
auto manufacturer Chrysler", "its European division, Opel", "analyst Chris
Weafer"), or a coordination with a name already typed ("GM and Chrysler",
"Chrysler, Ford, and General Motors"). Two or three words with no cue are a
person when they speak or do what only people do ("Jim Press said", "Ama
Boateng died") or when an age or a person's role follows them ("Ama Boateng,
45,", "Ama Boateng, a spokeswoman for the ministry,").
"""

from __future__ import annotations

import re
from itertools import pairwise

from build_tools.entities import gazetteer as gz
from build_tools.entities.tokens import Candidate, is_initialism
from build_tools.model import EntityType

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_COORDINATORS = frozenset([",", "and", "or", "&"])
_SPEECH = frozenset(["said", "says", "told", "added", "explained", "wrote", "stated", "argued", "warned"])
# Words after which a name is a place or a time more often than a subject.
_PREPOSITIONS = frozenset(["in", "at", "from", "near", "to", "into", "across", "outside", "inside", "In", "At", "From"])
_CONJUNCTIONS = frozenset(["and", "or", "but"])
_ROLE_LINKS = frozenset(["of", "for", "at", "with", "from", "in", "who"])
_CLOSERS = frozenset([",", ".", ";", ")", "--"])
_FINITE = frozenset(["is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does"])
_TYPED = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def type_by_context(candidates: list[Candidate], texts: list[str]) -> None:
    """Give untyped candidates the type their neighbours say (in place); `texts` are those of
    the text's tokens (`Tokens.texts`: the words around a name are read, no token made)."""
    for candidate in candidates:
        if candidate.type is None:
            first, last = candidate.tokens[0].index, candidate.tokens[-1].index
            candidate.type = (
                _apposition_type(texts, first)
                or _speaker_type(candidate, texts, first, last)
                or _described_after(candidate, texts, first, last)
            )
    _type_acronyms(candidates, texts)
    # "Janet Reno ... to Reno and the INS": the surname stays hers (`resolve` makes it
    # a person), a neighbour in a list does not type it.
    surnames = {c.tokens[-1].text for c in candidates if c.type is EntityType.PERSON and len(c.tokens) > 1}
    while _spread_over_lists(candidates, texts, surnames):
        pass  # "A, B and C": one pass types B from C, the next A from B


def _type_acronyms(candidates: list[Candidate], texts: list[str]) -> None:
    """'World Wide Developers Conference (WWDC)': the acronym shares its expansion's type.

    An untyped expansion of an acronym is an organisation ("Uralsib Capital
    Markets (UCM)"); later lone mentions of the acronym take the same type.
    """
    types: dict[str, EntityType] = {}
    for name, acronym in pairwise(candidates):
        gap = texts[name.tokens[-1].index + 1 : acronym.tokens[0].index]
        if len(acronym.tokens) != 1 or gap != ["("] or len(name.tokens) < 2:
            continue
        letters = acronym.tokens[0].text
        if not letters.isupper():
            continue
        if name.type is EntityType.PERSON or all(t.text[0] != letters[0] for t in name.tokens):
            continue  # "Ama Boateng (ANC)": a person's party or employer, no expansion
        if name.type is None:
            name.type = EntityType.ORGANIZATION
        types[acronym.tokens[0].text] = name.type
    for candidate in candidates:
        if len(candidate.tokens) == 1 and candidate.tokens[0].text in types:
            candidate.type = types[candidate.tokens[0].text]


def _spread_over_lists(candidates: list[Candidate], texts: list[str], surnames: set[str]) -> bool:
    """One pass of coordination typing; True when some candidate got a type."""
    changed = False
    for left, right in pairwise(candidates):
        gap = _after_aside(texts[left.tokens[-1].index + 1 : right.tokens[0].index])
        if not gap or len(gap) > 2 or any(t not in _COORDINATORS for t in gap):
            continue
        if gap[-1] == "," and left.tokens[0].initial and left.type is None:
            continue  # "Additionally, Ford said": an opening adverb, not a list
        if left.type is None and _may_take(left, right.type, texts, surnames):
            left.type, changed = right.type, True
        elif right.type is None and _may_take(right, left.type, texts, surnames):
            right.type, changed = left.type, True
    return changed


def _may_take(candidate: Candidate, kind: EntityType | None, texts: list[str], surnames: set[str]) -> bool:
    """Whether a neighbour's type fits the candidate: a place never speaks ('Harris said'),
    a person's family name alone is that person's."""
    if kind not in _TYPED:
        return False
    if len(candidate.tokens) == 1 and candidate.tokens[0].text in surnames:
        return False
    if kind is EntityType.PLACE:
        after = candidate.tokens[-1].index + 1
        return not (after < len(texts) and texts[after] in _SPEECH)
    return True


def _after_aside(gap: list[str]) -> list[str]:
    """The gap after a short bracketed aside: 'Lehman ( $ 600 billion ) , and WorldCom'.

    A list item may carry a figure or gloss in brackets; the coordination
    after it still joins the two names.
    """
    if not gap or gap[0] != "(":
        return gap
    close = next((i for i, t in enumerate(gap[:8]) if t == ")"), None)
    return gap if close is None else gap[close + 1 :]


def _may_be_named(candidate: Candidate) -> bool:
    """Two or three words that may name a person: plain words or initials ("J.C. Matlock").

    Not a number or a symbol, and no acronym ("JAMA Psychiatry argued" is a journal).
    """
    tokens = candidate.tokens
    if not 2 <= len(tokens) <= 3 or not all(t.kind == "word" or _INITIALS.fullmatch(t.text) for t in tokens):
        return False
    if any(is_initialism(t) for t in tokens[1:]):
        return False  # "N.V. DSM said": a firm
    return not is_initialism(tokens[0]) or _INITIALS.fullmatch(tokens[0].text) is not None


def _speaker_type(candidate: Candidate, texts: list[str], first: int, last: int) -> EntityType | None:
    """A two- or three-word name that speaks, or does or undergoes what only people do, is a person.

    "Jim Press said", "said Chris Weafer", "Ama Boateng died", "Ama Boateng was
    arrested". One word alone is left: companies speak too ("GM said").
    """
    if not _may_be_named(candidate):
        return None
    after = texts[last + 1] if last + 1 < len(texts) else ""
    before = texts[first - 1] if first > 0 else ""
    if after in _SPEECH or before in ("said", "says") or after in gz.HUMAN_VERBS:
        return EntityType.PERSON
    if after in ("was", "has") and last + 2 < len(texts):
        passive = texts[last + 2] if texts[last + 2] != "been" or last + 3 >= len(texts) else texts[last + 3]
        if passive in gz.HUMAN_PASSIVES:
            return EntityType.PERSON
    return None


def _described_after(candidate: Candidate, texts: list[str], first: int, last: int) -> EntityType | None:
    """'Ama Boateng, 45,', 'Ama Boateng (45)', 'Ama Boateng, a spokeswoman for ...,': a person.

    News writes a person's age or role right after the name; a company or
    place gets neither. Two or three plain words only, as for speakers, and not
    after a preposition ("In West Bengal, a spokesman for the party said").
    """
    if not _may_be_named(candidate) or (first > 0 and texts[first - 1] in _PREPOSITIONS):
        return None
    after = texts[last + 1 : last + 14]
    if len(after) < 3 or after[0] not in (",", "("):
        return None
    if _is_age(after[1]) and after[2] == (")" if after[0] == "(" else ","):
        return EntityType.PERSON
    if after[0] == "," and after[1] == "who" and _is_singular_verb(after[2:4]):
        return EntityType.PERSON
    if after[0] == "," and _is_role(after[1:]):
        return EntityType.PERSON
    return None


def _is_age(word: str) -> bool:
    return word.isdigit() and len(word) <= 3 and word[0] != "0" and int(word) < 110


def _is_singular_verb(words: list[str]) -> bool:
    """'who is', 'who now lives': one person is told about.

    A team takes a plural verb in British news ("Spurs, who are top") and a past
    tense tells nothing ("who beat Chelsea"): both are left.
    """
    if words and (words[0].endswith("ly") or words[0] in ("now", "also", "still", "once")):
        words = words[1:]
    if not words:
        return False
    verb = words[0]
    if verb in ("is", "was", "has", "does"):
        return True
    return verb.islower() and verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and verb.isalpha()


def _is_role(words: list[str]) -> bool:
    """Whether `words` open with an apposition headed by a person's role, closed by punctuation.

    "a spokeswoman for the ministry,", "the company's chief executive.": the head is
    the last word before "of"/"for"/"at"/... or the closing comma; the aside must
    close before any verb of speech ("a spokesman for the party said" is a subject).
    """
    head = ""
    for index, word in enumerate(words):
        if word in _CLOSERS or word in _ROLE_LINKS:
            if head not in gz.PERSON_ROLES:
                return False
            rest = words[index:]
            close = next((i for i, w in enumerate(rest) if w in _CLOSERS), None)
            return close is not None and not any(w in _SPEECH or w in _FINITE for w in rest[:close])
        if word in _CONJUNCTIONS and head in gz.PERSON_ROLES:
            continue  # "chairman and chief executive": two roles of one person
        if word in _SPEECH or word in _FINITE or word in _CONJUNCTIONS:
            return False  # a verb: the phrase is a subject; "and": a list goes on
        head = word
    return False


def _apposition_type(texts: list[str], first: int) -> EntityType | None:
    """The type a common noun just before the name gives it, skipping one comma."""
    index = first - 1
    if index >= 0 and texts[index] == ",":
        index -= 1
    if index < 0:
        return None
    word = texts[index]
    if word in gz.ORG_NOUNS:
        return EntityType.ORGANIZATION
    if word in gz.PERSON_NOUNS:
        return EntityType.PERSON
    if index < first - 1 and word in gz.TITLES and word.lower() in gz.PERSON_NOUNS:
        return EntityType.PERSON  # "the Home Secretary, Sajid Javid,": an office, then its holder
    return None
