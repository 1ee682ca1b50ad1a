"""A rebuild that reuses unchanged pages writes the same bytes as a build from nothing.

Each scenario changes the project the way a maintainer does (add, edit or delete a
capture, edit the registry, touch a generated page), rebuilds with the cache and
render manifest, and compares every generated file with a clean build of the same
project (`--no-cache`, in a copy). The scenarios also check that pages really were
reused, so the comparison cannot pass by rendering everything.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.generate_captures import generate
from build_tools.cli import main
from build_tools.model import Capture
from build_tools.render.jobs import RecordingMap

SEED = Path(__file__).resolve().parents[1] / "captures" / "000_c3f07487757a6e66.txt"
PAGES_OF_MENTIONS = 3  # with build_tools.render.entity.ARTICLES_PER_PAGE lowered to this


def _story(headline: str, day: int, people: str) -> str:
    """A small copied-page capture naming `people` (not in the registry)."""
    return (
        f"World\n\n{headline}\n\nPublished June {day}, 2024\n\n"
        f"LONDON: {people} met officials in London on Tuesday, the ministry said.\n\n"
        f"The talks followed a meeting in Paris last week, where {people} spoke about trade.\n\n"
        "Officials said further talks were planned for next month in Berlin.\n\n"
        f"{people} told reporters the meeting had been useful and that work would continue.\n"
    )


def build(project: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--no-site", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def generated(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    files = [docs / "index.md", *(docs / "archive").rglob("*")]
    return {path.relative_to(docs).as_posix(): path.read_bytes() for path in files if path.is_file()}


def reused(output: str) -> int:
    """Pages the build did not render, from its summary line."""
    marker = " not rendered (inputs unchanged)"
    if marker not in output:
        return 0
    return int(output.split(marker)[0].rsplit("; ", 1)[1])


@pytest.fixture
def archive(project_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project of the seed, 24 generated captures and one story naming an unregistered person,
    built twice: the second build packs the summaries (build_tools/summary_pack.py).

    Files are trusted by their status as soon as they are read (no racy-time margin),
    so the ingest memo, the summary pack and the raw copies' records are in play in
    every scenario.
    """
    import build_tools.ingest.memo as memo
    import build_tools.render.entity as entity

    monkeypatch.setattr(memo, "RACY_SECONDS", 0)
    monkeypatch.setattr(entity, "ARTICLES_PER_PAGE", PAGES_OF_MENTIONS)  # entities get several pages
    monkeypatch.setattr(entity, "PERIOD_SPLIT", PAGES_OF_MENTIONS)  # and busy years a page per month
    shutil.copy(SEED, project_dir / "captures" / SEED.name)
    generate(24, project_dir / "captures", 7)
    (project_dir / "captures" / "story-a.txt").write_text(_story("Talks in London", 4, "Margaret Ostrowski"), "utf-8")
    build(project_dir)
    build(project_dir)
    return project_dir


def assert_same_as_clean_build(project: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".cache"))
    shutil.rmtree(clean / "docs" / "archive")
    build(clean, "--no-cache")
    assert generated(project) == generated(clean)


def _add_second_story(project: Path) -> None:
    """A second article naming the same unregistered person: she now gets a page, and
    the first article's highlight of her becomes a link."""
    (project / "captures" / "story-b.txt").write_text(_story("Talks go on", 9, "Margaret Ostrowski"), "utf-8")


def _edit_a_capture(project: Path) -> None:
    capture = project / "captures" / "story-a.txt"
    capture.write_text(capture.read_text("utf-8").replace("in Berlin", "in Madrid"), "utf-8")


def _delete_a_capture(project: Path) -> None:
    (project / "captures" / SEED.name).unlink()


def _edit_the_registry(project: Path) -> None:
    registry = project / "data" / "entities.yml"
    text = registry.read_text("utf-8")
    registry.write_text(text.replace("President of the People's Republic of China", "Leader of China"), "utf-8")


def _overwrite_a_generated_page(project: Path) -> None:
    (project / "docs" / "archive" / "articles" / "000-c3f07487757a6e66.md").write_text("edited by hand\n", "utf-8")


def _delete_a_generated_page(project: Path) -> None:
    (project / "docs" / "archive" / "entities" / "xi-jinping.md").unlink()


def _overwrite_a_raw_copy(project: Path) -> None:
    (project / "docs" / "archive" / "raw" / SEED.name).write_text("edited by hand\n", "utf-8")


