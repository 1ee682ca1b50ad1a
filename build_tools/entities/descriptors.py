"""Mention extent: the descriptive noun phrase right before an organisation's or place's name.

News introduces a company or a place by saying what kind of thing it is, in
one noun phrase with the name at its end: "U.S. automaker GM", "Japanese
carmaker Toyota", "the world's largest retailer Wal-Mart", "the Thai capital
Bangkok". The descriptor and the name are one noun phrase, which MEANTIME and
ACE mark as one mention, and a reader takes as one unit; so the highlight
covers it, as it covers the name's own "the" (see `determiners`). The entity
(its name, id, registry lookup, page) never includes the descriptor. A name
inside the descriptor ("U.S.", "Japan's") is a mention of its own besides,
nested in this one (MEANTIME marks it too, or leaves it out of the score).

What counts as a descriptor is general English, read right to left from the name:
- a head noun that names a kind of organisation or place (`ORG_KINDS`,
  `PLACE_KINDS`), singular, just before the name on the same line. A plural
  head ("automakers GM and Ford") describes a list: no one name takes it;
- then premodifiers: nouns and adjectives of the vocabulary `MODIFIERS`
  ("auto", "budget", "largest", "struggling"), hyphen compounds
  ("state-owned", "Tokyo-based", "second-largest"), "No. 1", nationality
  adjectives ("Japanese") and place names used as nouns ("U.S.", "United States");
- then at most one possessor, a place or a common noun of place ("Japan's",
  "the country's"), and the article "the".
With no kind noun, adjectives alone that describe the thing named are its
descriptor ("the emerging Chrysler", "downtown San Jose"); and an organisation's
or place's possessive right before the name opens the mention as "the" does
("Singapore's Changi Airport", `possessor_start`).
The phrase must end on its left at something no noun phrase goes through: a
line or sentence start, punctuation, a preposition, conjunction or verb. An
unknown word there may be a premodifier this vocabulary lacks ("parent
company EADS"), another name ("Airbus parent"), or a determiner that would
make the phrase indefinite ("a", "its"): then the name keeps no descriptor,
the safe side. A person's name never takes one: titles stay outside it.
Appositions after the name ("GM, the automaker,") are other phrases.
"""

from __future__ import annotations

import re

from build_tools.entities import gazetteer as gz
from build_tools.entities.determiners import PHRASE_ENDERS, heads_phrase, mention_start
from build_tools.entities.nesting import Extent
from build_tools.model import EntityType

