"""Database: embedded SQLite under $ENTANGLEMENT_HOME by default, PostgreSQL when DATABASE_URL says so."""

from __future__ import annotations

import os

import dj_database_url

from .base import HOME

_url = os.environ.get("DATABASE_URL", "").strip()

if _url:
    DATABASES = {"default": dj_database_url.parse(_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(HOME / "entanglement.sqlite3"),
            # WAL lets readers (the site) go on while an import writes.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
