"""Start Django for commands that need the database (the pure-core commands never call this)."""

from __future__ import annotations

import os


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "entanglement.settings")
    import django

    django.setup()


def ensure_home() -> None:
    """Create $ENTANGLEMENT_HOME so the embedded database has somewhere to live."""
    from entanglement.settings.env import entanglement_home

    entanglement_home().mkdir(parents=True, exist_ok=True)
