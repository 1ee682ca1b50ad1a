"""The whole path as a maintainer runs it: `build` -> Markdown -> `mkdocs build --strict`.

The seed site is built once per module; the checks read its HTML as a browser
would get it."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner, Result

from build_tools.cli import main

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "captures" / "000_c3f07487757a6e66.txt"
ARTICLE = "archive/articles/000-c3f07487757a6e66/index.html"
BOILERPLATE = [
    "Skip to main content",
    "Hamburger Menu",
    "Advertisement",
    "Also worth reading",
    "Source: AFP/dc",
    "WAN-IFRA",
]


def build(project: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["build", "--project", str(project), "-q", *extra])


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory, new_project: Callable[[Path], Path]) -> Path:
    project = new_project(tmp_path_factory.mktemp("seed"))
    shutil.copy(SEED, project / "captures" / SEED.name)
    result = build(project)
    assert result.exit_code == 0, result.output
    return project / "site"


def test_strict_build_writes_article_entity_and_timeline_pages(built_site: Path) -> None:
    for path in [ARTICLE, "index.html", "archive/entities/xi-jinping/index.html", "archive/timeline/2025/index.html"]:
        assert (built_site / path).is_file(), path


def test_the_search_pages_stay_out_of_the_site_and_are_what_is_indexed(built_site: Path) -> None:
    """Pagefind reads docs/archive/.search/ (MkDocs skips dot-folders): one page for the
    article and one per entity page, and the site itself carries no search markup."""
    assert not (built_site / "archive" / ".search").exists()
    searchable = sorted((built_site.parent / "docs" / "archive" / ".search").rglob("index.html"))
    entity_pages = json.loads((built_site / "archive" / "entities" / "counts.json").read_text(encoding="utf-8"))
    assert len(searchable) == 1 + len(entity_pages)
    fragments = list((built_site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert len(fragments) == len(searchable), "Pagefind indexed exactly the search pages"
    assert "data-pagefind" not in (built_site / ARTICLE).read_text(encoding="utf-8")


def test_article_body_has_no_boilerplate_and_is_published_2025_06_10(built_site: Path) -> None:
    article = page(built_site, ARTICLE)
    body = " ".join(p.get_text() for p in article.select("article p[id^=p]:not(.article-caption)"))
    assert "Chinese leader Xi Jinping urged" in body and "would not be South Korea's concern" in body
    for line in BOILERPLATE:
        assert line not in body, line
    assert "10 June 2025" in article.select_one(".admonition.info").get_text()


def test_highlights_link_to_entity_pages_with_type_class_and_tooltip(built_site: Path) -> None:
    article = page(built_site, ARTICLE)
    short = [a for a in article.select('a.entity[href$="/xi-jinping/"]') if a.get_text() == "Xi"]
    assert short and all(a["data-name"] == "Xi Jinping" for a in short), "a short form's card needs the full name"
    xi = article.select_one('a.entity[href$="/xi-jinping/"]')
    assert xi is not None and "entity-person" in xi["class"]
    assert xi["href"] == "../../entities/xi-jinping/" and xi["title"].startswith("President")
    found = {a["href"].rstrip("/").rsplit("/", 1)[-1] for a in article.select("a.entity")}
    expected = {
        "xi-jinping",
        "lee-jae-myung",
        "yoon-suk-yeol",
        "donald-trump",
        "china",
        "south-korea",
        "beijing",
        "seoul",
        "gyeongju",
        "moscow",
        "red-square",
        "taiwan",
        "japan",
        "united-states",
        "korean-peninsula",
        "xinhua",
    }
    assert expected <= found, expected - found


def test_article_timeline_lists_the_expected_events(built_site: Path) -> None:
    article = page(built_site, ARTICLE)
    heading = article.select_one("aside.article-aside #timeline")
    items = [li.get_text() for li in heading.find_next("ul").find_all("li", recursive=False)]
    labels = [item.split(" · ")[0].strip() for item in items]
    assert labels == ["9 May 2025", "week of 2 June 2025", "10 June 2025", "November 2025"]


def test_entity_and_timeline_pages_link_to_each_other_and_to_the_article(built_site: Path) -> None:
    entity = page(built_site, "archive/entities/xi-jinping/index.html")
    hrefs = {a["href"] for a in entity.select("article a[href]")}
    assert any(href.startswith("../../articles/000-c3f07487757a6e66/#p") for href in hrefs)
    timeline = page(built_site, "archive/timeline/2025/index.html")
    links = {a["href"] for a in timeline.select("article a[href]")}
    assert "../../entities/xi-jinping/" in links
    assert any(href.startswith("../../articles/000-c3f07487757a6e66/#p") for href in links)
    months = [h.get_text().strip("¶ ") for h in timeline.select("article h2")]
    assert months == ["May 2025", "June 2025", "November 2025"]


def test_raw_capture_is_published_unchanged(built_site: Path) -> None:
    assert (built_site / "archive/raw/000_c3f07487757a6e66.txt").read_bytes() == SEED.read_bytes()


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    external = re.compile(r"""(?:src|href)=["'](?:https?:)?//(?!www\.wikidata\.org)""")
    for html in built_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, html
        for match in external.finditer(text):
            context = text[max(0, match.start() - 80) : match.end() + 60]
            assert "<a " in context, f"{html}: {context}"


