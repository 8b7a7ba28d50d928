"""Provision readings for a class a blind set showed: a duty to negotiate or sign an agreement named by
its subject (the enforcement of federal immigration law) rather than by "287(g)". Texts written for
these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Section 1. The attorney general is authorized and directed to negotiate a memorandum of understanding "
            "between the state and the United States Department of Homeland Security concerning the enforcement "
            "of federal immigration laws within the state.\n",
            {"cooperation_mandate"},
        ),
        (
            "Section 1. The Department of Public Safety shall enter into an agreement with federal authorities "
            "relating to enforcement of immigration laws by state troopers.\n",
            {"cooperation_mandate"},
        ),
        (
            "Section 1. The governor shall sign an MOA with ICE for the enforcement of federal immigration law "
            "in county jails.\n",
            {"cooperation_mandate"},
        ),
        # an agreement on another subject, or one only reported, mandates nothing
        (
            "Section 1. The attorney general shall negotiate a memorandum of understanding with the federal "
            "government concerning highway funds.\n",
            set(),
        ),
        (
            "Section 1. The county signed an agreement concerning the enforcement of federal immigration laws "
            "in 2009.\n",
            set(),
        ),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
