"""A small, valid seed folder written by the tests (our own invented facts), and ways to break it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAMPLE: dict[str, list[dict[str, Any]]] = {
    "places.yaml": [
        {
            "geoid": "5553000",
            "name": "Sampleton",
            "census_name": "Sampleton city",
            "state": "WI",
            "ocd_id": "ocd-division/country:us/state:wi/place:sampleton",
            "county_geoid": "55079",
            "sources": ["https://places.example.org/sampleton"],
        }
    ],
    "laws.yaml": [
        {
            "id": "8-usc-1373",
            "citation": "8 U.S.C. § 1373",
            "name": "Communication with immigration authorities",
            "enacted": None,
            "summary": "A sample summary.",
            "litigation_note": None,
            "sources": ["https://law.example.org/1373"],
        }
    ],
    "federal_actions.yaml": [
        {
            "id": "sample-letters-2018",
            "date": "2018-01-24",
            "kind": "letter_with_subpoena_threat",
            "actor": "U.S. Department of Justice",
            "signed_by": None,
            "title": "Sample letters",
            "summary": "Letters asking for records.",
            "deadline": "2018-02-23",
            "status": "closed",
            "outcome": None,
            "targets_note": None,
            "targets": [
                {"geoid": "55", "name_in_source": "State of Wisconsin", "demand": None},
                {
                    "geoid": "5553000",
                    "name_in_source": "City of Sampleton",
                    "demand": "records by the deadline",
                },
            ],
            "related_actions": ["sample-order-2017"],
            "sources": ["https://news.example.org/letters", "https://doj.example.gov/letters"],
        },
        {
            "id": "sample-order-2017",
            "date": "2017-04",
            "kind": "executive_order",
            "actor": "The President",
            "title": "Sample order",
            "targets": [],
            "unverified": True,
            "unverified_note": "only the month is known",
            "sources": ["https://news.example.org/order"],
        },
    ],
    "cases.yaml": [
        {
            "id": "sampleton-v-agency",
            "name": "City of Sampleton v. Agency",
            "court": "E.D. Wis.",
            "court_id": "wied",
            "docket": "2:18-cv-00001",
            "filed": "2018-03-01",
            "judge": None,
            "subject": "grant conditions",
            "status": "closed",
            "parties": [{"geoid": "5553000", "role": "plaintiff"}],
            "actions": ["sample-letters-2018"],
            "rulings": [
                {
                    "date": "2018-06-01",
                    "kind": "preliminary_injunction",
                    "court": "E.D. Wis.",
                    "court_id": "wied",
                    "outcome": "granted",
                    "citation": None,
                    "appeal_no": None,
                    "unverified": False,
                },
                {
                    "date": "2019-02",
                    "kind": "appellate_decision",
                    "court": "7th Cir.",
                    "court_id": "ca7",
                    "outcome": "affirmed",
                    "sources": ["https://court.example.gov/opinion"],
                },
            ],
            "sources": ["https://court.example.gov/docket"],
        }
    ],
    "policies.yaml": [
        {
            "id": "sampleton-welcoming-2016",
            "jurisdiction": "5553000",
            "name": "Sampleton Welcoming Ordinance",
            "kind": "ordinance",
            "stance": "limits",
            "citation": None,
            "adopted": "2016-05-10",
            "effective": None,
            "enjoined": None,
            "repealed": None,
            "adopted_by": "City Council",
            "summary": "Limits on detainers.",
            "categories": [],
            "related": None,
            "sources": ["https://city.example.gov/ordinance"],
        }
    ],
    "statements.yaml": [
        {
            "id": "sample-org-2018-01-24",
            "organization": "Sample Rights Group",
            "date": "2018-01-24",
            "title": "Sample Rights Group responds to the letters",
            "summary": "A response.",
            "media_contact": "press@example.org",
            "jurisdictions": ["55", "5553000"],
            "actions": ["sample-letters-2018"],
            "quotes": [{"speaker": "Pat Sample", "speaker_title": "director", "text": "This is a sample."}],
            "sources": ["https://group.example.org/statement"],
        }
    ],
}


def write_seed(folder: Path, records: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, items in (records if records is not None else SAMPLE).items():
        (folder / name).write_text(
            yaml.safe_dump(items, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return folder


def sample() -> dict[str, list[dict[str, Any]]]:
    """A deep copy of SAMPLE that a test may break."""
    return yaml.safe_load(yaml.safe_dump(SAMPLE))
