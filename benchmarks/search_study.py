"""Measure search options for the published site at scale (see search_study.md).

Material's built-in search ships the full text of every page in one JSON file
that the browser downloads before the first result. This script makes sites of
N generated articles and measures, in headless Chromium, what a first search
costs with (a) Pagefind and (b) Material's index, full or trimmed.

    python benchmarks/search_study.py pages 10000 /tmp/pf-site      # plain HTML pages
    python benchmarks/search_study.py pagefind /tmp/pf-site          # index them
    python benchmarks/search_study.py mkdocs 10000 /tmp/mk-project   # Markdown project
    python benchmarks/search_study.py trim /tmp/mk-project/site      # trim its index
    python benchmarks/search_study.py measure /tmp/pf-site pagefind Gyeongju
    python benchmarks/search_study.py measure /tmp/mk-project/site material Gyeongju
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import html
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate_captures as gen

from build_tools.search import index_site
from tests.browser.harness import CHROMIUM_ARGS, CHROMIUM_PATH, serve_directory

_WORDS_PER_PAGE = (400, 800)
_REAL_SENTENCES_PER_PAGE = 10
_CORPUS = Path(os.environ.get("CORPUS_DIR", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))


@functools.cache
def _real_sentences() -> tuple[str, ...]:
    """Sentences of real newswire (TimeBank, AQUAINT) read from the shared corpus.

    The generator's templates use ~1,400 distinct words; real news uses tens of
    thousands, and index size grows with vocabulary. Mixing real sentences in
    keeps the measured index honest. Empty when the corpus is absent.
    """
    sentences: list[str] = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        path = _CORPUS / "timex" / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = " ".join(json.loads(line)["text"].split())
                sentences += [s.strip() + "." for s in text.split(". ") if len(s.split()) > 6]
    return tuple(sentences)


def _story(index: int) -> gen.Story:
    """A ~600-word story (the brief's size for the study), deterministic per index."""
    rng = random.Random(f"study:{index}")
    real = _real_sentences()
    story = gen._make_story(rng, index)
    words = rng.randint(*_WORDS_PER_PAGE)
    paras: list[str] = []
    for para in story.paragraphs:
        if sum(len(p.split()) for p in paras) >= words:
            break
        paras.append(para)
    if real:
        start = rng.randrange(len(real) - _REAL_SENTENCES_PER_PAGE)
        paras.insert(1, " ".join(real[start : start + _REAL_SENTENCES_PER_PAGE]))
    if index % 97 == 0:
        paras.append("Leaders will meet in Gyeongju for the summit.")
    return dataclasses.replace(story, paragraphs=tuple(paras))


def write_html_pages(n: int, site: Path) -> None:
    """Plain article pages with the Pagefind attributes the real template must carry."""
    site.mkdir(parents=True, exist_ok=True)
    for index in range(n):
        story = _story(index)
        page = site / "articles" / f"story-{index}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(_article_html(story), encoding="utf-8")
    (site / "index.html").write_text(_SEARCH_PAGE, encoding="utf-8")


def _article_html(story: gen.Story) -> str:
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)
    day = story.published.isoformat()
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{esc(story.headline)}</title></head><body>
<nav>Home Archive Timeline Entities</nav>
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{esc(story.headline)}</h1>
<p><time datetime="{day}" data-pagefind-meta="date:{day}"
 data-pagefind-sort="date:{day}">{day}</time> &middot; {esc(story.agency)}</p>
<span data-pagefind-filter="section" hidden>{esc(story.section)}</span>
{body}
</article><footer>Built by the archive</footer></body></html>
"""


_SEARCH_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Search</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script></head><body>
<div id="search"></div>
<script>window.addEventListener('DOMContentLoaded', () => {
  new PagefindUI({ element: "#search", showSubResults: false, showImages: false,
    debounceTimeoutMs: 100 });
});</script></body></html>
"""


def write_mkdocs_project(n: int, project: Path) -> None:
    """A MkDocs + Material project of n article pages kept out of the nav."""
    docs = project / "docs" / "articles"
    docs.mkdir(parents=True, exist_ok=True)
    (project / "docs" / "index.md").write_text("# Archive\n\nSearch the archive.\n")
    for index in range(n):
        story = _story(index)
        text = "\n\n".join(story.paragraphs)
        (docs / f"story-{index}.md").write_text(
            f"# {story.headline}\n\n*{story.published.isoformat()}* · {story.agency}\n\n{text}\n"
        )
    (project / "mkdocs.yml").write_text(
        "site_name: Study\nnav:\n  - index.md\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"
    )


