"""The review queue: who may use it, what it shows, and what each decision writes (and keeps in history)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from entanglement.tracker import models as m
from entanglement.tracker.registry import load_us_registry
from entanglement.tracker.review.decisions import DecisionError, accept, reject

from .helpers import NEWS, SANGAMON, editor, ingest_text

pytestmark = pytest.mark.django_db

QUEUE = "/review/"


@pytest.fixture(autouse=True)
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTANGLEMENT_HOME", str(tmp_path / "home"))
    load_us_registry()


@pytest.fixture
def source(tmp_path: Path) -> m.Source:
    return ingest_text(tmp_path)


@pytest.fixture
def client_for_editor() -> Client:
    client = Client()
    client.force_login(editor())
    return client


def link(source: m.Source) -> m.Proposal:
    return m.Proposal.objects.get(source=source, kind="jurisdiction_link", key=SANGAMON)


def test_anonymous_visitors_are_sent_to_sign_in(source: m.Source) -> None:
    response = Client().get(QUEUE)
    assert response.status_code == 302 and response["Location"].startswith("/review/login/")
    assert Client().post(f"/review/{link(source).pk}/", {"action": "accept"}).status_code == 302
    assert link(source).status == "pending"


def test_signed_in_non_editors_are_refused(source: m.Source) -> None:
    client = Client()
    client.force_login(User.objects.create_user("reader", password="x"))
    assert client.get(QUEUE).status_code == 403
    assert client.post(f"/review/{link(source).pk}/", {"action": "accept"}).status_code == 403
    assert link(source).status == "pending"


def test_the_queue_filters_by_kind_jurisdiction_and_confidence(
    source: m.Source, client_for_editor: Client
) -> None:
    all_rows = client_for_editor.get(QUEUE).content.decode()
    assert all_rows.count("data-proposal=") == m.Proposal.objects.count() >= 2

    statements = client_for_editor.get(QUEUE, {"status": "pending", "kind": "statement"}).content.decode()
    assert statements.count("data-proposal=") == 1

    sangamon = client_for_editor.get(QUEUE, {"status": "pending", "jurisdiction": SANGAMON}).content.decode()
    assert f'data-proposal="{link(source).pk}"' in sangamon
    assert sangamon.count("data-proposal=") == m.Proposal.objects.filter(jurisdiction__geoid=SANGAMON).count()

    confident = client_for_editor.get(QUEUE, {"status": "pending", "min_confidence": "0.99"}).content.decode()
    assert confident.count("data-proposal=") == 0


def test_the_detail_marks_the_passage_in_escaped_document_text(
    source: m.Source, client_for_editor: Client
) -> None:
    page = client_for_editor.get(f"/review/{link(source).pk}/").content.decode()
    evidence = link(source).evidence
    assert evidence is not None
    assert '<mark class="evidence">' in page
    assert "&lt;script&gt;alert(" in page
    assert "<script>alert(" not in page


def test_accepting_a_link_puts_the_source_on_the_jurisdiction_page(
    source: m.Source, client_for_editor: Client
) -> None:
    public = Client()
    label = str(source)
    assert label not in public.get(f"/j/{SANGAMON}/").content.decode()

    response = client_for_editor.post(
        f"/review/{link(source).pk}/", {"action": "accept", "reason": "named twice"}
    )

    assert response.status_code == 302
    proposal = link(source)
    assert (
        proposal.status == "accepted" and proposal.decided_by is not None and proposal.reason == "named twice"
    )
    assert label in public.get(f"/j/{SANGAMON}/").content.decode()
    latest = proposal.history.first()
    assert latest is not None
    assert latest.history_change_reason == "named twice" and latest.history_user == proposal.decided_by
    jurisdiction_history = m.Jurisdiction.objects.get(geoid=SANGAMON).history.first()
    assert jurisdiction_history is not None


def test_rejecting_writes_nothing_public(source: m.Source, client_for_editor: Client) -> None:
    client_for_editor.post(f"/review/{link(source).pk}/", {"action": "reject", "reason": "a passing mention"})
    proposal = link(source)
    assert proposal.status == "rejected" and proposal.reason == "a passing mention"
    assert str(source) not in Client().get(f"/j/{SANGAMON}/").content.decode()
    assert not source.jurisdictions.exists()


def test_edit_then_accept_creates_a_statement_with_its_quotes_and_source(
    source: m.Source, client_for_editor: Client
) -> None:
    proposal = m.Proposal.objects.get(source=source, kind="statement")
    payload = dict(
        proposal.payload, organization="Sangamon County Sheriff's Office", title="Sheriff on holds"
    )

    response = client_for_editor.post(
        f"/review/{proposal.pk}/", {"action": "accept", "payload": json.dumps(payload), "reason": "checked"}
    )

    assert response.status_code == 302
    statement = m.Statement.objects.get(sources=source)
    assert (
        statement.title == "Sheriff on holds"
        and statement.organization.name == "Sangamon County Sheriff's Office"
    )
    quote = statement.quotes.get()
    assert quote.person.name == "Dana Whitfield" and quote.passage is not None
    assert source.text[quote.passage.start : quote.passage.end] == quote.text
    assert statement.jurisdictions.filter(geoid=SANGAMON).exists()
    page = Client().get(f"/statements/{statement.slug}/").content.decode()
    assert "Dana Whitfield" in page
    m.Proposal.objects.get(pk=proposal.pk, status="accepted", payload__title="Sheriff on holds")


def test_a_proposal_missing_what_a_record_needs_is_refused_and_nothing_changes(
    source: m.Source, client_for_editor: Client
) -> None:
    proposal = m.Proposal.objects.get(source=source, kind="statement")
    payload = dict(proposal.payload, organization="")
    response = client_for_editor.post(
        f"/review/{proposal.pk}/", {"action": "accept", "payload": json.dumps(payload)}
    )
    assert response.status_code == 200
    assert "organization" in response.content.decode()
    assert not m.Statement.objects.exists() and not m.Person.objects.exists()
    assert m.Proposal.objects.get(pk=proposal.pk).status == "pending"

    bad_json = client_for_editor.post(f"/review/{proposal.pk}/", {"action": "accept", "payload": "{not json"})
    assert "not valid JSON" in bad_json.content.decode()


def test_bulk_decisions_each_recorded(tmp_path: Path, source: m.Source, client_for_editor: Client) -> None:
    links = list(m.Proposal.objects.filter(kind="jurisdiction_link"))
    ids = [str(p.pk) for p in links]
    response = client_for_editor.post(
        "/review/bulk/", {"ids": ids, "action": "reject", "reason": "off topic"}
    )
    assert response.status_code == 302
    assert set(m.Proposal.objects.filter(pk__in=ids).values_list("status", "reason")) == {
        ("rejected", "off topic")
    }
    assert all(p.history.first().history_change_reason == "off topic" for p in links)  # type: ignore[union-attr]


def test_a_decided_proposal_cannot_be_decided_again(source: m.Source) -> None:
    user = editor()
    proposal = link(source)
    reject(proposal, user, "no")
    with pytest.raises(DecisionError, match="already rejected"):
        accept(proposal, user, "yes")
    assert not source.jurisdictions.exists()


def test_decisions_need_the_csrf_token(source: m.Source) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor())
    assert client.post(f"/review/{link(source).pk}/", {"action": "accept"}).status_code == 403
    assert link(source).status == "pending"


def test_signing_in_through_the_review_login(source: m.Source) -> None:
    editor("ed", "a long enough password")
    client = Client()
    response = client.post(
        "/review/login/", {"username": "ed", "password": "a long enough password", "next": QUEUE}
    )
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert client.get(QUEUE).status_code == 200


def test_an_editor_uploads_a_file_and_its_proposals_join_the_queue(client_for_editor: Client) -> None:
    document = SimpleUploadedFile("notice.txt", NEWS.encode(), content_type="text/plain")

    response = client_for_editor.post("/review/upload/", {"file": document})

    assert response.status_code == 302
    source = m.Source.objects.get(kind="document")
    assert m.Proposal.objects.filter(source=source, kind="jurisdiction_link", key=SANGAMON).exists()
    again = client_for_editor.post(
        "/review/upload/", {"file": SimpleUploadedFile("copy.txt", NEWS.encode())}, follow=True
    )
    assert "unchanged" in again.content.decode()
    assert m.Source.objects.filter(kind="document").count() == 1


def test_an_upload_of_a_private_url_or_a_bad_file_stores_nothing(client_for_editor: Client) -> None:
    refused = client_for_editor.post("/review/upload/", {"url": "http://169.254.169.254/latest/"})
    assert refused.status_code == 200 and "refused" in refused.content.decode()
    broken = client_for_editor.post(
        "/review/upload/",
        {"file": SimpleUploadedFile("x.pdf", b"%PDF-1.7\ngarbage", content_type="application/pdf")},
    )
    assert broken.status_code == 200 and "Not ingested" in broken.content.decode()
    assert not m.Source.objects.filter(kind="document").exists() and not m.Proposal.objects.exists()


def test_the_upload_form_is_for_editors_only() -> None:
    assert Client().get("/review/upload/").status_code == 302
    client = Client()
    client.force_login(User.objects.create_user("reader", password="x"))
    assert (
        client.post("/review/upload/", {"file": SimpleUploadedFile("a.txt", NEWS.encode())}).status_code
        == 403
    )
    assert not m.Source.objects.filter(kind="document").exists()
