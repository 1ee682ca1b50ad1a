"""The command line: `python -m build_tools COMMAND` (or the `news-archive` script).

Each command parses its options, loads the config, calls one function and maps
errors to exit codes: 0 success, 1 an expected failure (a capture that did not
build, an invalid data file), 2 a usage error.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from build_tools.config import ArchiveConfig, load_config
from build_tools.errors import ArchiveError, ConfigError
from build_tools.model import Article, Failure
from build_tools.progress import Progress

if TYPE_CHECKING:
    from build_tools.pipeline import BuildResult

F = TypeVar("F", bound=Callable[..., Any])


def project_options(function: F) -> F:
    """--project, --strict, -v/-q: shared by every command that reads the archive."""
    function = click.option(
        "--project",
        type=click.Path(file_okay=False, exists=True, path_type=Path),
        default=Path("."),
        show_default=True,
        help="The project folder (holding mkdocs.yml, captures/ and data/).",
    )(function)
    function = click.option("--strict", is_flag=True, help="Treat warnings as failures.")(function)
    function = click.option("-v", "--verbose", count=True, help="More log output.")(function)
    function = click.option("-q", "--quiet", is_flag=True, help="No progress output.")(function)
    return function


def _load(project: Path, strict: bool, verbose: int, quiet: bool) -> tuple[ArchiveConfig, Progress, list[str]]:
    logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    try:
        config, warnings = load_config(project.resolve(), strict=strict)
    except ConfigError as error:
        _fail(error)
    return config, Progress(enabled=not quiet), warnings


def _fail(error: ArchiveError) -> Any:
    problems = error.problems if isinstance(error, ConfigError) else (str(error),)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Build and curate the news archive.

    \b
    Example:
      python -m build_tools build        # captures/ -> docs/archive/ -> site/
    """


@main.command()
@project_options
@click.option("--no-site", is_flag=True, help="Write the Markdown only; do not run MkDocs.")
@click.option("--no-cache", is_flag=True, help="Rebuild everything (captures and site), ignoring the cache.")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), help="Where to write the site.")
def build(
    project: Path, strict: bool, verbose: int, quiet: bool, no_site: bool, no_cache: bool, site_dir: Path | None
) -> None:
    """Build the archive: captures -> Markdown under docs/ -> site/.

    \b
    Example:
      python -m build_tools build
      python -m build_tools build --no-site      # Markdown only, for `mkdocs serve`
    """
    from build_tools.pipeline import run
    from build_tools.site import build_site
    from build_tools.summary import summarise

    config, progress, warnings = _load(project, strict, verbose, quiet)
    try:
        result = run(config, progress, use_cache=not no_cache)
        site = None
        if not no_site:
            gc.collect()  # the archive's objects go before MkDocs fills the same memory
            site = build_site(config, site_dir, progress=progress, incremental=not no_cache)
    except ArchiveError as error:
        _fail(error)
    _finish(summarise(result, warnings, site), result, warnings, config)


@main.command()
@project_options
def check(project: Path, strict: bool, verbose: int, quiet: bool) -> None:
    """Validate settings, the entity registry and every capture, without building.

    \b
    Example:
      python -m build_tools check --strict
    """
    from build_tools.pipeline import analyse
    from build_tools.summary import summarise

    config, progress, warnings = _load(project, strict, verbose, quiet)
    try:
        result = analyse(config, progress)
    except ArchiveError as error:
        _fail(error)
    _finish(summarise(result, warnings, None, checking=True), result, warnings, config)


