"""The tokeniser's fast paths make the tokens the plain one-match-per-token tokeniser made."""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

import pytest

from build_tools.entities import tokens as tk
from build_tools.entities.tokens import Token, tokenise

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_c3f07487757a6e66.txt"

# The tokeniser as it was before lower-case runs were one match (at 0906750),
# kept as the reference: one regex match and one Token per token, flags set after.
_PLAIN_TOKEN = re.compile(
    r"(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_][\w]*(?:[-'’&][^\W_][\w]*)*)"
    r"|(?P<num>\d[\w]*)"
    r"|(?P<punct>\S)"
)


def plain_tokenise(text: str) -> list[Token]:
    found: list[Token] = []
    last_end = -1
    for match in _PLAIN_TOKEN.finditer(text):
        start, end = match.span()
        if start < last_end:
            continue
        kind, word = match.lastgroup or "punct", match.group()
        dotted = word in tk._DOTTED or (len(word) == 1 and word.isupper())
        if kind == "word" and word[-2:] in ("'s", "’s") and len(word) > 2:
            end, word = end - 2, word[:-2]
        elif kind == "word" and text[end : end + 1] == "." and dotted:
            end, word = end + 1, word + "."
        if kind == "word" and "-" in word:
            found.extend(_plain_compound(start, word))
        else:
            found.append(Token(start, end, word, kind))
        last_end = end
    _plain_marks(found, text)
    return found


def _plain_compound(start: int, word: str) -> list[Token]:
    head, dash, _ = word.partition("-")
    if not dash or tk.gazetteer_type(head) is None:
        return [Token(start, start + len(word), word, "word")]
    middle = start + len(head)
    rest = _plain_compound(middle + 1, word[len(head) + 1 :])
    return [Token(start, middle, head, "word"), Token(middle, middle + 1, "-", "punct"), *rest]


def _plain_marks(found: list[Token], text: str) -> None:
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    styles = [tk._line_style(text[a:b]) for a, b in zip(line_starts, [*line_starts[1:], len(text)], strict=True)]
    previous: Token | None = None
    for index, token in enumerate(found):
        token.index = index
        style = styles[bisect_right(line_starts, token.start) - 1]
        if previous is None:
            opener = True
        else:
            opener = previous.text in tk._ENDERS or "\n" in text[previous.end : token.start]
            if previous.text in tk._OPENING_QUOTES:
                opener = opener or previous.initial
        token.initial = opener if style == "plain" else opener or token.kind != "punct" or token.text not in tk._QUOTES
        token.caps_line, token.title_line = style == "caps", style == "title"
        previous = token


def plain_openings(found: list[Token]) -> list[int]:
    """Where `runs.find_runs` used to stop: tokens that are not punctuation, numbers or lower-case words."""
    return [t.index for t in found if not tk.plain(t.kind, t.text)]


TEXTS = (
    "The company said it would appeal.",
    "shares of Apple Inc. rose and the company 's chief said the U.S. dollar fell , then rose",
    "Officials in Seoul's government met the firm’s chief; a well-known man said don't.",
    "he said. the rest (and more) follow: \"quoted words\" and 'single ones' end here ",
    "South Korea-China talks and China-South Korea-Japan ties, x-ray, pro-Moscow rebels.",
    "George W. Bush met e.g. a.m. and p.m. people at 10 a.m. in No. 10 with Mr. Smith.",
    "two  spaces  here\tand a tab, then\nthe next line starts lower\n\nand a new paragraph .",
    "BEIJING: CHINESE LEADER XI JINPING SPOKE\nthe text goes on in lower case then",
    "Apple Unveils New iPod Nano For The Holidays\nit said the iPod shuffle sold well",
    "café owners and naïve élite voters said über things, ünd x1 3rd 2nd-quarter a5 b",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    "“Hello,” said the man; ‘yes’ and `` quoted '' ones (a) [b] {c}",
    "ends with a lower word",
    "ends with space ",
    "",
    "   ",
    "x",
    "iTunes Music Store and eBay said the ministry of finance of the republic",
)


def assert_same_tokens(text: str) -> None:
    """Every way of reading `tokenise`'s tokens gives the plain tokeniser's."""
    expected = plain_tokenise(text)
    assert tokenise(text).texts == [t.text for t in expected]
    assert tokenise(text).openings == plain_openings(expected)
    assert tokenise(text).lower_case_words() == {t.text for t in expected if t.kind == "word" and t.text.islower()}
    backwards = tokenise(text)  # tokens made one run at a time, last first
    assert [backwards[i] for i in reversed(range(len(backwards)))] == expected[::-1]
    sliced = tokenise(text)
    assert [token for start in range(0, len(sliced), 3) for token in sliced[start : start + 3]] == expected
    assert list(tokenise(text)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_those_of_the_plain_tokeniser(text: str) -> None:
    assert_same_tokens(text)


def test_seed_capture_tokens_are_those_of_the_plain_tokeniser() -> None:
    local = Path(__file__).resolve().parents[1] / "captures" / SEED.name
    text = (local if local.exists() else SEED).read_text(encoding="utf-8")
    for block in [text, *text.split("\n\n"), *text.splitlines()]:
        assert_same_tokens(block)


def test_lower_case_run_is_split_into_words_at_their_offsets() -> None:
    text = "Then the company said it."
    found = tokenise(text)
    assert [(t.text, t.start, t.end, t.initial) for t in list(found)] == [
        ("Then", 0, 4, True),
        ("the", 5, 8, False),
        ("company", 9, 16, False),
        ("said", 17, 21, False),
        ("it", 22, 24, False),
        (".", 24, 25, False),
    ]
    assert found.openings == [0]
