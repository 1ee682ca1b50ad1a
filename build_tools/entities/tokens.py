"""Tokens of news text, flagged by position (sentence starts, headlines, ALL-CAPS lines).

Also the small data types the recogniser passes between its steps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast, overload

from build_tools.entities import gazetteer as gz
from build_tools.model import EntityType

# Lower-case ASCII words each followed by one space ("the company said "): three
# tokens in four of news text (664k of 906k tokens of 1,406 generated+corpus
# articles). The other alternatives would read each of them as a plain word (no
# possessive, no dotted abbreviation, no hyphen: the next character is a space),
# so a run is one match, split by `str.split`: the regex's share of `tokenise`
# went from 0.41 to 0.27 s CPU on those articles.
_LOWER_RUN = r"(?P<lower>(?:[a-z]+ )+)"
_TOKEN = re.compile(
    _LOWER_RUN + r"|(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’&][^\W_][\w]*)*)"
    r"|(?P<num>\d[\w]*)"
    r"|(?P<punct>\S)"
)
_DOTTED = gz.DOTTED
# Capitalised words that are common in names, so no evidence of Title Case.
_NAME_PARTS = gz.TITLES | gz.ORG_WORDS | gz.PLACE_WORDS


# Not frozen (never changed all the same): one is made for every name of every block,
# often twice, and a frozen dataclass's __init__ sets each field through
# object.__setattr__, about twice the cost (as `linking._Hit`).
@dataclass(slots=True)
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


class _LowerRun(NamedTuple):
    """A run of lower-case words each followed by one space, held until one of them is read."""

    first: int
    """The index of its first word."""
    start: int
    text: str
    initial: bool
    """Whether its first word is initial (the others never are: a word precedes them)."""


class Tokens(Sequence[Token]):
    """A text's tokens, read like a list, with their texts and where names can start.

    The words of lower-case runs (three tokens in four) become `Token`s only when
    read: the recogniser reads the texts of the words next to a name (`texts`),
    seldom the tokens. With the runs as single matches, `tokenise` took 1.17 -> 0.98 s
    CPU and `find_mentions` 3.13 -> 2.76 s on 1,406 generated+corpus articles.
    """

    __slots__ = ("_items", "_runs", "openings", "texts")

    def __init__(self, items: list[Token | _LowerRun], runs: list[_LowerRun], texts: list[str], openings: list[int]):
        self._items = items
        self._runs = runs
        self.texts = texts
        """The text of every token."""
        self.openings = openings
        """Indices of the capitalised and mixed-case words and abbreviations, in order (a
        fifth of the tokens): a run of names starts at one of them. Every other token is
        punctuation, a number or a lower-case word (`plain`)."""

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> list[Token]: ...

    def __getitem__(self, key: int | slice) -> Token | list[Token]:
        item = self._items[key]
        if type(item) is Token:
            return item
        if isinstance(item, _LowerRun):
            self._make(item)
        else:  # a slice: its runs are made
            for part in cast(list[Token | _LowerRun], item):
                if isinstance(part, _LowerRun):
                    self._make(part)
        return cast(Token | list[Token], self._items[key])

    def __iter__(self) -> Iterator[Token]:
        for run in self._runs:
            self._make(run)
        return iter(cast(list[Token], self._items))

    def lower_case_words(self) -> set[str]:
        """The text's all-lower-case words, runs read as strings (no token made)."""
        words = {t.text for t in self._items if type(t) is Token and t.kind == "word" and t.text.islower()}
        for run in self._runs:
            words.update(run.text.split())
        return words

    def _make(self, run: _LowerRun) -> None:
        """The tokens of `run`, in their places: each word starts after the space ending the last."""
        if type(self._items[run.first]) is Token:
            return  # made already
        start, index, initial = run.start, run.first, run.initial
        for word in run.text.split():
            end = start + len(word)
            self._items[index] = Token(start, end, word, "word", initial, False, False, index)
            start, index, initial = end + 1, index + 1, False


def tokenise(text: str) -> Tokens:
    """The tokens of `text`, flagged by position (see `Token`)."""
    if "\n" not in text:  # most blocks: one line, no list of line starts and styles to make
        tokens = _tokenise_plain(text)
        style = _line_style(text)
        if style != "plain":
            _mark_styled(list(tokens), text, [0], [style])
        return tokens
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    styles = [_line_style(text[a:b]) for a, b in zip(line_starts, [*line_starts[1:], len(text)], strict=True)]
    tokens = _tokenise_plain(text)
    if any(style != "plain" for style in styles):
        _mark_styled(list(tokens), text, line_starts, styles)  # headlines (few blocks): every token made
    return tokens


