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

This module holds the entry point, `recognise`, which runs those steps in
order, and the last one: each span widened to its article, descriptor or
possessor, the names inside it nested. The steps live in `tokens` (the
tokens), `runs` (the runs), `candidates` (a run cut into candidates, step 1),
`titles` (step 2), `cues` and `context` (steps 3 and 4), `joins` (names
joined across punctuation).
"""

from __future__ import annotations

from build_tools.entities.candidates import LowerCaseWords, split_run
from build_tools.entities.context import type_by_context
from build_tools.entities.cues import extend_events, resolve, type_by_shape
from build_tools.entities.descriptors import highlight_start, possessor_start
from build_tools.entities.determiners import WIDENED_TYPES, mention_start
from build_tools.entities.joins import add_surnames, join_names
from build_tools.entities.nesting import in_reading_order, nest_covered
from build_tools.entities.runs import find_runs
from build_tools.entities.tokens import Candidate, NameSpan, tokenise

__all__ = ["NameSpan", "recognise"]


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
    lowered = LowerCaseWords(tokens)
    candidates: list[Candidate] = []
    for run in find_runs(tokens, text):
        candidates.extend(split_run(run, lowered))
    for candidate in candidates:
        if candidate.type is None:
            candidate.type = type_by_shape(candidate.tokens)
    type_by_context(candidates, tokens.texts)
    extend_events(candidates, tokens)
    spans = add_surnames(join_names(resolve(candidates, text), text), tokens)
    return _with_leads(spans, text)


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
