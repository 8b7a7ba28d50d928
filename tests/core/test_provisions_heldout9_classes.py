"""Provision classes from the ninth blind set, on texts written for these tests.

- A page that opens mid-sentence and whose first sentence excepts what the law requires ("..., unless
  required by federal or state law") continues a prohibition: the exception is made from a bar, never
  from a duty.
- A duty to spend local means on finding and arresting people for immigration violations ("shall
  employ all lawful means, including county funds and personnel, to detect and apprehend persons ...
  in violation of federal immigration laws") is a cooperation mandate; the same words barred are a
  resource limit, and money to help people with their immigration cases is neither.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

STAT, COOP, RES = "status_sharing_limits", "cooperation_mandate", "resource_limits"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


LOST_HEADS: list[tuple[str, str, set[str]]] = [
    (
        "exception-for-required-by-law",
        "enforcement or to collect or share information about the immigration status of any resident, "
        "unless such help is required by federal or state law. Staff may respond to a judicial warrant.",
        {STAT},
    ),
    (
        "exception-except-as-required",
        "programs, or to record the citizenship status of any resident, except as required by state law. "
        "Staff may respond to a judicial warrant.",
        {STAT},
    ),
    (
        "no-exception-no-head",
        "enforcement or to collect or share information about the immigration status of any resident. "
        "Staff may respond to a judicial warrant.",
        set(),
    ),
    (
        "capitalized-opening-keeps-its-own-modal",
        "Staff shall record the immigration status of each person booked, unless a court order bars it.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LOST_HEADS], ids=[c[0] for c in LOST_HEADS])
def test_lost_head_with_legal_exception(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


ENFORCEMENT_DUTIES: list[tuple[str, str, set[str]]] = [
    (
        "employ-means-to-detect-and-apprehend",
        "Section 1. County law enforcement agencies shall employ all lawful means, including county funds "
        "and personnel, to detect and apprehend persons residing in the county in violation of federal "
        "immigration laws.",
        {COOP},
    ),
    (
        "use-resources-to-arrest",
        "Section 1. Each city police department shall use its officers and equipment to arrest persons "
        "unlawfully present in the United States.",
        {COOP},
    ),
    (
        "barred",
        "Section 1. No county agency shall use county funds or personnel to detect or apprehend persons "
        "in violation of federal immigration laws.",
        {RES},
    ),
    (
        "permission-only",
        "Section 1. The county may use county funds to arrest persons in violation of federal immigration laws.",
        set(),
    ),
    (
        "help-with-cases",
        "Section 1. The county shall use its funds and staff to help residents apply for relief under "
        "federal immigration laws.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ENFORCEMENT_DUTIES], ids=[c[0] for c in ENFORCEMENT_DUTIES]
)
def test_duty_to_use_means_for_enforcement(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected
