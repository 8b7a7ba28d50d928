"""Checks shared by the models, the admin and the seed loader."""

from __future__ import annotations

import importlib
from collections.abc import Iterable


def taxonomy_codes() -> frozenset[str] | None:
    """The policy category codes of `entanglement.core.taxonomy`, or None while it does not exist yet."""
    try:
        taxonomy = importlib.import_module("entanglement.core.taxonomy")
    except ModuleNotFoundError as e:
        if e.name not in {"entanglement.core.taxonomy"}:
            raise
        return None
    return frozenset(taxonomy.CATEGORIES)


def invalid_categories(codes: object) -> list[str]:
    """The entries of `codes` that are not taxonomy codes (all checks but the type are skipped without a taxonomy)."""
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        return [repr(codes)]
    known = taxonomy_codes()
    if known is None:
        return []
    return [c for c in _unique(codes) if c not in known]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
