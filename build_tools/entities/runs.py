"""Runs of capitalised tokens: the stretches of a text that may hold names.

A run starts at a capitalised or mixed-case word (`Tokens.openings`) and goes
on over the next name token when only a short gap of white space, with at
most one line break, lies between them. It also goes on over what joins the words of one name:
- a connector or a spaced hyphen between two name tokens ("Bank of Japan",
  "von der Leyen", "Wal - Mart");
- "for" after an organisation word ("Agency for International Development");
- "and" inside an institution's name ("Securities and Exchange Commission");
- a possessive inside a firm's name ("McDonald's Corp.").
A product word ("iPod", "iTunes") and the capitalised words after it are no
run. `candidates` cuts each run into names.
"""

from __future__ import annotations

from bisect import bisect_left

from build_tools.entities import gazetteer as gz
from build_tools.entities.tokens import Token, Tokens, gazetteer_type, is_name_token, surface

__all__ = ["find_runs"]

_CONNECTORS = gz.CONNECTORS


def find_runs(tokens: Tokens, text: str) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined by connectors and in-name hyphens."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    openings = tokens.openings
    opening = 0  # the first of `openings` at or after `index`
    index = 0
    count = len(tokens)  # (`Tokens.__len__` is a Python call: asked once)
    while index < count:
        opening = bisect_left(openings, index, opening)
        if not current:
            # Only a capitalised or mixed-case word starts a run: jump to the next one
            # over the punctuation, numbers and lower-case words (most tokens).
            if opening == len(openings):
                break
            index = openings[opening]
        elif opening == len(openings) or openings[opening] != index:
            # Punctuation, a number or a lower-case word (no name, no product word)
            # after a name: a connector or hyphen bridging to the next name, else the end.
            if _bridges(tokens, index, text) or _bridges_and(tokens, index, text, current):
                index = _bridge(tokens, index, current)
                continue
            runs.append(current)
            current = []
            index += 1
            continue
        token = tokens[index]
        name = is_name_token(token)  # a name token is never a product word: its first letter is a capital
        if not name and _is_product_word(token):
            # "iPod Shuffle", "iTunes Music Store": the capitalised words name a product.
            if current:
                runs.append(current)
            current = []
            while index + 1 < count and is_name_token(tokens[index + 1]):
                index += 1
        elif name and (not current or _joinable(current[-1], token, text) or _owns_firm(current, tokens, index, text)):
            current.append(token)
        elif current and _bridges(tokens, index, text):
            index = _bridge(tokens, index, current)
            continue
        else:
            if current:
                runs.append(current)
            current = [token] if name else []
        index += 1
    if current:
        runs.append(current)
    return runs


def _bridge(tokens: Tokens, index: int, current: list[Token]) -> int:
    """Add the bridge at `index` and the name after it to `current`; the index after them."""
    texts = tokens.texts
    width = 3 if texts[index + 1] in _CONNECTORS else 2
    if texts[index] == "for":
        width = 3 if texts[index + 1] == "the" else 2
    current.extend(tokens[index : index + width])
    return index + width


def _is_product_word(token: Token) -> bool:
    text = token.text
    if token.kind != "word" or not text[0].islower() or len(text) < 2 or text[1:].islower():
        return False  # the common case, told apart without looking at each letter
    return any(c.isupper() for c in text[1:])


def _joinable(left: Token, right: Token, text: str) -> bool:
    gap = text[left.end : right.start]
    return gap.isspace() and "\n\n" not in gap and gap.count("\n") <= 1 and len(gap) < 4


def _bridges(tokens: Tokens, index: int, text: str) -> bool:
    """A connector ("Bank of Japan") or spaced hyphen ("Wal - Mart") between two name tokens."""
    texts = tokens.texts
    if index + 1 >= len(texts):
        return False
    middle = texts[index]
    if middle == "for":
        return _bridges_for(tokens, index, text)
    if middle not in _CONNECTORS and middle != "-":
        return False  # most words after a name: told by the texts, no token made
    after = index + 1
    if middle in _CONNECTORS and texts[after] in _CONNECTORS and index + 2 < len(texts):
        after = index + 2  # "von der Leyen", "de la Rua"
    if not is_name_token(tokens[after]):
        return False
    between = text[tokens[index - 1].end : tokens[after].start]
    return between.startswith(" ") and between.endswith(" ") and len(between) < 10


