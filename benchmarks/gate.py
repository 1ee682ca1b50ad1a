"""CI quality gate: every benchmark figure with a floor in benchmarks/floors.toml.

    python benchmarks/gate.py            # prints each figure against its floor; exit 1 below one

Measures article extraction (shingle F1 on articles-html and articles-text),
the names recogniser (typed exact-span F1 on MEANTIME, empty registry) and the
temporal tagger (relaxed and value F1 on TimeBank + AQUAINT). A floor without
a measurement fails too, so a benchmark that stops running cannot pass
silently. Timings are printed by the benchmarks themselves and never gate.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import bench_entities, bench_extraction, bench_timex  # noqa: E402

FLOORS = REPO / "benchmarks" / "floors.toml"


def extraction_figures() -> dict[str, float]:
    """F1 of our extractor on the HTML and the copied-text article sets."""
    return bench_extraction.measure_extraction()


def entity_figures() -> dict[str, float]:
    """Typed exact-span F1 of the recogniser's raw spans on MEANTIME (PER, ORG, LOC)."""
    path = bench_entities.corpus_dir() / "entities" / "meantime-dev.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    totals: Counter[str] = Counter()
    for doc in docs:
        totals.update(bench_entities.score_document(doc)[0])
    tp, fp, fn = (sum(totals[f"{label} {n}"] for label in ("PER", "ORG", "LOC")) for n in ("tp", "fp", "fn"))
    precision, recall, f1 = bench_entities.prf(tp, fp, fn)
    print(f"entities, meantime-dev        F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}")
    return {"entity_f1": f1, "entity_precision": precision}


def timex_figures() -> dict[str, float]:
    """Relaxed F1 and value F1 of the temporal tagger on TimeBank + AQUAINT."""
    combined = bench_timex.Tally()
    for tally in bench_timex.run(bench_timex.SETS).values():
        combined.add(tally)
    print(combined.line("timex"))
    f1 = bench_timex._prf(combined.relaxed, combined.predicted, combined.gold)[2]
    accuracy = combined.same_value / combined.relaxed if combined.relaxed else 0.0
    return {"timex_relaxed_f1": f1, "timex_value_f1": f1 * accuracy}


def measure(steps: list[Callable[[], dict[str, float]]]) -> tuple[dict[str, float], list[str]]:
    """Every figure the steps produce; a step that crashes is reported, not fatal to the others."""
    figures: dict[str, float] = {}
    crashes = []
    for step in steps:
        try:
            figures.update(step())
        except Exception as error:  # a broken benchmark must fail the gate, with its reason
            crashes.append(f"{step.__name__}: {type(error).__name__}: {error}")
    return figures, crashes


def main() -> int:
    floors = bench_extraction.read_floors(FLOORS)
    figures, crashes = measure([extraction_figures, entity_figures, timex_figures])
    problems = crashes + bench_extraction.gate(figures, floors)
    for key, floor in sorted(floors.items()):
        if key in figures:
            verdict = "ok" if figures[key] >= floor else "BELOW FLOOR"
            print(f"  {key:<20} {figures[key]:.3f}  floor {floor:.3f}  {verdict}")
    for problem in problems:
        print(f"quality gate: {problem}", file=sys.stderr)
    print(f"quality gate: {len(floors) - len(problems)} of {len(floors)} floors met"
          + ("" if not problems else f"; {len(problems)} problem(s)"))  # fmt: skip
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
