"""Search latency: `search()` over N generated documents, against the same SQL run directly.

    .venv/bin/python bench/search_latency.py --db /work/bench-data/search-1m.sqlite3 [--n 1000000]
    .venv/bin/python bench/search_latency.py --database-url postgresql://... [--n 100000]

Fills a database with generated documents (a Zipf-distributed vocabulary of invented words,
log-normal lengths, dates, kinds and jurisdictions), or reuses one this script filled before with the
same --n and --seed: the SQLite file given by --db (a temporary one without it), or the PostgreSQL
database given by --database-url (its tables are created when missing). Loading is bulk: the rows
first, then the full-text and facet indexes in one pass. Then it times one-term, two-term and phrase
queries, each with one facet (a jurisdiction, a kind or a date range), and prints p50/p95 per query
class and facet. The words are those of document-frequency ranks 50-5,000 in the index's own
statistics (FTS5 vocabulary, ts_stat); a phrase is two adjacent words of a stored document. The baseline replays the very statements `search()` sent (recorded with an execute
wrapper) through the driver alone (sqlite3 or psycopg), so the ratio is what the Python layer adds:
parsing, validation, the jurisdiction lookup, building results. Targets: p95 <= 50 ms; overhead <= 1.5x.

On a machine others are using, `--clock cpu` times SQLite by this process's CPU time (the engine runs
in the process), which other processes' load does not inflate; the load average is printed either way.
The database's size on disk is printed before the queries.
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
sys.path.insert(0, str(ROOT / "src"))

from entanglement.tracker.search.facets import entry_tokens  # noqa: E402 (Django-free)

COLUMNS = "kind, object_id, slug, title, body, url, date, geoids, categories, facets"
SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
KINDS_WEIGHTED = ["document"] * 6 + ["federal_action", "case", "policy", "provision", "statement", "quote"]
STATES = [f"{n:02d}" for n in range(10, 100)]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    # Sorted first: a set's order changes with every process's string hashing.
    return sorted(sorted(words), key=lambda w: rng.random())


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
        facets = entry_tokens(kind, geoids, "", date)
        return (kind, i, f"doc-{i}", title, body, f"/doc/{i}/", date, geoids, "", facets)


def setup_django(database_url: str | None, db_path: str | None) -> None:
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["ENTANGLEMENT_HOME"] = tempfile.mkdtemp(prefix="search-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "entanglement.settings")
    import django

    django.setup()
    from django.conf import settings

    if db_path and not database_url:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        # No connection is open yet: the handler reads this on first use.
        settings.DATABASES["default"]["NAME"] = db_path
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def filled_with(n: int, seed: int) -> bool:
    """Whether this database holds exactly what `fill(n, seed)` writes (the bench's own note says so)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS search_bench_note (n integer, seed integer)")
        cursor.execute("SELECT n, seed FROM search_bench_note")
        note = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM search_searchentry")
        (count,) = cursor.fetchone()
    if note is None and count == 0:
        return False
    if note != (n, seed) or count != n:
        raise SystemExit(f"the database holds another bench's documents ({note}, {count} rows): use an empty one")
    return True


def fill(n: int, seed: int, generator: Generator) -> None:
    from django.db import connection

    from entanglement.tracker.models import Jurisdiction

    Jurisdiction.objects.bulk_create(
        [Jurisdiction(geoid=g, level="state", name=f"State {g}") for g in STATES], ignore_conflicts=True
    )
    started = time.perf_counter()
    rows = (generator.document(i) for i in range(n))
    if connection.vendor == "sqlite":
        _fill_sqlite(rows, n)
    else:
        _fill_postgres(rows, n)
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_bench_note (n, seed) VALUES (%s, %s)", [n, seed])
    print(f"  filled and indexed in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _progress(done: int, n: int) -> None:
    if done % 100_000 == 0 or done == n:
        print(f"  {done:,} rows", file=sys.stderr)


def _fill_sqlite(rows: Any, n: int) -> None:
    """Rows first with the triggers off, then one FTS5 'rebuild' and the covering index."""
    import importlib

    from django.db import connection

    facets = importlib.import_module("entanglement.tracker.search.migrations.0002_facet_tokens")
    pairs = importlib.import_module("entanglement.tracker.search.migrations.0005_word_pairs")
    tokens = importlib.import_module("entanglement.tracker.search.migrations.0006_porter_proof_pairs")
    sql = f"INSERT INTO search_searchentry ({COLUMNS}) VALUES ({', '.join(['%s'] * 10)})"
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA cache_size=-400000")
        for statement in [*pairs.SQLITE_DROP, *facets.SQLITE_DROP]:
            cursor.execute(statement)
        done = 0
        for batch in iter(lambda: list(itertools.islice(rows, 10_000)), []):
            cursor.executemany(sql, batch)
            done += len(batch)
            _progress(done, n)
        print("  building the full-text index", file=sys.stderr)
        for statement in [*pairs.SQLITE_CREATE, *tokens.SQLITE_TRIGGERS, *tokens.SQLITE_FILL]:
            cursor.execute(statement)
        cursor.execute([s for s in facets.SQLITE_CREATE if "search_entry_facets" in s][0])
        cursor.execute("ANALYZE")
        cursor.execute("PRAGMA synchronous=NORMAL")


def _fill_postgres(rows: Any, n: int) -> None:
    """COPY with the GIN indexes dropped, then built once with a generous maintenance_work_mem."""
    from django.db import connection

    indexes = {"search_searchentry_words_facets": "GIN (tsv, facet_tokens)"}
    with connection.cursor() as cursor:
        for name in indexes:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
        copy_sql = f"COPY search_searchentry ({COLUMNS}) FROM STDIN"
        done = 0
        with cursor.cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(row)
                done += 1
                _progress(done, n)
        print("  building the GIN indexes", file=sys.stderr)
        cursor.execute("SET maintenance_work_mem = '512MB'")
        for name, spec in indexes.items():
            cursor.execute(f"CREATE INDEX {name} ON search_searchentry USING {spec}")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE search_searchentry")


FACETS = ("jurisdiction", "kind", "date range")


def ranked_words(limit: int) -> list[str]:
    """The index's words, most documents first, read from the engine's own statistics."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, search_fts, 'row')")
            # Facet tokens start with a letter and go on with digits, or are known prefixes.
            cursor.execute(
                "SELECT term FROM temp.bench_vocab WHERE term NOT GLOB '*[0-9]*' AND term NOT GLOB 'k*'"
                " ORDER BY doc DESC LIMIT %s",
                [limit],
            )
        else:
            # A lexeme with a space is a pair of words (migration 0005), not a word.
            cursor.execute(
                "SELECT word FROM ts_stat('SELECT tsv FROM search_searchentry WHERE id %% 20 = 0')"
                " WHERE word NOT LIKE '%% %%' ORDER BY ndoc DESC LIMIT %s",
                [limit],
            )
        return [w for (w,) in cursor.fetchall()]


def stored_phrase(rng: random.Random, span: tuple[int, int]) -> str:
    """Two adjacent words of a stored document, so that the phrase does occur."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM search_searchentry WHERE id >= %s ORDER BY id LIMIT 1", [rng.randint(*span)])
        words = cursor.fetchone()[0].replace(".", "").split()
    at = rng.randrange(0, len(words) - 1)
    return f'"{words[at]} {words[at + 1]}"'


def queries(count: int, rng: random.Random) -> dict[tuple[str, str], list[tuple[str, Any]]]:
    from django.db import connection

    from entanglement.tracker.search.api import SearchFilters, search
    from entanglement.tracker.search.query import parse_query

    # Mid-frequency words (document-frequency ranks 50-5,000): neither stop-word-like nor hapaxes.
    middle = ranked_words(5_000)[50:]
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id) FROM search_searchentry")
        (low,) = cursor.fetchone()
        cursor.execute("SELECT max(id) FROM search_searchentry")
        (high,) = cursor.fetchone()

    def facet(name: str) -> Any:
        if name == "jurisdiction":
            return SearchFilters(jurisdiction=rng.choice(STATES))
        if name == "kind":
            return SearchFilters(kinds=(rng.choice(KINDS_WEIGHTED[5:]),))
        start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 8000))
        return SearchFilters(date_from=start, date_to=start + dt.timedelta(days=730))

    def word() -> str:
        # An index term read back as a query is stemmed again, which can change it: skip those.
        while True:
            candidate = rng.choice(middle)
            if parse_query(candidate) and search(candidate, limit=1).total:
                return candidate

    makers: dict[str, Callable[[], str]] = {
        "one term": word,
        "two terms": lambda: f"{word()} {word()}",
        "phrase": lambda: stored_phrase(rng, (low, high)),
    }
    return {(name, f): [(make(), facet(f)) for _ in range(count)] for name, make in makers.items() for f in FACETS}