def _bridges_for(tokens: Tokens, index: int, text: str) -> bool:
    """'Agency for International Development', 'Federal Service for the Financial Markets'.

    An organisation word before 'for' heads a name that goes on ('Office for
    National Statistics'); a plain name before it does not ('Apple for Windows').
    """
    if tokens[index - 1].text not in gz.ORG_WORDS or tokens[index - 1].text in ("News", "Times", "Post"):
        return False
    skip = 2 if index + 2 < len(tokens) and tokens.texts[index + 1] == "the" else 1
    if index + skip >= len(tokens):
        return False
    after = tokens[index + skip]
    return is_name_token(after) and text[tokens[index - 1].end : after.start].count(" ") == skip + 1


def _bridges_and(tokens: Tokens, index: int, text: str, current: list[Token]) -> bool:
    """'Securities and Exchange Commission', 'Immigration and Naturalization Service'.

    An "and" joins two names only inside an institution's name: the words after
    it end with an institution word (`gz.AND_ORG_ENDS`) within four words, and
    neither side is a name of its own (a known name, a given name, an acronym,
    a firm's "Inc."): "Hershey Foods Corp. and Mars Inc.", "United States and
    Soviet Union", "Army, Navy and Air Force" stay apart.
    """
    texts = tokens.texts
    if texts[index] != "and" or index + 2 >= len(texts):
        return False
    left = current[-1]
    if left.kind != "word" or not _is_plain_name_word(left) or left.text in gz.COMPANY_ENDS:
        return False
    if len(current) > 1 and gazetteer_type(f"{surface(current[-2])} {surface(left)}") is not None:
        return False
    if text[current[0].start - 2 : current[0].start] == ", ":
        return False  # the last of a list ("Army, Navy and Air Force")
    right = tokens[index + 1]
    if not _is_plain_name_word(right) or text[left.end : right.start] != " and ":
        return False
    previous = right
    for offset in range(index + 1, min(index + 5, len(texts))):
        word = tokens[offset]
        if word.kind != "word" or not is_name_token(word):
            return False
        if offset > index + 1 and not _joinable(previous, word, text):
            return False
        if word.text in gz.AND_ORG_ENDS:
            return offset > index + 1
        previous = word
    return False


def _owns_firm(current: list[Token], tokens: Tokens, index: int, text: str) -> bool:
    """"McDonald's Corp.", "Hudson's Bay Co.", "Moody's Investors Service Inc.": a possessive in a firm's name.

    The words after the "'s" end with a firm's ending (`gz.COMPANY_ENDS`)
    within three words, and those before the ending are plain words ("Bay",
    "Market", "Investors Service"), no name of their own: in "Du Pont's Conoco
    Inc." or "Braun's Ithaca Holdings" the possessor owns a firm with its own
    name. A known name before the "'s" is an owner too ("Britain's ...").
    """
    left, right = current[-1], tokens[index]
    if text[left.end : right.start] not in ("'s ", "\u2019s "):
        return False
    if left.kind != "word" or gazetteer_type(surface(left)) is not None:
        return False
    previous = right
    for offset in range(index, min(index + 3, len(tokens))):
        word = tokens[offset]
        if not is_name_token(word) or (offset > index and not _joinable(previous, word, text)):
            return False
        if word.text in gz.COMPANY_ENDS:
            return True
        if not (word.text in gz.ORG_WORDS or word.text in gz.PLACE_WORDS or word.text.lower() in gz.COMMON_WORDS):
            return False
        previous = word
    return False


def _is_plain_name_word(token: Token) -> bool:
    """A capitalised word that is no name of its own: no given name, known name or acronym."""
    word = surface(token)
    if not word.istitle() or not word.isalpha() or word in gz.GIVEN_NAMES or word in gz.NOT_NAMES:
        return False
    return gazetteer_type(word) is None
