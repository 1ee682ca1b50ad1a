"""Typing name candidates by their own words and by the other names of the text."""

from __future__ import annotations

import re

from build_tools.entities import gazetteer as gz
from build_tools.entities import nouns, person_names
from build_tools.entities.tokens import Candidate, NameSpan, Token, Tokens, is_initialism, opens_with_article, surface
from build_tools.model import EntityType

# "Boeing 747", "Airbus A380", "A330-200", "FTSE 100": a product, index or event.
_MODEL_NUMBER = re.compile(r" (?:[A-Z]{1,3}-?)?\d+(?:-\d+)?(?![\d,.]|\w)")
# A country's name before "dollar" names the currency ("the U.S. dollar fell").
_CURRENCY = re.compile(r" dollars?\b")
_INDICES_BY_WORD: dict[str, tuple[str, ...]] = {}
for _index in sorted(gz.INDICES):
    _INDICES_BY_WORD[_index.split()[0]] = (*_INDICES_BY_WORD.get(_index.split()[0], ()), _index)


def type_by_shape(tokens: list[Token]) -> EntityType | None:
    """Type a candidate from its own words; None when only context can tell."""
    words = [surface(t) for t in tokens]
    first, last = words[0], words[-1]
    if " ".join(words) in nouns.HOLIDAYS:
        return EntityType.EVENT
    if len(words) == 1 and _is_group(first):
        return EntityType.GROUP
    if len(words) == 2 and first in gz.DEMONYM_PREFIXES and _is_group(last):
        return EntityType.GROUP
    if last in gz.EVENT_NOUNS and last not in gz.EVENT_LOWER and len(words) > 1:
        return EntityType.EVENT
    if len(words) == 1 and (first in gz.ORG_WORDS or first in gz.PLACE_WORDS):
        return None  # "Territory", "Bank" alone: a heading or product word, not a name
    if len(words) == 2 and first in gz.GIVEN_NAMES and last in person_names.SURNAME_LIKE_ORG_WORDS:
        return EntityType.PERSON if first not in gz.PLACES else None
    head = _head_before_of(words)
    if last in gz.ORG_WORDS or head in gz.ORG_HEADS or head in gz.ORG_WORDS:
        return EntityType.ORGANIZATION
    if last in gz.PLACE_WORDS or head in gz.PLACE_WORDS or (first in gz.PLACE_HEADS and len(words) > 1):
        return EntityType.PLACE
    if len(words) == 1 and is_acronym(tokens[0]):
        return EntityType.ORGANIZATION
    if first in gz.GIVEN_NAMES and len(words) > 1:
        return EntityType.PERSON
    return None


def _head_before_of(words: list[str]) -> str:
    """'Federal Reserve Bank of New York' -> 'Bank': the noun an 'of' (or 'for') phrase hangs on."""
    joint = next((word for word in words[1:-1] if word in ("of", "for")), "")
    return words[words.index(joint, 1) - 1] if joint else ""


def is_acronym(token: Token) -> bool:
    """'EADS', 'NPD', 'U.S.': capitals of an organisation, not of a currency or thing."""
    bare = token.text.replace(".", "")
    stem = bare.split("-")[0]  # "USB-C" is a USB plug
    if bare.lower() in gz.COMMON_WORDS or stem in gz.NOT_ORG_ACRONYMS:
        return False  # "AND", "VOTE", "OUT": a word set in capitals for emphasis
    return 2 <= len(bare) <= 6 and bare.isupper() and token.text not in gz.NOT_ORG_ACRONYMS


def _is_group(word: str) -> bool:
    return word.endswith("s") and (word[:-1] in gz.DEMONYMS or word[:-2] in gz.DEMONYMS)


