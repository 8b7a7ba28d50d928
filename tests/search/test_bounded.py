"""Searches matching more than CANDIDATES entries: bounded work, an estimated total, the newest ranked.

The entries are written straight into the index table (as documents.rebuild_index does), thousands
at a time; the same tests run on SQLite FTS5 and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from entanglement.tracker import models as t
from entanglement.tracker.search.api import CANDIDATES, SearchFilters, search
from entanglement.tracker.search.facets import entry_tokens
from entanglement.tracker.search.models import SearchEntry

ENTRIES = 3 * CANDIDATES + 300
START = dt.date(2001, 1, 1)


def entry(i: int, title: str, body: str, kind: str = "document", geoids: str = "", day: dt.date | None = None) -> SearchEntry:
    return SearchEntry(
        kind=kind, object_id=i, slug=f"e{i}", title=title, body=body, url=f"/e/{i}/", date=day, geoids=geoids,
        facets=entry_tokens(kind, geoids, "", day),
    )


@pytest.fixture(scope="module")
def crowd(django_db_setup: Any, django_db_blocker: Any) -> Iterator[list[SearchEntry]]:
    """Every other entry says 'quorum'; every tenth is in state 06 and a case; one a day from START.

    Written once for the module, in a transaction rolled back at its end; each test runs in a
    savepoint inside it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield _write_crowd()
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _db(db: None) -> None:
    """Each test runs in a savepoint inside the module's transaction."""


def _write_crowd() -> list[SearchEntry]:
    t.Jurisdiction.objects.create(geoid="06", level="state", name="California", usps="CA")
    rows = [
        entry(
            i,
            title=f"Minutes {i}",
            body=("the quorum was present" if i % 2 == 0 else "the hall was empty") + (" lintel" if i < CANDIDATES else ""),
            kind="case" if i % 10 == 0 else "document",
            geoids=" 06 " if i % 10 == 0 else " 41 ",
            day=START + dt.timedelta(days=i),
        )
        for i in range(ENTRIES)
    ]
    return SearchEntry.objects.bulk_create(rows, batch_size=500)


def test_a_large_result_has_an_estimated_total_and_the_newest_matches(crowd: list[SearchEntry]) -> None:
    results = search("quorum")
    matching = ENTRIES // 2
    assert not results.total_exact and not results.facets_exact
    assert abs(results.total - matching) <= matching * 0.1
    assert len(results.hits) == 20
    # Only the newest CANDIDATES matches were read: every hit is among them.
    newest = sorted((e.object_id for e in crowd if "quorum" in e.body), reverse=True)[:CANDIDATES]
    assert {h.object_id for h in results.hits} <= set(newest)
    # Facet counts come from those same matches.
    assert sum(f.count for f in results.kinds) == CANDIDATES


def test_up_to_the_bound_the_total_is_exact(crowd: list[SearchEntry]) -> None:
    results = search("lintel")
    assert results.total_exact and results.total == CANDIDATES
    assert results.facets_exact
    assert {(f.value, f.count) for f in results.kinds} == {("case", CANDIDATES // 10), ("document", CANDIDATES * 9 // 10)}


def test_facets_narrow_a_large_result_to_an_exact_count(crowd: list[SearchEntry]) -> None:
    in_state = search("quorum", facets=SearchFilters(jurisdiction="06"))
    assert in_state.total_exact and in_state.total == len([e for e in crowd if e.object_id % 10 == 0])
    cases = search("quorum", facets=SearchFilters(kinds=("case",)))
    assert cases.total_exact and cases.total == in_state.total
    assert all(h.kind == "case" for h in cases.hits)
    # The kind counts ignore the kind filter: the documents are still offered, counted from a sample.
    assert {f.value for f in cases.kinds} == {"case", "document"} and not cases.facets_exact


@pytest.mark.parametrize(("word", "kind"), [("quorum", "document"), ("hall", "document"), ("quorum", "case")])
def test_a_kind_with_many_matches_shows_its_newest(crowd: list[SearchEntry], word: str, kind: str) -> None:
    """However the first window of ids is sized, the page is the newest matches of the kind asked."""
    results = search(word, facets=SearchFilters(kinds=(kind,)), limit=20)
    of_kind = sorted((e.object_id for e in crowd if word in e.body and e.kind == kind), reverse=True)
    assert [h.object_id for h in results.hits] == of_kind[:20]
    assert results.total_exact == (len(of_kind) <= CANDIDATES)
    if results.total_exact:
        assert results.total == len(of_kind)


def test_date_range_is_exact_to_the_day(crowd: list[SearchEntry]) -> None:
    first, last = START + dt.timedelta(days=100), START + dt.timedelta(days=161)  # mid-month to mid-month
    results = search("quorum", facets=SearchFilters(date_from=first, date_to=last), limit=100)
    expected = {i for i in range(100, 162) if i % 2 == 0}
    assert results.total_exact and {h.object_id for h in results.hits} == expected
    assert {h.date for h in results.hits} <= {START + dt.timedelta(days=i) for i in expected}


def test_a_deep_page_is_ranked_from_enough_matches(crowd: list[SearchEntry]) -> None:
    offset = CANDIDATES + 100
    deep = search("quorum", limit=20, offset=offset)
    assert len(deep.hits) == 20
    shallow = {h.object_id for h in search("quorum", limit=100).hits}
    assert not shallow & {h.object_id for h in deep.hits}


def test_the_page_says_about(crowd: list[SearchEntry], client: Client) -> None:
    page = client.get("/search/?q=quorum").content.decode()
    count = re.search(r'<p class="result-count">([^<]*)</p>', page)
    assert count is not None and count.group(1).startswith("about ")
    page = client.get("/search/?q=lintel").content.decode()
    count = re.search(r'<p class="result-count">([^<]*)</p>', page)
    assert count is not None and count.group(1) == f"{CANDIDATES} results"
