"""Timeline events from articles, grouping across articles, labels, and the TimelineJS export."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import PurePosixPath

from build_tools.model import (
    Article,
    Block,
    BlockKind,
    Capture,
    CaptureFormat,
    DateMethod,
    Granularity,
    Mention,
    PublicationDate,
    TimelineEvent,
)
from build_tools.timeline.events import describe_period, find_events, group_events
from build_tools.timeline.export import timelinejs_json, timelinejs_text


def make_article(name: str, paragraphs: list[str], published: date | None) -> Article:
    capture = Capture(
        PurePosixPath(f"captures/{name}.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0
    )
    when = PublicationDate(published, DateMethod.METADATA, (), 0.95) if published else None
    blocks = tuple(Block(BlockKind.PARAGRAPH, text) for text in paragraphs)
    return Article(capture=capture, title=name.title(), body=blocks, published=when)


def mention(entity_id: str, text: str, block_text: str, block: int = 0) -> Mention:
    start = block_text.index(text)
    return Mention(entity_id, block, start, start + len(text), text)


FIRST = "Xi Jinping called Lee on Tuesday (Jun 10). Lee was elected last week. Trump spoke in 1998."
SECOND = "Lee was sworn in. He won the vote last week, aides said."


def test_find_events_places_calendar_dates_with_their_sentence_and_entities() -> None:
    article = make_article("first", [FIRST], date(2025, 6, 10))
    mentions = [mention("xi-jinping", "Xi Jinping", FIRST), mention("lee-jae-myung", "Lee", FIRST)]
    events = find_events(article, mentions)
    assert [(e.value, e.granularity) for e in events] == [
        ("2025-06-10", Granularity.DAY),
        ("2025-W23", Granularity.WEEK),
        ("1998", Granularity.YEAR),
    ]
    call, week, year = events
    assert call.sentence == "Xi Jinping called Lee on Tuesday (Jun 10)."
    assert call.entity_ids == ("xi-jinping", "lee-jae-myung")
    assert (week.start, week.end) == (date(2025, 6, 2), date(2025, 6, 8))
    assert week.sentence_start == FIRST.index("Lee was")
    assert week.entity_ids == ()  # the mention of Lee is in the first sentence only
    assert week.anchor == date(2025, 6, 10) and year.anchor is None
    assert call.article_slug == "first"


def test_durations_sets_and_vague_references_are_not_placed() -> None:
    article = make_article("a", ["It took three years. We meet every month. Prices are now high."], date(2025, 6, 10))
    assert find_events(article, []) == ()


def test_without_publication_date_only_absolute_dates_are_placed() -> None:
    article = make_article("a", ["Signed on May 9, 2025, and again last week."], None)
    assert [e.value for e in find_events(article, [])] == ["2025-05-09"]


def test_impossible_date_is_not_placed() -> None:
    article = make_article("a", ["Due on February 30, 2025."], date(2025, 6, 10))
    assert find_events(article, []) == ()


def test_group_events_joins_two_articles_on_value_and_shared_entity() -> None:
    first = make_article("first", [FIRST], date(2025, 6, 10))
    second = make_article("second", [SECOND], date(2025, 6, 11))
    events = find_events(first, [mention("lee", "Lee was elected", FIRST)]) + find_events(
        second, [mention("lee", "He won", SECOND)]
    )
    groups = group_events(events)
    week = [g for g in groups if g.value == "2025-W23"]
    assert [g.slugs for g in week] == [("first", "second")]
    assert [g.start for g in groups] == sorted(g.start for g in groups)


def test_same_value_without_shared_entity_stays_apart() -> None:
    first = make_article("first", [FIRST], date(2025, 6, 10))
    second = make_article("second", [SECOND], date(2025, 6, 11))
    events = find_events(first, [mention("lee", "Lee was elected", FIRST)]) + find_events(
        second, [mention("trump", "He won", SECOND)]
    )
    assert len([g for g in group_events(events) if g.value == "2025-W23"]) == 2


def test_each_entity_events_are_listed_in_date_order_while_grouping() -> None:
    """group_events lists each entity's events (for its page's timeline) in the pass that
    groups them: every event naming it once, by start then value, whatever the input order."""
    first = make_article("first", [FIRST], date(2025, 6, 10))
    second = make_article("second", [SECOND, "Lee met Xi Jinping in May 2024."], date(2025, 6, 11))
    events = find_events(
        first, [mention("xi", "Xi Jinping", FIRST), mention("lee", "Lee", FIRST), mention("lee", "Lee was", FIRST)]
    ) + find_events(
        second,
        [mention("lee", "He won", SECOND), mention("lee", "Lee met", "Lee met Xi Jinping in May 2024.", 1),
         mention("xi", "Xi Jinping", "Lee met Xi Jinping in May 2024.", 1)],
    )  # fmt: skip
    listed: defaultdict[str, list[TimelineEvent]] = defaultdict(list)
    groups = group_events(reversed(events), listed)
    assert groups == group_events(events)  # listing changes nothing of the groups
    for entity_id in ("xi", "lee"):
        naming = [event for event in events if entity_id in event.entity_ids]
        assert sorted(listed[entity_id], key=id) == sorted(naming, key=id)
        keys = [(event.start, event.value) for event in listed[entity_id]]
        assert keys == sorted(keys)
    assert [event.value for event in listed["xi"]] == ["2024-05", "2025-06-10"]
    assert set(listed) == {"xi", "lee"}


def test_describe_period_shows_granularity() -> None:
    assert describe_period("2025-06-10") == "10 June 2025"
    assert describe_period("2025-W23") == "week of 2 June 2025"
    assert describe_period("2025-06") == "June 2025"
    assert describe_period("2025-Q3") == "Q3 2025"
    assert describe_period("2025-SU") == "summer 2025"
    assert describe_period("2025") == "2025"
    assert describe_period("199") == "the 1990s"
    assert describe_period("PRESENT_REF") == "PRESENT_REF"


def test_the_export_text_is_what_json_dumps_writes_even_for_awkward_text() -> None:
    """timelinejs_text writes its JSON by hand (for speed): it must be exactly the
    canonical dump of the same document, whatever characters titles and sentences hold."""
    awkward = 'Quotes " and \\ backslash, tab\t, bell\x07, line\u2028sep, emoji \U0001f600, <b>&amp;</b>'
    article = make_article("first", [f"{FIRST} {awkward}"], date(2025, 6, 10))
    groups = group_events(find_events(article, []))
    text = timelinejs_text(groups, {"first": awkward}, lambda slug: f'/articles/{slug}/?q="{awkward}"')
    dumped = json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    assert text == dumped
    assert "\\u0007" in text and "\U0001f600" in text, "control characters escaped, the rest kept as is"
    one = timelinejs_text(groups[:1], {}, str)  # one slide: no comma after it
    assert one.endswith('"}]}\n') and len(json.loads(one)["events"]) == 1
    assert timelinejs_text((), {}, str) == '{"events":[]}\n'


def test_the_export_text_is_what_json_dumps_writes_for_short_and_long_sentences_of_one_value() -> None:
    """A short sentence's headline and text share one encoding, a long one's headline is
    cut, and slides of one value share their head: all must still be the canonical dump."""
    short = 'On 3 May 2025 "A" met B\\C\tD.'
    long = "On 3 May 2025 " + 'quoted " words and <tags> & more, ' * 4
    articles = [make_article(name, [text], date(2025, 6, 10)) for name, text in (("a", short), ("b", long))]
    groups = group_events(event for article in articles for event in find_events(article, []))
    assert [group.value for group in groups] == ["2025-05-03", "2025-05-03"], "two slides of one value"
    text = timelinejs_text(groups, {"a": "A & <co>"}, lambda slug: f"/articles/{slug}/")
    dumped = json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    assert text == dumped
    headlines = [slide["text"]["headline"] for slide in json.loads(text)["events"]]
    assert headlines[0] == "On 3 May 2025 &quot;A&quot; met B\\C\tD."
    assert headlines[1].endswith("...") and len(headlines[1]) < len(long)


def test_timelinejs_json_shape() -> None:
    first = make_article("first", [FIRST], date(2025, 6, 10))
    groups = group_events(find_events(first, []))
    doc = timelinejs_json(groups, {"first": "First <story>"}, lambda slug: f"/articles/{slug}/")
    json.dumps(doc)  # JSON-ready
    dates = [e["start_date"] for e in doc["events"]]
    assert dates[0] == {"year": 1998, "display_date": "1998"}
    assert dates[1] == {"year": 2025, "month": 6, "day": 2, "display_date": "week of 2 June 2025"}
    assert dates[2]["day"] == 10
    slide = doc["events"][2]
    assert set(slide) == {"unique_id", "start_date", "text", "group"}
    assert '<a href="/articles/first/">First &lt;story&gt;</a>' in slide["text"]["text"]
    assert len({e["unique_id"] for e in doc["events"]}) == 3
    assert timelinejs_json(groups, {}, str) == timelinejs_json(groups, {}, str)