def extend_events(candidates: list[Candidate], tokens: Tokens) -> None:
    """'APEC summit', 'Victory Day military parade': a name then a lower-case event noun."""
    texts = tokens.texts  # the words after a name are read as texts: no token made
    for candidate in candidates:
        if candidate.type is not None and candidate.type is not EntityType.EVENT:
            # "APEC summit": the organisation stays a name of its own; so do people, places and
            # groups (told by identity: `in` a tuple of four members cost ~0.4 µs a candidate)
            continue
        after = candidate.tokens[-1].index + 1
        for offset in (0, 1):
            nxt = texts[after + offset] if after + offset < len(texts) else None
            if nxt is None or not nxt.islower():
                break
            if nxt in gz.EVENT_LOWER:
                candidate.tokens = [*candidate.tokens, *tokens[after : after + offset + 1]]
                candidate.type = EntityType.EVENT
                break


def resolve(candidates: list[Candidate], text: str) -> list[NameSpan]:
    """Give untyped names the type of a typed name sharing a word, else a default."""
    known: dict[str, EntityType] = {}
    for candidate in candidates:
        if candidate.type is not None:
            _learn(candidate, known)
    for candidate in candidates:
        if candidate.type is None and len(candidate.tokens) > 1:
            candidate.type = _guess(candidate, known)
            if candidate.type is not None:
                _learn(candidate, known)
    spans: list[NameSpan] = []
    for candidate in candidates:
        kind = candidate.type or _guess(candidate, known)
        start, end = candidate.tokens[0].start, candidate.tokens[-1].end
        if kind is not None and not _is_left_out(candidate, kind, text):
            spans.append(NameSpan(start, end, text[start:end], kind))
    return spans


def _is_left_out(candidate: Candidate, kind: EntityType, text: str) -> bool:
    """Capitalised words that name no one here: a demonym, an index or a product."""
    start, end = candidate.tokens[0].start, candidate.tokens[-1].end
    # "US$ 14 billion", "the U.S. dollar", "Hong Kong dollars": a currency, not the country.
    if _is_demonym(candidate) or text.startswith("$", end) or _is_index(candidate, text, start):
        return True
    if kind is EntityType.PLACE and _CURRENCY.match(text, end):
        return True
    if kind is EntityType.ORGANIZATION and _MODEL_NUMBER.match(text, end):
        return True  # "Boeing 747", "Airbus A380", "WWDC 2005": a product or event
    # "MacBook Pro", "iPod Nano": a product.
    return len(candidate.tokens) > 1 and surface(candidate.tokens[-1]) in nouns.PRODUCT_TAILS and (
        kind is not EntityType.PERSON
    )


def _learn(candidate: Candidate, known: dict[str, EntityType]) -> None:
    assert candidate.type is not None
    words = [t.text for t in candidate.tokens]
    known.setdefault(" ".join(words), candidate.type)
    if candidate.type is EntityType.PERSON and len(words) > 1:
        known.setdefault(words[-1], EntityType.PERSON)
        known.setdefault(words[0], EntityType.PERSON)
    elif candidate.type is EntityType.ORGANIZATION and len(words) > 1 and (
        all(w in gz.ORG_WORDS for w in words[1:]) and words[0] not in gz.COMMON_WORDS
    ):
        known.setdefault(words[0], EntityType.ORGANIZATION)


