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
_CONNECTORS = gz.CONNECTORS
_MAX_PHRASE = 5
# Capitalised words that are common in names, so no evidence of Title Case.
_NAME_PARTS = gz.TITLES | gz.ORG_WORDS | gz.PLACE_WORDS
_OF_HEADS = gz.ORG_HEADS | frozenset(["Gulf", "Sea", "Republic", "Kingdom", "City", "Province", "State", "Bay", "Isle"])


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found in text: offsets into that text, and its kind."""

    start: int
    end: int
    text: str
    type: EntityType


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    kind: str
    initial: bool = False
    """Capitalised because it starts a sentence, a line or a Title-Case headline."""
    caps_line: bool = False
    title_line: bool = False


@dataclass(slots=True)
class _Candidate:
    tokens: list[_Token]
    type: EntityType | None = None


def recognise(text: str) -> list[NameSpan]:
    """Find the names of people, organisations, places, events and groups in `text`.

    Returns spans in text order, never overlapping; a possessive "'s" is left out
    and so is a title before a person's name.
    """
    tokens = _tokenise(text)
    lowered = {token.text for token in tokens if token.kind == "word" and token.text.islower()}
    candidates: list[_Candidate] = []
    for run in _runs(tokens, text):
        candidates.extend(_split_run(run, lowered))
    for candidate in candidates:
        if candidate.type is None:
            candidate.type = _type_by_shape(candidate.tokens)
    _extend_events(candidates, tokens)
    return _resolve(candidates, text)


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        start, end = match.span()
        if tokens and start < tokens[-1].end:
            continue  # the period already taken by "Ltd." or an initial
        word = match.group()
        if kind == "word" and word[-2:] in ("'s", "’s") and len(word) > 2:
            end -= 2
        elif kind == "word" and text[end : end + 1] == "." and (
            word in _DOTTED or (len(word) == 1 and word.isupper())
        ):
            end += 1
        tokens.extend(_split_compound(start, text[start:end], kind))
    _mark_positions(tokens, text)
    return tokens


def _split_compound(start: int, word: str, kind: str) -> list[_Token]:
    """'China-South' -> 'China', '-', 'South': a known name opening a hyphenated compound."""
    head, dash, _ = word.partition("-")
    if kind != "word" or not dash or _gazetteer_type(head) is None:
        return [_Token(start, start + len(word), word, kind)]
    middle = start + len(head)
    rest = _split_compound(middle + 1, word[len(head) + 1 :], kind)
    return [_Token(start, middle, head, kind), _Token(middle, middle + 1, "-", "punct"), *rest]


def _mark_positions(tokens: list[_Token], text: str) -> None:
    """Flag tokens whose capital letter says nothing: sentence and line starts, headlines."""
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    styles = [_line_style(text[a:b]) for a, b in zip(line_starts, [*line_starts[1:], len(text)], strict=True)]
    previous: _Token | None = None
    for token in tokens:
        style = styles[bisect_right(line_starts, token.start) - 1]
        token.caps_line = style == "caps"
        token.title_line = style == "title"
        gap = text[previous.end : token.start] if previous else "\n"
        opener = previous is None or "\n" in gap or previous.text in (".", "!", "?", ":", ";")
        if previous is not None and previous.text in ('"', "“", "‘", "'", "(", "``"):
            opener = opener or previous.initial
        token.initial = opener or style in ("title", "caps")
        if token.kind != "punct" or token.text not in ('"', "“", "‘", "'", "(", "`"):
            previous = token
        else:
            token.initial = opener
            previous = token


def _line_style(line: str) -> str:
    """'caps' for ALL-CAPS lines, 'title' for Title Case Headlines, else 'plain'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 3:
        return "plain"
    letters = [w for w in words if any(c.isalpha() for c in w)]
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


def _is_name_token(token: _Token) -> bool:
    if token.kind == "abbr":
        return token.text[0].isupper()
    # Model numbers ("A380", "F-16") are products, not names.
    return token.kind == "word" and token.text[0].isupper() and not any(c.isdigit() for c in token.text)


def _runs(tokens: list[_Token], text: str) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens, joined by connectors and in-name hyphens."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if _is_product_word(token):
            # "iPod Shuffle", "iTunes Music Store": the capitalised words name a product.
            if current:
                runs.append(current)
            current = []
            while index + 1 < len(tokens) and _is_name_token(tokens[index + 1]):
                index += 1
        elif _is_name_token(token) and (not current or _joinable(current[-1], token, text)):
            current.append(token)
        elif current and _bridges(tokens, index, text):
            width = 3 if tokens[index + 1].text in _CONNECTORS else 2
            current.extend(tokens[index : index + width])
            index += width
            continue
        else:
            if current:
                runs.append(current)
            current = [token] if _is_name_token(token) else []
        index += 1
    if current:
        runs.append(current)
    return runs


