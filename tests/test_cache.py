"""The extraction cache never serves a result for different bytes, path or code."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path, PurePosixPath

import pytest

from build_tools.cache import ExtractionCache
from build_tools.mention_index import index_mentions
from build_tools.model import (
    AnnotatedArticle,
    Article,
    Block,
    BlockKind,
    Capture,
    CaptureFormat,
    Granularity,
    Mention,
    TimelineEvent,
)

CAPTURE = Capture(
    path=PurePosixPath("captures/a.txt"),
    sha256="ab" * 32,
    format=CaptureFormat.TEXT,
    encoding="utf-8",
    encoding_evidence="valid UTF-8",
    text="x",
    size=1,
)
ARTICLE = Article(capture=CAPTURE, title="T", body=(Block(BlockKind.PARAGRAPH, "Body."),))


def test_a_stored_result_is_served_for_the_same_capture(tmp_path: Path) -> None:
    ExtractionCache(tmp_path).put(CAPTURE, ARTICLE)
    cache = ExtractionCache(tmp_path)
    assert cache.get(CAPTURE) == ARTICLE and cache.hits == 1


def test_changed_bytes_or_path_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(CAPTURE, ARTICLE)
    assert cache.get(dataclasses.replace(CAPTURE, sha256="cd" * 32)) is None
    assert cache.get(dataclasses.replace(CAPTURE, path=PurePosixPath("captures/b.txt"))) is None


def test_a_code_change_misses_and_prunes_old_entries(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ExtractionCache(tmp_path).put(CAPTURE, ARTICLE)
    monkeypatch.setattr("build_tools.cache.code_version", lambda: "other-version")
    cache = ExtractionCache(tmp_path)
    assert cache.get(CAPTURE) is None
    cache.put(CAPTURE, ARTICLE)
    assert [path.name for path in tmp_path.iterdir()] == ["other-version"]


def test_a_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(CAPTURE, ARTICLE)
    for entry in tmp_path.rglob("*.pickle"):
        entry.write_bytes(b"garbage")
    assert ExtractionCache(tmp_path).get(CAPTURE) is None


def test_registry_edit_is_never_served_a_stale_annotation(seed_project: Path) -> None:
    """Built twice with the cache on; between the builds the registry's description of
    Xi Jinping changes: the second build shows the new one."""
    from click.testing import CliRunner

    from build_tools.cli import main

    def build() -> str:
        result = CliRunner().invoke(main, ["build", "--project", str(seed_project), "--no-site", "-q"])
        assert result.exit_code == 0, result.output
        return (seed_project / "docs/archive/articles/000-c3f07487757a6e66.md").read_text(encoding="utf-8")

    assert 'title="President of the People&#x27;s Republic of China since 2013."' in build()
    registry = seed_project / "data" / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("President of the People's Republic of China", "Leader of China"), "utf-8")
    assert 'title="Leader of China since 2013."' in build()


def test_annotations_are_cached_per_curation_digest(tmp_path: Path) -> None:
    from build_tools.cache import curation_digest

    cache = ExtractionCache(tmp_path)
    article = ARTICLE
    annotated = AnnotatedArticle(article, (), (), ())
    cache.put_annotation(article.capture, "digest-a", annotated)
    assert cache.get_annotation(article.capture, "digest-a") == annotated
    assert cache.get_annotation(article.capture, "digest-b") is None
    registry = tmp_path / "entities.yml"
    registry.write_text("entities: []\n", encoding="utf-8")
    before = curation_digest(registry)
    registry.write_text("entities: []\n# edited\n", encoding="utf-8")
    assert curation_digest(registry) != before


ANNOTATED = AnnotatedArticle(
    ARTICLE,
    (Mention("lee", 0, 0, 4, "Body"), Mention("kim", 0, 0, 4, "Body"), Mention("lee", 0, 0, 4, "Body")),
)


def test_an_annotation_entry_serves_the_summary_and_the_whole(tmp_path: Path) -> None:
    ExtractionCache(tmp_path).put_annotation(CAPTURE, "digest", ANNOTATED)
    cache = ExtractionCache(tmp_path)
    summary = cache.get_summary(CAPTURE, "digest")
    assert summary == ANNOTATED.summary() and summary.mention_counts == (("lee", 2), ("kim", 1))
    assert cache.get_annotation(CAPTURE, "digest") == ANNOTATED
    assert cache.get_annotation(CAPTURE, "digest", counted=False) == ANNOTATED
    assert cache.annotation_hits == 2  # the summary and the first whole read; not the uncounted one
    assert cache.get_mention_index(CAPTURE, "digest") == index_mentions(ANNOTATED)


def test_events_come_back_from_the_cache_as_events(tmp_path: Path) -> None:
    """Events pickle as tuples rebuilt by tuple's constructor (model.TimelineEvent): they must
    come back as TimelineEvent with every field, not as plain tuples (which compare equal)."""
    event = TimelineEvent(
        value="2025-06", granularity=Granularity.MONTH, start=date(2025, 6, 1), end=date(2025, 6, 30),
        expression="in June", sentence="Body.", block=0, sentence_start=0, entity_ids=("lee",),
        article_slug="seed", anchor=date(2025, 6, 10), warning="a note",
    )  # fmt: skip
    ExtractionCache(tmp_path).put_annotation(CAPTURE, "digest", AnnotatedArticle(ARTICLE, (), (event,)))
    cache = ExtractionCache(tmp_path)
    for found in (cache.get_annotation(CAPTURE, "digest"), cache.get_summary(CAPTURE, "digest")):
        assert found is not None
        (back,) = found.events
        assert type(back) is TimelineEvent and back == event
        assert (back.granularity, back.anchor, back.warning) == (Granularity.MONTH, date(2025, 6, 10), "a note")


def test_one_entry_per_capture_holds_its_extraction_and_its_annotation(tmp_path: Path) -> None:
    """The annotation's entry serves the extraction too (a registry edit re-annotates from
    it), and its parts only for the curated data it was made with."""
    ExtractionCache(tmp_path).put_annotation(CAPTURE, "digest-a", ANNOTATED)
    assert len(list(tmp_path.rglob("*.pickle"))) == 1
    cache = ExtractionCache(tmp_path)
    assert cache.get(CAPTURE) == ARTICLE and cache.hits == 1
    assert cache.get_summary(CAPTURE, "digest-a") == ANNOTATED.summary()
    assert cache.get_annotation(CAPTURE, "digest-a") == ANNOTATED
    for read in (cache.get_summary, cache.get_mention_index, cache.get_annotation):
        assert read(CAPTURE, "digest-b") is None, read
    cache.put_annotation(CAPTURE, "digest-b", ANNOTATED)  # the registry was edited: annotated again
    assert len(list(tmp_path.rglob("*.pickle"))) == 1
    assert cache.get_annotation(CAPTURE, "digest-b") == ANNOTATED and cache.get_summary(CAPTURE, "digest-a") is None


def test_an_extraction_alone_serves_no_annotation(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put(CAPTURE, ARTICLE)
    assert cache.get(CAPTURE) == ARTICLE
    for read in (cache.get_summary, cache.get_mention_index, cache.get_annotation):
        assert read(CAPTURE, "digest") is None, read


@pytest.mark.parametrize("threshold", [1, 10**9], ids=["worker processes", "one process"])
def test_a_build_writes_one_cache_entry_per_capture(
    seed_project: Path, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    import shutil

    from click.testing import CliRunner

    import build_tools.pipeline as pipeline
    from build_tools.cli import main

    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", threshold)
    shutil.copy(seed_project / "captures" / "000_c3f07487757a6e66.txt", seed_project / "captures" / "second.txt")
    (seed_project / "captures" / "empty.txt").write_bytes(b"")  # fails at ingest: no entry
    result = CliRunner().invoke(main, ["build", "--project", str(seed_project), "--no-site"])
    assert "2 article(s) built" in result.output, result.output
    entries = list((seed_project / ".cache" / "build_tools").glob("*/??/*.pickle"))
    assert len(entries) == 2, entries


def test_a_truncated_annotation_entry_is_a_miss(tmp_path: Path) -> None:
    ExtractionCache(tmp_path).put_annotation(CAPTURE, "digest", ANNOTATED)
    (entry,) = tmp_path.rglob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:-10])
    cache = ExtractionCache(tmp_path)
    assert cache.get_annotation(CAPTURE, "digest") is None
    assert cache.get_mention_index(CAPTURE, "digest") is not None  # it comes before the cut
    entry.write_bytes(entry.read_bytes()[:20])
    assert cache.get_summary(CAPTURE, "digest") is None
    assert cache.get_mention_index(CAPTURE, "digest") is None


def test_a_summary_refuses_to_be_read_for_text() -> None:
    """A page that reads an article's text from its summary would render it empty: it
    raises instead, so that the mistake cannot pass silently."""
    summary = ANNOTATED.summary()
    assert summary.article.title == "T" and summary.article.capture.text == ""
    with pytest.raises(RuntimeError, match="load the whole article"):
        summary.article.text_of(0)
    with pytest.raises(RuntimeError, match="load the whole article"):
        bool(summary.article.body)
    assert not hasattr(summary, "mentions")


def test_an_entity_row_gives_back_the_same_entity() -> None:
    """Summaries keep entities as rows; the context turns the ones it keeps back into
    entities, which must equal the originals field for field."""
    from build_tools.model import Entity, EntityType

    for entity in (
        Entity("xi-jinping", "Xi Jinping", EntityType.PERSON, ("Xi", "President Xi"), "President", "Q15031"),
        Entity("unreviewed-kestrel", "Kestrel", EntityType.ORGANIZATION, reviewed=False),
    ):
        assert Entity.from_row(entity.row()) == entity
    assert ANNOTATED.summary().entity_rows == ()


@pytest.mark.parametrize("threshold", [1, 10**9], ids=["worker processes", "one process"])
def test_a_registry_edit_reannotates_from_cached_extractions(
    seed_project: Path, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    """After a registry edit every article is annotated again, from its cached extraction
    (whether workers or this process did it), and the summary counts those reuses."""
    import shutil

    from click.testing import CliRunner

    import build_tools.pipeline as pipeline
    from build_tools.cli import main

    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", threshold)
    shutil.copy(seed_project / "captures" / "000_c3f07487757a6e66.txt", seed_project / "captures" / "second.txt")

    def build() -> str:
        result = CliRunner().invoke(main, ["build", "--project", str(seed_project), "--no-site"])
        assert result.exit_code == 0, result.output
        return result.output

    first = build()
    assert "2 article(s) built" in first and "0 from the cache" in first, first
    registry = seed_project / "data" / "entities.yml"
    registry.write_text(registry.read_text("utf-8").replace("President of the People's Republic", "Leader"), "utf-8")
    output = build()
    assert "(2 extraction(s) of unchanged captures from the cache)" in output, output
    assert "2 article(s) built" in output and "2 from the cache" in output, output
