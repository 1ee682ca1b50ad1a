"""Mention extent: "the" before an organisation or place name belongs to its mention.

(And "the government of" before a place: "the government of Canada" is Canada
acting, the GPE convention of ACE and MEANTIME that `joins` follows for "US
government".)

News names many organisations and places with the article as part of the
phrase: "the United States", "the Associated Press", "the Bank of Japan", "The
UAW refused". MEANTIME and ACE mark that whole noun phrase as the mention, and
a reader's eye takes "the Federal Reserve" as one unit, so the highlight covers
it. The entity itself (its name, id, registry lookup, page) never includes the
article: only the highlighted span widens.

The article belongs to the name only when the name heads its own noun phrase.
It does not when the name is
- a premodifier of a following noun: in "the US automobile maker" the article
  goes with "maker", the name is "US";
- the possessor before "'s": in "the United Kingdom's Royal Air Force" the
  article goes with the outer phrase ("the ... Royal Air Force").
Telling a following noun from a following verb without a tagger: closed-class
words, past forms ("-ed"), adverbs ("-ly") and the common present-tense
reporting verbs of news end the name's phrase; any other lower-case word is
taken as the noun the name modifies (the safe side: the span stays the name).
"""

from __future__ import annotations

import re

from build_tools.entities import gazetteer as gz
from build_tools.model import EntityType

__all__ = ["PHRASE_ENDERS", "WIDENED_TYPES", "determiner_start", "heads_phrase", "mention_start"]

WIDENED_TYPES = frozenset([EntityType.ORGANIZATION, EntityType.PLACE])

# "the" or "The" as a word, one space or a line break before the name.
_ARTICLE = re.compile(r"(?<![\w'’-])(?:the|The)(?: |\n)$")
# "the government of Canada", "the provincial government of Ontario", "the governments of".
_GOVERNMENT_OF = re.compile(r"(?<![\w-])(?:[Tt]he )?(?:[a-z]+ )?governments? of $")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*|\S)?")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PHRASE_ENDERS = _words(
    """
    and or but nor of in on at to for with by from as than into onto over under about after
    before since until during against between among through across near per via while
    that which who whom whose where when whether if because though although so yet also
    is was are were be been being has had have will would could should can may might must
    shall did does do not said says say told tells added adds noted notes
    announced announces reported reports plans planned wants wanted agreed agrees
    confirmed confirms declined declines expects expected warned warns
    fell rose grew won lost sold bought took made gave became began held paid spent kept left
    came went saw got met cut put set hit let led ran sent spoke stood struck told thought
    wrote brought built caught dealt felt found heard laid lent meant sought shut spread
    drew drove fought flew knew chose broke bid beat quit threw understood
    seeks wins loses sells buys makes takes gives faces holds leads
    meets calls asks uses needs hopes aims approves rejects denies admits claims
    down up alone itself now then still again too also today yesterday
    """
)
_POSSESSIVES = ("'s", "’s", "'", "’")
_NOT_HEADS = gz.NOT_NAMES | {"I"}


def mention_start(text: str, start: int, end: int, kind: EntityType | None) -> int:
    """Where the mention of the name at text[start:end] starts: its article or government words, or `start`."""
    if kind is EntityType.PLACE and text.endswith("of ", 0, start):
        match = _GOVERNMENT_OF.search(text, max(0, start - 40), start)
        if match:
            return match.start()
    return determiner_start(text, start, end, kind)


def determiner_start(text: str, start: int, end: int, kind: EntityType | None) -> int:
    """Where the mention of the name at text[start:end] starts: before its "the", or `start`.

    Only organisation and place names take the article (a person's does not:
    "the Lee family" is a family, and titles stay outside person names too).
    """
    if kind not in WIDENED_TYPES or start < 4:
        return start
    window = max(0, start - 5)
    if "he" not in text[window:start]:
        return start  # no "the"/"The" there, told without a regex search (most names)
    match = _ARTICLE.search(text, window, start)
    if match is None or not heads_phrase(text, end):
        return start
    return match.start()


def heads_phrase(text: str, end: int) -> bool:
    """True when the name at `end` closes its noun phrase (not a premodifier, not a possessor)."""
    rest = text[end : end + 40]
    if rest.startswith("-") or rest.lstrip(" ").startswith(_POSSESSIVES):
        # "the US-based maker"; "the United Kingdom's Royal Air Force": "the" is the outer phrase's
        return False
    match = _NEXT_WORD.match(rest)
    word = match.group(1) if match else None
    if match is None or not word or not word[0].isalpha():
        return True  # end of text, punctuation, a number ("the S&P 500")
    if word[0].isupper():
        # "the United States Dow Jones index", "the New York Islanders": "the" goes with the
        # name this one premodifies. A title or a given name after it starts an apposition
        # ("President of the United States Barack Obama"); a day, a month or "I" starts
        # something else ("before the House Committee Tuesday", "the Honda I own").
        follows = rest.startswith(" ") and not rest.startswith("  ")
        return not follows or word in gz.TITLES or word in gz.GIVEN_NAMES or word in _NOT_HEADS
    if not word.islower():
        return False  # a product the name makes: "the Apple iPhone"
    if word in ("and", "or") and _coordinated_modifier(rest[match.end() :]):
        return False  # "the US and European markets": "the" goes with "markets"
    return word in PHRASE_ENDERS or word.endswith(("ed", "ly"))


def _coordinated_modifier(rest: str) -> bool:
    """True when the words after "and"/"or" are a nationality adjective: 'and European financial'."""
    match = _NEXT_WORD.match(rest)
    return bool(match and match.group(1) in gz.DEMONYMS)
