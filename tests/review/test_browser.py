"""The review queue in Debian's Chromium: sign in, accept a proposal and find it public; reject one, find it nowhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from entanglement.tracker import models as m
from entanglement.tracker.registry import load_us_registry

from .helpers import NEWS, SANGAMON, editor, ingest_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Sheriff limits holds for immigration agents"
PAGE = f"<html><head><title>{TITLE}</title></head><body><article><p>{NEWS * 3}</p><p>Officials in Cook County disagreed.</p></article></body></html>"


def test_accept_one_proposal_see_it_public_reject_another_see_it_nowhere(
    page: Any, live_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTANGLEMENT_HOME", str(tmp_path / "home"))
    load_us_registry()
    source = ingest_text(tmp_path, PAGE, "news.html")
    assert source.title == TITLE
    editor("editor", "a long enough password")
    accepted = m.Proposal.objects.get(source=source, kind="jurisdiction_link", key=SANGAMON)
    rejected = (
        m.Proposal.objects.filter(source=source, kind="jurisdiction_link").exclude(pk=accepted.pk).first()
    )
    assert rejected is not None, "the document names a second jurisdiction"
    other = rejected.key

    page.goto(f"{live_server.url}/review/")
    page.wait_for_url("**/review/login/**")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a long enough password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/review/")

    page.locator(f'tr[data-proposal="{accepted.pk}"] a').click()
    page.wait_for_url(f"**/review/{accepted.pk}/")
    assert "Sangamon County" in page.locator("mark.evidence").inner_text()
    page.get_by_label("Reason").fill("the sheriff of this county speaks")
    page.get_by_role("button", name="Accept").click()
    page.wait_for_url(f"{live_server.url}/review/")
    assert f"Proposal #{accepted.pk} accepted." in page.locator(".messages").inner_text()

    page.locator(f'tr[data-proposal="{rejected.pk}"] a').click()
    page.wait_for_url(f"**/review/{rejected.pk}/")
    page.get_by_label("Reason").fill("named only in passing")
    page.get_by_role("button", name="Reject").click()
    page.wait_for_url(f"{live_server.url}/review/")

    page.goto(f"{live_server.url}/j/{SANGAMON}/")
    assert page.get_by_text(TITLE).count() == 1
    page.goto(f"{live_server.url}/j/{other}/")
    assert page.get_by_text(TITLE).count() == 0
    page.goto(f"{live_server.url}/statements/")
    assert page.get_by_text(TITLE).count() == 0

    assert m.Proposal.objects.get(pk=accepted.pk).status == "accepted"
    decided = m.Proposal.objects.get(pk=rejected.pk)
    assert decided.status == "rejected" and decided.reason == "named only in passing"
    assert decided.decided_by is not None and decided.decided_by.username == "editor"
