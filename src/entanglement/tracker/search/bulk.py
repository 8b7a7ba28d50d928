"""Index updates held back while many records are written, then written in a few queries per kind.

Inside `deferred_index()` the search signals only note which records changed (signals.py), and a
writer that inserts with bulk_create — which sends no signals — notes its records with `touch`.
When the block ends, every noted record's entry, and the entries that repeat its fields (a policy's
provisions, a case's rulings, a statement's quotes), is rebuilt from the database with the entry
builders of documents.py: the records of one kind are read in one query, their old entries deleted
in one and the new ones inserted in one. Reading the records back (rather than keeping the saved
instances) is what makes the result the same as `documents.rebuild_index()`: a record deleted or
rolled back within the block simply loses its entry.

The block is one transaction (a savepoint inside another): outside it the index never disagrees
with the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models, transaction

from entanglement.tracker import models as t

from . import documents
from .models import SearchEntry

# Records whose entry repeats fields of another record: (that record, its foreign key to the other).
DEPENDENTS: dict[type[models.Model], tuple[type[models.Model], str]] = {
    t.Policy: (t.Provision, "policy_id"),
    t.Case: (t.Ruling, "case_id"),
    t.Statement: (t.Quote, "statement_id"),
}

# How each kind is read for its builder: the related rows the builder reads, fetched for all at once.
# A kind missing here is still indexed correctly, only with a query per related read.
_QUERIES: dict[type[models.Model], Callable[[], models.QuerySet[Any]]] = {
    t.Source: lambda: t.Source.objects.prefetch_related("jurisdictions"),
    t.FederalAction: lambda: t.FederalAction.objects.prefetch_related("targets"),
    t.Case: lambda: t.Case.objects.prefetch_related("parties"),
    t.Ruling: lambda: t.Ruling.objects.select_related("case").prefetch_related("case__parties"),
    t.Policy: lambda: t.Policy.objects.select_related("jurisdiction"),
    t.Provision: lambda: t.Provision.objects.select_related("policy__jurisdiction"),
    t.Statement: lambda: t.Statement.objects.select_related("organization").prefetch_related("jurisdictions"),
    t.Quote: lambda: t.Quote.objects.select_related("person", "statement").prefetch_related(
        "statement__jurisdictions"
    ),
}

# Primary keys per query: well under SQLite's limit on bound parameters.
CHUNK = 500


class PendingIndex:
    """The records whose entries are out of date until `flush`."""

    def __init__(self) -> None:
        self._stale: dict[type[models.Model], set[Any]] = {}

    def touch(self, model: type[models.Model], pks: Iterable[Any]) -> None:
        """These records of `model` were created, changed or deleted."""
        if model not in documents.ENTRY_BUILDERS:
            return
        self._stale.setdefault(model, set()).update(pk for pk in pks if pk is not None)

    def __len__(self) -> int:
        return sum(len(pks) for pks in self._stale.values())

    def flush(self) -> int:
        """Rewrite the entries of every noted record; returns how many entries were written."""
        self._add_dependents()
        written = 0
        for model, pks in self._stale.items():
            for chunk in _chunks(sorted(pks), CHUNK):
                written += _rewrite(model, chunk)
        self._stale.clear()
        return written

    def _add_dependents(self) -> None:
        for owner, (dependent, key) in DEPENDENTS.items():
            owners = self._stale.get(owner)
            if not owners:
                continue
            for chunk in _chunks(sorted(owners), CHUNK):
                query = dependent._default_manager.filter(**{f"{key}__in": chunk})
                self.touch(dependent, query.values_list("pk", flat=True))


def _rewrite(model: type[models.Model], pks: list[Any]) -> int:
    kind, build = documents.ENTRY_BUILDERS[model]
    query = _QUERIES.get(model, model._default_manager.all)()
    entries = [entry for entry in (build(obj) for obj in query.filter(pk__in=pks)) if entry is not None]
    SearchEntry.objects.filter(kind=kind, object_id__in=pks).delete()
    SearchEntry.objects.bulk_create(entries)
    return len(entries)


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_pending: ContextVar[PendingIndex | None] = ContextVar("entanglement_pending_index", default=None)


def pending() -> PendingIndex | None:
    """The index updates being held back in this thread, if a `deferred_index()` block is open."""
    return _pending.get()


@contextmanager
def deferred_index() -> Iterator[PendingIndex]:
    """Hold back the index updates of the records written in the block and write them at its end.

    A block opened inside another joins it: the outer block writes them all."""
    outer = _pending.get()
    with transaction.atomic():
        if outer is not None:
            yield outer
            return
        index = PendingIndex()
        token = _pending.set(index)
        try:
            yield index
        finally:
            _pending.reset(token)
        index.flush()
