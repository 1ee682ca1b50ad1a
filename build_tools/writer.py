"""Writing the generated part of docs/: only what changed, and nothing stale left behind.

The build owns `docs/index.md` and everything under `docs/archive/`. Files are
rewritten only when their content changes, so MkDocs' file watcher and
incremental tools see real changes only; files no longer produced are removed.

`write_jobs` also skips rendering: a render manifest (in the cache folder)
keeps, for each render job of the last build, the key of its inputs, the
entities whose links it drew (with a digest of their state), and the size and
modification time of each file it wrote. A job whose key, entity links and files
all match is not rendered again; anything else (a new key, a changed link, a
file edited or deleted by hand, another code version) renders it. Raw capture
copies are kept the same way, keyed by their source file's status.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_tools.config import ArchiveConfig
from build_tools.ingest.memo import file_status, settled
from build_tools.progress import Progress
from build_tools.render.context import HOME_PAGE, SiteContext
from build_tools.render.jobs import PageJob, link_state, recording
from build_tools.workers import collector_paused, map_with_progress

MANIFEST_FORMAT = 3
# Joins the entity ids of a job record: one string per job, not ~23 (at 10,000 articles,
# 700,000 strings made the manifest 24 MB, 0.13 s of CPU to load and 0.22 s to save;
# joined: 0.03 s and 0.08 s, measured on run X's manifest with a throwaway script).
_ENTITY_SEPARATOR = "\x1f"
# From this many jobs to render, worker processes are worth their start (a
# fraction of a second) and render on every core. A rebuild's jobs load their
# unchanged articles from the cache, so even a hundred are worth it (one new
# capture at 10,000 articles: 146 jobs written in 6.3 s in one process, 81-168
# jobs in 3.8-5.1 s on two cores).
PARALLEL_RENDER_THRESHOLD = 16


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int
    reused: int = 0
    """Pages not rendered at all: their inputs had not changed since the last build."""


@dataclass(frozen=True, slots=True)
class JobRecord:
    """What the manifest keeps of one render job."""

    inputs: str
    entities: str
    """The ids of the entities whose links it drew, sorted, joined by _ENTITY_SEPARATOR."""
    links: str
    """Digest of those entities' link state when the job was rendered."""
    files: dict[str, tuple[int, int]]
    """Docs-relative path -> (size, mtime_ns) as written."""


def write_jobs(
    context: SiteContext,
    jobs: Sequence[PageJob],
    raw_files: Mapping[str, str],
    config: ArchiveConfig,
    progress: Progress,
    *,
    manifest: Path | None,
    version: str,
) -> WriteReport:
    """Render and write the jobs whose inputs changed; bring docs/ in line with them.

    Args:
        manifest: where the render manifest lives; None renders every job (and keeps no manifest).
        version: the code version; a manifest of another version is ignored.
    """
    docs = config.path(config.docs_dir)
    previous, saved_states = _load_manifest(manifest, version) if manifest is not None else ({}, None)
    states = _LinkStates(context)
    # Looking every saved entity up also puts its state in `states`, which is saved
    # again below: while nothing changes, the saved states keep covering every record.
    links_unchanged = saved_states is not None and all(states[id_] == state for id_, state in saved_states.items())
    records: dict[str, JobRecord] = {}
    expected: set[str] = set()
    written = unchanged = reused = 0
    todo: list[int] = []
    for index, job in enumerate(jobs):
        record = previous.get(job.name)
        if record is not None and _is_fresh(record, job, None if links_unchanged else states, docs):
            expected.update(record.files)
            reused += len(record.files)
            records[job.name] = record
        else:
            todo.append(index)
    progress.start("render", len(todo))
    for index, rendered in zip(todo, _render_all(context, jobs, todo, docs, progress), strict=True):
        job = jobs[index]
        expected.update(rendered.files)
        written, unchanged = written + rendered.written, unchanged + len(rendered.files) - rendered.written
        if job.inputs is not None:
            entities = _ENTITY_SEPARATOR.join(rendered.used)
            records[job.name] = JobRecord(job.inputs, entities, _links_digest(states, entities), rendered.files)
    progress.finish(f" ({reused} page(s) unchanged since the last build, not rendered)")
    for relative, source in sorted(raw_files.items()):
        expected.add(relative)
        record, changed = _copy_raw(config.path(source), docs, relative, previous.get(f"raw:{relative}"))
        if record is not None:
            records[f"raw:{relative}"] = record
        written, unchanged = written + changed, unchanged + (not changed)
    removed = _remove_stale(docs, config.generated_dir, expected)
    # Unchanged: 0.5 s of pickling saved at 10,000 articles.
    if manifest is not None and (records != previous or saved_states != states):
        _save_manifest(manifest, version, records, states)
    return WriteReport(written, unchanged, removed, reused)


