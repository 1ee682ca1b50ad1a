"""Full-text search for the built site: a Pagefind index written after `mkdocs build`.

Why Pagefind and not Material's search (benchmarks/search_study.md): Material's
index holds the full text of every page in one JSON file the browser must
download before showing anything (~43 MB at 10,000 articles). Pagefind splits
its index into small compressed chunks and the browser fetches only those the
query needs, so a first search stays well under 2 MB at that scale.

What Pagefind reads is not the site's pages but the search pages the build
writes beside them (render/search_pages.py: headline, caption, body and entity
names as plain HTML, at the site's paths): the site's article pages are ~7 times
larger (51 against 7.3 KB at 1,000 benchmark articles), with the theme around them
and a link around every name, and parsing them was most of Pagefind's time.

The binary comes from the PyPI package `pagefind[bin]` (it ships inside the
wheel, so nothing is downloaded at build time). Pagefind also writes its own UI
(`pagefind/pagefind-ui.js` and `.css`) into the site, so the search works offline.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.errors import ArchiveError

BUNDLE_DIR = "pagefind"
"""Where Pagefind writes its index and UI, relative to the site directory."""
SHARDS_FILE = "shards.json"
"""In the bundle: the names of the bundles holding shares of the articles (merged by the search page)."""
ARTICLES_DIR = "archive/articles"
# One Pagefind run indexes at most this many articles. Its memory grows with what it
# indexes (~265 KB per generated article measured: 1,092 articles 289 MB), so a
# share of 2,500 stays near 700 MB; more shares cost a little search speed (each
# is one more small index the browser loads on the first query).
ARTICLES_PER_INDEX = 2500
# Besides articles, entity pages (not their pages of mentions) are indexed: a
# sharded run gives them to the main bundle by this glob. (Pagefind parses every
# page its glob matches, body or not: run over the site itself, at 10,000
# articles, the 15,000 pages of mentions alone took it past 2.7 GB.)
OTHER_INDEXED_PAGES = "archive/entities/*/index.html"
# Pagefind runs at once, each on a share of its own. One run keeps about 1.5 cores
# busy; two side by side indexed two shares of the 10,000 benchmark in 7.0-7.5 s
# where one after the other took ~10.5 s, at ~600 MB each.
PARALLEL_RUNS = 2

_INDEXED_PAGES = re.compile(r"Indexed (\d+) pages?")
_INDEXED_WORDS = re.compile(r"Indexed (\d+) words?")
_INSTALL_HINT = "install it with: pip install 'pagefind[bin]'"


class SearchIndexError(ArchiveError):
    """Raised by `index_site` when the Pagefind binary is missing or fails."""


@dataclass(frozen=True, slots=True)
class SearchIndexStats:
    """What the indexer made, for the build summary and the scale benchmark."""

    pages: int
    """Pages Pagefind indexed (those carrying `data-pagefind-body`)."""
    words: int
    """Distinct words in the index (summed over the bundles: a word in two shares counts twice)."""
    files: int
    """Files in the bundle directory (index chunks, fragments, UI assets)."""
    total_bytes: int
    """Size on disk of the whole bundle: what the site grows by."""
    largest_file_bytes: int
    """The biggest single file: a first query downloads a handful of files like it."""
    seconds: float
    bundles: int = 1
    """Pagefind bundles written: the main one, plus one per share of a large archive's articles."""
    stamps: dict[str, BundleStamp] = field(default_factory=dict)
    """Each bundle's stamp, to pass back as `kept` to the next `index_site`."""
    reused: int = 0
    """Bundles kept from the last run: none of their pages had changed."""


@dataclass(frozen=True, slots=True)
class BundleStamp:
    """What a bundle was made from (a digest of Pagefind, its arguments and its pages'
    names, sizes and modification times) and what it holds."""

    inputs: str
    pages: int
    words: int


def find_pagefind() -> Path:
    """The Pagefind executable shipped by the `pagefind_bin` package.

    Raises:
        SearchIndexError: the package is not installed or holds no binary.
    """
    try:
        import pagefind_bin  # type: ignore[import-untyped,unused-ignore]
    except ImportError as missing:
        raise SearchIndexError(f"search: the Pagefind binary is missing; {_INSTALL_HINT}") from missing
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as missing:
        raise SearchIndexError(
            f"search: the pagefind_bin package holds no binary ({missing}); {_INSTALL_HINT}"
        ) from missing


