"""Rules the coder must read: a ban on disclosing status "except as required by ... 8 U.S.C. 1373"
both limits sharing and saves the federal exchange; a bar on arrests "based on the belief that the
person is not present legally"; enforcement that "shall never be initiated based solely on" status;
and a policy saying its officers have no authority to enforce civil immigration law. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

SAVE = "compliance_savings_clause"
SHARE = "status_sharing_limits"
RESOURCE = "resource_limits"


def _categories(text: str) -> set[str]:
    return {c.category for p in find_provisions(text, assume_policy=True) for c in p.categories}


CASES = [
    (
        "exception-names-1373-after-a-list",
        "Sec. 4. No city employee shall disclose information about the immigration or citizenship status of "
        "any person except to the extent required by a federal, state or city law or rule, including for "
        "example 8 U.S.C. §1373 and 8 U.S.C. §1644.",
        {SHARE, SAVE},
    ),
    (
        "exception-close-to-1373",
        "Sec. 4. Employees shall not share a person's immigration status with any federal agency, unless "
        "8 U.S.C. 1373 requires it.",
        {SHARE, SAVE},
    ),
    (
        # a construction rule saves the exchange and limits nothing
        "construction-rule-only",
        "Sec. 9. Nothing in this chapter prohibits any employee from sending information about a person's "
        "immigration status to federal authorities, as 8 U.S.C. 1373 allows.",
        {SAVE},
    ),
    (
        # an exception that names no federal statute saves nothing
        "exception-without-1373",
        "Sec. 4. No city employee shall disclose the immigration status of any person except as a court "
        "order requires.",
        {SHARE},
    ),
    (
        "arrest-on-belief-not-present-legally",
        "1. No county officer shall stop, question, arrest or detain a person solely based on the belief "
        "that the person is not present legally in the United States.",
        {RESOURCE},
    ),
    (
        "arrest-on-belief-not-lawfully-present",
        "1. Deputies may not arrest anyone only because they suspect the person is not lawfully present.",
        {RESOURCE},
    ),
    (
        "enforcement-never-initiated-on-status",
        "2. Criminal investigations shall never be initiated based solely upon a person's citizenship or "
        "immigration status.",
        {RESOURCE},
    ),
    (
        # allowed, not barred: no category
        "investigation-may-be-initiated",
        "2. An investigation may be initiated when a crime is suspected, whatever the suspect's "
        "immigration status.",
        set(),
    ),
    (
        "no-statutory-authority",
        "1. Harbor officers have no statutory authority to enforce civil violations of federal immigration "
        "laws.",
        {RESOURCE},
    ),
    (
        "lack-authority",
        "1. Deputies lack the authority to enforce civil immigration law.",
        {RESOURCE},
    ),
    (
        # criminal enforcement is not the civil bar
        "authority-criminal-only",
        "1. Officers have the authority to enforce the criminal laws of this state against any person.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exceptions_and_bars(text: str, expected: set[str]) -> None:
    assert _categories(text) == expected