def _add_a_stray_file(project: Path) -> None:
    (project / "docs" / "archive" / "articles" / "stray" / "deeper").mkdir(parents=True)
    (project / "docs" / "archive" / "articles" / "stray" / "deeper" / "left-over.md").write_text("# Left\n", "utf-8")
    (project / "docs" / "archive" / "empty").mkdir()


@pytest.mark.parametrize(
    "change",
    [
        _add_second_story,
        _edit_a_capture,
        _delete_a_capture,
        _edit_the_registry,
        _overwrite_a_generated_page,
        _delete_a_generated_page,
        _overwrite_a_raw_copy,
        _add_a_stray_file,
    ],
)
def test_a_rebuild_after_a_change_matches_a_clean_build(
    archive: Path, tmp_path: Path, change: Callable[[Path], None]
) -> None:
    change(archive)
    output = build(archive)
    assert_same_as_clean_build(archive, tmp_path)
    if change is not _edit_the_registry:  # a registry edit changes every article's digest
        assert reused(output) > 100, output


def test_stray_folders_go_and_folders_of_pages_stay(archive: Path) -> None:
    _add_a_stray_file(archive)
    build(archive)
    assert not (archive / "docs" / "archive" / "articles" / "stray").exists()
    assert not (archive / "docs" / "archive" / "empty").exists()
    assert (archive / "docs" / "archive" / "articles").is_dir() and (archive / "docs" / "archive" / "raw").is_dir()


def test_a_second_mention_turns_the_first_articles_highlight_into_a_link(archive: Path, tmp_path: Path) -> None:
    first = archive / "docs" / "archive" / "articles"
    page = next(path for path in first.glob("*.md") if "Talks in London" in path.read_text("utf-8"))
    assert 'href="../../entities/unreviewed-margaret-ostrowski/"' not in page.read_text("utf-8")
    _add_second_story(archive)
    build(archive)
    assert 'href="../../entities/unreviewed-margaret-ostrowski/"' in page.read_text("utf-8")


def test_an_unchanged_rebuild_renders_only_the_archive_wide_pages(archive: Path) -> None:
    output = build(archive)
    assert "0 file(s) written" in output
    assert reused(output) > 0.8 * len(generated(archive)), output


