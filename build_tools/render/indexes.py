"""The home page and the article index: a page per year, by month."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from build_tools.model import ArticleSummary
from build_tools.render.article import TYPE_HEADINGS, TYPE_ORDER
from build_tools.render.context import (
    ARTICLE_INDEX_PAGE,
    ENTITY_INDEX_PAGE,
    HOME_PAGE,
    SiteContext,
)
from build_tools.render.entity import type_index_page
from build_tools.render.markdown import escape, relative_link
from build_tools.render.pages import article_list, front_matter
from build_tools.render.timeline import MONTH_NAMES, TIMELINE_INDEX_PAGE

# The home page shows this many of the newest articles; the rest are one click
# away in the index by month.
LATEST_ON_HOME = 20
# A plain form, so the home page loads no search code: the search page runs the
# query it is given in `?q=` (docs/assets/search/search-page.js).
SEARCH_FORM = (
    '<form class="archive-search-form" action="search/" method="get" role="search">'
    '<label for="home-search">Search the archive</label> '
    '<input id="home-search" name="q" type="search" placeholder="A word, a name, a headline" required> '
    '<button type="submit" class="md-button md-button--primary">Search</button></form>'
)
UNDATED = "undated"
# The articles of each year on a page of their own: one page listing 10,000 articles
# was 1.5 MB of HTML to open, and was rendered again for every new capture.
YEARS_DIR = "archive/articles-by-year"


def year_page(year: str) -> str:
    """The page of a year's articles ('2025', or 'undated')."""
    return f"{YEARS_DIR}/{year}.md"


def render_home(context: SiteContext) -> str:
    count = len(context.articles)
    lines = [
        front_matter("News archive", "An archive of annotated news articles."),
        "# News archive",
        "",
        f"{count:,} article{'s' if count != 1 else ''}, with their people, organisations, places and events "
        f"highlighted and every dated event on a [timeline]({relative_link(HOME_PAGE, TIMELINE_INDEX_PAGE)}). "
        f"Browse [all articles by year]({relative_link(HOME_PAGE, ARTICLE_INDEX_PAGE)}) "
        f"or [the entities]({relative_link(HOME_PAGE, ENTITY_INDEX_PAGE)}): {_entity_type_links()}.",
        "",
        SEARCH_FORM,
        "",
        "## Latest articles",
        "",
        article_list(context.articles[:LATEST_ON_HOME], HOME_PAGE),
    ]
    lines += ["", "## Archive by month", "", _month_links(context, HOME_PAGE)]
    return "\n".join(lines) + "\n"


def _entity_type_links() -> str:
    """Each type's index from the home page: an entity's page is then two clicks away,
    and its pages of mentions three (through the entity index they were four)."""
    return ", ".join(
        f"[{TYPE_HEADINGS[entity_type].lower()}]({relative_link(HOME_PAGE, type_index_page(entity_type))})"
        for entity_type in TYPE_ORDER
    )


def render_article_index(context: SiteContext) -> str:
    """Every year with its months, each linked to the year's page."""
    lines = [front_matter("All articles"), "# All articles", ""]
    years: dict[str, dict[str, int]] = {}
    for key, count in _month_counts(context).items():  # newest first, undated last
        years.setdefault(_year_of(key), {})[key] = count
    for year, months in years.items():
        count = sum(months.values())
        link = f"[{_year_title(year)}]({relative_link(ARTICLE_INDEX_PAGE, year_page(year))})"
        lines.append(f"- **{link}** ({count:,}): {_links_to_months(months, ARTICLE_INDEX_PAGE)}")
    if not context.articles:
        lines.append("No articles yet: add captures to `captures/` and run the build.")
    return "\n".join(lines).rstrip() + "\n"


def article_years(context: SiteContext) -> dict[str, tuple[str, ...]]:
    """Each year ('2025', or 'undated') and the slugs its page lists, newest first:
    what its render job shows."""
    return {
        year: tuple(item.slug for items in months.values() for item in items)
        for year, months in _by_year(context).items()
    }


def render_article_year(year: str, slugs: Sequence[str], context: SiteContext) -> str:
    """One year's articles (`slugs`, newest first) by month. The month headings stay
    Markdown, so MkDocs knows their anchors (links to them are checked); each month's
    list is raw HTML."""
    page = year_page(year)
    title = f"Articles of {year}" if year != UNDATED else "Articles with no date"
    lines = [front_matter(title), f"# {escape(title)}", "", f"[All years]({relative_link(page, ARTICLE_INDEX_PAGE)})"]
    for key, items in _by_month(context.article(slug) for slug in slugs).items():
        lines += ["", f"## {_month_title(key)} {{: #{key} }}", "", article_list(items, page)]
    return "\n".join(lines) + "\n"


def _by_year(context: SiteContext) -> dict[str, dict[str, list[ArticleSummary]]]:
    years: dict[str, dict[str, list[ArticleSummary]]] = {}
    for key, items in _by_month(context.articles).items():  # newest first, undated last
        years.setdefault(_year_of(key), {})[key] = items
    return years


def _year_title(year: str) -> str:
    return "Date unknown" if year == UNDATED else year


def _year_of(month: str) -> str:
    """The year of a month key ('2025-06' -> '2025'; 'undated' stays)."""
    return month[:4] if month != UNDATED else UNDATED


def _links_to_months(months: dict[str, int], page: str) -> str:
    return " · ".join(
        f"[{MONTH_NAMES[int(key[5:]) - 1] if key != UNDATED else 'all'}]({_month_target(page, key)}) ({count:,})"
        for key, count in months.items()
    )


def _month_target(page: str, key: str) -> str:
    """The link from `page` to a month's heading on its year's page."""
    return relative_link(page, year_page(_year_of(key)), key)


def _by_month(articles: Iterable[ArticleSummary]) -> dict[str, list[ArticleSummary]]:
    """Articles by month key ('2025-06', or 'undated'), in the order given."""
    months: defaultdict[str, list[ArticleSummary]] = defaultdict(list)
    for item in articles:
        published = item.article.published
        months[f"{published.value.year}-{published.value.month:02d}" if published else UNDATED].append(item)
    return dict(months)


def _month_links(context: SiteContext, page: str) -> str:
    links = [f"[{_month_title(key)}]({_month_target(page, key)}) ({count:,})"
             for key, count in _month_counts(context).items()]  # fmt: skip
    return " · ".join(links) if links else "Nothing yet."


def _month_counts(context: SiteContext) -> dict[str, int]:
    """The number of articles of each month key ('2025-06', or 'undated'), newest first.

    Counted on `context.month_of` (in the order of `articles`, one tuple object a
    month), not on the articles: the home page and the index are rendered on every
    build, in a forked process, where reading the date of each of 10,000 articles
    first touches (copies) their memory: 0.2-0.3 s of CPU for the home page alone.
    """
    return {
        f"{month[0]}-{month[1]:02d}" if month else UNDATED: count
        for month, count in Counter(context.month_of.values()).items()
    }


def _month_title(key: str) -> str:
    if key == UNDATED:
        return "Date unknown"
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}"
