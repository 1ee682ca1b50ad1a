"""The build cache: per capture, its extraction (an Article or a Failure) and its
annotation (an AnnotatedArticle), keyed so that an entry is never stale.

One file per capture holds pickles, each after its length: the extraction;
then, once the capture is annotated, the digest of the curated data the
annotation was made with (the entity registry and the suppress list), the
article's summary (what the archive-wide steps read of every article), its
mention index (what entity and timeline pages read of it,
build_tools/mention_index.py) and the rest of the annotation (mentions, events,
entities: with the extraction, the whole annotation its own page reads; the
article is not stored twice). Written together, they never disagree. One file, not an extraction's and an
annotation's: a cold build of 10,000 captures wrote 22,000 entries, and
creating a file costs 50-450 µs of CPU here.

The file's name is a hash of the capture's path, its SHA-256 and WARC record
number; it lies in a folder named by the version of the build tools' code (a
hash of every source file under build_tools/). Change the capture, rename it or
change any code, and the entry is simply never looked up again; edit the
registry, and the annotation's digest no longer matches: the extraction is
read, the capture annotated again and the entry rewritten. Entries of older
code versions are deleted when a new version first writes.

A rebuild reads the summaries of all entries at once (`get_summaries`), most of
them from the summary pack, one file beside the entries (build_tools/summary_pack.py),
which holds their mention indexes too: those of the summaries it served are
read from it (`get_mention_index`), the others from their entries.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import operator
import os
import pickle
import shutil
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from build_tools import model
from build_tools.mention_index import MentionIndex, index_mentions
from build_tools.model import AnnotatedArticle, Article, ArticleSummary, Capture, Failure
from build_tools.summary_pack import Blob, Status, SummaryPack, entry_status, write_pack

_PACKAGE_DIR = Path(__file__).resolve().parent
# Bytes of the length written before each pickled object of an entry.
_LENGTH = 8
# The place of each object in an entry (see the module's docstring); an entry of an
# extraction alone holds only the first.
_EXTRACTION, _CURATION, _SUMMARY, _INDEX, _ANNOTATION = range(5)
# An annotation's fields but its article, in order: what its place in an entry holds.
_ANNOTATION_PARTS = tuple(field.name for field in dataclasses.fields(AnnotatedArticle) if field.name != "article")
# The summary pack (build_tools/summary_pack.py), in the folder of the code version.
SUMMARY_PACK = "summary-pack.bin"
# The pack is written again once the summaries read from their entries, plus the packed
# ones nobody asked for, pass this share of the pack: adding a capture at a time then
# rewrites it (~110 MB at 10,000 articles, 0.3 s) once every ~170 builds, meanwhile
# reading the new captures' entries one by one (~0.1 ms each).
_PACK_REWRITE_SHARE = 64
_READ_ERRORS = (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError)


@cache
def code_version() -> str:
    """A hash of the build tools' source and data files: any edit invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        source = path.suffix in (".py", ".txt", ".json", ".tsv", ".yml")
        if path.is_file() and source and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _constructor_reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = tuple(field.name for field in dataclasses.fields(cls))
    # One attrgetter call reads every field into a tuple (for two or more names): a
    # generator over getattr was a sixth of writing a cache entry, which runs for
    # every annotated capture (~300 objects each).
    fields = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (fields(obj),))
    return lambda obj: (cls, fields(obj))


def _pickle_model_as_constructor_calls() -> None:
    """Pickle the model's dataclasses as calls of their constructor.

    By default a frozen dataclass unpickles through a generic __setstate__ that
    looks its fields up again for every object; a cached annotation holds ~300
    objects, and loading 10,000 of them is most of a no-change rebuild. As
    constructor calls they load ~1.8 times faster (measured on 600 entries).
    """
    for value in vars(model).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__:
            copyreg.pickle(value, _constructor_reducer(value))


_pickle_model_as_constructor_calls()


