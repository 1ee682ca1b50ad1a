"""Rule-based names finder: capitalised word runs, cut and typed by word lists and cues.

Pure Python and fast (no model): tokens come from one regular expression,
runs of capitalised tokens become candidates, then
1. words that are capitalised only because of their position (sentence starts,
   Title-Case headlines, ALL-CAPS lines) are dropped unless a list knows them;
2. titles are cut off ("President Xi" -> "Xi", marked a person);
3. each candidate is typed by the gazetteer, name-ending words ("... Inc.",
   "... Airport"), given names, acronyms and event nouns;
4. names still untyped borrow the type of a longer name of the same text
   ("Barra" after "Mary Barra"), else get a default by shape.
"""

from __future__ import annotations

from bisect import bisect_left

from build_tools.entities import gazetteer as gz
from build_tools.entities import nouns
from build_tools.entities.context import type_by_context
from build_tools.entities.cues import extend_events, is_acronym, resolve, type_by_shape
from build_tools.entities.descriptors import highlight_start, in_reading_order, nest_covered, possessor_start
from build_tools.entities.determiners import WIDENED_TYPES, mention_start
from build_tools.entities.joins import add_surnames, join_names
from build_tools.entities.tokens import (
    Candidate,
    NameSpan,
    Token,
    Tokens,
    gazetteer_type,
    is_name_token,
    surface,
    tokenise,
)
from build_tools.model import EntityType

__all__ = ["NameSpan", "recognise"]

_CONNECTORS = gz.CONNECTORS
_MAX_PHRASE = 5
# The first words of the gazetteer's names: a run position whose word is none of
# them starts no known phrase (most positions: people's names, plain capitals).
_PHRASE_OPENERS = frozenset(phrase.split(" ")[0] for phrase in gz.PLACES | gz.KNOWN_ORGS)
_BARE_TITLES = gz.TITLES & gz.NOT_NAMES
# Words inside an office's name after its title: "Secretary of State", "Minister of
# Foreign Affairs" (the person's name comes after them).
_OFFICE_WORDS = frozenset(["of", "State", "Affairs"])
# Short names of days in `gz.NOT_NAMES` that also open firms' names ("Sun Microsystems
# Inc."). Not "May" or "March": "In May Apple Inc. said" is a month and a firm.
_CALENDAR_WORDS = frozenset(["Sun", "Mon", "Sat", "Wed"])
_OF_HEADS = gz.ORG_HEADS | frozenset(["Gulf", "Sea", "Republic", "Kingdom", "City", "Province", "State", "Bay", "Isle"])


def recognise(text: str) -> list[NameSpan]:
    """Find the names of people, organisations, places, events and groups in `text`.

    Returns spans in text order; a possessive "'s" is left out and so is a title
    before a person's name. An organisation's or place's span takes in the "the"
    of its own noun phrase ("the United States"; see `determiners`), its
    descriptor or its owner's possessive (`descriptors`); `NameSpan.name` is the
    name without them. A name inside such a lead ("Singapore" in "Singapore's
    Changi Airport") is a span of its own, nested: it follows the span holding
    it. Spans never cross.
    """
    tokens = tokenise(text)
    lowered = _LowerCaseWords(tokens)
    candidates: list[Candidate] = []
    for run in _runs(tokens, text):
        candidates.extend(_split_run(run, lowered))
    for candidate in candidates:
        if candidate.type is None:
            candidate.type = type_by_shape(candidate.tokens)
    type_by_context(candidates, tokens.texts)
    extend_events(candidates, tokens)
    spans = add_surnames(join_names(resolve(candidates, text), text), tokens)
    return _with_leads(spans, text)


class _LowerCaseWords:
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


def _with_leads(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Each span widened to its article, descriptor or possessor; names inside it nest.

    A place premodifying a descriptor ("U.S." in "U.S. automaker GM") is in that
    mention and a mention of its own, and so is an organisation or place owning
    the name ("Singapore" in "Singapore's Changi Airport"), as MEANTIME marks
    them: the possessor's page must list the article. A descriptor that would
    cut through another name is not taken (the name keeps its article alone).
    """
    widened: list[NameSpan] = []
    nested: list[NameSpan] = []
    for span in spans:
        start = highlight_start(text, span.start, span.end, span.type)
        if start == span.start:
            owner = widened[-1] if widened and widened[-1].type in WIDENED_TYPES else None
            start = possessor_start(text, span.start, span.end, span.type, owner)
        wide = _with_lead(span, text, start)
        if not nest_covered(widened, nested, wide.start):
            wide = _with_lead(span, text, mention_start(text, span.start, span.end, span.type))
        widened.append(wide)
    return in_reading_order(widened, nested)


def _with_lead(span: NameSpan, text: str, start: int) -> NameSpan:
    if start == span.start:
        return span
    return NameSpan(start, span.end, text[start : span.end], span.type, lead=span.lead + span.start - start)


def _runs(tokens: Tokens, text: str) -> list[list[Token]]:
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


def _split_run(run: list[Token], lowered: _LowerCaseWords) -> list[Candidate]:
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


def _cut_pending(tokens: list[Token], lowered: _LowerCaseWords) -> list[Candidate]:
    """Drop words capitalised by position only, cut titles, and keep what looks like a name."""
    pieces: list[Candidate] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        follower = tokens[index + 1] if index + 1 < len(tokens) else None
        weak = _is_weak(token, lowered, at_start=not current, follower=follower)
        if weak and not (not current and _opens_firm(tokens, index)):
            pieces.extend(_strip_titles(current))
            # "Mr", "Ms", "Dr", "CEO" written without a period: never a name, still a
            # title, so the name after it is a person's ("Ms Nomvula Mokoena").
            bare_title = token.text in _BARE_TITLES and follower is not None and follower.text[0].isupper()
            current = [token] if bare_title else []
            continue
        if current and current[-1].text in gz.ORG_WORDS and token.text in gz.GIVEN_NAMES:
            pieces.extend(_strip_titles(current))  # "Chrysler LLC Jim Press": two names
            current = []
        current.append(token)
    pieces.extend(_strip_titles(current))
    return pieces


def _opens_firm(tokens: list[Token], index: int) -> bool:
    """'Sun Microsystems Inc.', 'Sun Life Financial Inc.': a day's short name opening a firm's.

    Only when a firm's ending closes the name, two or more words on: "Sun" and
    "May" alone, or before a date, stay no names.
    """
    return tokens[index].text in _CALENDAR_WORDS and len(tokens) > index + 2 and tokens[-1].text in gz.COMPANY_ENDS


def _is_weak(token: Token, lowered: _LowerCaseWords, *, at_start: bool, follower: Token | None) -> bool:
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


def _strip_titles(tokens: list[Token]) -> list[Candidate]:
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
