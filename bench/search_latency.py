"""Search latency: `search()` over N generated documents, against the same SQL run directly.

    .venv/bin/python bench/search_latency.py [--n 1000000] [--queries 200] [--database-url postgresql://...]

Builds a throw-away database (SQLite under a temporary $ENTANGLEMENT_HOME, or the EMPTY PostgreSQL
database given by --database-url: its tables are created and filled), fills the search index with
generated documents (a Zipf-distributed vocabulary of invented words, log-normal lengths, dates,
kinds and jurisdictions), then times one-term, two-term and phrase queries, each with one facet
(a jurisdiction, a kind or a date range, in turn). The baseline replays the very statements
`search()` sent (recorded with an execute wrapper) through the driver alone (sqlite3 or psycopg),
so the ratio is what the Python layer adds: parsing, validation, the jurisdiction lookup, building
results. Targets: p95 <= 50 ms; overhead <= 1.5x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
KINDS_WEIGHTED = ["document"] * 6 + ["federal_action", "case", "policy", "provision", "statement", "quote"]
STATES = [f"{n:02d}" for n in range(10, 100)]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words, key=lambda w: rng.random())


class Generator:
    """Documents cut from one long Zipf-distributed word stream (s = 1, like natural text).

    Drawing every word afresh costs more than indexing it; slices of a 2-million-word stream at
    random offsets keep the term statistics while generation stays far cheaper than the insert.
    """

    STREAM = 2_000_000

    def __init__(self, vocab: list[str], rng: random.Random) -> None:
        self.vocab = vocab
        self.rng = rng
        cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
        self.stream = rng.choices(vocab, cum_weights=cumulative, k=self.STREAM)
        for at in range(0, self.STREAM, 17):
            self.stream[at] += "."

    def words(self, count: int) -> list[str]:
        start = self.rng.randrange(0, self.STREAM - count)
        return self.stream[start : start + count]

    def document(self, i: int) -> tuple[Any, ...]:
        rng = self.rng
        length = min(8000, max(30, int(rng.lognormvariate(5.6, 0.9))))  # median ~270 words, ~1.8 kB
        body = " ".join(self.words(length))
        title = " ".join(self.words(rng.randrange(4, 12))).replace(".", "").capitalize()
        geoids = " " + " ".join(sorted(set(rng.sample(STATES, rng.choice((1, 1, 2)))))) + " "
        date = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 9800))
        kind = rng.choice(KINDS_WEIGHTED)
        return (kind, i, f"doc-{i}", title, body, f"/doc/{i}/", date, geoids, "")


def setup_django(database_url: str | None) -> None:
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["ENTANGLEMENT_HOME"] = tempfile.mkdtemp(prefix="search-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "entanglement.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill(n: int, seed: int) -> Generator:
    from django.db import connection, transaction

    from entanglement.tracker.models import Jurisdiction

    rng = random.Random(seed)
    generator = Generator(vocabulary(40_000, rng), rng)
    Jurisdiction.objects.bulk_create(
        [Jurisdiction(geoid=g, level="state", name=f"State {g}") for g in STATES], ignore_conflicts=True
    )
    sql = (
        "INSERT INTO search_searchentry (kind, object_id, slug, title, body, url, date, geoids, categories)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )
    started = time.perf_counter()
    batch = 5_000
    for first in range(0, n, batch):
        rows = [generator.document(i) for i in range(first, min(n, first + batch))]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        done = min(n, first + batch)
        if done % 50_000 == 0 or done == n:
            print(f"  {done:,} documents in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
        else:
            cursor.execute("VACUUM ANALYZE search_searchentry")
    return generator


def queries(generator: Generator, count: int, rng: random.Random) -> dict[str, list[tuple[str, Any]]]:
    from entanglement.tracker.search.api import SearchFilters

    # Mid-frequency words (ranks 50-5,000): neither stop-word-like nor hapaxes.
    middle = generator.vocab[50:5_000]

    def facet(i: int) -> Any:
        if i % 3 == 0:
            return SearchFilters(jurisdiction=rng.choice(STATES))
        if i % 3 == 1:
            return SearchFilters(kinds=(rng.choice(KINDS_WEIGHTED[5:]),))
        start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 8000))
        return SearchFilters(date_from=start, date_to=start + dt.timedelta(days=730))

    def phrase() -> str:
        # Two adjacent words of a real generated document, so the phrase does occur.
        words = generator.document(0)[4].replace(".", "").split()
        at = rng.randrange(0, len(words) - 1)
        return f'"{words[at]} {words[at + 1]}"'

    return {
        "one term": [(rng.choice(middle), facet(i)) for i in range(count)],
        "two terms": [(f"{rng.choice(middle)} {rng.choice(middle)}", facet(i)) for i in range(count)],
        "phrase": [(phrase(), facet(i)) for i in range(count)],
    }


def direct_runner(database_url: str | None) -> Callable[[list[tuple[str, Any]]], None]:
    """Runs recorded statements through the bare driver, as an application without our layer would."""
    from django.conf import settings

    if database_url:
        import psycopg

        pg = psycopg.connect(database_url, autocommit=True)

        def run_pg(statements: list[tuple[str, Any]]) -> None:
            with pg.cursor() as cursor:
                for sql, params in statements:
                    cursor.execute(sql, params)
                    cursor.fetchall()

        return run_pg
    import sqlite3

    db = sqlite3.connect(settings.DATABASES["default"]["NAME"])

    def run_sqlite(statements: list[tuple[str, Any]]) -> None:
        for sql, params in statements:
            converted = sql.replace("%s", "?").replace("%%", "%")
            db.execute(converted, [p.isoformat() if isinstance(p, dt.date) else p for p in params]).fetchall()

    return run_sqlite


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="documents (default 1,000,000 SQLite, 100,000 PostgreSQL)")
    parser.add_argument("--queries", type=int, default=200, help="queries of each type")
    parser.add_argument("--database-url", default=None, help="an EMPTY PostgreSQL database to fill")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    n = args.n or (100_000 if args.database_url else 1_000_000)

    setup_django(args.database_url)
    from django.db import connection

    from entanglement.tracker.search.api import search

    print(f"{connection.vendor}: generating {n:,} documents", file=sys.stderr)
    generator = fill(n, args.seed)
    direct = direct_runner(args.database_url)
    rng = random.Random(args.seed + 1)
    print(f"\n{connection.vendor}, {n:,} documents, {args.queries} queries per type, one facet each")
    print(f"{'query':<10} {'p50 ms':>8} {'p95 ms':>8} {'direct p50':>11} {'direct p95':>11} {'ratio p50':>10} {'ratio p95':>10} {'hits/q':>8}")
    for name, items in queries(generator, args.queries, rng).items():
        ours: list[float] = []
        bare: list[float] = []
        totals = 0
        for text, facets in items:
            recorded: list[tuple[str, Any]] = []

            def record(
                execute: Any, sql: str, params: Any, many: bool, context: Any, recorded: list[Any] = recorded
            ) -> Any:
                recorded.append((sql, list(params or ())))
                return execute(sql, params, many, context)

            with connection.execute_wrapper(record):
                search(text, facets=facets, limit=20)  # warm both caches with this exact query
            # Only the full-text statements: the baseline has no jurisdiction lookup to make.
            statements = [(s, p) for s, p in recorded if "search_" in s]
            t0 = time.perf_counter()
            results = search(text, facets=facets, limit=20)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            direct(statements)
            bare.append(time.perf_counter() - t0)
            totals += results.total
        p50, p95 = percentile(ours, 0.5) * 1000, percentile(ours, 0.95) * 1000
        d50, d95 = percentile(bare, 0.5) * 1000, percentile(bare, 0.95) * 1000
        print(
            f"{name:<10} {p50:8.1f} {p95:8.1f} {d50:11.1f} {d95:11.1f} {p50 / d50:10.2f} {p95 / d95:10.2f}"
            f" {totals / len(items):8.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
