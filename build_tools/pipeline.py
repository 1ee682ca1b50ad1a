"""The build, top to bottom: find captures, ingest, extract, annotate, render, write.

Everything is analysed first and written last, so a failure in any capture
leaves the others built and the summary accounts for every one.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from build_tools.cache import ExtractionCache, annotation_digest, code_version, curation_digest
from build_tools.config import ArchiveConfig
from build_tools.entities.linking import find_mentions
from build_tools.entities.registry import Registry, load_registry, load_suppress
from build_tools.errors import ArchiveError, ConfigError
from build_tools.extract import extract_article
from build_tools.ingest import find_capture_files, ingest_file
from build_tools.ingest.memo import IngestMemo, Status, read_now
from build_tools.mention_index import MentionIndex, index_mentions
from build_tools.model import AnnotatedArticle, Article, ArticleSummary, Block, BlockKind, Capture, Failure
from build_tools.progress import Progress
from build_tools.render import raw_capture_files
from build_tools.render.context import context_of
from build_tools.render.jobs import plan_jobs
from build_tools.timeline.events import find_events
from build_tools.workers import collector_paused, map_with_progress
from build_tools.writer import WriteReport, write_jobs

# Below this many captures to extract, starting worker processes costs more
# than it saves (measured: ~0.3 s of start-up against ~10 ms per capture).
PARALLEL_THRESHOLD = 64
Loaded = TypeVar("Loaded", AnnotatedArticle, MentionIndex)
# The render manifest (see build_tools/writer.py), in the cache folder.
RENDER_MANIFEST = "render-manifest.pickle"
# The ingest memo (see build_tools/ingest/memo.py), in the cache folder of the code version.
INGEST_MEMO = "ingest-memo.pickle"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced, for the summary and the exit code."""

    articles: tuple[AnnotatedArticle, ...]
    """The annotated articles (`analyse`); empty after `run`, which keeps none in memory
    once the Markdown is written (1.2 GB at 10,000 articles, while MkDocs runs next)."""
    failures: tuple[Failure, ...]
    warnings: tuple[str, ...]
    capture_files: int
    cache_hits: int
    written: WriteReport | None
    article_count: int
    """Articles built."""


def analyse(config: ArchiveConfig, progress: Progress, *, use_cache: bool = True) -> BuildResult:
    """Read every capture and annotate it, writing nothing but the cache.

    Raises:
        ConfigError: when the entity registry is invalid (every problem listed).
    """
    found = _analyse(config, progress, use_cache=use_cache, summaries=False)
    annotated = tuple(
        item for capture in found.captures if isinstance(item := found.annotation(capture), AnnotatedArticle)
    )
    return found.result(annotated, len(annotated))


def run(config: ArchiveConfig, progress: Progress, *, use_cache: bool = True) -> BuildResult:
    """Analyse every capture, then write the generated Markdown under docs/.

    With the cache on, pages whose inputs did not change since the last build are
    not rendered again (see build_tools/writer.py), and the archive-wide steps read
    each unchanged article's summary, not its whole annotation (`ArticleSummary`):
    an article is loaded in full only for a page that is rendered again.
    The result holds no articles, only their number.
    """
    found = _analyse(config, progress, use_cache=use_cache, summaries=True)
    summaries = tuple(found.summary(capture) for capture in found.captures if found.annotation(capture) is not None)
    load = _ArticleLoader(found)
    # The archive stays in memory until the build ends: out of the cycle collector's
    # sight, it is not walked again by every collection while pages are rendered.
    gc.freeze()
    try:
        context = context_of(summaries, load, load.index)
        jobs = plan_jobs(context, article_digests(summaries, found.curation))
        manifest = config.path(config.cache_dir) / RENDER_MANIFEST if use_cache else None
        raw_files = raw_capture_files(summaries)
        written = write_jobs(context, jobs, raw_files, config, progress, manifest=manifest, version=code_version())
    finally:
        gc.unfreeze()
    return dataclasses.replace(found.result((), len(summaries)), written=written)


