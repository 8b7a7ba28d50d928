from typing import Any

from django.apps import AppConfig
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created


def _sqlite_functions(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """The index triggers on SQLite call search_pairs(): every connection that writes needs it."""
    if connection.vendor == "sqlite":
        from .pairs import register

        register(connection.connection)


class SearchConfig(AppConfig):
    name = "entanglement.tracker.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from . import signals

        signals.connect()
        connection_created.connect(_sqlite_functions, dispatch_uid="search-sqlite-functions")
