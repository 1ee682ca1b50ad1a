"""The ingest memo: an untouched capture file is not read again, a touched one always is."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import build_tools.ingest.memo as memo_module
from build_tools.ingest import ingest_file
from build_tools.ingest.memo import IngestMemo, read_now
from build_tools.model import Capture, Failure

SETTINGS = "max_bytes=1000000"


class CountingReader:
    """Reads a capture file like the build does, counting the reads."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.reads = 0

    def __call__(self, path: Path) -> list[Capture | Failure]:
        self.reads += 1
        return ingest_file(path, self.project, max_bytes=1_000_000)


@pytest.fixture
def no_racy_margin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust a file's status as soon as it was read (the margin is 2 s in real builds)."""
    monkeypatch.setattr(memo_module, "RACY_SECONDS", 0)


def ingest(memo: IngestMemo, capture: Path, reader: CountingReader) -> list[Capture | Failure]:
    """The file's results as a build gets them: remembered, else read and recorded."""
    status, results = memo.lookup(capture)
    return results if results is not None else memo.record(capture, status, *read_now(capture, reader))


def remembered(memo_path: Path, capture: Path, reader: CountingReader) -> list[Capture | Failure]:
    """Ingest `capture` through the memo at `memo_path` (loaded and saved as a build does)."""
    memo = IngestMemo.load(memo_path, SETTINGS)
    results = ingest(memo, capture, reader)
    memo.save({str(capture)})
    return results


def test_an_untouched_file_is_not_read_again(tmp_path: Path, no_racy_margin: None) -> None:
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nThe first paragraph of the story.\n", "utf-8")
    reader = CountingReader(tmp_path)
    first = remembered(tmp_path / "memo.pickle", capture, reader)
    second = remembered(tmp_path / "memo.pickle", capture, reader)
    assert reader.reads == 1
    assert second == first


def test_a_rewrite_of_the_same_size_and_time_is_still_read(tmp_path: Path, no_racy_margin: None) -> None:
    """Restoring the modification time does not hide an edit: the change time moves."""
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nTalks in Berlin went on.\n", "utf-8")
    reader = CountingReader(tmp_path)
    remembered(tmp_path / "memo.pickle", capture, reader)
    before = os.stat(capture)
    time.sleep(0.05)  # past the clock tick of file times (a few ms)
    capture.write_text("Headline\n\nTalks in Madrid went on.\n", "utf-8")
    os.utime(capture, ns=(before.st_atime_ns, before.st_mtime_ns))
    results = remembered(tmp_path / "memo.pickle", capture, reader)
    assert reader.reads == 2
    assert isinstance(results[0], Capture) and "Madrid" in results[0].text


def test_a_file_changed_just_before_it_was_read_is_not_trusted(tmp_path: Path) -> None:
    """Within the racy margin the status may not show a change made in the same clock tick."""
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nJust written.\n", "utf-8")
    reader = CountingReader(tmp_path)
    remembered(tmp_path / "memo.pickle", capture, reader)
    remembered(tmp_path / "memo.pickle", capture, reader)
    assert reader.reads == 2


def test_other_ingest_settings_void_the_memo(tmp_path: Path, no_racy_margin: None) -> None:
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nA paragraph.\n", "utf-8")
    reader = CountingReader(tmp_path)
    remembered(tmp_path / "memo.pickle", capture, reader)
    memo = IngestMemo.load(tmp_path / "memo.pickle", "max_bytes=5")
    ingest(memo, capture, reader)
    assert reader.reads == 2


def test_a_deleted_file_leaves_the_memo(tmp_path: Path, no_racy_margin: None) -> None:
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nA paragraph.\n", "utf-8")
    remembered(tmp_path / "memo.pickle", capture, CountingReader(tmp_path))
    memo = IngestMemo.load(tmp_path / "memo.pickle", SETTINGS)
    memo.save(set())
    assert IngestMemo.load(tmp_path / "memo.pickle", SETTINGS).entries == {}


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_an_unreadable_memo_is_no_memo(tmp_path: Path, content: bytes, no_racy_margin: None) -> None:
    (tmp_path / "memo.pickle").write_bytes(content)
    capture = tmp_path / "a.txt"
    capture.write_text("Headline\n\nA paragraph.\n", "utf-8")
    reader = CountingReader(tmp_path)
    results = remembered(tmp_path / "memo.pickle", capture, reader)
    assert reader.reads == 1 and isinstance(results[0], Capture)


def test_failures_are_remembered_too(tmp_path: Path, no_racy_margin: None) -> None:
    """An empty file fails the same way each build, without being read again."""
    capture = tmp_path / "empty.txt"
    capture.write_bytes(b"")
    reader = CountingReader(tmp_path)
    first = remembered(tmp_path / "memo.pickle", capture, reader)
    second = remembered(tmp_path / "memo.pickle", capture, reader)
    assert isinstance(second[0], Failure) and second == first
    assert reader.reads == 1