def trim_material_index(site: Path, keep_chars: int = 300) -> tuple[int, int]:
    """Keep each page's title and first `keep_chars` characters; drop section entries.

    Returns (bytes before, bytes after). Stands for option (b): a hook keeping
    title + first paragraph + entity names (names add to, never shrink, this).
    """
    path = site / "search" / "search_index.json"
    before = path.stat().st_size
    data = json.loads(path.read_text(encoding="utf-8"))
    pages = [doc for doc in data["docs"] if "#" not in doc["location"]]
    for doc in pages:
        doc["text"] = doc["text"][:keep_chars]
    data["docs"] = pages
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return before, path.stat().st_size


@contextmanager
def served(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 at a free port (the browser tests' server) for the duration."""
    server, url = serve_directory(site)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def measure(site: Path, engine: str, query: str, *, warm: bool = False, path: str = "/") -> dict[str, object]:
    """Load the search page, type `query`, wait for the first result: time and bytes.

    Cold: type as soon as the page has loaded, so the engine's start-up counts.
    Warm: focus the box and let the engine load first, as a person who takes a
    moment to type would (the clock then measures the query alone).
    """
    from playwright.sync_api import sync_playwright

    sizes: dict[str, int] = {}
    with served(site) as base, sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM_PATH), args=CHROMIUM_ARGS, headless=True
        )
        page = context.new_page()
        page.on("requestfinished", lambda r: sizes.__setitem__(r.url, _body_size(r)))
        page.goto(f"{base}{path}", wait_until="load")
        loaded = sum(sizes.values())
        if warm:
            if engine == "pagefind":  # Material fetches its index on load; Pagefind on focus
                page.focus(_INPUT[engine])
            page.wait_for_load_state("networkidle")
        began = time.perf_counter()
        first = _type_and_wait(page, engine, query)
        elapsed = time.perf_counter() - began
        context.close()
    return {
        "engine": engine,
        "query": query,
        "warm": warm,
        "first_result": first,
        "seconds_to_first_result": round(elapsed, 3),
        "bytes_page_load": loaded,
        "bytes_total": sum(sizes.values()),
        "requests": len(sizes),
        "external_requests": [url for url in sizes if not url.startswith(base)],
        "largest": sorted(sizes.items(), key=lambda kv: -kv[1])[:5],
    }


def _body_size(request: object) -> int:
    sizes = request.sizes()  # type: ignore[attr-defined]
    return int(sizes["responseBodySize"]) + int(sizes["responseHeadersSize"])


_INPUT = {"pagefind": ".pagefind-ui__search-input", "material": "input.md-search__input"}


def _type_and_wait(page: object, engine: str, query: str) -> str:
    """Type into the engine's search box and return the first result's title."""
    if engine == "pagefind":
        page.fill(".pagefind-ui__search-input", query)  # type: ignore[attr-defined]
        # The UI first shows placeholder titles (". . .") while a result's data loads;
        # the link appears only with the real headline.
        first = page.wait_for_selector(".pagefind-ui__result-link", timeout=60_000)  # type: ignore[attr-defined]
    else:
        page.click("label.md-search__icon, .md-search__input")  # type: ignore[attr-defined]
        page.fill("input.md-search__input", query)  # type: ignore[attr-defined]
        # Material searches on keyup, which fill() does not send; Pagefind listens to input.
        page.press("input.md-search__input", "End")  # type: ignore[attr-defined]
        first = page.wait_for_selector(".md-search-result__item h1", timeout=120_000)  # type: ignore[attr-defined]
    return str(first.inner_text()).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("pages", "mkdocs"):
        cmd = sub.add_parser(name)
        cmd.add_argument("n", type=int)
        cmd.add_argument("out", type=Path)
    sub.add_parser("pagefind").add_argument("site", type=Path)
    sub.add_parser("trim").add_argument("site", type=Path)
    cmd = sub.add_parser("measure")
    cmd.add_argument("site", type=Path)
    cmd.add_argument("engine", choices=("pagefind", "material"))
    cmd.add_argument("query")
    cmd.add_argument("--warm", action="store_true", help="let the engine load before typing")
    cmd.add_argument("--path", default="/", help="the search page's path on the site")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.command == "pages":
        write_html_pages(args.n, args.out)
    elif args.command == "mkdocs":
        write_mkdocs_project(args.n, args.out)
    elif args.command == "pagefind":
        print(index_site(args.site))
    elif args.command == "trim":
        print("search_index.json bytes before/after:", trim_material_index(args.site))
    else:
        print(json.dumps(measure(args.site, args.engine, args.query, warm=args.warm, path=args.path), indent=1))
    print(f"{args.command}: {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
