"""The review queue's pages. Every view needs a signed-in editor; every change is a POST with CSRF.

Document text is shown as text (escaped by the templates), never as the HTML it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from entanglement.tracker import models as m

from .decisions import DecisionError, accept, decide_many, is_editor, reject
from .forms import BulkForm, DecisionForm, FilterForm, UploadForm

# Characters of document text shown either side of the highlighted passage.
CONTEXT = 1500
PAGE_SIZE = 50

View = Callable[..., HttpResponse]


def editor_required(view: View) -> View:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("web:review:login"))
        if not is_editor(request.user):
            raise PermissionDenied("the review queue is for editors")
        return view(request, *args, **kwargs)

    return wrapped


@editor_required
def queue(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or {"status": "pending"})
    proposals = m.Proposal.objects.select_related("source", "jurisdiction", "evidence")
    if form.is_valid():
        data = form.cleaned_data
        if data["status"]:
            proposals = proposals.filter(status=data["status"])
        if data["kind"]:
            proposals = proposals.filter(kind=data["kind"])
        if data["jurisdiction"]:
            term = data["jurisdiction"].strip()
            proposals = proposals.filter(Q(jurisdiction__geoid=term) | Q(jurisdiction__name__icontains=term))
        if data["min_confidence"] is not None:
            proposals = proposals.filter(confidence__gte=data["min_confidence"])
    page = Paginator(proposals.order_by("-confidence", "id"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "review/queue.html", {"form": form, "page": page, "query": query.urlencode()})


@editor_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(m.Proposal.objects.select_related("source", "evidence", "decided_by"), pk=pk)
    form = DecisionForm(initial={"payload": json.dumps(proposal.payload, indent=2, ensure_ascii=False)})
    if request.method == "POST":
        form = DecisionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                if data["action"] == "accept":
                    accept(proposal, request.user, data["reason"], data["payload"])
                else:
                    reject(proposal, request.user, data["reason"])
            except DecisionError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, f"Proposal #{proposal.pk} {proposal.status}.")
                return redirect("web:review:queue")
    return render(
        request,
        "review/detail.html",
        {
            "proposal": proposal,
            "form": form,
            "excerpt": excerpt(proposal),
            "history": proposal.history.all()[:20],
        },
    )


@require_POST
@editor_required
def bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose proposals and an action.")
        return redirect("web:review:queue")
    data = form.cleaned_data
    result = decide_many(data["ids"], data["action"], request.user, data["reason"])
    messages.success(request, f"{result.decided} proposal(s) {data['action']}ed.")
    for error in result.errors:
        messages.error(request, error)
    return redirect(request.POST.get("next") or reverse("web:review:queue"))


@editor_required
def upload(request: HttpRequest) -> HttpResponse:
    """A file or URL in, through the same ingest path as `entangle ingest`."""
    from entanglement.tracker.ingest import FAILED, fetch_policy, ingest, ingest_upload

    form = UploadForm()
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload:
                limit = fetch_policy().max_bytes
                data = b""
                for chunk in upload.chunks():
                    data += chunk
                    if len(data) > limit:
                        break  # over the cap: ingest_upload refuses it without reading the rest
                outcome = ingest_upload(upload.name or "upload", data)
            else:
                outcome = ingest([form.cleaned_data["url"]]).outcomes[0]
            if outcome.status == FAILED:
                form.add_error(None, f"Not ingested: {outcome.detail}")
            else:
                detail = (
                    f"{outcome.proposals} proposal(s) to review"
                    if outcome.status == "new"
                    else outcome.detail
                )
                messages.success(request, f"{outcome.target}: {outcome.status}, {detail}.")
                return redirect("web:review:queue")
    return render(request, "review/upload.html", {"form": form})


def excerpt(proposal: m.Proposal) -> dict[str, Any]:
    """The document text around the evidence, split so the template can mark the passage."""
    text = proposal.source.text
    evidence = proposal.evidence
    if evidence is None:
        return {
            "before": text[: 2 * CONTEXT],
            "passage": "",
            "after": "",
            "cut_start": False,
            "cut_end": len(text) > 2 * CONTEXT,
        }
    start = max(0, evidence.start - CONTEXT)
    end = min(len(text), evidence.end + CONTEXT)
    return {
        "before": text[start : evidence.start],
        "passage": text[evidence.start : evidence.end],
        "after": text[evidence.end : end],
        "cut_start": start > 0,
        "cut_end": end < len(text),
    }
