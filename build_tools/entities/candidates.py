"""A run of capitalised tokens cut into name candidates.

Known phrases of the gazetteer are taken first, longest first, unless they
head a longer name ("Singapore Airlines"); a place before an organisation's
words is a country's body ("US Senate"); a company's name with a model's
after it names a product, no name ("Ford Taurus"). In the words left
between them, those capitalised only by their position (sentence starts,
Title-Case headlines, ALL-CAPS lines) are dropped unless a list knows them,
and titles are cut off (`titles`).
"""

from __future__ import annotations

from build_tools.entities import gazetteer as gz
from build_tools.entities import nouns
from build_tools.entities.cues import is_acronym
from build_tools.entities.titles import strip_titles
from build_tools.entities.tokens import Candidate, Token, Tokens, gazetteer_type, surface
from build_tools.model import EntityType

__all__ = ["LowerCaseWords", "split_run"]

_CONNECTORS = gz.CONNECTORS
_MAX_PHRASE = 5
# The first words of the gazetteer's names: a run position whose word is none of
# them starts no known phrase (most positions: people's names, plain capitals).
_PHRASE_OPENERS = frozenset(phrase.split(" ")[0] for phrase in gz.PLACES | gz.KNOWN_ORGS)
_BARE_TITLES = gz.TITLES & gz.NOT_NAMES
# Short names of days in `gz.NOT_NAMES` that also open firms' names ("Sun Microsystems
# Inc."). Not "May" or "March": "In May Apple Inc. said" is a month and a firm.
_CALENDAR_WORDS = frozenset(["Sun", "Mon", "Sat", "Wed"])
_OF_HEADS = gz.ORG_HEADS | frozenset(["Gulf", "Sea", "Republic", "Kingdom", "City", "Province", "State", "Bay", "Isle"])


class LowerCaseWords:
    """The text's all-lower-case words ("march" tells that "March" opens a sentence only
    by position), gathered on first use: one block in six asks (measured on generated
    news), and gathering them read every token of every block (~1.5% of find_mentions)."""

    __slots__ = ("_tokens", "_words")

    def __init__(self, tokens: Tokens) -> None:
        self._tokens = tokens
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = self._tokens.lower_case_words()
        return word in self._words


def split_run(run: list[Token], lowered: LowerCaseWords) -> list[Candidate]:
    """Cut one run into name candidates: known phrases first, then the rest."""
    pieces: list[Candidate] = []
    pending: list[Token] = []
    index = 0
    while index < len(run):
        size, kind = _known_phrase(run, index)
        if kind is EntityType.ORGANIZATION and _is_model_name(run, index + size):
            pieces.extend(_cut_pending(pending, lowered))
            pending = []
            index = len(run)  # "Ford Taurus", "Apple Macintosh": a maker's product, no name
            continue
        if size:
            first = index
            if pending and pending[-1].text in gz.PLACE_PREFIXES and surface(run[index]) in gz.PLACES:
                # "West Bengal", "North Atlantic Treaty Organization", "East Japan Railway":
                # the compass word opens the place's name, and so the name built on it.
                first, pending = index - 1, pending[:-1]
            pieces.extend(_cut_pending(pending, lowered))
            pending = []
            pieces.append(Candidate(run[first : index + size], kind))
            index += size
            continue
        pending.append(run[index])
        index += 1
    pieces.extend(_cut_pending(pending, lowered))
    return pieces


def _known_phrase(run: list[Token], index: int) -> tuple[int, EntityType | None]:
    """Longest gazetteer phrase starting at run[index], if it is not part of a longer name."""
    if index > 1 and run[index - 1].text == "of" and run[index - 2].text in _OF_HEADS:
        return 0, None  # "Bank of America" is a bank, "Gulf of Mexico" a gulf
    first = surface(run[index])
    if first not in _PHRASE_OPENERS:
        return 0, None
    # Each word's surface once: every length tried, longest first, joins them again.
    words = [first, *[surface(t) for t in run[index + 1 : index + _MAX_PHRASE]]]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        kind = gazetteer_type(phrase)
        if kind is None:
            continue
        rest = run[index + size :]
        body = _national_body(rest) if kind is EntityType.PLACE else 0
        if body:
            return size + body, EntityType.ORGANIZATION  # "US Senate", "China Eastern Airlines"
        # "Singapore Airlines", "Apple Computer": a known word heading a longer name;
        # "Gulf of Mexico": a known head before "of" too.
        if rest and (surface(rest[0]) in gz.ORG_WORDS or surface(rest[0]) in gz.PLACE_WORDS):
            return 0, None
        if rest and rest[0].text == "of" and words[size - 1] in _OF_HEADS:
            return 0, None
        if kind is EntityType.ORGANIZATION and len(rest) == 1 and gazetteer_type(surface(rest[0])) is EntityType.PLACE:
            return size + 1, kind  # "Ford Australia", "GM Europe": a company's branch
        return size, kind
    return 0, None