def index_site(
    site_dir: Path,
    *,
    pages_dir: Path | None = None,
    language: str | None = None,
    executable: Path | None = None,
    articles_dir: str = ARTICLES_DIR,
    articles_per_index: int = ARTICLES_PER_INDEX,
    other_pages: str = OTHER_INDEXED_PAGES,
    kept: Mapping[str, BundleStamp] | None = None,
) -> SearchIndexStats:
    """Index the pages of `pages_dir` (by default the built site itself) into the
    site: writes `site_dir/pagefind/` (and, for a large archive, one more bundle
    per share of the articles).

    Pagefind holds everything it indexes in memory until it writes the index
    (measured: 5.2 GB for 10,962 generated articles). Above `articles_per_index`
    articles, the articles are indexed in shares by separate runs, each a bundle
    of its own; `pagefind/shards.json` names them, and the search page merges
    them (Pagefind's mergeIndex: one query, results ranked together).

    Args:
        site_dir: the output of `mkdocs build`, where the bundles go.
        pages_dir: the pages to index, at the paths of their URLs in the site; the
            build gives the search pages (render/search_pages.py), much smaller
            than the site's pages. None: the site's own pages.
        language: index every page as this language (ISO 639-1, for stemming);
            None: each page's `lang`.
        executable: a Pagefind binary to use instead of the packaged one (tests).
        articles_dir: where the article pages are, relative to the site.
        articles_per_index: the most articles one Pagefind run indexes.
        other_pages: a glob of the other pages that carry `data-pagefind-body`,
            indexed with the first share when there are several.
        kept: the stamps of the bundles already in the site (from the last run's
            `SearchIndexStats.stamps`); a bundle whose pages have not changed since
            is kept as it is instead of being indexed again.

    Raises:
        SearchIndexError: no site, no binary, Pagefind failed, or it indexed no page.
    """
    source = _Source(_pagefind_for(site_dir, executable), pages_dir or site_dir, site_dir, language)
    began = time.perf_counter()
    runs = _plan_runs(source.pages, articles_dir, articles_per_index, other_pages)
    _remove_dropped_bundles(site_dir, runs)
    unchanged, todo = _sort_out_unchanged(source, runs, kept or {})
    indexed, outputs = _run_all(source, todo)
    found = unchanged | indexed
    stamps = {bundle: found[bundle] for bundle in runs}
    seconds = time.perf_counter() - began
    _require_pages(source.pages, stamps, outputs)
    shard_names = list(runs)[1:]
    (site_dir / BUNDLE_DIR / SHARDS_FILE).write_text(json.dumps(shard_names) + "\n", encoding="utf-8")
    return _summarise(site_dir, runs, stamps, seconds, reused=len(unchanged))


@dataclass(frozen=True, slots=True)
class _Source:
    """What every Pagefind run of one `index_site` shares: the binary, where it reads
    pages, where it writes bundles, and the language forced on them (if any)."""

    binary: Path
    pages: Path
    site: Path
    language: str | None


def _pagefind_for(site_dir: Path, executable: Path | None) -> Path:
    """The Pagefind binary to run, once the site is known to be built."""
    if not (site_dir / "index.html").is_file():
        raise SearchIndexError(f"{site_dir}: search: no index.html here; run mkdocs build first")
    binary = executable or find_pagefind()
    if not binary.is_file():
        raise SearchIndexError(f"search: the Pagefind binary {binary} does not exist; {_INSTALL_HINT}")
    return binary


def _remove_dropped_bundles(site_dir: Path, runs: Mapping[str, object]) -> None:
    """Delete the bundles in the site that this run does not plan."""
    for old in site_dir.glob(f"{BUNDLE_DIR}*/"):
        if old.name not in runs:
            shutil.rmtree(old)  # a share of an earlier run that no longer exists


