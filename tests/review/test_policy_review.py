"""Policy and provision proposals through the review queue: what accepting writes, and where it shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client

from entanglement.core.pipeline import extract
from entanglement.core.taxonomy import CATEGORIES
from entanglement.tracker import models as m
from entanglement.tracker.importers import import_extraction
from entanglement.tracker.registry import load_us_registry
from entanglement.tracker.review.decisions import DecisionError, accept
from entanglement.web.templatetags.entanglement import source_label

from .helpers import SANGAMON, editor, ingest_text

pytestmark = pytest.mark.django_db

# Our own text: a county ordinance with one limiting provision per section.
ORDINANCE = (
    "SANGAMON COUNTY, ILLINOIS\n\n"
    "ORDINANCE NO. 2025-14\n\n"
    "An ordinance limiting the use of county resources for civil immigration enforcement.\n\n"
    "Adopted June 10, 2025.\n\n"
    "BE IT ORDAINED by the County Board of Sangamon County, Illinois:\n\n"
    "Section 1. The Sangamon County Sheriff shall not detain any person on the basis of an immigration "
    "detainer unless the request is accompanied by a judicial warrant signed by a judge.\n\n"
    "Section 2. No county officer or employee shall inquire into the immigration or citizenship status "
    "of any person, except as required by state or federal law.\n\n"
    "Section 3. County funds, personnel and facilities shall not be used to investigate, detain or arrest "
    "persons for civil immigration violations.\n"
)


@pytest.fixture(autouse=True)
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTANGLEMENT_HOME", str(tmp_path / "home"))
    load_us_registry()


@pytest.fixture
def source(tmp_path: Path) -> m.Source:
    return ingest_text(tmp_path, ORDINANCE, "ordinance.txt")


@pytest.fixture
def client_for_editor() -> Client:
    client = Client()
    client.force_login(editor())
    return client


def policy_proposal(source: m.Source) -> m.Proposal:
    return m.Proposal.objects.get(source=source, kind="policy")


def test_an_ordinance_yields_one_policy_proposal_with_coded_provisions(source: m.Source) -> None:
    proposal = policy_proposal(source)
    payload = proposal.payload
    assert payload["jurisdiction"] == SANGAMON
    assert payload["stance"] == "limits"
    assert {"detainer_limits", "status_inquiry_limits", "resource_limits"} <= set(payload["categories"])
    assert len(payload["provisions"]) >= 3
    for provision in payload["provisions"]:
        assert 0 <= provision["start"] < provision["end"] <= len(source.text)
        assert provision["categories"]
    # Nothing public before a decision.
    assert not m.Policy.objects.exists()
    assert "2025-14" not in Client().get("/policies/").content.decode()


def test_edit_then_accept_creates_the_policy_with_sourced_provisions_shown_on_public_pages(
    source: m.Source, client_for_editor: Client
) -> None:
    proposal = policy_proposal(source)
    payload = dict(proposal.payload, name="Sangamon County Ordinance 2025-14", kind="ordinance")

    response = client_for_editor.post(
        f"/review/{proposal.pk}/", {"action": "accept", "payload": json.dumps(payload), "reason": "read it"}
    )

    assert response.status_code == 302
    policy = m.Policy.objects.get(sources=source)
    assert policy.name == "Sangamon County Ordinance 2025-14"
    assert policy.jurisdiction.geoid == SANGAMON
    assert policy.stance == "limits" and policy.kind == "ordinance"
    assert str(policy.adopted) == "2025-06-10"
    provisions = list(policy.provisions.order_by("position"))
    assert len(provisions) == len(payload["provisions"])
    for provision, proposed in zip(provisions, payload["provisions"], strict=True):
        # Every coded provision keeps the exact passage of its source.
        assert provision.passage is not None and provision.passage.source_id == source.pk
        assert source.text[provision.passage.start : provision.passage.end] == provision.text
        assert provision.categories == proposed["categories"]
    assert any("detainer_limits" in p.categories and "judicial warrant" in p.text for p in provisions)
    # History says who accepted and why.
    record = policy.history.latest()
    assert record.history_user is not None and record.history_user.username == "editor"
    assert "read it" in (record.history_change_reason or "")
    m.Proposal.objects.get(pk=proposal.pk, status="accepted", payload__name="Sangamon County Ordinance 2025-14")

    listing = Client().get("/policies/").content.decode()
    assert "Sangamon County Ordinance 2025-14" in listing
    page = Client().get(f"/j/{SANGAMON}/").content.decode()
    assert "Sangamon County Ordinance 2025-14" in page
    # What the policy says: each provision's exact words, coded, with the document they come from.
    assert "accompanied by a judicial warrant signed by a judge" in page
    assert CATEGORIES["detainer_limits"].label_en in page
    assert f"Exact words from: {source_label(source)}" in page
    spanish = Client(headers={"accept-language": "es"}).get(f"/j/{SANGAMON}/").content.decode()
    assert "Texto exacto tomado de:" in spanish and CATEGORIES["detainer_limits"].label_es in spanish


def test_a_policy_with_an_unknown_category_or_jurisdiction_is_refused_and_nothing_is_written(
    source: m.Source, client_for_editor: Client
) -> None:
    proposal = policy_proposal(source)
    bad_category = dict(proposal.payload, categories=["not_a_category"])
    response = client_for_editor.post(
        f"/review/{proposal.pk}/", {"action": "accept", "payload": json.dumps(bad_category)}
    )
    assert response.status_code == 200
    assert "not_a_category" in response.content.decode()

    with pytest.raises(DecisionError):
        accept(proposal, editor("second"), payload=dict(proposal.payload, jurisdiction="99999"))

    assert not m.Policy.objects.exists() and not m.Provision.objects.exists()
    assert m.Proposal.objects.get(pk=proposal.pk).status == "pending"


def test_a_provision_left_out_is_proposed_again_and_accepting_it_adds_it_to_the_policy(
    source: m.Source,
) -> None:
    proposal = policy_proposal(source)
    kept, *left_out = proposal.payload["provisions"]
    accept(proposal, editor(), payload=dict(proposal.payload, provisions=[kept]))
    policy = m.Policy.objects.get(sources=source)
    assert policy.provisions.count() == 1

    import_extraction(source, extract(source.text, "ordinance.txt"))

    proposals = m.Proposal.objects.filter(source=source, kind="provision", status="pending")
    assert sorted(p.payload["start"] for p in proposals) == sorted(p["start"] for p in left_out)
    assert all(p.payload["policy"] == policy.slug for p in proposals)
    first = proposals.order_by("payload__start").first()
    assert first is not None
    accept(first, editor("second"))

    assert policy.provisions.count() == 2
    added = policy.provisions.order_by("position").last()
    assert added is not None and added.passage is not None
    assert (added.passage.start, added.passage.end) == (first.payload["start"], first.payload["end"])
    assert added.categories == first.payload["categories"]
    # Importing once more proposes nothing already held or already pending.
    before = m.Proposal.objects.filter(source=source).count()
    import_extraction(source, extract(source.text, "ordinance.txt"))
    assert m.Proposal.objects.filter(source=source).count() == before
