"""Progress on the terminal for long stages: a counter that rewrites its line on a
terminal, and prints a line every tenth of the way when output goes to a log (CI)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts items of one stage at a time; silent when `enabled` is False."""

    def __init__(self, *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.is_terminal = self.stream.isatty()
        self._stage = ""
        self._total = 0
        self._done = 0
        self._last_step = -1
        self._started = 0.0

    def start(self, stage: str, total: int) -> None:
        self._stage, self._total, self._done, self._last_step = stage, total, 0, -1
        self._started = time.perf_counter()

    def advance(self, count: int = 1) -> None:
        self._done += count
        if not self.enabled or self._total == 0:
            return
        if self.is_terminal:
            self.stream.write(f"\r{self._stage}: {self._done}/{self._total}")
            self.stream.flush()
            return
        step = self._done * 10 // self._total
        if step != self._last_step:
            self._last_step = step
            self.stream.write(f"{self._stage}: {self._done}/{self._total}\n")

    def finish(self, note: str = "") -> None:
        if not self.enabled:
            return
        seconds = time.perf_counter() - self._started
        end = "\r" if self.is_terminal else ""
        self.stream.write(f"{end}{self._stage}: {self._done}/{self._total} done in {seconds:.1f} s{note}\n")
        self.stream.flush()
