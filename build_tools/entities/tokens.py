"""Tokens of news text, flagged by position (sentence starts, headlines, ALL-CAPS lines).

Also the small data types the recogniser passes between its steps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from build_tools.entities import gazetteer as gz
from build_tools.model import EntityType

_TOKEN = re.compile(
    r"(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’&][^\W_][\w]*)*)"
    r"|(?P<num>\d[\w]*)"
    r"|(?P<punct>\S)"
)
_DOTTED = gz.DOTTED
# Capitalised words that are common in names, so no evidence of Title Case.
_NAME_PARTS = gz.TITLES | gz.ORG_WORDS | gz.PLACE_WORDS


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found in text: offsets into that text, and its kind.

    `start`/`end`/`text` are the mention as highlighted, which may open with
    the name's article ("the United States"); `lead` counts those characters,
    so `name` is the name alone, what the entity is called and linked by.
    """

    start: int
    end: int
    text: str
    type: EntityType
    lead: int = 0

    @property
    def name(self) -> str:
        """The name without its article: 'United States' for the mention 'the United States'."""
        return self.text[self.lead :]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str
    initial: bool = False
    """Capitalised because it starts a sentence, a line or a Title-Case headline."""
    caps_line: bool = False
    title_line: bool = False
    index: int = -1
    """Its place in the text's token list (set by `tokenise`)."""


@dataclass(slots=True)
class Candidate:
    tokens: list[Token]
    type: EntityType | None = None


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < last_end:
            continue  # the period already taken by "Ltd." or an initial
        kind = match.lastgroup or "punct"
        if kind != "word":
            tokens.append(Token(start, end, match.group(), kind))
            last_end = end
            continue
        word = match.group()
        if word[-2:] in _POSSESSIVES and len(word) > 2:
            end -= 2
            word = word[:-2]
        elif text[end : end + 1] == "." and (word in _DOTTED or (len(word) == 1 and word.isupper())):
            end += 1
            word += "."
        if "-" in word:
            tokens.extend(_split_compound(start, word, kind))
        else:
            tokens.append(Token(start, end, word, kind))
        last_end = end
    _mark_positions(tokens, text)
    return tokens


_POSSESSIVES = ("'s", "’s")


def _split_compound(start: int, word: str, kind: str) -> list[Token]:
    """'China-South' -> 'China', '-', 'South': a known name opening a hyphenated compound."""
    head, dash, _ = word.partition("-")
    if kind != "word" or not dash or gazetteer_type(head) is None:
        return [Token(start, start + len(word), word, kind)]
    middle = start + len(head)
    rest = _split_compound(middle + 1, word[len(head) + 1 :], kind)
    return [Token(start, middle, head, kind), Token(middle, middle + 1, "-", "punct"), *rest]


_ENDERS = frozenset([".", "!", "?", ":", ";"])
_OPENING_QUOTES = frozenset(['"', "“", "‘", "'", "(", "``"])
_QUOTES = frozenset(['"', "“", "‘", "'", "(", "`"])


def _mark_positions(tokens: list[Token], text: str) -> None:
    """Flag tokens whose capital letter says nothing: sentence and line starts, headlines.

    One loop with no call per token: it runs over every token of every article.
    """
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    styles = [_line_style(text[a:b]) for a, b in zip(line_starts, [*line_starts[1:], len(text)], strict=True)]
    if styles == ["plain"]:
        _mark_plain_line(tokens)
        return
    one_style = styles[0] if len(styles) == 1 else None
    previous: Token | None = None
    for index, token in enumerate(tokens):
        token.index = index
        style = one_style or styles[bisect_right(line_starts, token.start) - 1]
        if previous is None:
            opener = True
        else:
            opener = previous.text in _ENDERS or text.find("\n", previous.end, token.start) != -1
            if previous.text in _OPENING_QUOTES:
                opener = opener or previous.initial
        if style == "plain":
            token.initial = opener  # caps_line and title_line stay False
        else:
            token.caps_line = style == "caps"
            token.title_line = style == "title"
            token.initial = opener or token.kind != "punct" or token.text not in _QUOTES
        previous = token


def _mark_plain_line(tokens: list[Token]) -> None:
    """`_mark_positions` for one plain line, most blocks: a token is initial after a
    sentence end, or after opening quotes that are themselves initial."""
    opener = True
    for index, token in enumerate(tokens):
        token.index = index
        if opener:
            token.initial = True
        text = token.text
        opener = text in _ENDERS or (opener and text in _OPENING_QUOTES)


_NEWLINE = re.compile(r"\n")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _line_style(line: str) -> str:
    """'caps' for ALL-CAPS lines, 'title' for Title Case Headlines, else 'plain'."""
    words: list[str] = []
    for match in _LINE_WORD.finditer(line):
        word = match.group()
        if len(word) > 3 and word[0].islower():
            # Neither all capitals nor Title Case: most lines, told at their first long
            # lower-case word without reading on.
            return "plain"
        words.append(word)
    if len(words) < 3:
        return "plain"
    # A matched word starts with a letter, nearly always an alphabetic one.
    letters = [w for w in words if w[0].isalpha() or any(c.isalpha() for c in w)]
    if all(w.isupper() for w in letters):
        return "caps"
    long_words = [w for w in letters if len(w) > 3]
    # Title Case: every long word capitalised, common words among them.
    if (
        len(long_words) >= 3
        and all(w[0].isupper() for w in long_words)
        and sum(w.lower() in gz.COMMON_WORDS and w not in _NAME_PARTS for w in long_words) >= 2
    ):
        return "title"
    return "plain"


def is_name_token(token: Token) -> bool:
    if token.kind == "abbr":
        return token.text[0].isupper()
    # Model numbers ("A380", "F-16") are products, not names.
    text = token.text
    return (
        token.kind == "word"
        and text[0].isupper()
        and (text.isalpha() or not any(c.isdigit() for c in text))  # letters are never digits
    )


def is_initialism(token: Token) -> bool:
    """Three or more capitals in running text ("JAMA", "NASA"): no part of a person's name.

    Not a word of an ALL-CAPS line, and not two letters ("JJ Abrams" writes initials so).
    """
    return not token.caps_line and len(token.text) > 2 and token.text.isupper()


def surface(token: Token) -> str:
    """The token as a list would spell it: 'BEIJING' on a caps line is 'Beijing'."""
    text = token.text
    if (token.caps_line or len(text) > 4) and text.isupper() and text.isalpha():
        return text.title()
    return text


def gazetteer_type(phrase: str) -> EntityType | None:
    if phrase in gz.PLACES:
        return EntityType.PLACE
    if phrase in gz.KNOWN_ORGS:
        return EntityType.ORGANIZATION
    return None
