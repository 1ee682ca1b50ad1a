"""Extraction of articles from pages copied as text: the seed capture and small fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath

import pytest

from build_tools.errors import CaptureError
from build_tools.extract.text import extract_text_capture
from build_tools.model import Article, BlockKind, Capture, CaptureFormat, DateMethod

PARAGRAPHS = (
    "The city council voted on Monday to expand the bus network, adding six routes that will serve the "
    "eastern suburbs for the first time since the line was closed in the 1990s.",
    "Officials said the new routes would cost about 12 million a year to run, paid for by a parking levy "
    "that the council approved last spring after a long and often heated debate.",
    "Residents who had campaigned for the change welcomed the decision, though some said the timetable "
    "published with it left long gaps in the evening when many shift workers travel home.",
    "The first buses are expected to run in September, once drivers have been hired and trained, and the "
    "council will review the service after a year to decide whether to keep all six routes.",
)


def make_capture(text: str, name: str = "fixture.txt") -> Capture:
    return Capture(
        path=PurePosixPath(name), sha256="", format=CaptureFormat.TEXT, encoding="utf-8",
        encoding_evidence="test", text=text, size=len(text.encode("utf-8")),
    )  # fmt: skip


def page(*before: str, after: tuple[str, ...] = (), middle: dict[int, str] | None = None) -> str:
    """A page: `before` lines, the four paragraphs (with `middle` lines inserted after
    paragraph i), then `after` lines; blank lines between, as browsers copy them."""
    body: list[str] = []
    for index, paragraph in enumerate(PARAGRAPHS):
        body.append(paragraph)
        if middle and index in middle:
            body.append(middle[index])
    return "\n\n".join((*before, *body, *after)) + "\n"


def extract(text: str) -> Article:
    return extract_text_capture(make_capture(text))


def removed_reasons(article: Article) -> dict[str, str]:
    return {item.text: item.reason for item in article.removed}


@pytest.fixture
def seed_article(seed_path: Path) -> Article:
    text = seed_path.read_text(encoding="utf-8")
    return extract_text_capture(make_capture(text, seed_path.name))


def test_seed_metadata(seed_article: Article) -> None:
    assert seed_article.title == "China, South Korea must safeguard free trade, Xi tells Lee"
    assert seed_article.section == "East Asia"
    assert seed_article.dateline == "BEIJING"
    assert seed_article.agency == "AFP"
    assert seed_article.image is not None
    assert seed_article.image.caption == (
        "Chinese President Xi Jinping waves as he leaves the Red Square after the Victory Day military "
        "parade in central Moscow on May 9, 2025."
    )
    assert seed_article.image.credit == "AFP/Kirill Kudryavtsev"


def test_seed_body_is_the_article_paragraphs_only(seed_article: Article) -> None:
    body = seed_article.body
    assert all(block.kind is BlockKind.PARAGRAPH for block in body)
    assert body[0].text.startswith("BEIJING: Chinese leader Xi Jinping urged South Korea's new President")
    assert body[-1].text.endswith("would not be South Korea's concern.")
    assert len(body) == 14
    furniture = ("Advertisement", "Skip to main content", "Hamburger Menu", "Source: AFP/dc", "Also worth reading",
                 "East Asia", "File photo", "WAN-IFRA", "Xi tells Lee")  # fmt: skip
    assert not [word for word in furniture if word in seed_article.text]


def test_seed_removed_lines_have_reasons_and_line_numbers(seed_article: Article) -> None:
    reasons = {(item.line, item.reason) for item in seed_article.removed}
    assert (1, "navigation") in reasons
    assert (7, "advertisement") in reasons
    assert (12, "headline") in reasons
    assert (14, "repeated headline") in reasons
    assert (16, "caption") in reasons
    assert (46, "source") in reasons
    assert (49, "related") in reasons


def test_seed_published_is_inferred_from_weekday_and_caption_year(seed_article: Article) -> None:
    published = seed_article.published
    assert published is not None
    assert published.value == date(2025, 6, 10)
    assert published.method is DateMethod.TEXT_INFERRED
    assert any("Tuesday (Jun 10)" in clue for clue in published.evidence)
    assert any("May 9, 2025" in clue for clue in published.evidence)


def test_plain_article_keeps_all_paragraphs() -> None:
    article = extract(page("Buses", "Council expands bus network to eastern suburbs"))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    assert article.title == "Council expands bus network to eastern suburbs"
    assert article.section == "Buses"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Share this article", "share"),
        ("Read more: Council rejects tram plan", "prompt"),
        ("Sign up for our morning newsletter", "subscription"),
        ("We use cookies to improve your experience on our site.", "cookies"),
    ],
)
def test_furniture_inside_the_article_is_removed(line: str, reason: str) -> None:
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: line}))
    assert line not in article.text
    assert removed_reasons(article)[line] == reason
    assert len(article.body) == 4


def test_navigation_and_footer_around_the_article_are_removed() -> None:
    menu = ("Skip to main content", "Home", "News", "Sport", "Business", "Culture", "Search")
    footer = ("Related stories", "Council rejects tram plan", "Privacy Policy",
              "© 2025 The Daily Example. All rights reserved.")  # fmt: skip
    article = extract(page(*menu, "Council expands bus network to eastern suburbs", after=footer))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    reasons = removed_reasons(article)
    assert reasons["Skip to main content"] == "navigation"
    assert reasons["Related stories"] == "related"
    assert reasons["Privacy Policy"] == "footer"


def test_byline_caption_credit_and_repeated_headline() -> None:
    title = "Council expands bus network to eastern suburbs"
    article = extract(page(
        "Transport", title, title, "By Jane Doe and John Roe",
        "A bus waits at the depot in the eastern suburbs on a rainy morning (Photo: Example/Ann Smith)",
        "Photo: Example/Ann Smith",
    ))  # fmt: skip
    assert article.title == title
    assert article.section == "Transport"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.image is not None
    assert article.image.caption == "A bus waits at the depot in the eastern suburbs on a rainy morning"
    assert article.image.credit == "Example/Ann Smith"
    assert article.body[0].text == PARAGRAPHS[0]


def test_source_line_becomes_the_agency() -> None:
    article = extract(page("Council expands bus network to eastern suburbs", after=("Source: Reuters/ab",)))
    assert article.agency == "Reuters"
    assert "Source:" not in article.text


def test_dateline_stays_in_the_text_and_is_recorded() -> None:
    text = page("Council expands bus network").replace(PARAGRAPHS[0], "LONDON (Reuters) - " + PARAGRAPHS[0])
    article = extract(text)
    assert article.dateline == "LONDON"
    assert article.agency == "Reuters"
    assert article.body[0].text.startswith("LONDON (Reuters) - The city council")


def test_subheading_between_paragraphs() -> None:
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: "What happens next"}))
    assert article.body[2].kind is BlockKind.HEADING
    assert article.body[2].text == "What happens next"


def test_teaser_list_after_the_article_is_left_out() -> None:
    teasers = []
    for number in range(4):
        teaser = "A teaser sentence that summarises the other story at some length so it looks like prose."
        teasers += [f"Another headline about something else {number}", "Some Writer", "June 9, 2025", teaser]
    article = extract(page("Council expands bus network to eastern suburbs", after=("More from the site", *teasers)))
    assert [block.text for block in article.body] == list(PARAGRAPHS)


def test_chinese_and_japanese_lines_count_as_prose() -> None:
    sentence = "報道によると、今回販売されたのは、いわゆる改造した端末で、商標法違反の疑いがあるとのことです。"
    article = extract("メニュー\n\nホーム\n\n" + "\n\n".join([sentence] * 4) + "\n")
    assert len(article.body) == 4


def test_empty_capture_is_an_error() -> None:
    with pytest.raises(CaptureError) as caught:
        extract("\n  \n")
    assert caught.value.stage == "extract"
    assert "empty" in caught.value.message


def test_menus_only_is_an_error_with_advice() -> None:
    with pytest.raises(CaptureError) as caught:
        extract("Home\nNews\nSport\nAdvertisement\nSubscribe\nPrivacy Policy\n")
    assert caught.value.stage == "extract"
    assert "no paragraph-like lines" in caught.value.message
    assert caught.value.line == 1


def test_too_short_text_is_an_error_naming_the_line() -> None:
    with pytest.raises(CaptureError) as caught:
        extract("Home\n\nNews\n\nThe council met on Monday and voted for more buses.\n\nPrivacy Policy\n")
    assert "no article text found" in caught.value.message
    assert "index, video or error page" in caught.value.message
    assert caught.value.line == 5


TEASER_SUMMARY = (
    "The regional rail operator said on Friday that it would add evening trains on the coastal line from "
    "next month, after passengers complained for years that the last service left the city too early for "
    "anyone working a late shift, and that the cost would be met from fares."
)


def test_teaser_cards_with_long_summaries_end_the_article() -> None:
    """Headline, author, date stamp, then a summary as long as a paragraph: a card, not the article."""
    cards: list[str] = []
    for number in range(3):
        cards += [f"Rail operator adds evening trains {number}", "Sam Writer", "Tuesday November 19, 2019",
                  TEASER_SUMMARY]  # fmt: skip
    article = extract(page("Council expands bus network to eastern suburbs", after=("Transport", "Buses", *cards)))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    assert removed_reasons(article)["Tuesday November 19, 2019"] == "date"


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a staff writer at The Daily Example covering transport and city hall",
        "Sam Roe is an award-winning Correspondent based in Leeds.",
        "Follow her on Twitter @janedoe",
        "About the author",
        "Jane Doe can be reached at jane@example.com.",
    ],
)
def test_author_bio_ends_the_article(bio: str) -> None:
    """Whatever follows a note on the author (here teaser summaries as long as paragraphs) is left out."""
    after = (bio, "More stories", TEASER_SUMMARY, "Trains", TEASER_SUMMARY.replace("Friday", "Monday"))
    article = extract(page("Council expands bus network to eastern suburbs", after=after))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    assert removed_reasons(article)[bio] == "author bio"


def test_a_sentence_about_a_writer_inside_the_article_stays() -> None:
    line = "The novelist, who is a writer of some renown, said the buses had changed her life."
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: line}))
    assert line in article.text


@pytest.mark.parametrize("tags", ["Tags: buses, transport, council", "Topics", "Filed under: Transport"])
def test_tag_line_ends_the_article(tags: str) -> None:
    after = (tags, "Trains", TEASER_SUMMARY, "Trams", TEASER_SUMMARY.replace("Friday", "Monday"))
    article = extract(page("Council expands bus network to eastern suburbs", after=after))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    assert removed_reasons(article)[tags] == "tags"


SCHEDULE = ("June 9 – Leeds @ City Arena", "June 10 – York @ Minster Hall", "June 14 – Hull @ Dock Pavilion",
            "June 17 – Bath @ Royal Theatre", "June 19 – Derby @ Riverside Stage")  # fmt: skip


def test_schedule_after_the_article_is_kept_with_its_heading() -> None:
    """Table rows sit on adjacent lines with a figure each; the heading above them is kept too."""
    text = page("Council expands bus network to eastern suburbs").rstrip("\n")
    text += "\n\nTour dates\n\n" + "\n".join(SCHEDULE) + "\n\nPrivacy Policy\n\nHome\n\nNews\n\nSport\n"
    article = extract(text)
    assert [block.text for block in article.body] == [*PARAGRAPHS, "Tour dates", *SCHEDULE]
    assert article.body[4].kind is BlockKind.HEADING
    assert all(block.kind is BlockKind.LIST_ITEM for block in article.body[5:])


def test_table_inside_the_article_does_not_split_it() -> None:
    rows = "\n".join(f"{rank} Team {name} {points} {wins} {rank + 1}" for rank, name, points, wins in
                     ((1, "Alpha", 40, 12), (2, "Beta", 38, 11), (3, "Gamma", 31, 9), (4, "Delta", 29, 8),
                      (5, "Epsilon", 22, 6), (6, "Zeta", 20, 5), (7, "Eta", 18, 4), (8, "Theta", 12, 3)))  # fmt: skip
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: rows}))
    assert [block.text for block in article.body if block.kind is BlockKind.PARAGRAPH] == list(PARAGRAPHS)
    assert "3 Team Gamma 31 9 4" in article.text


def test_menu_on_adjacent_lines_is_no_table() -> None:
    menu = "\n".join(("News", "Sport", "Business", "Culture", "Weather", "Travel"))
    article = extract(page("Council expands bus network to eastern suburbs").rstrip("\n") + "\n\n" + menu + "\n")
    assert [block.text for block in article.body] == list(PARAGRAPHS)


def test_list_opened_by_a_colon_keeps_its_short_items() -> None:
    items = "The new routes will serve:\nthe hospital\nthe retail park\nthe two secondary schools\nthe new estate"
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: items}))
    texts = [block.text for block in article.body]
    assert texts[2:7] == ["The new routes will serve:", "the hospital", "the retail park",
                          "the two secondary schools", "the new estate"]  # fmt: skip
    assert all(block.kind is BlockKind.LIST_ITEM for block in article.body[3:7])


def test_adjacent_short_lines_without_opener_or_sentences_are_dropped() -> None:
    menu = "RAIL\nRail Operator Adds Evening Trains\nTRAMS\nTram Works Close High Street"
    article = extract(page("Council expands bus network to eastern suburbs", middle={1: menu}))
    assert not [block for block in article.body if block.kind is BlockKind.LIST_ITEM]
    assert "Rail Operator Adds Evening Trains" not in article.text


def test_time_zone_date_stamp_is_a_date() -> None:
    stamp = "Nov. 18, 2019 7:04 pm ET"
    article = extract(page("Council expands bus network to eastern suburbs", stamp))
    assert removed_reasons(article)[stamp] == "date"


@pytest.mark.parametrize("heading", ["About Jane Doe", "ABOUT THE AUTHOR", "Über Moritz Beispiel"])
def test_about_the_author_heading_ends_the_article(heading: str) -> None:
    after = (heading, "Jane has written about transport for the paper since 2009 and lives in the city centre.")
    article = extract(page("Council expands bus network to eastern suburbs", after=after))
    assert [block.text for block in article.body] == list(PARAGRAPHS)
    assert removed_reasons(article)[heading] == "author bio"
