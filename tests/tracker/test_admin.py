"""The editors' admin: every record type lists, searches, filters, opens with its inlines and history."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from entanglement.tracker import models as m
from entanglement.tracker.seed_loader import load_seed

from .seed_samples import sample, write_seed

pytestmark = pytest.mark.django_db

TRACKER_MODELS = [model for model in admin.site._registry if model._meta.app_label == "tracker"]


@pytest.fixture
def editor(client: Client, tmp_path: Path) -> Client:
    load_seed(write_seed(tmp_path / "seed", sample()))
    source = m.Source.objects.create(
        kind="document", sha256="b" * 64, text="The sample county keeps no detainers."
    )
    m.Passage.objects.create(source=source, start=4, end=17, text="sample county")
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return client


def test_every_record_type_is_in_the_admin_with_history() -> None:
    names = {model.__name__ for model in TRACKER_MODELS}
    assert {
        "Jurisdiction",
        "Source",
        "Policy",
        "FederalAction",
        "Case",
        "Ruling",
        "Statement",
        "Quote",
    } <= names
    for model in TRACKER_MODELS:
        assert hasattr(admin.site._registry[model], "history_view"), model.__name__


@pytest.mark.parametrize("model", TRACKER_MODELS, ids=lambda model: model.__name__)
def test_change_list_search_and_detail_pages_open(editor: Client, model: type) -> None:
    opts = model._meta  # type: ignore[attr-defined]
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert editor.get(changelist).status_code == 200
    assert editor.get(changelist, {"q": "sample"}).status_code == 200
    obj = model._default_manager.first()  # type: ignore[attr-defined]
    if obj is None and model is m.Proposal:
        # The seed makes no proposals: they come from ingested documents.
        obj = m.Proposal.objects.create(
            source=m.Source.objects.first(),
            kind=m.Proposal.Kind.JURISDICTION_LINK,
            key="sample-link",
            payload={"geoid": "55"},
            confidence=0.5,
        )
    assert obj is not None, f"the sample seed makes at least one {opts.model_name}"
    for view in ("change", "history"):
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk])
        assert editor.get(url).status_code == 200, url
    assert editor.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).status_code == 200


def test_action_page_shows_its_targets_inline(editor: Client) -> None:
    action = m.FederalAction.objects.get(slug="sample-letters-2018")
    page = editor.get(reverse("admin:tracker_federalaction_change", args=[action.pk])).content.decode()
    assert "City of Sampleton" in page and "State of Wisconsin" in page


def test_history_page_gives_the_reason(editor: Client) -> None:
    action = m.FederalAction.objects.get(slug="sample-letters-2018")
    page = editor.get(reverse("admin:tracker_federalaction_history", args=[action.pk])).content.decode()
    assert "entangle seed" in page
