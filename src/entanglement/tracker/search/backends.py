"""The two full-text engines behind `search()`: SQLite FTS5 and PostgreSQL tsvector.

Both answer the same question the same way: the newest matches (at most CANDIDATES, or as many as
the requested page needs), each with its kind, places, categories and relevance, read from the
index and the narrow facet columns only. Counting, ranking, facet counts and the estimate of a
larger total are shared; the wide rows are read for the one page shown.

A phrase is first matched as its pairs of adjacent words, indexed as single tokens (pairs.py on
SQLite, migration 0005 on both): short posting lists even for frequent words, and the positions of
the phrase itself are checked on those entries only, so the results are exactly the phrase's. On
SQLite a phrase of two words is its pair and nothing more, and whether a title holds it is a title
pair's list of its own (migration 0006): its words' long position lists are never read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from django.db import connection as default_connection
from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from entanglement.core.taxonomy import CATEGORIES
from entanglement.tracker.models import Jurisdiction

from .api import CANDIDATES, FacetCount, Facets, SearchHit, SearchResults, highlight
from .documents import MARK_END, MARK_START
from .pairs import TITLE_PAIR, TOKENIZE, pair_tokens, phrase_pairs, tokens
from .query import ParsedQuery, Term, fts5_match, fts5_term, prefix_tsquery, websearch_text

# Relevance, the same on both engines: how many of the query's terms the title holds; among equals,
# the newest first. No engine statistics are read, so ranking costs the same for any word.


class Candidate(NamedTuple):
    """One match, as read for ranking and facet counts (a tuple: hundreds are made per search)."""

    id: int
    kind: str
    geoids: str
    categories: str
    score: float


class Backend:
    def candidates(
        self, cursor: Any, parsed: ParsedQuery, facets: Facets, span: tuple[int, int],
        *, with_kinds: bool, ranked: bool, cap: int, newest: bool = True, density: float | None = None,
    ) -> list[Candidate]:
        """The newest `cap` matches, newest first; score 0 unless ranked. `span`: the lowest and highest id.

        Without `newest`, any `cap` matches will do (a sample for the facet counts), if cheaper.
        `density`, when known, is about how many matches there are per id, which an engine that
        reads a window of the newest ids can size its first window by.
        """
        raise NotImplementedError

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        raise NotImplementedError

    @contextmanager
    def planned(self, cursor: Any) -> Iterator[None]:
        """Around the candidate queries: whatever the engine needs to plan them well."""
        yield

    def run(self, query: str, parsed: ParsedQuery, facets: Facets, limit: int, offset: int) -> SearchResults:
        want = max(CANDIDATES, offset + limit)
        with default_connection.cursor() as cursor:
            # One aggregate per subquery: SQLite reads a lone min() or max() off the key, a pair by a full scan.
            cursor.execute("SELECT (SELECT min(id) FROM search_searchentry), (SELECT max(id) FROM search_searchentry)")
            span = cursor.fetchone()
            if span[0] is None:
                return SearchResults(query=query, hits=[], total=0)
            kinds = facets.filters.kinds
            with self.planned(cursor):
                # The kind counts ignore the kind filter, so that the other kinds stay offered: all
                # kinds are read first, and when that is every match the kind filter applies here.
                # With a kind filter the sample is ranked only if it is read again as the matches.
                sample = self.candidates(
                    cursor, parsed, facets, span, with_kinds=False, ranked=not kinds, cap=want + 1, newest=not kinds
                )
                found = sample
                if kinds and len(sample) <= want:
                    # Every match is in the sample: the kinds' own are few, and read again ranked.
                    found = self.candidates(cursor, parsed, facets, span, with_kinds=True, ranked=True, cap=want + 1)
                elif kinds:
                    # How many of the sample's matches are of the kinds asked, over the ids it spans,
                    # tells how dense those kinds' matches are.
                    of_kinds = sum(1 for c in sample if c.kind in kinds)
                    density = of_kinds / (sample[0].id - sample[-1].id + 1) if of_kinds else None
                    found = self.candidates(
                        cursor, parsed, facets, span, with_kinds=True, ranked=True, cap=want + 1, density=density
                    )
            total_exact = len(found) <= want
            total = len(found) if total_exact else _estimate(span, len(found), found[-1].id)
            found = found[:want]
            facets_exact = len(sample) <= want
            sample = sample[:want]
            # Equal scores: the newer first.
            if any(c.score for c in found):
                found = sorted(found, key=lambda c: (-c.score, -c.id))
            ranked = found[offset : offset + limit]
            hits = self._hits(cursor, parsed, ranked)
        kind_counts = Counter(c.kind for c in sample)
        return SearchResults(
            query=query,
            hits=hits,
            total=total,
            kinds=[FacetCount(k, k.replace("_", " "), n) for k, n in sorted(kind_counts.items(), key=_by_count)],
            # One joined string split once: far cheaper than a split per candidate.
            jurisdictions=_jurisdiction_facets(Counter(" ".join(c.geoids for c in sample).split())),
            categories=_category_facets(Counter(" ".join(c.categories for c in sample).split())),
            facets_exact=facets_exact,
            total_exact=total_exact,
        )

    def _hits(self, cursor: Any, parsed: ParsedQuery, ranked: list[Candidate]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [c.id for c in ranked]
        cursor.execute(
            "SELECT id, kind, object_id, slug, title, url, date FROM search_searchentry"
            f" WHERE id IN ({', '.join('%s' for _ in ids)})",
            ids,
        )
        rows = {row[0]: row for row in cursor.fetchall()}
        marked = self.snippets(cursor, parsed, ids)
        hits = []
        for c in ranked:
            if c.id not in rows:  # removed since the candidates were read
                continue
            _, kind, object_id, slug, title, url, date = rows[c.id]
            hits.append(
                SearchHit(
                    kind=kind, object_id=object_id, slug=slug, title=title, url=url, date=_as_date(date),
                    snippet=highlight(marked.get(c.id, "")), score=c.score,
                )
            )
        return hits


def _estimate(span: tuple[int, int], seen: int, lowest_id: int) -> int:
    """How many match in all, from how much of the id range the newest `seen` matches took up.

    Entries are written in no order that favours a query, so the matches are spread evenly over the
    ids; the estimate is rounded to two significant digits and never below what was seen.
    """
    low, high = span
    if lowest_id <= low:
        return seen
    estimate = seen * (high - low + 1) / (high - lowest_id + 1)
    rounded = float(f"{estimate:.2g}")
    return max(seen, int(rounded))


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _as_date(value: Any) -> dt.date | None:
    # SQLite hands dates back as text through a raw cursor.
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value  # type: ignore[no-any-return]


def _jurisdiction_facets(counts: Counter[str], top: int = 20) -> list[FacetCount]:
    best = sorted(counts.items(), key=_by_count)[:top]
    if not best:
        return []
    with default_connection.cursor() as cursor:
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


def _date_sql(facets: Facets, column: str) -> tuple[str, list[Any]]:
    """The exact day bounds: the date tokens match whole months, a range may cut one at either end."""
    sql, params = "", []
    if facets.filters.date_from:
        sql += f" AND {column} >= %s"
        params.append(facets.filters.date_from)
    if facets.filters.date_to:
        sql += f" AND {column} <= %s"
        params.append(facets.filters.date_to)
    return sql, params


TITLE_MARK = "\x01"
TITLE_END = "\x02"
MARKED = re.compile(f"{TITLE_MARK}([^{TITLE_END}]*){TITLE_END}")


def _terms_marked(title: str) -> int:
    """How many different words or phrases of the query a highlighted title holds."""
    return len({m.lower() for m in MARKED.findall(title)}) if TITLE_MARK in title else 0


def _paired(term: Term) -> bool:
    """Whether this term is exactly its one pair token: a phrase of two words as the tokenizer cuts them.

    Its pair (two adjacent stems in one column) says all its phrase does, so its words' position
    lists, long for frequent words, need not be read. A first stem of 100 characters or more would
    give a pair token that can repeat another's; such a phrase keeps its phrase check.
    """
    if term.prefix or not term.is_phrase:
        return False
    stems = tokens(" ".join(term.words))
    return len(stems) == 2 and len(stems[0]) < 100


def _pairs_match(parsed: ParsedQuery) -> list[str]:
    """The word pairs of every phrase, first in the expression: FTS5 advances an AND by its first
    member, so the short pair lists lead and the phrase's positions are read on their entries only."""
    pairs = (p for term in parsed.terms if not term.prefix for p in phrase_pairs(term.words))
    return [f'pairs : "{p}"' for p in dict.fromkeys(pairs)]


