"""Saves and deletes of tracker records update their index entries (and those that quote them).

Inside `bulk.deferred_index()` the handlers only note the records, and the block writes their
entries at its end. Bulk writes send no signals (the seed loader uses bulk_create): after one, call
`documents.rebuild_index()` or `entangle manage rebuild_search_index`, or note the records with
`PendingIndex.touch` inside a deferred block.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save

from entanglement.tracker import models as t

from . import bulk, documents


def _dependents(obj: models.Model) -> list[models.Model]:
    """Records whose entry repeats fields of `obj` (a provision carries its policy's name and place)."""
    found = bulk.DEPENDENTS.get(type(obj))
    if found is None:
        return []
    dependent, key = found
    return list(dependent._default_manager.filter(**{key: obj.pk}))


def _refresh(obj: models.Model) -> None:
    held = bulk.pending()
    if held is not None:
        held.touch(type(obj), [obj.pk])  # its dependents are found when the block ends
        return
    documents.reindex(obj)
    for dependent in _dependents(obj):
        documents.reindex(dependent)


def _saved(sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        _refresh(instance)


def _deleted(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    held = bulk.pending()
    if held is not None:
        held.touch(sender, [instance.pk])
        return
    documents.unindex(sender, instance.pk)


def _link_saved(sender: type[models.Model], instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """A target or party row changed: the action's or case's jurisdictions changed."""
    if raw:
        return
    owner = instance.action if isinstance(instance, t.FederalActionTarget) else instance.case
    held = bulk.pending()
    if held is not None:
        held.touch(type(owner), [owner.pk])  # an owner deleted meanwhile just loses its entry
        return
    if owner.pk is not None and type(owner).objects.filter(pk=owner.pk).exists():
        _refresh(owner)


def _m2m_changed(sender: Any, instance: Any, action: str, pk_set: Any, **kwargs: Any) -> None:
    """Links changed from either side: refresh the record on each side that has an entry."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if type(instance) in documents.ENTRY_BUILDERS:
        _refresh(instance)
    model = kwargs["model"]
    if model not in documents.ENTRY_BUILDERS or not pk_set:
        return
    held = bulk.pending()
    if held is not None:
        held.touch(model, pk_set)
        return
    for obj in model.objects.filter(pk__in=pk_set):
        _refresh(obj)


def connect() -> None:
    for model in documents.ENTRY_BUILDERS:
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
    for link in (t.FederalActionTarget, t.CaseParty):
        post_save.connect(_link_saved, sender=link, dispatch_uid=f"search-link-save-{link.__name__}")
        post_delete.connect(_link_saved, sender=link, dispatch_uid=f"search-link-delete-{link.__name__}")
    for through in (t.Statement.jurisdictions.through, t.Source.jurisdictions.through):
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"search-m2m-{through.__name__}")