def _tokenise_plain(text: str) -> Tokens:
    """Tokens flagged as if every line were plain (most blocks): `initial` after a sentence
    end, a line break, or opening quotes that are themselves initial.

    One loop over the matches, with no call for most of them: it runs over every
    token of every article.
    """
    items: list[Token | _LowerRun] = []
    runs: list[_LowerRun] = []
    texts: list[str] = []
    openings: list[int] = []
    lines = "\n" in text
    # The token before, as far as the next one's `initial` reads it: the text's first
    # token opens it, as one after a sentence end does.
    before, before_end, before_initial = ".", -1, True
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < before_end:
            continue  # the period already taken by "Ltd." or an initial
        initial = (
            before in _ENDERS
            or (before_initial and before in _OPENING_QUOTES)
            or (lines and text.find("\n", before_end, start) != -1)
        )
        kind = match.lastgroup or "punct"
        word = match.group()
        if kind == "lower":
            words = word.split()
            run = _LowerRun(len(items), start, word, initial)
            runs.append(run)
            items.extend([run] * len(words))
            texts.extend(words)
            before, before_end, before_initial = "a", end - 1, False  # a lower-case word
            continue
        if kind != "word" or not ("-" in word or word[-2:] in _POSSESSIVES or text.startswith(".", end)):
            # One token (most matches): made here, without a list of pieces to loop over.
            if not plain(kind, word):
                openings.append(len(items))
            items.append(Token(start, end, word, kind, initial, False, False, len(items)))
            texts.append(word)
            before, before_end, before_initial = word, end, initial
            continue
        pieces = _word_pieces(text, start, end, word)  # few words: see there
        before, before_end, before_initial = _add_pieces(pieces, initial, items, texts, openings)
    return Tokens(items, runs, texts, openings)


def _add_pieces(
    pieces: list[_Piece], initial: bool, items: list[Token | _LowerRun], texts: list[str], openings: list[int]
) -> tuple[str, int, bool]:
    """Add the tokens of one word's pieces (`_word_pieces`) to those of `_tokenise_plain`.

    Returns the last piece's text, end and `initial`: what follows the word follows its last part.
    """
    before, before_end, before_initial = "", 0, initial
    for piece_start, piece_end, piece, piece_kind in pieces:
        if not plain(piece_kind, piece):
            openings.append(len(items))
        items.append(Token(piece_start, piece_end, piece, piece_kind, initial, False, False, len(items)))
        texts.append(piece)
        before_initial, initial = initial, False  # a compound's later parts follow a word or a hyphen
        before, before_end = piece, piece_end
    return before, before_end, before_initial


_POSSESSIVES = ("'s", "’s")
_Piece = tuple[int, int, str, str]
"""A token's start, end, text and kind, before it is flagged."""


def _word_pieces(text: str, start: int, end: int, word: str) -> list[_Piece]:
    """(start, end, text, kind) of the token(s) a word match makes: it loses its possessive
    "'s", takes the period of "Ltd." or "W.", and a known name opening a hyphenated
    compound is split off it."""
    if word[-2:] in _POSSESSIVES and len(word) > 2:
        end -= 2
        word = word[:-2]
    elif text[end : end + 1] == "." and (word in _DOTTED or (len(word) == 1 and word.isupper())):
        end += 1
        word += "."
    if "-" in word:
        return _split_compound(start, word)
    return [(start, end, word, "word")]


def _split_compound(start: int, word: str) -> list[_Piece]:
    """'China-South' -> 'China', '-', 'South': a known name opening a hyphenated compound."""
    head, dash, _ = word.partition("-")
    if not dash or gazetteer_type(head) is None:
        return [(start, start + len(word), word, "word")]
    middle = start + len(head)
    rest = _split_compound(middle + 1, word[len(head) + 1 :])
    return [(start, middle, head, "word"), (middle, middle + 1, "-", "punct"), *rest]


def plain(kind: str, text: str) -> bool:
    """Punctuation, a number or an all-lower-case word: no run of names starts there
    (no name token and no product word like "iPod")."""
    if kind == "punct" or kind == "num":
        return True
    return kind == "word" and text[0].islower() and (len(text) < 2 or text[1:].islower())


_ENDERS = frozenset([".", "!", "?", ":", ";"])
_OPENING_QUOTES = frozenset(['"', "“", "‘", "'", "(", "``"])
_QUOTES = frozenset(['"', "“", "‘", "'", "(", "`"])


def _mark_styled(tokens: list[Token], text: str, line_starts: list[int], styles: list[str]) -> None:
    """The tokens flagged again for a text with ALL-CAPS or Title-Case lines (headlines:
    few blocks), where every word of such a line counts as initial."""
    previous: Token | None = None
    for token in tokens:
        style = styles[bisect_right(line_starts, token.start) - 1]
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
        and (text[0].isupper() or opens_with_article(text))
        and (text.isalpha() or not any(c.isdigit() for c in text))  # letters are never digits
    )


def opens_with_article(word: str) -> bool:
    """The Arabic article written lower-case before a capitalised name part: "al-Assad" of
    "Bashar al-Assad", "el-Sisi" of "Abdel Fattah el-Sisi" (no product word like "iPod")."""
    return word[:3] in _ARABIC_ARTICLES and word[3:4].isupper()


_ARABIC_ARTICLES = frozenset(["al-", "el-"])


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
