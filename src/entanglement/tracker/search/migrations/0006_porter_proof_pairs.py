"""SQLite: word-pair tokens that the porter stemmer leaves whole, and title pairs of their own.

Migration 0005's pair tokens went through the index's porter stemmer like any word, which could cut
two pairs to one ("04citigener" and "04citigen"): harmless while every phrase was checked again on
its positions, wrong once a two-word phrase is answered from its pair alone. The tokens now end in a
digit, which no porter rule touches, and a title's pairs are also indexed as title pairs (pairs.py).
The triggers call `search_pair_tokens()` instead of `search_pairs()`, and the index is rebuilt in
place. PostgreSQL's pair lexemes are not stemmed again: nothing changes there.
"""

import importlib
from collections.abc import Callable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from entanglement.tracker.search.pairs import register

previous = importlib.import_module("entanglement.tracker.search.migrations.0005_word_pairs")

COLUMNS = previous.COLUMNS


def _triggers(function: str) -> list[str]:
    old = f"old.id, old.title, old.body, old.facets, {function}(old.title, old.body)"
    new = f"new.id, new.title, new.body, new.facets, {function}(new.title, new.body)"
    return [
        "DROP TRIGGER IF EXISTS search_fts_au",
        "DROP TRIGGER IF EXISTS search_fts_ad",
        "DROP TRIGGER IF EXISTS search_fts_ai",
        f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN
            INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({new});
        END""",
        f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN
            INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ('delete', {old});
        END""",
        f"""CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchentry BEGIN
            INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ('delete', {old});
            INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({new});
        END""",
    ]


def _fill(function: str) -> list[str]:
    """The index emptied and written again from the rows (see 0005 on why not FTS5's 'rebuild')."""
    return [
        "PRAGMA cache_size = -400000",
        "INSERT INTO search_fts(search_fts) VALUES ('delete-all')",
        f"""INSERT INTO search_fts(rowid, {COLUMNS})
            SELECT id, title, body, facets, {function}(title, body) FROM search_searchentry""",
        "INSERT INTO search_fts(search_fts) VALUES ('optimize')",
        "PRAGMA cache_size = -2000",
    ]


SQLITE_TRIGGERS = _triggers("search_pair_tokens")
SQLITE_FILL = _fill("search_pair_tokens")
SQLITE_BACK = [*_triggers("search_pairs"), *_fill("search_pairs")]


def _run(statements: list[str]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        connection.ensure_connection()
        register(connection.connection)  # also done on connect by the app; a migration may run first
        for sql in statements:
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_word_pairs")]

    operations = [
        migrations.RunPython(_run([*SQLITE_TRIGGERS, *SQLITE_FILL]), _run(SQLITE_BACK)),
    ]
