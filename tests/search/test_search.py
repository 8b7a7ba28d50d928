"""search() on whichever database is running: the same tests run on SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from entanglement.core.taxonomy import CATEGORIES
from entanglement.tracker import models as t
from entanglement.tracker.search.api import InvalidSearch, SearchFilters, search
from entanglement.tracker.search.documents import rebuild_index
from entanglement.tracker.search.facets import entry_tokens
from entanglement.tracker.search.models import SearchEntry

pytestmark = pytest.mark.django_db

CODES = sorted(CATEGORIES)


@pytest.fixture
def world(db: None) -> dict[str, Any]:
    """A state, a consolidated city-county (two records), a policy, an action and documents."""
    state = t.Jurisdiction.objects.create(geoid="06", level="state", name="California", usps="CA")
    city = t.Jurisdiction.objects.create(
        geoid="0667000", level="place", name="San Francisco", usps="CA", state=state
    )
    county = t.Jurisdiction.objects.create(
        geoid="06075", level="county", name="San Francisco County", usps="CA", state=state,
        consolidated_with=city,
    )
    city.consolidated_with = county
    city.save()
    cited = t.Source.objects.create(url="https://example.org/cited")
    doc = t.Source.objects.create(
        kind="document", url="https://example.org/memo", title="Jail memo",
        sha256="a" * 64,
        text="The sheriff declined every detainer request. <script>alert(1)</script> The county jail "
        "keeps inmates & staff safe.",
    )
    other = t.Source.objects.create(
        kind="document", sha256="b" * 64, title="Budget",
        text="The jail budget was set by the county board in a long meeting about parks.",
    )
    policy = t.Policy.objects.create(
        slug="sf-shelter", jurisdiction=city, name="Shelter ordinance", kind="ordinance", stance="limits",
        summary="Bars the use of city funds for immigration enforcement.", categories=[CODES[0]],
        adopted=dt.date(1989, 10, 24),
    )
    policy.sources.set([cited])
    provision = t.Provision.objects.create(
        policy=policy, position=1, number="Sec. 12H.2", text="No department shall honor a civil detainer.",
        categories=[CODES[1]],
    )
    action = t.FederalAction.objects.create(
        slug="letter-2018", kind="letter", date=dt.date(2018, 1, 24), actor="Department of Justice",
        title="Letter demanding records", summary="Threatens subpoenas over sanctuary policies.",
    )
    action.sources.set([cited])
    t.FederalActionTarget.objects.create(action=action, jurisdiction=county)
    return {"city": city, "county": county, "doc": doc, "other": other, "policy": policy,
            "provision": provision, "action": action}


def kinds_of(results: Any) -> set[tuple[str, int]]:
    return {(h.kind, h.object_id) for h in results.hits}


def test_document_hit_with_escaped_highlighted_snippet(world: dict[str, Any]) -> None:
    results = search("detainer")
    assert ("document", world["doc"].pk) in kinds_of(results)
    hit = next(h for h in results.hits if h.kind == "document")
    assert "<mark>detainer</mark>" in hit.snippet
    # Markup in a document is text: escaped (SQLite) or dropped by ts_headline (PostgreSQL), never live.
    assert "<script" not in hit.snippet and "alert(1)" in hit.snippet
    assert "inmates &amp; staff" in hit.snippet
    assert hit.url == "https://example.org/memo"
    assert results.total == len(results.hits) == 2  # the memo and the provision


def test_every_record_kind_is_found(world: dict[str, Any]) -> None:
    assert ("policy", world["policy"].pk) in kinds_of(search("shelter"))
    assert ("provision", world["provision"].pk) in kinds_of(search("department honor"))
    assert ("federal_action", world["action"].pk) in kinds_of(search("subpoenas"))
    assert ("jurisdiction", world["county"].pk) in kinds_of(search("Francisco county"))
    action_hit = search("subpoenas").hits[0]
    assert action_hit.url == "/actions/letter-2018/" and action_hit.slug == "letter-2018"


def test_phrase_needs_the_words_in_order(world: dict[str, Any]) -> None:
    assert kinds_of(search('"county jail"')) == {("document", world["doc"].pk)}
    both = kinds_of(search("county jail"))
    assert {("document", world["doc"].pk), ("document", world["other"].pk)} <= both


def test_prefix(world: dict[str, Any]) -> None:
    assert ("federal_action", world["action"].pk) in kinds_of(search("subpoen*"))
    assert ("federal_action", world["action"].pk) not in kinds_of(search("subpoenax*"))


def test_jurisdiction_facet_includes_the_consolidated_twin(world: dict[str, Any]) -> None:
    # The policy is the city's, the action targets the county: one government, found from either GEOID.
    for geoid in ("0667000", "06075"):
        assert ("policy", world["policy"].pk) in kinds_of(search("shelter", facets=SearchFilters(jurisdiction=geoid)))
        assert ("federal_action", world["action"].pk) in kinds_of(
            search("subpoenas", facets=SearchFilters(jurisdiction=geoid))
        )
    assert search("shelter", facets=SearchFilters(jurisdiction="06")).total == 0


def test_kind_filter_and_kind_counts(world: dict[str, Any]) -> None:
    results = search("detainer", facets=SearchFilters(kinds=("provision",)))
    assert kinds_of(results) == {("provision", world["provision"].pk)}
    assert results.total == 1
    # Kind counts ignore the kind filter, so the other kinds stay offered.
    assert {(f.value, f.count) for f in results.kinds} == {("document", 1), ("provision", 1)}


def test_date_range(world: dict[str, Any]) -> None:
    in_range = SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2018, 12, 31))
    assert kinds_of(search("subpoenas", facets=in_range)) == {("federal_action", world["action"].pk)}
    assert search("subpoenas", facets=SearchFilters(date_to=dt.date(2017, 12, 31))).total == 0


def test_category_facet(world: dict[str, Any]) -> None:
    policy_code, provision_code = CODES[0], CODES[1]
    assert kinds_of(search("shelter", facets=SearchFilters(categories=(policy_code,)))) == {
        ("policy", world["policy"].pk)
    }
    # The provision's entry carries its policy's name, and its own codes only.
    assert kinds_of(search("shelter", facets=SearchFilters(categories=(provision_code,)))) == {
        ("provision", world["provision"].pk)
    }
    assert search("subpoenas", facets=SearchFilters(categories=(policy_code,))).total == 0
    results = search("detainer")
    assert [(f.value, f.count) for f in results.categories] == [(provision_code, 1)]
    assert {f.value for f in results.jurisdictions} == {"0667000"}


def test_pagination(world: dict[str, Any]) -> None:
    everything = search("county")
    assert everything.total >= 3
    pages = [search("county", limit=1, offset=i).hits[0] for i in range(everything.total)]
    assert len({(h.kind, h.object_id) for h in pages}) == everything.total
    assert search("county", limit=1, offset=everything.total).hits == []


def test_index_follows_saves_and_deletes(world: dict[str, Any]) -> None:
    action = world["action"]
    action.title = "Letter about quokkas"
    action.save()
    assert kinds_of(search("quokkas")) == {("federal_action", action.pk)}
    policy = world["policy"]
    policy.name = "Wombat ordinance"
    policy.save()
    # The provision carries its policy's name: it follows too.
    assert ("provision", world["provision"].pk) in kinds_of(search("wombat"))
    action.delete()
    assert search("quokkas").total == 0


def test_rebuild_index_recreates_every_entry(world: dict[str, Any]) -> None:
    before = sorted(SearchEntry.objects.values_list("kind", "object_id"))
    SearchEntry.objects.all().delete()
    assert search("detainer").total == 0
    assert rebuild_index() == len(before)
    assert sorted(SearchEntry.objects.values_list("kind", "object_id")) == before
    assert search("detainer").total == 2


HOSTILE = [
    "",
    "   ",
    '"',
    '"unbalanced quote',
    'county jail"',
    "NEAR(",
    "NEAR(county jail, 2)",
    "AND OR NOT",
    "county AND",
    "OR",
    "NOT jail",
    "title:jail",
    "body:detainer",
    "{title body}: jail",
    "*",
    "**",
    "jail*",
    "*jail",
    "^jail",
    "jail^",
    "(",
    ")",
    "'",
    "''",
    "!!",
    "&|!",
    "a:* & b",
    "\\",
    "\x00",
    "jail\x00county",
    "\ue000detainer\ue001",
    "<mark>x</mark>",
    "ünïcödé jail",
    "jail " * 2000,
    "x" * 10_000,
    '"' * 5000,
    "NEAR(" * 2000,
    "the",
    "1/2 ½ ² ⅔*",
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_raise(world: dict[str, Any], query: str) -> None:
    results = search(query)
    assert results.total >= len(results.hits)
    for hit in results.hits:
        assert hit.snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_the_words_of_a_hostile_query_still_match(world: dict[str, Any]) -> None:
    assert ("document", world["doc"].pk) in kinds_of(search('title:"county jail'))
    assert ("document", world["doc"].pk) in kinds_of(search("(detainer) sheriff^"))
    assert ("document", world["doc"].pk) in kinds_of(search('"sheriff declined'))


@pytest.mark.parametrize(
    "params, message",
    [
        ({"from": "2020-13-01"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"from": "2020-02-01", "to": "2020-01-01"}, "after"),
        ({"kind": "spaceship"}, "unknown kind"),
        ({"category": "NOT-A-CODE"}, "unknown category"),
        ({"jurisdiction": "6"}, "GEOID"),
        ({"jurisdiction": "0x6"}, "GEOID"),
    ],
)
def test_invalid_parameters(params: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidSearch, match=message):
        SearchFilters.from_params(params)


def test_unknown_jurisdiction_and_bounds(world: dict[str, Any]) -> None:
    with pytest.raises(InvalidSearch, match="no jurisdiction"):
        search("jail", facets=SearchFilters(jurisdiction="99"))
    with pytest.raises(InvalidSearch):
        search("jail", limit=0)
    with pytest.raises(InvalidSearch):
        search("jail", offset=-1)
    assert isinstance(InvalidSearch("x"), ValueError)

def entry(i: int, title: str, body: str) -> SearchEntry:
    return SearchEntry(kind="document", object_id=i, title=title, body=body, facets=entry_tokens("document", "", "", None))


def test_a_title_match_beats_body_matches(db: None) -> None:
    SearchEntry.objects.bulk_create(
        [entry(i, f"Report {i}", "the warden spoke about the sheriff and the sheriff's deputies") for i in range(5)]
        + [entry(9, "Sheriff", "a short note")]
    )
    results = search("sheriff")
    assert results.total == 6 and results.total_exact
    assert results.hits[0].object_id == 9


def test_the_facet_tokens_follow_the_records(db: None) -> None:
    state = t.Jurisdiction.objects.create(geoid="06", level="state", name="California", usps="CA")
    other = t.Jurisdiction.objects.create(geoid="41", level="state", name="Oregon", usps="OR")
    action = t.FederalAction.objects.create(
        slug="letter", kind="letter", date=dt.date(2018, 1, 24), actor="Department of Justice",
        title="Letter about quokkas",
    )
    target = t.FederalActionTarget.objects.create(action=action, jurisdiction=state)
    assert search("quokkas", facets=SearchFilters(jurisdiction="06")).total == 1
    target.jurisdiction = other
    target.save()
    assert search("quokkas", facets=SearchFilters(jurisdiction="06")).total == 0
    assert search("quokkas", facets=SearchFilters(jurisdiction="41")).total == 1
    january = SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2018, 1, 31))
    assert search("quokkas", facets=january).total == 1
    action.date = dt.date(2019, 1, 24)
    action.save()
    assert search("quokkas", facets=january).total == 0
    # A rebuild writes the same tokens.
    before = SearchEntry.objects.get(kind="federal_action").facets
    SearchEntry.objects.update(facets="")
    rebuild_index()
    assert SearchEntry.objects.get(kind="federal_action").facets == before
    assert "dy2019" in before.split() and "g41" in before.split()


def test_a_title_with_some_terms_beats_none_and_equals_go_newest_first(db: None) -> None:
    SearchEntry.objects.bulk_create(
        [
            entry(1, "Annual report", "the jail and the detainer were discussed"),
            entry(2, "Detainer letter", "sent to the jail"),
            entry(3, "Jail detainer policy", "adopted in full"),
            entry(4, "Budget", "the jail and the detainer again"),
        ]
    )
    assert [h.object_id for h in search("jail detainer").hits] == [3, 2, 4, 1]
