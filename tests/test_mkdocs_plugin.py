"""The `archive` MkDocs plugin: marked HTML blocks skip Markdown and come back intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from build_tools.render.html import RAW_CLOSE, RAW_OPEN, raw_block

MKDOCS_YML = "site_name: Plugin test\nplugins: [archive]\nuse_directory_urls: true\n"


def _build(tmp_path: Path, markdown: str) -> str:
    (tmp_path / "docs").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text(markdown, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    build(load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    return (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_marked_html_is_not_read_as_markdown_and_placeholders_never_leak(tmp_path: Path) -> None:
    block = '<p id="p1">*not emphasis* [not](a-link) &lt;b&gt;</p>\n<ul>\n<li>one</li>\n</ul>'
    page = _build(tmp_path, f"# Title\n\n*emphasis*\n\n{raw_block(block)}\n\nAfter.\n\n{raw_block('<p>two</p>')}\n")
    assert block in page and "<p>two</p>" in page
    assert "<em>emphasis</em>" in page and "<em>not emphasis</em>" not in page
    assert "archiveraw" not in page and "archive:raw" not in page
    assert page.index("<em>emphasis</em>") < page.index(block) < page.index("After.") < page.index("<p>two</p>")


def test_unmarked_html_still_goes_through_markdown(tmp_path: Path) -> None:
    page = _build(tmp_path, "# Title\n\nPlain *text*.\n")
    assert "Plain <em>text</em>." in page


def test_empty_fragment_gives_no_block() -> None:
    assert raw_block("") == ""


def test_a_page_of_marked_blocks_only_renders_as_markdown_would(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Such a page skips Markdown (build_tools/mkdocs_plugin.py): same page, two blocks in order."""
    import build_tools.mkdocs_plugin as plugin

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # MkDocs dates each page with the build
    markdown = f"---\ntitle: Blocks\n---\n\n{raw_block('<h1>One</h1>')}\n\n{raw_block('<p>two</p>')}\n"
    skipped = _build(tmp_path / "skipped", markdown)
    monkeypatch.setattr(plugin, "SKIP_MARKDOWN", False)
    converted = _build(tmp_path / "converted", markdown)
    assert skipped == converted
    assert "<h1>One</h1>\n<p>two</p>" in skipped and "archiveraw" not in skipped


@pytest.mark.parametrize(
    "markdown",
    [
        "no blocks at all",
        "# T\n\n" + raw_block("<p>a</p>") + "\n\ntext\n\n" + raw_block("<ul>\n<li>b</li>\n</ul>") + "\n",
        f"{RAW_OPEN}\n\n{RAW_CLOSE}",  # an empty block
        f"{RAW_OPEN}\n<p>never closed</p>\n",
        f"{RAW_OPEN}\n<p>x</p>\n{RAW_CLOSE}{RAW_OPEN}\n<p>y</p>\n{RAW_CLOSE} tail",
        f"{RAW_OPEN}\n{RAW_CLOSE}\n{RAW_OPEN}\n<p>z</p>\n{RAW_CLOSE}",  # no newline pair: up to the next close
    ],
)
def test_blocks_are_lifted_as_the_marker_pattern_reads_them(markdown: str) -> None:
    """`_lift` finds blocks with str.find; it reads them as the pattern of the markers does."""
    from build_tools.mkdocs_plugin import _lift

    pattern = re.compile(re.escape(RAW_OPEN) + r"\n(.*?)\n" + re.escape(RAW_CLOSE), re.S)
    blocks: list[str] = []

    def lift(match: re.Match[str]) -> str:
        blocks.append(match.group(1))
        return f"\n\nTOKEN{len(blocks) - 1}\n\n"

    assert _lift(markdown, "TOKEN") == (pattern.sub(lift, markdown), blocks)
