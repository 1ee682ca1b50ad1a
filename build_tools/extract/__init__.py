"""Extract stage: Capture -> Article (clean body text and metadata).

One module per capture kind: `text` for pages copied as text, `html` for saved
HTML and WARC records. Both raise `CaptureError` for a capture that holds no
article; `extract_article` turns that into a `Failure` with the reason.
"""

from __future__ import annotations

from build_tools.errors import CaptureError
from build_tools.extract.html import extract_html_capture
from build_tools.extract.text import extract_text_capture
from build_tools.model import Article, Capture, CaptureFormat, Failure


def extract_article(capture: Capture) -> Article | Failure:
    """Turn one capture into an Article, or a Failure saying why it is not one.

    Args:
        capture: a decoded capture from the ingest stage.
    Returns:
        The Article, or a Failure naming the file, the stage and the cause.
    """
    try:
        if capture.format is CaptureFormat.TEXT:
            return extract_text_capture(capture)
        return extract_html_capture(capture)
    except CaptureError as error:
        return Failure(capture.path, error.stage, error.message, line=error.line, record_index=capture.record_index)
