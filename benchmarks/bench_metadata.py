"""Metadata smoke run over ../shared/corpus/news-pages: titles and dates vs a loose reference.

The reference (`pages.tsv`: what trafilatura found) is not ground truth, so
this prints counts and lists every disagreement for a person to judge rather
than scoring. Run through `python benchmarks/bench_extraction.py --metadata`.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from build_tools.model import Article, Capture, CaptureFormat, Failure

_WORD = re.compile(r"\w+")


def _same_title(ours: str, theirs: str) -> bool:
    """Titles agree when their words agree, ignoring case and punctuation."""
    return _WORD.findall(ours.casefold()) == _WORD.findall(theirs.casefold())


def run_metadata(folder: Path, extract: Callable[[Capture], Article | Failure]) -> int:
    """Print agreement counts and disagreements; always returns 0 (a report, not a gate)."""
    with (folder / "pages.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts = {"pages": 0, "failed": 0, "title agrees": 0, "date agrees": 0, "date missing": 0}
    for row in rows:
        text = gzip.decompress((folder / row["file"]).read_bytes()).decode("utf-8", "replace")
        capture = Capture(
            path=PurePosixPath(row["file"]), sha256="", format=CaptureFormat.HTML,
            encoding="utf-8", encoding_evidence="benchmark", text=text, size=len(text),
            source_url=row["url"] or None,
        )  # fmt: skip
        counts["pages"] += 1
        result = extract(capture)
        if isinstance(result, Failure):
            counts["failed"] += 1
            print(f"FAILED  {row['file']}: {result.message}")
            continue
        _compare(row, result, counts)
    print(", ".join(f"{key}: {value}" for key, value in counts.items()))
    return 0


def _compare(row: dict[str, str], article: Article, counts: dict[str, int]) -> None:
    name = row["file"]
    if _same_title(article.title, row["traf_title"]):
        counts["title agrees"] += 1
    else:
        print(f"TITLE   {name}: ours {article.title!r} / reference {row['traf_title']!r}")
    ours = article.published.value.isoformat() if article.published else ""
    if not ours:
        counts["date missing"] += 1
    if ours == row["traf_date"]:
        counts["date agrees"] += 1
    else:
        how = "; ".join(article.published.evidence) if article.published else "no date found"
        print(f"DATE    {name}: ours {ours or '-'} ({how}) / reference {row['traf_date'] or '-'}")
    if len(article.text) < 0.5 * int(row["traf_text_chars"] or 0):
        print(f"SHORT   {name}: {len(article.text)} characters / reference {row['traf_text_chars']}")
