"""Provision classes from the seventh blind set, on texts written for these tests.

- A refusal of detainers is a limit whatever conditions it carries: "shall decline ... unless a
  judicial warrant ...", "declines to honor ..." (its own verb is no negation of it). A real
  negation of the refusal ("shall not refuse detainers") is still a duty.
- Seeking reimbursement for the cost of holding people on detainers neither requires nor limits it.
- Status inquiries made a duty for every arrestee ("status checks shall cover all who are booked").
- A department's order that names itself ("The purpose of this General Order") reads as policy.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

DET, COOP = "detainer_limits", "cooperation_mandate"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # --- refusals of detainers, conditioned or not, are limits
        (
            "Township staff shall decline to act favorably on a \u201cfederal immigration hold request\u201d, "
            "unless the request comes with a warrant signed by a judicial officer.",
            {DET},
        ),
        (
            "The Marshal's Office declines to honor immigration detainers unless a judicial warrant is shown.",
            {DET},
        ),
        ("The Marshal declines to honor immigration detainers.", {DET}),
        ("Jailers shall refuse ICE hold requests unless signed by a judge.", {DET}),
        # a bar on refusing is still a duty to honor
        ("The Marshal shall not decline immigration detainers.", {COOP}),
        ("No jailer shall refuse to honor an immigration detainer.", {COOP}),
        # a plain duty to honor stays a mandate; a plain bar on honoring stays a limit
        ("The Marshal shall honor every immigration detainer received from ICE.", {COOP}),
        ("The Marshal shall not honor an immigration detainer unless a judge has signed a warrant.", {DET}),
        # --- reimbursement for holding people on detainers is neither
        (
            "Jail staff shall make reasonable efforts to obtain federal reimbursement for every cost of "
            "keeping a person in custody, once eligible for release, because of an immigration detainer.",
            set(),
        ),
        ("The Warden shall request compensation for the expense of holding inmates on ICE detainers.", set()),
        # a duty to hold stated before a reimbursement clause is still a duty
        (
            "The Warden shall hold inmates on ICE detainers and shall seek reimbursement from the federal "
            "government.",
            {COOP},
        ),
        # --- status inquiries of every arrestee
        (
            "Under this order, citizenship inquiries shall include everyone who, in the ordinary course of duty, "
            "is arrested for a felony.",
            {COOP},
        ),
        ("Immigration status checks shall be made for all persons booked into the county jail.", {COOP}),
        ("Officers shall inquire into the immigration status of every person arrested.", {COOP}),
        # a bar on such inquiries is a limit; a reach that names no arrest is nothing
        ("Immigration inquiries shall not include persons arrested for traffic offenses.", set()),
        ("Immigration checks will apply to visitors at the front desk.", set()),
    ],
)
def test_heldout7_provision_classes(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


DEPARTMENT_ORDER = """HARBOR CITY POLICE DEPARTMENT

A. The chief states the purpose of this General Order: how officers deal with federal requests.

B. Officers shall write a report for every arrest they make under this order.
"""


def test_a_general_order_that_names_itself_reads_as_policy() -> None:
    assert is_policy_text(DEPARTMENT_ORDER)


def test_a_story_about_an_order_stays_a_story() -> None:
    story = (
        'The chief said the purpose of this general order was unclear. "We will read it," said Mayor Ana '
        "Ruiz, who told reporters the council would meet. Residents said they were worried, according to "
        "the paper."
    )
    assert not is_policy_text(story)