class ExtractionCache:
    """Pickled extraction results on disk; a missing or unreadable entry is a miss."""

    def __init__(self, directory: Path, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = directory
        self.directory = directory / code_version()
        self.hits = 0
        self.annotation_hits = 0
        self._pruned = False
        # The packed mention indexes of the summaries `get_summaries` served from the pack,
        # by capture identity, for the curation digest they were asked with; the pack
        # stays open (mapped) while they are in use.
        self._indexes: dict[str, Blob] = {}
        self._indexes_curation: str | None = None
        self._pack: SummaryPack | None = None

    def get(self, capture: Capture) -> Article | Failure | None:
        result = self._read(self._entry(capture), skip=_EXTRACTION)
        if not isinstance(result, Article | Failure):
            return None
        self.hits += 1
        return result

    def put(self, capture: Capture, result: Article | Failure) -> None:
        """Cache an extraction alone (a failure, or an article whose annotation failed)."""
        self._write(self._entry(capture), result)

    def get_annotation(self, capture: Capture, curation: str, *, counted: bool = True) -> AnnotatedArticle | None:
        """The capture's annotation made with curated data of digest `curation`, if cached.

        `counted=False`: not a cache hit of this build's analysis (an article already
        found by its summary, now loaded whole for a page)."""
        found = self._read_all(self._entry(capture), (_EXTRACTION, _ANNOTATION), curation)
        if found is None:
            return None
        article, rest = found
        if not isinstance(article, Article) or not isinstance(rest, tuple):
            return None
        self.annotation_hits += counted
        return AnnotatedArticle(article=article, **dict(zip(_ANNOTATION_PARTS, rest, strict=True)))

    def get_summary(self, capture: Capture, curation: str) -> ArticleSummary | None:
        """The summary of the capture's cached annotation: read without the annotation itself,
        which comes after it in the same entry (so the two never disagree)."""
        result = self._read(self._entry(capture), skip=_SUMMARY, curation=curation)
        if not isinstance(result, ArticleSummary):
            return None
        self.annotation_hits += 1
        return result

    def get_summaries(self, captures: Sequence[Capture], curation: str) -> list[ArticleSummary | None]:
        """`get_summary` of each capture, read from the summary pack where it holds the
        capture's entry unchanged (build_tools/summary_pack.py), else from the entry; the
        pack is written again when too many were not in it."""
        if not self.enabled:
            return [None] * len(captures)
        found: list[ArticleSummary | None] = []
        # What a new pack would hold: (identity, curation, entry status, summary and mention index pickles).
        packable: list[tuple[str, str, Status, Blob, Blob]] = []
        indexes: dict[str, Blob] = {}
        pack = SummaryPack(self.directory / SUMMARY_PACK, self.directory.name)
        unpacked = 0
        blobs: tuple[Blob, Blob] | None = None
        for capture in captures:
            identity = capture_identity(capture)
            entry = self._entry_path(identity)
            blobs = pack.get(identity, curation, _status(entry))
            status = pack.index[identity][1] if blobs is not None else None
            summary = _unpickled_summary(blobs)
            if summary is not None and blobs is not None:
                indexes[identity] = blobs[1]  # a view: those read from entries are not kept
            else:
                read = self._summary_pickle(entry, curation)
                unpacked += read is not None
                status, blobs = (read[0], read[1:]) if read is not None else (None, None)
                summary = _unpickled_summary(blobs)
            found.append(summary)
            if summary is not None and status is not None and blobs is not None:
                packable.append((identity, curation, status, *blobs))
        unused = len(pack.index) - (len(packable) - unpacked)
        if (unpacked + unused) * _PACK_REWRITE_SHARE > len(packable):
            write_pack(self.directory / SUMMARY_PACK, self.directory.name, packable)
        del packable, blobs
        if self._pack is not None:
            self._indexes.clear()  # views into the pack about to be closed
            self._pack.close()
        self._pack, self._indexes, self._indexes_curation = pack, indexes, curation
        self.annotation_hits += sum(summary is not None for summary in found)
        return found

    def _summary_pickle(self, entry: str, curation: str) -> tuple[Status, bytes, bytes] | None:
        """The entry's status, its summary's and its mention index's pickles, if annotated
        with curated data of digest `curation` (None as in `_read_all`)."""
        read = self._read_pickles(entry, (_SUMMARY, _INDEX), curation)
        if read is None:
            return None
        stat, (summary, index) = read
        return entry_status(stat), summary, index

    def get_mention_index(self, capture: Capture, curation: str) -> MentionIndex | None:
        """The mention index of the capture's cached annotation, read without the annotation:
        from the pack if `get_summaries` served its summary from there (so from the same
        entry status), else from its entry."""
        identity = capture_identity(capture)
        blob = self._indexes.get(identity) if curation == self._indexes_curation else None
        if blob is not None:
            try:
                result = pickle.loads(blob)
            except _READ_ERRORS:
                result = None
            if isinstance(result, MentionIndex):
                return result
        result = self._read(Path(self._entry_path(identity)), skip=_INDEX, curation=curation)
        return result if isinstance(result, MentionIndex) else None

    def put_annotation(self, capture: Capture, curation: str, result: AnnotatedArticle) -> None:
        """Cache the annotation (made with curated data of digest `curation`) with its
        article's extraction, replacing what the capture's entry held. The annotation is
        stored without its article, which is the entry's first object already."""
        rest = tuple(getattr(result, name) for name in _ANNOTATION_PARTS)
        self._write(self._entry(capture), result.article, curation, result.summary(), index_mentions(result), rest)

    def _read(self, entry: Path, *, skip: int = 0, curation: str | None = None) -> object:
        """The entry's object after `skip` others (see `_read_all`)."""
        found = self._read_all(entry, (skip,), curation)
        return None if found is None else found[0]

    def _read_all(self, entry: Path, wanted: tuple[int, ...], curation: str | None) -> list[object] | None:
        """The entry's objects at the places `wanted` (in increasing order), or None when
        disabled, missing or unreadable (a miss, never an error); with `curation`, None
        too unless the entry's annotation was made with curated data of that digest."""
        read = self._read_pickles(entry, wanted, curation)
        if read is None:
            return None
        try:
            return [pickle.loads(blob) for blob in read[1]]
        except _READ_ERRORS:
            return None

    def _read_pickles(
        self, entry: str | Path, wanted: tuple[int, ...], curation: str | None
    ) -> tuple[os.stat_result, list[bytes]] | None:
        """The entry file's status and the pickles at the places `wanted`, not unpickled
        (None as in `_read_all`)."""
        if not self.enabled:
            return None
        found: list[bytes] = []
        try:
            with open(entry, "rb") as handle:
                stat = os.fstat(handle.fileno())
                remaining = stat.st_size
                for index in range(wanted[-1] + 1):
                    size = int.from_bytes(handle.read(_LENGTH), "little")
                    remaining -= _LENGTH + size
                    if remaining < 0:
                        return None  # truncated, not annotated, or not an entry of this format
                    if index in wanted:
                        found.append(handle.read(size))
                    elif index == _CURATION and curation is not None:
                        if pickle.loads(handle.read(size)) != curation:
                            return None  # annotated with other curated data
                    else:
                        handle.seek(size, os.SEEK_CUR)
                return stat, found
        except _READ_ERRORS:
            return None

    def _write(self, entry: Path, *results: object) -> None:
        """Each result pickled after its length, so that a reader can skip to the one it wants."""
        if not self.enabled:
            return
        self.prune_old_versions()
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            for result in results:
                data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
                handle.write(len(data).to_bytes(_LENGTH, "little") + data)
        temporary.replace(entry)  # atomic: a crash never leaves half an entry

    def _entry(self, capture: Capture) -> Path:
        return Path(self._entry_path(capture_identity(capture)))

    def _entry_path(self, identity: str) -> str:
        """The entry's path as a string (a Path costs ~10 µs more: 0.1 s at 11,000 entries)."""
        name = hashlib.sha256(identity.encode()).hexdigest()
        return f"{self.directory}{os.sep}{name[:2]}{os.sep}{name}.pickle"

    def prune_old_versions(self) -> None:
        """Delete the entries of other code versions (once: before a build's first write)."""
        if self._pruned or not self.enabled:
            return
        self._pruned = True
        if self.root.is_dir():
            for old in self.root.iterdir():
                if old.is_dir() and old != self.directory:
                    shutil.rmtree(old, ignore_errors=True)


def _status(entry: str) -> Status | None:
    try:
        return entry_status(os.stat(entry))
    except OSError:
        return None


def _unpickled_summary(blobs: tuple[Blob, Blob] | None) -> ArticleSummary | None:
    if blobs is None:
        return None
    try:
        summary = pickle.loads(blobs[0])
    except _READ_ERRORS:
        return None
    return summary if isinstance(summary, ArticleSummary) else None


def capture_identity(capture: Capture) -> str:
    """What tells one capture from another in every key: path, bytes, WARC record."""
    return f"{capture.path}\0{capture.sha256}\0{capture.record_index}"


def annotation_digest(capture: Capture, curation: str) -> str:
    """A digest of everything the capture's annotation is made from: the capture, the
    code and the curated data (of digest `curation`): the annotation cache's key."""
    key = f"{code_version()}\0{capture_identity(capture)}\0annotation\0{curation}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def curation_digest(*files: Path) -> str:
    """A digest of the curated data files' bytes (a missing file counts as empty)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
        digest.update(b"\0")
    return digest.hexdigest()[:20]
