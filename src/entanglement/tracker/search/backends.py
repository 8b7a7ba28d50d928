"""The two full-text engines behind `search()`: SQLite FTS5 and PostgreSQL tsvector.

Each backend supplies three SQL fragments (how rows match, how they rank, how a snippet is cut);
the queries around them (kind counts, the ranked page, the facet sample) are shared, so both
engines answer with the same shape and the same filters.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper

from entanglement.core.taxonomy import CATEGORIES
from entanglement.tracker.models import Jurisdiction

from .api import FACET_SAMPLE, FacetCount, SearchHit, SearchResults, Where, highlight
from .documents import MARK_END, MARK_START
from .query import ParsedQuery, fts5_match, prefix_tsquery, websearch_text


class Backend:
    #: FROM ... WHERE <match> (the entry table is aliased `e`).
    source_sql = ""
    rank_sql = ""  # an expression, larger is better

    def match_params(self, parsed: ParsedQuery) -> list[Any]:
        raise NotImplementedError

    def rank_params(self, parsed: ParsedQuery) -> list[Any]:
        """Parameters of rank_sql, which sits in the SELECT list ahead of the match."""
        return []

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        raise NotImplementedError

    def run(self, query: str, parsed: ParsedQuery, where: Where, limit: int, offset: int) -> SearchResults:
        from django.db import connection

        match = self.match_params(parsed)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.kind, count(*) FROM {self.source_sql}{where.sql} GROUP BY e.kind",
                match + where.params,
            )
            kind_counts = dict(cursor.fetchall())
            selected = where.kind_params or list(kind_counts)
            total = sum(kind_counts.get(k, 0) for k in selected)
            hits: list[SearchHit] = []
            geoid_counts: Counter[str] = Counter()
            category_counts: Counter[str] = Counter()
            exact = True
            if total:
                cursor.execute(
                    f"SELECT e.id, e.kind, e.object_id, e.slug, e.title, e.url, e.date, {self.rank_sql} AS score"
                    f" FROM {self.source_sql}{where.sql}{where.kind_sql}"
                    " ORDER BY score DESC, e.id LIMIT %s OFFSET %s",
                    self.rank_params(parsed) + match + where.params + where.kind_params + [limit, offset],
                )
                rows = cursor.fetchall()
                marked = self.snippets(cursor, parsed, [r[0] for r in rows]) if rows else {}
                hits = [
                    SearchHit(
                        kind=kind, object_id=object_id, slug=slug, title=title, url=url,
                        date=_as_date(date), snippet=highlight(marked.get(pk, "")), score=float(score),
                    )
                    for pk, kind, object_id, slug, title, url, date, score in rows
                ]
                cursor.execute(
                    f"SELECT e.geoids, e.categories FROM {self.source_sql}{where.sql}{where.kind_sql} LIMIT %s",
                    match + where.params + where.kind_params + [FACET_SAMPLE + 1],
                )
                sample = cursor.fetchall()
                exact = len(sample) <= FACET_SAMPLE
                for geoids, categories in sample[:FACET_SAMPLE]:
                    geoid_counts.update(geoids.split())
                    category_counts.update(categories.split())
        return SearchResults(
            query=query,
            hits=hits,
            total=total,
            kinds=[FacetCount(k, k.replace("_", " "), n) for k, n in sorted(kind_counts.items(), key=_by_count)],
            jurisdictions=_jurisdiction_facets(geoid_counts),
            categories=_category_facets(category_counts),
            facets_exact=exact,
        )


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _as_date(value: Any) -> Any:
    # SQLite hands dates back as text through a raw cursor.
    if isinstance(value, str):
        import datetime as dt

        return dt.date.fromisoformat(value)
    return value


def _jurisdiction_facets(counts: Counter[str], top: int = 20) -> list[FacetCount]:
    best = sorted(counts.items(), key=_by_count)[:top]
    if not best:
        return []
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT geoid, name, level, usps FROM {Jurisdiction._meta.db_table}"
            f" WHERE geoid IN ({', '.join('%s' for _ in best)})",
            [g for g, _ in best],
        )
        # The same label as str(Jurisdiction): "Name, ST" below the state level.
        names = {
            geoid: name if level == Jurisdiction.Level.STATE or not usps else f"{name}, {usps}"
            for geoid, name, level, usps in cursor.fetchall()
        }
    return [FacetCount(g, names.get(g, g), n) for g, n in best]


def _category_facets(counts: Counter[str]) -> list[FacetCount]:
    return [
        FacetCount(c, CATEGORIES[c].label_en if c in CATEGORIES else c, n)
        for c, n in sorted(counts.items(), key=_by_count)
    ]


class SQLiteBackend(Backend):
    source_sql = "search_fts JOIN search_searchentry e ON e.id = search_fts.rowid WHERE search_fts MATCH %s"
    # bm25 is lower-is-better; titles weigh ten times the body.
    rank_sql = "-bm25(search_fts, 10.0, 1.0)"

    def match_params(self, parsed: ParsedQuery) -> list[Any]:
        return [fts5_match(parsed)]

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        # Only for the page's rows: snippet() in the ranked query would run on every match.
        cursor.execute(
            "SELECT rowid, snippet(search_fts, -1, %s, %s, '…', 24) FROM search_fts"
            f" WHERE search_fts MATCH %s AND rowid IN ({', '.join('%s' for _ in ids)})",
            [MARK_START, MARK_END, fts5_match(parsed), *ids],
        )
        return dict(cursor.fetchall())


HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=12, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


class PostgresBackend(Backend):
    def __init__(self, parsed: ParsedQuery) -> None:
        parts = []
        if websearch_text(parsed):
            parts.append("websearch_to_tsquery('english', %s)")
        if prefix_tsquery(parsed):
            parts.append("to_tsquery('english', %s)")
        self.tsquery = "(" + " && ".join(parts) + ")"
        self.source_sql = f"search_searchentry e WHERE e.tsv @@ {self.tsquery}"
        self.rank_sql = f"ts_rank(e.tsv, {self.tsquery})"

    def match_params(self, parsed: ParsedQuery) -> list[Any]:
        return [p for p in (websearch_text(parsed), prefix_tsquery(parsed)) if p]

    def rank_params(self, parsed: ParsedQuery) -> list[Any]:
        return self.match_params(parsed)

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        cursor.execute(
            "SELECT e.id, ts_headline('english',"
            " CASE WHEN e.body = '' THEN e.title ELSE left(e.body, 50000) END,"
            f" {self.tsquery}, %s) FROM search_searchentry e WHERE e.id = ANY(%s)",
            [*self.match_params(parsed), HEADLINE_OPTIONS, ids],
        )
        return dict(cursor.fetchall())


def backend_for(connection: BaseDatabaseWrapper, parsed: ParsedQuery) -> Backend:
    if connection.vendor == "sqlite":
        return SQLiteBackend()
    if connection.vendor == "postgresql":
        return PostgresBackend(parsed)
    raise NotImplementedError(f"search does not support {connection.vendor}")