@dataclass(frozen=True, slots=True)
class _Analysed:
    """Every capture and what became of it: annotated now, found in the cache, or failed."""

    captures: tuple[Capture, ...]
    cached: dict[tuple[str, int | None], AnnotatedArticle | ArticleSummary]
    fresh: dict[tuple[str, int | None], AnnotatedArticle]
    failures: tuple[Failure, ...]
    warnings: tuple[str, ...]
    capture_files: int
    cache: ExtractionCache
    curation: str

    def annotation(self, capture: Capture) -> AnnotatedArticle | ArticleSummary | None:
        """The capture's annotation (a summary when read so from the cache); None if it failed."""
        return self.cached.get(_key(capture)) or self.fresh.get(_key(capture))

    def summary(self, capture: Capture) -> ArticleSummary:
        """The capture's summary: as read from the cache, or made from its fresh annotation."""
        found = self.annotation(capture)
        assert found is not None, f"{capture.path} has no annotation"
        return found if isinstance(found, ArticleSummary) else found.summary()

    def result(self, articles: tuple[AnnotatedArticle, ...], built: int) -> BuildResult:
        hits = self.cache.hits + self.cache.annotation_hits
        return BuildResult(articles, self.failures, self.warnings, self.capture_files, hits, None, built)


def _analyse(config: ArchiveConfig, progress: Progress, *, use_cache: bool, summaries: bool) -> _Analysed:
    """Ingest, extract and annotate every capture; cached annotations are read whole or,
    with `summaries`, as their summaries."""
    registry, suppress = _load_curated_data(config)
    files = find_capture_files(config.path(config.captures_dir))
    cache = ExtractionCache(config.path(config.cache_dir), enabled=use_cache)
    memo_path = cache.directory / INGEST_MEMO if use_cache else None
    memo = IngestMemo.load(memo_path, f"max_bytes={config.max_capture_bytes}")
    captures, failures = _ingest(files, config, progress, memo)
    curation = _curation(config)
    # A cached annotation holds the article too: the extraction is looked up only
    # for captures without one (new, changed, or annotated with other curated data).
    cached = _cached_annotations(captures, cache, curation, progress, summaries=summaries)
    unknown = [capture for capture in captures if _key(capture) not in cached]
    computed, new_failures = _extract_and_annotate(unknown, (registry, suppress), cache, curation, progress)
    fresh = {_key(item.article.capture): item for item in computed}
    warnings = tuple(_relative(config, warning) for warning in registry.warnings) + tuple(
        f"{capture.path}: {warning}" for capture in captures for warning in capture.warnings
    )
    failed = tuple(failures + new_failures)
    return _Analysed(tuple(captures), cached, fresh, failed, warnings, len(files), cache, curation)


class _ArticleLoader:
    """Each article in full, or its mention index, by slug: those annotated in this build
    from memory, the others from the cache (the last few thousand kept: entity and
    timeline pages rendered together often show the same articles)."""

    def __init__(self, found: _Analysed) -> None:
        self._fresh = {item.article.capture.slug: item for item in found.fresh.values()}
        self._cached = {capture.slug: capture for capture in found.captures if _key(capture) in found.cached}
        self._cache, self._curation = found.cache, found.curation
        self._from_cache = functools.lru_cache(maxsize=4096)(self._read)
        self.index = functools.lru_cache(maxsize=4096)(self._index)

    def __call__(self, slug: str) -> AnnotatedArticle:
        item = self._fresh.get(slug)
        return item if item is not None else self._from_cache(slug)

    def _read(self, slug: str) -> AnnotatedArticle:
        return self._found(slug, self._cache.get_annotation(self._cached[slug], self._curation, counted=False))

    def _index(self, slug: str) -> MentionIndex:
        # Read from the cache even for an article annotated in this build: its worker
        # wrote the index there, and reading it (~60 µs) beats making it again (~640 µs).
        item = self._fresh.get(slug)
        if item is None:
            return self._found(slug, self._cache.get_mention_index(self._cached[slug], self._curation))
        cached = self._cache.get_mention_index(item.article.capture, self._curation)
        return cached if cached is not None else index_mentions(item)

    def _found(self, slug: str, item: Loaded | None) -> Loaded:
        if item is None:
            raise ArchiveError(
                f"{self._cached[slug].path}: its cached annotation disappeared during the build "
                "(was the cache folder cleared?): run the build again"
            )
        return item


def article_digests(articles: Sequence[AnnotatedArticle | ArticleSummary], curation: str) -> dict[str, str]:
    """Each article's digest, by slug: it changes exactly when the article's annotation
    may change (its capture, the code or the curated data)."""
    return {item.article.capture.slug: annotation_digest(item.article.capture, curation) for item in articles}


def _curation(config: ArchiveConfig) -> str:
    return curation_digest(config.path(config.entities_file), config.path(config.suppress_file))


def _ingest(
    files: Sequence[Path], config: ArchiveConfig, progress: Progress, memo: IngestMemo
) -> tuple[list[Capture], list[Failure]]:
    """Every file's captures and failures; files untouched since the last build are not
    read again, the others are read in worker processes when many (a cold build reads
    and hashes 10,000 files: ~3 s on one core)."""
    progress.start("ingest", len(files))
    looked = [(path, *memo.lookup(path)) for path in files]
    unread = [(path, status) for path, status, results in looked if results is None]
    progress.advance(len(files) - len(unread))
    reader = functools.partial(_read_capture_file, project_dir=config.project_dir, max_bytes=config.max_capture_bytes)
    read = map_with_progress(reader, [path for path, _ in unread], progress, threshold=PARALLEL_THRESHOLD)
    fresh = {path: memo.record(path, status, *found) for (path, status), found in zip(unread, read, strict=True)}
    captures: list[Capture] = []
    failures: list[Failure] = []
    for path, _, remembered in looked:
        for item in remembered if remembered is not None else fresh[path]:
            (failures if isinstance(item, Failure) else captures).append(item)  # type: ignore[arg-type]
    memo.save({str(path) for path in files})
    progress.finish(f" ({memo.reused} file(s) untouched since the last build, not read)")
    return captures, failures


def _read_capture_file(
    path: Path, *, project_dir: Path, max_bytes: int
) -> tuple[int, list[Capture | Failure], Status | None]:
    return read_now(path, lambda found: ingest_file(found, project_dir, max_bytes=max_bytes))


def _extract_guarded(capture: Capture) -> Article | Failure:
    try:
        return extract_article(capture)
    except Exception as error:  # a bug must cost one capture, not the whole build
        return _unexpected(capture, "extract", error)


def _unexpected(capture: Capture, stage: str, error: Exception) -> Failure:
    """A failure for an error the build tools did not expect: a bug, reported as such."""
    message = (
        f"unexpected error ({type(error).__name__}: {error}); this is a bug in the build tools, "
        "not in the capture: the other captures are built; please report it with this capture"
    )
    return Failure(capture.path, stage, message, record_index=capture.record_index)


def _annotation_view(article: Article) -> Article:
    """The article as the annotators see it: its body plus the caption as a last block.

    The caption stays metadata on the page; annotating it too keeps entities and
    dates that only the caption names (block indexes follow `Article.texts`).
    """
    if article.caption_index is None:
        return article
    caption = Block(BlockKind.PARAGRAPH, article.texts[article.caption_index])
    return dataclasses.replace(article, body=(*article.body, caption))


def _load_curated_data(config: ArchiveConfig) -> tuple[Registry, frozenset[str]]:
    """The entity registry and suppress list; every problem in either is reported at once."""
    problems: list[str] = []
    registry, suppress = Registry(), frozenset[str]()
    try:
        registry = load_registry(config.path(config.entities_file), strict=config.strict)
    except ConfigError as error:
        problems.extend(error.problems)
    try:
        suppress = load_suppress(config.path(config.suppress_file))
    except ConfigError as error:
        problems.extend(error.problems)
    if problems:
        raise ConfigError([_relative(config, problem) for problem in problems])
    return registry, suppress


def _relative(config: ArchiveConfig, message: str) -> str:
    """Messages name data files relative to the project, as the user knows them."""
    return message.replace(f"{config.project_dir}/", "")


