"""PostgreSQL: the words and the facet tokens in one GIN index.

With two indexes, a frequent word AND a rare facet is two bitmap scans, the word's whole posting
list decoded to be intersected afterwards. One multicolumn index answers both conditions in one
scan, which skips through the word's posting tree to the facet's few entries.
"""

from collections.abc import Callable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

POSTGRES_CREATE = [
    "DROP INDEX IF EXISTS search_searchentry_tsv",
    "DROP INDEX IF EXISTS search_searchentry_facet_tokens",
    "CREATE INDEX search_searchentry_words_facets ON search_searchentry USING GIN (tsv, facet_tokens)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_searchentry_words_facets",
    "CREATE INDEX search_searchentry_tsv ON search_searchentry USING GIN (tsv)",
    "CREATE INDEX search_searchentry_facet_tokens ON search_searchentry USING GIN (facet_tokens)",
]


def _run(statements: dict[str, list[str]]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_title_tsvector")]

    operations = [migrations.RunPython(_run({"postgresql": POSTGRES_CREATE}), _run({"postgresql": POSTGRES_DROP}))]
