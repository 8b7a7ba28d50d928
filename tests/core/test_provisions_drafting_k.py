"""Drafting forms an eleventh blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # released even though a detainer was lodged; released at the usual time
        (
            "An inmate eligible for release shall be released even if an ICE detainer has been lodged.",
            {"detainer_limits"},
        ),
        ("If the detainer has no judicial warrant, release the inmate at the normal time.", {"detainer_limits"}),
        # the status referred back to
        (
            "No officer shall ask about a person's immigration status, nor record such status in any report.",
            {"status_inquiry_limits", "status_sharing_limits"},
        ),
        # the status as the subject of a question
        (
            "A resident's immigration status shall not be the subject of any question by a town employee.",
            {"status_inquiry_limits"},
        ),
        # reports to the board of each instance
        (
            "The Superintendent shall report to the Board at its next meeting each instance in which an "
            "immigration officer asked for access to a school.",
            {"transparency"},
        ),
        # a notice that ends a 287(g) agreement is no notification duty
        (
            "The Sheriff shall give written notice to ICE terminating the County's 287(g) agreement.",
            {"no_287g"},
        ),
        ("The jail shall notify ICE in writing of each inmate's release date.", {"cooperation_mandate"}),
        # negatives
        ("An inmate shall be released even if the fine is unpaid.", set()),
        ("The clerk shall record such status changes in the permit file.", set()),
    ],
)
def test_eleventh_table_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
