"""Provision readings for classes a blind set showed (school visitor procedures, what employees are
permitted to do, records of each use of personnel, status recorded, student records). Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Section 4. When an ICE officer arrives at a campus, the principal shall:\n\n"
            "4.1 ask the officer to wait in the school's lobby until the district's counsel has reviewed the papers;\n",
            {"ice_access_limits", "sensitive_locations"},
        ),
        (
            "Section 4. Immigration agents who visit the clinic will be asked to remain in the waiting area.\n",
            {"ice_access_limits", "sensitive_locations"},
        ),
        ("Section 4. Visitors shall wait in the lobby until a staff member greets them.\n", set()),
        (
            "Section 2. Prosecutors shall be permitted to:\n\n"
            "a. Ask a defendant about immigration status when setting bail.\n\n"
            "b. Consider immigration consequences in plea talks.\n",
            set(),
        ),
        (
            "Section 3. Any use of county personnel to assist immigration agents under Sec. 2.4(b) shall be documented.\n",
            {"transparency"},
        ),
        ("Section 3. Any use of county vehicles for parades shall be documented.\n", set()),
        (
            "Section 1. Staff shall not ask about or record a pupil\u2019s or a parent\u2019s immigration status.\n",
            {"status_inquiry_limits", "status_sharing_limits"},
        ),
        (
            "Section 5. Access to student education records by ICE agents shall only be permitted as federal law requires.\n",
            {"personal_info_sharing_limits"},
        ),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
