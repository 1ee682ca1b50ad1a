"""The closing summary of `build` and `check`: every capture accounted for."""

from __future__ import annotations

from build_tools.pipeline import BuildResult
from build_tools.site import SiteReport


def summarise(result: BuildResult, warnings: list[str], site: SiteReport | None, *, checking: bool = False) -> str:
    """One short paragraph: files, articles built, failures, warnings, pages written, site."""
    failed_files = len({failure.path for failure in result.failures})
    verb = "checked" if checking else "built"
    lines = [
        f"{result.capture_files} capture file(s): {result.article_count} article(s) {verb}, "
        f"{len(result.failures)} failure(s) in {failed_files} file(s), "
        f"{len(warnings) + len(result.warnings)} warning(s); {result.cache_hits} from the cache."
    ]
    if result.written is not None:
        written = result.written
        lines.append(
            f"Markdown: {written.written} file(s) written, {written.unchanged} unchanged, {written.removed} removed"
            + (f"; {written.reused} not rendered (inputs unchanged)." if written.reused else ".")
        )
    if site is not None:
        rebuilt = f"; {site.pages_built} page(s) rebuilt, the others unchanged" if site.incremental else ""
        lines.append(f"Site: {site.html_pages} HTML page(s) in {site.site_dir} ({site.seconds:.1f} s{rebuilt}).")
        if site.search is not None:
            search = site.search
            lines.append(
                f"Search: {search.pages} page(s) indexed"
                + (f" in {search.bundles} bundles" if search.bundles > 1 else "")
                + (f" ({search.reused} unchanged)" if search.reused else "")
                + f", {search.words} word(s), "
                f"{search.total_bytes / 1e6:.1f} MB in {search.files} file(s) ({search.seconds:.1f} s)."
            )
    if result.failures:
        lines.append("Failed captures are listed above with the reason; the other captures were built.")
    return "\n".join(lines)