@dataclass(frozen=True, slots=True)
class _Rendered:
    """What rendering one job left on disk, and the entities whose links it drew."""

    files: dict[str, tuple[int, int]]
    written: int
    used: tuple[str, ...]


def _render_and_write(context: SiteContext, job: PageJob, docs: Path) -> _Rendered:
    used: set[str] = set()
    pages = job.render(recording(context, used) if job.inputs is not None else context)
    files: dict[str, tuple[int, int]] = {}
    written = 0
    for relative, content in pages.items():
        path = docs / relative
        written += _write_if_changed(path, content.encode("utf-8"))
        files[relative] = _size_and_time(path)
    return _Rendered(files, written, tuple(sorted(used)))


def _render_all(
    context: SiteContext, jobs: Sequence[PageJob], todo: list[int], docs: Path, progress: Progress
) -> list[_Rendered]:
    """Render the jobs `todo` (indexes into `jobs`), in order; on every core when there
    are many (a first build of 10,000 articles renders 27,000 pages). Each page's
    content depends on its job alone, so the output is the same either way."""
    return map_with_progress(
        _render_in_worker,
        todo,
        progress,
        threshold=PARALLEL_RENDER_THRESHOLD,
        setup=_set_worker_state,
        setup_args=(context, jobs, docs),
    )


_worker_state: tuple[SiteContext, Sequence[PageJob], Path] | None = None


def _set_worker_state(context: SiteContext, jobs: Sequence[PageJob], docs: Path) -> None:
    global _worker_state
    _worker_state = (context, jobs, docs)


def _render_in_worker(index: int) -> _Rendered:
    assert _worker_state is not None, "_set_worker_state was not run first"
    context, jobs, docs = _worker_state
    return _render_and_write(context, jobs[index], docs)


def owned_paths(config: ArchiveConfig) -> list[Path]:
    """The paths the build owns under docs/ (for `.gitignore` checks and cleaning)."""
    return [config.path(config.docs_dir) / HOME_PAGE, config.generated_dir]


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _copy_raw(source: Path, docs: Path, relative: str, record: JobRecord | None) -> tuple[JobRecord | None, bool]:
    """Copy a raw capture to docs/`relative` unless the last build's copy is still current.

    The copy is current when the source's status (size, times, inode: see
    build_tools/ingest/memo.py) and the copy's size and time are as recorded.
    Returns the record to keep (None while the source is too fresh to trust its
    status) and whether the file was written.
    """
    target = docs / relative
    status = file_status(source)
    inputs = repr(status)
    if record is not None and status is not None and record.inputs == inputs and _files_unchanged(record.files, docs):
        return record, False
    checked_at = time.time_ns()
    changed = _copy_if_changed(source, target)
    if status is None or not settled(status, checked_at):
        return None, changed
    return JobRecord(inputs, "", "", {relative: _size_and_time(target)}), changed


def _copy_if_changed(source: Path, target: Path) -> bool:
    try:
        if target.stat().st_size == source.stat().st_size and target.read_bytes() == source.read_bytes():
            return False
    except OSError:
        target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return True


