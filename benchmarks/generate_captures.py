"""Make realistic, deterministic news captures for scale benchmarks and browser tests.

The real archive grows by hand, one capture at a time; to see how the build
behaves at 10,000 articles we need that many pages that look like the real
ones: copied-page text with menus and "Advertisement" lines (like
`../shared/seed/000_c3f07487757a6e66.txt`), saved HTML with JSON-LD and page
furniture, and WARC files. The prose is template news English over a fixed
pool of invented people and organisations plus real places, with the date
expressions the timeline must read ("on Tuesday (Jun 10)", "last week").

Each capture depends only on (seed, index), so `generate(100)` is a prefix of
`generate(1000)` and adding one capture to an archive is `generate` of N+1.

Usage: python benchmarks/generate_captures.py 1000 /tmp/captures [--seed 0]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import io
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Share of each format, cumulative: ~60% text, ~30% HTML, ~10% WARC.
_TEXT_SHARE = 0.6
_HTML_SHARE = 0.9
_MIN_WORDS, _MAX_WORDS = 200, 1500
_FIRST_YEAR, _LAST_YEAR = 2015, 2025


def _words(text: str) -> tuple[str, ...]:
    """Keep long word pools readable: one string per pool, split on spaces."""
    return tuple(text.split())


_FIRST = _words(
    "Amara Daniel Elena Farid Grace Hana Ivan Jonas Keiko Liam Mira Nadia Omar Priya "
    "Rafael Sofia Tomas Ulla Victor Wen Yara Zoltan Anika Bruno Carmen Dmitri Esther "
    "Felix Ingrid Kwame Leila Marco Noor Oskar Paulo Rina Samir Talia Yusuf"
)
_LAST = _words(
    "Abara Brennan Castell Dorsey Ekwueme Falkner Gadsden Halvorsen Ishikawa Jankowski "
    "Kaldera Lindqvist Moravec Nakashima Okonjo Petrakis Quintana Rasmussen Sandoval "
    "Tiwari Ulbricht Varga Whitlock Xiong Yilmaz Zamora Arkwright Bellamy Cortez Delacroix "
    "Esposito Ferreira Gunawardena Hollis Ibarra Jorgensen Kovacs Lachance Mbeki Novak"
)
_TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Chief Executive",
    "Professor",
    "General",
    "Ambassador",
    "Chief Economist",
    "Health Minister",
    "Opposition leader",
    "Central bank governor",
)
_ORG_HEADS = (
    "Northbridge",
    "Meridian",
    "Halcyon",
    "Ashford",
    "Crescent",
    "Silverline",
    "Bluewater",
    "Kestrel",
    "Orion",
    "Granite",
    "Lakeshore",
    "Harbourview",
    "Redfield",
    "Summit",
    "Tidewater",
)
_ORG_TAILS = (
    "Capital",
    "Institute",
    "Energy",
    "Holdings",
    "Foundation",
    "Airlines",
    "Bank",
    "Pharmaceuticals",
    "Motors",
    "Telecom",
    "Party",
    "Alliance",
    "Shipping",
    "Labs",
)
_PLACES = (
    ("Tokyo", "Japan"),
    ("Seoul", "South Korea"),
    ("Gyeongju", "South Korea"),
    ("Beijing", "China"),
    ("Shanghai", "China"),
    ("Singapore", "Singapore"),
    ("Jakarta", "Indonesia"),
    ("Manila", "Philippines"),
    ("Hanoi", "Vietnam"),
    ("New Delhi", "India"),
    ("Mumbai", "India"),
    ("Canberra", "Australia"),
    ("Sydney", "Australia"),
    ("Wellington", "New Zealand"),
    ("Washington", "United States"),
    ("New York", "United States"),
    ("Ottawa", "Canada"),
    ("Mexico City", "Mexico"),
    ("Brasilia", "Brazil"),
    ("Buenos Aires", "Argentina"),
    ("London", "Britain"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Madrid", "Spain"),
    ("Rome", "Italy"),
    ("Warsaw", "Poland"),
    ("Kyiv", "Ukraine"),
    ("Ankara", "Turkey"),
    ("Cairo", "Egypt"),
    ("Nairobi", "Kenya"),
    ("Lagos", "Nigeria"),
    ("Johannesburg", "South Africa"),
    ("Riyadh", "Saudi Arabia"),
    ("Tehran", "Iran"),
    ("Geneva", "Switzerland"),
    ("Brussels", "Belgium"),
    ("Stockholm", "Sweden"),
    ("Bangkok", "Thailand"),
    ("Kuala Lumpur", "Malaysia"),
    ("Dhaka", "Bangladesh"),
)
_AGENCIES = ("AFP", "Reuters", "AP", "Bernama", "Kyodo", "Yonhap", "dpa", "ANSA")
_SECTIONS = {
    "Asia": ("trade talks", "a regional security pact", "the disputed maritime border"),
    "World": ("a ceasefire proposal", "the refugee crisis", "new sanctions"),
    "Business": ("quarterly earnings", "a proposed merger", "rising interest rates"),
    "Politics": ("the budget bill", "electoral reform", "a no-confidence vote"),
    "Science": ("a new climate study", "the lunar mission", "a vaccine trial"),
    "Technology": (
        "chip export controls",
        "a data-privacy law",
        "the satellite network",
    ),
    "Health": ("hospital waiting lists", "a measles outbreak", "drug pricing"),
    "Environment": ("the flood defences", "coal plant closures", "a drought emergency"),
}
_ACTIONS = (
    "urged {org} to do more on {topic}",
    "met officials from {org} to discuss {topic}",
    "warned that {topic} could hurt growth",
    "announced new measures on {topic}",
    "rejected criticism from {org} over {topic}",
    "signed an agreement with {org} on {topic}",
    "called for an inquiry into {topic}",
    "said {org} had agreed to review {topic}",
)
_QUOTES = (
    "We will not accept any delay on this",
    "This is a turning point for the region",
    "The figures speak for themselves",
    "Nobody wants to see this escalate further",
    "Our priority is the safety of ordinary people",
    "There is still a lot of work to do",
    "We expect a decision within weeks",
    "It is too early to draw conclusions",
)
_BACKGROUND = (
    "{place} has long been a key partner of {org}.",
    "Analysts said the move would be closely watched in {country}.",
    "The dispute has strained ties between {country} and its neighbours for years.",
    "Markets in {place} were little changed after the announcement.",
    "{org} did not immediately respond to a request for comment.",
    "Critics say the plan does too little, too late.",
    "The issue is expected to dominate the agenda in {place}.",
)
_NAV = ("Skip to main content", "Menu", "Search", "Subscribe", "Sign in", "Latest News")
_MONTH_ABBR = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


@dataclass(frozen=True, slots=True)
class Person:
    """A pool person: the title is written before the name on first mention."""

    name: str
    title: str
    country: str


@dataclass(frozen=True, slots=True)
class Story:
    """Everything a capture shows, before it is laid out as text, HTML or WARC."""

    headline: str
    section: str
    agency: str
    author: str
    published: date
    dateline: str
    caption: str
    paragraphs: tuple[str, ...]
    slug: str
    layout: int = 0
    """0..99, picks page variants (byline line, time line, JSON-LD or meta tags) so that
    pages differ the way real sites do."""


def _build_pools() -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """A fixed pool of ~300 people and ~100 organisations, shared by every seed.

    Fixed so that the same names recur across articles, as real entities do.
    """
    rng = random.Random("entity-pool")
    names = sorted({f"{f} {last}" for f in _FIRST for last in _LAST})
    rng.shuffle(names)
    people = tuple(Person(name, rng.choice(_TITLES), rng.choice(_PLACES)[1]) for name in names[:300])
    orgs = sorted({f"{h} {t}" for h in _ORG_HEADS for t in _ORG_TAILS})
    rng.shuffle(orgs)
    return people, tuple(orgs[:100])


PEOPLE, ORGANISATIONS = _build_pools()


def _weekday_phrase(rng: random.Random, published: date) -> str:
    """A date expression anchored on the publication date, in the styles the timeline reads."""
    day = published - timedelta(days=rng.randint(0, 6))
    weekday = day.strftime("%A")
    choices = (
        f"on {weekday} ({_MONTH_ABBR[day.month - 1]} {day.day})",
        f"on {weekday}",
        "last week",
        f"in {rng.choice(_month_names())} of this year",
        _absolute_date(rng, published),
        "earlier this month",
        "next month",
        f"in {published.year - rng.randint(1, 9)}",
    )
    return rng.choice(choices)


def _absolute_date(rng: random.Random, published: date) -> str:
    """A full date some months or years before publication: "March 3, 2019"."""
    earlier = published - timedelta(days=rng.randint(30, 2000))
    return f"{earlier:%B} {earlier.day}, {earlier.year}"


def _month_names() -> tuple[str, ...]:
    return tuple(date(2000, m, 1).strftime("%B") for m in range(1, 13))


def _sentence(
    rng: random.Random,
    topic: str,
    people: list[Person],
    published: date,
    seen: set[Person],
) -> str:
    """One sentence of news prose; the first mention of a person carries the title."""
    person = rng.choice(people)
    named = f"{person.title} {person.name}" if person not in seen else person.name
    seen.add(person)
    org = rng.choice(ORGANISATIONS)
    place, country = rng.choice(_PLACES)
    kind = rng.random()
    if kind < 0.45:
        action = rng.choice(_ACTIONS).format(org=org, topic=topic)
        when = _weekday_phrase(rng, published)
        return f"{named} {action} {when}, officials in {place} said."
    if kind < 0.7:
        surname = person.name.split()[-1]
        return f'"{rng.choice(_QUOTES)}," {surname} told reporters in {place}.'
    return rng.choice(_BACKGROUND).format(place=place, org=org, country=country)


def _paragraphs(rng: random.Random, topic: str, target_words: int, published: date) -> tuple[str, ...]:
    """Paragraphs of one to three sentences until the target length is reached."""
    cast = rng.sample(PEOPLE, k=rng.randint(2, 6))
    seen: set[Person] = set()
    paras: list[str] = []
    words = 0
    while words < target_words:
        count = rng.randint(1, 3)
        para = " ".join(_sentence(rng, topic, cast, published, seen) for _ in range(count))
        paras.append(para)
        words += len(para.split())
    return tuple(paras)


def _make_story(rng: random.Random, index: int) -> Story:
    """Draw the content of capture number `index`."""
    section = rng.choice(sorted(_SECTIONS))
    topic = rng.choice(_SECTIONS[section])
    published = date(_FIRST_YEAR, 1, 1) + timedelta(
        days=rng.randint(0, (date(_LAST_YEAR, 12, 31) - date(_FIRST_YEAR, 1, 1)).days)
    )
    lead = rng.choice(PEOPLE)
    place, _country = rng.choice(_PLACES)
    headline = (
        f"{lead.name.split()[-1]} {rng.choice(('vows', 'warns', 'pushes', 'defends'))} action on {topic} in {place}"
    )
    paragraphs = _paragraphs(rng, topic, rng.randint(_MIN_WORDS, _MAX_WORDS), published)
    agency = rng.choice(_AGENCIES)
    caption = (
        f"{lead.title} {lead.name} speaks in {place} on {published:%B} {published.day}, "
        f"{published.year}. (File photo: {agency}/{rng.choice(PEOPLE).name})"
    )
    return Story(
        headline=headline,
        section=section,
        agency=agency,
        author=rng.choice(PEOPLE).name,
        published=published,
        dateline=place.upper(),
        caption=caption,
        paragraphs=paragraphs,
        slug=f"story-{index}",
        layout=rng.randrange(100),
    )


def render_text(story: Story) -> str:
    """A copied page: menus, ads, headline twice, caption, 'CITY:' dateline, 'Source:'."""
    first = f"{story.dateline}: {story.paragraphs[0]}"
    lines = [
        *_NAV,
        "Advertisement",
        "Advertisement",
        "",
        story.section,
        "",
        story.headline,
        "",
        story.headline,
        "",
        *_byline_lines(story),
        story.caption,
        "",
        first,
        "",
    ]
    for number, para in enumerate(story.paragraphs[1:], start=1):
        lines += [para, ""]
        if number % 6 == 0:
            lines += ["Advertisement", ""]
    lines += [
        f"Source: {story.agency}/{story.author[:2].lower()}",
        "Advertisement",
        "",
        "Also worth reading",
        "",
        "Advertisement",
    ]
    return "\n".join(lines) + "\n"


def _byline_lines(story: Story) -> list[str]:
    """Half the pages name the author; some add a timestamp line, as news sites do."""
    lines = [f"By {story.author}", ""] if story.layout < 50 else []
    if story.layout % 3 == 0:
        hour = 1 + story.layout % 12
        lines += [
            f"Published {story.published:%B} {story.published.day}, {story.published.year} "
            f"{hour}:{story.layout % 60:02d} {'AM' if story.layout % 2 else 'PM'}",
            "",
        ]
    return lines


def _date_markup(story: Story, ld: str) -> str:
    """Seven pages in ten declare the date in JSON-LD; the rest only in an Open Graph tag."""
    if story.layout < 70:
        return f'<script type="application/ld+json">{ld}</script>'
    return f'<meta property="article:published_time" content="{story.published.isoformat()}T08:00:00Z">'


def render_html(story: Story, url: str) -> str:
    """A saved article page: JSON-LD NewsArticle, og:title, <article>, page furniture."""
    esc = html.escape
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.headline,
            "datePublished": f"{story.published.isoformat()}T08:00:00Z",
            "author": {"@type": "Person", "name": story.author},
            "articleSection": story.section,
        }
    )
    body = "\n".join(f"<p>{esc(p)}</p>" for p in story.paragraphs[1:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(story.headline)} | The Daily Ledger</title>
<meta property="og:title" content="{esc(story.headline)}">
<meta property="og:type" content="article"><link rel="canonical" href="{esc(url)}">
{_date_markup(story, ld)}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/subscribe">Subscribe</a></nav></header>
<div class="ad">Advertisement</div>
<main><article><p class="kicker">{esc(story.section)}</p><h1>{esc(story.headline)}</h1>
<p class="byline">By {esc(story.author)}, {esc(story.agency)} &middot;
<time datetime="{story.published.isoformat()}">{story.published:%B} {story.published.day}, \
{story.published.year}</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure><img src="/img/{story.slug}.jpg" alt=""><figcaption>{esc(story.caption)}</figcaption></figure>
<p>{esc(story.dateline)}: {esc(story.paragraphs[0])}</p>
{body}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets rally</a></li></ul></aside></main>
<footer><p>&copy; The Daily Ledger</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def render_warc(stories: list[Story], urls: list[str], captured: datetime) -> bytes:
    """A gzipped WARC with one HTML response record per story.

    Record ids and dates are derived from the content, not drawn at random, so
    the same seed gives byte-identical files.
    """
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for offset, (story, url) in enumerate(zip(stories, urls, strict=True)):
        payload = render_html(story, url).encode("utf-8")
        when = captured + timedelta(minutes=offset)
        record_id = hashlib.sha1(url.encode() + payload).hexdigest()
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8")],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_headers_dict={
                "WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Record-ID": f"<urn:uuid:{_as_uuid(record_id)}>",
            },
        )
        writer.write_record(record)
    return buffer.getvalue()


def _as_uuid(hex_digest: str) -> str:
    h = hex_digest[:32]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _url(story: Story, rng: random.Random) -> str:
    host = rng.choice(("www.dailyledger.example", "news.harbourpost.example", "tribune.example"))
    return f"https://{host}/{story.section.lower()}/{story.published:%Y/%m/%d}/{story.slug}"


def make_capture(seed: int, index: int) -> tuple[str, bytes]:
    """File name and bytes of capture number `index`: depends on nothing else.

    The name mimics the archive's `NNN_<16 hex>.ext` convention.
    """
    rng = random.Random(f"{seed}:{index}")
    draw = rng.random()
    stories = [_make_story(rng, index)]
    tag = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
    stem = f"{index:05d}_{tag}"
    if draw < _TEXT_SHARE:
        return f"{stem}.txt", render_text(stories[0]).encode("utf-8")
    if draw < _HTML_SHARE:
        return f"{stem}.html", render_html(stories[0], _url(stories[0], rng)).encode("utf-8")
    for extra in range(rng.randint(0, 2)):
        stories.append(_make_story(rng, index * 10 + extra + 1))
    urls = [_url(story, rng) for story in stories]
    captured = datetime.combine(
        stories[0].published + timedelta(days=rng.randint(0, 30)),
        datetime.min.time(),
        tzinfo=UTC,
    ) + timedelta(hours=rng.randint(0, 23))
    return f"{stem}.warc.gz", render_warc(stories, urls, captured)


def generate(n: int, out_dir: Path, seed: int = 0, *, start: int = 0) -> list[Path]:
    """Write captures number `start`..`start + n - 1` into `out_dir` and return their paths.

    Deterministic for a seed; existing files of the same name are overwritten.
    Progress goes to stderr every 500 captures, then a one-line summary.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    paths: list[Path] = []
    for index in range(start, start + n):
        name, data = make_capture(seed, index)
        path = out_dir / name
        path.write_bytes(data)
        paths.append(path)
        done = index - start + 1
        if done % 500 == 0 or done == n:
            print(f"\rgenerated {done}/{n}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    _print_summary(paths, time.perf_counter() - began)
    return paths


def _print_summary(paths: list[Path], seconds: float) -> None:
    counts: dict[str, int] = {}
    for path in paths:
        kind = path.name.split(".", 1)[1]
        counts[kind] = counts.get(kind, 0) + 1
    size = sum(path.stat().st_size for path in paths)
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
    print(
        f"{len(paths)} captures ({kinds}), {size / 1e6:.1f} MB in {seconds:.1f} s",
        file=sys.stderr,
    )


def story_words(path: Path) -> int:
    """Words of a generated capture's visible text (for checks): whole file for text."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return len(data.decode("utf-8").split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of captures to write")
    parser.add_argument("out_dir", type=Path, help="directory to write them into")
    parser.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="number of the first capture")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    generate(args.n, args.out_dir, args.seed, start=args.start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
