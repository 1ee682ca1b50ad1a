"""How the build scales: 100, 1,000 and 10,000 generated captures, then one more.

For each size, a throw-away project (this repo's mkdocs.yml, hand-written docs/
and data/, plus generated captures) is built in three timed steps, each in its
own process so its peak memory can be read from the kernel (wait4 rusage, which
covers the step's own children: pipeline workers, the Pagefind binary):

    pipeline   python -m build_tools build --no-site   captures -> docs/archive/
    mkdocs     build_tools.site.build_site, no search  docs/ -> site/ (MkDocs, one process per core)
    search     build_tools.search.index_site           docs/archive/.search/ -> site/pagefind*/

The growth exponent between two sizes is the log-log slope of time against N
(1.0 = linear). Then the largest archive's pipeline step is timed again with
nothing changed, and once more after adding one capture (the incremental case
the cache and the render manifest are for). Last, the incremental site build:
the site is brought up to date once through `build_tools.site.build_site` (the
search step above leaves no bundle stamps, so every bundle is indexed again),
one more capture is added, and the pipeline and the site (MkDocs' dirty mode
and the changed search bundles) are timed.

    python benchmarks/bench_scale.py                 # 100, 1000, 10000
    python benchmarks/bench_scale.py --sizes 100 1000 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_captures import generate

REPO = Path(__file__).resolve().parents[1]
# The generated part of docs/ is rebuilt by the pipeline; copying it would skew the first run.
_GENERATED = ("archive", "index.md")
# Folders mkdocs.yml may point at (theme overrides, hooks), copied when they exist.
_OPTIONAL_DIRS = ("overrides", "hooks")


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step: wall-clock seconds and the peak resident memory of its process tree."""

    seconds: float
    peak_mb: float


@dataclass(frozen=True, slots=True)
class ScaleResult:
    n: int
    pipeline: Step
    mkdocs: Step
    search: Step
    site_mb: float
    search_index_mb: float


def make_project(root: Path, n: int, seed: int = 0) -> Path:
    """A project folder with this repo's settings and pages and `n` generated captures."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "data", root / "data", dirs_exist_ok=True)
    ignore = shutil.ignore_patterns(*_GENERATED)
    shutil.copytree(REPO / "docs", root / "docs", ignore=ignore, dirs_exist_ok=True)
    for optional in _OPTIONAL_DIRS:
        if (REPO / optional).is_dir():
            shutil.copytree(REPO / optional, root / optional, dirs_exist_ok=True)
    generate(n, root / "captures", seed)
    return root


def timed(command: list[str], cwd: Path) -> Step:
    """Run `command` to completion; fail loudly with its output if it fails."""
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        tail = output.decode("utf-8", "replace")[-3000:]
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}:\n{tail}")
    return Step(seconds, usage.ru_maxrss / 1024)  # Linux reports kilobytes


# The three steps: kept as plain command lines so they are easy to adapt when the CLI changes.
def pipeline_command(project: Path) -> list[str]:
    return [sys.executable, "-m", "build_tools", "build", "--no-site", "-q", "--project", str(project)]


def mkdocs_command(project: Path) -> list[str]:
    """MkDocs as `build` runs it from nothing (build_tools.site: split among processes on a large site)."""
    code = "import sys; from pathlib import Path; from build_tools.config import load_config; "
    code += "from build_tools.site import build_site; "
    code += "print(build_site(load_config(Path(sys.argv[1]))[0], search=False, incremental=False))"
    return [sys.executable, "-c", code, str(project)]


def site_command(project: Path) -> list[str]:
    """MkDocs and Pagefind as `python -m build_tools build` runs them (incremental when it can)."""
    code = "import sys; from pathlib import Path; from build_tools.config import load_config; "
    code += "from build_tools.site import build_site; "
    code += "print(build_site(load_config(Path(sys.argv[1]))[0]))"
    return [sys.executable, "-c", code, str(project)]


def search_command(project: Path) -> list[str]:
    """Pagefind as `build` runs it: over the search pages the pipeline wrote, into the site."""
    code = "import sys; from pathlib import Path; from build_tools.config import load_config; "
    code += "from build_tools.search import index_site; from build_tools.site import search_pages; "
    code += "project = Path(sys.argv[1]); pages = search_pages(load_config(project)[0]); "
    code += "print(index_site(project / 'site', pages_dir=pages, language='en'))"
    return [sys.executable, "-c", code, str(project)]


def measure(project: Path, n: int) -> ScaleResult:
    """Build the project at `project` once, step by step."""
    env_cwd = REPO  # build_tools is imported from the repo, not the throw-away project
    pipeline = timed(pipeline_command(project), env_cwd)
    mkdocs = timed(mkdocs_command(project), env_cwd)
    search = timed(search_command(project), env_cwd)
    return ScaleResult(n, pipeline, mkdocs, search, _megabytes(project / "site"), _search_megabytes(project / "site"))


def _megabytes(folder: Path) -> float:
    if not folder.is_dir():
        return 0.0
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def _search_megabytes(site: Path) -> float:
    """The search bundles: the main one and a large archive's shares (pagefind-articles-N)."""
    return sum(_megabytes(bundle) for bundle in site.glob("pagefind*") if bundle.is_dir())


