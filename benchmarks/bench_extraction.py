"""Article-extraction benchmark and quality gate over ../shared/corpus.

Runs `build_tools.extract.extract_article` on every page of the corpus's
articles-html (saved HTML) and articles-text (copied text) sets, scores each
body against the human-checked truth with the 4-token shingle metric of
`benchmarks/shingle_score.py`, and prints F1, precision, recall and the median
and mean milliseconds per document. When trafilatura is installed, it is timed
and scored on the same HTML pages for comparison (it is never a dependency).

    python benchmarks/bench_extraction.py                 # scores and timings
    python benchmarks/bench_extraction.py --worst 10      # plus the 10 worst pages
    python benchmarks/bench_extraction.py --metadata      # titles/dates on news-pages vs reference

The corpus is read from ../shared/corpus relative to the repository root, or
from $ARCHIVE_CORPUS when set.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.shingle_score import DocumentScore, score_corpus, score_document  # noqa: E402
from build_tools.model import Article, Capture, CaptureFormat, Failure  # noqa: E402

Extractor = Callable[[Capture], "Article | Failure"]


def corpus_dir() -> Path:
    """The evaluation corpus: $ARCHIVE_CORPUS, else ../shared/corpus beside the repository."""
    override = os.environ.get("ARCHIVE_CORPUS")
    return Path(override) if override else REPO.parent / "shared" / "corpus"


def load_extractor() -> tuple[Extractor, bool]:
    """The dispatcher, or the HTML extractor alone when the text extractor is not there yet.

    Returns the extractor and whether text captures can be extracted.
    """
    try:
        from build_tools.extract import extract_article
    except ImportError:
        from build_tools.errors import CaptureError
        from build_tools.extract.html import extract_html_capture

        def html_only(capture: Capture) -> Article | Failure:
            try:
                return extract_html_capture(capture)
            except CaptureError as error:
                return Failure(capture.path, error.stage, error.message)

        return html_only, False
    return extract_article, True


@dataclass(frozen=True, slots=True)
class PageResult:
    name: str
    score: DocumentScore
    seconds: float
    failure: str | None


def html_captures(folder: Path) -> Iterator[Capture]:
    for path in sorted(folder.glob("*.html.gz")):
        raw = gzip.decompress(path.read_bytes())
        yield _capture(path.name, raw.decode("utf-8"), CaptureFormat.HTML, len(raw))


def text_captures(folder: Path) -> Iterator[Capture]:
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield _capture(path.name, text, CaptureFormat.TEXT, len(text.encode("utf-8")))


def _capture(name: str, text: str, kind: CaptureFormat, size: int) -> Capture:
    return Capture(
        path=PurePosixPath(name), sha256="", format=kind, encoding="utf-8",
        encoding_evidence="benchmark", text=text, size=size,
    )  # fmt: skip


def page_id(capture: Capture) -> str:
    return capture.path.name.split(".")[0]


def run_set(
    captures: Iterator[Capture], truth: dict[str, str], extract: Callable[[Capture], str | None]
) -> list[PageResult]:
    """Extract and score every capture; `extract` returns the body text or None on failure."""
    results: list[PageResult] = []
    for capture in captures:
        started = time.perf_counter()
        text = extract(capture)
        seconds = time.perf_counter() - started
        score = score_document(truth[page_id(capture)], text or "")
        failure = None if text is not None else "failed"
        results.append(PageResult(page_id(capture), score, seconds, failure))
    return results


def ours(extractor: Extractor) -> Callable[[Capture], str | None]:
    def extract(capture: Capture) -> str | None:
        result = extractor(capture)
        return result.text if isinstance(result, Article) else None

    return extract


def trafilatura_or_none() -> Callable[[Capture], str | None] | None:
    """trafilatura's extract, when installed (comparison only, never required)."""
    try:
        import trafilatura  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def extract(capture: Capture) -> str | None:
        found: str | None = trafilatura.extract(capture.text)
        return found

    return extract


def summarise(label: str, results: list[PageResult]) -> float:
    """Print one line of scores and timings; return the F1."""
    corpus = score_corpus([r.score for r in results])
    ms = [r.seconds * 1000 for r in results]
    failed = sum(1 for r in results if r.failure)
    print(
        f"{label:<28} F1 {corpus.f1:.3f}  precision {corpus.precision:.3f}  "
        f"recall {corpus.recall:.3f}  median {statistics.median(ms):.1f} ms  "
        f"mean {statistics.mean(ms):.1f} ms  ({len(results)} pages, {failed} failed)"
    )
    return corpus.f1


def print_worst(results: list[PageResult], count: int) -> None:
    def f1(score: DocumentScore) -> float:
        return 2 * score.tp / (2 * score.tp + score.fp + score.fn) if score.tp else 0.0

    for result in sorted(results, key=lambda r: f1(r.score))[:count]:
        s = result.score
        print(f"  {result.name[:16]}  F1 {f1(s):.3f}  tp {s.tp:.2f} fp {s.fp:.2f} fn {s.fn:.2f}"
              f"  {result.failure or ''}")  # fmt: skip


def read_floors(path: Path) -> dict[str, float]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {key: float(value) for key, value in data.items()}


def gate(f1s: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Every F1 below its floor, as a message; empty when the gate passes."""
    problems = []
    for key, floor in sorted(floors.items()):
        if key not in f1s:
            problems.append(f"{key}: no measurement (floor {floor:.3f})")
        elif f1s[key] < floor:
            problems.append(f"{key}: {f1s[key]:.3f} is below the floor {floor:.3f}")
    return problems


def measure_extraction(worst: int = 0) -> dict[str, float]:
    """Score our extractor on articles-html and articles-text, print a line each
    (and the `worst` pages of each), and return {"html_f1": ..., "text_f1": ...}."""
    corpus = corpus_dir()
    truth = {k: v["articleBody"] for k, v in json.loads(
        (corpus / "articles-truth.json").read_text(encoding="utf-8")).items()}  # fmt: skip
    extractor, has_text = load_extractor()
    sets = [("html_f1", "articles-html", html_captures)]
    if has_text:
        sets.append(("text_f1", "articles-text", text_captures))
    else:
        print("articles-text: skipped (build_tools.extract.text is not importable yet)")
    f1s: dict[str, float] = {}
    for key, folder, captures in sets:
        results = run_set(captures(corpus / folder), truth, ours(extractor))
        f1s[key] = summarise(f"ours, {folder}", results)
        if worst:
            print_worst(results, worst)
    return f1s


def run_extraction(args: argparse.Namespace) -> int:
    measure_extraction(args.worst)
    other = trafilatura_or_none()
    if other is not None:
        corpus = corpus_dir()
        truth = {k: v["articleBody"] for k, v in json.loads(
            (corpus / "articles-truth.json").read_text(encoding="utf-8")).items()}  # fmt: skip
        summarise("trafilatura, articles-html", run_set(html_captures(corpus / "articles-html"), truth, other))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each set")
    parser.add_argument("--metadata", action="store_true", help="compare metadata on news-pages")
    args = parser.parse_args(argv)
    if args.metadata:
        from benchmarks.bench_metadata import run_metadata

        return run_metadata(corpus_dir() / "news-pages", load_extractor()[0])
    return run_extraction(args)


if __name__ == "__main__":
    sys.exit(main())