__all__ = [
    "MODIFIERS",
    "ORG_KINDS",
    "PLACE_KINDS",
    "descriptor_start",
    "highlight_start",
    "possessor_start",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kinds of organisation, as news names them before a name ("carmaker Toyota").
# Relations to another body ("unit", "subsidiary", "parent", "rival", "partner")
# are left out: they describe the name by another name, not by its kind.
ORG_KINDS = _words(
    """
    company firm corporation conglomerate group enterprise maker manufacturer producer
    automaker carmaker truckmaker planemaker airframer shipbuilder chipmaker drugmaker steelmaker
    toymaker brewer distiller miner refiner developer publisher retailer wholesaler distributor
    supplier vendor exporter importer operator provider carrier airline railway railroad bank
    lender insurer reinsurer broker brokerage fund exchange bourse agency regulator watchdog
    ministry authority commission body newspaper daily tabloid magazine journal broadcaster
    network channel studio label website site outlet platform service portal startup start-up
    giant chain franchise brand store house outfit consortium cooperative co-op union federation
    association alliance party movement organisation organization charity foundation institute
    tank laboratory university college school hospital club team band orchestra militia faction
    coalition watchmaker shoemaker jeweller jeweler hotelier homebuilder builder contractor
    consultancy pollster streamer utility telco nonprofit non-profit think-tank thinktank
    """
)

# Kinds of place ("the Thai capital Bangkok", "the border town Rafah").
PLACE_KINDS = _words(
    """
    city town village capital state province country nation island region county district
    municipality territory republic kingdom emirate port resort suburb neighbourhood neighborhood
    borough enclave metropolis hamlet township commune parish prefecture canton oblast peninsula
    archipelago continent city-state stronghold settlement camp
    """
)

# Nouns and adjectives that premodify a kind noun: the trade or sector, the
# size or rank, the state of affairs, who owns or runs it, its reach.
MODIFIERS = ORG_KINDS | PLACE_KINDS | _words(
    """
    auto automobile automotive car truck motor motorcycle aircraft airplane plane jet aerospace
    defence defense arms computer software hardware technology tech internet online web search
    social media news publishing entertainment film movie music record recording game games
    video television tv cable satellite broadcasting radio telecom telecoms telecommunications
    phone mobile handset wireless chip semiconductor electronics electronic consumer appliance
    retail discount grocery supermarket department fashion clothing apparel sportswear luxury
    food beverage drinks beer wine spirits tobacco toy furniture household cosmetics oil gas
    energy power utility electricity nuclear solar wind coal mining metals chemical chemicals
    drug pharmaceutical biotech biotechnology health healthcare medical insurance investment
    banking finance financial mortgage credit lending asset hedge equity private-equity trading
    stock commodities shipping logistics freight cargo transport transportation aviation rail
    bus travel hotel tourism construction engineering property real estate housing
    manufacturing industrial parts components equipment machinery farm agricultural fast-food
    restaurant coffee sports football soccer baseball basketball hockey rugby cricket rock pop
    political opposition ruling labor labour trade consulting accounting law advertising
    marketing security research polling rating ratings think budget low-cost no-frills flag
    national state state-owned state-run government private public listed independent
    international multinational global regional local domestic foreign world leading major big
    large small top premier struggling ailing troubled embattled beleaguered bankrupt insolvent
    profitable former new merged combined family-owned privately-held publicly-traded
    streaming ride-hailing e-commerce border resort coastal port mountain island desert
    northern southern eastern western central northeastern northwestern southeastern
    southwestern capital provincial federal municipal breakaway rebel
    largest biggest greatest smallest oldest newest richest busiest fastest strongest weakest
    cheapest poorest wealthiest highest lowest best-selling fastest-growing
    business goods services products systems materials resources devices securities savings
    operations networks communications foods graphics solutions supplies utilities
    integrated diversified specialised specialized renowned storied privatised privatized
    unlisted regulated licensed armed banned outlawed exiled
    retailing catering gambling gaming betting printing packaging brewing farming fishing
    logging drilling refining recycling computing networking messaging sharing video-sharing
    photo-sharing booking hosting ticketing staffing outsourcing investing emerging governing
    jewelry jewellery beauty specialty speciality commercial economic administrative cultural
    historic official indie market fintech crypto cryptocurrency blockchain education payments
    payment home improvement garden office convenience pet sporting outdoor electric vehicle
    battery robotics drone space rocket cannabis alcohol soft-drink dairy meat poultry seed
    fertiliser fertilizer timber paper glass cement textile textiles shoe footwear watch eyewear
    tyre tire rubber plastics water waste environmental advocacy rights aid relief humanitarian
    charitable religious militant extremist separatist paramilitary insurgent guerrilla
    """
)

# Adjectives that describe the named thing itself, so that they and the name are one
# noun phrase with no kind noun between ("the emerging Chrysler", "bankrupt Lehman
# Brothers", "downtown San Jose", "northern Iraq"): its state or time, and for a place
# the part of it meant. Relations to another body ("rival Boeing") describe it by
# that body, and stay out as they do before a kind noun.
_STATE_ADJECTIVES = _words(
    """
    new former emerging merged combined restructured struggling ailing troubled embattled
    beleaguered bankrupt insolvent defunct
    """
)
_NAME_ADJECTIVES = {
    EntityType.ORGANIZATION: _STATE_ADJECTIVES,
    EntityType.PLACE: _STATE_ADJECTIVES
    | _words(
        """
        downtown uptown midtown northern southern eastern western central northeastern
        northwestern southeastern southwestern
        """
    ),
}
# The second half of hyphen compounds that premodify: "state-owned", "Tokyo-based".
_HYPHEN_TAILS = _words("based owned run controlled backed listed held operated funded led registered headquartered")
# Common nouns whose possessive opens a descriptor: "the world's largest retailer".
_POSSESSORS = _words("world country nation state city region continent island industry sector market")
# Words that open a noun phrase a descriptor cannot reach across: with them in front
# the phrase is indefinite or possessed ("a carmaker", "its carmaker").
_OTHER_DETERMINERS = _words("a an its their his her our your my this that these those another each every some any no")
_MORE_BOUNDARIES = _words(
    """
    including like unlike behind beside besides toward towards amid amidst despite without within
    upon beyond outside inside following excluding versus vs whereas named called than
    sues beats trails tops passes surpasses overtakes outsells joins acquires owns hires signs
    backs invests merges partners rivals supplies includes
    """
)
_BOUNDARIES = PHRASE_ENDERS | _MORE_BOUNDARIES
# Kind nouns that are verbs too, and the words after which a verb is meant.
_VERB_HEADS = _words("exchange fund bank group brand network house store chain label party service band team club host")
_BEFORE_VERBS = _words("to not never will would can could should may might must did does do n't cannot")
_ARTICLES = ("the", "The")
_POSSESSIVE = ("'s", "’s")
_CLOSING = tuple(",;:!?)\"”’")
_OPENING = tuple("(\"“‘'")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+")
_MAX_WORDS = 9
_NUMBER_ONE = re.compile(r"No\.\d{1,2}")
# The possessive between an owner's name and the name it owns: "Boeing's", "Boeing 's"
# (MEANTIME's spacing), "Airbus'" (an owner ending in "s" takes the apostrophe alone).
_OWNERS_POSSESSIVE = re.compile(r"(?:\s?['’]s|(?<=s)\s?['’]) ")
# Days that own a name as news writes it ("today's GM", "yesterday's Apple").
_DAY_OWNER = re.compile(r"(?:^|(?<=[\s(\"“]))(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight) ?['’]s $")
_VERB_ENDINGS = ("ed", "ly", "ing")
_HEADS = {EntityType.ORGANIZATION: ORG_KINDS, EntityType.PLACE: PLACE_KINDS}


def highlight_start(text: str, start: int, end: int, kind: EntityType | None) -> int:
    """Where the highlight of the name at text[start:end] starts.

    Its "the" or government words when it has them (`determiners`), else its
    descriptor ("U.S. automaker GM"), else `start`.
    """
    widened = mention_start(text, start, end, kind)
    return widened if widened != start else descriptor_start(text, start, end, kind)


def descriptor_start(text: str, start: int, end: int, kind: EntityType | None) -> int:
    """Where the descriptor before the name at text[start:end] starts, or `start` when it has none."""
    heads = _HEADS.get(kind) if kind is not None else None
    if heads is None or start < 2 or text[start - 1] != " ":
        return start  # most names: no word just before on the same line
    head = _word_before(text, start)
    if head is None:
        return start
    head_start, word = head
    if kind is not None and word in _NAME_ADJECTIVES[kind]:
        # No kind noun: the adjectives alone describe the name, when the name ends the
        # phrase or owns the next one ("the emerging Chrysler's board"); in "the former
        # Chrysler chief" the adjective goes with "chief".
        heads_it = heads_phrase(text, end)
        if not heads_it and _OWNERS_POSSESSIVE.match(text, end) is None:
            return start
        left = _premodifiers_start(text, head_start, heads_it)
        return start if left is None else left
    if word not in heads:
        capitalised = word[:1].isupper() and word.lower() in heads
        return head_start if capitalised and _opens_sentence(text, head_start) else start
    before = _word_before(text, head_start)
    if word in _VERB_HEADS and before is not None and before[1] in _BEFORE_VERBS:
        return start  # "did not exchange GM's debt", "to bank Barclays": a verb, no kind
    left = _premodifiers_start(text, head_start, heads_phrase(text, end))
    return start if left is None else left


def possessor_start(text: str, start: int, end: int, kind: EntityType | None, owner: Extent | None) -> int:
    """Where the mention of a name its possessor opens starts, or `start` when it has none.

    "Singapore's Changi Airport", "Boeing's Launch Systems", "today's GM": the
    possessive is the determiner of the name's noun phrase, as "the" is, and
    MEANTIME and ACE mark the phrase with it as one mention (the owner is a
    mention of its own inside it, which the recogniser keeps nested, as it
    keeps a place inside a descriptor). `owner` is the
    organisation or place mention just before the name, if any; a person's
    name is never passed (it keeps its highlight: "Obama's White House"). Only
    an organisation or place that heads its own phrase is opened so: in
    "Ford's US sales" the possessive goes with "sales".
    """
    if kind not in _HEADS or start < 3 or text[start - 1] != " ":
        return start
    if owner is not None and _OWNERS_POSSESSIVE.fullmatch(text, owner.end, start):
        # The owner's "the" opens the whole phrase: "the United Kingdom's Royal Air Force".
        article = _word_before(text, owner.start)
        left = article[0] if article and article[1] in _ARTICLES else owner.start
    else:
        if text[start - 3 : start - 1] not in _POSSESSIVE:
            return start  # no "'s " before the name (most names): no day can own it
        window = max(0, start - 12)
        day = _DAY_OWNER.search(text[window:start])
        if day is None:
            return start
        left = window + day.start()
    return left if heads_phrase(text, end) else start


def _word_before(text: str, at: int) -> tuple[int, str] | None:
    """The word that ends one space before `at`, on the same line, with its start."""
    if at < 2 or text[at - 1] != " " or text[at - 2].isspace():
        return None
    begin = max(0, at - 41)
    cut = max(text.rfind(" ", begin, at - 1), text.rfind("\n", begin, at - 1), text.rfind("\t", begin, at - 1))
    if cut == -1 and begin > 0:
        return None  # a word longer than any of the vocabulary
    return cut + 1, text[cut + 1 : at - 1]


def _opens_sentence(text: str, at: int) -> bool:
    """True at the start of the text, of a line, or after a sentence's end or an opening quote."""
    before = text[max(0, at - 40) : at].rstrip(" ")  # a window: never copy the text before
    if not before:
        return at <= 40
    return before[-1] in "\n.!?:" or before.endswith(_OPENING)


def _premodifiers_start(text: str, left: int, takes_article: bool) -> int | None:
    """Walk left from the head over its premodifiers; None when the phrase goes on past them."""
    for _ in range(_MAX_WORDS):
        found = _word_before(text, left)
        if found is None:
            return left  # a line start, the text's start, or punctuation
        step = _step(text, found, left, takes_article)
        if step is None:
            return None
        new_left, go_on = step
        if not go_on:
            return new_left
        left = new_left
    return None


def _step(text: str, word_at: tuple[int, str], left: int, takes_article: bool) -> tuple[int, bool] | None:
    """One word to the left of the descriptor so far: take it and go on, stop, or give up (None).

    Returns (the descriptor's new start, whether to look further left).
    """
    at, word = word_at
    if word in _ARTICLES:
        # "The US car manufacturer General Motors said"; in "the automaker GM plant"
        # the article goes with "plant" (the rule `determiners` applies to the name).
        return (at if takes_article else left), False
    if word.endswith(_CLOSING) or (word.endswith(".") and not _DOTTED.fullmatch(word)):
        return left, False  # the previous clause or sentence ends here
    if word.endswith(_POSSESSIVE) or word in _POSSESSIVE:
        return _possessor(text, at, word)
    if word[0].isupper():
        return _capitalised(text, at, word, left)
    return _lower_case(text, at, word, left)



def _possessor(text: str, at: int, word: str) -> tuple[int, bool] | None:
    """'Japan's', 'the world's', 'The United States 's': a place's, opening the descriptor."""
    if word in _POSSESSIVE:  # the possessive as a token of its own, as MEANTIME writes it
        owner = _word_before(text, at)
        if owner is None:
            return None
        at, word = owner
    else:
        word = word[:-2]
    if word in _POSSESSORS:
        start: int | None = at
    else:
        start = _place_start(text, at, word)
    if start is None:
        return None  # "Ford's rival carmaker": the descriptor belongs with another name
    article = _word_before(text, start)
    return (article[0] if article and article[1] in _ARTICLES else start), False


def _capitalised(text: str, at: int, word: str, left: int) -> tuple[int, bool] | None:
    """A nationality, a place used as a noun, a hyphen compound, or a sentence's first word."""
    if word in gz.DEMONYMS or _NUMBER_ONE.fullmatch(word):
        return at, True
    if word in gz.DEMONYM_PREFIXES and text[at + len(word) + 1 :].split(" ", 1)[0] in gz.DEMONYMS:
        return at, True  # "West German", "South Korean"
    head, dash, tail = word.rpartition("-")
    if dash and tail in _HYPHEN_TAILS:  # "Tokyo-based", "New York-based", "U.S.-based"
        start = _place_start(text, at, head)
        return (at if start is None else start), True
    start = _place_start(text, at, word)
    if start is not None:
        return start, True
    lower = word.lower()
    if _opens_sentence(text, at):
        if lower in MODIFIERS:
            return at, False  # "Automobile manufacturer Ford posts profits"
        if lower in _BOUNDARIES:
            return left, False  # "With carmaker Toyota ..."
    return None  # another name: "Airbus parent EADS", "Boeing rival"


def _lower_case(text: str, at: int, word: str, left: int) -> tuple[int, bool] | None:
    """A premodifier of the vocabulary, 'No. 1', or a word that ends the phrase on its left."""
    if word in MODIFIERS:
        return at, True
    _, dash, tail = word.rpartition("-")
    if dash and (tail in _HYPHEN_TAILS or tail in MODIFIERS):
        return at, True  # "state-owned", "second-largest", "low-cost"
    if word.isdigit():
        before = _word_before(text, at)
        return (before[0], True) if before and before[1] == "No." and len(word) < 3 else None
    if word in _OTHER_DETERMINERS:
        return None
    if word in _BOUNDARIES or word.endswith(_VERB_ENDINGS) or _after_verb_marker(text, at):
        return left, False  # "said", "with", "acquired", "overtaking": a verb or a preposition
    # An adjective or noun the vocabulary lacks (or an unknown "-s" word: a verb, or a
    # plural noun as in "construction goods giant"): the phrase may go on.
    return None


def _after_verb_marker(text: str, at: int) -> bool:
    """'to visit', 'will acquire': after "to", a modal or "not" a word is a verb."""
    before = _word_before(text, at)
    return before is not None and before[1] in _BEFORE_VERBS


def _place_start(text: str, at: int, word: str) -> int | None:
    """The start of the longest known place name of up to three words ending with `word` at `at`."""
    words = [(at, word)]
    for _ in range(2):
        before = _word_before(text, words[0][0])
        if before is None:
            break
        words.insert(0, before)
    for index in range(len(words)):
        if " ".join(w for _, w in words[index:]) in gz.PLACES:
            return words[index][0]
    return None