def test_links_digests_are_worked_out_only_when_a_link_state_changed(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest keeps the link state of every entity its records drew: while none
    changed, no record's digest is worked out; once one did, every kept record's is
    (and the pages drawing it are rendered again: the clean build's pages)."""
    import build_tools.writer as writer

    digests: list[str] = []
    original = writer._links_digest
    monkeypatch.setattr(writer, "_links_digest", lambda states, ids: digests.append(ids) or original(states, ids))
    output = build(archive)
    assert digests == [] and "0 file(s) written" in output and reused(output) > 100, output
    _add_second_story(archive)  # gives an unreviewed person a page: a link state changes
    output = build(archive)
    assert len(digests) > 100 and reused(output) > 100, output
    assert_same_as_clean_build(archive, tmp_path)


def test_a_keyed_job_cannot_list_every_entity() -> None:
    """Listing all entities would make a page depend on entities its key does not name."""
    view = RecordingMap({"a": 1}, set())
    with pytest.raises(TypeError):
        list(view)
    assert view["a"] == 1 and view.used == {"a"}


def test_pages_rendered_in_worker_processes_are_the_same(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the threshold lowered, every job of a clean build renders in forked workers:
    the files equal a build rendered in one process."""
    import build_tools.writer as writer

    monkeypatch.setattr(writer, "PARALLEL_RENDER_THRESHOLD", 1)
    _add_second_story(archive)
    shutil.rmtree(archive / "docs" / "archive")
    build(archive, "--no-cache")
    monkeypatch.setattr(writer, "PARALLEL_RENDER_THRESHOLD", 10**9)
    assert_same_as_clean_build(archive, tmp_path)


def test_pages_rendered_in_workers_from_cached_articles_are_the_same(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild's workers load unchanged articles whole from the cache, each on its own:
    the pages equal a clean build's."""
    import build_tools.writer as writer

    monkeypatch.setattr(writer, "PARALLEL_RENDER_THRESHOLD", 1)
    _add_second_story(archive)
    assert reused(build(archive)) > 100
    assert_same_as_clean_build(archive, tmp_path)


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The captures whose whole annotation the build reads from the cache (in this process:
    rendering stays in it)."""
    return _reads(monkeypatch, "get_annotation")


@pytest.fixture
def index_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The captures whose mention index the build reads from the cache."""
    return _reads(monkeypatch, "get_mention_index")


def _reads(monkeypatch: pytest.MonkeyPatch, method: str) -> list[str]:
    import build_tools.writer as writer
    from build_tools.cache import ExtractionCache

    monkeypatch.setattr(writer, "PARALLEL_RENDER_THRESHOLD", 10**9)
    reads: list[str] = []
    original = getattr(ExtractionCache, method)

    def counting(self: ExtractionCache, capture: Capture, curation: str, **options: bool) -> object:
        reads.append(str(capture.path))
        return original(self, capture, curation, **options)

    monkeypatch.setattr(ExtractionCache, method, counting)
    return reads


@pytest.fixture
def entry_summary_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cache entries whose summary the build reads from the entry, not the summary pack
    (a capture without an entry is no read)."""
    from build_tools.cache import ExtractionCache

    reads: list[str] = []
    original = ExtractionCache._summary_pickle

    def counting(self: ExtractionCache, entry: str, curation: str) -> object:
        found = original(self, entry, curation)
        if found is not None:
            reads.append(entry)
        return found

    monkeypatch.setattr(ExtractionCache, "_summary_pickle", counting)
    return reads


def test_an_unchanged_rebuild_reads_only_summaries(
    archive: Path, whole_reads: list[str], entry_summary_reads: list[str]
) -> None:
    """The archive-wide steps read each article's summary, all from the summary pack;
    nothing is rendered again, so no article is read whole."""
    output = build(archive)
    assert "27 article(s) built" in output and "27 from the cache" in output, output
    assert whole_reads == [] and entry_summary_reads == []


def test_a_new_capture_is_read_from_its_entry_then_packed(
    archive: Path, tmp_path: Path, entry_summary_reads: list[str]
) -> None:
    """Annotated by one build, the new article's summary is read from its entry by the next
    (which packs it: a small archive's pack is rewritten for one), then from the pack."""
    _add_second_story(archive)
    build(archive)
    assert entry_summary_reads == []
    build(archive)
    assert len(entry_summary_reads) == 1
    build(archive)
    assert len(entry_summary_reads) == 1
    assert_same_as_clean_build(archive, tmp_path)


def test_a_new_capture_reads_whole_only_the_articles_its_pages_show(
    archive: Path, whole_reads: list[str], index_reads: list[str]
) -> None:
    """Entity and timeline pages read the mention indexes of the articles they list; an
    article is read whole only for its own page (here: the first story, whose highlight
    of the person named again becomes a link)."""
    _add_second_story(archive)
    build(archive)
    assert set(whole_reads) == {"captures/story-a.txt"}, whole_reads
    assert len(set(index_reads)) > 1, index_reads
    assert "captures/story-b.txt" not in whole_reads  # annotated by this build: in memory


def test_an_annotation_gone_from_the_cache_mid_build_is_a_clear_error(archive: Path) -> None:
    from build_tools.config import load_config
    from build_tools.errors import ArchiveError
    from build_tools.pipeline import _analyse, _ArticleLoader
    from build_tools.progress import Progress

    config, _ = load_config(archive)
    found = _analyse(config, Progress(enabled=False), use_cache=True, summaries=True)
    slug = next(capture.slug for capture in found.captures if capture.path.name == "story-a.txt")
    other = next(capture for capture in found.captures if capture.slug != slug and found.annotation(capture))
    index = found.cache._read(found.cache._entry(other), skip=3, curation=found.curation)
    shutil.rmtree(archive / ".cache")
    with pytest.raises(ArchiveError, match=r"captures/story-a\.txt: its cached annotation disappeared"):
        _ArticleLoader(found)(slug)
    # Its mention index is still the one packed with the summary this build read (the
    # pack stays mapped): the entity and timeline pages agree with the summaries.
    assert _ArticleLoader(found).index(other.slug) == index is not None
    found.cache._indexes.clear()  # as for an article whose summary was read from its entry
    with pytest.raises(ArchiveError, match=r"captures/story-a\.txt: its cached annotation disappeared"):
        _ArticleLoader(found).index(slug)
