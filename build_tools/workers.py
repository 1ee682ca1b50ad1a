"""Work over many items: on every core when there are enough of them, and without
Python's cycle collector slowing down the process that gathers the results.

Extraction, annotation and rendering all go through `map_with_progress`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from build_tools.progress import Progress

Item = TypeVar("Item")
Result = TypeVar("Result")


def map_with_progress(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    progress: Progress,
    *,
    threshold: int,
    setup: Callable[..., None] | None = None,
    setup_args: tuple[Any, ...] = (),
) -> list[Result]:
    """`function` over `items` in order, in worker processes from `threshold` items on.

    `setup(*setup_args)` runs once per worker (once here when serial), to hand over
    what every item needs. Workers are forked, so they inherit `setup_args`
    (a registry, the whole site context) instead of receiving a pickled copy.
    """
    workers = os.cpu_count() or 1
    if len(items) < threshold or workers == 1:
        if setup is not None:
            setup(*setup_args)
        results = []
        with collector_paused():  # as in the workers, which fork with the collector paused
            for item in items:
                results.append(function(item))
                progress.advance()
        return results
    gc.freeze()  # what the workers inherit is then never written by the collector (no copy on write)
    context = multiprocessing.get_context("fork")
    # The results pile up here by the million (an annotation is ~300 objects): with the
    # collector walking them again and again, this process, not the workers, sets the pace.
    with collector_paused(), ProcessPoolExecutor(workers, context, initializer=setup, initargs=setup_args) as pool:
        results = []
        # Chunks of up to 16 items save round trips; a short list gets smaller ones, so
        # that one slow item (a busy entity's page) does not leave a core idle at the end.
        chunksize = max(1, min(16, len(items) // (workers * 4)))
        for result in pool.map(function, items, chunksize=chunksize):
            results.append(result)
            progress.advance()
    return results


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector walks all live objects again and again while millions of
    small ones are made (measured on 21,924 cache entries: unpickled in 8.5 s with it,
    3.5 s without). What is made here holds no reference cycles to collect.

    On leaving, what was made is frozen (left out of later collections) before the
    collector resumes: otherwise its first pass walks all of it at once (1.0 s
    after loading 10,966 cached annotations). It is what the build works on until
    it ends; objects still die as usual when nothing refers to them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
