"""The cut of code-only elements before parsing reads each element up to its first
closing tag, exactly as the plain lazy pattern `.*?</tag>` it replaces."""

from __future__ import annotations

import re

import pytest

from build_tools.extract.html_tree import _CODE_ELEMENTS

LAZY = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>"
    r"|<(style|svg|select|iframe|template|noscript|button|textarea|object|nav|footer|aside)\b[^>]*>.*?</\1\s*>"
    r"|<!--.*?-->",
    re.S | re.I,
)

PAGES = (
    "<p>a</p><script>if (a < b && c<d) { x = '</scr' + 'ipt>'; }</script><p>b</p>",
    '<script type="application/ld+json">{"headline": "kept"}</script><p>text</p>',
    "<SCRIPT src=x.js></SCRIPT ><p>upper case</p><Style>p{}</STYLE>",
    "<nav><a>one</a><navigation>not the end</navigation></nav><p>after</p>",
    "<svg><svg><path/></svg>rest of the outer</svg><p>tail</p>",
    "<aside>unclosed aside <p>then text",
    "<script>never closed <p>text",
    "<footer>a</footer\n><!-- a --- comment ---><p>x</p><button>b</button>",
    "",
)


@pytest.mark.parametrize("page", PAGES)
def test_code_elements_cut_as_the_lazy_pattern_cuts(page: str) -> None:
    assert _CODE_ELEMENTS.sub(" ", page) == LAZY.sub(" ", page)


def test_the_cut_keeps_text_and_json_ld() -> None:
    assert _CODE_ELEMENTS.sub(" ", PAGES[0]) == "<p>a</p> <p>b</p>"
    assert "kept" in _CODE_ELEMENTS.sub(" ", PAGES[1])