def slope(small: ScaleResult, large: ScaleResult, seconds: float, more_seconds: float) -> float:
    """Log-log slope between two sizes: 1.0 means time grows linearly with N."""
    if seconds <= 0 or more_seconds <= 0:
        return float("nan")
    return math.log(more_seconds / seconds) / math.log(large.n / small.n)


def report(results: list[ScaleResult]) -> str:
    """A Markdown table of every size, then the growth exponents between neighbours."""
    lines = [
        "| N | pipeline s | mkdocs s | search s | peak MB (pipeline/mkdocs/search) | site MB | index MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        peaks = f"{r.pipeline.peak_mb:.0f}/{r.mkdocs.peak_mb:.0f}/{r.search.peak_mb:.0f}"
        lines.append(
            f"| {r.n} | {r.pipeline.seconds:.1f} | {r.mkdocs.seconds:.1f} | {r.search.seconds:.1f} "
            f"| {peaks} | {r.site_mb:.1f} | {r.search_index_mb:.1f} |"
        )
    for a, b in itertools.pairwise(results):
        exps = [slope(a, b, getattr(a, s).seconds, getattr(b, s).seconds) for s in ("pipeline", "mkdocs", "search")]
        size = slope(a, b, a.site_mb, b.site_mb)
        lines.append(
            f"\ngrowth {a.n}->{b.n}: pipeline {exps[0]:.2f}, mkdocs {exps[1]:.2f}, "
            f"search {exps[2]:.2f}, site size {size:.2f}"
        )
    return "\n".join(lines)


def incremental(project: Path, n: int, seed: int = 0) -> Step:
    """Add capture number `n` to a built archive of `n` and time the pipeline rebuild."""
    generate(1, project / "captures", seed, start=n)
    return timed(pipeline_command(project), REPO)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temp dir)")
    parser.add_argument("--generate-only", action="store_true", help="only make the projects")
    args = parser.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    results: list[ScaleResult] = []
    try:
        for n in sorted(args.sizes):
            project = make_project(base / f"n{n}", n, args.seed)
            if args.generate_only:
                continue
            results.append(measure(project, n))
            print(report(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
        if results:
            print(report(results))
            n = results[-1].n
            largest = base / f"n{n}"
            unchanged = timed(pipeline_command(largest), REPO)
            step = incremental(largest, n, args.seed)
            print(
                f"\nrebuild, nothing changed, on {n}: pipeline {unchanged.seconds:.1f} s, "
                f"peak {unchanged.peak_mb:.0f} MB"
                f"\nincremental: +1 capture on {n}: pipeline {step.seconds:.1f} s, peak {step.peak_mb:.0f} MB",
                flush=True,
            )
            whole = timed(site_command(largest), REPO)
            again = incremental(largest, n + 1, args.seed)
            site = timed(site_command(largest), REPO)
            print(
                f"site brought up to date (every search bundle indexed again): {whole.seconds:.1f} s, "
                f"peak {whole.peak_mb:.0f} MB"
                f"\nincremental: +1 more capture: pipeline {again.seconds:.1f} s, site (MkDocs dirty + "
                f"changed search bundles) {site.seconds:.1f} s, peak {site.peak_mb:.0f} MB; "
                f"end to end {again.seconds + site.seconds:.1f} s"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
