"""Documents ingested for review tests, and editors."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import Group, User

from entanglement.tracker import models as m
from entanglement.tracker.ingest import ingest

SANGAMON = "17167"
NEWS = (
    "SPRINGFIELD, Ill., May 4, 2025 - \u201cOur deputies will not hold anyone for ICE without a judge's "
    "warrant,\u201d said Sheriff Dana Whitfield of Sangamon County. <script>alert('x')</script> The county "
    "board agreed.\n"
)


def ingest_text(folder: Path, text: str = NEWS, name: str = "news.txt") -> m.Source:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    outcome = ingest([str(path)]).outcomes[0]
    assert outcome.status == "new", outcome
    return m.Source.objects.get(pk=outcome.source_id)


def editor(username: str = "editor", password: str = "correct horse battery") -> User:
    user = User.objects.create_user(username, password=password)
    user.groups.add(Group.objects.get_or_create(name="editors")[0])
    return user