def _is_model_name(run: list[Token], index: int) -> bool:
    """One capitalised word ending a run after a company: its product's model ('Toyota Prius').

    Not when the word is a name part ('Ford Motor', 'Apple CEO'), a place
    ('Ford Australia'), a known name, a given name or an acronym.
    """
    if index < len(run) and all(t.text in nouns.NUMBER_WORDS for t in run[index:]):
        return True  # "Ford Five Hundred", "Peugeot Two Thousand": a model named in words
    if index != len(run) - 1 or run[index].initial:
        return False  # a word opening the next line or sentence is no model ("Senate\nDecember")
    word = surface(run[index])
    if word in gz.ORG_WORDS or word in gz.PLACE_WORDS or word in gz.TITLES or word in gz.GIVEN_NAMES:
        return False
    return gazetteer_type(word) is None and not word.isupper() and word.isalpha()


def _national_body(rest: list[Token]) -> int:
    """Words after a place that make it an organisation's name: 'US Labor Department', 'US Senate'.

    An acronym alone after the place is the country's body too ('UK RAF').
    Otherwise the longest stretch of `rest` that is a known organisation or
    ends with an organisation word; 0 when there is none ("US President Joe
    Biden") or the name ends as a place's ("Chiang Mai International Airport").
    """
    if not rest or surface(rest[-1]) in gz.PLACE_WORDS:
        return 0
    if len(rest) == 1 and not rest[0].caps_line and is_acronym(rest[0]):
        return 1  # "UK RAF", "US FDA": the country's body, named by its acronym
    if len(rest) > 2 and surface(rest[0]) in gz.ORG_WORDS and rest[1].text in ("of", "for"):
        # "US Agency for International Development", "U.S. Department of Health and
        # Human Services": the head names it, however long the rest.
        return len(rest)
    for size in range(min(_MAX_PHRASE, len(rest)), 0, -1):
        words = [surface(t) for t in rest[:size]]
        if gazetteer_type(" ".join(words)) is EntityType.ORGANIZATION or words[-1] in gz.ORG_WORDS:
            return size
    return 0


def _cut_pending(tokens: list[Token], lowered: LowerCaseWords) -> list[Candidate]:
    """Drop words capitalised by position only, cut titles, and keep what looks like a name."""
    pieces: list[Candidate] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        follower = tokens[index + 1] if index + 1 < len(tokens) else None
        weak = _is_weak(token, lowered, at_start=not current, follower=follower)
        if weak and not (not current and _opens_firm(tokens, index)):
            pieces.extend(strip_titles(current))
            # "Mr", "Ms", "Dr", "CEO" written without a period: never a name, still a
            # title, so the name after it is a person's ("Ms Nomvula Mokoena").
            bare_title = token.text in _BARE_TITLES and follower is not None and follower.text[0].isupper()
            current = [token] if bare_title else []
            continue
        if current and current[-1].text in gz.ORG_WORDS and token.text in gz.GIVEN_NAMES:
            pieces.extend(strip_titles(current))  # "Chrysler LLC Jim Press": two names
            current = []
        current.append(token)
    pieces.extend(strip_titles(current))
    return pieces


def _opens_firm(tokens: list[Token], index: int) -> bool:
    """'Sun Microsystems Inc.', 'Sun Life Financial Inc.': a day's short name opening a firm's.

    Only when a firm's ending closes the name, two or more words on: "Sun" and
    "May" alone, or before a date, stay no names.
    """
    return tokens[index].text in _CALENDAR_WORDS and len(tokens) > index + 2 and tokens[-1].text in gz.COMPANY_ENDS


def _is_weak(token: Token, lowered: LowerCaseWords, *, at_start: bool, follower: Token | None) -> bool:
    text = token.text
    if text in gz.NOT_NAMES or text in _CONNECTORS or text == "-" or text == "and":
        return at_start or text in gz.NOT_NAMES
    if token.caps_line:
        return text.lower() in gz.COMMON_WORDS or text.lower() in lowered or len(text) < 2
    if not token.initial:
        return False
    if text.isupper() and len(text) > 1:
        return text.lower() in gz.COMMON_WORDS
    if follower is not None and _goes_on(token, follower) and not token.caps_line:
        # "General Motors", "United Auto Workers" open sentences too; Title Case
        # headlines ("Apple Unveils New iPod") are the exception.
        return token.caps_line or _line_is_title(token)
    return text.lower() in gz.COMMON_WORDS or text.lower() in lowered


def _goes_on(token: Token, follower: Token) -> bool:
    """The run goes on with a name after `token`: a capital, an institution's "and", or
    "of" after a head ("Bank of Ghana", "Gulf of Mexico" open sentences too)."""
    return follower.text[0].isupper() or follower.text == "and" or (follower.text == "of" and token.text in _OF_HEADS)


def _line_is_title(token: Token) -> bool:
    return token.initial and token.title_line