def _cached_annotations(
    captures: Sequence[Capture], cache: ExtractionCache, curation: str, progress: Progress, *, summaries: bool
) -> dict[tuple[str, int | None], AnnotatedArticle | ArticleSummary]:
    """The captures whose annotation (with this code and curated data) is in the cache,
    whole or as summaries."""
    found: dict[tuple[str, int | None], AnnotatedArticle | ArticleSummary] = {}
    progress.start("cache", len(captures))
    with collector_paused():
        items: list[AnnotatedArticle | ArticleSummary | None] = []
        if summaries:  # all at once: most come from one file (build_tools/summary_pack.py)
            items.extend(cache.get_summaries(captures, curation))
            progress.advance(len(captures))
        else:
            for capture in captures:
                items.append(cache.get_annotation(capture, curation))
                progress.advance()
        for capture, item in zip(captures, items, strict=True):
            if item is not None:
                found[_key(capture)] = item
    progress.finish(f" ({len(found)} annotated captures unchanged)")
    return found


def _key(capture: Capture) -> tuple[str, int | None]:
    return (str(capture.path), capture.record_index)


def _extract_and_annotate(
    captures: Sequence[Capture],
    curated: tuple[Registry, frozenset[str]],
    cache: ExtractionCache,
    curation: str,
    progress: Progress,
) -> tuple[list[AnnotatedArticle], list[Failure]]:
    """Each capture extracted (or its extraction read from the cache) and annotated in one
    pass, in worker processes when many, which write the cache entries themselves.

    One pass rather than two stages: an article no longer travels to this process and
    back between extraction and annotation (two pickles each way), the cache entries
    are not written serially here while both cores work, and no core waits for the
    slowest extraction before annotation starts. A capture whose extraction or
    annotation raised is a failure (its annotation is not cached: tried again next build).
    """
    progress.start("extract and annotate", len(captures))
    cache.prune_old_versions()  # here, so that no two workers prune at once
    hits = cache.hits
    results = map_with_progress(
        _process_in_worker,
        captures,
        progress,
        threshold=PARALLEL_THRESHOLD,
        setup=_set_worker_state,
        setup_args=(_WorkerState(curated, cache, curation),),  # the registry goes to each worker once
    )
    # Counted from the results: a worker's lookups count in its own copy of the cache.
    cache.hits = hits + sum(reused for _, reused in results)
    progress.finish(f" ({cache.hits} extraction(s) of unchanged captures from the cache)")
    annotated = [result for result, _ in results if isinstance(result, AnnotatedArticle)]
    failures = [result for result, _ in results if isinstance(result, Failure)]
    return annotated, failures


def _annotate_one(article: Article, curated: tuple[Registry, frozenset[str]]) -> AnnotatedArticle:
    registry, suppress = curated
    view = _annotation_view(article)
    mentions, entities = find_mentions(view, registry, suppress)
    events = find_events(view, mentions)
    return AnnotatedArticle(article, mentions, events, entities)


@dataclass(frozen=True, slots=True)
class _WorkerState:
    """What every annotation needs, handed to each worker once."""

    curated: tuple[Registry, frozenset[str]]
    cache: ExtractionCache
    curation: str


_worker_state: _WorkerState | None = None


def _set_worker_state(state: _WorkerState) -> None:
    global _worker_state
    _worker_state = state


def _process_in_worker(capture: Capture) -> tuple[AnnotatedArticle | Failure, bool]:
    """The capture's annotation (or failure), and whether its extraction came from the cache;
    both results are written to the cache, in one entry (see build_tools/cache.py)."""
    state = _worker_state
    assert state is not None, "_set_worker_state was not run first"
    article = state.cache.get(capture)
    reused = article is not None
    if article is None:
        article = _extract_guarded(capture)
    if isinstance(article, Failure):
        if not reused:
            state.cache.put(capture, article)
        return article, reused
    try:
        result = _annotate_one(article, state.curated)
    except Exception as error:  # a bug must cost one capture, not the whole build
        if not reused:
            state.cache.put(capture, article)  # the extraction is kept: annotated again next build
        return _unexpected(article.capture, "annotate", error), reused
    state.cache.put_annotation(capture, state.curation, result)
    return result, reused