class SQLiteBackend(Backend):
    def match(self, parsed: ParsedQuery, facets: Facets, *, with_kinds: bool) -> str:
        """Words in the title or body, and one token of every facet group in the facets column.

        A two-word phrase is matched by its pair token alone; the other terms in the title or body.
        """
        parts = _pairs_match(parsed)
        rest = [fts5_term(term) for term in parsed.terms if not _paired(term)]
        if rest:
            parts.append(f"{{title body}} : ({' '.join(rest)})")
        for group in facets.token_groups(with_kinds=with_kinds):
            parts.append("facets : (" + " OR ".join(f'"{token}"' for token in group) + ")")
        return " AND ".join(parts)

    def candidates(
        self, cursor: Any, parsed: ParsedQuery, facets: Facets, span: tuple[int, int],
        *, with_kinds: bool, ranked: bool, cap: int, newest: bool = True, density: float | None = None,
    ) -> list[Candidate]:
        match = self.match(parsed, facets, with_kinds=with_kinds)
        date_sql, date_params = _date_sql(facets, "e.date")
        # The title's matched words come marked from the index's own positions (bm25 would first count
        # every match of every word and facet token in the whole index); a phrase matched by its pair
        # is in the title when the title pair is.
        marking = ranked and any(not _paired(term) for term in parsed.terms)
        title = f", highlight(search_fts, 0, '{TITLE_MARK}', '{TITLE_END}')" if marking else ", 0.0"
        # The covering index holds every facet column read here: the rows with the text are not read.
        cursor.execute(
            f"SELECT f.rowid, e.kind, e.geoids, e.categories{title}"
            " FROM search_fts f JOIN search_searchentry e INDEXED BY search_entry_facets ON e.id = f.rowid"
            f" WHERE search_fts MATCH %s{date_sql} ORDER BY f.rowid DESC LIMIT %s",
            [match, *date_params, cap],
        )
        rows = cursor.fetchall()
        in_titles: Counter[int] = Counter()
        if ranked and rows:
            for term in parsed.terms:
                if _paired(term):
                    in_titles.update(self._title_matches(cursor, term, (rows[-1][0], rows[0][0])))
        if not marking and not in_titles:
            # 500 rows a search: no score to work out, so none is (the 0.0 came from SQL)
            return list(map(Candidate._make, rows))
        return [
            Candidate(i, k, g, c, float((_terms_marked(m) if marking else 0) + in_titles[i])) for i, k, g, c, m in rows
        ]

    def _title_matches(self, cursor: Any, term: Term, ids: tuple[int, int]) -> list[int]:
        """The entries between these ids whose title holds this two-word phrase: its title pair's short list."""
        (pair,) = pair_tokens(tokens(" ".join(term.words)), TITLE_PAIR)
        cursor.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s AND rowid BETWEEN %s AND %s",
            [f'pairs : "{pair}"', *ids],
        )
        return [i for (i,) in cursor.fetchall()]

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        """The page's snippets, cut by FTS5 from a window of each long body (see `_snippet_window`).

        snippet() tokenizes and stems the whole text it is given, and the bodies that match a search
        are often the long ones (a court opinion is 100 kB): the index's own snippet costs about 3 ms
        per 100 kB, per hit. The windows are written to a private in-memory table with the index's
        tokenizer, so the marks are the engine's own; a body with no window, or whose window holds no
        query word, gets the index's snippet of its whole text.
        """
        match = f"{{title body}} : ({fts5_match(parsed)})"
        # A window needs any one term to show where a query word is: with every term required, a
        # window around one word of a two-word query seldom matched, and the whole text was cut.
        any_term = "{title body} : (" + " OR ".join(fts5_term(term) for term in parsed.terms) + ")"
        cursor.execute(
            f"SELECT id, title, body FROM search_searchentry WHERE id IN ({', '.join('%s' for _ in ids)})", ids
        )
        windows = [(i, title, _snippet_window(body, parsed)) for i, title, body in cursor.fetchall()]
        marked: dict[int, str] = {}
        cut = [(i, title, window) for i, title, window in windows if window is not None]
        if cut:
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_snippet USING fts5(title, body, tokenize='{TOKENIZE}')"
            )
            # Written and read in one transaction that is then rolled back: one write of the
            # table's index instead of one per row, and nothing to delete afterwards.
            with transaction.atomic():
                cursor.executemany("INSERT INTO temp.search_snippet (rowid, title, body) VALUES (%s, %s, %s)", cut)
                cursor.execute(
                    "SELECT rowid, snippet(search_snippet, -1, %s, %s, '…', 24) FROM temp.search_snippet"
                    " WHERE search_snippet MATCH %s",
                    [MARK_START, MARK_END, any_term],
                )
                marked = {i: text for i, text in cursor.fetchall() if MARK_START in text}
                transaction.set_rollback(True)
        rest = [i for i, _, _ in windows if i not in marked]
        if rest:
            cursor.execute(
                "SELECT rowid, snippet(search_fts, -1, %s, %s, '…', 24) FROM search_fts"
                f" WHERE search_fts MATCH %s AND rowid IN ({', '.join('%s' for _ in rest)})",
                [MARK_START, MARK_END, match, *rest],
            )
            marked.update(cursor.fetchall())
        return marked