def _is_product_word(token: _Token) -> bool:
    text = token.text
    return token.kind == "word" and text[0].islower() and any(c.isupper() for c in text[1:])


def _joinable(left: _Token, right: _Token, text: str) -> bool:
    gap = text[left.end : right.start]
    return gap.isspace() and "\n\n" not in gap and gap.count("\n") <= 1 and len(gap) < 4


def _bridges(tokens: list[_Token], index: int, text: str) -> bool:
    """A connector ("Bank of Japan") or spaced hyphen ("Wal - Mart") between two name tokens."""
    if index + 1 >= len(tokens):
        return False
    middle, after = tokens[index], tokens[index + 1]
    if middle.text in _CONNECTORS and after.text in _CONNECTORS and index + 2 < len(tokens):
        after = tokens[index + 2]  # "von der Leyen", "de la Rua"
    if not _is_name_token(after) or (middle.text not in _CONNECTORS and middle.text != "-"):
        return False
    between = text[tokens[index - 1].end : after.start]
    return between.startswith(" ") and between.endswith(" ") and len(between) < 10


def _split_run(run: list[_Token], lowered: set[str]) -> list[_Candidate]:
    """Cut one run into name candidates: known phrases first, then the rest."""
    pieces: list[_Candidate] = []
    pending: list[_Token] = []
    index = 0
    while index < len(run):
        size, kind = _known_phrase(run, index)
        if size:
            pieces.extend(_cut_pending(pending, lowered))
            pending = []
            pieces.append(_Candidate(run[index : index + size], kind))
            index += size
            continue
        pending.append(run[index])
        index += 1
    pieces.extend(_cut_pending(pending, lowered))
    return pieces


def _known_phrase(run: list[_Token], index: int) -> tuple[int, EntityType | None]:
    """Longest gazetteer phrase starting at run[index], if it is not part of a longer name."""
    if index > 1 and run[index - 1].text == "of" and run[index - 2].text in _OF_HEADS:
        return 0, None  # "Bank of America" is a bank, "Gulf of Mexico" a gulf
    for size in range(min(_MAX_PHRASE, len(run) - index), 0, -1):
        words = run[index : index + size]
        phrase = " ".join(_surface(t) for t in words)
        kind = _gazetteer_type(phrase)
        if kind is None:
            continue
        rest = run[index + size :]
        # "Singapore Airlines", "Apple Computer": a known word heading a longer name.
        if rest and (_surface(rest[0]) in gz.ORG_WORDS or _surface(rest[0]) in gz.PLACE_WORDS):
            return 0, None
        return size, kind
    return 0, None


def _surface(token: _Token) -> str:
    """The token as a list would spell it: 'BEIJING' on a caps line is 'Beijing'."""
    text = token.text
    if (token.caps_line or len(text) > 4) and text.isupper() and text.isalpha():
        return text.title()
    return text


def _gazetteer_type(phrase: str) -> EntityType | None:
    if phrase in gz.PLACES:
        return EntityType.PLACE
    if phrase in gz.KNOWN_ORGS:
        return EntityType.ORGANIZATION
    return None


def _cut_pending(tokens: list[_Token], lowered: set[str]) -> list[_Candidate]:
    """Drop words capitalised by position only, cut titles, and keep what looks like a name."""
    pieces: list[_Candidate] = []
    current: list[_Token] = []
    for index, token in enumerate(tokens):
        follower = tokens[index + 1] if index + 1 < len(tokens) else None
        if _is_weak(token, lowered, at_start=not current, follower=follower):
            pieces.extend(_strip_titles(current))
            current = []
            continue
        current.append(token)
    pieces.extend(_strip_titles(current))
    return pieces


def _is_weak(token: _Token, lowered: set[str], *, at_start: bool, follower: _Token | None) -> bool:
    text = token.text
    if text in gz.NOT_NAMES or text in _CONNECTORS or text == "-":
        return at_start or text in gz.NOT_NAMES
    if token.caps_line:
        return text.lower() in gz.COMMON_WORDS or text.lower() in lowered or len(text) < 2
    if not token.initial:
        return False
    if text.isupper() and len(text) > 1:
        return text.lower() in gz.COMMON_WORDS
    if follower is not None and follower.text[0].isupper() and not token.caps_line:
        # "General Motors", "United Auto Workers" open sentences too; Title Case
        # headlines ("Apple Unveils New iPod") are the exception.
        return token.caps_line or _line_is_title(token)
    return text.lower() in gz.COMMON_WORDS or text.lower() in lowered


def _line_is_title(token: _Token) -> bool:
    return token.initial and token.title_line


