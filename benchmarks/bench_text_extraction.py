"""Text-capture extraction benchmark: `extract_text_capture` on ../shared/corpus/articles-text.

Scores each extracted body against articles-truth.json with the 4-token shingle
metric (benchmarks/shingle_score.py); a CaptureError counts as an empty body.

    python benchmarks/bench_text_extraction.py              # F1, precision, recall, ms/doc
    python benchmarks/bench_text_extraction.py --worst 10   # plus the 10 worst pages

The corpus is read from ../shared/corpus beside the repository, or $ARCHIVE_CORPUS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.shingle_score import CorpusScore, DocumentScore, score_corpus, score_document  # noqa: E402
from build_tools.errors import CaptureError  # noqa: E402
from build_tools.extract.text import extract_text_capture  # noqa: E402
from build_tools.model import Capture, CaptureFormat  # noqa: E402


@dataclass(frozen=True, slots=True)
class DocResult:
    name: str
    score: DocumentScore
    milliseconds: float
    error: str | None

    @property
    def f1(self) -> float:
        s = self.score
        return 2 * s.tp / (2 * s.tp + s.fp + s.fn) if s.tp else 0.0


@dataclass(frozen=True, slots=True)
class Results:
    corpus: CorpusScore
    documents: tuple[DocResult, ...]

    @property
    def ms_per_doc(self) -> float:
        return statistics.mean(doc.milliseconds for doc in self.documents) if self.documents else 0.0


def default_corpus() -> Path:
    override = os.environ.get("ARCHIVE_CORPUS")
    return Path(override) if override else REPO.parent / "shared" / "corpus"


def _capture(path: Path) -> Capture:
    text = path.read_text(encoding="utf-8")
    return Capture(
        path=PurePosixPath(path.name), sha256="", format=CaptureFormat.TEXT, encoding="utf-8",
        encoding_evidence="benchmark", text=text, size=len(text.encode("utf-8")),
    )  # fmt: skip


def _extract(capture: Capture) -> tuple[str, str | None]:
    try:
        return extract_text_capture(capture).text, None
    except CaptureError as error:
        return "", error.message


def run(corpus_dir: Path) -> Results:
    """Extract and score every text capture of the corpus."""
    truth = json.loads((corpus_dir / "articles-truth.json").read_text(encoding="utf-8"))
    documents = []
    for path in sorted((corpus_dir / "articles-text").glob("*.txt")):
        capture = _capture(path)
        started = time.perf_counter()
        text, error = _extract(capture)
        elapsed = (time.perf_counter() - started) * 1000
        name = path.name.split(".")[0]
        documents.append(DocResult(name, score_document(truth[name]["articleBody"], text), elapsed, error))
    return Results(score_corpus([doc.score for doc in documents]), tuple(documents))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    args = parser.parse_args()
    results = run(args.corpus)
    c = results.corpus
    failed = sum(1 for doc in results.documents if doc.error)
    print(f"articles-text: F1 {c.f1:.3f}  precision {c.precision:.3f}  recall {c.recall:.3f}  "
          f"{results.ms_per_doc:.1f} ms/doc  ({c.documents} pages, {failed} without article)")  # fmt: skip
    for doc in sorted(results.documents, key=lambda d: d.f1)[: args.worst]:
        s = doc.score
        print(f"  {doc.name[:16]}  F1 {doc.f1:.3f}  tp {s.tp:.2f} fp {s.fp:.2f} fn {s.fn:.2f}  {doc.error or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
