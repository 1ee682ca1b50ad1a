"""Tense cues: whether the sentence around a time expression speaks of the future or the past.

A bare weekday or month takes its direction from them (`handlers.Context.future`,
`close_past`, `deadline`); `_tenses` reads the cues of a stretch of text, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from build_tools.timeline.grammar import FOLDS_ODDLY

# Tense cues around an expression, in its sentence. The cue nearest before
# the expression decides (the governing verb is usually the closest one:
# "Saddam said he will leave on Friday" is future although "said" is past);
# with none before it, the first one after it. Without any cue, news reports
# the past: in TimeBank/AQUAINT most bare weekdays are on or before the DCT.
# "would" and "from" are left out: they precede past and future dates alike,
# but "would be leaving" is a plan reported ahead of its day;
# "had been due to", "had been scheduled to" is a past plan, so "had" decides.
# Only a lower-case word is a verb in -ed: "United States", "Fred" are names;
# an adjective in un-...-ed ("on an unspecified date") is no verb at all.
# "As previously planned", "had planned": a plan made in the past, no future cue;
# nor is a participle after an adverb ("a hastily planned trip"), an adjective.
# "is set for", "due on/in/for", "is due": a date still to come (not the participle
# "a record set on Aug. 6"); but "due to the storm", "due to its debts" gives a
# cause, not a schedule ("due to begin"). "Investors await Friday's report" looks
# ahead, and so do "expects", "forecasts", "predicts" ("the airline expects demand to
# recover by the summer") and "is forecast (projected, poised, slated) to"; "were awaiting"
# and "had ruled that he must" do not (a past plan: "must" was measured, one AQUAINT
# value lost). Not "was about to", "was bound to": a past plan.
# A scheduling verb in the simple present right before the date ("the talks resume
# Monday", "the leaders meet separately on Friday") is news's way of telling what is to
# come; further off it may govern something else ("the strike that begins to bite"),
# but not those that are seldom anything but a schedule ("the measure takes effect on
# Saturday", "the summit gets under way", "voters head to the polls", "the film opens
# in cinemas on Friday", "results are expected on Thursday").
_TENSE = re.compile(
    r"(?P<future>\b(?:will|won['’]t|shall|going to"
    r"|(?<!had been )(?:plans?|planned|planning|intends?|expects?|expected"
    r"|scheduled|set|likely|ready|is|are|hopes?|aims?|forecast|projected|poised|slated) to"
    r"|(?<!had been )scheduled|upcoming|next"
    r"|(?<!had been )due to(?! (?:the|a|an|its|his|her|their|this|that)\b)"
    r"|(?<!had been )(?:(?:is|are) set|due) for|(?<!had been )due (?:on|in)|(?:is|are) due"
    r"|as (?:soon|early) as|would be [a-z]+ing|awaits?|(?:is|are) awaiting|expects|forecasts|predicts"
    r"|(?<!previously )(?<!had )(?<!ly )planned|planning"
    r"|to be|(?:meets?|begins?|starts?|resumes?|opens?|arrives?|visits?|travels?|hosts?|heads?|returns?|goes|go)"
    r"(?= (?:[a-z]+ly )?(?:on |at |in |this |next )?$)"
    r"|(?<!to )(?:(?:takes?|gets?) (?:effect|under way|underway)|kicks? off)|reconvenes?|convenes?"
    r"|meets|begins|resumes|opens|closes|arrives|unveils|(?:heads?|goes|go) to the polls|(?:is|are) expected"
    r")\b|['’]ll\b)"
    r"|(?P<past>\b(?:was|were|had|did|said|told|met|came|went|took|gave|began|rose|fell|left"
    r"|saw|became|knew|grew|wrote|ran|fought|felt|stood|broke|chose|drove|flew|threw|spoke|sank"
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?:brought|bought|sold|won|lost|paid|got|found|made|held"
    r"|sent|spent|built|kept|led|thought|struck|caught|heard|shot|swept)"
    r"|ago|last|yesterday|earlier|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"(?!(?:expect|schedul|plann|need|propos)ed|un(?:disclos|specifi|nam|identifi|expect|precedent|chang"
    r"|secur|limit|relat|employ|solicit|confirm|solv|announc|publish|list)ed)(?-i:[a-z]+ed))\b)",
    re.IGNORECASE,
)
# The same pattern without IGNORECASE, for lowercased text: its letters are all
# lowercase already (see `_tenses`).
_LOWER_TENSE = re.compile(_TENSE.pattern)
_AHEAD_OF = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)
_TENSE_REACH = 80  # about a clause and a half: far enough to reach 'will' before a long object
# With no cue before it, a sentence-opening date waits for the verb after its subject,
# which may be long ("On Tuesday, the national association of independent grocers
# plans to ..."): up to the sentence's end, within two lines of print.
_AFTER_REACH = 150


def _tenses(text: str) -> Iterator[str | None]:
    """The tense ('future' or 'past') of each cue `_TENSE.finditer(text)` finds, in order.

    Read on the lowercased text without IGNORECASE: ~2x faster (a case-blind pattern
    cannot skip an alternative on its first letter), and `future()` runs for most
    dates. One alternative depends on case (a verb in -ed must be written in
    lowercase: "Fred" is a name), so a cue whose letters were not all lowercase is
    kept only where `_TENSE` itself matches; without it there is no match at that
    place, and the scan goes on from the word's end either way.
    """
    if FOLDS_ODDLY.search(text):  # see grammar.FOLDS_ODDLY: lowercasing would change hits
        yield from (cue.lastgroup for cue in _TENSE.finditer(text))
        return
    lowered = text.lower()
    for cue in _LOWER_TENSE.finditer(lowered):
        start, end = cue.span()
        if text[start:end] == lowered[start:end] or _TENSE.match(text, start):
            yield cue.lastgroup