def _strip_titles(tokens: list[_Token]) -> list[_Candidate]:
    """'Chinese President Xi Jinping' -> person 'Xi Jinping' ('US President' is kept apart)."""
    while tokens and (tokens[-1].text in _CONNECTORS or tokens[-1].text == "-"):
        tokens = tokens[:-1]
    if not tokens:
        return []
    if all(t.text in gz.TITLES for t in tokens):
        return []  # "Prime Minister" alone names an office, not a person
    if len(tokens) > 1 and tokens[0].text in gz.DEMONYMS and tokens[-1].text not in gz.ORG_WORDS:
        tokens = tokens[1:]  # "Japanese Nikkei": the adjective is not part of the name
    title_at = next((i for i, t in enumerate(tokens) if t.text in gz.TITLES), None)
    if title_at is None:
        return [_Candidate(tokens)]
    end = title_at
    while end < len(tokens) and (tokens[end].text in gz.TITLES or tokens[end].text in ("of", "State")):
        end += 1
    person = tokens[end:]
    if not person or not _looks_like_person(person):
        return [_Candidate(tokens)]
    before = tokens[:title_at]
    pieces = [_Candidate(before)] if before else []
    return [*pieces, _Candidate(person, EntityType.PERSON)]


def _looks_like_person(tokens: list[_Token]) -> bool:
    last = tokens[-1].text
    if len(tokens) > 4 or last in gz.ORG_WORDS or last in gz.PLACE_WORDS:
        return False
    phrase = " ".join(t.text for t in tokens)
    return _gazetteer_type(phrase) is None and tokens[0].kind == "word"


def _type_by_shape(tokens: list[_Token]) -> EntityType | None:
    """Type a candidate from its own words; None when only context can tell."""
    words = [_surface(t) for t in tokens]
    first, last = words[0], words[-1]
    if len(words) == 1 and _is_group(first):
        return EntityType.GROUP
    if len(words) == 2 and first in gz.DEMONYM_PREFIXES and _is_group(last):
        return EntityType.GROUP
    if last in gz.EVENT_NOUNS and last not in gz.EVENT_LOWER and len(words) > 1:
        return EntityType.EVENT
    if last in gz.ORG_WORDS or (first in gz.ORG_HEADS and len(words) > 2 and words[1] == "of"):
        return EntityType.ORGANIZATION
    if last in gz.PLACE_WORDS or (first in gz.PLACE_HEADS and len(words) > 1):
        return EntityType.PLACE
    if len(words) == 1 and tokens[0].text.isupper() and len(first) > 1:
        return EntityType.ORGANIZATION
    if first in gz.GIVEN_NAMES and len(words) > 1:
        return EntityType.PERSON
    return None


def _is_group(word: str) -> bool:
    return word.endswith("s") and (word[:-1] in gz.DEMONYMS or word[:-2] in gz.DEMONYMS)


def _extend_events(candidates: list[_Candidate], tokens: list[_Token]) -> None:
    """'APEC summit', 'Victory Day military parade': a name then a lower-case event noun."""
    position = {id(token): index for index, token in enumerate(tokens)}
    for candidate in candidates:
        if candidate.type in (EntityType.PERSON, EntityType.PLACE, EntityType.GROUP):
            continue
        after = position[id(candidate.tokens[-1])] + 1
        for offset in (0, 1):
            nxt = tokens[after + offset] if after + offset < len(tokens) else None
            if nxt is None or not nxt.text.islower():
                break
            if nxt.text in gz.EVENT_LOWER:
                candidate.tokens = [*candidate.tokens, *tokens[after : after + offset + 1]]
                candidate.type = EntityType.EVENT
                break


def _resolve(candidates: list[_Candidate], text: str) -> list[NameSpan]:
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
        # "US$ 14 billion": a currency sign, not the country.
        if kind is None or _is_demonym(candidate) or text.startswith("$", end):
            continue
        spans.append(NameSpan(start, end, text[start:end], kind))
    return spans


def _learn(candidate: _Candidate, known: dict[str, EntityType]) -> None:
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


def _guess(candidate: _Candidate, known: dict[str, EntityType]) -> EntityType | None:
    words = [t.text for t in candidate.tokens]
    phrase = " ".join(words)
    if phrase in known:
        return known[phrase]
    if len(words) == 1:
        # A lone dictionary word ("Terminal", "Store") is a heading or product word.
        token = candidate.tokens[0]
        common = token.text.lower() in gz.NOT_PERSON_WORDS
        return None if token.initial or common else EntityType.ORGANIZATION
    # People's names are rarely made of dictionary words ("Best Buy", "Music Store").
    plain = all(t.kind == "word" for t in candidate.tokens)
    if plain and len(words) <= 3 and not any(w.lower() in gz.NOT_PERSON_WORDS for w in words):
        return EntityType.PERSON
    return EntityType.ORGANIZATION


def _is_demonym(candidate: _Candidate) -> bool:
    words = [_surface(t) for t in candidate.tokens]
    if candidate.type is not None and candidate.type is not EntityType.ORGANIZATION:
        return False
    return words[-1] in gz.DEMONYMS and all(
        w in gz.DEMONYMS or w in gz.DEMONYM_PREFIXES for w in words
    )