def test_files_read_in_worker_processes_give_the_same_captures_and_are_remembered(
    seed_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_racy_margin: None
) -> None:
    """A cold build reads its files in worker processes: the captures are those read
    in order in one process, and the memo remembers every file for the next build."""
    import build_tools.pipeline as pipeline
    from build_tools.config import load_config
    from build_tools.ingest import find_capture_files
    from build_tools.progress import Progress

    for number in range(3):
        story = f"Story {number}\n\nThe {number} paragraph of a story told in Berlin.\n"
        (seed_project / "captures" / f"story-{number}.txt").write_text(story, "utf-8")
    (seed_project / "captures" / "empty.txt").write_bytes(b"")
    config, _ = load_config(seed_project)
    files = find_capture_files(config.path(config.captures_dir))

    def ingest(threshold: int, memo: IngestMemo) -> tuple[list[Capture], list[Failure]]:
        monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", threshold)
        return pipeline._ingest(files, config, Progress(enabled=False), memo)

    in_order = ingest(10**9, IngestMemo(None))
    memo_path = tmp_path / "memo.pickle"
    in_workers = ingest(1, IngestMemo.load(memo_path, f"max_bytes={config.max_capture_bytes}"))
    assert in_workers == in_order and len(in_order[0]) == 4 and len(in_order[1]) == 1
    again = IngestMemo.load(memo_path, f"max_bytes={config.max_capture_bytes}")
    assert ingest(1, again) == in_order and again.reused == len(files)


def _build(memo_path: Path, captures: list[Path], reader: CountingReader) -> list[list[Capture | Failure]]:
    """Ingest every capture through the memo, loaded and saved as a build does."""
    memo = IngestMemo.load(memo_path, SETTINGS)
    results = [ingest(memo, capture, reader) for capture in captures]
    memo.save({str(capture) for capture in captures})
    return results


@pytest.fixture
def four_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_racy_margin: None) -> list[Path]:
    """Four capture files, three remembered in a base file; the base is rewritten only when
    the recent entries pass half of all (a share of 2)."""
    monkeypatch.setattr(memo_module, "REWRITE_SHARE", 2)
    captures = []
    for number in range(4):
        captures.append(tmp_path / f"{number}.txt")
        captures[-1].write_text(f"Headline {number}\n\nThe first paragraph of story {number}.\n", "utf-8")
    _build(tmp_path / "memo.pickle", captures[:3], CountingReader(tmp_path))
    return captures


def test_a_new_file_is_remembered_beside_the_base(tmp_path: Path, four_files: list[Path]) -> None:
    base = tmp_path / "memo.pickle"
    before = base.read_bytes()
    reader = CountingReader(tmp_path)
    first = _build(base, four_files, reader)
    assert reader.reads == 1 and base.read_bytes() == before and (tmp_path / "memo-recent.pickle").is_file()
    assert _build(base, four_files, reader) == first and reader.reads == 1
    # Two more edited: the recent entries now pass the share; all go in the base again.
    for capture in four_files[:2]:
        capture.write_text(capture.read_text("utf-8") + "\nA new paragraph.\n", "utf-8")
    _build(base, four_files, reader)
    assert reader.reads == 3 and base.read_bytes() != before and not (tmp_path / "memo-recent.pickle").exists()
    assert _build(base, four_files, reader) and reader.reads == 3


def test_an_entry_outdated_by_the_other_file_is_never_served(tmp_path: Path, four_files: list[Path]) -> None:
    """A recent file left from before the base was written (a crash between the two) holds
    an older entry of an edited file: the file's status no longer matches, it is read."""
    base = tmp_path / "memo.pickle"
    reader = CountingReader(tmp_path)
    _build(base, four_files, reader)
    old_recent = (tmp_path / "memo-recent.pickle").read_bytes()
    four_files[3].write_text("Headline\n\nAn edited story.\n", "utf-8")
    memo = IngestMemo.load(base, SETTINGS)
    for capture in four_files:
        ingest(memo, capture, reader)
    memo.recent = set(memo.entries)  # enough to write the base again
    memo.save({str(capture) for capture in four_files})
    (tmp_path / "memo-recent.pickle").write_bytes(old_recent)
    reads = reader.reads
    (found,) = _build(base, four_files, reader)[3]
    assert reader.reads == reads + 1 and isinstance(found, Capture) and "An edited story." in found.text


def test_an_unreadable_recent_file_leaves_the_base(tmp_path: Path, four_files: list[Path]) -> None:
    reader = CountingReader(tmp_path)
    _build(tmp_path / "memo.pickle", four_files, reader)
    (tmp_path / "memo-recent.pickle").write_bytes(b"garbage")
    _build(tmp_path / "memo.pickle", four_files, reader)
    assert reader.reads == 2  # the new file again, not the three of the base