def _guess(candidate: Candidate, known: dict[str, EntityType]) -> EntityType | None:
    words = [t.text for t in candidate.tokens]
    phrase = " ".join(words)
    if phrase in known:
        return known[phrase]
    if len(words) == 2 and known.get(words[0]) is EntityType.ORGANIZATION:
        # "Ford Australia" is a branch of Ford; "Ford Taurus" one of its products.
        return EntityType.ORGANIZATION if words[1] in gz.PLACES else None
    if len(words) == 1:
        # A lone capitalised word with no cue ("Taurus", "Shuffle", "Terminal") is
        # as often a product or heading word as a name: left out.
        return None
    # Two or three plain words with no cue ("PT Cruiser", "Ars Technica") are as
    # often products and titles as people: a person needs a given name, a title
    # or a verb of speech. Longer Title-Case phrases and phrases of dictionary
    # words ("Wheel of Time", "Gas Station Dies", "Intensive Care") are titles
    # and headings as often as names: left out, unless joined the way firms
    # are ("Wal - Mart", "Ernst & Young").
    plain = all(t.kind == "word" for t in candidate.tokens)
    if plain and _has_name_particle(words):
        return EntityType.PERSON
    # "Abdel Basset Ali al-Megrahi": a family name with the Arabic article follows a
    # name that may be whole without it ("Ali" ends a name as a family name would).
    core = words[:-1] if len(words) > 2 and opens_with_article(words[-1]) else words
    if plain and len(core) <= 3 and not any(w.lower() in gz.NOT_PERSON_WORDS for w in words):
        if is_initialism(candidate.tokens[0]):
            return None  # "JAMA Psychiatry", "NASA Goddard": people's names open with no acronym
        return EntityType.PERSON if _has_name_part(core) else None
    joined = any(t.text in ("&", "-") for t in candidate.tokens[1:-1])
    return EntityType.ORGANIZATION if joined else None


def _has_name_particle(words: list[str]) -> bool:
    """'Osama bin Laden', 'Jean-Marie Le Pen': a name particle makes a person's name.

    A lower-case particle between capitalised words, or a capitalised one
    before the last word; every other word a capitalised word that is no
    known name, title or word of an organisation's or place's name.
    """
    if not 3 <= len(words) <= 5:
        return False
    inner = words[1:-1]
    if gz.NAME_PARTICLES.isdisjoint(inner) and words[-2] not in gz.SURNAME_PARTICLES:
        return False
    for word in words:
        if word in gz.NAME_PARTICLES or word in gz.CONNECTORS:
            continue
        if not (word[0].isupper() and word.replace("-", "").isalpha() and not word.isupper()):
            return False
        if word in gz.ORG_WORDS or word in gz.PLACE_WORDS or word in gz.TITLES or word in gz.NOT_NAMES:
            return False
        if word in gz.PLACES or word in gz.KNOWN_ORGS or word in gz.DEMONYMS:
            return False
    return words[0] not in gz.SURNAME_PARTICLES


def _has_name_part(words: list[str]) -> bool:
    """A given name first, or a family name at either end ("Xi Jinping", "Tim Cook")."""
    return words[0] in gz.GIVEN_NAMES or words[0] in gz.SURNAMES or words[-1] in gz.SURNAMES


def _is_index(candidate: Candidate, text: str, start: int) -> bool:
    """'Dow Jones Industrial Average', 'FTSE' (of 'FTSE 100'): an index, not a firm.

    The text after the name counts too: "Standard & Poor 's 500" and "Nasdaq
    Composite" name indices although the name itself stops earlier.
    """
    if surface(candidate.tokens[0]) not in _INDICES_BY_WORD:
        return False  # no index begins with its first word (the tests below would find none)
    words = [surface(t) for t in candidate.tokens]
    if any(" ".join(words[:size]) in gz.INDICES for size in range(len(words), 0, -1)):
        return True
    return any(text.startswith(index, start) for index in _INDICES_BY_WORD.get(words[0], ()))


def _is_demonym(candidate: Candidate) -> bool:
    """'Korean', 'South Korean': an adjective of a place, even when a list typed it a place."""
    kind = candidate.type
    if not (kind is None or kind is EntityType.ORGANIZATION or kind is EntityType.PLACE):
        return False  # (by identity: `in` a tuple of members costs ~0.1 µs a member, None the worst)
    if surface(candidate.tokens[-1]) not in gz.DEMONYMS:
        return False  # most names: told by their last word alone, before the phrase is joined
    if candidate.type is EntityType.PLACE and " ".join(t.text for t in candidate.tokens) in gz.PLACES:
        return False
    words = [surface(t) for t in candidate.tokens]
    return words[-1] in gz.DEMONYMS and all(
        w in gz.DEMONYMS or w in gz.DEMONYM_PREFIXES for w in words
    )
