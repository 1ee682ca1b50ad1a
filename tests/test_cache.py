"""The extraction cache never serves a result for different bytes, path or code."""

from __future__ import annotations

import dataclasses
import os
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path, PurePosixPath

import pytest

from build_tools import summary_pack
from build_tools.cache import SUMMARY_PACK, ExtractionCache, capture_identity
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


# The summary pack (build_tools/summary_pack.py): one file holding every entry's summary.


def _captures(count: int) -> list[Capture]:
    return [
        dataclasses.replace(CAPTURE, path=PurePosixPath(f"captures/{n}.txt"), sha256=f"{n:064x}") for n in range(count)
    ]


def _annotated(capture: Capture, *entity_ids: str) -> AnnotatedArticle:
    mentions = tuple(Mention(entity_id, 0, 0, 4, "Body") for entity_id in entity_ids)
    return AnnotatedArticle(dataclasses.replace(ARTICLE, capture=capture), mentions)


@pytest.fixture
def packed(tmp_path: Path) -> list[Capture]:
    """Three annotated captures in the cache, their summaries packed by a first read."""
    captures = _captures(3)
    cache = ExtractionCache(tmp_path)
    for capture in captures:
        cache.put_annotation(capture, "digest", _annotated(capture, "lee"))
    assert cache.get_summaries(captures, "digest") == [_annotated(c, "lee").summary() for c in captures]
    assert (cache.directory / SUMMARY_PACK).is_file()
    return captures


@pytest.fixture
def entry_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cache entries whose summary is read from the entry itself, not the pack."""
    reads: list[str] = []
    original = ExtractionCache._summary_pickle

    def counting(self: ExtractionCache, entry: str, curation: str) -> object:
        reads.append(entry)
        return original(self, entry, curation)

    monkeypatch.setattr(ExtractionCache, "_summary_pickle", counting)
    return reads


def test_packed_summaries_are_served_without_reading_the_entries(
    tmp_path: Path, packed: list[Capture], entry_reads: list[str]
) -> None:
    cache = ExtractionCache(tmp_path)
    assert cache.get_summaries(packed, "digest") == [_annotated(c, "lee").summary() for c in packed]
    assert entry_reads == [] and cache.annotation_hits == 3
    # A new capture is read from its entry and, in a pack this small, packed with the others.
    (new,) = _captures(4)[3:]
    cache.put_annotation(new, "digest", _annotated(new, "kim"))
    assert ExtractionCache(tmp_path).get_summaries([*packed, new], "digest")[3] == _annotated(new, "kim").summary()
    assert len(entry_reads) == 1
    ExtractionCache(tmp_path).get_summaries([*packed, new], "digest")
    assert len(entry_reads) == 1


def test_a_packed_summary_is_never_served_for_a_rewritten_entry(
    tmp_path: Path, packed: list[Capture], entry_reads: list[str]
) -> None:
    """An entry written again (here with another annotation under the same key, which the
    code never does; or with other curated data) is read again: the pack's copy is not
    served, whatever the curated data asked for."""
    cache = ExtractionCache(tmp_path)
    cache.put_annotation(packed[0], "digest", _annotated(packed[0], "kim"))
    cache.put_annotation(packed[1], "other", _annotated(packed[1], "lee"))
    found = ExtractionCache(tmp_path).get_summaries(packed, "digest")
    assert found == [_annotated(packed[0], "kim").summary(), None, _annotated(packed[2], "lee").summary()]
    assert entry_reads == [cache._entry_path(capture_identity(c)) for c in packed[:2]]
    other = ExtractionCache(tmp_path).get_summaries(packed, "other")
    assert other == [None, _annotated(packed[1], "lee").summary(), None]


def test_a_packed_summary_of_a_deleted_entry_is_not_served(tmp_path: Path, packed: list[Capture]) -> None:
    """Its whole annotation could not be loaded for a page later: the capture is annotated again."""
    cache = ExtractionCache(tmp_path)
    Path(cache._entry_path(capture_identity(packed[1]))).unlink()
    assert cache.get_summaries(packed, "digest")[1] is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit of a summary: the checksum fails
        lambda data: data[:30] + bytes([data[30] ^ 1]) + data[31:],  # one bit of the index
        lambda data: b"garbage",
        lambda data: b"",
    ],
    ids=["truncated", "flipped body bit", "flipped index bit", "garbage", "empty"],
)
def test_a_damaged_pack_is_ignored_and_written_again(
    tmp_path: Path, packed: list[Capture], entry_reads: list[str], damage: Callable[[bytes], bytes]
) -> None:
    pack = ExtractionCache(tmp_path).directory / SUMMARY_PACK
    pack.write_bytes(damage(pack.read_bytes()))
    expected = [_annotated(c, "lee").summary() for c in packed]
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == expected
    assert len(entry_reads) == 3
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == expected
    assert len(entry_reads) == 3  # the pack was written again


def test_a_pack_of_another_code_version_is_ignored(
    tmp_path: Path, packed: list[Capture], entry_reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moved with its entries under another version's folder (the entries' status unchanged),
    the pack still names the version it was written for."""
    old = ExtractionCache(tmp_path).directory
    old.rename(tmp_path / "other-version")
    monkeypatch.setattr("build_tools.cache.code_version", lambda: "other-version")
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == [_annotated(c, "lee").summary() for c in packed]
    assert len(entry_reads) == 3