def _sort_out_unchanged(
    source: _Source, runs: Mapping[str, tuple[str | None, list[str]]], kept: Mapping[str, BundleStamp]
) -> tuple[dict[str, BundleStamp], list[tuple[str, str | None, str]]]:
    """The stamps of the bundles kept as they are (their pages have not changed), and the
    runs still to do as (bundle, glob, stamp of its inputs); their old bundles are removed."""
    found: dict[str, BundleStamp] = {}
    todo: list[tuple[str, str | None, str]] = []
    for bundle, (glob, read) in runs.items():
        inputs = _stamp(source, bundle, glob, read)
        previous = kept.get(bundle)
        if previous is not None and previous.inputs == inputs and (source.site / bundle).is_dir():
            found[bundle] = previous
            continue
        if (source.site / bundle).exists():
            shutil.rmtree(source.site / bundle)  # no chunk of the old index may linger
        todo.append((bundle, glob, inputs))
    return found, todo


def _run_all(source: _Source, todo: list[tuple[str, str | None, str]]) -> tuple[dict[str, BundleStamp], list[str]]:
    """Run Pagefind for each bundle to do, `PARALLEL_RUNS` at a time: the new bundles'
    stamps, and each run's output (in the order of `todo`)."""
    with ThreadPoolExecutor(max_workers=max(1, min(PARALLEL_RUNS, len(todo)))) as pool:
        outputs = list(pool.map(lambda run: _run(source, run[0], run[1]).stdout, todo))
    indexed: dict[str, BundleStamp] = {}
    for (bundle, _, inputs), output in zip(todo, outputs, strict=True):
        indexed[bundle] = BundleStamp(inputs, _count(_INDEXED_PAGES, output), _count(_INDEXED_WORDS, output))
    return indexed, outputs


def _require_pages(pages_dir: Path, stamps: Mapping[str, BundleStamp], outputs: list[str]) -> None:
    """Fail when Pagefind indexed no page in any bundle, with the end of its first output."""
    if sum(stamp.pages for stamp in stamps.values()) == 0:
        raise SearchIndexError(
            f"{pages_dir}: search: Pagefind indexed no page; is there HTML under it? "
            "(output: " + _tail(outputs[0] if outputs else "") + ")"
        )


def _summarise(
    site_dir: Path, runs: Mapping[str, object], stamps: dict[str, BundleStamp], seconds: float, reused: int
) -> SearchIndexStats:
    """The stats of the bundles written: their pages and words, and the size of their files."""
    files = [path for bundle in runs for path in (site_dir / bundle).rglob("*") if path.is_file()]
    sizes = [path.stat().st_size for path in files]
    return SearchIndexStats(
        pages=sum(stamp.pages for stamp in stamps.values()), words=sum(stamp.words for stamp in stamps.values()),
        files=len(files), total_bytes=sum(sizes), largest_file_bytes=max(sizes, default=0), seconds=seconds,
        bundles=len(runs), stamps=stamps, reused=reused,
    )  # fmt: skip


def _plan_runs(
    site_dir: Path, articles_dir: str, articles_per_index: int, other_pages: str
) -> dict[str, tuple[str | None, list[str]]]:
    """Each bundle's Pagefind glob (None: every page) and the site-relative pages it reads."""
    names = sorted(path.parent.name for path in (site_dir / articles_dir).glob("*/index.html"))
    shares = _deal(names, articles_per_index)
    if len(shares) == 1:
        return {BUNDLE_DIR: (None, _html_pages(site_dir))}
    # The main bundle takes the first share with the other pages: a run whose pages
    # all lack data-pagefind-body would index every page whole instead.
    others = sorted(path.relative_to(site_dir).as_posix() for path in site_dir.glob(other_pages))
    runs: dict[str, tuple[str | None, list[str]]] = {}
    for number, (patterns, members) in enumerate(shares, start=1):
        glob = f"{articles_dir}/{{{','.join(patterns)}}}/index.html"
        matched = [f"{articles_dir}/{name}/index.html" for name in members]
        if number == 1:
            runs[BUNDLE_DIR] = ("{" + other_pages + "," + glob + "}", others + matched)
        else:
            runs[f"{BUNDLE_DIR}-articles-{number}"] = (glob, matched)
    return runs


