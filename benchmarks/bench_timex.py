"""TempEval-3 Task A scores of the temporal tagger on ../shared/corpus/timex/.

Usage: python benchmarks/bench_timex.py [--errors N] [--group N] [--meantime [--meantime-errors]]

Metric, as in the corpus README: a predicted expression matches a true one
when their spans overlap (relaxed, one-to-one); strict needs identical
spans; value accuracy is the share of relaxed matches with the same value;
value F1 = relaxed F1 x value accuracy. The anchor is each document's DCT.
Speed is measured on the tagging alone (JSON loading excluded).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from build_tools.timeline.tagger import Timex, tag

CORPUS = Path(
    os.environ.get("ARCHIVE_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
)
SETS = ("timebank", "aquaint")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    anchor: date
    text: str
    gold: tuple[Gold, ...]
    eval_end: int | None = None
    ignored: tuple[Gold, ...] = ()


@dataclass(slots=True)
class Tally:
    """Counts summed over documents; rates derived on demand."""

    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    same_value: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    """One line per error, its words and values generalised: for counting kinds of error."""

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "relaxed", "strict", "same_value", "words"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds
        self.errors.extend(other.errors)
        self.patterns.extend(other.patterns)

    def line(self, label: str) -> str:
        p, r, f = _prf(self.relaxed, self.predicted, self.gold)
        strict = _prf(self.strict, self.predicted, self.gold)[2]
        accuracy = self.same_value / self.relaxed if self.relaxed else 0.0
        speed = self.seconds or 1e-9
        return (
            f"{label:<10} gold {self.gold:5d}  relaxed P {p:.3f} R {r:.3f} F1 {f:.3f}  "
            f"strict F1 {strict:.3f}  value acc {accuracy:.3f}  value F1 {f * accuracy:.3f}  "
            f"{self.predicted / speed:,.0f} expr/s  {self.words / speed:,.0f} words/s"
        )


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load(name: str) -> list[Document]:
    """Documents of one corpus file; meantime's `timexes`/`ignore`/`eval_end` honoured."""
    documents = []
    with (CORPUS / "timex" / f"{name}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line)
            items = raw.get("timex", raw.get("timexes", []))
            golds = [(Gold(t["start"], t["end"], t["text"], t["value"]), t.get("ignore", False)) for t in items]
            documents.append(
                Document(
                    raw["doc_id"], date.fromisoformat(raw["dct"][:10]), raw["text"],
                    tuple(g for g, ignore in golds if not ignore), raw.get("eval_end"),
                    tuple(g for g, ignore in golds if ignore),
                )
            )  # fmt: skip
    return documents


def score(document: Document) -> Tally:
    """Tag one document and match its expressions against the truth."""
    began = time.perf_counter()
    predicted = tag(document.text, document.anchor)
    tally = Tally(seconds=time.perf_counter() - began, words=len(_WORD.findall(document.text)))
    limit = document.eval_end if document.eval_end is not None else len(document.text) + 1
    gold = [g for g in document.gold if g.start < limit]
    ignored = list(document.ignored)
    predicted = [p for p in predicted if p.start < limit and not any(_overlap(p, g) for g in ignored)]
    tally.gold, tally.predicted = len(gold), len(predicted)
    matched: set[int] = set()
    for g in gold:
        found = next((i for i, p in enumerate(predicted) if i not in matched and _overlap(p, g)), None)
        if found is None:
            tally.errors.append(f"MISS  {g.text!r} {g.value}  [{document.doc_id} dct {document.anchor}]")
            tally.patterns.append(f"MISS  {_pattern(g.text)}  {_shape(g.value)}")
            continue
        matched.add(found)
        p = predicted[found]
        tally.relaxed += 1
        tally.strict += (p.start, p.end) == (g.start, g.end)
        if (p.start, p.end) != (g.start, g.end):
            tally.errors.append(f"SPAN  {p.text!r} vs {g.text!r}")
        if p.value == g.value:
            tally.same_value += 1
        else:
            context = document.text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
            tally.errors.append(
                f"VALUE {g.text!r} gold {g.value} got {p.value!r}  [dct {document.anchor}]  ...{context}..."
            )
            tally.patterns.append(f"VALUE {_pattern(g.text)}  {_shape(g.value)} -> {_shape(p.value)}")
    for i, p in enumerate(predicted):
        if i not in matched:
            context = document.text[max(0, p.start - 30) : p.end + 30].replace("\n", " ")
            tally.errors.append(f"EXTRA {p.text!r} {p.value}  ...{context}...")
            tally.patterns.append(f"EXTRA {_pattern(p.text)}  {_shape(p.value)}")
    return tally


_NAMES = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:jan|feb|aug|sept|oct|nov|dec)\.)",
    re.IGNORECASE,
)


def _pattern(text: str) -> str:
    """'Tuesday', 'Aug. 6, 1990' -> 'NAME', 'NAME 9, 9999': one kind of expression."""
    return repr(re.sub(r"\d", "9", _NAMES.sub("NAME", text.lower().strip())))


def _shape(value: str) -> str:
    """'1990-08-07' -> '9999-99-99': one kind of value."""
    return re.sub(r"\d", "9", value) or "''"


def _overlap(p: Timex | Gold, g: Gold) -> bool:
    return p.start < g.end and g.start < p.end


def run(names: Iterable[str]) -> dict[str, Tally]:
    results = {}
    for name in names:
        tally = Tally()
        for document in load(name):
            tally.add(score(document))
        results[name] = tally
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--group", type=int, default=0, help="print the N commonest kinds of error, counted")
    parser.add_argument("--meantime", action="store_true", help="also score meantime-dev")
    parser.add_argument("--meantime-errors", action="store_true", help="with --meantime: list its errors instead")
    args = parser.parse_args(argv)
    results = run(SETS)
    combined = Tally()
    for name, tally in results.items():
        print(tally.line(name))
        combined.add(tally)
    print(combined.line("combined"))
    shown = combined
    if args.meantime:
        meantime = run(["meantime-dev"])["meantime-dev"]
        print(meantime.line("meantime"))
        shown = meantime if args.meantime_errors else combined
    for pattern, count in Counter(shown.patterns).most_common(args.group):
        print(f"{count:4d}  {pattern}")
    for kind in ("MISS", "EXTRA", "VALUE", "SPAN"):
        chosen = [e for e in shown.errors if e.startswith(kind)][: args.errors]
        for error in chosen:
            print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
