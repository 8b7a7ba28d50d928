"""Counting records and their history rows, to prove that a load changed nothing (or everything)."""

from __future__ import annotations

from django.apps import apps


def snapshot() -> dict[str, int]:
    """Row counts of every tracker table, historical tables included."""
    return {
        model.__name__: model._default_manager.count()
        for model in apps.get_app_config("tracker").get_models()
    }


def history_rows(counts: dict[str, int]) -> int:
    return sum(n for name, n in counts.items() if name.startswith("Historical"))
