"""Drafting forms an eighth blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # certifying that no limiting policy was adopted enforces the ban
        (
            "Each city shall certify every year to the Attorney General that it has not adopted any rule that "
            "limits cooperation with federal immigration authorities.",
            {"cooperation_mandate"},
        ),
        # ending a 287(g) agreement named far from the verb, by a board's motion
        (
            "Supervisor Kane moved that the Board instruct the Sheriff to send written notice terminating the "
            "Memorandum of Agreement with U.S. Immigration and Customs Enforcement signed under Section 287(g); "
            "motion carried 3-2.",
            {"no_287g"},
        ),
        # a 287(g) agreement is no jail-bed contract
        (
            "The Sheriff's Office will not renew its 287(g) agreement and will no longer hold inmates solely on "
            "ICE detainers.",
            {"no_287g", "detainer_limits"},
        ),
        # taking part in enforcement
        ("Town officers do not take part in civil immigration enforcement operations.", {"resource_limits"}),
        # notification requests carried on the detainer form are notification requests
        (
            "Jail staff shall not answer ICE requests for notification of an inmate's release date, whether the "
            "request comes on Form I-247A or by telephone.",
            {"notification_limits"},
        ),
        ("Jail staff shall not honor a detainer made on Form I-247A.", {"detainer_limits"}),
        # records of ICE visits and public dashboards
        (
            "The jail commander shall record each entry of ICE agents into the facility, with the date and the "
            "agents' names.",
            {"transparency"},
        ),
        (
            "The Department shall post on its website a dashboard, updated monthly, of every request it receives "
            "from immigration authorities.",
            {"transparency"},
        ),
        # a report of what someone said is no rule
        (
            "A state law requires jails to honor every detainer, the county attorney told the board on Monday.",
            set(),
        ),
    ],
)
def test_eighth_table_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each detainer request shall be sent to the County Attorney, and the jail shall not honor the request "
            "unless the County Attorney finds a judicial warrant attached; every request and its outcome shall be "
            "kept in a log open to public inspection.",
            {"detainer_limits", "transparency"},
        ),
        ("The jail shall honor each such request for a hold on an inmate under a detainer.", {"cooperation_mandate"}),
    ],
)
def test_a_detainer_referred_back_to(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