SNIPPET_WHOLE = 2_400
SNIPPET_BEFORE = 300
SNIPPET_WINDOW = 1_200


def _anchors(parsed: ParsedQuery) -> Iterator[str]:
    """Where a snippet may be: each term as typed, its first word, that word's stem but its last letter.

    The porter stemmer changes only a word's ending, so the stem less one letter nearly always
    begins the written word ("citi" -> "cit" in "city", "citing"); a miss only costs the whole body.
    """
    for term in parsed.terms:
        first = term.words[0]
        stem = tokens(first)
        forms = [" ".join(term.words), first]
        if stem and len(stem[0]) > 3:
            forms.append(stem[0][:-1])
        yield from dict.fromkeys(form.lower() for form in forms)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _first_written(body: str, forms: Iterator[str]) -> int | None:
    """Where the first of `forms` first begins a word of `body`, ignoring case.

    A case-blind regular expression takes about 4 ms on 100 kB of text in CPython, per form and per
    hit, which was most of what search() added to its SQL; one lowered copy searched with str.find
    takes a tenth of that. Lowering may change a text's length (a dotted capital I becomes two
    characters): then the offsets would not hold, and the regular expression is used.
    """
    lowered = body.lower()
    exact = len(lowered) == len(body)
    for form in forms:
        if not form:
            continue
        if not exact:
            found = re.search(r"\b" + re.escape(form), body, re.IGNORECASE)
            if found:
                return found.start()
            continue
        wordy = _is_word_char(form[0])
        at = lowered.find(form)
        while at >= 0:
            # the regular expression's \b: a change between word and non-word characters
            if (at > 0 and _is_word_char(lowered[at - 1])) != wordy:
                return at
            at = lowered.find(form, at + 1)
    return None


