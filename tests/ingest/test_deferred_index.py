"""`search.bulk.deferred_index`: entries written at the end of a block are the ones a rebuild gives.

Every test ends by comparing the index with what `documents.rebuild_index()` writes from the same
records, field by field: the deferred path must be exactly the signal path, only cheaper.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from entanglement.core.fetch import FetchPolicy
from entanglement.tracker import models as t
from entanglement.tracker.importers import References
from entanglement.tracker.ingest import NEW, Prepared, ingest, prepare, read_input, store_many
from entanglement.tracker.search.bulk import deferred_index, pending
from entanglement.tracker.search.documents import rebuild_index
from entanglement.tracker.search.models import SearchEntry

pytestmark = pytest.mark.django_db

FIELDS = [f.attname for f in SearchEntry._meta.concrete_fields if not f.primary_key]
LOCAL = FetchPolicy(max_bytes=2_000_000, timeout=10)


def snapshot() -> list[tuple[Any, ...]]:
    return sorted(SearchEntry.objects.values_list(*FIELDS))


def assert_same_as_a_rebuild() -> None:
    written = snapshot()
    rebuild_index()
    rebuilt = snapshot()
    assert written == rebuilt


def place(geoid: str, name: str, level: str, state: t.Jurisdiction | None = None) -> t.Jurisdiction:
    return t.Jurisdiction.objects.create(geoid=geoid, level=level, name=name, usps="OR", state=state)


@pytest.fixture
def world(db: None) -> dict[str, Any]:
    """A few records of every kind, indexed by the ordinary signal path."""
    state = place("41", "Oregon", "state")
    county = place("41039", "Lane County", "county", state)
    city = place("4123850", "Eugene", "place", state)
    cited = t.Source.objects.create(url="https://example.org/cited")
    doc = t.Source.objects.create(kind="document", sha256="c" * 64, title="Jail memo", text="Detainers end.")
    policy = t.Policy.objects.create(
        slug="eugene-shelter", jurisdiction=city, name="Shelter ordinance", kind="ordinance", stance="limits",
        adopted=dt.date(2019, 5, 1),
    )  # fmt: skip
    policy.sources.set([cited])
    provisions = [
        t.Provision.objects.create(
            policy=policy, position=n, number=f"Sec. {n}", text=f"Clause {n} on holds."
        )
        for n in (1, 2)
    ]
    action = t.FederalAction.objects.create(
        slug="letter-2019", kind="letter", date=dt.date(2019, 6, 1), actor="Department of Justice",
        title="Letter on records",
    )  # fmt: skip
    action.sources.set([cited])
    t.FederalActionTarget.objects.create(action=action, jurisdiction=county)
    case = t.Case.objects.create(slug="lane-v-us", name="Lane County v. United States", docket="6:19-cv-1")
    case.sources.set([cited])
    t.CaseParty.objects.create(case=case, jurisdiction=county, role="plaintiff")
    ruling = t.Ruling.objects.create(case=case, position=0, date=dt.date(2019, 9, 1), kind="order")
    ruling.sources.set([cited])
    organization = t.Organization.objects.create(slug="lane-sheriff", name="Lane County Sheriff")
    statement = t.Statement.objects.create(
        slug="sheriff-2019", organization=organization, date=dt.date(2019, 7, 1), title="Sheriff on holds"
    )
    statement.sources.set([cited])
    person = t.Person.objects.create(slug="ana-ruiz", name="Ana Ruiz")
    quote = t.Quote.objects.create(statement=statement, position=0, person=person, text="No holds.")
    return {"state": state, "county": county, "city": city, "doc": doc, "policy": policy,
            "provisions": provisions, "action": action, "case": case, "ruling": ruling,
            "statement": statement, "quote": quote}  # fmt: skip


def edit_everything(w: dict[str, Any]) -> None:
    """Changes of every shape the signals handle: saves, deletes, links from either side, cascades."""
    w["policy"].name = "Sanctuary ordinance"  # its provisions repeat the name
    w["policy"].save()
    w["provisions"][1].delete()
    t.Provision.objects.create(policy=w["policy"], position=3, number="Sec. 3", text="A new clause.")
    w["case"].name = "Lane County v. Barr"  # its rulings repeat the name
    w["case"].save()
    t.CaseParty.objects.create(case=w["case"], jurisdiction=w["city"], role="plaintiff")
    t.FederalActionTarget.objects.create(action=w["action"], jurisdiction=w["city"])
    w["statement"].jurisdictions.add(w["county"])  # its quotes carry its places
    w["city"].sources.add(w["doc"])  # a link from the jurisdiction's side reaches the document
    w["doc"].title = "Jail memo, revised"
    w["doc"].save()
    w["state"].notes = "Trust act state."
    w["state"].save()
    t.Source.objects.create(kind="document", sha256="d" * 64, title="Budget", text="The jail budget.")
    w["ruling"].delete()


@pytest.mark.parametrize("deferred", [False, True], ids=["signals", "deferred"])
def test_edits_of_every_kind_leave_the_index_a_rebuild_would_write(
    world: dict[str, Any], deferred: bool
) -> None:
    rebuild_index()
    if deferred:
        with deferred_index():
            edit_everything(world)
    else:
        edit_everything(world)
    titles = dict(
        SearchEntry.objects.filter(kind__in=["provision", "ruling"]).values_list("object_id", "title")
    )
    assert titles[world["provisions"][0].pk] == "Sanctuary ordinance Sec. 1"
    assert world["ruling"].pk not in titles and world["provisions"][1].pk not in titles
    assert_same_as_a_rebuild()


def test_nothing_is_written_to_the_index_until_the_block_ends(world: dict[str, Any]) -> None:
    rebuild_index()
    before = snapshot()
    with deferred_index() as index:
        edit_everything(world)
        assert snapshot() == before
        assert len(index) > 0
    assert snapshot() != before
    assert pending() is None


def test_a_block_that_fails_writes_neither_records_nor_entries(world: dict[str, Any]) -> None:
    rebuild_index()
    before = snapshot()
    with pytest.raises(RuntimeError), deferred_index():
        world["action"].title = "Renamed"
        world["action"].save()
        raise RuntimeError("stop")
    assert snapshot() == before
    assert t.FederalAction.objects.get().title == "Letter on records"
    assert pending() is None


def test_an_inner_block_joins_the_outer_one(world: dict[str, Any]) -> None:
    rebuild_index()
    before = snapshot()
    with deferred_index() as outer:
        with deferred_index() as inner:
            assert inner is outer
            world["action"].title = "Renamed letter"
            world["action"].save()
        assert snapshot() == before  # the outer block writes it
    assert SearchEntry.objects.get(kind="federal_action").title == "Renamed letter"
    assert_same_as_a_rebuild()


# --- ingest ---------------------------------------------------------------------------------------------

NEWS = (
    "EUGENE, Ore., May {day}, 2025 - \u201cNumber {n}: our deputies will not hold anyone for ICE without a "
    "warrant,\u201d said Sheriff Dana Whitfield of Lane County. The county board agreed.\n"
)
ORDINANCE = (
    "ORDINANCE NO. {n} OF LANE COUNTY, OREGON\n\nSection 1. No county funds shall be used to assist in the "
    "enforcement of federal civil immigration law.\n\nSection 2. The sheriff shall not hold any person on an "
    "immigration detainer request unless it comes with a judicial warrant.\n"
)


def documents(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        text = (ORDINANCE if n % 3 == 2 else NEWS).format(day=n % 28 + 1, n=n)
        path = folder / f"{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def prepared(paths: list[Path]) -> list[Prepared]:
    references = References.load()
    ready = [prepare(read_input(str(p), LOCAL), LOCAL.max_bytes, references, None) for p in paths]
    assert all(isinstance(p, Prepared) for p in ready), ready
    return [p for p in ready if isinstance(p, Prepared)]


def test_ingested_documents_are_indexed_as_a_rebuild_would(world: dict[str, Any], tmp_path: Path) -> None:
    rebuild_index()
    summary = ingest([str(p) for p in documents(tmp_path, 20)], policy=LOCAL)
    assert [o.status for o in summary.outcomes] == [NEW] * 20
    ids = [o.source_id for o in summary.outcomes]
    assert SearchEntry.objects.filter(kind="document", object_id__in=ids).count() == 20
    assert_same_as_a_rebuild()


def test_an_ingested_source_keeps_its_history_row(world: dict[str, Any], tmp_path: Path) -> None:
    [path] = documents(tmp_path, 1)
    [outcome] = ingest([str(path)], policy=LOCAL).outcomes
    [row] = t.Source.history.filter(id=outcome.source_id)
    assert row.history_type == "+" and row.history_change_reason == f"ingested from {path}"
    assert row.sha256 == t.Source.objects.get(pk=outcome.source_id).sha256


def queries_to_store(batch: list[Prepared]) -> int:
    with CaptureQueriesContext(connection) as captured:
        outcomes = store_many(batch)
    assert [o.status for o in outcomes] == [NEW] * len(batch)
    return len(captured.captured_queries)


def test_a_batch_costs_the_same_queries_whatever_its_size(world: dict[str, Any], tmp_path: Path) -> None:
    """No query per document: what made the writer the bottleneck of a run with workers."""
    ready = prepared(documents(tmp_path, 12))
    # Each batch holds press releases and ordinances alike, so both write passages and proposals.
    small, large = ready[:3], ready[3:]
    assert queries_to_store(small) == queries_to_store(large)
    assert_same_as_a_rebuild()


def test_a_batch_clashing_with_another_writer_is_indexed_once_per_document(
    world: dict[str, Any], tmp_path: Path
) -> None:
    ready = prepared(documents(tmp_path, 3))
    store_many([ready[1]])  # another process stored the middle one first

    outcomes = store_many(ready)

    assert [o.status for o in outcomes] == [NEW, "unchanged", NEW]
    assert SearchEntry.objects.filter(kind="document").count() == t.Source.objects.exclude(text="").count()
    assert_same_as_a_rebuild()