def _finish(summary: str, result: BuildResult, warnings: list[str], config: ArchiveConfig) -> None:
    # Python ends with a last pass of its cycle collector over every live object:
    # over an archive of 10,000 annotated articles that pass took 7 s. Frozen
    # objects are left out of it; the process is ending, so nothing is lost.
    gc.freeze()
    for warning in [*warnings, *result.warnings]:
        click.echo(f"warning: {warning}", err=True)
    for failure in result.failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(summary)
    if result.failures or (config.strict and result.warnings):
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
def extract(paths: tuple[Path, ...], quiet: bool) -> None:
    """Extract articles from capture files; print one JSON object per line per article.

    PATHS are capture files or folders of them (searched like captures/).
    Fields: source, record, url (the page's address, or null), title, published
    (YYYY-MM-DD or null), published_method, section, byline, agency, dateline,
    caption, credit, format, encoding, text (body paragraphs separated by blank
    lines). Failures go to stderr.

    \b
    Example:
      python -m build_tools extract captures/000_c3f07487757a6e66.txt
      python -m build_tools extract captures/ > articles.jsonl
    """
    from build_tools.extract import extract_article
    from build_tools.ingest import find_capture_files, ingest_file

    failures = built = 0
    files = [found for path in paths for found in (find_capture_files(path) if path.is_dir() else [path])]
    for path in files:
        for item in ingest_file(path, Path.cwd(), max_bytes=ArchiveConfig().max_capture_bytes):
            result = item if isinstance(item, Failure) else extract_article(item)
            if isinstance(result, Failure):
                failures += 1
                click.echo(f"failed: {result}", err=True)
                continue
            built += 1
            click.echo(json.dumps(article_json(result), ensure_ascii=False))
    if not quiet:
        click.echo(f"extract: {built} article(s), {failures} failure(s)", err=True)
    sys.exit(1 if failures else 0)


def article_json(article: Article) -> dict[str, Any]:
    """The `extract` command's JSON object for one article."""
    published = article.published
    image = article.image
    return {
        "source": str(article.capture.path),
        "record": article.capture.record_index,
        "url": article.capture.source_url or article.canonical_url,
        "title": article.title,
        "published": published.value.isoformat() if published else None,
        "published_method": published.method.value if published else None,
        "section": article.section,
        "byline": ", ".join(article.authors) or None,
        "agency": article.agency,
        "dateline": article.dateline,
        "caption": image.caption if image else None,
        "credit": image.credit if image else None,
        "format": article.capture.format.value,
        "encoding": article.capture.encoding,
        "text": article.text,
    }


def _json_lines(lines: Iterable[str]) -> Iterable[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise click.UsageError(f"line {number} of the input is not JSON ({error.msg})") from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise click.UsageError(f'line {number} of the input needs an object with a "text" string')
        yield record


def _read_text_file(path: Path) -> str:
    """A file's text with its exact characters (no newline translation), so offsets match it."""
    from build_tools.ingest.encoding import decode

    return decode(path.read_bytes()).text


def _parse_anchor(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise click.UsageError(f'{where}: anchor must be a date as YYYY-MM-DD (got "{value}")') from None


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=False, path_type=Path))
@click.option("--anchor", metavar="YYYY-MM-DD", help="The publication date relative expressions are read against.")
@click.option("--jsonl", is_flag=True, help='FILE holds lines of {"id", "text", "anchor"}; write {"id", "dates"}.')
def dates(file: Path, anchor: str | None, jsonl: bool) -> None:
    """Find and normalise the time expressions in a text file.

    Prints one JSON object per line per expression: start, end (character
    offsets into the file's text), text, type (DATE, TIME, DURATION, SET),
    value (TIMEX3, '' when it cannot be placed) and warning. Without --anchor,
    relative expressions ("last week") get no value.

    \b
    Example:
      python -m build_tools dates --anchor 2025-06-10 article.txt
      python -m build_tools dates --jsonl documents.jsonl
    """
    from build_tools.timeline.tagger import tag

    text = _read_text_file(file)
    if not jsonl:
        found = tag(text, _parse_anchor(anchor, "--anchor"))
        for timex in found:
            click.echo(json.dumps(_timex_json(timex), ensure_ascii=False))
        click.echo(f"dates: {len(found)} expression(s) in {file}, {_unplaced(found)} without a value", err=True)
        return
    total = records = 0
    for number, record in enumerate(_json_lines(text.splitlines()), start=1):
        record_anchor = _parse_anchor(record.get("anchor", anchor), f"line {number}")
        dated = [_timex_json(timex) for timex in tag(record["text"], record_anchor)]
        click.echo(json.dumps({"id": record.get("id"), "dates": dated}, ensure_ascii=False))
        total, records = total + len(dated), records + 1
    click.echo(f"dates: {total} expression(s) in {records} record(s) of {file}", err=True)


