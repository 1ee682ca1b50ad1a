"""The article-extraction metric of ../shared/corpus/README.md (4-token shingles).

Tokens are `\\w+` matches (case kept); each body becomes the multiset of its
consecutive 4-grams. Per document tp/fp/fn are normalised by their sum; precision
and recall are averaged over documents, and F1 is taken from those means.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """tp/fp/fn for one document, already normalised to sum to 1 (or all 0)."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    documents: int


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1))


def score_document(truth: str, predicted: str) -> DocumentScore:
    true_counts, pred_counts = shingles(truth), shingles(predicted)
    tp = sum((true_counts & pred_counts).values())
    fp = sum(pred_counts.values()) - tp
    fn = sum(true_counts.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return DocumentScore(0.0, 0.0, 0.0)
    return DocumentScore(tp / total, fp / total, fn / total)


def score_corpus(scores: list[DocumentScore]) -> CorpusScore:
    precisions = [_ratio(s.tp, s.fp, s.fn) for s in scores if s.tp + s.fp > 0]
    recalls = [_ratio(s.tp, s.fn, s.fp) for s in scores if s.tp + s.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CorpusScore(precision, recall, f1, len(scores))


def _ratio(tp: float, wrong: float, other_wrong: float) -> float:
    """tp/(tp+wrong), taking 1 when the document has no error of either kind."""
    if wrong == 0 and other_wrong == 0:
        return 1.0
    return tp / (tp + wrong)
