"""find_provisions: an order flattened into one paragraph opens with its purpose and goes on with its
numbered rules; the rules code as rules, the purpose statement alone codes nothing. Texts written
for these tests."""

from __future__ import annotations

from entanglement.core.extract.provisions import find_provisions


def _categories(text: str) -> set[str]:
    return {c.category for p in find_provisions(text) for c in p.categories}


FLAT_ORDER = (
    "7.21 Lakeview Police Department GENERAL ORDER IMMIGRATION STATUS The purpose of this order is to set the "
    "Department's role in federal immigration enforcement and its cooperation with ICE. I. POLICY. It is the "
    "policy of the Department to build trust with residents. II. RULES. Members shall follow these rules: "
    "A. CONTACTS: Members shall not inquire into a person's immigration status. B. ARRESTS: Members shall not "
    "use Department funds or personnel to enforce federal civil immigration law."
)


def test_flattened_order_rules_code_after_its_purpose() -> None:
    found = _categories(FLAT_ORDER)
    assert "status_inquiry_limits" in found
    assert "resource_limits" in found


def test_purpose_paragraph_without_numbered_rules_stays_purpose() -> None:
    text = (
        "GENERAL ORDER\n\nThe purpose of this order is to describe how officers handle contacts with "
        "federal immigration agents and why the Department values public trust.\n"
    )
    assert _categories(text) == set()


def test_text_saying_it_does_not_limit_enforcement_is_no_mandate() -> None:
    text = (
        "OPERATIONS ORDER\n\nA. Officers shall respect the rights of all residents. In no event will this order "
        "limit or restrict the enforcement of federal immigration laws to less than the full extent permitted "
        "by federal law.\n"
    )
    assert "cooperation_mandate" not in _categories(text)


def test_officials_barred_from_limiting_enforcement_is_a_mandate() -> None:
    text = (
        "OPERATIONS ORDER\n\nA. No officer or agency of a county may limit or restrict the enforcement of "
        "federal immigration laws to less than the full extent permitted by federal law.\n"
    )
    assert "cooperation_mandate" in _categories(text)
