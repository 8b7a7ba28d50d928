"""Provision classes from the ninth blind set, on texts written for these tests.

- A page that opens mid-sentence and whose first sentence excepts what the law requires ("..., unless
  required by federal or state law") continues a prohibition: the exception is made from a bar, never
  from a duty.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

STAT = "status_sharing_limits"


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
