"""The search page: the same `search()` the API uses, with facets as links and pages of 20."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from entanglement.tracker.search.api import InvalidSearch, SearchFilters, search

PER_PAGE = 20
MAX_PAGE = 500


def _page_number(text: str) -> int:
    if not text:
        return 1
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= MAX_PAGE:
        raise InvalidSearch(f"page must be a number from 1 to {MAX_PAGE}")
    return int(text)


def search_page(request: HttpRequest) -> HttpResponse:
    params = {k: request.GET.getlist(k) for k in ("jurisdiction", "kind", "from", "to", "category")}
    query = request.GET.get("q", "")
    context: dict[str, object] = {"q": query, "params": {k: (v[-1] if v else "") for k, v in params.items()}}
    try:
        filters = SearchFilters.from_params(params)
        page = _page_number(request.GET.get("page", ""))
        results = search(query, facets=filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    except InvalidSearch as e:
        context["error"] = str(e)
        return render(request, "web/search.html", context, status=400)

    def link(**changes: str) -> str:
        current = [(k, v) for k, values in request.GET.lists() if k not in changes and k != "page" for v in values]
        current += [(k, v) for k, v in changes.items() if v]
        return "?" + urlencode(current)

    context.update(
        results=results,
        page=page,
        previous_url=link(page=str(page - 1)) if page > 1 else "",
        next_url=link(page=str(page + 1)) if page * PER_PAGE < results.total and page < MAX_PAGE else "",
        kind_links=[(f, link(kind=f.value)) for f in results.kinds],
        jurisdiction_links=[(f, link(jurisdiction=f.value)) for f in results.jurisdictions],
        category_links=[(f, link(category=f.value)) for f in results.categories],
        first=(page - 1) * PER_PAGE + 1,
    )
    return render(request, "web/search.html", context)
