"""The benchmark capture generator: deterministic, mixed formats, realistic furniture."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from warcio.archiveiterator import ArchiveIterator

_MODULE_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "generate_captures.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """benchmarks/ is not a package: load the script as a module."""
    spec = importlib.util.spec_from_file_location("generate_captures", _MODULE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_captures"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def captures(generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    paths: list[Path] = generator.generate(60, tmp_path_factory.mktemp("captures"), seed=3)
    return paths


def test_same_seed_gives_identical_bytes(generator: ModuleType, tmp_path: Path) -> None:
    first = generator.generate(20, tmp_path / "a", seed=1)
    second = generator.generate(20, tmp_path / "b", seed=1)
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))


def test_other_seed_gives_other_captures(generator: ModuleType, tmp_path: Path) -> None:
    first = generator.generate(5, tmp_path / "a", seed=1)
    second = generator.generate(5, tmp_path / "b", seed=2)
    assert {p.name for p in first}.isdisjoint({p.name for p in second})


def test_start_continues_the_same_sequence(generator: ModuleType, tmp_path: Path) -> None:
    whole = generator.generate(6, tmp_path / "whole", seed=0)
    tail = generator.generate(2, tmp_path / "tail", seed=0, start=4)
    assert [p.read_bytes() for p in whole[4:]] == [p.read_bytes() for p in tail]


def test_formats_are_mixed(captures: list[Path]) -> None:
    kinds = {p.name.split(".", 1)[1] for p in captures}
    assert kinds == {"txt", "html", "warc.gz"}


def test_text_capture_has_page_furniture(captures: list[Path]) -> None:
    text = next(p for p in captures if p.suffix == ".txt").read_text(encoding="utf-8")
    assert "Advertisement" in text
    assert re.search(r"^[A-Z ]+: \S", text, re.MULTILINE), "dateline 'CITY: ...' expected"
    assert re.search(r"^Source: \w+/\w+$", text, re.MULTILINE)
    assert 200 <= len(text.split()) <= 1700


def test_html_captures_declare_their_date_in_metadata(captures: list[Path]) -> None:
    pages = [p.read_text(encoding="utf-8") for p in captures if p.suffix == ".html"]
    styles = set()
    for page in pages:
        assert 'property="og:title"' in page and "<article>" in page and "<footer>" in page
        found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
        if found:
            data = json.loads(found.group(1))
            assert data["@type"] == "NewsArticle" and re.match(r"\d{4}-\d\d-\d\d", data["datePublished"])
            styles.add("json-ld")
        else:
            assert re.search(r'property="article:published_time" content="\d{4}-\d\d-\d\dT', page)
            styles.add("meta")
    assert styles == {"json-ld", "meta"}, "both ways of declaring the date should occur"


def test_warc_capture_holds_html_responses(captures: list[Path]) -> None:
    warc = next(p for p in captures if p.name.endswith(".warc.gz"))
    seen = []
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                headers = record.rec_headers
                body = record.content_stream().read()
                seen.append(
                    (
                        headers.get_header("WARC-Target-URI"),
                        headers.get_header("WARC-Date"),
                    )
                )
                assert b"<article>" in body
    assert 1 <= len(seen) <= 3
    assert all(uri.startswith("https://") and when for uri, when in seen)


def test_cli_rejects_zero(generator: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        generator.main(["0", str(tmp_path)])
    assert raised.value.code == 2
