"""The archive's exceptions: a small hierarchy, one class per kind of failure.

Stages do not let these escape for a single bad capture: they turn them into a
`model.Failure` so the build goes on and the summary names every capture.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base class of every error the build tools raise on purpose."""


class ConfigError(ArchiveError):
    """Raised by `config` and the entity registry loader for bad settings or data files.

    Carries every problem found, so one run reports them all at once.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problems))


class CaptureError(ArchiveError):
    """Raised inside ingest and extract for one capture that cannot become an article.

    `stage` names the pipeline stage; `line` is the 1-based line of the capture
    where the problem applies, when there is one.
    """

    def __init__(self, message: str, *, stage: str, line: int | None = None) -> None:
        self.message = message
        self.stage = stage
        self.line = line
        super().__init__(message)
