"""Category classes first seen on a blind held-out set, as general rules with texts written here."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import blank_line_numbers, find_provisions, is_policy_text


def codes_of(text: str, *, policy: bool = True) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=policy) for c in p.category_codes}


def test_bill_summary_directing_a_287g_agreement() -> None:
    text = (
        "Highlighted Provisions:\nThis bill:\n. defines terms;\n"
        ". directs the director of the State Highway Patrol to enter into an agreement with the Secretary of "
        "Homeland Security to allow certain troopers to perform certain functions of a federal immigration officer;\n"
    )
    assert codes_of(text) == {"cooperation_mandate"}


def test_bill_line_numbers_after_blank_numbered_lines() -> None:
    lines = ["H.B. 99", "1", "2", "3", "4"] + [
        f"{n} {words}"
        for n, words in enumerate(
            [
                "LONG TITLE",
                "General Description:",
                "This bill modifies the Code of Criminal Procedure by providing for",
                "the enforcement of federal immigration laws by local officers.",
                "Highlighted Provisions:",
                "This bill requires each sheriff to honor every immigration detainer",
                "issued by federal authorities and to report each release to them.",
                "Money Appropriated in this Bill: None",
                "Other Special Clauses: None",
            ],
            start=5,
        )
    ]
    text = "\n".join(lines) + "\n"
    blanked = blank_line_numbers(text)
    assert len(blanked) == len(text)
    assert "\n7 This bill" not in blanked and "This bill modifies" in blanked
    assert "H.B. 99" in blanked


def test_a_statute_naming_the_district_court_stays_a_policy_text() -> None:
    text = (
        "Chapter 12 - Immigration Enforcement\n\n"
        "12.1 Definitions. 1. \"Local entity\" means a county, city or political subdivision.\n\n"
        "12.2 Duties. A law enforcement agency that has custody of a person subject to an immigration detainer "
        "request shall comply with any instruction made in the detainer request.\n\n"
        "12.3 Enforcement. The attorney general may petition the district court for an order enjoining a local "
        "entity that violates this chapter.\n"
    )
    assert is_policy_text(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board directs the County Manager to provide a report to the Board within 60 days on Sheriff's Office contacts with ICE.",
        "The Mayor shall notify the Council if the City is asked to enter into any agreement under section 287(g).",
    ],
)
def test_reports_and_notices_to_the_governing_body(sentence: str) -> None:
    assert "transparency" in codes_of(f"Section 2. {sentence}\n")


def test_warrant_required_before_an_inline_list() -> None:
    text = (
        "1. Any town official shall require a judicial warrant prior to a. Detaining an individual at the request "
        "of Immigration and Customs Enforcement or b. Transferring an individual to federal immigration custody.\n"
    )
    assert "detainer_limits" in codes_of(text)


def test_characters_lost_in_conversion() -> None:
    text = (
        "2. No town of?cial shall permit ICE agents access to the town?s detention facilities or to any person in "
        "town custody for investigative interviews.\n"
    )
    assert "ice_access_limits" in codes_of(text)