def _html_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the site outside the search bundles (what an unsharded run reads),
    but MkDocs' 404 page: it is written anew by every build, and only the site's
    settings change it (a change of settings rebuilds the site and its index whole)."""
    pages: list[str] = []
    for folder, subfolders, names in os.walk(site_dir):
        if folder == str(site_dir):
            subfolders[:] = [name for name in subfolders if not name.startswith(BUNDLE_DIR)]
            names = [name for name in names if name != "404.html"]
        pages += [os.path.relpath(os.path.join(folder, name), site_dir) for name in names if name.endswith(".html")]
    return sorted(pages)


def _stamp(source: _Source, bundle: str, glob: str | None, pages: list[str]) -> str:
    """A digest of everything a Pagefind run reads: the binary, the arguments, and each
    page's name, size and modification time (a page rewritten gets a new time)."""
    digest = hashlib.sha256()
    binary_status = source.binary.stat()
    arguments = (bundle, glob or "*", source.language or "")
    for part in (str(source.binary), str(binary_status.st_size), str(binary_status.st_mtime_ns), *arguments):
        digest.update(part.encode() + b"\0")
    for page in pages:
        status = os.stat(source.pages / page)
        digest.update(f"{page}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _shares(names: list[str], most: int) -> list[list[str]]:
    """Glob patterns that split page names into shares of about `most` names at most.

    A name is matched by its last characters ("*3f"), or by itself when shorter
    than them; the ending is made as long as needed for no one ending to hold more
    than `most` names. Endings are dealt to the lightest share, most common first,
    so shares come out even and a name always lands in the same share. Patterns
    stay short whatever the names (one command-line argument holds a share).
    """
    return [patterns for patterns, _ in _deal(names, most)]


def _deal(names: list[str], most: int) -> list[tuple[list[str], list[str]]]:
    """The shares of `_shares`, each as (its patterns, the names they match)."""
    if len(names) <= most:
        return [([_glob_escape(name) for name in names], sorted(names))]
    length = 1
    while True:
        pattern_of = {
            name: "*" + _glob_escape(name[-length:]) if len(name) >= length else _glob_escape(name) for name in names
        }
        groups: dict[str, list[str]] = {}
        for name, pattern in pattern_of.items():
            groups.setdefault(pattern, []).append(name)
        if max(map(len, groups.values())) <= most or length >= max(map(len, names)):
            break
        length += 1
    shares: list[tuple[list[str], list[str]]] = [([], []) for _ in range(-(-len(names) // most))]
    for pattern, members in sorted(groups.items(), key=lambda pair: (-len(pair[1]), pair[0])):
        patterns, dealt = min(shares, key=lambda share: len(share[1]))  # the lightest (the first of equals)
        patterns.append(pattern)
        dealt.extend(members)
    return [(sorted(patterns), sorted(dealt)) for patterns, dealt in shares if patterns]


_GLOB_SPECIAL = re.compile(r"([*?\[\]{},!\\])")


def _glob_escape(text: str) -> str:
    return _GLOB_SPECIAL.sub(r"\\\1", text)


def _run(source: _Source, bundle: str, glob: str | None) -> subprocess.CompletedProcess[str]:
    """Run Pagefind into the site's `bundle` over the pages `glob` matches (all when
    None); its own message explains most failures, so pass it on."""
    output = source.site.resolve() / bundle
    command = [str(source.binary), "--site", str(source.pages), "--output-path", str(output)]
    if glob is not None:
        command += ["--glob", glob]
    if source.language is not None:
        command += ["--force-language", source.language]
    # MkDocs' permalink anchors ("¶") sit inside every heading of a site's page (the
    # search pages have none): without this they end every result's title and excerpt.
    command += ["--exclude-selectors", ".headerlink"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as failed:
        raise SearchIndexError(f"search: cannot run {source.binary}: {failed}") from failed
    if result.returncode != 0:
        raise SearchIndexError(
            f"{source.pages}: search: Pagefind exited with {result.returncode}: "
            + _tail(result.stderr or result.stdout)
        )
    return result


def _count(pattern: re.Pattern[str], output: str) -> int:
    found = pattern.search(output)
    return int(found.group(1)) if found else 0


def _tail(output: str, lines: int = 5) -> str:
    return " | ".join(output.strip().splitlines()[-lines:]) or "no output"
