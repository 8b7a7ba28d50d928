"""`tracker.importers`: proposals deduplicated, diffed against the records, candidate links scored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entanglement.core.models import Span
from entanglement.core.pipeline import extract
from entanglement.tracker import models as m
from entanglement.tracker.importers import import_extraction, sentence_span
from entanglement.tracker.ingest import ingest
from entanglement.tracker.registry import load_us_registry

pytestmark = pytest.mark.django_db

SANGAMON = "17167"
TEXT = (
    "SPRINGFIELD, Ill., May 4, 2025 - Sangamon County answered the Justice Department's letter on "
    "Monday. \u201cWe follow the law and the Constitution,\u201d said Board Chair Avery Lindqvist. The county "
    "is a defendant in United States v. Sangamon County, No. 3:25-cv-03117, filed in the Central District "
    "of Illinois.\n"
)


@pytest.fixture(autouse=True)
def registry() -> None:
    load_us_registry()


def ingested(tmp_path: Path, text: str = TEXT) -> m.Source:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    ingest([str(path)])
    return m.Source.objects.get(kind="document", sha256__isnull=False, text=text)


def action(slug: str, date: dt.date, geoids: list[str]) -> m.FederalAction:
    record = m.FederalAction.objects.create(
        slug=slug, kind="letter", date=date, actor="U.S. Department of Justice", title=f"Letter {slug}"
    )
    for position, geoid in enumerate(geoids):
        m.FederalActionTarget.objects.create(
            action=record, jurisdiction=m.Jurisdiction.objects.get(geoid=geoid), position=position
        )
    return record


def keys(source: m.Source, kind: str) -> set[str]:
    return set(m.Proposal.objects.filter(source=source, kind=kind).values_list("key", flat=True))


def test_federal_actions_matching_on_targets_and_date_are_proposed(tmp_path: Path) -> None:
    action("sangamon-letter", dt.date(2025, 5, 4), [SANGAMON])
    action("other-letter", dt.date(2025, 5, 4), ["06075"])  # same date, other target: one signal only
    action("old-letter", dt.date(2018, 1, 24), [SANGAMON, "06075", "36061", "53033"])

    source = ingested(tmp_path)

    assert keys(source, "action_link") == {"action:sangamon-letter"}
    link = m.Proposal.objects.get(source=source, kind="action_link")
    assert link.confidence >= 0.5
    assert any("target" in s for s in link.payload["signals"])


def test_a_case_is_proposed_from_its_docket_number(tmp_path: Path) -> None:
    case = m.Case.objects.create(
        slug="us-v-sangamon", name="United States v. Sangamon County", docket="3:25-cv-03117"
    )
    m.Case.objects.create(slug="unrelated", name="Doe v. Roe", docket="1:19-cv-00001")

    source = ingested(tmp_path)

    assert keys(source, "case_link") == {"case:us-v-sangamon"}
    proposal = m.Proposal.objects.get(source=source, kind="case_link")
    assert proposal.evidence is not None and "3:25-cv-03117" in proposal.evidence.text
    assert proposal.payload["case"] == case.slug


def test_importing_again_creates_nothing(tmp_path: Path) -> None:
    source = ingested(tmp_path)
    before = m.Proposal.objects.count()
    assert before > 0

    report = import_extraction(source, extract(source.text, "again"))

    assert report.total == 0 and report.skipped_existing >= before
    assert m.Proposal.objects.count() == before


def test_links_the_records_already_hold_are_not_proposed(tmp_path: Path) -> None:
    letter = action("sangamon-letter", dt.date(2025, 5, 4), [SANGAMON])
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = m.Source.objects.create(kind="document", sha256="0" * 64, text=TEXT)
    m.Jurisdiction.objects.get(geoid=SANGAMON).sources.add(source)
    letter.sources.add(source)

    import_extraction(source, extract(TEXT, "doc"))

    assert SANGAMON not in keys(source, "jurisdiction_link")
    assert keys(source, "action_link") == set()


def test_once_the_statement_exists_only_its_missing_quotes_are_proposed(tmp_path: Path) -> None:
    text = (
        "SPRINGFIELD, Ill., May 4, 2025 - \u201cWe follow the law,\u201d said Board Chair Avery Lindqvist. "
        "\u201cWe will keep talking,\u201d said Sheriff Dana Whitfield.\n"
    )
    source = m.Source.objects.create(kind="document", sha256="1" * 64, text=text)
    organization = m.Organization.objects.create(slug="sangamon", name="Sangamon County")
    statement = m.Statement.objects.create(
        slug="s", organization=organization, date=dt.date(2025, 5, 4), title="County answers"
    )
    statement.sources.add(source)
    person = m.Person.objects.create(slug="avery-lindqvist", name="Avery Lindqvist")
    m.Quote.objects.create(statement=statement, person=person, text="We follow the law.")

    import_extraction(source, extract(text, "doc"))

    assert keys(source, "statement") == set()
    quotes = m.Proposal.objects.filter(source=source, kind="quote")
    assert [q.payload["speaker"] for q in quotes] == ["Dana Whitfield"]
    assert quotes[0].payload["statement"] == "s"


def test_only_the_kinds_asked_for_are_proposed(tmp_path: Path) -> None:
    source = m.Source.objects.create(kind="document", sha256="2" * 64, text=TEXT)
    import_extraction(source, extract(TEXT, "doc"), kinds={"statement"})
    assert set(m.Proposal.objects.values_list("kind", flat=True)) == {"statement"}


def test_evidence_is_the_sentence_around_a_mention() -> None:
    text = "First sentence here. The county of Sangamon acted. Last one."
    at = text.index("Sangamon")
    span = sentence_span(text, Span(at, at + 8))
    assert span.slice(text) == "The county of Sangamon acted."