def _unplaced(found: Sequence[Any]) -> int:
    return sum(1 for timex in found if not timex.value)


def _timex_json(timex: Any) -> dict[str, Any]:
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type.value,
        "value": timex.value,
        "warning": timex.warning,
    }


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--jsonl", is_flag=True, help='FILE holds lines of {"id", "text"}; write {"id", "entities"} per line.')
@click.option(
    "--registry",
    "registry_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/entities.yml"),
    show_default=True,
    help="The entity registry; registered names win over the recogniser.",
)
@click.option("--no-registry", is_flag=True, help="Use the recogniser alone (as for a new, uncurated archive).")
def entities(file: Path, jsonl: bool, registry_path: Path, no_registry: bool) -> None:
    """Find the entities in a text file: one JSON object per line per entity.

    Fields: start, end (character offsets into the file's text), text, type
    (person, organization, place, event, group), name (the entity's name: "United
    States" for the text "the United States") and id when the entity is
    registered.

    \b
    Example:
      python -m build_tools entities article.txt
      python -m build_tools entities --jsonl documents.jsonl
    """
    from build_tools.entities.registry import load_registry
    from build_tools.entities.suggest import entities_in_text

    try:
        registry = None if no_registry else load_registry(registry_path)
    except ConfigError as error:
        _fail(error)
    text = _read_text_file(file)
    if not jsonl:
        names = entities_in_text(text, registry)
        for found in names:
            click.echo(json.dumps(found, ensure_ascii=False))
        registered = sum(1 for found in names if found.get("id"))
        click.echo(f"entities: {len(names)} mention(s) in {file}, {registered} of registered entities", err=True)
        return
    total = records = 0
    for record in _json_lines(text.splitlines()):
        entities = entities_in_text(record["text"], registry)
        click.echo(json.dumps({"id": record.get("id"), "entities": entities}, ensure_ascii=False))
        total, records = total + len(entities), records + 1
    click.echo(f"entities: {total} mention(s) in {records} record(s) of {file}", err=True)


@main.command()
@project_options
@click.option("--yaml", "as_yaml", is_flag=True, help="Print a YAML block ready to review and paste into the registry.")
@click.option("--min-articles", default=1, show_default=True, help="Only names found in at least this many articles.")
@click.option("--limit", default=50, show_default=True, help="At most this many names.")
def suggest(
    project: Path, strict: bool, verbose: int, quiet: bool, as_yaml: bool, min_articles: int, limit: int
) -> None:
    """List names found across the archive that are not in the registry yet.

    Shows each name with its count, number of articles, guessed type and an
    example sentence, most widespread first.

    \b
    Example:
      python -m build_tools suggest
      python -m build_tools suggest --yaml --min-articles 2 > proposals.yml
    """
    from build_tools.entities.registry import load_registry
    from build_tools.entities.suggest import suggest as suggest_names
    from build_tools.entities.suggest import suggestions_yaml
    from build_tools.pipeline import analyse

    config, progress, _ = _load(project, strict, verbose, quiet)
    try:
        result = analyse(config, progress)
        registry = load_registry(config.path(config.entities_file))
    except ArchiveError as error:
        _fail(error)
    found = [
        s
        for s in suggest_names((item.article for item in result.articles), registry)
        if s.article_count >= min_articles
    ]
    found = found[:limit]
    if as_yaml:
        click.echo(suggestions_yaml(found), nl=False)
    else:
        for item in found:
            example = item.examples[0] if item.examples else ""
            click.echo(
                f"{item.name}\t{item.type.value}\t{item.count} mention(s) in {item.article_count} article(s)\t{example}"
            )
    click.echo(f"suggest: {len(found)} unregistered name(s) from {len(result.articles)} article(s)", err=True)
