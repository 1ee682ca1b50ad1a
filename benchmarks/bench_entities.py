"""Benchmark the names recogniser on MEANTIME (Wikinews) with an empty registry.

Run: python benchmarks/bench_entities.py [--corpus DIR] [--errors] [--categories]

Scoring follows ../shared/corpus/README.md (entities): exact spans, typed, only
items starting before `eval_end`, `ignore` items counted neither way, our
person/organization/place mapped to PER/ORG/LOC, events and groups left out.

The headline score is the recogniser's raw spans, exactly what the product
highlights; an organisation's or place's span takes in the "the" of its own
noun phrase ("the United States", as MEANTIME marks it; see
build_tools/entities/determiners.py). One extra line, labelled "adjusted (not
the product)", scores person spans moved to MEANTIME's extent, which takes in
an honorific ("Mr. Lee"); ours never do (a title is not part of a name). It
shows how much of the gap is that convention; it is not the product's score.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from build_tools.entities.recogniser import NameSpan, recognise
from build_tools.model import EntityType

_LABELS = {EntityType.PERSON: "PER", EntityType.ORGANIZATION: "ORG", EntityType.PLACE: "LOC"}
Item = tuple[int, int, str]


def corpus_dir() -> Path:
    """The shared corpus beside the repository, or $ARCHIVE_CORPUS."""
    override = os.environ.get("ARCHIVE_CORPUS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def predicted_items(text: str, spans: list[NameSpan], honorifics: bool) -> set[Item]:
    """Our spans as (start, end, label), with honorifics added to people's when asked."""
    items: set[Item] = set()
    for span in spans:
        label = _LABELS.get(span.type)
        if label is None:
            continue
        start = span.start
        honorific = text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""
        if honorifics and span.type is EntityType.PERSON and honorific in _HONORIFICS:
            start -= len(honorific) + 1
        items.add((start, span.end, label))
    return items


_HONORIFICS = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."])


def score_document(doc: dict[str, object], honorifics: bool = False) -> tuple[Counter[str], set[Item], set[Item]]:
    """Counts of tp/fp/fn per label for one document, plus the two item sets.

    `honorifics` scores the "adjusted" line (not the product's score).
    """
    text = str(doc["text"])
    limit = int(str(doc["eval_end"]))
    entities = doc["entities"]
    assert isinstance(entities, list)
    truth = {(e["start"], e["end"], e["type"]) for e in entities if e["start"] < limit and not e.get("ignore")}
    ignored = {(e["start"], e["end"]) for e in entities if e.get("ignore")}
    found = {i for i in predicted_items(text, recognise(text), honorifics) if i[0] < limit}
    found = {i for i in found if (i[0], i[1]) not in ignored}
    counts: Counter[str] = Counter()
    for label in ("PER", "ORG", "LOC"):
        mine = {i for i in found if i[2] == label}
        gold = {i for i in truth if i[2] == label}
        counts[f"{label} tp"] += len(mine & gold)
        counts[f"{label} fp"] += len(mine - gold)
        counts[f"{label} fn"] += len(gold - mine)
    return counts, found, truth


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="print every miss and false hit, with its category")
    parser.add_argument("--categories", action="store_true", help="count misses and false hits by category")
    args = parser.parse_args()
    path = (args.corpus or corpus_dir()) / "entities" / "meantime-dev.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    totals: Counter[str] = Counter()
    adjusted: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for doc in docs:
        counts, found, truth = score_document(doc, honorifics=False)
        totals.update(counts)
        adjusted.update(score_document(doc, honorifics=True)[0])
        for line, kind in _errors(str(doc["text"]), found, truth):
            kinds[kind] += 1
            if args.errors:
                print(line)
    if args.categories:
        for kind, count in sorted(kinds.items()):
            print(f"{count:4d} {kind}")
    for label in ("PER", "ORG", "LOC", "ALL"):
        print(f"{label}: {_summary(totals, label)}")
    print(f"adjusted (not the product: 'Mr.' added to person spans): {_summary(adjusted, 'ALL')}")
    print(f"speed: {words_per_second(docs):,.0f} words/second")


def _errors(text: str, found: set[Item], truth: set[Item]) -> list[tuple[str, str]]:
    """Each false hit (FP) and miss (FN) as a printable line with its category."""
    lines = []
    for side, wrong, other in (("FP", found - truth, truth), ("FN", truth - found, found)):
        for start, end, label in sorted(wrong):
            kind = f"{side} {label} {_category(text, (start, end, label), other, ours=side == 'FP')}"
            context = text[max(0, start - 30) : end + 30].replace("\n", " | ")
            lines.append((f"{kind}: {text[start:end]!r} in {context!r}", kind))
    return lines


def _category(text: str, item: Item, other: set[Item], *, ours: bool) -> str:
    """Why an item failed: no overlap, another type, or which edge differs.

    'determiner' and 'descriptor' are gold spans that open earlier than ours
    with 'the' (ours take it in only when the name heads its own noun phrase)
    or with a title / common-noun description ("U.S. automaker GM"), which our
    spans leave out by design.
    """
    start, end, label = item
    overlapping = [o for o in other if o[0] < end and start < o[1]]
    # The same-typed partner sharing an edge with the item, else the first one.
    same = sorted((o for o in overlapping if o[2] == label), key=lambda o: (o[1] != end and o[0] != start, o))
    if not overlapping:
        return "no overlap"
    if not same:
        return "other type"
    gold, mine = (same[0], item) if ours else (item, same[0])
    if gold[1] == mine[1] and gold[0] < mine[0]:
        return "determiner" if text[gold[0] : mine[0]] in ("the ", "The ") else "descriptor"
    if gold[0] <= mine[0] and gold[1] >= mine[1]:
        return "gold longer"
    return "ours longer" if mine[0] <= gold[0] and mine[1] >= gold[1] else "other edges"


def _summary(totals: Counter[str], label: str) -> str:
    keys = ("PER", "ORG", "LOC") if label == "ALL" else (label,)
    tp, fp, fn = (sum(totals[f"{k} {n}"] for k in keys) for n in ("tp", "fp", "fn"))
    p, r, f = prf(tp, fp, fn)
    return f"precision {p:.3f} recall {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def words_per_second(docs: list[dict[str, object]], repeat: int = 5) -> float:
    """Recogniser throughput on the whole texts, best of `repeat` passes, one core."""
    texts = [str(doc["text"]) for doc in docs]
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text in texts:
            recognise(text)
        best = min(best, time.perf_counter() - began)
    return words / best


if __name__ == "__main__":
    main()