def direct_runner(database_url: str | None) -> Callable[[list[tuple[str, Any]]], None]:
    """Runs recorded statements through the bare driver, as an application without our layer would."""
    from django.conf import settings

    if database_url:
        import psycopg

        pg = psycopg.connect(database_url, autocommit=True)

        def run_pg(statements: list[tuple[str, Any]]) -> None:
            # One transaction, as search() uses for its planner settings.
            # Client-side binding, as Django's psycopg backend does by default.
            with pg.transaction(), psycopg.ClientCursor(pg) as cursor:
                for sql, params in statements:
                    cursor.execute(sql, params)
                    cursor.fetchall()

        return run_pg
    import sqlite3

    db = sqlite3.connect(settings.DATABASES["default"]["NAME"], isolation_level=None)

    def bound(params: list[Any]) -> list[Any]:
        return [p.isoformat() if isinstance(p, dt.date) else p for p in params]

    def run_sqlite(statements: list[tuple[str, Any]]) -> None:
        # The snippets' private table is made once; its rows are written and read in a transaction
        # that is rolled back, as search() does.
        for sql, _ in statements:
            if sql.startswith("CREATE VIRTUAL TABLE IF NOT EXISTS temp."):
                db.execute(sql)
        db.execute("BEGIN")
        try:
            for sql, params in statements:
                converted = sql.replace("%s", "?").replace("%%", "%")
                if sql.startswith("CREATE VIRTUAL TABLE IF NOT EXISTS temp.") or sql.startswith("BEGIN"):
                    continue  # made above; the transaction is this function's own
                if params and isinstance(params[0], (list, tuple)):  # an executemany
                    db.executemany(converted, [bound(list(row)) for row in params])
                else:
                    db.execute(converted, bound(params)).fetchall()
        finally:
            db.execute("ROLLBACK")

    return run_sqlite