def test_the_compressed_sitemap_carries_no_build_date(built_site: Path) -> None:
    """MkDocs stamps sitemap.xml.gz with the day of the build unless SOURCE_DATE_EPOCH is set."""
    header = (built_site / "sitemap.xml.gz").read_bytes()[:10]
    assert int.from_bytes(header[4:8], "little") == 0


def test_rebuild_is_byte_identical(built_site: Path, tmp_path: Path) -> None:
    project = built_site.parent
    first = {p: p.read_bytes() for p in (project / "docs").rglob("*.md")}
    result = build(project, "--no-site", "--no-cache")
    assert result.exit_code == 0, result.output
    assert {p: p.read_bytes() for p in (project / "docs").rglob("*.md")} == first


def test_bad_captures_fail_alone_and_the_summary_counts_every_capture(project_dir: Path) -> None:
    project = project_dir
    captures = project / "captures"
    shutil.copy(SEED, captures / SEED.name)
    (captures / "empty.txt").write_bytes(b"")
    (captures / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (captures / "no-article.txt").write_text("Home\nNews\nSport\nContact us\n", encoding="utf-8")
    cp1252 = SEED.read_text(encoding="utf-8").replace("Lee's office", "Lee’s office — café")
    (captures / "western.txt").write_bytes(cp1252.encode("cp1252", errors="replace"))
    result = build(project)
    assert result.exit_code == 1
    assert "failed: captures/empty.txt: ingest: empty file (0 bytes)" in result.output
    assert "failed: captures/binary.txt: ingest: binary file (a PNG image)" in result.output
    assert re.search(r"failed: captures/no-article.txt(:\d+)?: extract: no paragraph-like lines", result.output)
    assert "5 capture file(s): 2 article(s) built, 3 failure(s) in 3 file(s)" in result.output
    western = page(project / "site", "archive/articles/western/index.html").select_one("article").get_text()
    assert "Lee’s office — café" in western and "cp1252" in western


def test_hostile_capture_shows_as_text(project_dir: Path) -> None:
    project = project_dir
    hostile = SEED.read_text(encoding="utf-8").replace(
        "Lee said he hoped",
        '<script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> '
        "[link](javascript:alert(1)) {{ config.site_name }} {: #evil } Lee said he hoped",
    )
    (project / "captures" / "hostile.txt").write_text(hostile, encoding="utf-8")
    assert build(project).exit_code == 0
    html = (project / "site/archive/articles/hostile/index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "lxml")
    content = soup.select_one("article")
    assert content.find("script") is None and content.find("img") is None and soup.find(id="evil") is None
    assert "<script>window.pwned=1</script>" in content.get_text()
    assert "{{ config.site_name }}" in content.get_text()
    assert not content.select('a[href^="javascript"]')


def test_malformed_registry_fails_the_build_naming_file_and_line(project_dir: Path) -> None:
    project = project_dir
    shutil.copy(SEED, project / "captures" / SEED.name)
    (project / "data" / "entities.yml").write_text(
        "entities:\n  - id: a\n    name: A\n    type: persn\n  - id: b\n    name: B\n    type: place\n"
        "  - id: b\n    name: C\n    type: place\n"
    )
    result = build(project)
    assert result.exit_code == 1
    assert "error: data/entities.yml:4: entity 'a': 'type' must be one of" in result.output
    assert "error: data/entities.yml:8: entity 'b'" in result.output and "duplicate" in result.output


def test_check_validates_without_writing(project_dir: Path) -> None:
    project = project_dir
    shutil.copy(SEED, project / "captures" / SEED.name)
    (project / "captures" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["check", "--project", str(project), "-q"])
    assert result.exit_code == 1
    assert "2 capture file(s): 1 article(s) checked, 1 failure(s)" in result.output
    assert not (project / "docs" / "archive").exists() and not (project / "site").exists()


def _news_page(headline: str, place: str) -> bytes:
    """A small saved news page: metadata in the head, furniture around the article."""
    paragraphs = "".join(
        f"<p>{sentence} The talks in {place} went on for hours, officials said on Monday, "
        "and further meetings are planned for the coming weeks.</p>"
        for sentence in ("Ministers met to discuss trade.", "Both sides spoke of progress.", "No deal was signed.")
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} | Example News</title>"
        f"<meta property='og:title' content='{headline}'>"
        "<meta property='article:published_time' content='2025-06-09T08:00:00Z'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{headline}</h1>{paragraphs}</article>"
        "<footer>Share this article. Subscribe to our newsletter.</footer></body></html>"
    ).encode()


def test_a_warc_holding_two_articles_builds_two_pages(project_dir: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for index, (headline, place) in enumerate([("Trade talks resume", "Geneva"), ("Ministers meet again", "Oslo")]):
        record = writer.create_warc_record(
            f"https://news.example/story-{index}",
            "response",
            payload=io.BytesIO(_news_page(headline, place)),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1"),
            warc_headers_dict={"WARC-Date": "2025-06-10T01:02:03Z"},
        )
        writer.write_record(record)
    project = project_dir
    (project / "captures" / "crawl.warc.gz").write_bytes(buffer.getvalue())
    result = build(project, "--no-site")
    assert result.exit_code == 0, result.output
    assert "2 article(s) built, 0 failure(s)" in result.output
    articles = project / "docs" / "archive" / "articles"
    first, second = ((articles / f"crawl-r{i}.md").read_text(encoding="utf-8") for i in (0, 1))
    assert "<h1>Trade talks resume</h1>" in first and "<h1>Ministers meet again</h1>" in second
    assert "https://news.example/story-0" in first and "https://news.example/story-1" in second
    assert "Subscribe to our newsletter" not in first


def test_every_page_is_within_three_clicks_of_the_home_page(built_site: Path) -> None:
    assert pages_beyond_three_clicks(built_site) == set()


def pages_beyond_three_clicks(site: Path) -> set[str]:
    """Breadth-first over the site's own links from index.html: the HTML pages (but the
    404 page) not reached in three clicks."""
    from posixpath import normpath
    from urllib.parse import urlsplit

    def target(page: str, href: str) -> str | None:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            return None
        path = normpath(f"{page.rsplit('/', 1)[0]}/{parts.path}" if "/" in page else parts.path)
        return f"{path}/index.html" if not path.endswith(".html") else path

    depth = {"index.html": 0}
    frontier = ["index.html"]
    for clicks in (1, 2, 3):
        found = []
        for current in frontier:
            for link in page(site, current).select("a[href]"):
                reached = target(current, link["href"])
                if reached and reached not in depth and (site / reached).is_file():
                    depth[reached] = clicks
                    found.append(reached)
        frontier = found
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"} - set(depth)


def test_paged_entity_mentions_build_strict_and_link_both_ways(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two copies of the first capture, one article on the main page: Xi Jinping's
    mentions of June 2025 get their own page, MkDocs builds it strictly, and the
    pages link to each other."""
    import build_tools.render.entity as entity_pages
    import build_tools.render.indexes as indexes

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 1)
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 1)
    monkeypatch.setattr(indexes, "LATEST_ON_HOME", 0)  # as in a large archive: the entity is not in the latest
    project = project_dir
    for name in (SEED.name, "001_copy.txt"):
        shutil.copy(SEED, project / "captures" / name)
    result = build(project)
    assert result.exit_code == 0, result.output
    site = project / "site"
    main = page(site, "archive/entities/xi-jinping/index.html")
    june = page(site, "archive/entities/xi-jinping/2025-06/index.html")
    assert main.select_one('a[href="2025-06/"]') is not None
    assert june.select_one('a[href="../"]') is not None
    assert len(june.select("h3.mention-article")) == 2 and len(main.select("h3.mention-article")) == 1
    assert pages_beyond_three_clicks(site) == set()  # home -> entity type -> entity -> its page of mentions


def test_a_long_year_of_the_timeline_is_split_by_month(project_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the split threshold lowered, 2025 of the first capture gets a page per month,
    linked from the year and the timeline index, and MkDocs builds them strictly."""
    import build_tools.render.timeline as timeline_pages

    monkeypatch.setattr(timeline_pages, "YEAR_PAGE_LIMIT", 1)
    project = project_dir
    shutil.copy(SEED, project / "captures" / SEED.name)
    result = build(project)
    assert result.exit_code == 0, result.output
    site = project / "site"
    year = page(site, "archive/timeline/2025/index.html")
    assert {a["href"] for a in year.select("article li a")} == {"05/", "06/", "11/"}
    june = [li.get_text() for li in page(site, "archive/timeline/2025/06/index.html").select("article li")]
    assert [item.split(" · ")[0].strip() for item in june] == ["week of 2 June 2025", "10 June 2025"]
    index_links = {a["href"] for a in page(site, "archive/timeline/index.html").select("article a")}
    assert {"2025/05/", "2025/06/", "2025/11/"} <= index_links
    assert pages_beyond_three_clicks(site) == set()


def test_worker_processes_build_the_same_pages_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_project: Callable[[Path], Path]
) -> None:
    """Extraction and annotation in worker processes (threshold lowered to 1) give
    byte-identical Markdown to the serial path."""
    import build_tools.pipeline as pipeline

    def markdown(root: Path) -> dict[str, bytes]:
        root.mkdir()
        project = new_project(root)
        for name in (SEED.name, "001_copy.txt"):
            shutil.copy(SEED, project / "captures" / name)
        result = build(project, "--no-site", "--no-cache")
        assert result.exit_code == 0, result.output
        docs = project / "docs" / "archive"
        return {path.relative_to(docs).as_posix(): path.read_bytes() for path in docs.rglob("*.md")}

    serial = markdown(tmp_path / "serial")
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    assert markdown(tmp_path / "parallel") == serial


def test_a_capture_with_oddly_folding_letters_builds(project_dir: Path) -> None:
    """'ſunday' (long s) once raised KeyError in the date tagger and stopped the build."""
    text = SEED.read_text(encoding="utf-8").replace("Lee said he hoped", "Talks resumed on ſunday. Lee said he hoped")
    (project_dir / "captures" / "odd.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(project_dir), "--no-site"])
    assert result.exit_code == 0, result.output
    assert "ſunday" in (project_dir / "docs/archive/articles/odd.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("stage", ["extract", "annotate"])
def test_an_unexpected_error_costs_one_capture_not_the_build(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """A bug met by one capture is reported as a failure of that capture; the others build."""
    import build_tools.pipeline as pipeline

    def broken(function: Callable[..., object]) -> Callable[..., object]:
        def call(first: object, *rest: object) -> object:
            if "second.txt" in str(first.capture.path if stage == "annotate" else first.path):  # type: ignore[attr-defined]
                raise KeyError("boom")
            return function(first, *rest)

        return call

    target = "find_events" if stage == "annotate" else "extract_article"
    monkeypatch.setattr(pipeline, target, broken(getattr(pipeline, target)))
    shutil.copy(SEED, project_dir / "captures" / SEED.name)
    shutil.copy(SEED, project_dir / "captures" / "second.txt")
    result = CliRunner().invoke(main, ["build", "--project", str(project_dir), "--no-site"])
    assert result.exit_code == 1, result.output
    assert f"failed: captures/second.txt: {stage}: unexpected error (KeyError: 'boom'); this is a bug" in result.output
    assert "2 capture file(s): 1 article(s) built, 1 failure(s) in 1 file(s)" in result.output
    assert (project_dir / "docs/archive/articles/000-c3f07487757a6e66.md").is_file()
