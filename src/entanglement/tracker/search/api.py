"""`search()`: one interface over documents and records, whichever database is running.

The page and the API call the same function; invalid parameters raise InvalidSearch (a ValueError)
with a message fit to show the user.

Every facet is matched inside the full-text index (facets.py), and the work of one search is bounded:
the newest CANDIDATES matches (or as many as the page asked for needs) are read, ranked and counted.
Up to that many the total and the facet counts are exact; beyond, the total is estimated from how
much of the index those newest matches spanned (`total_exact` is False and the page says "about").
Relevance is the same on both databases: how many of the query's terms the title holds, then the
newest first.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db import connection

from entanglement.tracker.models import Jurisdiction
from entanglement.tracker.validation import taxonomy_codes

from .documents import KINDS, MARK_END, MARK_START
from .facets import filter_groups
from .query import ParsedQuery, parse_query

MAX_LIMIT = 100
MAX_OFFSET = 10_000
# The work of one search is bounded by this many matches, the newest: they are counted, ranked and
# read for the facet counts. A query matching more reports its total as an estimate ("about").
CANDIDATES = 500


class InvalidSearch(ValueError):
    """A search parameter that cannot be used (bad date, unknown kind or category...)."""


@dataclass(frozen=True)
class SearchFilters:
    jurisdiction: str = ""
    kinds: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    categories: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise InvalidSearch(f"unknown kind: {', '.join(unknown)} (known: {', '.join(KINDS)})")
        if self.jurisdiction and not (
            self.jurisdiction.isascii() and self.jurisdiction.isdigit() and len(self.jurisdiction) in (2, 5, 7, 10)
        ):
            raise InvalidSearch(f"jurisdiction must be a GEOID (2, 5, 7 or 10 digits), not {self.jurisdiction!r}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidSearch("the start date is after the end date")
        known = taxonomy_codes()
        bad = [c for c in self.categories if known is not None and c not in known]
        if bad:
            raise InvalidSearch(f"unknown category: {', '.join(bad)}")

    @classmethod
    def from_params(cls, params: Mapping[str, str | list[str]]) -> SearchFilters:
        """Read the page's parameters (jurisdiction, kind, from, to, category); lists allowed for kind/category."""

        def many(name: str) -> tuple[str, ...]:
            value = params.get(name) or []
            values = [value] if isinstance(value, str) else list(value)
            return tuple(sorted({v.strip() for v in values if v and v.strip()}))

        def one(name: str) -> str:
            value = params.get(name) or ""
            return (value if isinstance(value, str) else (value[-1] if value else "")).strip()

        return cls(
            jurisdiction=one("jurisdiction"),
            kinds=many("kind"),
            date_from=_date(one("from"), "from"),
            date_to=_date(one("to"), "to"),
            categories=many("category"),
        )


def _date(text: str, name: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidSearch(f"{name!r} must be a date as YYYY-MM-DD, not {text[:40]!r}") from None


@dataclass(frozen=True)
class SearchHit:
    kind: str
    object_id: int
    slug: str
    title: str
    url: str
    date: dt.date | None
    snippet: str  # HTML: escaped text with <mark> around the matched words
    score: float


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[SearchHit]
    total: int
    kinds: list[FacetCount] = field(default_factory=list)
    jurisdictions: list[FacetCount] = field(default_factory=list)
    categories: list[FacetCount] = field(default_factory=list)
    # False when the facet counts come from the newest matches only.
    facets_exact: bool = True
    # False when more than CANDIDATES rows match: `total` is then an estimate (two significant digits),
    # and only the newest CANDIDATES matches (or as many as the requested page needs) were ranked.
    total_exact: bool = True


@dataclass(frozen=True)
class Facets:
    """What the backends filter on: the filters, the jurisdiction's GEOIDs, and the same as index tokens."""

    filters: SearchFilters
    geoids: tuple[str, ...]

    def token_groups(self, *, with_kinds: bool) -> list[list[str]]:
        f = self.filters
        return filter_groups(self.geoids, f.categories, f.date_from, f.date_to, f.kinds if with_kinds else ())


def highlight(marked: str) -> str:
    """Escape a backend snippet, then turn its private marks into <mark> elements."""
    escaped = html.escape(marked, quote=True)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def government_geoids(geoid: str) -> tuple[str, ...]:
    """The GEOID and its consolidated twin's; InvalidSearch when no such jurisdiction is recorded."""
    # Raw SQL: compiling the ORM query costs more than running it, on every search with this facet.
    table = Jurisdiction._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT j.geoid, twin.geoid FROM {table} j LEFT JOIN {table} twin ON twin.id = j.consolidated_with_id"
            " WHERE j.geoid = %s",
            [geoid],
        )
        row = cursor.fetchone()
    if row is None:
        raise InvalidSearch(f"no jurisdiction has GEOID {geoid}")
    return tuple(sorted(g for g in row if g))


def search(
    query: str, *, facets: SearchFilters | None = None, limit: int = 20, offset: int = 0
) -> SearchResults:
    """Full-text search with facets; ranked hits with highlighted snippets, total and facet counts."""
    from .backends import backend_for

    facets = facets or SearchFilters()
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidSearch(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise InvalidSearch(f"offset must be between 0 and {MAX_OFFSET}")
    geoids = government_geoids(facets.jurisdiction) if facets.jurisdiction else ()
    parsed: ParsedQuery = parse_query(query)
    if not parsed:
        return SearchResults(query=query, hits=[], total=0)
    return backend_for(connection, parsed).run(query, parsed, Facets(facets, geoids), limit, offset)