def database_bytes() -> int:
    """The whole database on disk: the SQLite file, or the PostgreSQL database with its indexes."""
    from django.conf import settings
    from django.db import connection

    if connection.vendor == "sqlite":
        return Path(settings.DATABASES["default"]["NAME"]).stat().st_size
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return int(cursor.fetchone()[0])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="documents (default 1,000,000 SQLite, 100,000 PostgreSQL)")
    parser.add_argument("--queries", type=int, default=100, help="queries of each class and facet")
    parser.add_argument("--db", default=None, help="SQLite file to fill, or to reuse when this script filled it")
    parser.add_argument("--database-url", default=None, help="PostgreSQL database to fill or reuse")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall",
        help="cpu: this process's CPU time, for SQLite on a busy machine (other processes' load does not count;"
        " PostgreSQL's work is in the server and would not count either)",
    )
    args = parser.parse_args()
    n = args.n or (100_000 if args.database_url else 1_000_000)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    setup_django(args.database_url, args.db)
    from django.db import connection

    from entanglement.tracker.search.api import search

    if filled_with(n, args.seed):
        print(f"{connection.vendor}: reusing {n:,} documents", file=sys.stderr)
    else:
        print(f"{connection.vendor}: generating {n:,} documents", file=sys.stderr)
        rng = random.Random(args.seed)
        fill(n, args.seed, Generator(vocabulary(40_000, rng), rng))
    print(f"  database size: {database_bytes() / 2**20:,.0f} MiB", file=sys.stderr)
    direct = direct_runner(args.database_url)
    rng = random.Random(args.seed + 1)
    load = os.getloadavg()[0]
    print(
        f"\n{connection.vendor}, {n:,} documents, {args.queries} queries per class and facet,"
        f" {args.clock} clock, load average {load:.1f} on {os.cpu_count()} cores at the start"
    )
    print(
        f"{'query':<10} {'facet':<12} {'p50 ms':>7} {'p95 ms':>7} {'direct p50':>10} {'direct p95':>10}"
        f" {'ratio p50':>9} {'ratio p95':>9} {'hits/q':>8} {'exact':>6}"
    )
    for (name, facet_name), items in queries(args.queries, rng).items():
        ours: list[float] = []
        bare: list[float] = []
        totals = exact = 0
        for text, facets in items:
            recorded: list[tuple[str, Any]] = []

            def record(
                execute: Any, sql: str, params: Any, many: bool, context: Any, recorded: list[Any] = recorded
            ) -> Any:
                recorded.append((sql, list(params or ())))
                return execute(sql, params, many, context)

            with connection.execute_wrapper(record):
                search(text, facets=facets, limit=20)  # warm both caches with this exact query
            # Every statement but the GEOID lookup: the baseline is handed the GEOIDs.
            statements = [(s, p) for s, p in recorded if "consolidated_with_id" not in s]
            t0 = clock()
            results = search(text, facets=facets, limit=20)
            ours.append(clock() - t0)
            t0 = clock()
            direct(statements)
            bare.append(clock() - t0)
            totals += results.total
            exact += results.total_exact
        p50, p95 = percentile(ours, 0.5) * 1000, percentile(ours, 0.95) * 1000
        d50, d95 = percentile(bare, 0.5) * 1000, percentile(bare, 0.95) * 1000
        print(
            f"{name:<10} {facet_name:<12} {p50:7.1f} {p95:7.1f} {d50:10.1f} {d95:10.1f}"
            f" {p50 / d50:9.2f} {p95 / d95:9.2f} {totals / len(items):8.0f} {exact / len(items):6.0%}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
