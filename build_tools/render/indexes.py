"""The home page and the article index (by month)."""

from __future__ import annotations

from collections import defaultdict

from build_tools.model import ArticleSummary
from build_tools.render.context import (
    ARTICLE_INDEX_PAGE,
    ENTITY_INDEX_PAGE,
    HOME_PAGE,
    SiteContext,
    article_page,
)
from build_tools.render.markdown import escape, relative_link
from build_tools.render.pages import front_matter, human_date
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


def render_home(context: SiteContext) -> str:
    count = len(context.articles)
    lines = [
        front_matter("News archive", "An archive of annotated news articles."),
        "# News archive",
        "",
        f"{count:,} article{'s' if count != 1 else ''}, with their people, organisations, places and events "
        f"highlighted and every dated event on a [timeline]({relative_link(HOME_PAGE, TIMELINE_INDEX_PAGE)}). "
        f"Browse [all articles by month]({relative_link(HOME_PAGE, ARTICLE_INDEX_PAGE)}) "
        f"or [the entities]({relative_link(HOME_PAGE, ENTITY_INDEX_PAGE)}).",
        "",
        SEARCH_FORM,
        "",
        "## Latest articles",
        "",
    ]
    lines += [_article_line(item, HOME_PAGE) for item in context.articles[:LATEST_ON_HOME]]
    lines += ["", "## Archive by month", "", _month_links(context, HOME_PAGE)]
    return "\n".join(lines) + "\n"


def render_article_index(context: SiteContext) -> str:
    lines = [front_matter("All articles"), "# All articles", ""]
    for key, items in _by_month(context).items():
        lines += [f"## {_month_title(key)} {{: #{key} }}", ""]
        lines += [_article_line(item, ARTICLE_INDEX_PAGE) for item in items]
        lines.append("")
    if not context.articles:
        lines.append("No articles yet: add captures to `captures/` and run the build.")
    return "\n".join(lines).rstrip() + "\n"


def _article_line(item: ArticleSummary, page: str) -> str:
    article = item.article
    date = human_date(article.published.value) if article.published else "date unknown"
    section = f" · {escape(article.section)}" if article.section else ""
    target = relative_link(page, article_page(item.slug))
    return f"- {date} · [{escape(article.title)}]({target}){section}"


def _by_month(context: SiteContext) -> dict[str, list[ArticleSummary]]:
    months: defaultdict[str, list[ArticleSummary]] = defaultdict(list)
    for item in context.articles:  # already newest first
        published = item.article.published
        months[f"{published.value.year}-{published.value.month:02d}" if published else UNDATED].append(item)
    return dict(months)


def _month_links(context: SiteContext, page: str) -> str:
    by_month = _by_month(context)
    links = [
        f"[{_month_title(key)}]({relative_link(page, ARTICLE_INDEX_PAGE, key)}) ({len(items):,})"
        for key, items in by_month.items()
    ]
    return " · ".join(links) if links else "Nothing yet."


def _month_title(key: str) -> str:
    if key == UNDATED:
        return "Date unknown"
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}"