def _remove_stale(docs: Path, directory: Path, expected: set[str]) -> int:
    """Delete the files under `directory` not in `expected` (docs-relative), then empty folders."""
    if not directory.is_dir():
        return 0
    removed = 0
    prefix = f"{docs}{os.sep}"
    emptied: set[str] = set()  # folders removed (the walk gives a folder's after its subfolders)
    for folder, subfolders, names in os.walk(directory, topdown=False):
        kept = len(names)
        for name in names:
            path = os.path.join(folder, name)
            if path.removeprefix(prefix) not in expected:
                os.unlink(path)
                removed, kept = removed + 1, kept - 1
        # Known empty from the walk, not listed again: 11,000 folders at 10,000 articles.
        if folder != str(directory) and not kept and all(os.path.join(folder, sub) in emptied for sub in subfolders):
            os.rmdir(folder)
            emptied.add(folder)
    return removed


def _size_and_time(path: Path | str) -> tuple[int, int]:
    stat = os.stat(path)
    return (stat.st_size, stat.st_mtime_ns)


def _files_unchanged(files: Mapping[str, tuple[int, int]], docs: Path) -> bool:
    """Every file still has the size and modification time recorded when it was written."""
    prefix = f"{docs}{os.sep}"
    try:
        for relative, (size, mtime) in files.items():
            stat = os.stat(prefix + relative)
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return False
    except OSError:
        return False
    return True


def _is_fresh(record: JobRecord, job: PageJob, states: _LinkStates | None, docs: Path) -> bool:
    """The job's inputs, the links it drew and the files it wrote are all as recorded.

    `states` None: no entity's link state changed since the manifest was saved, and
    then every record's links are as recorded (see `_save_manifest`)."""
    if job.inputs is None or record.inputs != job.inputs:
        return False
    if states is not None and _links_digest(states, record.entities) != record.links:
        return False
    return _files_unchanged(record.files, docs)


class _LinkStates(dict[str, bytes]):
    """Each entity's link state as the bytes a links digest reads, made once per build
    (a busy entity is drawn by thousands of jobs; 27,000 jobs are checked at 10,000 articles),
    and each links digest made, by joined entity ids (30,000 jobs draw 12,000 sets)."""

    def __init__(self, context: SiteContext) -> None:
        super().__init__()
        self._context = context
        self.digests: dict[str, str] = {}

    def __missing__(self, entity_id: str) -> bytes:
        state = self[entity_id] = f"{entity_id}\x1e{link_state(self._context, entity_id)}\x1d".encode()
        return state


def _links_digest(states: _LinkStates, entities: str) -> str:
    """The digest of the link states of `entities` (sorted ids, joined as in JobRecord)."""
    digest = states.digests.get(entities)
    if digest is None:
        ids = entities.split(_ENTITY_SEPARATOR) if entities else ()
        digest = hashlib.sha256(b"".join(map(states.__getitem__, ids))).hexdigest()[:32]
        states.digests[entities] = digest
    return digest


def _load_manifest(path: Path, version: str) -> tuple[dict[str, JobRecord], dict[str, bytes] | None]:
    """The last build's records and the entities' link states it saved (None if it saved
    none); an unreadable or older manifest is no manifest (every job renders).

    Pickled rather than JSON: at 10,000 articles it holds ~40,000 records, and
    JSON took 1.8 s to read. Loaded with the cycle collector paused: 0.085 s of CPU
    instead of 0.2 s (its ~100,000 dicts and tuples hold no cycles).
    """
    try:
        with path.open("rb") as handle, collector_paused():
            data = pickle.load(handle)
            if data.get("format") != MANIFEST_FORMAT or data.get("version") != version:
                return {}, None
            states = data.get("states")
            records = {name: JobRecord(*fields) for name, fields in data["jobs"].items()}
            return records, states if isinstance(states, dict) else None
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return {}, None


def _save_manifest(path: Path, version: str, records: Mapping[str, JobRecord], states: Mapping[str, bytes]) -> None:
    """Save the records with the link state of every entity this build looked up.

    Those are the entities of every record (each was checked or rendered against
    them), so every record's links digest is that of the saved states: a next build
    in which none of these states changed need not work out any digest (12,000
    digests over 16 MB of joined ids at 10,000 articles)."""
    jobs = {name: (r.inputs, r.entities, r.links, r.files) for name, r in sorted(records.items())}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    data = {"format": MANIFEST_FORMAT, "version": version, "jobs": jobs, "states": dict(sorted(states.items()))}
    temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(path)  # atomic: a crash leaves the old manifest, whose stat checks then fail