def test_the_same_entries_make_the_same_pack(tmp_path: Path, packed: list[Capture]) -> None:
    pack = ExtractionCache(tmp_path).directory / SUMMARY_PACK
    first = pack.read_bytes()
    pack.unlink()
    ExtractionCache(tmp_path).get_summaries(list(reversed(packed)), "digest")
    assert pack.read_bytes() == first


def test_a_disabled_cache_reads_and_writes_no_pack(tmp_path: Path, packed: list[Capture]) -> None:
    pack = ExtractionCache(tmp_path).directory / SUMMARY_PACK
    pack.unlink()
    assert ExtractionCache(tmp_path, enabled=False).get_summaries(packed, "digest") == [None] * 3
    assert not pack.exists()


@pytest.fixture
def index_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The cache entries a mention index is read from (not the pack)."""
    reads: list[Path] = []
    original = ExtractionCache._read

    def counting(self: ExtractionCache, entry: Path, **options: object) -> object:
        reads.append(entry)
        return original(self, entry, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(ExtractionCache, "_read", counting)
    return reads


def test_packed_mention_indexes_are_served_without_reading_the_entries(
    tmp_path: Path, packed: list[Capture], index_reads: list[Path]
) -> None:
    """The pack holds each summary's mention index: those of the summaries it served are
    read from it; any other from its entry."""
    cache = ExtractionCache(tmp_path)
    (new,) = _captures(4)[3:]
    cache.put_annotation(new, "digest", _annotated(new, "kim"))
    cache.get_summaries([*packed, new], "digest")
    for capture in packed:
        assert cache.get_mention_index(capture, "digest") == index_mentions(_annotated(capture, "lee"))
    assert index_reads == []
    assert cache.get_mention_index(new, "digest") == index_mentions(_annotated(new, "kim"))
    assert index_reads == [Path(cache._entry_path(capture_identity(new)))]
    # Asked with other curated data than the summaries were, the entry decides (here: none).
    assert cache.get_mention_index(packed[0], "other") is None and len(index_reads) == 2


def test_a_packed_mention_index_is_never_served_for_a_rewritten_entry(
    tmp_path: Path, packed: list[Capture], index_reads: list[Path]
) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put_annotation(packed[0], "digest", _annotated(packed[0], "kim"))
    cache.get_summaries(packed, "digest")
    assert cache.get_mention_index(packed[0], "digest") == index_mentions(_annotated(packed[0], "kim"))
    assert cache.get_mention_index(packed[1], "digest") == index_mentions(_annotated(packed[1], "lee"))
    assert index_reads == [Path(cache._entry_path(capture_identity(packed[0])))]


def _age_status_record(pack: Path) -> None:
    """As if the pack's status had been recorded a second after it was last changed."""
    recorded = pack.with_name(pack.name + ".status")
    later = max(pack.stat().st_mtime_ns, pack.stat().st_ctime_ns) + 10**9
    os.utime(recorded, ns=(later, later))


def test_a_pack_unchanged_since_recorded_is_not_checked_whole(
    tmp_path: Path, packed: list[Capture], entry_reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its CRC is computed when its status is not the one recorded after it was written or
    checked; a change in place is seen by its change time, even with its modification time
    set back (and its size kept)."""
    pack = ExtractionCache(tmp_path).directory / SUMMARY_PACK
    checks: list[int] = []  # sizes of whole packs checked (not the pieces of one written)
    crc32 = zlib.crc32

    def counting(data: bytes, *start: int) -> int:
        if len(data) == pack.stat().st_size - summary_pack._HEADER:
            checks.append(len(data))
        return crc32(data, *start)

    monkeypatch.setattr(summary_pack.zlib, "crc32", counting)
    _age_status_record(pack)
    expected = [_annotated(c, "lee").summary() for c in packed]
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == expected
    assert checks == [] and entry_reads == []
    # Recorded within the same clock tick as the last change: checked whole.
    recorded = pack.with_name(pack.name + ".status")
    os.utime(recorded, ns=(pack.stat().st_ctime_ns, pack.stat().st_ctime_ns))
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == expected
    assert len(checks) == 1 and entry_reads == []
    _age_status_record(pack)
    before = pack.stat()
    data = bytearray(pack.read_bytes())
    data[-1] ^= 1  # a bit of the last mention index
    with pack.open("r+b") as handle:
        handle.write(data)
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert ExtractionCache(tmp_path).get_summaries(packed, "digest") == expected
    assert len(checks) == 2 and len(entry_reads) == 3  # checked, failed: read from the entries
