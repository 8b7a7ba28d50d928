"""PostgreSQL: the title's own tsvector, small enough to stay in the row.

Ranking asks of each candidate whether its title holds the query's words; reading that from the
full tsvector would unpack a TOASTed value per candidate. SQLite answers the same question from the
FTS5 index's title column and needs nothing new.
"""

from collections.abc import Callable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

POSTGRES_CREATE = [
    """ALTER TABLE search_searchentry ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, coalesce(title, ''))) STORED""",
]
POSTGRES_DROP = ["ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_tsv"]


def _run(statements: dict[str, list[str]]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_facet_tokens")]

    operations = [migrations.RunPython(_run({"postgresql": POSTGRES_CREATE}), _run({"postgresql": POSTGRES_DROP}))]