def _snippet_window(body: str, parsed: ParsedQuery) -> str | None:
    """A short body whole; a long one's window around the first place a query word is written, cut
    at spaces and marked as cut; None when no word of the query is found as written."""
    if len(body) <= SNIPPET_WHOLE:
        return body
    at = _first_written(body, _anchors(parsed))
    if at is None:
        return None
    start = max(0, at - SNIPPET_BEFORE)
    if start:
        space = body.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    end = min(len(body), start + SNIPPET_WINDOW)
    if end < len(body):
        space = body.rfind(" ", at, end)
        end = space if space > at else end
    # The ellipsis is no token to the tokenizer: the snippet shows the cut without a word more.
    return ("… " if start else "") + body[start:end] + (" …" if end < len(body) else "")


HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=12, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


class PostgresBackend(Backend):
    def __init__(self, parsed: ParsedQuery) -> None:
        # What the index is asked (migration 0005): each term with the pairs of adjacent lexemes its
        # phrase holds, so that the index intersects short lists; a two-word phrase is its pair alone.
        self.terms = [term.text or " ".join(term.words) for term in parsed.terms if not term.prefix]
        parts = ["search_terms_query(%s::text[])"] if self.terms else []
        if prefix_tsquery(parsed):
            parts.append("to_tsquery('english', %s)")
        self.match = "e.tsv @@ (" + " && ".join(parts) + ")"

    def where_params(self, parsed: ParsedQuery) -> list[Any]:
        return [p for p in (self.terms, prefix_tsquery(parsed)) if p]

    @staticmethod
    def _each_term(parsed: ParsedQuery) -> list[tuple[str, str]]:
        """(tsquery expression, its parameter) for each term on its own."""
        out = []
        for term in parsed.terms:
            single = ParsedQuery((term,))
            if term.prefix:
                out.append(("to_tsquery('english', %s)", prefix_tsquery(single)))
            else:
                out.append(("websearch_to_tsquery('english', %s)", websearch_text(single)))
        return out

    def title_rank(self, parsed: ParsedQuery) -> tuple[str, list[Any]]:
        """How many terms the title holds, from the title's small tsvector, never the TOASTed one."""
        each = self._each_term(parsed)
        return " + ".join(f"(e.title_tsv @@ {query})::int" for query, _ in each), [p for _, p in each]

    def headline_query(self, parsed: ParsedQuery) -> tuple[str, list[Any]]:
        """Any one of the terms: a snippet shows where a query word is.

        ts_headline marks nothing in a text that does not satisfy its query, and a window around one
        word of a two-word query seldom holds the other: with every term required, such a window
        came back unmarked and the whole body was read instead (100 ms for a long one, measured).
        """
        each = self._each_term(parsed)
        return "(" + " || ".join(query for query, _ in each) + ")", [p for _, p in each]

    @contextmanager
    def planned(self, cursor: Any) -> Iterator[None]:
        """Bitmap scans of the GIN indexes only.

        Under a LIMIT, the planner prefers walking the table (or the primary key) and testing every
        row's tsvector, which it prices as cheap, but each test unpacks a TOASTed tsvector: a frequent
        word then costs hundreds of milliseconds instead of a few. The settings are local to the
        transaction and put back afterwards, in case the caller's transaction goes on.
        """
        with transaction.atomic():
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'),"
                " set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
            )
            seqscan, indexscan, _, _ = cursor.fetchone()
            try:
                yield
            finally:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true), set_config('enable_indexscan', %s, true)",
                    [seqscan, indexscan],
                )

    def candidates(
        self, cursor: Any, parsed: ParsedQuery, facets: Facets, span: tuple[int, int],
        *, with_kinds: bool, ranked: bool, cap: int, newest: bool = True, density: float | None = None,
    ) -> list[Candidate]:
        date_sql, date_params = _date_sql(facets, "e.date")
        groups = facets.token_groups(with_kinds=with_kinds)
        where = self.match + " AND e.facet_tokens && %s::text[]" * len(groups) + date_sql
        params = [*self.where_params(parsed), *groups, *date_params]
        rank, rank_params = self.title_rank(parsed) if ranked else ("0", [])
        select = f"SELECT e.id, e.kind, e.geoids, e.categories, {rank} FROM search_searchentry e WHERE {where}"
        if newest and density:
            # the matches' density is known: straight to a window of the newest ids
            rows = self._newest(cursor, select, [*rank_params, *params], cap, span, int(2 * cap / density))
        else:
            # First any `cap` matches, in the order the bitmap scan finds them (no sort of every
            # match): when there are fewer, they are all of them.
            cursor.execute(f"{select} LIMIT %s", [*rank_params, *params, cap])
            rows = cursor.fetchall()
            if len(rows) == cap and newest:
                # The scan read heap pages in order, so `cap` matches took about the highest id seen; a
                # window of twice that density's worth from the top usually holds `cap` at the first try.
                window = 2 * (max(r[0] for r in rows) - span[0] + 1)
                rows = self._newest(cursor, select, [*rank_params, *params], cap, span, window)
        rows.sort(key=lambda r: -r[0])
        return [Candidate(i, k, g, c, float(s)) for i, k, g, c, s in rows]

    def _newest(
        self, cursor: Any, select: str, params: list[Any], cap: int, span: tuple[int, int], window: int
    ) -> list[Any]:
        """The newest `cap` matches: a window of the newest `window` ids, widened until it holds enough."""
        low, high = span
        window = max(cap, window)
        while True:
            cursor.execute(f"{select} AND e.id > %s ORDER BY e.id DESC LIMIT %s", [*params, high - window, cap])
            rows: list[Any] = cursor.fetchall()
            if len(rows) == cap or high - window < low:
                return rows
            window *= 4

    def snippets(self, cursor: Any, parsed: ParsedQuery, ids: list[int]) -> dict[int, str]:
        """The page's snippets, by ts_headline over the same windows as on SQLite (`_snippet_window`).

        ts_headline parses all the text it is given (its cost grows with the text, measured: 4,000
        characters took four times 1,200), so a long body is first cut to a window around the first
        place a query word is written. Where that window shows no match (only another form of the
        word is written there), the whole body is read, then the title. A long body where no query
        word is written at all is nearly always a title-only match: its title is read first, and the
        whole body (100 ms for a long one, measured) only when the title shows no match either.
        """
        cursor.execute("SELECT id, title, body FROM search_searchentry WHERE id = ANY(%s)", [ids])
        rows = cursor.fetchall()
        passes: list[dict[int, str]] = [{}, {}, {}]
        fallback: dict[int, str] = {}
        for i, title, body in rows:
            window = _snippet_window(body, parsed) if body else None
            order = (window, body, title) if window else (title, body)
            for n, text in enumerate(dict.fromkeys(t for t in order if t)):
                passes[n][i] = text
        marked: dict[int, str] = {}
        headline, headline_params = self.headline_query(parsed)
        for each in passes:
            todo = {i: text for i, text in each.items() if i not in marked}
            if not todo:
                continue
            cursor.execute(
                f"SELECT w.id, ts_headline('english', w.text, {headline}, %s)"
                " FROM unnest(%s::bigint[], %s::text[]) AS w(id, text)",
                [*headline_params, HEADLINE_OPTIONS, list(todo), list(todo.values())],
            )
            for i, text in cursor.fetchall():
                if MARK_START in text:
                    marked[i] = text
                else:
                    # the first text's start, should no pass mark anything
                    fallback.setdefault(i, text)
        return {**fallback, **marked}


def backend_for(connection: BaseDatabaseWrapper, parsed: ParsedQuery) -> Backend:
    if connection.vendor == "sqlite":
        return SQLiteBackend()
    if connection.vendor == "postgresql":
        return PostgresBackend(parsed)
    raise NotImplementedError(f"search does not support {connection.vendor}")
